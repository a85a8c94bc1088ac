"""Every table as Parquet, partitioned by issuer and year in the hive layout
(`DIR/events/issuer=聊城市人民政府/year=2024/data_0.parquet`), readable as it is by DuckDB, Spark, Trino
or Polars. Rows with no issuer or year go to `issuer=unknown` / `year=0`."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from queries import sql

from .errors import LoadError


def export_parquet(db: str | Path, out: str | Path) -> dict[str, int]:
    """Write DIR/<table>/issuer=…/year=…/*.parquet for every table; returns rows per table.
    Written beside and renamed into place, so a failed export leaves no half directory."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.exporting")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    con = duckdb.connect(str(db), read_only=True)
    counts: dict[str, int] = {}
    try:
        for name, query in con.execute(sql("export_tables")).fetchall():
            target = tmp / name
            # the partition columns take the hive names `issuer` and `year`; a table's own issuer column
            # is the partition's value (NULL becomes 'unknown'), so it lives in the path only
            cols = [r[0] for r in con.execute(f"DESCRIBE ({query})").fetchall()
                    if r[0] not in ("p_issuer", "p_year", "issuer", "year")]
            select = ", ".join(f'"{c}"' for c in cols)  # column names come from the schema, not from input
            con.execute(f"COPY (SELECT {select}, p_issuer AS issuer, p_year AS year FROM ({query})) TO '{target}' "
                        f"(FORMAT parquet, PARTITION_BY (issuer, year), OVERWRITE_OR_IGNORE true)")
            counts[name] = con.execute(f"SELECT count(*) FROM ({query})").fetchall()[0][0]
    except duckdb.Error as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise LoadError(f"{out}: export failed ({exc})", path=str(out)) from None
    finally:
        con.close()
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    return counts
