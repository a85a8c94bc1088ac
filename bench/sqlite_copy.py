"""Copy the DuckDB database into SQLite with the same tables (and the indexes and FTS a careful
Datasette user would add), for the side-by-side benchmark.

    python bench/sqlite_copy.py DB.duckdb OUT.sqlite
"""
from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

import duckdb

TABLES = {  # table → columns copied (lists become ';'-joined text, as a CSV export would give)
    "sources": "source_id, name, url, description, issuer, period, n_events",
    "events": "event_id, source_id, chronicle_id, seq, CAST(date_start AS VARCHAR) AS date_start, "
              "CAST(date_end AS VARCHAR) AS date_end, date_precision, event_type, text, line, page, issuer",
    "participants": "event_id, person_id, ord, name, title, array_to_string(roles, ';') AS roles",
    "event_topics": "event_id, topic",
    "people": "person_id, name, pinyin, pinyin_key, title, jurisdiction, issuer, n_events, "
              "CAST(first_date AS VARCHAR) AS first_date, CAST(last_date AS VARCHAR) AS last_date",
    "pairs": "issuer, a, b, k, n_a, n_b, n_total, expected, jaccard, lift, pmi, pvalue",
    "topics": "topic, en, kind",
}
INDEXES = [
    "CREATE INDEX participants_person ON participants(person_id, event_id)",
    "CREATE UNIQUE INDEX events_id ON events(event_id)",
    "CREATE INDEX events_issuer_date ON events(issuer, date_start)",
    "CREATE INDEX participants_event ON participants(event_id)",
    "CREATE INDEX events_date ON events(date_start, event_id)",
    "CREATE INDEX event_topics_topic ON event_topics(topic, event_id)",
    "CREATE INDEX event_topics_event ON event_topics(event_id)",
    "CREATE UNIQUE INDEX people_id ON people(person_id)",
    "CREATE INDEX pairs_a ON pairs(a)", "CREATE INDEX pairs_b ON pairs(b)", "CREATE INDEX pairs_k ON pairs(k DESC)",
    "CREATE VIRTUAL TABLE events_fts USING fts5(text, content='events', content_rowid='rowid', tokenize='trigram')",
    "INSERT INTO events_fts(rowid, text) SELECT rowid, text FROM events",
]


def copy(src: Path, dst: Path) -> None:
    started = time.time()
    dst.unlink(missing_ok=True)
    con = duckdb.connect(str(src), read_only=True)
    out = sqlite3.connect(dst)
    out.execute("PRAGMA journal_mode = OFF")
    out.execute("PRAGMA synchronous = OFF")
    for table, cols in TABLES.items():
        cur = con.execute(f"SELECT {cols} FROM {table}")  # fixed table names
        names = [d[0] for d in cur.description]
        out.execute(f"CREATE TABLE {table} ({', '.join(names)})")
        insert = f"INSERT INTO {table} VALUES ({', '.join('?' for _ in names)})"
        while rows := cur.fetchmany(100_000):
            out.executemany(insert, rows)
        out.commit()
    for statement in INDEXES:
        out.execute(statement)
    out.commit()
    out.execute("ANALYZE")
    out.close()
    con.close()
    print(f"{dst}: {dst.stat().st_size / 1e6:.0f} MB in {time.time() - started:.0f} s")


if __name__ == "__main__":
    copy(Path(sys.argv[1]), Path(sys.argv[2]))
