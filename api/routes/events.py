"""/events: search the chronicles' events; /events/{id}: one event with its provenance."""
from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, get

from queries import events as events_q
from queries.filters import EventFilter

from ..deps import DB, Config
from ..errors import BadRequest, NotFound
from ..listing import Paging, render
from ..lookup import event_filter, event_item
from ..params import (path_param, CursorParam, TimelineFormatParam, FromParam, IssuerParam, LimitParam, PersonParam, RoleParam,
                      ToParam, _p)
from ..schemas import Event, Page

TitleParam = Annotated[str | None, _p("Participants whose title as written contains this text.", "副市长",
                                      required=False)]
TopicParam = Annotated[str | None, _p("A topic (GET /topics), in Chinese or English.", "城建交通", required=False)]
TypeParam = Annotated[str | None, _p("An event type (GET /topics?kind=event_type), in Chinese or English.",
                                     "常务会议", required=False)]
QParam = Annotated[str | None, _p("Words the entry's text contains (simplified or traditional).", "节水",
                                  required=False)]
SourceParam = Annotated[str | None, _p("Only events from this source id (GET /sources).", "sfcbd4fecebe84f47",
                                       required=False)]
FacetParam = Annotated[str | None, _p("Comma-separated facets to count over all matching events: "
                                      "topic, type, month, person.", "topic,type", required=False)]
SortParam = Annotated[str, _p("`date` (oldest first) or `-date` (newest first); ties in source order.", "-date")]


def run_events(db: DB, f: EventFilter, paging: Paging, *, desc: bool = False,
               focus: str | None = None) -> tuple[list[Any], int]:
    """A page of events and the total, under the heavy-query bound when the text is searched."""
    def go() -> tuple[list[Any], int]:
        rows, total = events_q.page(db, f, limit=paging.limit, offset=paging.offset, desc=desc, focus=focus)
        return [event_item(r, timeline=focus is not None) for r in rows.iter_rows(named=True)], total
    if f.q:
        with db.heavy():
            return go()
    return go()


@get("/events", sync_to_thread=True, cache=True, tags=["events"], summary="Search events")
def list_events(
    request: Request, db: DB, settings: Config,
    date_from: FromParam = None, date_to: ToParam = None, person: PersonParam = None, role: RoleParam = None,
    title: TitleParam = None, topic: TopicParam = None, type: TypeParam = None, issuer: IssuerParam = None,
    source: SourceParam = None, q: QParam = None, facet: FacetParam = None, sort: SortParam = "date",
    limit: LimitParam = None, cursor: CursorParam = None, format: TimelineFormatParam = "json",
) -> Page[Event]:
    """Events in date order with participants (id, name, title as written, roles), topics, type and
    provenance (source, section, page, character offsets, URL) and a ready citation."""
    if sort not in ("date", "-date"):
        raise BadRequest("sort must be date or -date", "sort")
    paging = Paging.of(settings, limit, cursor, format)
    f = event_filter(db, date_from=date_from, date_to=date_to, person=person, role=role, title=title, topic=topic,
                     type=type, issuer=issuer, source=source, q=q)
    names = [n.strip() for n in facet.split(",") if n.strip()] if facet else []
    unknown = [n for n in names if n not in events_q.FACETS]
    if unknown:
        raise BadRequest(f"unknown facet {unknown[0]!r}; choose from {', '.join(events_q.FACETS)}", "facet")
    items, total = run_events(db, f, paging, desc=sort == "-date")
    facets = events_q.facets(db, f, names) if names else None
    return render(request, settings, paging, items, total, "events", facets)  # type: ignore[return-value]


@get("/events/{event_id:str}", sync_to_thread=True, cache=True, tags=["events"], summary="One event")
def get_event(
    db: DB,
    event_id: Annotated[str, path_param("An event id from /events.", "efcbd4fecebe8-00000")],
) -> Event:
    """One event with its participants, topics, provenance and citation."""
    rows = events_q.one(db, event_id)
    if not rows:
        raise NotFound(f"no event {event_id!r}", "event_id")
    return event_item(rows[0])


handlers = [list_events, get_event]
