"""Co-attendance: who appears with whom, and how far above chance (see stats.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from . import continue_with, sql
from .filters import Gateway
from .stats import cooccurrence

# sort key → (column, descending); ties broken by count, then ids, so pages are stable.
SORTS = {"count": ("k", True), "lift": ("lift", True), "jaccard": ("jaccard", True), "pvalue": ("pvalue", False),
         "pmi": ("pmi", True)}


@dataclass(frozen=True)
class PairFilter:
    person: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    role: str | None = None
    issuer: str | None = None
    min_count: int = 1

    @property
    def precomputed(self) -> bool:
        """No date window or role: the ingest-time pair table answers."""
        return self.date_from is None and self.date_to is None and self.role is None


def counts_sql(name: str) -> str:
    """pair_counts or partner_counts after the shared scope CTEs (events and participations in scope)."""
    return sql("coattendance_scope") + continue_with(name)


def page(db: Gateway, f: PairFilter, sort: str, limit: int, offset: int) -> tuple[pl.DataFrame, int]:
    """A page of pairs and the total: in SQL from the precomputed table for top pairs, else computed."""
    if f.precomputed and f.person is None:
        scope = {"min_count": f.min_count, "issuer": f.issuer}
        rows = db.frame(sql("pairs_page"), scope | {"sort": sort, "limit": limit, "offset": offset})
        return rows, int(db.frame(sql("pairs_count"), scope).item())
    frame = pairs(db, f, sort)
    return frame.slice(offset, limit), frame.height


def pairs(db: Gateway, f: PairFilter, sort: str = "count") -> pl.DataFrame:
    """All pairs (or partners of f.person) with counts and significance, in the requested order.

    With a person, `a` is that person and `b` the partner (the `partners` table and partner_counts.sql
    are written that way round).
    """
    if f.precomputed:
        scope = {"min_count": f.min_count, "issuer": f.issuer}
        frame = (db.frame(sql("partners_top"), scope | {"person": f.person}) if f.person
                 else db.frame(sql("pairs_top"), scope))
    else:
        params = {"from": f.date_from, "to": f.date_to, "issuer": f.issuer, "role": f.role,
                  "min_count": f.min_count}
        if f.person:
            frame = cooccurrence(db.frame(counts_sql("partner_counts"), params | {"person": f.person}))
        else:
            frame = cooccurrence(db.frame(counts_sql("pair_counts"), params))
    column, descending = SORTS[sort]
    return frame.sort([column, "k", "issuer", "a", "b"], descending=[descending, True, False, False, False],
                      nulls_last=True)
