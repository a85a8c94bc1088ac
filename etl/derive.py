"""Tables derived from the loaded events, rebuilt after every ingest: the people registry with
pinyin, title histories, and the co-attendance pair table the API's top-pairs answer reads."""
from __future__ import annotations

import duckdb
import polars as pl

from queries import frame, registered, sql
from queries.coattendance import counts_sql
from queries.stats import cooccurrence

from . import registry
from .overrides import Overrides, load_overrides
from .registry import IdentityReport
from .romanize import pinyin_key, pinyin_name

_PAIR_COLUMNS = "issuer VARCHAR, a VARCHAR, b VARCHAR, k BIGINT, n_a BIGINT, n_b BIGINT, n_total BIGINT, " \
                "expected DOUBLE, jaccard DOUBLE, lift DOUBLE, pmi DOUBLE, pvalue DOUBLE"


def _replace_from_frame(con: duckdb.DuckDBPyConnection, table: str, columns: str, frame: pl.DataFrame) -> None:
    con.execute(f"CREATE OR REPLACE TABLE {table} ({columns})")  # table and columns are constants here
    if not frame.is_empty():
        with registered(con, "_frame", frame):
            con.execute(f"INSERT INTO {table} SELECT * FROM _frame")


def refresh(con: duckdb.DuckDBPyConnection, overrides: Overrides | None = None) -> IdentityReport:
    """Assign identities, then rebuild people, person_titles and pairs from events and participants."""
    report = registry.assign(con, overrides if overrides is not None else load_overrides())
    con.execute(sql("refresh_event_lists"))
    con.execute(sql("person_mentions"))
    con.execute(sql("refresh_people"))
    names = frame(con, "SELECT DISTINCT name FROM people")
    if not names.is_empty():
        py = names.with_columns(
            pl.col("name").map_elements(pinyin_name, return_dtype=pl.Utf8).alias("pinyin"),
        ).with_columns(pl.col("pinyin").map_elements(pinyin_key, return_dtype=pl.Utf8).alias("pinyin_key"))
        with registered(con, "_py", py):
            con.execute("UPDATE people SET pinyin = _py.pinyin, pinyin_key = _py.pinyin_key "
                        "FROM _py WHERE people.name = _py.name")
    con.execute(sql("refresh_person_titles"))
    con.execute(sql("refresh_person_facets"))
    con.execute(sql("refresh_topic_months"))
    counts = frame(con, counts_sql("pair_counts"), {"from": None, "to": None, "issuer": None, "role": None,
                                                    "min_count": 1})
    _replace_from_frame(con, "pairs", _PAIR_COLUMNS, cooccurrence(counts))
    con.execute(sql("refresh_pair_ranks"))
    con.execute(sql("refresh_indexes"))
    return report
