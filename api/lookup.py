"""Turning what a user typed (a person's name, a topic in Chinese or English) into database keys,
and database rows into response Structs."""
from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl

from queries import people as people_q
from queries import topics as topics_q
from queries.filters import EventFilter
from etl.script import to_simplified

from .db import Database
from .errors import BadRequest, NotFound
from .params import date_window, name_forms, text_param
from .schemas import AppointmentItem, Event, Participant, PersonRef, Provenance, TimelineEvent


def person_ids(db: Database, value: str | None, field: str = "person") -> tuple[str, ...] | None:
    """Every person the parameter names (namesakes in several places are all kept); None when absent."""
    value = text_param(value, field, 100)
    if value is None:
        return None
    simplified, key = name_forms(value)
    return tuple(people_q.resolve(db, value, simplified, key))


def one_person(db: Database, value: str, field: str = "person") -> str:
    """The single person a parameter names: 404 when none, 400 listing the ids when several."""
    ids = person_ids(db, value, field) or ()
    if not ids:
        raise NotFound(f"no person matches {field}={value!r}", field)
    if len(ids) > 1:
        raise BadRequest(f"{field}={value!r} names {len(ids)} people ({', '.join(ids[:10])}); give an id", field)
    return ids[0]


def known_topics(db: Database) -> pl.DataFrame:
    """Every topic and event type with its English name, read once per database generation."""
    return db.memo("topics", lambda: topics_q.known(db))


def topic_names_en(db: Database) -> dict[str, str]:
    return {r["topic"]: r["en"] for r in known_topics(db).iter_rows(named=True)}


def vocabulary(db: Database, value: str | None, kind: str, field: str) -> str | None:
    """A topic or event type given in Chinese or English, as stored; 400 listing the choices when unknown."""
    value = text_param(value, field, 100)
    if value is None:
        return None
    known = known_topics(db).filter(pl.col("kind") == kind)
    simplified = to_simplified(value)
    for row in known.iter_rows(named=True):
        if simplified == row["topic"] or value.lower() == row["en"].lower():
            return row["topic"]
    raise BadRequest(f"{field}={value!r} is not one of: {', '.join(known['topic'].to_list())}", field)


def event_filter(db: Database, *, date_from: str | None = None, date_to: str | None = None,
                 person: str | None = None, role: str | None = None, title: str | None = None,
                 topic: str | None = None, type: str | None = None, issuer: str | None = None,
                 source: str | None = None, q: str | None = None) -> EventFilter:
    """Validate the /events parameters into a filter."""
    lo, hi = date_window(date_from, date_to)
    q = text_param(q, "q")
    return EventFilter(
        date_from=lo, date_to=hi, persons=person_ids(db, person), role=role, title=text_param(title, "title"),
        topic=vocabulary(db, topic, "topic", "topic"), type=vocabulary(db, type, "event_type", "type"),
        issuer=text_param(issuer, "issuer"), source=text_param(source, "source"), q=q,
        q_alt=to_simplified(q) if q else None,
    )


def citation(r: dict[str, Any]) -> str:
    """A sentence a journalist can paste: publication, section, page, date, line, and URL."""
    parts = [r.get("source_description") or r["source_name"]]
    if r.get("section"):
        parts.append(f"“{r['section']}”")
    if r.get("page") is not None:
        parts.append(f"第{r['page']}页")
    if r.get("date_start") is not None:
        d: dt.date = r["date_start"]
        parts.append(f"{d.year}年{d.month}月{d.day}日条" if r.get("date_precision") == "day"
                     else f"{d.year}年{d.month}月条")
    parts.append(f"原文第{r['line']}行")
    text = "，".join(parts) + "。"
    return f"{text}{r['url']}" if r.get("url") else text


def appointment_item(r: dict[str, Any]) -> AppointmentItem:
    """An appointment row as a response item, with a citation of its notice."""
    parts = [r.get("source_description") or r["source_name"], f"{r['document']}《{r.get('document_title') or ''}》"]
    if r.get("page") is not None:
        parts.append(f"第{r['page']}页")
    parts.append(f"原文第{r['line']}行")
    cite = "，".join(parts) + "。" + (r.get("url") or "")
    return AppointmentItem(
        id=r["appointment_id"], person_id=r["person_id"], name=r["name"], action=r["action"], position=r["position"],
        positions=r["positions"], term=r["term"], document=r["document"], document_id=r["document_id"],
        document_title=r["document_title"], date=r["date"], issuer=r["issuer"], source_id=r["source_id"],
        page=r["page"], line=r["line"], url=r["url"], citation=cite)


def event_item(r: dict[str, Any], timeline: bool = False) -> Event:
    fields = dict(
        id=r["event_id"], date_start=r["date_start"], date_end=r["date_end"], date_precision=r["date_precision"],
        type=r["event_type"], text=r["text"], issuer=r["issuer"],
        participants=[Participant(**p) for p in r["participants"]], mentioned=r["mentioned"], agenda=r["agenda"],
        topics=r["topics"],
        provenance=Provenance(source_id=r["source_id"], source=r["source_name"],
                              source_description=r["source_description"], section=r["section"], page=r["page"],
                              line=r["line"], char_start=r["char_start"], char_end=r["char_end"],
                              spans=r["spans"], url=r["url"]),
        citation=citation(r),
    )
    if timeline:
        focus = r.get("focus") or {}
        return TimelineEvent(**fields, roles=focus.get("roles") or [], title=focus.get("title") or "")
    return Event(**fields)


def person_ref(names: dict[str, dict[str, Any]], pid: str) -> PersonRef:
    n = names.get(pid) or {}
    return PersonRef(id=pid, name=n.get("name", ""), pinyin=n.get("pinyin", ""))
