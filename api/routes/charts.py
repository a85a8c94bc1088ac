"""/charts/{name}.{json|svg|png|html}: the charts as Vega-Lite specs, images, or standalone pages."""
from __future__ import annotations

from typing import Annotated, Literal

from litestar import Response, get

from queries import coattendance as co_q
from queries import people as people_q
from queries.filters import EventFilter

from .. import charts
from ..deps import DB
from ..errors import BadRequest, NotFound
from ..lookup import one_person, vocabulary
from ..params import FromParam, path_param, IssuerParam, PersonParam, RoleParam, ToParam, _p, date_window, text_param
from ..render import render

FORMATS = {"json": "application/json", "svg": "image/svg+xml", "png": "image/png", "html": "text/html"}


def _person(db: DB, value: str | None, field: str = "person") -> dict:
    if not value:
        raise BadRequest(f"this chart needs `{field}`", field)
    pid = one_person(db, value, field)
    row = people_q.detail(db, pid)
    if row is None:
        raise NotFound(f"no person {value!r}", field)
    return row


@get("/charts/{filename:str}", sync_to_thread=True, cache=True, tags=["charts"], summary="Charts")
def chart(
    db: DB,
    filename: Annotated[str, path_param("`<name>.<format>`: name one of person-activity, person-calendar, "
                                        "coattendance, topic-trends, event-types; format json (Vega-Lite spec, data "
                                        "inline), svg, png or html (standalone, offline).", "person-activity.png")],
    person: PersonParam = None,
    people: Annotated[str | None, _p("event-types: comma-separated people to compare (ids, names or pinyin).",
                                     "张百顺,郭守印,李长萍", required=False)] = None,
    date_from: FromParam = None, date_to: ToParam = None, issuer: IssuerParam = None, role: RoleParam = None,
    granularity: Annotated[Literal["week", "month", "quarter", "year"] | None,
                           _p("person-activity: week or month; topic-trends: month, quarter or year.", "month",
                              required=False)] = None,
    topic: Annotated[str | None, _p("topic-trends: comma-separated topics (Chinese or English).", "城建交通,政务改革",
                                    required=False)] = None,
    measure: Annotated[Literal["count", "share"], _p("topic-trends: counts or share of all events.", "share")] = "count",
    metric: Annotated[Literal["count", "lift"], _p("coattendance heatmap: shared events or lift.", "lift")] = "count",
    top: Annotated[int, _p("coattendance: how many people (heatmap) or partners (bar chart).", 12, ge=2, le=60)] = 15,
    lang: Annotated[Literal["zh", "en"], _p("Labels in Chinese, or English with pinyin names.", "en")] = "zh",
    scale: Annotated[float, _p("png: pixel density (2 for print).", 2, ge=0.25, le=4)] = 1.0,
) -> Response[bytes]:
    """A chart from the same queries (and parameters) as the JSON endpoints."""
    name, _, fmt = filename.rpartition(".")
    if name not in charts.NAMES:
        raise NotFound(f"no chart {name!r}; charts are {', '.join(charts.NAMES)}", "filename")
    if fmt not in FORMATS:
        raise BadRequest(f"format .{fmt} is not one of {', '.join(FORMATS)}", "filename")
    lo, hi = date_window(date_from, date_to)
    issuer = text_param(issuer, "issuer")
    if name in ("person-activity", "person-calendar"):
        p = _person(db, person)
        f = EventFilter(date_from=lo, date_to=hi, persons=(p["person_id"],), role=role, issuer=issuer)
        if name == "person-activity":
            g = granularity or "month"
            if g not in ("week", "month"):
                raise BadRequest("person-activity takes granularity week or month", "granularity")
            spec = charts.person_activity(db, p, f, g, lang)
        else:
            spec = charts.person_calendar(db, p, f, lang)
    elif name == "coattendance":
        pid = _person(db, person)["person_id"] if person else None
        pf = co_q.PairFilter(person=pid, date_from=lo, date_to=hi, role=role, issuer=issuer)
        with db.heavy():
            spec = (charts.partners(db, people_q.detail(db, pid) or {}, pf, top, lang) if pid
                    else charts.heatmap(db, pf, top, metric, lang))
    elif name == "topic-trends":
        names = [t.strip() for t in (topic or "").split(",") if t.strip()]
        if not names or len(names) > 12:
            raise BadRequest("topic-trends takes 1 to 12 comma-separated topics", "topic")
        resolved = [vocabulary(db, t, "topic", "topic") for t in names]
        g = granularity or "month"
        if g == "week":
            raise BadRequest("topic-trends takes granularity month, quarter or year", "granularity")
        pid = _person(db, person)["person_id"] if person else None
        f = EventFilter(date_from=lo, date_to=hi, persons=(pid,) if pid else None, issuer=issuer)
        spec = charts.topic_trends(db, f, list(dict.fromkeys(resolved)), g, measure, lang)
    else:
        names = [x.strip() for x in (people or person or "").split(",") if x.strip()]
        if not names or len(names) > 20:
            raise BadRequest("event-types takes 1 to 20 comma-separated people", "people")
        rows = [_person(db, x, "people") for x in names]
        spec = charts.event_types(db, rows, EventFilter(date_from=lo, date_to=hi, issuer=issuer), lang)
    if fmt == "json":
        import json

        body = json.dumps(spec, ensure_ascii=False).encode("utf-8")
    else:
        body = render(spec, fmt, scale)
    return Response(body, media_type=FORMATS[fmt], headers={"Cache-Control": "public, max-age=300"})


handlers = [chart]
