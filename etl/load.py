"""Loading parsed sources into DuckDB: idempotent by sha256, atomic by building beside and swapping.

The previous database file is copied, the copy is changed, and only a complete copy replaces the
original (`os.replace`), so a crash or an error at any moment leaves the old file intact.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pyarrow as pa

from queries import SCHEMA_VERSION, registered, sql

from . import derive
from .errors import LoadError
from .gazette import DOINGS_COLUMN, KEYWORDS
from .model import ParseResult
from .script import name_norm
from .topics import load_taxonomy

# Tables that hang off a source, in the order rows are removed when a file changes.
_CHILD_TABLES = ("participants", "mentions", "agenda_items", "event_topics")


@dataclass
class LoadItem:
    """A parsed source with what the caller knows about it."""

    result: ParseResult
    url: str | None = None
    description: str | None = None
    issuer: str | None = None
    period: str | None = None
    # Rows already made by a parsing process: its place in a batch of files framed together (see Batch);
    # `result` then carries no events and n_events says how many there were.
    batch: "tuple[Batch, int] | None" = None
    n_events: int | None = None

    @property
    def events(self) -> int:
        return self.n_events if self.n_events is not None else len(self.result.events)


@dataclass
class LoadSummary:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    sections: int = 0
    events: int = 0
    people: int = 0
    warnings: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase: insert, derive


def source_id(sha256: str) -> str:
    return "s" + sha256[:16]


# what a chronicle's heading says besides the body that issued it: its period and its kind (大事记, 纪事, 政务要闻 …)
_NOT_ISSUER = re.compile(rf"\d{{4}}\s*年.*?月份?|\d{{4}}\s*年|{'|'.join(KEYWORDS)}|{DOINGS_COLUMN}")


def issuer_from_title(title: str) -> str | None:
    """'聊城市人民政府大事记（2024年9月）' → '聊城市人民政府'; None when the heading names no body."""
    t = re.sub(r"[（(【\[].*?[)）】\]]", "", title)
    t = _NOT_ISSUER.sub("", t).strip()
    return t or None



Columns = dict[str, dict[str, list]]  # table → column → values


def columns(item: LoadItem, now: dt.datetime) -> Columns:
    """An item's rows, table by table, as columns (what Batch.of frames: a frame is built from columns
    without looking at each row again). Tables without rows are left out."""
    r = item.result
    sid = source_id(r.sha256)
    n_events = len(r.events)
    out: Columns = {"sources": dict(
        source_id=[sid], name=[r.source], sha256=[r.sha256], url=[item.url], description=[item.description],
        issuer=[item.issuer], encoding=[r.encoding], period=[item.period], n_events=[n_events],
        n_warnings=[len(r.warnings)], ingested_at=[now])}
    secs = r.sections
    chron_of_title: dict[str, str] = {}
    for n, sec in enumerate(secs):
        chron_of_title.setdefault(sec.title, f"{sid}-{n}")
    if secs:
        out["chronicles"] = dict(
            chronicle_id=[f"{sid}-{n}" for n in range(len(secs))], source_id=[sid] * len(secs),
            seq=list(range(len(secs))), title=[sec.title for sec in secs],
            heading_line=[sec.heading_line for sec in secs], period=[sec.period for sec in secs],
            page=[sec.page for sec in secs], continued_from=[sec.continued_from for sec in secs],
            n_events=[sec.events for sec in secs])
    # one comprehension per column (a loop appending to fifteen lists took twice as long)
    evs = r.events
    pvs = [e.provenance for e in evs]
    prefix = f"e{r.sha256[:12]}-"
    ids = [f"{prefix}{n:05d}" for n in range(n_events)]
    titles = [pv.section if pv else "" for pv in pvs]
    default_chronicle = f"{sid}-0"
    day = dt.date.fromisoformat
    issuer_of = {t: item.issuer or issuer_from_title(t) for t in set(titles)}  # each heading read once
    issuers = [issuer_of[t] for t in titles]
    ev: dict[str, list] = dict(
        event_id=ids, source_id=[sid] * n_events,
        chronicle_id=[chron_of_title.get(t, default_chronicle) for t in titles], seq=list(range(n_events)),
        date_start=[day(e.date_start) if e.date_start else None for e in evs],
        date_end=[day(e.date_end) if e.date_end else None for e in evs],
        date_precision=[e.date_precision for e in evs], event_type=[e.event_type for e in evs],
        text=[e.text for e in evs], line=[pv.line if pv else 0 for pv in pvs],
        char_start=[pv.char_start if pv else 0 for pv in pvs], char_end=[pv.char_end if pv else 0 for pv in pvs],
        spans=[pv.spans if pv else [] for pv in pvs], page=[pv.page if pv else None for pv in pvs],
        issuer=issuers)
    # person_id is assigned by etl/registry.py (derive), from the jurisdiction of the title
    who = [(eid, k, p) for eid, e in zip(ids, evs) for k, p in enumerate(e.participants)]
    norms = {p.name: "" for _, _, p in who}
    for nm in norms:
        norms[nm] = name_norm(nm)  # a file names the same people again and again
    parts: dict[str, list] = dict(event_id=[eid for eid, _, _ in who], person_id=[""] * len(who), ord=[k for _, k, _ in who],
                 name=[p.name for _, _, p in who], name_norm=[norms[p.name] for _, _, p in who],
                 title=[p.title for _, _, p in who], roles=[p.roles for _, _, p in who])
    ments = _listed(ids, [e.mentioned for e in evs], "name")
    agenda = _listed(ids, [e.agenda for e in evs], "item")
    topics: dict[str, list] = {"event_id": [eid for eid, e in zip(ids, evs) for _ in e.topics],
              "topic": [t for e in evs for t in e.topics]}
    for table, cols in (("events", ev), ("participants", parts), ("mentions", ments), ("agenda_items", agenda),
                        ("event_topics", topics)):
        if cols["event_id"]:
            out[table] = cols
    if r.warnings:
        out["warnings"] = dict(source_id=[sid] * len(r.warnings), line=[w.line for w in r.warnings],
                                 message=[w.message for w in r.warnings])
    source_issuer = item.issuer or next((i for i in issuers if i), None)
    doc_ids = {d.number: f"{sid}-d{n}" for n, d in enumerate(r.documents)}
    if r.documents:
        appointment_docs = {a.document for a in r.appointments}
        docs = r.documents
        out["documents"] = dict(
            document_id=[doc_ids[d.number] for d in docs], source_id=[sid] * len(docs),
            number=[d.number for d in docs], title=[d.title for d in docs],
            date=[day(d.date) if d.date else None for d in docs], page_start=[d.page_start for d in docs],
            page_end=[d.page_end for d in docs], line=[d.line for d in docs],
            kind=["appointment" if d.number in appointment_docs else "other" for d in docs])
    if r.appointments:
        apps = r.appointments
        out["appointments"] = dict(
            appointment_id=[f"{sid}-a{n}" for n in range(len(apps))], source_id=[sid] * len(apps),
            document_id=[doc_ids.get(a.document) for a in apps], number=[a.document for a in apps],
            date=[day(a.date) if a.date else None for a in apps], ord=list(range(len(apps))),
            name=[a.name for a in apps], name_norm=[name_norm(a.name) for a in apps],
            action=[a.action for a in apps], position=[a.position for a in apps],
            positions=[a.positions for a in apps], term=[a.term for a in apps], line=[a.line for a in apps],
            issuer=[source_issuer] * len(apps))
    return out


def _listed(ids: list[str], lists: list[list[str]], column: str) -> dict[str, list]:
    """Rows of a list each event has (its agenda, who it mentions): event_id, position, value."""
    return {"event_id": [eid for eid, xs in zip(ids, lists) for _ in xs],
            "ord": [k for xs in lists for k in range(len(xs))], column: [x for xs in lists for x in xs]}


@dataclass
class Batch:
    """The rows of several files, framed together by the parsing process that read them (framing is
    the costly part, and there it runs beside the other parsers, not in the one loading process). A
    `_file` column gives each row's file: its place in the batch."""

    frames: dict[str, pl.DataFrame]
    files: int  # how many files' rows it holds

    @classmethod
    def of(cls, per_file: list[Columns | None]) -> "Batch":
        merged: Columns = {}
        for n, cols in enumerate(per_file):
            for table, values in (cols or {}).items():
                into = merged.setdefault(table, {})
                for name, column in values.items():
                    into.setdefault(name, []).extend(column)
                into.setdefault("_file", []).extend([n] * len(next(iter(values.values()))))
        return cls({t: f for t, cols in merged.items() if (f := _frame(t, cols)) is not None}, len(per_file))

    def rows_of(self, files: list[int]) -> dict[str, pl.DataFrame]:
        """Each table's rows of these files (all of them, usually: then no filter is needed). The `_file`
        column stays: _insert takes the table's own columns."""
        if len(set(files)) == self.files:
            return self.frames
        return {t: f.filter(pl.col("_file").is_in(files)) for t, f in self.frames.items()}


_SCHEMA: dict[str, dict[str, Any]] = {  # table → column → Polars type where inference would guess wrong
    "events": {"date_start": pl.Date, "date_end": pl.Date, "page": pl.Int32, "spans": pl.List(pl.List(pl.Int64)),
               "issuer": pl.Utf8, "date_precision": pl.Utf8},
    "chronicles": {"heading_line": pl.Int32, "page": pl.Int32, "period": pl.Utf8, "continued_from": pl.List(pl.Int64)},
    "participants": {"roles": pl.List(pl.Utf8)},
    "sources": {"url": pl.Utf8, "description": pl.Utf8, "issuer": pl.Utf8, "period": pl.Utf8},
    "documents": {"date": pl.Date, "page_start": pl.Int32, "page_end": pl.Int32, "line": pl.Int32},
    "appointments": {"date": pl.Date, "term": pl.Utf8, "positions": pl.List(pl.Utf8), "issuer": pl.Utf8,
                     "document_id": pl.Utf8},
}


def _list_array(values: list[list], dtype: pl.List) -> pa.Array:
    """A list column as Arrow, from its flattened values and offsets: Polars, given Python lists, builds
    a Series per row (a fifth of a parsing process's time went there)."""
    offsets = [0]
    flat: list = []
    for v in values:
        flat.extend(v)
        offsets.append(len(flat))
    inner = dtype.inner
    child = (_list_array(flat, inner) if isinstance(inner, pl.List)
             else pl.Series(flat, dtype=inner, strict=False).to_arrow())
    return pa.LargeListArray.from_arrays(pa.array(offsets, pa.int64()), child)


def _frame(table: str, cols: dict[str, list]) -> pl.DataFrame | None:
    if not cols:
        return None
    schema = _SCHEMA.get(table, {})
    nested = {c: t for c, t in schema.items() if isinstance(t, pl.List) and c in cols}
    flat = {c: v for c, v in cols.items() if c not in nested}
    frame = pl.DataFrame(flat, schema_overrides={c: t for c, t in schema.items() if c in flat}, strict=False)
    if not nested:
        return frame
    lists = pl.DataFrame([pl.Series(c, _list_array(cols[c], t)) for c, t in nested.items()])  # type: ignore[arg-type]
    return pl.concat([frame, lists], how="horizontal").select(list(cols))


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame | None) -> None:
    if frame is None or frame.is_empty():
        return
    cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]  # table names are constants here
    # columns the parser does not fill (identity, filled by derive) go in as NULL
    frame = frame.with_columns(pl.lit(None, pl.Utf8).alias(c) for c in cols if c not in frame.columns)
    with registered(con, "_frame", frame.select(cols)):
        con.execute(f"INSERT INTO {table} SELECT * FROM _frame")


def _delete_source(con: duckdb.DuckDBPyConnection, sid: str) -> None:
    for t in _CHILD_TABLES:
        con.execute(f"DELETE FROM {t} WHERE event_id IN (SELECT event_id FROM events WHERE source_id = ?)", [sid])
    for t in ("events", "chronicles", "warnings", "documents", "appointments", "sources"):
        con.execute(f"DELETE FROM {t} WHERE source_id = ?", [sid])


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


BATCH_EVENTS = 50_000  # rows are inserted per batch of about this many events, not per file


def ingest_time() -> dt.datetime:
    """The time an ingest stamps on its sources (UTC, whole seconds): taken once per ingest."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def load(items: Iterable[LoadItem], db_path: str | Path, *, fresh: bool = False,
         now: dt.datetime | None = None) -> LoadSummary:
    """Add parsed sources to the database at db_path; unchanged files are skipped, changed ones replaced.
    `now`: the ingest's time, when rows were made before (by parsing processes) with it."""
    db = Path(db_path)
    db.parent.mkdir(parents=True, exist_ok=True)
    tmp = db.with_name(f".{db.name}.{os.getpid()}.building")
    for leftover in (tmp, Path(f"{tmp}.wal")):
        leftover.unlink(missing_ok=True)
    summary = LoadSummary()
    try:
        if db.exists() and not fresh:
            shutil.copy2(db, tmp)
        con = duckdb.connect(str(tmp), config={"memory_limit": os.environ.get("DASHIJI_LOAD_MEMORY", "2GB"),
                                               "preserve_insertion_order": False,
                                               # the parsing processes have the cores while rows stream in
                                               "threads": 1})
        try:
            started = time.monotonic()
            con.execute(sql("schema"))
            # derive rebuilds the index; kept during the load it would slow every batch and delete
            con.execute("DROP INDEX IF EXISTS events_event_id")
            now = now or ingest_time()
            tax = load_taxonomy()
            con.execute("DELETE FROM topics")
            con.executemany("INSERT INTO topics VALUES (?, ?, ?)",
                            [(c.name, c.en, "topic") for c in tax.topics] +
                            [(c.name, c.en, "event_type") for c in tax.event_types])
            known_sha = {h for (h,) in con.execute("SELECT sha256 FROM sources").fetchall()}
            known_names = {n for (n,) in con.execute("SELECT name FROM sources").fetchall()}
            picked: dict[int, tuple[Batch, list[int]]] = {}  # batches with the files taken from them
            buffered = 0

            def flush() -> None:
                nonlocal buffered
                frames: dict[str, list[pl.DataFrame]] = {}
                for batch, files in picked.values():
                    for table, frame in batch.rows_of(files).items():
                        frames.setdefault(table, []).append(frame)
                for table, parts in frames.items():
                    _insert(con, table, pl.concat(parts, how="vertical_relaxed"))
                picked.clear()
                buffered = 0

            for item in items:  # an iterable: parsed files stream in, rows go in batches
                r = item.result
                if r.sha256 in known_sha:
                    summary.unchanged.append(r.source)
                    continue
                if r.source in known_names:
                    flush()  # the old version may still sit in the buffer
                    old = con.execute("SELECT source_id FROM sources WHERE name = ?", [r.source]).fetchall()
                    for (sid,) in old:
                        _delete_source(con, sid)
                        summary.replaced.append(r.source)
                # an item parsed here (not by a parsing process) is framed as a batch of its own
                batch, n = item.batch or (Batch.of([columns(item, now)]), 0)
                picked.setdefault(id(batch), (batch, []))[1].append(n)
                known_sha.add(r.sha256)
                known_names.add(r.source)
                buffered += item.events
                if buffered >= BATCH_EVENTS:
                    flush()
                summary.loaded.append(r.source)
                summary.sections += len(r.sections)
                summary.events += item.events
                summary.warnings += len(r.warnings)
            flush()
            summary.timings["parse+insert"] = time.monotonic() - started
            started = time.monotonic()
            con.execute("CHECKPOINT")  # the inserted rows go to disk: derive gets the memory they held
            con.execute(f"SET threads = {os.cpu_count() or 1}")  # and every core
            derive.refresh(con)
            summary.timings["derive"] = time.monotonic() - started
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
            summary.people = con.execute("SELECT count(*) FROM people").fetchall()[0][0]
            con.execute("CHECKPOINT")
        finally:
            con.close()
        _fsync(tmp)
        os.replace(tmp, db)
        try:
            _fsync(db.parent)
        except OSError:
            pass
    except duckdb.Error as exc:
        tmp.unlink(missing_ok=True)
        raise LoadError(f"{db}: load failed, previous database kept ({exc})", path=str(db)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return summary
