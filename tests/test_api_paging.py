"""Paging: the `next` link is one canonical URL per question, and walking it covers the list."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest


@pytest.mark.parametrize("query", ["q=会议&limit=3&desc=true", "desc=true&limit=3&q=会议", "limit=3&q=会议&desc=true"])
def test_next_is_the_same_link_whatever_the_parameter_order(client, query: str) -> None:
    body = client.get(f"/events?{query}").json()
    assert body["total"] > 3
    parts = urlsplit(body["next"])
    assert parts.path == "/events"
    assert parse_qsl(parts.query) == [("desc", "true"), ("limit", "3"), ("q", "会议"), ("cursor", "bzoz")]
    # with the cache off too: the link does not depend on which order was asked (and cached) first
    from litestar.testing import TestClient

    from api import Settings, create_app

    with TestClient(create_app(Settings(db=client.app.state["settings"].db, cache_mb=0))) as c:
        assert urlsplit(c.get(f"/events?{query}").json()["next"]).query == parts.query


def test_walking_next_covers_every_item_once(client) -> None:
    url, seen = "/events?q=会议&limit=7", []
    total = client.get(url).json()["total"]
    while url:
        body = client.get(url).json()
        seen += [e["id"] for e in body["items"]]
        url = body["next"]
    assert len(seen) == total == len(set(seen))
