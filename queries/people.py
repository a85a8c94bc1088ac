"""People: search, resolution of a `person` parameter, and one person's profile."""
from __future__ import annotations

from typing import Any

import polars as pl

from . import sql
from .filters import Gateway


def search(db: Gateway, *, q: str | None, q_simplified: str | None, q_key: str, issuer: str | None,
           sort: str, limit: int, offset: int) -> tuple[pl.DataFrame, int]:
    rows = db.frame(sql("people_search"), {"q": q, "q_simplified": q_simplified or q, "q_key": q_key,
                                           "issuer": issuer, "sort": sort, "limit": limit, "offset": offset})
    total = int(rows["total"][0]) if rows.height else 0
    if not rows.height and offset:  # past the end: still tell the total
        total = int(db.frame(sql("people_search"), {"q": q, "q_simplified": q_simplified or q, "q_key": q_key,
                                                    "issuer": issuer, "sort": sort, "limit": 1,
                                                    "offset": 0})["total"].sum())
    return rows.drop("total"), total


def resolve(db: Gateway, value: str, simplified: str, key: str) -> list[str]:
    """Ids of the people a parameter names (an id, a written name, or pinyin)."""
    rows = db.frame(sql("people_resolve"), {"value": value, "simplified": simplified, "key": key})
    return rows["person_id"].to_list()


def detail(db: Gateway, person_id: str) -> dict[str, Any] | None:
    rows = db.frame(sql("person_detail"), {"person": person_id})
    return rows.row(0, named=True) if rows.height else None


def names(db: Gateway, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Name, pinyin, latest title and event count of each id."""
    if not ids:
        return {}
    rows = db.frame(sql("people_names"), {"ids": ids})
    return {r["person_id"]: r for r in rows.iter_rows(named=True)}
