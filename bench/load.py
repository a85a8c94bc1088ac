"""Load test: N concurrent connections for S seconds against a running API (or one this script
starts), from a separate process; prints p50/p99 latency, requests/s and failures per endpoint.

    python bench/load.py [--db var/dashiji.duckdb | --url http://127.0.0.1:8000] [--connections 64]
                         [--seconds 60] [--workers 2] [--rotate 50] [--no-cache]

A failure is any non-2xx answer (429 from the heavy-query bound counts as a failure here) or a
transport error. The mix: event search with text, a person's timeline, a person's co-attendance,
top pairs, topic trends, a chart spec, a person lookup.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # (after ROOT: bench/api.py is not the api package)

from api.local import serve  # noqa: E402
from client import hammer  # noqa: E402


def mix(person: str, issuer: str, topic: str) -> list[tuple[str, str]]:
    return [
        ("search", "/events?q=会议&limit=20"),
        ("timeline", f"/people/{person}/timeline?limit=50"),
        ("partners", f"/coattendance?person={person}&sort=pvalue&limit=20"),
        ("top pairs", "/coattendance?min_count=2&sort=count&limit=20"),
        ("trends", f"/topics/trends?topic={topic}&granularity=quarter&issuer={issuer}"),
        ("chart spec", f"/charts/person-activity.json?person={person}"),
        ("person", f"/people/{person}"),
    ]


async def run(base: str, connections: int, seconds: float, rotate: int) -> tuple[dict[str, list[float]], dict[str, int]]:
    async with httpx.AsyncClient(base_url=base, timeout=30) as c:  # (setup only: the load is bench/client.py's)
        people = (await c.get(f"/people?limit={rotate}")).json()["items"]
        topic = (await c.get("/topics?kind=topic&limit=1")).json()["items"][0]["topic"]
    # the mix for each of the busiest people in turn: a different question each time
    urls = [u for p in people for u in mix(p["id"], p["issuers"][0] if p["issuers"] else "", topic)]
    return await hammer(base, urls, connections, seconds, stride=1, timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="var/dashiji.duckdb")
    ap.add_argument("--url")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rotate", type=int, default=50, help="the mix rotates over this many of the busiest people")
    ap.add_argument("--no-cache", action="store_true", help="serve without the response cache")
    args = ap.parse_args()
    with contextlib.ExitStack() as stack:
        base = args.url or stack.enter_context(serve(args.db, workers=args.workers,
                                                     env={"DASHIJI_HEAVY_CONCURRENCY": "16",
                                                          **({"DASHIJI_CACHE_MB": "0"} if args.no_cache else {})}))
        started = time.monotonic()
        lat, fails = asyncio.run(run(base, args.connections, args.seconds, args.rotate))
        elapsed = time.monotonic() - started
    total = sum(len(v) for v in lat.values())
    failed = sum(fails.values())
    print(f"{args.connections} connections, {elapsed:.0f} s, {total} requests, {total / elapsed:.0f} req/s, "
          f"{failed} failed; mix rotating over {args.rotate} people, response cache {'off' if args.no_cache else 'on'}")
    print(f"| endpoint | requests | p50 ms | p99 ms | failed |\n| --- | --- | --- | --- | --- |")
    for name, xs in lat.items():
        xs = sorted(xs)
        p99 = xs[min(len(xs) - 1, int(len(xs) * 0.99))]
        print(f"| {name} | {len(xs)} | {statistics.median(xs) * 1000:.1f} | {p99 * 1000:.1f} | {fails[name]} |")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
