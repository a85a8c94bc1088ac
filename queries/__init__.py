"""The one place that asks the database: SQL files in `sql/`, loaded by name."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING
from importlib import resources

if TYPE_CHECKING:
    import duckdb
    import polars as pl


def continue_with(name: str) -> str:
    """queries/sql/<name>.sql without its comments, with a leading WITH turned into `,` so that it
    continues a list of CTEs written before it (see filters.over_selected, coattendance.counts_sql)."""
    body = "\n".join(line for line in sql(name).splitlines() if not line.lstrip().startswith("--")).lstrip()
    return "," + body[4:] if body[:4].upper() == "WITH" else body


SCHEMA_VERSION = "4"  # bump when a table the API reads changes shape; older databases must be rebuilt


@lru_cache(maxsize=None)
def sql(name: str) -> str:
    """The text of queries/sql/<name>.sql (names are fixed strings in code, never user input)."""
    if not name.replace("_", "").isalnum():
        raise ValueError(f"bad query name {name!r}")
    return resources.files("queries").joinpath(f"sql/{name}.sql").read_text(encoding="utf-8")


def frame(con: "duckdb.DuckDBPyConnection", query: str, params: object = None) -> "pl.DataFrame":
    """Run a query with bound parameters and return its result as a Polars frame (via Arrow)."""
    import polars as pl

    table = con.sql(query, params=params).to_arrow_table()
    return pl.from_arrow(table)  # type: ignore[return-value]
