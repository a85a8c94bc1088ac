"""`etl parse` as the scorer and a held-out harness call it: one process per file, so what it imports
before reading a line is paid once per file."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample" / "dev-002.txt"
# The database side: loading, identities, statistics, romanized names. Parsing needs none of them.
NOT_FOR_PARSING = ("duckdb", "polars", "pyarrow", "scipy", "pypinyin", "etl.load", "etl.derive", "queries")


def test_parse_prints_events_without_importing_the_database_side() -> None:
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "etl", "parse", "--format", "jsonl", str(SAMPLE)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    events = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    assert len(events) >= 5 and all(e["date_start"] for e in events)
    imported = {line.split("|")[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}
    assert "etl.parse" in imported  # the -X importtime listing is what we think it is
    heavy = sorted(m for m in imported if any(m == h or m.startswith(h + ".") for h in NOT_FOR_PARSING))
    assert heavy == []
