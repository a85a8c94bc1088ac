"""/people: find officials; /people/{id}: their profile; /people/{id}/timeline: their events."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from litestar import Request, Response, get

from queries import coattendance as co_q
from queries import events as events_q
from queries import people as people_q
from queries.filters import EventFilter

from ..deps import DB, Config
from ..errors import BadRequest, NotFound
from ..exports import ics
from ..listing import Paging, render
from ..lookup import appointment_item
from ..params import (path_param, CursorParam, FormatParam, FromParam, TimelineFormatParam, Granularity, IssuerParam, LimitParam, ToParam, _p,
                      date_window, name_forms, text_param)
from ..schemas import (Count, Page, PersonDetail, PersonSummary, SeriesPoint, TimelineEvent, TitleSpan)
from .coattendance import partner_items
from .events import run_events

PersonId = Annotated[str, path_param("A person id from /people (p + 12 hex digits).", "pa8619c07ddd8")]
QParam = Annotated[str | None, _p("A name (simplified or traditional), pinyin with or without spaces, or a "
                                  "title the person held.", "zhang baishun", required=False)]


def _known(db: DB, person_id: str) -> dict[str, Any]:
    """Name and pinyin of a person that must exist (404 otherwise): a key lookup, not the whole profile."""
    row = people_q.names(db, [person_id]).get(person_id)
    if row is None:
        raise NotFound(f"no person {person_id!r}", "person_id")
    return row


def _require(db: DB, person_id: str) -> dict[str, Any]:
    row = people_q.detail(db, person_id)
    if row is None:
        raise NotFound(f"no person {person_id!r}", "person_id")
    return row


@get("/people", sync_to_thread=True, cache=True, tags=["people"], summary="Find people")
def list_people(
    request: Request, db: DB, settings: Config,
    q: QParam = None, issuer: IssuerParam = None,
    level: Annotated[Literal["national", "provincial", "municipal", "county", "other"] | None,
                     _p("Office level of the most senior title held.", "municipal", required=False)] = None,
    grade: Annotated[Literal["leader", "deputy", "official"] | None,
                     _p("Grade of that title: leader (正职 of the party committee, government, congress or "
                        "CPPCC), deputy (their 副职 and standing committee members), official.", "leader",
                        required=False)] = None,
    jurisdiction: Annotated[str | None, _p("Jurisdiction key or name (city:聊城, 聊城市, province:山东).",
                                           "city:聊城", required=False)] = None,
    sort: Annotated[Literal["events", "name"], _p("`events` (busiest first) or `name` (pinyin order).",
                                                  "events")] = "events",
    limit: LimitParam = None, cursor: CursorParam = None, format: FormatParam = "json",
) -> Page[PersonSummary]:
    """People named in the chronicles with their event count, first and last date, latest title and issuers."""
    paging = Paging.of(settings, limit, cursor, format)
    q = text_param(q, "q", 100)
    simplified, key = name_forms(q) if q else (None, "")
    rows, total = people_q.search(db, q=q, q_simplified=simplified, q_key=key, issuer=text_param(issuer, "issuer"),
                                  level=level, grade=grade, jurisdiction=text_param(jurisdiction, "jurisdiction"),
                                  sort=sort, limit=paging.limit, offset=paging.offset)
    items = [PersonSummary(id=r.pop("person_id"), **r) for r in rows.iter_rows(named=True)]
    return render(request, settings, paging, items, total, "people")  # type: ignore[return-value]


@get("/people/{person_id:str}", sync_to_thread=True, cache=True, tags=["people"], summary="One person")
def get_person(db: DB, person_id: PersonId) -> PersonDetail:
    """Titles over time (each as written, first and last date seen), role counts, event types, topics and the
    top co-attendees with significance."""
    r = _require(db, person_id)
    partners = co_q.pairs(db, co_q.PairFilter(person=person_id), "count").head(10)
    apps = people_q.appointments_of(db, r, limit=1000)
    return PersonDetail(
        id=r["person_id"], name=r["name"], name_norm=r["name_norm"], aliases=r["aliases"], pinyin=r["pinyin"],
        title=r["title"], key=r["person_key"], jurisdiction=r["jurisdiction"],
        jurisdiction_name=r["jurisdiction_name"], office_level=r["office_level"], office_grade=r["office_grade"],
        issuers=r["issuers"], n_events=r["n_events"], n_appointments=r["n_appointments"],
        first_date=r["first_date"], last_date=r["last_date"],
        titles=[TitleSpan(**t) for t in r["titles"]], appointments=[appointment_item(a) for a in apps],
        roles=[Count(**c) for c in r["roles"]],
        event_types=[Count(**c) for c in r["event_types"]], topics=[Count(**c) for c in r["topics"]],
        top_coattendees=partner_items(db, partners, person_id),
    )


@get("/people/{person_id:str}/timeline", sync_to_thread=True, cache=True, tags=["people"], summary="A person's timeline")
def person_timeline(
    request: Request, db: DB, settings: Config, person_id: PersonId,
    date_from: FromParam = None, date_to: ToParam = None,
    granularity: Annotated[Granularity | None, _p("Instead of events, counts per day, week, month, quarter or "
                                                  "year (gaps filled with 0).", "month", required=False)] = None,
    limit: LimitParam = None, cursor: CursorParam = None, format: TimelineFormatParam = "json",
) -> Page[TimelineEvent] | Page[SeriesPoint]:
    """The person's events in date order, each with the roles and title they had in it."""
    lo, hi = date_window(date_from, date_to)
    f = EventFilter(date_from=lo, date_to=hi, persons=(person_id,))
    paging = Paging.of(settings, limit, cursor, format)
    if granularity:
        _known(db, person_id)
        if format == "timelinejs":
            raise BadRequest("timelinejs is a list of events; drop granularity", "format")
        points = [SeriesPoint(**r) for r in events_q.series(db, f, granularity).iter_rows(named=True)]
        window = points[paging.offset:paging.offset + paging.limit]
        return render(request, settings, paging, window, len(points), "timeline")  # type: ignore[return-value]
    items, total = run_events(db, f, paging, focus=person_id)
    if total == 0:
        _known(db, person_id)  # no event: an unknown person is a 404 (asked only then: a query saved per page)
    return render(request, settings, paging, items, total, "timeline")  # type: ignore[return-value]


@get("/people/{person_id:str}/timeline.ics", sync_to_thread=True, cache=True, tags=["people"], summary="A person's timeline as iCalendar")
def person_timeline_ics(db: DB, settings: Config, person_id: PersonId, date_from: FromParam = None,
                        date_to: ToParam = None) -> Response[bytes]:
    """All-day events (RFC 5545) with the entry and its citation in the description; open in any calendar."""
    row = _known(db, person_id)
    lo, hi = date_window(date_from, date_to)
    items, _ = run_events(db, EventFilter(date_from=lo, date_to=hi, persons=(person_id,)),
                          Paging(settings.max_export_rows, 0, "json"), focus=person_id)
    body = ics(items, f"{row['name']} · dashiji")
    return Response(body, media_type="text/calendar",
                    headers={"Content-Disposition": f'attachment; filename="{person_id}.ics"'})


handlers = [list_people, get_person, person_timeline, person_timeline_ics]
