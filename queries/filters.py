"""The filters shared by every question about events, and how they become bound parameters."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Protocol

import polars as pl

from . import continue_with, sql


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

    @property
    def one_person(self) -> bool:
        """Only a single person (and dates, role): the timeline's fast path applies."""
        return (self.persons is not None and len(self.persons) == 1 and self.title is None and self.topic is None
                and self.type is None and self.issuer is None and self.source is None and self.q is None)

    def params(self) -> dict[str, Any]:
        return {
            "from": self.date_from, "to": self.date_to,
            "persons": list(self.persons) if self.persons is not None else None,
            "role": self.role, "title": self.title, "topic": self.topic, "type": self.type,
            "issuer": self.issuer, "source": self.source, "q": self.q,
            "q_alt": self.q_alt if self.q_alt and self.q_alt != self.q else None,
        }


def _needs(tag: str, given: set[str]) -> bool:
    """`from`, `role|title` (any of them), `role|title, not persons` (and none of those)."""
    wanted, _, unless = tag.partition(", not ")
    return any(w in given for w in wanted.split("|")) and not any(u in given for u in unless.split("|") if u)


def filter_sql(f: EventFilter) -> tuple[str, dict[str, Any]]:
    """events_filter.sql with only the conditions this filter uses, and exactly the parameters they bind."""
    params = f.params()
    given = {k for k, v in params.items() if v is not None and k != "q_alt"}
    lines = []
    for line in sql("events_filter").splitlines():
        text, _, tag = line.partition("-- needs:")
        if line.lstrip().startswith("--") or not tag or _needs(tag.strip(), given):
            lines.append(text.rstrip())
    query = "\n".join(lines)
    used = set(re.findall(r"\$(\w+)", query))
    return query, {k: v for k, v in params.items() if k in used}


def selected_for(f: EventFilter) -> tuple[str, dict[str, Any]]:
    """The `selected` query and its parameters for a filter: the one-person fast path when it applies."""
    if f.one_person:
        return sql("events_filter_person"), {"person": f.persons[0], "role": f.role,  # type: ignore[index]
                                             "from": f.date_from, "to": f.date_to}
    return filter_sql(f)


def over_selected(name: str, selected: str | None = None) -> str:
    """A query file run over the CTE `selected` (the events the filter keeps, or the `selected`
    query given); a file's own leading WITH continues that list of CTEs."""
    body = continue_with(name)
    # materialized: files that read `selected` several times (facets) must not run the filter each time
    return f"WITH selected AS MATERIALIZED ({selected or filter_sql(EventFilter())[0]})\n{body}"


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
