"""Events: filtered pages, counts, facets and per-period series."""
from __future__ import annotations

from typing import Any

import polars as pl

from . import sql
from .filters import EventFilter, Gateway, over_selected, selected_for, with_total

FACETS = ("topic", "type", "month", "person")

PARTICIPANTS = pl.List(pl.Struct({"person_id": pl.Utf8, "name": pl.Utf8, "title": pl.Utf8,
                                  "roles": pl.List(pl.Utf8)}))


def page_ids(db: Gateway, f: EventFilter, *, limit: int, offset: int, desc: bool = False) -> tuple[list[str], int]:
    """The ids of one page of events in date order (then source order), and how many match in all."""
    selected, params = selected_for(f)
    ids, total = with_total(db, over_selected("events_page", selected),
                            params | {"limit": limit, "offset": offset, "desc": desc})
    return ids["event_id"].to_list(), total


def rows(db: Gateway, ids: list[str], focus: str | None = None) -> pl.DataFrame:
    """The events with these ids, in that order, each with participants, topics and provenance; with
    `focus`, that person's own participation (title, roles) as the column `focus`."""
    frame = db.frame(sql("events_rows"), {"ids": ids})
    order = pl.DataFrame({"event_id": ids, "_pos": range(len(ids))}, schema={"event_id": pl.Utf8, "_pos": pl.Int64})
    frame = (order.join(frame, on="event_id", how="inner").sort("_pos").drop("_pos")
             .with_columns(pl.col("participants").str.json_decode(PARTICIPANTS)))
    if focus is not None:
        mine = pl.element().struct.field("person_id") == focus
        frame = frame.with_columns(pl.col("participants").list.eval(pl.element().filter(mine)).list.first()
                                   .alias("focus"))
    return frame


def page(db: Gateway, f: EventFilter, *, limit: int, offset: int, desc: bool = False,
         focus: str | None = None) -> tuple[pl.DataFrame, int]:
    """One page of events in date order (then source order), each with participants, topics and
    provenance, and the number of events the filter matches."""
    ids, total = page_ids(db, f, limit=limit, offset=offset, desc=desc)
    return rows(db, ids, focus), total


def focus_roles(db: Gateway, f: EventFilter, person: str) -> pl.DataFrame:
    """Date and `person`'s first role (`none` when untagged) for each dated event the filter keeps."""
    selected, params = selected_for(f)
    return db.frame(over_selected("events_focus_roles", selected), params | {"focus": person})


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
    return list(rows(db, [event_id]).iter_rows(named=True))
