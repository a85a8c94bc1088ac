"""The one database gateway: a read-only DuckDB connection, a cursor per worker thread, a time limit
on every query, and pick-up of a database file the ETL swapped in.

DuckDB caches open databases by their resolved path, so reopening the same path after the ETL's
`os.replace` would hand back the old file. Each generation is therefore opened through a fresh hard
link (removed right after opening: the open file stays readable), or a private copy where links are
impossible. In-flight queries finish on the generation they started on; the next query sees the new one.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from queries import SCHEMA_VERSION
from queries import frame as _frame

from .errors import QueryTimeout, TooBusy, Unavailable

_serial = itertools.count()


class _Watchdog:
    """One thread that interrupts queries past their deadline (cheaper than a timer per query)."""

    def __init__(self) -> None:
        self._running: dict[int, tuple[float, duckdb.DuckDBPyConnection]] = {}
        self._lock = threading.Lock()
        self._expired: set[int] = set()
        threading.Thread(target=self._loop, name="dashiji-query-watchdog", daemon=True).start()

    def _loop(self) -> None:
        while True:
            time.sleep(0.02)
            now = time.monotonic()
            with self._lock:
                late = [(k, cur) for k, (deadline, cur) in self._running.items() if deadline <= now]
                for k, _ in late:
                    self._running.pop(k, None)
                    self._expired.add(k)
            for _, cur in late:
                with contextlib.suppress(Exception):
                    cur.interrupt()

    @contextlib.contextmanager
    def watch(self, cur: duckdb.DuckDBPyConnection, seconds: float) -> Iterator[int]:
        key = next(_serial)
        with self._lock:
            self._running[key] = (time.monotonic() + seconds, cur)
        try:
            yield key
        finally:
            with self._lock:
                self._running.pop(key, None)

    def expired(self, key: int) -> bool:
        with self._lock:
            if key in self._expired:
                self._expired.discard(key)
                return True
            return False


def schema_version(con: duckdb.DuckDBPyConnection) -> str | None:
    """The schema version a database was built with (None before versions were recorded)."""
    try:
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    except duckdb.Error:
        return None
    return rows[0][0] if rows else None


class Database:
    """Read-only access to the database file at `path`, safe to share between worker threads."""

    def __init__(self, path: str | Path, *, timeout: float = 10.0, heavy_concurrency: int = 4,
                 threads: int = 0, concurrency: int = 0, queue_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._lock = threading.Lock()
        self._local = threading.local()
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._ident: tuple[int, int, int] | None = None
        self.generation = 0
        self._memo: dict[tuple[int, str], Any] = {}
        self._heavy = threading.BoundedSemaphore(max(1, heavy_concurrency))
        self._watchdog = _Watchdog()
        # DuckDB threads per query: many concurrent requests do better with few threads each
        self.threads = threads or max(1, (os.cpu_count() or 1) // max(1, int(os.environ.get("DASHIJI_WORKERS", "1"))))
        # queries running at once in this process: the rest wait their turn before the time limit starts,
        # so a burst queues instead of slowing every query past the limit
        self._slots = threading.BoundedSemaphore(concurrency or self.threads * 2)
        self.queue_timeout = queue_timeout

    # -- opening and swapping -------------------------------------------------------------
    def file_identity(self) -> tuple[int, int, int]:
        """Inode, modification time and size of the file now at `path`: changes when the ETL swaps one in."""
        try:
            st = os.stat(self.path)
        except OSError:
            raise Unavailable(f"database {self.path.name} is not there; build it with `python -m etl build-sample`") \
                from None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _open(self) -> duckdb.DuckDBPyConnection:
        """Open the current file under a path DuckDB has not cached."""
        link = self.path.with_name(f".{self.path.name}.serving-{os.getpid()}-{next(_serial)}")
        try:
            os.link(self.path, link)
        except OSError:  # read-only directory or another filesystem: a private copy instead
            link = Path(tempfile.gettempdir()) / f"dashiji-{os.getpid()}-{next(_serial)}.duckdb"
            shutil.copyfile(self.path, link)
        try:
            con = duckdb.connect(str(link), read_only=True, config={"threads": self.threads})
        except duckdb.Error as exc:
            raise Unavailable(f"database {self.path.name} cannot be opened: {exc}") from None
        finally:
            with contextlib.suppress(OSError):
                link.unlink()
        version = schema_version(con)
        if version != SCHEMA_VERSION:
            con.close()
            raise Unavailable(f"database {self.path.name} was built by another version of dashiji (schema {version}, "
                              f"this one reads {SCHEMA_VERSION}); rebuild it: python -m etl build-sample --db "
                              f"{self.path} (or etl build --source DIR)")
        return con

    def _connection(self) -> tuple[int, duckdb.DuckDBPyConnection]:
        ident = self.file_identity()
        if ident != self._ident or self._conn is None:
            with self._lock:
                if ident != self._ident or self._conn is None:
                    self._conn = self._open()
                    self._ident = ident
                    self.generation += 1
                    self._memo = {}
        return self.generation, self._conn  # type: ignore[return-value]

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor on the current generation of the database."""
        generation, conn = self._connection()
        local = self._local
        if getattr(local, "generation", None) != generation:
            local.cursor = conn.cursor()
            local.generation = generation
        return local.cursor

    # -- running queries ------------------------------------------------------------------
    @contextlib.contextmanager
    def _guard(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not self._slots.acquire(timeout=self.queue_timeout):
            raise Unavailable(f"the service is saturated (waited {self.queue_timeout:g} s for a turn); retry shortly")
        try:
            with self._run() as cur:
                yield cur
        finally:
            self._slots.release()

    @contextlib.contextmanager
    def _run(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self.cursor()
        with self._watchdog.watch(cur, self.timeout) as key:
            try:
                yield cur
            except duckdb.InterruptException:
                raise QueryTimeout(f"the query ran past the {self.timeout:g} s limit and was stopped; narrow it") \
                    from None
            except duckdb.Error:
                if self._watchdog.expired(key):
                    raise QueryTimeout(f"the query ran past the {self.timeout:g} s limit and was stopped") from None
                raise

    def frame(self, query: str, params: dict[str, Any] | list[Any] | None = None) -> pl.DataFrame:
        """Run a query (text from queries/sql) with bound parameters; the result as a Polars frame."""
        with self._guard() as cur:
            return _frame(cur, query, params)

    def rows(self, query: str, params: dict[str, Any] | list[Any] | None = None) -> list[tuple[Any, ...]]:
        with self._guard() as cur:
            return cur.execute(query, params).fetchall() if params is not None else cur.execute(query).fetchall()

    def scalar(self, query: str, params: dict[str, Any] | list[Any] | None = None) -> Any:
        rows = self.rows(query, params)
        return rows[0][0] if rows else None

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value computed from the database once per generation (small, read often: the vocabulary)."""
        generation, _ = self._connection()
        slot = (generation, key)
        if slot not in self._memo:
            self._memo[slot] = compute()
        return self._memo[slot]

    @contextlib.contextmanager
    def heavy(self) -> Iterator[None]:
        """Bound how many expensive queries run at once; beyond it, 429 instead of a queue."""
        if not self._heavy.acquire(timeout=0.25):
            raise TooBusy("too many heavy queries are running; retry in a moment")
        try:
            yield
        finally:
            self._heavy.release()
