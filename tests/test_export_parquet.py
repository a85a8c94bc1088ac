"""`etl export --parquet`: every table, hive-partitioned by issuer and year, reads back through DuckDB
with the same rows."""
from __future__ import annotations

from pathlib import Path

import duckdb
from click.testing import CliRunner

from etl.cli import cli


def test_export_reads_back_through_duckdb_hive_partitioning(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    result = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--parquet", str(out)])
    assert result.exit_code == 0, result.output
    src = duckdb.connect(str(sample_db), read_only=True)
    con = duckdb.connect()
    for table in ("sources", "chronicles", "events", "participants", "event_topics", "people", "pairs",
                  "documents", "appointments", "person_titles", "warnings"):
        want = src.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        pattern = str(out / table / "**" / "*.parquet")
        got = con.execute("SELECT count(*) FROM read_parquet(?, hive_partitioning = true)", [pattern]).fetchall()[0][0]
        assert got == want, table
    # the partitions carry the issuer and year, decoded back to Chinese
    rows = con.execute("SELECT issuer, year, count(*) FROM read_parquet(?, hive_partitioning = true) "
                       "GROUP BY ALL ORDER BY 3 DESC LIMIT 1", [str(out / "events" / "**" / "*.parquet")]).fetchall()
    assert rows == [("聊城市人民政府", 2024, 35)]
    want = src.execute("SELECT count(*) FROM events WHERE issuer = '聊城市人民政府' AND year(date_start) = 2024").fetchall()
    assert want[0][0] == 35
    assert (out / "events" / "issuer=聊城市人民政府" / "year=2024").is_dir() or \
        any("issuer=" in p.name for p in (out / "events").iterdir())
