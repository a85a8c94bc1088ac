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


# Up to this many people, a serving worker keeps every name in memory (per database generation): a page
# of partners or pairs names 20–40 people, and asking DuckDB for them cost 2–4 ms a request. Each person
# is one packed string (name, pinyin, title, count joined by \x1f; \x00 for a missing value), about
# 30 MB for 124,000 people. Beyond the bound, names are asked for.
NAMES_IN_MEMORY = 300_000
_SEP, _NULL = "\x1f", "\x00"


def _all_names(db: Gateway) -> dict[str, str] | None:
    if db.frame("SELECT count(*) AS n FROM people")["n"][0] > NAMES_IN_MEMORY:
        return None
    packed = db.frame(sql("people_names_packed"), {"sep": _SEP, "null": _NULL})
    return dict(zip(packed["person_id"].to_list(), packed["packed"].to_list()))


def _unpack(person_id: str, packed: str) -> dict[str, Any]:
    name, pinyin, title, n = (None if v == _NULL else v for v in packed.split(_SEP))
    return {"person_id": person_id, "name": name, "pinyin": pinyin, "title": title,
            "n_events": None if n is None else int(n)}


def names(db: Gateway, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Name, pinyin, latest title and event count of each id."""
    if not ids:
        return {}
    memo = getattr(db, "memo", None)  # (the API's gateway has one; a bare connection does not)
    table = memo("people_names", lambda: _all_names(db)) if memo is not None else None
    if table is not None:
        return {i: _unpack(i, table[i]) for i in ids if i in table}
    if len(ids) == 1:  # one key: an equality the scan filters on, about half the time of = ANY
        rows = db.frame("SELECT person_id, name, pinyin, title, n_events FROM people WHERE person_id = $id",
                        {"id": ids[0]})
    else:
        rows = db.frame(sql("people_names"), {"ids": ids})
    return {r["person_id"]: r for r in rows.iter_rows(named=True)}
