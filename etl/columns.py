"""Columns: text layers of PDFs laid out in columns side by side (a yearbook page printed in two or three
columns, a photo caption beside the body text) are read column by column.

`pdftotext -layout` and flipbook viewers write such a page line by line across all its columns, the
columns apart by runs of spaces: `9 日   中国水产科学院淡水渔            中心会见在全国…`. Read as lines,
every entry would be cut into pieces of three. Here a line is split where a wide run of spaces
stands, each piece is placed by its display position (a CJK character is two columns wide), the
positions are grouped into columns, and each column is read top to bottom before the next. The
pieces keep their line numbers and offsets, so provenance still points into the file as written.
Columns set apart by single spaces (some text layers do that) cannot be told from the text's own spaces
and are left as they are.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .source import Line

GAP = re.compile(r" {6,}")  # what separates columns: in-column gaps (`9 日   正文`) are narrower
SPREAD = 14  # positions this close (in display columns) start the same column
MIN_SHARED = 3  # lines that must have text in two columns before a block is read as columns
_DATE_ONLY = re.compile(r"^(?:[△▲Δ∆]\s*)?(?:\d{1,4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日?$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pieces(text: str) -> list[tuple[int, int, int]]:
    """(display position, start, end) of each run of text between wide gaps of spaces."""
    out = []
    pos = 0
    stripped = len(text) - len(text.lstrip(" "))
    for part in GAP.split(text[stripped:]) if text.strip() else []:
        start = text.index(part, pos) if part else pos
        if part.strip():
            out.append((_width(text[:start]), start, start + len(part.rstrip())))
        pos = start + len(part)
    return out


def _columns(starts: list[int]) -> list[tuple[int, int]]:
    """Display ranges of the columns: piece positions grouped where they lie within SPREAD of each other."""
    groups: list[list[int]] = []
    for s in sorted(starts):
        if groups and s - groups[-1][-1] <= SPREAD:
            groups[-1].append(s)
        else:
            groups.append([s])
    return [(g[0], g[-1]) for g in groups]


def reflow(lines: tuple[Line, ...], boundary: Callable[[str], bool] = lambda t: False) -> tuple[Line, ...]:
    """The lines read column by column where the text is laid out in columns; as they are otherwise.
    Each page (the lines between two `boundary` lines: running headers, page numbers) is read on its own."""
    if not any(GAP.search(ln.text.strip()) for ln in lines):
        return lines  # the common case: nothing side by side
    out: list[Line] = []
    block: list[Line] = []
    for ln in lines:
        if boundary(ln.text.strip()):
            out += _reflow_block(block)
            out.append(ln)
            block = []
        else:
            block.append(ln)
    return tuple(out + _reflow_block(block))


def _reflow_block(lines: list[Line]) -> list[Line]:
    placed = [(ln, _pieces(ln.text)) for ln in lines]
    cols = _columns([p for _, ps in placed for p, _, _ in ps])
    if len(cols) < 2:
        return lines

    def column_of(pos: int) -> int:
        return next(i for i, (lo, hi) in enumerate(cols) if lo <= pos <= hi)

    shared = sum(1 for _, ps in placed if len({column_of(p) for p, _, _ in ps}) >= 2)
    texts = [[ln.text[a:b] for ln, ps in placed for p, a, b in ps if column_of(p) == c] for c in range(len(cols))]
    # a date alone before its text (`1月5日        正文`) is one column with a wide gap, not two columns
    dated = any(sum(bool(_DATE_ONLY.match(t.strip())) for t in ts) * 2 > len(ts) for ts in texts)
    if dated or shared < MIN_SHARED and not (shared and len(cols) == 2):
        return lines
    out: list[Line] = []
    for c in range(len(cols)):
        for ln, ps in placed:
            mine = [(a, b) for p, a, b in ps if column_of(p) == c]
            if mine:  # the column's text on this line, from its first piece to its last
                a, b = mine[0][0], mine[-1][1]
                out.append(Line(ln.text[a:b], ln.lineno, ln.start + a))
            elif c == 0 and not ps:
                out.append(ln)  # blank lines keep their place in the first column
    return out
