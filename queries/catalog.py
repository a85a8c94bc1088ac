"""What was ingested: sources, chronicle sections, and the database's totals."""
from __future__ import annotations

from typing import Any

import polars as pl

from . import sql
from .filters import Gateway, with_total


def sources(db: Gateway, *, source: str | None = None, issuer: str | None = None, limit: int = 50,
            offset: int = 0) -> tuple[pl.DataFrame, int]:
    return with_total(db, sql("sources_list"), {"source": source, "issuer": issuer, "limit": limit,
                                                "offset": offset})


def chronicles(db: Gateway, *, source: str | None = None, issuer: str | None = None, limit: int = 50,
               offset: int = 0) -> tuple[pl.DataFrame, int]:
    return with_total(db, sql("chronicles_list"), {"source": source, "issuer": issuer, "limit": limit,
                                                   "offset": offset})


def stats(db: Gateway) -> dict[str, Any]:
    return db.frame(sql("stats")).row(0, named=True)
