"""Service settings: one dataclass, read from DASHIJI_* environment variables."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path


def _env_list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


@dataclass(frozen=True)
class Settings:
    """Everything the service can be told; each field is read from `DASHIJI_<FIELD>` in upper case."""

    db: Path = Path("var/dashiji.duckdb")
    """DASHIJI_DB: the DuckDB file built by `python -m etl` (opened read-only; a swapped-in file is picked up)."""
    host: str = "127.0.0.1"
    """DASHIJI_HOST: interface to listen on (0.0.0.0 inside a container)."""
    port: int = 8000
    """DASHIJI_PORT: TCP port."""
    workers: int = 1
    """DASHIJI_WORKERS: server processes; each opens the database read-only."""
    cors_origins: tuple[str, ...] = ()
    """DASHIJI_CORS_ORIGINS: comma-separated origins allowed to call the API from a browser (none by default)."""
    query_timeout: float = 10.0
    """DASHIJI_QUERY_TIMEOUT: seconds a query may run before it is interrupted and answered 503."""
    page_size: int = 50
    """DASHIJI_PAGE_SIZE: items per page when `limit` is not given."""
    max_page_size: int = 1000
    """DASHIJI_MAX_PAGE_SIZE: the largest `limit` accepted on JSON lists (larger is a 400)."""
    max_export_rows: int = 100_000
    """DASHIJI_MAX_EXPORT_ROWS: the largest `limit` for csv/ndjson/parquet exports (their default)."""
    db_threads: int = 0
    """DASHIJI_DB_THREADS: DuckDB threads per query (0: the cores divided by the workers)."""
    db_concurrency: int = 0
    """DASHIJI_DB_CONCURRENCY: queries run at once per process (0: twice the DuckDB threads); others wait."""
    queue_timeout: float = 30.0
    """DASHIJI_QUEUE_TIMEOUT: seconds a query may wait for its turn before the answer is 503."""
    heavy_concurrency: int = 4
    """DASHIJI_HEAVY_CONCURRENCY: co-attendance and text searches allowed to run at once; more get 429."""
    cache_mb: int = 64
    """DASHIJI_CACHE_MB: memory per process for whole responses, kept per database file (0: none)."""
    max_request_bytes: int = 65_536
    """DASHIJI_MAX_REQUEST_BYTES: the largest request body accepted (the API only reads; bodies are unused)."""
    base_url: str = ""
    """DASHIJI_BASE_URL: public origin used in `next` links (e.g. https://dashiji.example.org); the request's own when empty."""
    build_missing: bool = True
    """DASHIJI_BUILD_MISSING: build the bundled sample database at start when `db` does not exist (python -m api)."""

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> "Settings":
        """Settings from the environment (or `env`), then explicit overrides (from the command line)."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f"DASHIJI_{f.name.upper()}")
            if raw is None:
                continue
            kind = str(f.type).split("[")[0]
            try:
                if kind == "bool":
                    values[f.name] = raw.strip().lower() in ("1", "true", "yes", "on")
                elif kind == "tuple":
                    values[f.name] = _env_list(raw)
                else:
                    values[f.name] = {"Path": Path, "int": int, "float": float}.get(kind, str)(raw)
            except ValueError:
                raise ValueError(f"DASHIJI_{f.name.upper()}={raw!r} is not a valid {kind}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
