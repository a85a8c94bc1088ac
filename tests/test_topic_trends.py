"""Topic trends: event types count like topics, and the monthly counts made at ingest answer a
question over whole issuers exactly as reading the events does."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.db import Database
from queries import topics as topics_q
from queries.filters import EventFilter


@pytest.fixture(scope="module")
def db(sample_db: Path) -> Database:
    return Database(sample_db)


def test_an_event_type_counts_the_events_of_that_type(client, db: Database) -> None:
    # (it counted 0 everywhere: the type is not among an event's topics)
    n = db.scalar("SELECT count(*) FROM events WHERE event_type = '会议大会' AND date_start IS NOT NULL")
    assert n > 0
    for window in ({}, {"from": "1900", "to": "2099"}):  # from the monthly counts, and from the events
        items = client.get("/topics/trends", params={"topic": "会议大会", "granularity": "year", **window}).json()
        assert sum(i["count"] for i in items["items"]) == n, window
        assert all(0 <= i["count"] <= i["n_events"] for i in items["items"])


@pytest.mark.parametrize("granularity", ["month", "quarter", "year"])
def test_monthly_counts_answer_as_the_events_do(db: Database, granularity: str) -> None:
    tags = db.frame("SELECT topic FROM topics ORDER BY topic")["topic"].to_list()
    issuers = [None, *db.frame("SELECT DISTINCT issuer FROM events WHERE issuer IS NOT NULL ORDER BY 1")["issuer"]]
    assert len(issuers) > 10
    rows = 0
    for issuer in issuers:
        f = EventFilter(issuer=issuer)
        read = topics_q.trends(db, f, tags, granularity, monthly=False)
        assert topics_q.trends(db, f, tags, granularity).equals(read), issuer
        rows += read.height
    assert rows > 1000
