"""Events: filtered pages, counts, facets and per-period series."""
from __future__ import annotations

from typing import Any

import polars as pl

from .filters import EventFilter, Gateway, over_selected, selected_for

FACETS = ("topic", "type", "month", "person")


def page(db: Gateway, f: EventFilter, *, limit: int, offset: int, desc: bool = False,
         focus: str | None = None) -> pl.DataFrame:
    """One page of events in date order (then source order), each with participants, topics and provenance."""
    selected, params = selected_for(f)
    return db.frame(over_selected("events_page", selected),
                    params | {"limit": limit, "offset": offset, "desc": desc, "focus": focus})


def count(db: Gateway, f: EventFilter) -> int:
    selected, params = selected_for(f)
    return int(db.frame(over_selected("events_count", selected), params).item())


def facets(db: Gateway, f: EventFilter, names: list[str], size: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Counts of the filtered events by each facet in `names`, like datasette's `_facet`."""
    selected, params = selected_for(f)
    rows = db.frame(over_selected("events_facets", selected), params | {"facets": names, "facet_size": size})
    out: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    for r in rows.iter_rows(named=True):
        out[r["facet"]].append({"value": r["value"], "label": r["label"], "count": r["n"]})
    return out


def series(db: Gateway, f: EventFilter, granularity: str) -> pl.DataFrame:
    """Counts per day/week/month/quarter/year between the filter's dates (gaps as 0)."""
    selected, params = selected_for(f)
    return db.frame(over_selected("timeline_series", selected),
                    params | {"granularity": granularity, "lo": f.date_from, "hi": f.date_to})


def one(db: Gateway, event_id: str) -> list[dict[str, Any]]:
    """The event with this id (a list of zero or one row)."""
    rows = db.frame(over_selected("events_page", "SELECT event_id FROM events WHERE event_id = $id"),
                    {"id": event_id, "limit": 1, "offset": 0, "desc": False, "focus": None})
    return list(rows.iter_rows(named=True))
