"""Every chart renders on the sample database in every format; Chinese is drawn with a real font;
the HTML page needs no network."""
from __future__ import annotations

import io
import json
import re

import pytest

CHARTS = {
    "person-activity": "person=张百顺&granularity=week",
    "person-calendar": "person=zhang baishun",
    "coattendance": "issuer=聊城市人民政府&top=10&metric=lift",
    "topic-trends": "topic=城建交通,政务改革&issuer=聊城市人民政府&measure=share",
    "event-types": "people=张百顺,李长萍,郭守印",
}
FORMATS = ("json", "svg", "png", "html")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(CHARTS) + ["coattendance-partners"])
def test_every_chart_renders_in_every_format(client, name: str, fmt: str) -> None:
    query = "person=李长萍&top=8" if name == "coattendance-partners" else CHARTS[name]
    chart = "coattendance" if name == "coattendance-partners" else name
    r = client.get(f"/charts/{chart}.{fmt}?{query}")
    assert r.status_code == 200, r.text
    if fmt == "json":
        spec = r.json()
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
        assert any(_datasets(spec)), "the chart has its data inline"
    elif fmt == "svg":
        assert r.text.lstrip().startswith("<svg") and ("<path" in r.text or "<rect" in r.text)
    elif fmt == "png":
        from PIL import Image

        img = Image.open(io.BytesIO(r.content))
        assert img.format == "PNG" and img.size[0] > 200 and img.size[1] > 100
    else:
        assert r.headers["content-type"].startswith("text/html") and "<html" in r.text.lower()


def _datasets(spec: object) -> list[list[dict]]:
    """Every inline dataset of a spec: `data.values` anywhere, and named `datasets`."""
    found: list[list[dict]] = []
    if isinstance(spec, dict):
        found += list(spec.get("datasets", {}).values())
        if isinstance(spec.get("data"), dict) and "values" in spec["data"]:
            found.append(spec["data"]["values"])
        for key, value in spec.items():
            if key not in ("data", "datasets"):
                found += _datasets(value)
    elif isinstance(spec, list):
        for value in spec:
            found += _datasets(value)
    return found


def test_marks_follow_the_data(client) -> None:
    """The activity chart counts exactly the person's events; the partners chart lists the top partners."""
    spec = client.get("/charts/person-activity.json?person=张百顺").json()
    bars = next(d for d in _datasets(spec) if d and "role" in d[0])
    assert len(bars) == client.get("/events", params={"person": "张百顺", "limit": 1}).json()["total"]
    titles = next(d for d in _datasets(spec) if d and "title" in d[0])
    assert {t["title"] for t in titles} == {"市委副书记、市长", "市委副书记、市长、市政府党组书记"}
    partners = client.get("/coattendance", params={"person": "李长萍", "limit": 5}).json()["items"]
    spec = client.get("/charts/coattendance.json?person=李长萍&top=5").json()
    rows = _datasets(spec)[0]
    assert {v["partner"] for v in rows} == {p["person"]["name"] for p in partners}
    assert {v["partner"]: v["count"] for v in rows} == {p["person"]["name"]: p["count"] for p in partners}


def test_png_draws_chinese_with_a_real_font(client) -> None:
    """Two charts differing only in a Chinese label: with empty boxes the label's pixels would match."""
    from PIL import Image, ImageChops

    from api.render import has_cjk_font, render

    assert has_cjk_font(), "install fonts-wqy-microhei (.ci/run does)"
    spec = client.get("/charts/event-types.json?people=张百顺").json()
    text = json.dumps(spec, ensure_ascii=False)
    other = json.loads(text.replace("张百顺", "李长萍"))  # same length, same data: only the glyphs differ
    a = Image.open(io.BytesIO(render(spec, "png", 2.0))).convert("RGB")
    b = Image.open(io.BytesIO(render(other, "png", 2.0))).convert("RGB")
    assert a.size == b.size
    diff = ImageChops.difference(a, b).getbbox()
    assert diff is not None, "the two names drew the same pixels: Chinese is not rendered"
    # the difference is confined to the y-axis label at the left, where the name is drawn
    assert diff[2] <= a.size[0] // 3, diff


def test_english_labels_use_pinyin(client) -> None:
    spec = client.get("/charts/event-types.json?people=张百顺&lang=en").json()
    assert {v["person"] for d in _datasets(spec) for v in d} == {"Zhang Baishun"}
    text = json.dumps(spec, ensure_ascii=False)
    assert "Zhang Baishun" in text and "张百顺" not in text


def test_html_page_loads_nothing_from_the_network(client) -> None:
    from api.render import external_references

    for name, query in CHARTS.items():
        html = client.get(f"/charts/{name}.html?{query}").text
        assert external_references(html) == [], name
        assert "<script" in html and "vegaEmbed" in html  # the scripts are inlined, not fetched
        assert not re.search(r"<script[^>]+src=", html)


@pytest.mark.parametrize("url,status,field", [
    ("/charts/nope.png", 404, "filename"),
    ("/charts/person-activity.gif?person=张百顺", 400, "filename"),
    ("/charts/person-activity.png", 400, "person"),
    ("/charts/topic-trends.png", 400, "topic"),
    ("/charts/person-activity.png?person=张百顺&granularity=quarter", 400, "granularity"),
    ("/charts/person-activity.png?person=张百顺&scale=10", 400, "scale"),
])
def test_bad_chart_requests(client, url: str, status: int, field: str) -> None:
    r = client.get(url)
    assert r.status_code == status and r.json()["field"] == field, r.text
