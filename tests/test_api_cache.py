"""Whole responses are kept per database file: asked twice, a question reaches the database once; a
swapped-in file is never answered from the old one's responses; the memory bound holds."""
from __future__ import annotations

import shutil
from pathlib import Path

import anyio
import pytest

from api.cache import BoundedMemoryStore


def _counting(monkeypatch) -> list[int]:
    """Count event-page fetches from the database."""
    from queries import events

    calls: list[int] = []
    real = events.rows

    def rows(db, ids, focus=None):
        calls.append(1)
        return real(db, ids, focus)

    monkeypatch.setattr(events, "rows", rows)
    return calls


def test_a_repeated_question_is_answered_from_memory(sample_db: Path, monkeypatch) -> None:
    from litestar.testing import TestClient

    from api import Settings, create_app

    calls = _counting(monkeypatch)
    with TestClient(create_app(Settings(db=sample_db))) as c:
        first = c.get("/events", params={"person": "张百顺", "limit": 5})
        second = c.get("/events", params={"limit": 5, "person": "张百顺"})  # same question, other order
        other = c.get("/events", params={"person": "张百顺", "limit": 6})
    assert first.status_code == second.status_code == other.status_code == 200
    assert second.content == first.content and len(other.json()["items"]) == 6
    assert len(calls) == 2  # the repeat never reached the database


def test_errors_are_not_kept_and_no_cache_means_every_question_runs(sample_db: Path, monkeypatch) -> None:
    from litestar.testing import TestClient

    from api import Settings, create_app

    calls = _counting(monkeypatch)
    with TestClient(create_app(Settings(db=sample_db, cache_mb=0))) as c:
        for _ in range(3):
            assert c.get("/events", params={"limit": 2}).status_code == 200
        assert [c.get("/events", params={"limit": "x"}).status_code for _ in range(2)] == [400, 400]
    assert len(calls) == 3


def test_a_swapped_file_is_not_answered_from_the_old_ones_responses(sample_db: Path, tmp_path: Path) -> None:
    import duckdb
    from litestar.testing import TestClient

    from api import Settings, create_app

    db = tmp_path / "live.duckdb"
    shutil.copy(sample_db, db)
    with TestClient(create_app(Settings(db=db))) as c:
        before = c.get("/stats").json()["events"]
        assert c.get("/stats").json()["events"] == before
        new = tmp_path / "new.duckdb"
        shutil.copy(sample_db, new)
        con = duckdb.connect(str(new))
        con.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM events LIMIT 10)")
        con.close()
        new.replace(db)  # what the ETL does
        assert c.get("/stats").json()["events"] == before - 10


def test_the_store_keeps_to_its_bound() -> None:
    async def main() -> None:
        store = BoundedMemoryStore(max_bytes=8_000)
        for n in range(20):
            await store.set(f"k{n}", b"x" * 900)
        assert await store.get("k19") == b"x" * 900 and await store.get("k0") is None
        assert sum(len(v) for v in [await store.get(f"k{n}") for n in range(20)] if v) <= 8_000
        await store.set("big", b"x" * 2_000)  # over an eighth of the bound: not kept
        assert await store.get("big") is None

    anyio.run(main)


@pytest.mark.parametrize("url", ["/health"])
def test_health_is_never_kept(sample_db: Path, tmp_path: Path, url: str) -> None:
    from litestar.testing import TestClient

    from api import Settings, create_app

    db = tmp_path / "live.duckdb"
    shutil.copy(sample_db, db)
    with TestClient(create_app(Settings(db=db))) as c:
        assert c.get(url).status_code == 200
        db.unlink()
        assert c.get(url).status_code == 503


def _slow_rows(monkeypatch, fail: bool = False) -> list[int]:
    """Event-page fetches that take 0.3 s (and fail with a 400 when `fail`), counted."""
    import time

    from api.errors import BadRequest
    from queries import events

    calls: list[int] = []
    real = events.rows

    def rows(db, ids, focus=None):
        calls.append(1)
        time.sleep(0.3)  # (in the handler's worker thread: the event loop goes on taking requests)
        if fail:
            raise BadRequest("refused for the test", "limit")
        return real(db, ids, focus)

    monkeypatch.setattr(events, "rows", rows)
    return calls


async def _ask_together(app, n: int) -> list:
    """n identical requests at once (httpx's ASGI transport runs them side by side on one event loop;
    Litestar's AsyncTestClient would run them one after the other)."""
    import asyncio

    import httpx

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        return await asyncio.gather(*(c.get("/events", params={"person": "张百顺", "limit": 4}) for _ in range(n)))


def test_those_asking_while_the_first_answer_is_computed_wait_for_it(sample_db: Path, monkeypatch) -> None:
    from api import Settings, create_app

    calls = _slow_rows(monkeypatch)
    answers = anyio.run(_ask_together, create_app(Settings(db=sample_db)), 6)
    assert [r.status_code for r in answers] == [200] * 6
    assert len({r.content for r in answers}) == 1
    assert len(calls) == 1  # five of the six waited for the first answer instead of computing it again


def test_an_error_releases_those_waiting_and_each_asks_again(sample_db: Path, monkeypatch) -> None:
    import time

    from api import Settings, create_app

    calls = _slow_rows(monkeypatch, fail=True)
    started = time.monotonic()
    answers = anyio.run(_ask_together, create_app(Settings(db=sample_db)), 4)
    assert [r.status_code for r in answers] == [400] * 4  # an error is never kept: each computed its own
    assert answers[0].json()["error"] == "bad_request"
    assert len(calls) == 4
    assert time.monotonic() - started < 5  # released when the first one failed, not after the 10 s wait


def test_without_a_cache_nothing_waits(sample_db: Path, monkeypatch) -> None:
    from api import Settings, create_app

    calls = _slow_rows(monkeypatch)
    answers = anyio.run(_ask_together, create_app(Settings(db=sample_db, cache_mb=0)), 3)
    assert [r.status_code for r in answers] == [200] * 3 and len(calls) == 3
