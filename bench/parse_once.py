"""Parse the first N files of a corpus once, and nothing else: a workload for an instruction count, which on a
shared machine moves far less than a timing does.

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        python bench/parse_once.py --corpus DIR --files 40

Run it with `--files 1` too and take the difference: what start-up costs (imports, lexicons, patterns compiled)
is then left out, and what remains is the parsing of the other files.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.parse import parse_file  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="a folder of chronicle texts (etl synth writes one)")
    ap.add_argument("--files", type=int, default=0, help="how many of its files, in name order (0: all)")
    args = ap.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        sys.exit(f"error: {args.corpus}: no .txt files")
    events = sum(len(parse_file(f, None).events) for f in files[:args.files or len(files)])
    print(f"{min(args.files or len(files), len(files))} files, {events} events")


if __name__ == "__main__":
    main()
