"""The explorer's pages (server-rendered, no JavaScript needed) and the journalists' exports:
TimelineJS JSON and iCalendar."""
from __future__ import annotations

import re

from .conftest import seed_gold


def _mayor(client) -> str:
    return client.get("/people", params={"q": "张百顺"}).json()["items"][0]["id"]


def test_search_finds_people_and_events_in_both_scripts_and_pinyin(client) -> None:
    pid = _mayor(client)
    for q in ("张百顺", "zhang baishun", "張百順"):
        page = client.get("/", params={"q": q}).text
        assert f'href="/person/{pid}?lang=zh"' in page, q
    page = client.get("/", params={"q": "节水"}).text
    assert "建设节水型社会先行区动员大会" in page and "复制引文" in page


def test_person_page_has_everything_a_journalist_needs(client) -> None:
    pid = _mayor(client)
    html = client.get(f"/person/{pid}").text
    assert "Zhang Baishun" in html and "市级" in html and "正职" in html
    assert "市委副书记、市长、市政府党组书记" in html  # title history
    assert re.search(r'<div class="chart" id="activity-chart"><svg', html)  # the chart is inline SVG
    assert "郭守印" in html and "lift" in html  # co-attendees with significance
    assert html.count('class="citation"') == 30  # first page of events, each with its citation
    assert f"/people/{pid}/timeline?format=csv" in html and f"/people/{pid}/timeline.ics" in html
    second = client.get(f"/person/{pid}", params={"page": 2}).text
    gold = [e for e in seed_gold() if any(p["name"] == "张百顺" for p in e["participants"])]
    assert second.count('class="citation"') == len(gold) - 30
    en = client.get(f"/person/{pid}", params={"lang": "en"}).text
    assert "Titles over time" in en and "municipal" in en


def test_event_page_highlights_participants_where_named(client) -> None:
    e = client.get("/events", params={"q": "节水型社会先行区", "limit": 1}).json()["items"][0]
    html = client.get(f"/event/{e['id']}").text
    marked = re.findall(r'<mark class="participant">([^<]+)</mark>', html)
    assert set(marked) == {p["name"] for p in e["participants"]}
    assert e["citation"] in html and f'<td id="source-page">{e["provenance"]["page"]}</td>' in html


def test_topic_page_and_unknown_pages(client) -> None:
    html = client.get("/topic/城建交通").text
    assert re.search(r'id="trend-chart"><svg', html) and "参与最多的官员" in html
    assert client.get("/topic/urban construction and transport").status_code == 200
    for url in ("/person/p000000000000", "/event/none", "/topic/无此主题"):
        r = client.get(url)
        assert r.status_code == 404 and r.json()["status"] == 404


def test_pages_load_nothing_from_elsewhere(client) -> None:
    pid = _mayor(client)
    for url in ("/", "/?q=张百顺", f"/person/{pid}", "/topic/城建交通"):
        html = client.get(url).text
        assert not re.search(r"""(?:src|href)=["']https?://""", html), url
        assert "script-src 'self'" in client.get(url).headers["content-security-policy"]


def test_timelinejs_export_has_the_required_fields(client) -> None:
    pid = _mayor(client)
    for url in (f"/people/{pid}/timeline?format=timelinejs", "/events?format=timelinejs&issuer=聊城市人民政府"):
        body = client.get(url).json()
        assert set(body) >= {"events"} and len(body["events"]) == 35
        for ev in body["events"]:
            assert ev["start_date"]["year"].isdigit() and 1 <= int(ev["start_date"]["month"]) <= 12
            assert ev["text"]["headline"] and ev["text"]["text"] and ev["group"]
            if "end_date" in ev:
                assert ev["end_date"]["year"].isdigit()


def test_ics_export_parses_with_icalendar(client) -> None:
    import icalendar

    pid = _mayor(client)
    r = client.get(f"/people/{pid}/timeline.ics")
    assert r.headers["content-type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(r.content)
    events = [c for c in cal.walk("VEVENT")]
    gold = [e for e in seed_gold() if any(p["name"] == "张百顺" for p in e["participants"])]
    assert len(events) == len(gold)
    first = events[0]
    assert str(first.get("dtstart").dt) == gold[0]["date_start"]
    assert "聊城市人民政府公报" in str(first.get("description")) and "第29页" in str(first.get("description"))
