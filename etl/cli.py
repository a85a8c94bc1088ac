"""The `etl` command line: parse, ingest, build-sample (also `python -m etl`)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
from pathlib import Path

import click
import msgspec

from .compiled import is_compiled
from .dates import parse_period
from .errors import EtlError
from .parse import parse_file, parse_source
from .source import load_source

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"
DEFAULT_DB = os.environ.get("DASHIJI_DB", "var/dashiji.duckdb")
CHRONICLE_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".doc")  # what a folder's chronicles are named (without a manifest)


def _period(ctx, param, value):
    try:
        return parse_period(value)
    except EtlError as exc:
        raise click.BadParameter(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """dashiji ETL: Chinese government chronicles (大事记) into dated events."""


def main(*args: object, **kwargs: object) -> None:
    """The command line, with no traceback for users: an unexpected failure is one line and exit 70
    (DASHIJI_DEBUG=1 shows the traceback). The database is untouched either way: loads are atomic."""
    try:
        cli.main(*args, standalone_mode=False, **kwargs)  # type: ignore[arg-type]
    except click.exceptions.Abort:
        click.echo("aborted; the database is unchanged", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("DASHIJI_DEBUG"):
            raise
        click.echo(f"error: unexpected failure ({type(exc).__name__}: {exc}); the database is unchanged. "
                   f"Set DASHIJI_DEBUG=1 for the traceback and report it.", err=True)
        sys.exit(70)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--period", callback=_period, help="YYYY or YYYY-MM (or 2024年9月, 2024-Q3 …): the year (and month) where headings do not say.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True)
@click.option("--provenance", is_flag=True, help="jsonl: add event type, topics and provenance to the contract fields.")
def parse(file: str, period, fmt: str, provenance: bool) -> None:
    """Print the events of FILE; no database is touched."""
    try:
        result = parse_file(file, period)
    except EtlError as exc:
        raise click.ClickException(str(exc)) from None
    out = sys.stdout
    if fmt == "jsonl":
        enc = msgspec.json.Encoder()
        for ev in result.events:
            obj = msgspec.to_builtins(ev) if provenance else ev.contract()
            out.write(enc.encode(obj).decode("utf-8") + "\n")
    else:
        for ev in result.events:
            who = "，".join(f"{p.title}{p.name}[{'/'.join(p.roles)}]" for p in ev.participants)
            out.write(f"{ev.date_start or '?':<10} {ev.date_end or '?':<10} {ev.event_type:<6} {ev.text[:50]}\n")
            if who:
                out.write(f"{'':22}{who}\n")
    for w in result.warnings:
        click.echo(f"warning: {w.source}:{w.line}: {w.message}", err=True)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--numbers", is_flag=True, help="Put each line's number before it, as citations and warnings count them.")
def text(file: str, numbers: bool) -> None:
    """Print FILE's text as the parser reads it (decoded; a web page without its markup, a Word document's
    paragraphs), the text that events' lines and character offsets count in."""
    try:
        src = load_source(file)
    except EtlError as exc:
        raise click.ClickException(str(exc)) from None
    if not numbers:
        sys.stdout.write(src.text)
        return
    for ln in src.lines:
        sys.stdout.write(f"{ln.lineno:>6}  {ln.text}\n")


def _parse_job(job: tuple[Path, dict, object, dt.datetime]) -> tuple[Path, dict, object]:
    """Parse one file (in a worker process): its LoadItem, without its events, and its rows as columns;
    or the error message."""
    from .load import LoadItem, columns

    path, meta, period, now = job
    p = parse_period(meta["period"]) if meta.get("period") else period
    try:
        result = parse_source(load_source(path), p, url=meta.get("url"))
    except EtlError as exc:
        return path, meta, str(exc)
    except (OSError, UnicodeError, ValueError) as exc:  # unreadable file: report it, keep going
        return path, meta, f"{path}: cannot be read ({exc})"
    item = LoadItem(result, url=meta.get("url"), description=meta.get("source"), issuer=meta.get("issuer"),
                    period=str(p) if p else None)
    light = msgspec.structs.replace(result, events=[], documents=[], appointments=[])
    return path, meta, (dataclasses.replace(item, result=light, n_events=len(result.events)), columns(item, now))


def _parse_batch(jobs: list[tuple[Path, dict, object, dt.datetime]]) -> list[tuple[Path, dict, object]]:
    """Parse several files (in a worker process) and frame their rows together as one Batch: what
    crosses to the loading process, the one that cannot be parallel, is the parse results without their
    events and a few Arrow buffers per table, not millions of Python values."""
    from .load import Batch

    done = [_parse_job(job) for job in jobs]
    parsed = [o for _, _, o in done if not isinstance(o, str)]
    batch = Batch.of([cols for _, cols in parsed])
    for k, (item, _) in enumerate(parsed):
        item.batch = (batch, k)
    return [(path, meta, o if isinstance(o, str) else o[0]) for path, meta, o in done]


BATCH_FILES = 64  # files per task handed to a parsing process (framing 16 cost twice as much per row)


def _ingest(files: list[tuple[Path, dict]], db: str, period, *, fresh: bool = False, jobs: int = 0) -> None:
    """Parse every file (in `jobs` processes; a bad file is reported and skipped) and stream the results
    into one atomic load: the database changes only if something could be loaded."""
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .load import ingest_time, load

    jobs = jobs or min(os.cpu_count() or 1, 8)
    failed: list[str] = []
    warned: list = []
    now = ingest_time()
    work = [(Path(p), meta, period, now) for p, meta in files]
    # forkserver: workers fork from a clean process, never from one holding DuckDB or server threads
    pool = (ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("forkserver"))
            if jobs > 1 and len(work) > 8 else None)
    # (fewer files per task for a small folder, so that every process gets some: four tasks each at least)
    size = max(1, min(BATCH_FILES, -(-len(work) // (4 * jobs))))
    tasks = [work[i:i + size] for i in range(0, len(work), size)]
    batches = pool.map(_parse_batch, tasks) if pool else map(_parse_batch, tasks)
    results = (done for batch in batches for done in batch)

    def items():
        with click.progressbar(results, length=len(work), label="parsing", file=sys.stderr, show_pos=True) as bar:
            for path, meta, outcome in bar:
                if isinstance(outcome, str):
                    failed.append(outcome)
                    continue
                warned.extend(outcome.result.warnings)
                if not outcome.events:
                    failed.append(f"{path}: no chronicle entries found, nothing to load from it "
                                  f"(is it a 大事记? see the warnings above)")
                    continue
                yield outcome

    def report() -> None:
        for w in warned[:200]:
            click.echo(f"warning: {w.source}:{w.line}: {w.message}", err=True)
        if len(warned) > 200:
            click.echo(f"warning: … {len(warned) - 200} more (see /sources in the API)", err=True)
        for msg in failed:
            click.echo(f"error: {msg}", err=True)

    try:
        stream = items()
        first = next(stream, None)
        if first is None:
            report()
            raise click.ClickException("nothing could be loaded; the database is unchanged")
        try:
            summary = load(itertools.chain([first], stream), db, fresh=fresh, now=now)
        except EtlError as exc:
            report()
            raise click.ClickException(str(exc)) from None
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    report()
    click.echo(
        f"{db}: {len(summary.loaded)} loaded ({len(summary.replaced)} replaced), {len(summary.unchanged)} unchanged; "
        f"{summary.sections} sections, {summary.events} events, {summary.warnings} warnings; "
        f"{summary.people} people in the database"
        + (f" ({', '.join(f'{k} {v:.1f} s' for k, v in summary.timings.items())})" if summary.timings else "")
        + ("; parser compiled (mypyc)" if is_compiled() else "")
    )
    if failed:
        click.echo(f"{len(failed)} file(s) could not be read (see above)", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to create or update.")
@click.option("--period", callback=_period, help="YYYY or YYYY-MM for files whose headings do not say.")
@click.option("--url", help="Where the text was published (one file only).")
@click.option("--issuer", help="Jurisdiction that published the chronicle (e.g. 聊城市人民政府).")
@click.option("--jobs", type=int, default=0, help="Parsing processes (default: one per core).")
def ingest(files: tuple[str, ...], db: str, period, url: str | None, issuer: str | None, jobs: int) -> None:
    """Parse FILES and load them into the database; the same file twice changes nothing."""
    meta = {"url": url if len(files) == 1 else None, "issuer": issuer}
    _ingest([(Path(f), meta) for f in files], db, period, jobs=jobs)


def sample_files(sample_dir: Path = SAMPLE_DIR) -> list[tuple[Path, dict]]:
    """The bundled sample with its manifest (source URL, period, issuer of each file)."""
    manifest = json.loads((sample_dir / "manifest.json").read_text(encoding="utf-8"))
    return [(sample_dir / row["file"], row) for row in manifest["files"]]


def folder_files(folder: Path) -> list[tuple[Path, dict]]:
    """The chronicles in a folder: its manifest.json's files when it has one (same layout as the
    sample's), else every *.txt, web page (*.html, *.htm) and Word document (*.docx, *.doc) in it, sorted by
    name."""
    if (folder / "manifest.json").exists():
        return sample_files(folder)
    return [(p, {}) for p in sorted(folder.rglob("*")) if p.suffix.lower() in CHRONICLE_SUFFIXES and p.is_file()]


def build_sample_database(db: str | Path) -> None:
    """(Re)build `db` from the bundled sample, atomically."""
    _ingest(sample_files(), str(db), None, fresh=True)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to (re)build.")
@click.option("--source", "folder", type=click.Path(path_type=Path, file_okay=False),
              help="Folder of chronicles (*.txt, *.html, *.docx, *.doc, optional manifest.json); the bundled sample when absent or empty.")
@click.option("--jobs", type=int, default=0, help="Parsing processes (default: one per core).")
def build(db: str, folder: Path | None, jobs: int) -> None:
    """(Re)build the database from a folder of chronicles, or from the bundled sample (the compose `etl` job)."""
    files = folder_files(folder) if folder and folder.is_dir() else []
    if not files:
        click.echo(f"no chronicles in {folder}: building the bundled sample" if folder else
                   "building the bundled sample", err=True)
        files = sample_files()
    _ingest(files, db, None, fresh=True, jobs=jobs)


@cli.command("build-sample")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to (re)build.")
def build_sample(db: str) -> None:
    """Build the default database from the bundled sample (data/sample)."""
    build_sample_database(db)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to describe.")
@click.option("--build-missing", is_flag=True, help="Build the sample database first if the file does not exist.")
def stats(db: str, build_missing: bool) -> None:
    """Print what the database holds: sources, sections, events, people, the busiest officials."""
    import duckdb

    if not Path(db).exists():
        if not build_missing:
            raise click.ClickException(f"{db}: no such database (run build-sample)")
        build_sample_database(db)
    con = duckdb.connect(db, read_only=True)
    try:
        for table in ("sources", "chronicles", "events", "people", "participants", "warnings"):
            n = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]  # fixed table names
            click.echo(f"{table:<13}{n:>8}")
        lo, hi = con.execute("SELECT min(date_start), max(date_end) FROM events").fetchall()[0]
        click.echo(f"{'dates':<13}{lo} .. {hi}")
        click.echo("busiest officials:")
        for name, issuer, n, first, last in con.execute(
            "SELECT name, issuer, n_events, first_date, last_date FROM people ORDER BY n_events DESC, name LIMIT 10"
        ).fetchall():
            click.echo(f"  {name:<6}{issuer or '':<16}{n:>4} events  {first} .. {last}")
    finally:
        con.close()


@cli.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to export.")
@click.option("--parquet", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Directory to write (replaced): TABLE/issuer=…/year=…/*.parquet")
def export_cmd(db: str, out: Path) -> None:
    """Every table as Parquet, partitioned by issuer and year (hive layout), for DuckDB, Spark, Trino, Polars."""
    from .export import export_parquet

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database")
    try:
        counts = export_parquet(db, out)
    except EtlError as exc:
        raise click.ClickException(str(exc)) from None
    for name, n in counts.items():
        click.echo(f"{name:<14}{n:>10}")
    click.echo(f"{out}: {len(counts)} tables")


@cli.command("synth")
@click.option("--events", "n_events", type=int, default=10_000, show_default=True, help="About how many events.")
@click.option("--cities", type=int, default=10, show_default=True)
@click.option("--years", type=int, default=2, show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--seed", type=int, default=1, show_default=True)
@click.option("--shapes", default="gazette,web,yearbook", show_default=True,
              help="The formats written, one per city in turn: gazette, web, yearbook, news, table, list.")
def synth_cmd(n_events: int, cities: int, years: int, out: Path, seed: int, shapes: str) -> None:
    """Write a synthetic corpus with its true events (OUT/gold), e.g. for ../shared/eval/run.sh OUT."""
    from .synth import synth

    try:
        counts = synth(n_events, cities, years, out, seed, shapes=tuple(s.strip() for s in shapes.split(",") if s.strip()))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--shapes") from exc
    click.echo(f"{out}: {counts['files']} files, {counts['events']} events")


@cli.command("compile")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path), default="build/compiled")
def compile_cmd(out: Path) -> None:
    """Compile the parser with mypyc into OUT/etl (needs mypy and gcc; about a minute): the same output,
    parsed faster. Use it by running from OUT: `cd OUT && python -m etl build …`."""
    from .compiled import compile_into

    try:
        target = compile_into(out)
    except EtlError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{target}: the parser compiled; run `cd {out} && python -m etl build …` to use it")


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to verify.")
def check(db: str) -> None:
    """Verify the database: every event has a source, every participant a person, no duplicate sources,
    counts consistent. Exits 1 on any violation."""
    import duckdb

    from queries import sql

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database")
    try:
        con = duckdb.connect(db, read_only=True)
    except duckdb.Error as exc:
        raise click.ClickException(f"{db}: cannot be opened as a database ({exc})") from None
    try:
        rows = con.execute(sql("check")).fetchall()
    except duckdb.Error as exc:
        raise click.ClickException(f"{db}: not a dashiji database or damaged ({exc})") from None
    finally:
        con.close()
    bad = [(name, n, ex) for name, n, ex in rows if n]
    for name, n, ex in rows:
        click.echo(f"{'FAIL' if n else 'ok  '}  {name}" + (f": {n} (e.g. {ex})" if n else ""))
    if bad:
        raise click.ClickException(f"{db}: {len(bad)} check(s) failed")
    click.echo(f"{db}: all {len(rows)} checks passed")


@cli.group()
def people() -> None:
    """The people registry: who the database thinks each official is."""


def _open_read_only(db: str):
    import duckdb

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database (run build-sample)")
    return duckdb.connect(db, read_only=True)


@people.command("list")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
@click.option("--q", "query", help="Only names, keys or titles containing this.")
@click.option("--limit", default=50, show_default=True, help="How many (busiest first); 0 for all.")
def people_list(db: str, query: str | None, limit: int) -> None:
    """Print the registry: id, key (name@jurisdiction, as overrides name it), rank, counts, span, latest title."""
    con = _open_read_only(db)
    try:
        rows = con.execute(
            "SELECT person_id, person_key, office_level, office_grade, n_events, n_appointments, first_date, "
            "last_date, title, aliases FROM people WHERE $q::VARCHAR IS NULL OR contains(person_key, $q) "
            "OR contains(title, $q) ORDER BY n_events DESC, n_appointments DESC, person_key "
            "LIMIT CASE WHEN $limit > 0 THEN $limit END", {"q": query, "limit": limit}).fetchall()
    finally:
        con.close()
    for pid, key, level, grade, n, na, first, last, title, aliases in rows:
        alias = f"  (also {'、'.join(aliases)})" if aliases else ""
        click.echo(f"{pid}  {key:<24} {level}/{grade:<8} {n:>4} events {na:>2} notices  {first} .. {last}  "
                   f"{title}{alias}")


@people.command("check")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
def people_check(db: str) -> None:
    """The identity report: people, mentions, bare names resolved or not, and each override's effect.
    Exits non-zero when a bare name was left unresolved although a titled mention could resolve it,
    or an override matched nothing."""
    from .registry import read_report

    con = _open_read_only(db)
    try:
        r = read_report(con)
        unresolved = con.execute(
            "SELECT p.name, e.issuer, count(*) FROM participants p JOIN events e USING (event_id) "
            "WHERE p.title = '' AND NOT EXISTS (SELECT 1 FROM participants q JOIN events f USING (event_id) "
            "WHERE q.name_norm = p.name_norm AND q.title <> '' AND f.issuer IS NOT DISTINCT FROM e.issuer) "
            "GROUP BY ALL ORDER BY 3 DESC, 1 LIMIT 20").fetchall()
    finally:
        con.close()
    click.echo(f"people                 {r.people}")
    click.echo(f"mentions               {r.mentions}  (participations and appointment records)")
    click.echo(f"bare names             {r.bare}")
    click.echo(f"  resolved             {r.bare_resolved}  to the titled person of that name in the same issuer "
               f"({r.bare_elsewhere} to an office outside it)")
    click.echo(f"  unresolved           {r.bare_unresolved}  no titled mention in the issuer: kept as the issuer's")
    click.echo(f"  resolvable, missed   {r.bare_resolvable_unresolved}")
    click.echo(f"people with several written forms merged  {r.merged_names}")
    for name, issuer, n in unresolved:
        click.echo(f"    unresolved: {name} in {issuer} ×{n}")
    click.echo(f"overrides              {len(r.overrides)}")
    idle = 0
    for kind, rule, n in r.overrides:
        click.echo(f"  {kind:<7} {rule}: {n} mentions")
        idle += n == 0
    if r.bare_resolvable_unresolved or idle:
        raise click.ClickException(f"{r.bare_resolvable_unresolved} bare names missed, {idle} overrides matched nothing")


if __name__ == "__main__":
    main()
