"""`python -m api` / `dashiji-api`: serve the database with uvicorn, building the sample first if missing."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .settings import Settings


def ensure_database(path: Path) -> None:
    """Build the bundled sample into `path` when there is no database there yet."""
    if path.exists():
        return
    from etl.cli import build_sample_database  # the ETL is only needed here

    click.echo(f"{path} is missing: building it from the bundled sample …", err=True)
    build_sample_database(path)


def outdated(path: Path) -> str | None:
    """Why the database at `path` cannot be served (built by another version), or None."""
    import duckdb

    from queries import SCHEMA_VERSION

    from .db import schema_version

    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        return f"{path}: cannot be opened ({exc})"
    try:
        version = schema_version(con)
    finally:
        con.close()
    if version != SCHEMA_VERSION:
        return (f"{path} was built by another version of dashiji (schema {version}, this one reads "
                f"{SCHEMA_VERSION}); rebuild it: make sample, or python -m etl build-sample --db {path}")
    return None


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=click.Path(path_type=Path), default=None, help="Database file (env DASHIJI_DB).")
@click.option("--host", default=None, help="Interface (env DASHIJI_HOST, default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (env DASHIJI_PORT, default 8000).")
@click.option("--workers", type=int, default=None, help="Server processes (env DASHIJI_WORKERS, default 1).")
@click.option("--no-build", is_flag=True, help="Fail instead of building the sample when the database is missing.")
def main(db: Path | None, host: str | None, port: int | None, workers: int | None, no_build: bool) -> None:
    """Serve the dashiji API (uvicorn) on the chronicle database."""
    import os

    import uvicorn

    settings = Settings.from_env(db=db, host=host, port=port, workers=workers)
    if not settings.db.exists():
        if no_build or not settings.build_missing:
            click.echo(f"error: {settings.db}: no database; build one with `python -m etl build-sample`", err=True)
            sys.exit(2)
        ensure_database(settings.db)
    problem = outdated(settings.db)
    if problem:
        click.echo(f"error: {problem}", err=True)
        sys.exit(2)
    # Worker processes build their own app from the environment: pass the resolved settings down.
    os.environ.update({"DASHIJI_DB": str(settings.db.resolve()), "DASHIJI_HOST": settings.host,
                       "DASHIJI_PORT": str(settings.port)})
    from uvicorn.supervisors import Multiprocess

    from .serve import TcpConfig

    config = TcpConfig("api.app:create_app", factory=True, host=settings.host, port=settings.port,
                        workers=settings.workers, log_level="info", proxy_headers=True)
    if config.workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
    else:
        uvicorn.Server(config).run()
