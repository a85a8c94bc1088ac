"""People: search, resolution of a `person` parameter, and one person's profile."""
from __future__ import annotations

import re
from typing import Any

import polars as pl

from . import sql
from .filters import Gateway, with_total


def search(db: Gateway, *, q: str | None, q_simplified: str | None, q_key: str, issuer: str | None,
           level: str | None = None, grade: str | None = None, jurisdiction: str | None = None,
           sort: str = "events", limit: int = 50, offset: int = 0) -> tuple[pl.DataFrame, int]:
    params = {"q": q, "q_simplified": q_simplified or q, "q_key": q_key, "issuer": issuer, "level": level,
              "grade": grade, "jurisdiction": jurisdiction, "sort": sort, "limit": limit, "offset": offset}
    return with_total(db, sql("people_search"), params)


def appointments(db: Gateway, *, person: list[str] | None = None, date_from: Any = None, date_to: Any = None,
                 document: str | None = None, action: str | None = None, issuer: str | None = None,
                 limit: int = 50, offset: int = 0) -> tuple[pl.DataFrame, int]:
    params = {"person": person, "from": date_from, "to": date_to, "document": document, "action": action,
              "issuer": issuer, "limit": limit, "offset": offset}
    return with_total(db, sql("appointments_list"), params)


def appointments_of(db: Gateway, person: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """The appointment records of a person row from `detail` (none asked for when its count is 0: most
    people have none, and the query costs a couple of milliseconds even then)."""
    if not person.get("n_appointments"):
        return []
    rows, _ = appointments(db, person=[person["person_id"]], limit=limit)
    return list(rows.iter_rows(named=True))


def documents(db: Gateway, *, document: str | None = None, source: str | None = None, issuer: str | None = None,
              kind: str | None = None, date_from: Any = None, date_to: Any = None, limit: int = 50,
              offset: int = 0) -> tuple[pl.DataFrame, int]:
    params = {"document": document, "source": source, "issuer": issuer, "kind": kind, "from": date_from,
              "to": date_to, "limit": limit, "offset": offset}
    return with_total(db, sql("documents_list"), params)


PERSON_ID = re.compile(r"p[0-9a-f]{12}")  # how etl/registry.py writes an id


def resolve(db: Gateway, value: str, simplified: str, key: str) -> list[str]:
    """Ids of the people a parameter names (an id, a written name, or pinyin)."""
    if PERSON_ID.fullmatch(value) and names(db, [value]):
        return [value]  # the common case, through the index; a name never looks like an id
    rows = db.frame(sql("people_resolve"), {"value": value, "simplified": simplified, "key": key})
    return rows["person_id"].to_list()


def detail(db: Gateway, person_id: str) -> dict[str, Any] | None:
    rows = db.frame(sql("person_detail"), {"person": person_id})
    return rows.row(0, named=True) if rows.height else None


def names(db: Gateway, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Name, pinyin, latest title and event count of each id."""
    if not ids:
        return {}
    if len(ids) == 1:  # one key: an equality the scan filters on, about half the time of = ANY
        rows = db.frame("SELECT person_id, name, pinyin, title, n_events FROM people WHERE person_id = $id",
                        {"id": ids[0]})
    else:
        rows = db.frame(sql("people_names"), {"ids": ids})
    return {r["person_id"]: r for r in rows.iter_rows(named=True)}
