"""Chart rendering time on the sample database: each chart as PNG, cold (first render, including
vl-convert's start) and warm (the median of 5 renders of a spec not seen before; cached repeats are
free). Target: under 1.5 s per PNG on the 2-core development machine.

    python bench/charts.py [--db var/dashiji.duckdb]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from litestar.testing import TestClient  # noqa: E402

from api import Settings, create_app  # noqa: E402
from api.cli import ensure_database  # noqa: E402

CHARTS = {
    "person-activity": "person=张百顺",
    "person-calendar": "person=张百顺",
    "coattendance (heatmap)": "issuer=聊城市人民政府&top=15",
    "coattendance (partners)": "person=李长萍",
    "topic-trends": "topic=城建交通,政务改革,经济运行&issuer=聊城市人民政府",
    "event-types": "people=张百顺,李长萍,郭守印,谢兆村",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="var/dashiji.duckdb")
    args = ap.parse_args()
    ensure_database(Path(args.db))
    print(f"{'chart':<26}{'cold s':>8}{'warm s (median of 5)':>22}")
    worst = 0.0
    with TestClient(create_app(Settings(db=Path(args.db)))) as c:
        for label, query in CHARTS.items():
            name = label.split(" ")[0]
            times = []
            for n in range(6):
                started = time.perf_counter()
                # a new width each time defeats the render cache: every render is a real one
                r = c.get(f"/charts/{name}.png?{query}&scale={1 + n / 100:.2f}")
                times.append(time.perf_counter() - started)
                assert r.status_code == 200, r.text
            warm = statistics.median(times[1:])
            worst = max(worst, warm)
            print(f"{label:<26}{times[0]:>8.3f}{warm:>22.3f}")
    print(f"slowest warm PNG: {worst:.3f} s (target < 1.5 s): {'ok' if worst < 1.5 else 'MISSED'}")


if __name__ == "__main__":
    main()
