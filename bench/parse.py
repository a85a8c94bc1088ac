"""Parser speed on a synthetic corpus, beside the floor: one pass of a single compiled regex that only
finds the day prefixes in the same text. One process, one core.

    python bench/parse.py [--corpus DIR | --events 20000] [--compiled DIR] [--passes N]

`--compiled DIR`: parse with the mypyc build that `python -m etl compile DIR` wrote. `--passes N`: parse the
corpus N times in the process and report the best pass (on a shared machine, the fairest comparison of two builds).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if "--compiled" in sys.argv:  # (before the imports below: the compiled copy must come first on the path)
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--compiled") + 1]).resolve()))

from etl.compiled import is_compiled  # noqa: E402
from etl.dates import parse_period  # noqa: E402
from etl.parse import parse_source  # noqa: E402
from etl.source import load_source  # noqa: E402
from etl.synth import synth  # noqa: E402

FLOOR = re.compile(r"^(?:△|\d{1,2}月)?\d{1,2}日", re.M)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--compiled", type=Path, help="a folder written by `python -m etl compile`")
    ap.add_argument("--passes", type=int, default=1, help="parse the corpus this many times; the best pass counts")
    args = ap.parse_args()
    corpus = args.corpus
    if corpus is None:
        corpus = Path(tempfile.mkdtemp()) / "synth"
        synth(args.events, 20, 2, corpus, seed=7)
    files = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))["files"]
    sources = [(load_source(corpus / f["file"]), parse_period(f["period"])) for f in files]
    mb = sum(len(s.text.encode("utf-8")) for s, _ in sources) / 1e6
    parse_s, n = float("inf"), 0
    for _ in range(max(1, args.passes)):
        started = time.perf_counter()
        n = sum(len(parse_source(s, p).events) for s, p in sources)
        parse_s = min(parse_s, time.perf_counter() - started)
    started = time.perf_counter()
    k = sum(len(FLOOR.findall(s.text)) for s, _ in sources)
    floor_s = time.perf_counter() - started
    print(f"parser: {'compiled (mypyc)' if is_compiled() else 'Python'}")
    print(f"corpus: {len(sources)} files, {mb:.1f} MB, {n} events")
    best = f" (best of {args.passes} passes)" if args.passes > 1 else ""
    print(f"parser: {parse_s:.2f} s{best}, {n / parse_s:,.0f} events/s, {mb / parse_s:.2f} MB/s")
    print(f"regex floor: {floor_s:.3f} s ({k} prefixes), {mb / floor_s:.0f} MB/s")
    print(f"parser / floor: {parse_s / floor_s:.0f}× (target ≤ 10×); events/s target ≥ 20,000")


if __name__ == "__main__":
    main()
