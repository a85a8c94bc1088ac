"""The API against the sample database, with every expected number computed from the seed's gold."""
from __future__ import annotations

import io
from collections import Counter

import polars as pl

from .conftest import seed_gold

MAYOR, SECRETARY_GENERAL = "张百顺", "郭守印"


def _all(client, url: str) -> list[dict]:
    """Every item of a list endpoint, following `next` links."""
    items: list[dict] = []
    while url:
        body = client.get(url).json()
        items += body["items"]
        url = body["next"]
    return items


def _gold_with(name: str) -> list[dict]:
    return [e for e in seed_gold() if not e.get("truncated") and any(p["name"] == name for p in e["participants"])]


def _person_id(client, name: str) -> str:
    items = client.get("/people", params={"q": name, "issuer": "聊城市人民政府"}).json()["items"]
    exact = [p for p in items if p["name"] == name]
    assert len(exact) == 1, items
    return exact[0]["id"]


def test_mayors_timeline_is_his_gold_events_in_order_with_roles(client) -> None:
    pid = _person_id(client, MAYOR)
    got = _all(client, f"/people/{pid}/timeline?from=2024-09&to=2024-10&limit=7")
    gold = [e for e in _gold_with(MAYOR) if "2024-09-01" <= e["date_start"] <= "2024-10-31"]
    assert len(gold) > 20
    want = [(e["date_start"], e["text"], sorted(next(p["roles"] for p in e["participants"] if p["name"] == MAYOR)))
            for e in gold]
    assert [(e["date_start"], e["text"], sorted(e["roles"])) for e in got] == want
    # each item also carries the title he was given in that entry, as gold writes it
    titles = [next(p["title"] for p in e["participants"] if p["name"] == MAYOR) for e in gold]
    assert [e["title"] for e in got] == titles


def test_a_known_person_with_no_event_in_the_window_gets_an_empty_page_and_a_stranger_a_404(client) -> None:
    pid = _person_id(client, MAYOR)
    r = client.get(f"/people/{pid}/timeline", params={"from": "1990", "to": "1990"})
    assert r.status_code == 200 and r.json()["items"] == [] and r.json()["total"] == 0
    r = client.get("/people/p000000000000/timeline", params={"from": "1990", "to": "1990"})
    assert r.status_code == 404 and r.json()["field"] == "person_id"


def test_timeline_series_counts_add_up_to_the_events(client) -> None:
    pid = _person_id(client, MAYOR)
    for granularity in ("day", "week", "month"):
        points = _all(client, f"/people/{pid}/timeline?granularity={granularity}&from=2024-09&to=2024-10&limit=1000")
        assert sum(p["count"] for p in points) == len([e for e in _gold_with(MAYOR)
                                                       if "2024-09-01" <= e["date_start"] <= "2024-10-31"])
    months = _all(client, f"/people/{pid}/timeline?granularity=month&from=2024-09&to=2024-10")
    gold_months = Counter(e["date_start"][:7] for e in _gold_with(MAYOR))
    assert {p["period"][:7]: p["count"] for p in months} == dict(gold_months)


def test_coattendance_count_is_the_gold_events_they_share(client) -> None:
    shared = [e for e in _gold_with(MAYOR) if any(p["name"] == SECRETARY_GENERAL for p in e["participants"])]
    pid, partner = _person_id(client, MAYOR), _person_id(client, SECRETARY_GENERAL)
    items = _all(client, f"/coattendance?person={pid}&limit=100")
    row = next(i for i in items if i["person"]["id"] == partner)
    assert row["count"] == len(shared)
    assert row["total_a"] == len(_gold_with(MAYOR))
    assert row["total_b"] == len(_gold_with(SECRETARY_GENERAL))
    # the same pair in the top-pairs table, from either side, with the same figures
    pairs = _all(client, "/coattendance?issuer=聊城市人民政府&limit=1000")
    same = [p for p in pairs if {p["a"]["id"], p["b"]["id"]} == {pid, partner}]
    assert len(same) == 1 and same[0]["count"] == len(shared)
    # and a date window computed on the fly agrees with the precomputed table
    windowed = _all(client, f"/coattendance?person={MAYOR}&from=2024-09-01&to=2024-10-31&limit=100")
    assert next(i for i in windowed if i["person"]["id"] == partner)["count"] == len(shared)


def test_topic_trend_counts_add_up_to_event_counts(client) -> None:
    topics = [t["topic"] for t in _all(client, "/topics?kind=topic&issuer=聊城市人民政府") if t["n_events"]]
    assert len(topics) >= 3
    for granularity in ("month", "quarter"):
        trend = _all(client, f"/topics/trends?topic={','.join(topics)}&granularity={granularity}"
                             f"&issuer=聊城市人民政府&limit=1000")
        for topic in topics:
            n = client.get("/events", params={"topic": topic, "issuer": "聊城市人民政府", "limit": 1}).json()["total"]
            assert sum(p["count"] for p in trend if p["topic"] == topic) == n
        # every period's share is count over all of that period's events
        per_period = {p["period"]: p["n_events"] for p in trend}
        assert sum(per_period.values()) == len([e for e in seed_gold() if e["date_start"]])
        assert all(abs(p["share"] - p["count"] / p["n_events"]) < 1e-12 for p in trend)


def test_csv_export_reads_back_with_the_same_rows_as_json(client) -> None:
    params = {"issuer": "聊城市人民政府", "limit": 1000}
    body = client.get("/events", params=params).json()
    csv = client.get("/events", params=params | {"format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    frame = pl.read_csv(io.BytesIO(csv.content))
    assert frame.height == body["total"] == len(body["items"])
    assert frame["id"].to_list() == [e["id"] for e in body["items"]]
    assert frame["text"].to_list() == [e["text"] for e in body["items"]]
    assert frame["date_start"].cast(pl.Utf8).to_list() == [e["date_start"] for e in body["items"]]
    parquet = pl.read_parquet(io.BytesIO(client.get("/events", params=params | {"format": "parquet"}).content))
    assert parquet["id"].to_list() == frame["id"].to_list()
    ndjson = client.get("/events", params=params | {"format": "ndjson"}).text.splitlines()
    assert len(ndjson) == body["total"]


def test_every_event_cites_its_gazette_page_and_offsets(client) -> None:
    pid = _person_id(client, MAYOR)
    event = client.get(f"/people/{pid}/timeline", params={"limit": 1}).json()["items"][0]
    prov = event["provenance"]
    assert prov["page"] and prov["section"].startswith("聊城市人民政府大事记")
    assert "聊城市人民政府公报" in event["citation"] and f"第{prov['page']}页" in event["citation"]
    # the offsets point at the entry in the bundled file
    from .conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    pieces = "".join(text[a:b] for a, b in prov["spans"])
    assert "".join(pieces.split()).startswith(event["text"][:10])
    assert client.get(f"/events/{event['id']}").json()["citation"] == event["citation"]


def test_pagination_is_stable_and_complete(client) -> None:
    whole = client.get("/events", params={"limit": 1000}).json()
    paged = _all(client, "/events?limit=13")
    assert [e["id"] for e in paged] == [e["id"] for e in whole["items"]]
    assert len(paged) == whole["total"] == client.get("/stats").json()["events"]
    newest = client.get("/events", params={"sort": "-date", "limit": 1}).json()["items"][0]
    assert newest["date_start"] == max(e["date_start"] for e in whole["items"] if e["date_start"])


def test_person_search_by_pinyin_title_and_traditional_script(client) -> None:
    pid = _person_id(client, MAYOR)
    for q in ("zhang baishun", "zhangbaishun", "Zhang Baishun", "張百順", "张百顺"):
        ids = [p["id"] for p in client.get("/people", params={"q": q}).json()["items"]]
        assert pid in ids, q
    by_title = [p["id"] for p in _all(client, "/people?q=市长&limit=1000")]
    assert pid in by_title
    assert client.get("/events", params={"person": "zhang baishun", "limit": 1}).json()["total"] == \
        len(_gold_with(MAYOR))


def test_person_profile_has_titles_roles_and_partners(client) -> None:
    pid = _person_id(client, MAYOR)
    p = client.get(f"/people/{pid}").json()
    gold = _gold_with(MAYOR)
    titles = {}
    for e in gold:
        t = next(x["title"] for x in e["participants"] if x["name"] == MAYOR)
        if t:
            lo, hi = titles.get(t, (e["date_start"], e["date_end"]))
            titles[t] = (min(lo, e["date_start"]), max(hi, e["date_end"]))
    assert {t["title"]: (t["first_date"], t["last_date"]) for t in p["titles"]} == titles
    roles = Counter(r for e in gold for x in e["participants"] if x["name"] == MAYOR for r in x["roles"])
    assert {r["value"]: r["count"] for r in p["roles"]} == dict(roles)
    assert p["top_coattendees"][0]["person"]["name"] == SECRETARY_GENERAL
    assert p["pinyin"] == "Zhang Baishun"


def test_facets_count_the_matching_events(client) -> None:
    body = client.get("/events", params={"issuer": "聊城市人民政府", "facet": "month,person", "limit": 1}).json()
    months = {f["value"]: f["count"] for f in body["facets"]["month"]}
    assert months == dict(Counter(e["date_start"][:7] for e in seed_gold()))
    mayor = next(f for f in body["facets"]["person"] if f["label"] == MAYOR)
    assert mayor["count"] == len(_gold_with(MAYOR))
