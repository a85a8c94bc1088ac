"""Response types: msgspec Structs, returned directly by the handlers (and described in OpenAPI)."""
from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

import msgspec

T = TypeVar("T")


class Page(msgspec.Struct, Generic[T], omit_defaults=True):
    """Every list: the page's items, how many match in all, and the URL of the next page (null at the end)."""

    items: list[T]
    total: int
    next: str | None
    facets: dict[str, list["FacetCount"]] | None = None


class FacetCount(msgspec.Struct):
    value: str | None
    count: int
    label: str | None = None


class Count(msgspec.Struct):
    value: str
    count: int


class PersonRef(msgspec.Struct):
    id: str
    name: str
    pinyin: str = ""


class Participant(msgspec.Struct):
    """A person in an event: who, with the title as the entry writes it and what they did."""

    person_id: str
    name: str
    title: str
    roles: list[str]


class Provenance(msgspec.Struct):
    """Where the event's text stands: the source file, section, page, and character offsets in the file."""

    source_id: str
    source: str
    source_description: str | None
    section: str | None
    page: int | None
    line: int
    char_start: int
    char_end: int
    spans: list[list[int]]
    url: str | None


class Event(msgspec.Struct):
    id: str
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    type: str
    text: str
    issuer: str | None
    participants: list[Participant]
    mentioned: list[str]
    agenda: list[str]
    topics: list[str]
    provenance: Provenance
    citation: str


class TimelineEvent(Event):
    """An event on one person's timeline, with the roles and title that person had in it."""

    roles: list[str] = []
    title: str = ""


class SeriesPoint(msgspec.Struct):
    period: dt.date
    count: int


class PersonSummary(msgspec.Struct):
    """A person: one name within one jurisdiction (see the README's Identity section)."""

    id: str
    name: str
    pinyin: str
    aliases: list[str]
    title: str
    jurisdiction: str
    jurisdiction_name: str
    office_level: str
    office_grade: str
    issuers: list[str]
    n_events: int
    n_appointments: int
    first_date: dt.date | None
    last_date: dt.date | None


class TitleSpan(msgspec.Struct):
    """A title as written with the first and last date it was seen (events and appointment notices)."""

    title: str
    first_date: dt.date | None
    last_date: dt.date | None
    n_events: int
    office_level: str
    office_grade: str
    seen_in: list[str]


class AppointmentItem(msgspec.Struct):
    """One person appointed to (`appoint`) or removed from (`remove`) posts by a 任免 notice."""

    id: str
    person_id: str
    name: str
    action: str
    position: str
    positions: list[str]
    term: str | None
    document: str
    document_id: str | None
    document_title: str | None
    date: dt.date | None
    issuer: str | None
    source_id: str
    page: int | None
    line: int
    url: str | None
    citation: str


class DocumentItem(msgspec.Struct):
    id: str
    number: str
    title: str
    date: dt.date | None
    page_start: int | None
    page_end: int | None
    line: int | None
    kind: str
    source_id: str
    source: str
    issuer: str | None
    url: str | None
    n_appointments: int


class Partner(msgspec.Struct, omit_defaults=True):
    """Co-attendance of one pair within one issuer's chronicle, with how far it is above chance.
    `person` (the partner) is there only when the question was one person's partners."""

    a: PersonRef
    b: PersonRef
    issuer: str
    count: int
    total_a: int
    total_b: int
    events_in_scope: int
    expected: float
    jaccard: float
    lift: float
    pmi: float
    pvalue: float
    person: PersonRef | None = None


class PersonDetail(PersonSummary):
    """A person's profile: the summary, plus title history, appointments, roles, topics and partners."""

    name_norm: str
    key: str
    titles: list[TitleSpan]
    appointments: list[AppointmentItem]
    roles: list[Count]
    event_types: list[Count]
    topics: list[Count]
    top_coattendees: list[Partner]


class Topic(msgspec.Struct):
    topic: str
    en: str
    kind: str
    n_events: int


class TrendPoint(msgspec.Struct):
    topic: str
    period: dt.date
    count: int
    n_events: int
    share: float


class NetworkNode(msgspec.Struct):
    id: str
    name: str
    pinyin: str
    n_events: int


class NetworkEdge(msgspec.Struct):
    source: str
    target: str
    issuer: str
    weight: int
    lift: float
    pvalue: float


class Network(msgspec.Struct):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class SourceWarning(msgspec.Struct):
    line: int
    message: str


class Source(msgspec.Struct):
    id: str
    name: str
    url: str | None
    description: str | None
    issuer: str | None
    encoding: str
    period: str | None
    sha256: str
    n_events: int
    n_chronicles: int
    n_warnings: int
    ingested_at: dt.datetime
    warnings: list[SourceWarning]


class Chronicle(msgspec.Struct):
    id: str
    source_id: str
    source_name: str
    seq: int
    title: str
    period: str | None
    page: int | None
    heading_line: int | None
    continued_from: list[int]
    n_events: int
    issuer: str | None
    url: str | None
    first_date: dt.date | None
    last_date: dt.date | None


class Stats(msgspec.Struct):
    sources: int
    chronicles: int
    events: int
    undated_events: int
    people: int
    participations: int
    pairs: int
    warnings: int
    issuers: int
    first_date: dt.date | None
    last_date: dt.date | None
    last_ingest: dt.datetime | None
    database_bytes: int


class Health(msgspec.Struct):
    status: str
    events: int
    database: str
    generation: int
