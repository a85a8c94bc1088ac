"""Event types and topics from the editable taxonomy (`taxonomy.toml`), by keyword rules."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .script import to_simplified


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    en: str
    words: tuple[str, ...]
    pattern: re.Pattern[str] | None = None  # the words as one alternation: one scan per category

    def found_in(self, text: str) -> bool:
        return bool(self.pattern and self.pattern.search(text))


@dataclass(frozen=True, slots=True)
class Taxonomy:
    event_types: tuple[Category, ...]
    topics: tuple[Category, ...]

    def classify(self, text: str, agenda: list[str] | None = None) -> tuple[str, list[str]]:
        """The entry's event type (the first whose words occur in the text; the last type is the fallback)
        and its topics (every one whose words occur in the text or the agenda, in taxonomy order)."""
        t = to_simplified(text)
        kind = next((cat.name for cat in self.event_types if cat.found_in(t)), self.event_types[-1].name)
        # conversion is character by character, so the joined copy is the copy of the join
        both = t + "\n" + to_simplified("\n".join(agenda or []))
        return kind, [cat.name for cat in self.topics if cat.found_in(both)]


def _categories(rows: list[dict]) -> tuple[Category, ...]:
    out = []
    for r in rows:
        words = tuple(r.get("words", []))
        rx = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None
        out.append(Category(r["name"], r.get("en", ""), words, rx))
    return tuple(out)


@lru_cache(maxsize=4)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    """The taxonomy from `path`, or the bundled etl/taxonomy.toml."""
    text = Path(path).read_text(encoding="utf-8") if path else resources.files("etl").joinpath("taxonomy.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return Taxonomy(_categories(data.get("event_type", [])), _categories(data.get("topic", [])))
