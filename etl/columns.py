"""Columns: text layers of PDFs laid out in columns side by side (a yearbook page printed in two or three
columns, a photo caption beside the body text) are read column by column.

`pdftotext -layout` and flipbook viewers write such a page line by line across all its columns, the
columns apart by runs of spaces: `9 日   中国水产科学院淡水渔            中心会见在全国…`. Read as lines,
every entry would be cut into pieces of three. Here a line is split where a wide run of spaces
stands, each piece is placed by its display position (a CJK character is two columns wide), the
positions are grouped into columns, and each column is read top to bottom before the next. The
pieces keep their line numbers and offsets, so provenance still points into the file as written.
Flipbook and some PDF text layers set the columns apart by a single space (`评审会召开,…消除工 奖。区委…`).
There the columns are told by their width instead (see _split_narrow): a justified column holds the
same number of characters on every full line, so a page where most lines hold two columns' worth, and
many split at one space into a first part of one constant length, is cut at the space nearest that
length, or where a sentence ends, or where a new entry begins. On a page of three such columns a line
may hold text in only two of them: its parts go to the columns they read on in best (see _three_columns).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import combinations

from .dates import DASH, MARKERS
from .names import CJK
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


# a photo's caption beside the text (8 月 23 日,清名桥…入选江苏“运河百景”。图为清名桥      44.73 米夺): its own line
DATED_CAPTION = re.compile(r"^\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，][^。]{0,80}。\s*[图圖][为為爲]")


def _apart_from_captions(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A line that holds a photo's caption and, after a wide gap, the text beside it, as two lines: the caption
    (page furniture) and the text, which goes on with its entry."""
    out: list[Line] = []
    for ln in lines:
        if (("图" in ln.text or "圖" in ln.text) and (caption := DATED_CAPTION.match(ln.text)) is not None
                and (gap := GAP.search(ln.text, caption.end())) is not None):
            out += [Line(ln.text[:gap.start()], ln.lineno, ln.start),
                    Line(ln.text[gap.end():], ln.lineno, ln.start + gap.end())]
        else:
            out.append(ln)
    return tuple(out) if len(out) != len(lines) else lines


# the characters of a yearbook's thumb label, printed one under another at the page's edge (大 / 事 / 记)
_THUMB = ("大", "事", ("记", "記"))
_THUMB_REACH = 3  # lines between two of its characters at most


def _without_thumb_label(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A page's edge label 大事记, set one character a line, which the text layer puts at the end of the lines
    beside it (`…夏尔 大`, `事`, `…8 个项目 记`): taken out, all three in order or none."""
    if not any(ln.text.rstrip().endswith(("大", " 事", "\t事")) or ln.text.strip() == "事" for ln in lines):
        return lines  # (the cheap test first)
    out = list(lines)
    i = 0
    while i < len(out):
        found: list[int] = []
        j = i
        for want in _THUMB:
            k = next((k for k in range(j, min(len(out), j + _THUMB_REACH + 1))
                      if (t := out[k].text.rstrip()).endswith(want) and (len(t.strip()) == 1 or t[-2:-1].isspace())), None)
            if k is None or (found and k == found[-1]):
                break
            found.append(k)
            j = k + 1
        if len(found) == 3:
            for k in found:
                t = out[k].text.rstrip()
                out[k] = Line(t[:-1].rstrip() if t.strip()[:-1] else "", out[k].lineno, out[k].start)
            i = found[-1] + 1
        else:
            i += 1
    return tuple(out)


def reflow(lines: tuple[Line, ...], boundary: Callable[[str], bool] = lambda t: False) -> tuple[Line, ...]:
    """The lines read column by column where the text is laid out in columns; as they are otherwise.
    Each page (the lines between two `boundary` lines: running headers, page numbers) is read on its own."""
    lines = _apart_from_captions(lines)
    wide = any(GAP.search(ln.text.strip()) for ln in lines)
    if not wide and not (_maybe_narrow(lines) and _column_width([t for ln in lines if (t := ln.text.strip())])):
        return lines  # the common case: nothing side by side
    lines = _without_thumb_label(lines)  # (a page's edge label is set beside its columns)
    read = _reflow_block if wide else _split_narrow
    out: list[Line] = []
    block: list[Line] = []
    for ln in lines:
        if boundary(ln.text.strip()):
            out += read(block)
            out.append(ln)
            block = []
        else:
            block.append(ln)
    result = tuple(out + read(block))
    return lines if result == lines else result


# --- columns apart by one space -------------------------------------------------------------------------

# a space between two CJK characters (or CJK punctuation that may end or begin a column's line)
_NARROW_GAP = re.compile(rf"(?<=[{CJK}，。、；：！？”’）》,;:!?])( {{1,5}})(?=[{CJK}“‘（《△▲☆□※\d])")
# ... and, in a layout of wide gaps (pdftotext -layout), a space after a digit too (其中 2 / 人获救: the line
# broke after the number; there spaces around numbers are the layout's, not letter-spacing)
_LAYOUT_GAP = re.compile(rf"(?<=[{CJK}，。、；：！？”’）》,;:!?\d])( {{1,5}})(?=[{CJK}“‘（《△▲☆□※\d])")
_SENTENCE_END = tuple("。！？；")


def _ends_sentence(text: str) -> bool:
    """Does the text end a sentence: a stop, or a closing quote after one (…“三不” is a quote inside one)."""
    t = text.rstrip()
    return t.endswith(_SENTENCE_END) or (t.endswith("”") and t[-2:-1] in "。！？；")
_OPENING = "“‘（《("  # (no column's line ends with one)
_ENDS_INSIDE = re.compile(r"[。！？；”]")
# an entry that begins a column's line: a day (26 日, 2 — 4 日), a marker, a month heading
_ENTRY_START = re.compile(rf"(?:(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*(?:{DASH}{{1,2}}\s*\d{{1,2}}\s*)?[日号]|[{MARKERS}※]|同日|是日|同月)")
MIN_NARROW_LINES = 8
_DATE_PART = re.compile(r"\d{1,4}\s*[年月日号]")  # (a number that is a date or a heading: 3月, 2001 年)


def _cells(text: str) -> float:
    """Printed width in characters: a CJK character one, a Latin letter or digit half, a space nothing (the
    text layer's spaces stand for letter-spacing and the gaps around numbers, not for print)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.0 if ch == " " else 0.5 for ch in text)


def _maybe_narrow(lines: tuple[Line, ...]) -> bool:
    """A cheap test first: enough short lines with a space between CJK characters."""
    n = 0
    for ln in lines:
        t = ln.text.strip()
        if 16 <= len(t) <= 90 and " " in t and _NARROW_GAP.search(t):
            n += 1
            if n >= MIN_NARROW_LINES:
                return True
    return False


def _column_width(texts: list[str]) -> int | None:
    """The characters of a full column line: the length most often found before a space of lines whose
    text before it is CJK only (the justified first column); None where no length dominates. Every space of
    a line is tried, as some text layers also space the text after a comma or around quotes (、 代区长…)."""
    counts: dict[int, int] = {}
    for t in texts:
        seen: set[int] = set()
        for gap in _NARROW_GAP.finditer(t):
            left = t[:gap.start()].replace(" ", "")
            if len(left) > 40 or any(ch.isascii() and ch.isalnum() for ch in left):
                break
            if len(left) >= 10 and len(left) not in seen:
                seen.add(len(left))
                counts[len(left)] = counts.get(len(left), 0) + 1
    if not counts:
        return None
    width, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return width if n >= 3 and n * 8 >= len(texts) else None


def _split_narrow(lines: list[Line]) -> list[Line]:
    texts = [ln.text.strip() for ln in lines]
    full = [t for t in texts if t]
    width = _column_width(full)
    if width is None or len(full) < MIN_NARROW_LINES:
        return lines
    cells = sorted(_cells(t) for t in full)
    if cells[len(cells) // 2] < 1.4 * width:  # most lines must hold more than one column
        return lines
    ncols = 3 if cells[-1] > 2.6 * width + 2 else 2
    if sum(c > ncols * width + 4 for c in cells) * 10 > len(cells):
        return lines  # lines longer than the columns could hold: paragraphs, not a page of columns
    if ncols == 3:
        return _three_columns(lines, width)
    columns: list[list[Line]] = [[] for _ in range(ncols)]
    for ln in lines:
        pieces = _cut(ln.text, width, ncols)
        if not pieces:
            columns[0].append(ln)  # blank lines keep their place in the first column
        first = 0
        if len(pieces) == 1 and ncols == 2 and columns[0] and columns[1]:
            # one part only: the first column's, unless the first column's sentence is done, the second's is
            # not, and this part goes on with it (the first column has ended, or has a blank line here)
            done = _ends_sentence(columns[0][-1].text)
            open_ = not _ends_sentence(columns[1][-1].text)
            if done and open_ and not _ENTRY_START.match(ln.text, pieces[0][0]):
                first = 1
        for c, (a, b) in enumerate(pieces, start=first):
            columns[c].append(Line(ln.text[a:b], ln.lineno, ln.start + a))
    return [ln for col in columns for ln in col]


BEAM = 12  # readings of a three-column page kept while its lines are placed


def _placement_score(text: str, state: bool | None) -> float:
    """How well a part of a line goes on in a column whose last part ended a sentence (True), did not (False),
    or which holds nothing yet (None): an entry begins after a finished sentence, other text goes on with an
    unfinished one."""
    if state is None:
        return 0.0
    if _ENTRY_START.match(text) is not None:
        return 0.5 if state else -1.0
    return 1.0 if not state else -1.5


def _three_columns(lines: list[Line], width: int) -> list[Line]:
    """Three columns one space apart, where a line may hold text in only two (a column's blank line, a heading):
    each line's parts are placed in the columns that read on best (an entry after a finished sentence, other
    text after an unfinished one), keeping the best few readings of the page so far, as a later full line
    may tell which was right (its parts must go on in every column)."""
    cuts = [_cut(ln.text, width, 3) for ln in lines]
    # (the page's header, above its first line of several columns, is read first and leaves the columns as
    # they were: Page 166 - …, P. 166, 30 2021 would otherwise open a column whose first text goes on from it)
    head = next((i for i, pieces in enumerate(cuts) if len(pieces) > 1), len(lines))
    # a reading: (score, each column's last state, the columns each line's parts went to)
    beams: list[tuple[float, tuple[bool | None, ...], tuple[tuple[int, ...], ...]]] = [
        (0.0, (None, None, None), tuple((0,) * len(pieces) for pieces in cuts[:head]))]
    for ln, pieces in zip(lines[head:], cuts[head:]):
        parts = [ln.text[a:b] for a, b in pieces]
        options = list(combinations(range(3), len(parts))) if parts else [()]
        grown = []
        for score, state, chosen in beams:
            for cols in options:
                new_state = list(state)
                gain = 0.0
                for c, part in zip(cols, parts):
                    gain += _placement_score(part, state[c])
                    new_state[c] = _ends_sentence(part)
                # (a column left without text on this line while its sentence is open: a small cost)
                gain -= 0.3 * sum(1 for c in range(3) if c not in cols and state[c] is False) if parts else 0.0
                grown.append((score + gain, tuple(new_state), chosen + (cols,)))
        grown.sort(key=lambda b: -b[0])  # (stable: the earlier columns first among equals)
        beams = grown[:BEAM]
    chosen = beams[0][2]
    columns: list[list[Line]] = [[], [], []]
    for ln, pieces, cols in zip(lines, cuts, chosen):
        if not pieces:
            columns[0].append(ln)  # blank lines keep their place in the first column
        for c, (a, b) in zip(cols, pieces):
            columns[c].append(Line(ln.text[a:b], ln.lineno, ln.start + a))
    return [ln for col in columns for ln in _heading_to_its_entry(col)]


_MONTH_BEFORE = re.compile(r"^\s*\d{1,2}\s*月(?:份)?\s+(?=\S)")


def _heading_to_its_entry(column: list[Line]) -> list[Line]:
    """A month heading that the text layer set at the start of a line going on with an open sentence (`8月 研,
    乘船了解…` after `…韩正在无锡调`): the text goes on where it is, the heading moves down to the column's next
    entry, the first it can head."""
    out = list(column)
    i = 0
    while i < len(out):
        ln = out[i]
        m = _MONTH_BEFORE.match(ln.text)
        before = next((p.text.strip() for p in reversed(out[:i]) if p.text.strip()), "") if m else ""
        if (m is not None and before and not _ends_sentence(before)
                and _ENTRY_START.match(ln.text, m.end()) is None):
            heading = Line(ln.text[:m.end()].rstrip(), ln.lineno, ln.start)
            out[i] = Line(ln.text[m.end():], ln.lineno, ln.start + m.end())
            j = next((k for k in range(i + 1, len(out)) if _ENTRY_START.match(out[k].text.lstrip())), len(out))
            out.insert(j, heading)
        i += 1
    return out


def _cut(text: str, width: int, ncols: int, gap: re.Pattern[str] = _NARROW_GAP) -> list[tuple[int, int]]:
    """(start, end) of each column's part of one line: cut at a space where the part so far is about a
    column wide (the space nearest that width), ends a sentence, or where the next column begins an entry."""
    lo, hi = len(text) - len(text.lstrip()), len(text.rstrip())
    if lo >= hi:
        return []
    gaps = [m for m in gap.finditer(text, lo, hi) if text[m.start() - 1] not in _OPENING]
    pieces: list[tuple[int, int]] = []
    start = lo
    for i, g in enumerate(gaps):
        if len(pieces) == ncols - 1:
            break
        if g.start() <= start:
            continue
        part = text[start:g.start()]
        size = _cells(part)
        if size < 2:
            continue  # (a marker or a day number before its text)
        nxt = text[g.end():g.end() + 12]
        ends = _ends_sentence(part)
        begins = _ENTRY_START.match(nxt) is not None and size >= width / 2
        if (nxt[:1].isdigit() and not begins and not ends and _DATE_PART.match(nxt) is None
                and _cells(text[start:hi]) <= width + 1.5):
            continue  # (基金规模 20 亿元。: the letter-spacing before a number, the rest of the line one column's)
        # (an entry's first line is indented and its date's digits print wider than the text layer counts them:
        # 21 ~ 23 日 中共中央政治局 is a full line)
        entry = _ENTRY_START.match(part) is not None
        fits = width - (6 if entry else 5) <= size <= width + 1.5
        if fits and not (ends or begins):
            if ncols == 2 and start == lo and _cells(text[lo:hi]) <= (width - 2.5 if entry else width):
                continue  # (the line is one column's: a first column's line is full unless it ends a sentence)
            # a later space within the width where the next column begins an entry, no sentence ending before it,
            # is the cut; else a later space nearer the width, unless only digits and brackets follow this one (an
            # entry's first line is indented by two characters, and the comma or space after its date prints
            # wider than the text layer counts it: its width is two and a half less)
            within = [h for h in gaps[i + 1:] if _cells(text[start:h.start()]) <= width + 1.5]
            if any(_ENTRY_START.match(text, h.end()) and not _ENDS_INSIDE.search(text, g.end(), h.start())
                   for h in within):
                continue
            later = next((h for h in within if not text[h.end()].isascii()), None)
            target = width - 2.5 if entry else width
            if later is not None and abs(_cells(text[start:later.start()]) - target) < abs(size - target):
                continue
        if (ends or begins) and not fits and _cells(text[g.end():hi]) > (ncols - len(pieces) - 1) * width + 2:
            continue  # (what follows would not fit the columns left: this stop is inside the column)
        if ends or begins or fits:
            pieces.append((start, g.start()))
            start = g.end()
    pieces.append((start, hi))
    return pieces


def _into_next(text: str, a: int, b: int, width: float | None, past: bool) -> list[tuple[int, int]]:
    """A piece of a column that is not the last as is, or as two where it holds more than a column's width
    and runs `past` the next column's start (or holds two columns' worth): the next column met it with one
    space only (a full line of this one), and it is cut as narrow columns are."""
    size = _cells(text[a:b])
    if width is None or size <= width + 0.5 or (size <= 1.5 * width and not past):
        return [(a, b)]
    cut = _cut(text[a:b], round(width), 2, _LAYOUT_GAP)
    return [(a + x, a + y) for x, y in cut] if len(cut) == 2 else [(a, b)]


def _reflow_block(lines: list[Line]) -> list[Line]:
    placed = [(ln, _pieces(ln.text)) for ln in lines]
    cols = _columns([p for _, ps in placed for p, _, _ in ps])
    if len(cols) < 2:
        return lines

    def column_of(pos: int) -> int:
        inside = next((i for i, (lo, hi) in enumerate(cols) if lo <= pos <= hi), None)
        # (a piece cut where the next column begins may start a little before its first start)
        return inside if inside is not None else max((i for i, (lo, _) in enumerate(cols) if lo <= pos + 4), default=0)

    shared = sum(1 for _, ps in placed if len({column_of(p) for p, _, _ in ps}) >= 2)
    texts = [[ln.text[a:b] for ln, ps in placed for p, a, b in ps if column_of(p) == c] for c in range(len(cols))]
    # a date alone before its text (`1月5日        正文`) is one column with a wide gap, not two columns
    dated = any(sum(bool(_DATE_ONLY.match(t.strip())) for t in ts) * 2 > len(ts) for ts in texts)
    if dated or shared < MIN_SHARED and not (shared and len(cols) == 2):
        return lines
    # a line whose columns met with one space only (a full line in the first column) is one piece that runs on
    # into the next column: cut where a column's width of text ends (the width of the first column's lines that
    # a wide gap follows and that stop mid-sentence, which are full)
    full = sorted(_cells(ln.text[a:b]) for ln, ps in placed for k, (p, a, b) in enumerate(ps)
                  if k + 1 < len(ps) and column_of(p) < len(cols) - 1
                  and not _ends_sentence(ln.text[a:b]))
    width: float | None = full[len(full) * 4 // 5] if len(full) >= 2 else None
    if width is None:  # (no such line: the lines that split at one space into a first part of one length)
        width = _column_width([t for ln in lines if (t := ln.text.strip())])
    # each piece with its column (the second part of a piece cut in two is the next column's)
    assigned: list[tuple[Line, list[tuple[int, int, int]]]] = []
    for ln, ps in placed:
        mine: list[tuple[int, int, int]] = []
        for p, a, b in ps:
            c = column_of(p)
            if c == len(cols) - 1:
                mine.append((c, a, b))
                continue
            past = p + _width(ln.text[a:b]) > cols[c + 1][0] + 2  # (it runs past where the next column starts)
            mine += [(c + k, x, y) for k, (x, y) in enumerate(_into_next(ln.text, a, b, width, past))]
        assigned.append((ln, mine))
    out: list[Line] = []
    for c in range(len(cols)):
        for ln, ps in assigned:
            own = [(a, b) for col, a, b in ps if col == c]
            if own:  # the column's text on this line, from its first piece to its last
                a, b = own[0][0], own[-1][1]
                out.append(Line(ln.text[a:b], ln.lineno, ln.start + a))
            elif c == 0 and not ps:
                out.append(ln)  # blank lines keep their place in the first column
    return out
