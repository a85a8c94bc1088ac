"""Shared fixtures: where the shared corpus lives, and a sample database built once per session."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DASHIJI_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "data" / "sample" / "liaocheng-gazette-2024-09-10.txt"
logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request drowns test output


TABLES = ("sources", "chronicles", "events", "people", "participants", "mentions", "agenda_items", "event_topics",
          "warnings", "documents", "appointments", "pairs", "person_titles", "topic_months")


def snapshot(db: Path) -> dict[str, list]:
    """Every table's rows (minus the ingest time), to compare a database before and after."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for t in TABLES:
            cols = [c for (c, *_) in con.execute(f"DESCRIBE {t}").fetchall() if c != "ingested_at"]
            out[t] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()))
        return out
    finally:
        con.close()


def shared_or_skip() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"shared corpus not found at {SHARED} (set DASHIJI_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """The bundled sample built the way `make run` builds it."""
    from etl.cli import build_sample_database

    db = tmp_path_factory.mktemp("db") / "sample.duckdb"
    build_sample_database(db)
    return db


@pytest.fixture(scope="session")
def client(sample_db: Path):
    """An HTTP client on the API serving the sample database."""
    from litestar.testing import TestClient

    from api import Settings, create_app

    with TestClient(create_app(Settings(db=sample_db)), base_url="http://dashiji.test") as c:
        yield c


SAMPLE_DIR = ROOT / "data" / "sample"


def sample_periods() -> dict[str, str | None]:
    """The --period of each bundled chronicle, by file name (from the sample's manifest)."""
    import json

    rows = json.loads((SAMPLE_DIR / "manifest.json").read_text(encoding="utf-8"))["files"]
    return {row["file"]: row["period"] for row in rows}


def event_keys(data: bytes, name: str, period: str | None) -> list[tuple]:
    """What the parse of a file says of each event (dates, text without white space, people, mentioned,
    agenda): the same for a chronicle however it was delivered (text, web page, Word document)."""
    from etl.dates import parse_period
    from etl.parse import parse_source
    from etl.source import read_source

    result = parse_source(read_source(data, name), parse_period(period) if period else None)
    return [(e.date_start, e.date_end, e.date_precision, "".join(e.text.split()),
             [(p.name, p.title, sorted(p.roles)) for p in e.participants], e.mentioned, e.agenda)
            for e in result.events]


def seed_gold() -> list[dict]:
    """The seed gazette's gold events (../shared/corpus/seed/gold), skipping when the corpus is absent."""
    import json

    gold = shared_or_skip() / "corpus" / "seed" / "gold" / "liaocheng-gazette-2024-09-10.jsonl"
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
