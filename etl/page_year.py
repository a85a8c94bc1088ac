"""The year of a section's entries where neither the caller's period nor any heading gives it: the year a yearbook's
volume records, the page's own date, or the one year the text before the entries names (each a guess the parse
warns about)."""
from __future__ import annotations

import re

from .dates import BULLETS, match_prefix, month_heading, page_date, year_heading, yearbook_year
from .gazette import Section
from .script import to_simplified
from .source import Source

_HEAD_CHARS = 400  # (where a page names the yearbook it is from: its first lines)


def _page_year(sec: Section, texts: list[str]) -> tuple[int, int, int | None] | None:
    """(line, year, month or None) of the page's own date among a section's furniture, where its first dated line is
    of that month or of the two before it (a digest published soon after; not a yearbook page put online years
    later); the page's month too where the entries say only their days, none after the page's."""
    dated = next(((ln.lineno, d) for ln, _ in sec.dropped if (d := page_date(to_simplified(ln.text))) is not None), None)
    if dated is None:
        return None
    lineno, (year, month, day) = dated
    in_force: int | None = None  # (a month's heading over the first entry)
    last_day = 0  # (the latest day of the entries that say only their day)
    for text in texts:
        if (heading := month_heading(text)) is not None:
            in_force = heading[1]
            continue
        pre = match_prefix(text)
        if pre is None:
            continue
        if (said := pre.month or in_force) is not None:
            return (lineno, year, None) if 0 <= month - said <= 2 else None
        last_day = max(last_day, pre.day2 or pre.day or 0)
    # (a half month's digest published the next day: its month too; not a month's list published the next month,
    # whose days run past the page's; no line that opens with a date: a digest run together under a time stamp)
    return (lineno, year, month if day is not None and last_day <= day else None)


# (or a full date in figures, 山西省委书记的一周(2023.2.27-2023.3.5): its year)
_YEAR_SAID = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*年|([.．/-])\d{1,2}\2\d{1,2}(?!\d))")


def _preamble_year(sec: Section, texts: list[str]) -> tuple[int, int] | None:
    """(line, year) of the one year the text before a section's first dated line speaks of (转眼间我们已站在2024年的尾声
    回望。… 2024年，我们携手同行), or None where it names none or several."""
    years: set[str] = set()
    first = 0
    for ln, text in zip(sec.lines, texts):
        if not text:
            continue
        if (match_prefix(text) is not None and not _YEAR_SAID.match(text)) or text[:1] in BULLETS:
            break  # (the first entry, dated or bulleted: a year its text names is no page's)
        found = [m.group(1) for m in _YEAR_SAID.finditer(text)]
        if found and not years:
            first = ln.lineno
        years.update(found)
    return (first, int(years.pop())) if len(years) == 1 else None


def _says_its_years(texts: list[str]) -> bool:
    """Does a line of the section head a year or open with a date that says its year (the entries' own years)?"""
    for text in texts:
        if text[:1].isdigit() or text[:1] in "一二〇公【(（":  # (a cheap test first: where a year can begin)
            if year_heading(text) or ((pre := match_prefix(text)) is not None and pre.year is not None):
                return True
    return False


def year_elsewhere(src: Source, sec: Section) -> tuple[int, int, int | None, str] | None:
    """(line, year, month or None, where from) where no period or heading gives a section's year, nor do its
    entries: the year a yearbook's volume records, the page's date, or the one year the text before the entries
    names."""
    texts = [to_simplified(ln.text.strip()) for ln in sec.lines]  # (the section's lines, read once for all three)
    if _says_its_years(texts):
        return None
    if (recorded := yearbook_year(to_simplified(src.text[:_HEAD_CHARS]))) is not None:
        return (sec.lines[0].lineno if sec.lines else 1, recorded, None, "the yearbook's volume, which records it")
    if (found := _page_year(sec, texts)) is not None:
        return (found[0], found[1], found[2], "the page's date")
    if (said := _preamble_year(sec, texts)) is not None:
        return (said[0], said[1], None, "the one year the text before the entries names")
    return None
