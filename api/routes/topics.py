"""/topics: the taxonomy with counts; /topics/trends: counts and share per month or quarter."""
from __future__ import annotations

from typing import Annotated, Literal

from litestar import Request, get

from queries import topics as topics_q

from ..deps import DB, Config
from ..errors import BadRequest
from ..listing import Paging, render
from ..lookup import event_filter, vocabulary
from ..params import CursorParam, FormatParam, FromParam, IssuerParam, LimitParam, PersonParam, ToParam, _p
from ..schemas import Page, Topic, TrendPoint


@get("/topics", sync_to_thread=True, cache=True, tags=["topics"], summary="Topics and event types")
def list_topics(
    request: Request, db: DB, settings: Config,
    kind: Annotated[Literal["topic", "event_type"] | None, _p("Only topics or only event types.", "topic",
                                                               required=False)] = None,
    person: PersonParam = None, issuer: IssuerParam = None, date_from: FromParam = None, date_to: ToParam = None,
    limit: LimitParam = None, cursor: CursorParam = None, format: FormatParam = "json",
) -> Page[Topic]:
    """Every topic and event type (Chinese name and English) with how many matching events carry it."""
    paging = Paging.of(settings, limit, cursor, format)
    f = event_filter(db, date_from=date_from, date_to=date_to, person=person, issuer=issuer)
    rows = topics_q.listing(db, f, kind)
    items = [Topic(**r) for r in rows.slice(paging.offset, paging.limit).iter_rows(named=True)]
    return render(request, settings, paging, items, rows.height, "topics")  # type: ignore[return-value]


@get("/topics/trends", sync_to_thread=True, cache=True, tags=["topics"], summary="Topic trends")
def topic_trends(
    request: Request, db: DB, settings: Config,
    topic: Annotated[str, _p("Comma-separated topics or event types (Chinese or English).", "城建交通,政务改革")],
    granularity: Annotated[Literal["month", "quarter", "year"], _p("Period length.", "quarter")] = "month",
    person: PersonParam = None, issuer: IssuerParam = None, date_from: FromParam = None, date_to: ToParam = None,
    limit: LimitParam = None, cursor: CursorParam = None, format: FormatParam = "json",
) -> Page[TrendPoint]:
    """For each topic and period: events with the topic, all events of the period (after the person/issuer/date
    filters), and the share. Undated events are left out; periods with no events at all are not listed."""
    paging = Paging.of(settings, limit, cursor, format)
    names = [t.strip() for t in topic.split(",") if t.strip()]
    if not names or len(names) > 20:
        raise BadRequest("topic takes 1 to 20 comma-separated topics", "topic")
    resolved = []
    for name in names:
        try:
            resolved.append(vocabulary(db, name, "topic", "topic"))
        except BadRequest:
            resolved.append(vocabulary(db, name, "event_type", "topic"))
    f = event_filter(db, date_from=date_from, date_to=date_to, person=person, issuer=issuer)
    rows = topics_q.trends(db, f, list(dict.fromkeys(resolved)), granularity)
    items = [TrendPoint(**r) for r in rows.slice(paging.offset, paging.limit).iter_rows(named=True)]
    return render(request, settings, paging, items, rows.height, "trends")  # type: ignore[return-value]


handlers = [list_topics, topic_trends]
