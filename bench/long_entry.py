"""How the parse of one entry grows with its length: a list of N names under 市领导, N titled names parted by
commas, and N clauses with no mark between them. Linear growth is the design (each name's title is sought back no
further than the name before it); a quadratic step shows as a time that quadruples when N doubles.

    python bench/long_entry.py [--sizes 1000,2000,4000]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.dates import parse_period  # noqa: E402
from etl.parse import parse_source  # noqa: E402
from etl.source import read_source  # noqa: E402


def _name(rng: random.Random) -> str:
    return rng.choice("王李张刘陈") + rng.choice("建国明华伟强") + rng.choice("军平东文")


def entries(n: int, rng: random.Random) -> dict[str, str]:
    """The three shapes of one long entry, each with n names or clauses."""
    return {
        "list under 市领导": "5日，市领导" + "、".join(_name(rng) for _ in range(n)) + "出席。\n",
        "titled, commas": "5日，" + "，".join("副市长" + _name(rng) for _ in range(n)) + "出席。\n",
        "no marks": "5日，" + "市委书记王建华出席" * n + "\n",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,2000,4000", help="the values of N, comma-separated")
    args = ap.parse_args()
    period = parse_period("2024-09")
    for n in (int(x) for x in args.sizes.split(",")):
        for shape, text in entries(n, random.Random(1)).items():
            t0 = time.perf_counter()
            events = parse_source(read_source(text.encode("utf-8"), "long.txt"), period).events
            took = time.perf_counter() - t0
            print(f"N={n:6d}  {shape:18s} {len(text):7d} characters  {took:6.2f} s  ({len(events)} event)")


if __name__ == "__main__":
    main()
