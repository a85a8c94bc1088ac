"""The one place that asks the database: SQL files in `sql/`, loaded by name."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def sql(name: str) -> str:
    """The text of queries/sql/<name>.sql (names are fixed strings in code, never user input)."""
    if not name.replace("_", "").isalnum():
        raise ValueError(f"bad query name {name!r}")
    return resources.files("queries").joinpath(f"sql/{name}.sql").read_text(encoding="utf-8")
