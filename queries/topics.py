"""Topics and event types: the taxonomy with counts, and trends per period."""
from __future__ import annotations

import polars as pl

from . import continue_with, sql
from .filters import EventFilter, Gateway, over_selected, selected_for


def listing(db: Gateway, f: EventFilter, kind: str | None) -> pl.DataFrame:
    selected, params = selected_for(f)
    return db.frame(over_selected("topics_list", selected), params | {"kind": kind})


def known(db: Gateway) -> pl.DataFrame:
    """Every topic and event type with its English name (to accept either in parameters)."""
    return db.frame(sql("topics_names"))


def trends(db: Gateway, f: EventFilter, topics: list[str], granularity: str, *,
           monthly: bool = True) -> pl.DataFrame:
    """Per period, how many events carry each of `topics` (topics or event types) and the share; over
    whole issuers (no other filter) from the monthly counts made at ingest, else (or with
    monthly=False) by reading the filtered events."""
    rows = continue_with("trend_rows")
    if monthly and f == EventFilter(issuer=f.issuer):
        return db.frame(sql("topic_trends_months") + rows, {"topics": topics, "granularity": granularity,
                                                            "issuer": f.issuer})
    selected, params = selected_for(f)
    return db.frame(over_selected("topic_trends", selected) + rows,
                    params | {"topics": topics, "granularity": granularity})
