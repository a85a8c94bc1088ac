"""Ingest is atomic: killed with SIGKILL at 20 random moments, the database always opens and holds
exactly its previous content (or, once the swap happened, exactly the new one)."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from etl.cli import sample_files
from etl.load import LoadItem, load
from etl.parse import parse_file

from .conftest import ROOT, SEED, snapshot


def _ingest_cmd(db: Path, files: list[Path]) -> list[str]:
    return [sys.executable, "-m", "etl", "ingest", *map(str, files), "--db", str(db), "--period", "2020"]


def test_sigkill_at_20_random_moments_never_leaves_a_partial_database(tmp_path: Path) -> None:
    base = tmp_path / "base.duckdb"
    load([LoadItem(parse_file(SEED), issuer="聊城市人民政府")], base, fresh=True)
    files = [p for p, _ in sample_files()[1:13]]
    old = snapshot(base)

    reference = tmp_path / "reference.duckdb"
    shutil.copy(base, reference)
    started = time.monotonic()
    subprocess.run(_ingest_cmd(reference, files), cwd=ROOT, check=True, capture_output=True)
    duration = time.monotonic() - started
    new = snapshot(reference)
    assert new != old

    rng = random.Random(20261128)
    outcomes = []
    for n in range(20):
        db = tmp_path / f"run{n}.duckdb"
        shutil.copy(base, db)
        proc = subprocess.Popen(_ingest_cmd(db, files), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.05, duration * 1.05))
        # the whole job, as `kill -9` of a container would: its parsing processes too (killed alone, the
        # loader would leave them waiting on a queue nobody feeds)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        state = snapshot(db)  # it opens
        assert state in (old, new), f"run {n}: a partial database"
        outcomes.append("new" if state == new else "old")
    assert outcomes.count("old") >= 5, outcomes  # most kills landed before the swap
