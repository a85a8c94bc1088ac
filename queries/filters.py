"""The filters shared by every question about events, and how they become bound parameters."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

import polars as pl

from . import sql


class Gateway(Protocol):
    """What the query functions need from a database: run text with bound parameters."""

    def frame(self, query: str, params: dict[str, Any] | list[Any] | None = None) -> pl.DataFrame: ...


@dataclass(frozen=True)
class EventFilter:
    """Which events a question is about. None means no filter; persons=[] matches nothing."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    persons: tuple[str, ...] | None = None
    role: str | None = None
    title: str | None = None
    topic: str | None = None
    type: str | None = None
    issuer: str | None = None
    source: str | None = None
    q: str | None = None
    q_alt: str | None = None  # the other script's form of q (traditional ↔ simplified)

    def params(self) -> dict[str, Any]:
        return {
            "from": self.date_from, "to": self.date_to,
            "persons": list(self.persons) if self.persons is not None else None,
            "role": self.role, "title": self.title, "topic": self.topic, "type": self.type,
            "issuer": self.issuer, "source": self.source, "q": self.q, "q_alt": self.q_alt or self.q,
        }


def over_selected(name: str, selected: str | None = None) -> str:
    """A query file run over the CTE `selected` (the events the filter keeps, or the `selected`
    query given); a file's own leading WITH continues that list of CTEs."""
    body = "\n".join(line for line in sql(name).splitlines() if not line.lstrip().startswith("--")).lstrip()
    if body[:4].upper() == "WITH":
        body = "," + body[4:]
    return f"WITH selected AS ({selected or sql('events_filter')})\n{body}"


def with_total(db: Gateway, query: str, params: dict[str, Any]) -> tuple[pl.DataFrame, int]:
    """Run a paged query that carries `count(*) OVER () AS total`; past the last page, ask for the total."""
    rows = db.frame(query, params)
    if rows.height:
        return rows.drop("total"), int(rows["total"][0])
    total = 0
    if params.get("offset"):
        first = db.frame(query, params | {"limit": 1, "offset": 0})
        total = int(first["total"][0]) if first.height else 0
    return rows.drop("total") if "total" in rows.columns else rows, total
