"""Shared fixtures: where the shared corpus lives, and a sample database built once per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DASHIJI_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "data" / "sample" / "liaocheng-gazette-2024-09-10.txt"


def shared_or_skip() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"shared corpus not found at {SHARED} (set DASHIJI_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    from etl.cli import sample_files
    from etl.load import LoadItem, load
    from etl.dates import parse_period
    from etl.parse import parse_file

    db = tmp_path_factory.mktemp("db") / "sample.duckdb"
    items = []
    for path, meta in sample_files():
        result = parse_file(path, parse_period(meta.get("period")), url=meta.get("url"))
        items.append(LoadItem(result, url=meta.get("url"), issuer=meta.get("issuer"), period=meta.get("period")))
    load(items, db, fresh=True)
    return db
