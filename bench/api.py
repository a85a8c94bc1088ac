"""API latency under concurrent load on a big database, side by side with Datasette serving a SQLite
copy of the same tables (bench/sqlite_copy.py), measured in the same run from this separate process.

    pip install datasette            # only for this benchmark
    python bench/api.py --db /tmp/big1m.duckdb [--connections 16] [--seconds 15] [--no-datasette]

Each question runs alone for --seconds with --connections concurrent connections (bench/client.py: bare
asyncio keep-alive connections, as httpx was itself the bottleneck): p50 and p99 latency, requests/s,
failures; the last column is Datasette's p50 over ours.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
from pathlib import Path

import httpx  # (setup requests only: the load goes through bench/client.py)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

sys.path.insert(0, str(ROOT))

from api.local import free_port, wait_until_up  # noqa: E402
from client import hammer  # noqa: E402
from sqlite_copy import copy  # noqa: E402


# text searches rotate over these words (all frequent in the synthetic corpus's entries)
WORDS = ["食品安全", "安全生产", "招商引资", "乡村振兴", "生态环境", "营商环境", "项目建设", "民生"]


async def _hammer(base: str, urls: list[str], connections: int, seconds: float) -> tuple[list[float], int]:
    """Each connection asks the questions in `urls` in turn (a different person, issuer… each time)."""
    lat, fails = await hammer(base, [("q", u) for u in urls], connections, seconds)
    return lat["q"], fails["q"]


def _stats(lat: list[float], fails: int, seconds: float) -> tuple[float, float, float, int]:
    xs = sorted(lat)
    return (statistics.median(xs) * 1000, xs[min(len(xs) - 1, int(len(xs) * 0.99))] * 1000, len(xs) / seconds, fails)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-datasette", action="store_true")
    ap.add_argument("--no-cache", action="store_true", help="serve without the response cache (DASHIJI_CACHE_MB=0)")
    ap.add_argument("--rotate", type=int, default=50, help="questions rotate over this many of the busiest people")
    args = ap.parse_args()
    db = Path(args.db)
    procs = []
    port = free_port()
    procs.append(subprocess.Popen([sys.executable, "-m", "api", "--db", str(db), "--port", str(port), "--workers",
                                   str(args.workers), "--no-build"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, env=os.environ | {"DASHIJI_HEAVY_CONCURRENCY": "64",
                                                                                "DASHIJI_WORKERS": str(args.workers),
                                                                                **({"DASHIJI_CACHE_MB": "0"} if args.no_cache else {})}))
    ours = f"http://127.0.0.1:{port}"
    theirs = None
    if not args.no_datasette:
        lite = db.with_suffix(".sqlite")
        if not lite.exists():
            copy(db, lite)
        dport = free_port()
        datasette_cmd = [sys.executable, "-m", "datasette", "serve", "-i", str(lite), "--port", str(dport),
                         "--setting", "sql_time_limit_ms", "30000", "--setting", "num_sql_threads", "4"]
        procs.append(subprocess.Popen(datasette_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        theirs = f"http://127.0.0.1:{dport}"
    try:
        wait_until_up(ours + "/health", 120)
        if theirs:
            wait_until_up(theirs + "/-/versions.json", 120)
        people = httpx.get(ours + f"/people?limit={args.rotate}", timeout=60).json()["items"]
        topic = httpx.get(ours + "/topics?kind=topic&limit=2", timeout=60).json()["items"]
        t1, t2 = topic[0]["topic"], topic[1]["topic"]
        name = db.with_suffix("").name
        sq = f"/{name}.json?_shape=array&sql="

        def each(mine: str, other: str | None) -> tuple[list[str], list[str] | None]:
            """The question for every person in the rotation ({pid}, {issuer} filled in), on both sides."""
            fill = [{"pid": p["id"], "issuer": p["issuers"][0]} for p in people]
            return [mine.format(**f) for f in fill], [other.format(**f) for f in fill] if other else None

        q = {
            "text search": ([f"/events?q={w}&limit=20" for w in WORDS],
                            [sq + "select+e.event_id,e.date_start,e.text+from+events_fts+f+join+events+e+on+e.rowid=f.rowid+"
                             f"where+events_fts+match+%27%22{w}%22%27+order+by+e.date_start+limit+20" for w in WORDS]),
            "timeline": each("/people/{pid}/timeline?limit=50",
                             sq + "select+e.event_id,e.date_start,e.text,p.roles,p.title+from+participants+p+indexed+by+participants_person+join+events+e+on+e.event_id=p.event_id+where+p.person_id=%27{pid}%27+order+by+e.date_start+limit+50"),
            "co-attendance (person, p-values)": each(
                "/coattendance?person={pid}&sort=pvalue&limit=20",
                sq + "select+*+from+(select+*+from+pairs+where+a=%27{pid}%27+union+all+select+*+from+pairs+where+b=%27{pid}%27)+order+by+pvalue+limit+20"),
            "co-attendance (person, 2020 window)": each(
                "/coattendance?person={pid}&from=2020&to=2020&limit=20",
                sq + "select+q.person_id,count(*)+n+from+participants+p+indexed+by+participants_person+join+events+e+on+e.event_id=p.event_id+join+participants+q+indexed+by+participants_event+on+q.event_id=p.event_id+and+q.person_id<>p.person_id+where+p.person_id=%27{pid}%27+and+e.date_start+between+%272020-01-01%27+and+%272020-12-31%27+group+by+1+order+by+n+desc+limit+20"),
            "top pairs": (["/coattendance?min_count=2&limit=20"],
                          [sq + "select+*+from+pairs+where+k>=2+order+by+k+desc,issuer,a,b+limit+20"]),
            "topic trends": each(f"/topics/trends?topic={t1},{t2}&granularity=quarter&issuer={{issuer}}",
                                 sq + "select+t.topic,substr(e.date_start,1,4)||%27Q%27||((cast(substr(e.date_start,6,2)+as+integer)%2B2)/3)+as+q,count(*)+from+events+e+join+event_topics+t+using(event_id)+where+e.issuer=%27{issuer}%27+and+t.topic+in+"
                                 f"(%27{t1}%27,%27{t2}%27)+group+by+1,2"),
            "chart spec": each("/charts/person-activity.json?person={pid}", None),
            "person lookup": each("/people/{pid}", sq + "select+*+from+people+where+person_id=%27{pid}%27"),
        }
        print(f"{args.connections} connections, {args.seconds:.0f} s per question, rotating over {len(people)} people; "
              f"database {db} ({db.stat().st_size / 1e6:.0f} MB); response cache {'off' if args.no_cache else 'on'}")
        print("| question | dashiji p50 ms | p99 ms | req/s | failed | Datasette p50 ms | p99 ms | req/s | failed | p50 ratio |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for label, (mine, other) in q.items():
            a = _stats(*asyncio.run(_hammer(ours, mine, args.connections, args.seconds)), args.seconds)
            row = f"| {label} | {a[0]:.1f} | {a[1]:.1f} | {a[2]:.0f} | {a[3]} |"
            if theirs and other:
                # a fresh Datasette per question: a query past its time limit must not hold threads for the next
                procs[1].terminate()
                procs[1].wait(10)
                procs[1] = subprocess.Popen(datasette_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                wait_until_up(theirs + "/-/versions.json", 120)
                b = _stats(*asyncio.run(_hammer(theirs, other, args.connections, args.seconds)), args.seconds)
                row += f" {b[0]:.1f} | {b[1]:.1f} | {b[2]:.0f} | {b[3]} | {b[0] / a[0]:.1f}× |"
            else:
                row += " – | – | – | – | – |"
            print(row, flush=True)
        rss = subprocess.run(["ps", "-o", "rss=", "--ppid", str(procs[0].pid)], capture_output=True, text=True).stdout
        total = sum(int(x) for x in rss.split()) / 1024
        print(f"API worker processes' memory (RSS): {total:.0f} MB")
    finally:
        for p in procs:
            p.terminate()
            p.wait(10)


if __name__ == "__main__":
    main()
