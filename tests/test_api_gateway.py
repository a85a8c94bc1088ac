"""The database gateway: a time limit that interrupts DuckDB, read-only access, and a database
file swapped in by the ETL picked up without a restart and without a failed request."""
from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import duckdb
import httpx
import pytest

from api.db import Database
from api.local import serve
from api.errors import QueryTimeout


SLOW = "SELECT count(*) FROM range(100000000) a(x), range(1000) b(y) WHERE (x * y) % 7 = 3"


def test_a_query_past_the_time_limit_is_interrupted(sample_db: Path) -> None:
    db = Database(sample_db, timeout=0.3)
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        db.frame(SLOW)
    assert time.monotonic() - started < 5
    assert db.scalar("SELECT count(*) FROM events") > 0  # the cursor is usable afterwards


def test_timeout_is_a_503_in_the_error_shape(sample_db: Path, monkeypatch) -> None:
    from litestar.testing import TestClient

    from api import Settings, create_app
    from queries import events

    monkeypatch.setattr(events, "rows", lambda db, ids, focus=None: db.frame(SLOW))
    with TestClient(create_app(Settings(db=sample_db, query_timeout=0.3))) as c:
        r = c.get("/events")
    assert r.status_code == 503 and r.headers["retry-after"] == "1"
    assert r.json()["error"] == "query_timeout" and set(r.json()) == {"status", "error", "detail", "field"}


def test_the_connection_is_read_only(sample_db: Path) -> None:
    db = Database(sample_db)
    with pytest.raises(duckdb.Error):
        db.rows("DELETE FROM events")
    with pytest.raises(duckdb.Error):
        db.rows("CREATE TABLE x (a INTEGER)")


def _build(db: Path, files: list) -> None:
    from etl.dates import parse_period
    from etl.load import LoadItem, load
    from etl.parse import parse_file

    items = [LoadItem(parse_file(p, parse_period(m.get("period")), url=m.get("url")), url=m.get("url"),
                      issuer=m.get("issuer"), period=m.get("period")) for p, m in files]
    load(items, db)


def test_a_swapped_database_is_served_without_restart_or_failed_request(tmp_path: Path) -> None:
    from etl.cli import sample_files

    files = sample_files()
    db = tmp_path / "live.duckdb"
    _build(db, files[:1])
    before = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
    with serve(db) as base:
        seen: list[tuple[int, int | None]] = []
        stop = threading.Event()

        def hammer() -> None:
            with httpx.Client(base_url=base, timeout=10) as c:
                while not stop.is_set():
                    for url in ("/stats", "/events?limit=3&facet=person", "/coattendance?limit=3"):
                        r = c.get(url)
                        seen.append((r.status_code, r.json().get("events") if url == "/stats" else None))

        threads = [threading.Thread(target=hammer) for _ in range(4)]
        for t in threads:
            t.start()
        time.sleep(0.5)
        _build(db, files)  # the ETL adds 40 files and swaps the file in
        after = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(n == after for _, n in seen[-20:]):
            time.sleep(0.1)
        time.sleep(0.3)
        stop.set()
        for t in threads:
            t.join()
    assert after > before
    assert seen and all(status == 200 for status, _ in seen), {s for s, _ in seen}
    counts = [n for _, n in seen if n is not None]
    assert set(counts) <= {before, after} and counts[0] == before and counts[-1] == after


def test_a_database_from_another_version_is_refused_with_the_fix(sample_db: Path, tmp_path: Path) -> None:
    from litestar.testing import TestClient

    from api import Settings, create_app
    from api.cli import outdated

    old = tmp_path / "old.duckdb"
    shutil.copy(sample_db, old)
    con = duckdb.connect(str(old))
    con.execute("DELETE FROM meta")
    con.close()
    assert "rebuild it" in (outdated(old) or "") and outdated(sample_db) is None
    with TestClient(create_app(Settings(db=old))) as c:
        r = c.get("/health")
    assert r.status_code == 503 and "built by another version of dashiji" in r.json()["detail"]


def test_a_burst_queues_for_a_turn_and_a_long_wait_is_503(sample_db: Path) -> None:
    from api.errors import Unavailable

    db = Database(sample_db, concurrency=1, queue_timeout=0.2)
    started = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with db._guard():
            started.set()
            release.wait(5)

    t = threading.Thread(target=hold)
    t.start()
    started.wait(5)
    with pytest.raises(Unavailable, match="saturated"):
        db.scalar("SELECT 1")
    release.set()
    t.join()
    assert db.scalar("SELECT 1") == 1


@pytest.mark.parametrize("query", [
    "SELECT * FROM events ORDER BY event_id",  # every column type the API reads, lists and JSON
    "SELECT * FROM people ORDER BY person_id",
    "SELECT * FROM person_titles ORDER BY ALL",
    "SELECT * FROM events WHERE false",  # no rows: the schema still
    "SELECT range AS n, range::VARCHAR AS s, [range, NULL] AS l, {'a': range, 'b': [range::VARCHAR]} AS st "
    "FROM range(5000)",  # past SMALL_RESULT: Python values for the head, Arrow for the rest
    "SELECT 1.5::DECIMAL(10, 2) AS d, sum(range) AS h, TIMESTAMPTZ '2024-01-01 08:00:00+08' AS t FROM range(3)",  # types read through Arrow
    "SELECT NULL AS nothing, [] AS empty",
])
def test_frames_are_what_arrow_gives(sample_db: Path, query: str) -> None:
    """queries.frame reads small results as Python values: the frame is the one Arrow would give."""
    import duckdb
    import polars as pl
    from polars.testing import assert_frame_equal

    from queries import frame

    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        expected = pl.from_arrow(con.sql(query).to_arrow_table())
        assert_frame_equal(frame(con, query), expected)
    finally:
        con.close()


def test_names_kept_in_memory_are_the_names_the_database_gives(sample_db: Path, monkeypatch) -> None:
    """A worker keeps every person's name, pinyin, title and count (up to NAMES_IN_MEMORY people); what it
    answers is what the query answers, for known ids, unknown ones and none; past the bound it asks."""
    from queries import people as people_q

    class Bare:  # a gateway without memo: names are asked for every time
        def __init__(self, db: Database) -> None:
            self.frame = db.frame

    db = Database(sample_db)
    ids = [r[0] for r in db.rows("SELECT person_id FROM people ORDER BY person_id LIMIT 30")] + ["p000000000000"]
    asked = people_q.names(Bare(db), ids)
    assert len(asked) == 30
    for some in (ids, ids[:1], [], ["p000000000000"]):
        assert people_q.names(db, some) == {i: asked[i] for i in some if i in asked}
    assert any(key[1] == "people_names" for key in db._memo)
    monkeypatch.setattr(people_q, "NAMES_IN_MEMORY", 0)
    small = Database(sample_db)
    assert people_q.names(small, ids) == asked and small._memo[(small.generation, "people_names")] is None
