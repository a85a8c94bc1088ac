"""The one place that asks the database: SQL files in `sql/`, loaded by name."""
from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from importlib import resources

if TYPE_CHECKING:
    import duckdb
    import polars as pl


def continue_with(name: str) -> str:
    """queries/sql/<name>.sql without its comments, with a leading WITH turned into `,` so that it
    continues a list of CTEs written before it (see filters.over_selected, coattendance.counts_sql)."""
    body = "\n".join(line for line in sql(name).splitlines() if not line.lstrip().startswith("--")).lstrip()
    return "," + body[4:] if body[:4].upper() == "WITH" else body


SCHEMA_VERSION = "5"  # bump when a table the API reads changes shape; older databases must be rebuilt


@lru_cache(maxsize=None)
def sql(name: str) -> str:
    """The text of queries/sql/<name>.sql (names are fixed strings in code, never user input)."""
    if not name.replace("_", "").isalnum():
        raise ValueError(f"bad query name {name!r}")
    return resources.files("queries").joinpath(f"sql/{name}.sql").read_text(encoding="utf-8")


# Results up to this many rows are read as Python values and framed with a schema made from the
# result's column types: for the small answers the API mostly asks for, that is 2-3 times faster than
# going through Arrow, whose fixed cost (about a millisecond a query) dominates them.
SMALL_RESULT = 2048

_SCALARS = {"boolean": "Boolean", "tinyint": "Int8", "smallint": "Int16", "integer": "Int32", "bigint": "Int64",
            "utinyint": "UInt8", "usmallint": "UInt16", "uinteger": "UInt32", "ubigint": "UInt64",
            "float": "Float32", "double": "Float64", "varchar": "String", "date": "Date", "blob": "Binary"}


def _dtype(t: Any) -> "pl.DataType | None":
    """The Polars type that DuckDB's Arrow output gives a column of type `t`; None where this table does
    not know it (decimals, wide integers, times…: those results go through Arrow)."""
    import polars as pl

    kind = t.id
    if kind in _SCALARS:
        return getattr(pl, _SCALARS[kind])()
    if kind == "list":
        inner = _dtype(t.children[0][1])
        return pl.List(inner) if inner is not None else None
    if kind == "struct":
        fields = [(name, _dtype(child)) for name, child in t.children]
        return pl.Struct(dict(fields)) if all(d is not None for _, d in fields) else None  # type: ignore[arg-type]
    return None


def frame(con: "duckdb.DuckDBPyConnection", query: str, params: object = None) -> "pl.DataFrame":
    """Run a query with bound parameters and return its result as a Polars frame."""
    import polars as pl

    cur = con.execute(query, params)
    schema = {d[0]: _dtype(d[1]) for d in cur.description or ()}
    if len(schema) != len(cur.description or ()) or any(v is None for v in schema.values()):
        return pl.from_arrow(_arrow(cur))  # type: ignore[return-value]
    head = pl.DataFrame(cur.fetchmany(SMALL_RESULT), schema=schema, orient="row")
    if head.height < SMALL_RESULT:
        return head
    rest = pl.from_arrow(_arrow(cur))  # the rows still pending, in bulk
    return pl.concat([head, rest.cast(schema)])  # type: ignore[list-item, arg-type]


@contextmanager
def registered(con: "duckdb.DuckDBPyConnection", name: str, df: "pl.DataFrame") -> Iterator[None]:
    """`df` readable as the view `name` (a constant) on con for the block. It goes over as Arrow with
    string views, Polars' own layout, so no string is copied: the default conversion copied every one
    (1.5 s of the loading process's 5 s per 200,000 events ingested)."""
    import polars as pl

    con.register(name, df.to_arrow(compat_level=pl.CompatLevel.newest()))
    try:
        yield
    finally:
        con.unregister(name)


# DuckDB warns that Arrow output of an executed query copies its rows once more than a relation's would;
# that costs less than a relation, which plans the query twice (`con.sql(...)`). Filtered once here, as
# catch_warnings() is not safe across the API's threads.
warnings.filterwarnings("ignore", message="Arrow output on a DB-API result", category=UserWarning)


def _arrow(cur: "duckdb.DuckDBPyConnection") -> Any:
    """The rows a result still holds, as an Arrow table."""
    return cur.to_arrow_table()
