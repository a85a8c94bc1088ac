"""A chronicle written in traditional characters reads as the same chronicle (台湾、香港 copies, and the many
mainland pages that a converter turned traditional, such as 桐城 2012 大事記 or 慶元縣大事記)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pytest

from etl.script import to_simplified

from .conftest import SAMPLE_DIR, event_keys, sample_periods

PERIODS = sample_periods()


@lru_cache(maxsize=1)
def _s2t() -> dict[int, str]:
    """Each simplified character's first traditional form, from OpenCC's table (character for character, so
    that no phrase converter's choice, 了解 → 瞭解, changes the text)."""
    text = resources.files("opencc").joinpath("dictionary/STCharacters.txt").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if "\t" in line)
    return {ord(s): t.split(" ")[0] for s, t in pairs if len(s) == 1 and len(t.split(" ")[0]) == 1}


@pytest.mark.parametrize("path", sorted(SAMPLE_DIR.glob("*.txt")), ids=lambda p: p.name)
def test_a_chronicle_converted_to_traditional_gives_the_same_events(path) -> None:
    text = path.read_text(encoding="utf-8")
    traditional = text.translate(_s2t())
    assert traditional != text
    as_written = event_keys(text.encode("utf-8"), path.name, PERIODS[path.name])
    converted = event_keys(traditional.encode("utf-8"), path.name, PERIODS[path.name])
    # (names and titles keep the script they were written in: compared in simplified)
    assert to_simplified(repr(converted)) == to_simplified(repr(as_written))


@pytest.mark.parametrize("name", ["dev-034.txt", "dev-015.txt", "dev-062.txt"])
def test_no_break_spaces_of_a_web_copy_read_as_spaces(name: str) -> None:
    # a page copied from a browser keeps &nbsp; as U+00A0: after a bullet (■\xa05月20日), in a source line
    # (Original\xa0URL:), as indentation; those lists read as they do with plain spaces
    text = (SAMPLE_DIR / name).read_text(encoding="utf-8")
    assert " " in text
    as_written = event_keys(text.encode("utf-8"), name, PERIODS[name])
    with_nbsp = event_keys(text.replace(" ", "\u00a0").encode("utf-8"), name, PERIODS[name])
    assert repr(with_nbsp).replace("\\xa0", " ") == repr(as_written)
