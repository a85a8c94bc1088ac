"""Topics and event types: the taxonomy with counts, and trends per period."""
from __future__ import annotations

import polars as pl

from . import sql
from .filters import EventFilter, Gateway, over_selected, selected_for


def listing(db: Gateway, f: EventFilter, kind: str | None) -> pl.DataFrame:
    selected, params = selected_for(f)
    return db.frame(over_selected("topics_list", selected), params | {"kind": kind})


def known(db: Gateway) -> pl.DataFrame:
    """Every topic and event type with its English name (to accept either in parameters)."""
    return db.frame(sql("topics_names"))


def trends(db: Gateway, f: EventFilter, topics: list[str], granularity: str) -> pl.DataFrame:
    """Per period, how many events carry each of `topics` (topics or event types) and the share; over
    whole issuers (no other filter) from the monthly counts made at ingest, else over the filter."""
    if f == EventFilter(issuer=f.issuer):
        return db.frame(sql("topic_trends_months"), {"topics": topics, "granularity": granularity,
                                                     "issuer": f.issuer})
    selected, params = selected_for(f)
    return db.frame(over_selected("topic_trends", selected),
                    params | {"topics": topics, "granularity": granularity})
