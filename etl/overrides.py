"""Curators' corrections to the people registry (data/people-overrides.toml): merge, split, rename."""
from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "people-overrides.toml"


@dataclass(frozen=True)
class Split:
    person: str
    start: dt.date
    new: str


@dataclass
class Overrides:
    """Parsed overrides; `path` is where they came from (for messages)."""

    path: str = ""
    merges: dict[str, str] = field(default_factory=dict)  # key → the key it merges into
    splits: list[Split] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)  # key → display name

    def rules(self) -> list[tuple[str, str]]:
        """(kind, description) of every rule, for `etl people check`."""
        out = [("merge", f"{k} → {v}") for k, v in self.merges.items()]
        out += [("split", f"{s.person} from {s.start} → {s.new}") for s in self.splits]
        out += [("rename", f"{k} shown as {v}") for k, v in self.renames.items()]
        return out


def _key(value: object, where: str) -> str:
    if not isinstance(value, str) or "@" not in value:
        raise InputError(f"{where}: expected \"name@jurisdiction\", got {value!r}")
    return value.strip()


def load_overrides(path: str | Path | None = None) -> Overrides:
    """Read the overrides file (env DASHIJI_PEOPLE_OVERRIDES, else data/people-overrides.toml); none → empty."""
    path = Path(path or os.environ.get("DASHIJI_PEOPLE_OVERRIDES") or DEFAULT_PATH)
    if not path.exists():
        return Overrides(str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: {exc}", path=str(path)) from None
    out = Overrides(str(path))
    for n, rule in enumerate(data.get("merge", []), 1):
        people = [_key(p, f"{path}: merge #{n}") for p in rule.get("people", [])]
        if len(people) < 2:
            raise InputError(f"{path}: merge #{n} needs at least two people", path=str(path))
        for p in people[1:]:
            out.merges[p] = people[0]
    for n, rule in enumerate(data.get("split", []), 1):
        try:
            start = dt.date.fromisoformat(str(rule["from"]))
        except (KeyError, ValueError):
            raise InputError(f"{path}: split #{n} needs from = \"YYYY-MM-DD\"", path=str(path)) from None
        out.splits.append(Split(_key(rule.get("person"), f"{path}: split #{n}"), start,
                                _key(rule.get("as"), f"{path}: split #{n}")))
    for n, rule in enumerate(data.get("rename", []), 1):
        out.renames[_key(rule.get("person"), f"{path}: rename #{n}")] = str(rule.get("name", "")).strip()
    return out
