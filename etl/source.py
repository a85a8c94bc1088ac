"""Reading a chronicle file: encoding detection, refusal of binary input, lines with offsets.

Every later stage works on `Line`s so that an event can cite the exact characters it came from.
"""
from __future__ import annotations

import codecs
import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .dates import BULLETS, MARKERS
from .errors import InputError
from .docx import ZIP_MAGIC, docx_text
from .html import is_html, page_text
from .worddoc import OLE_MAGIC, doc_text

# C0 controls other than tab/newline/CR, and DEL: never meaningful in a chronicle; and what a web page's
# copy may carry into it: zero-width characters (李\u200b四) and HTML's space entities (&nbsp;).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]"
                      r"|&(?:nbsp|ensp|emsp|thinsp|#160|#[xX][aA]0);")
# Punctuation of a PDF whose font maps glyphs to their GB2312 codes (ꎬ for ，, ꎮ for the full stop, ꎻ for ；):
# the code read as a character of the Yi syllables block, U+A1A1–U+A3FE. Rows 1–3 of GB2312 (punctuation,
# numbered marks, full-width ASCII) are read back one character for one; a full-width stop after anything but
# a digit ends a sentence (发言ꎮ), after a digit it is a decimal point.
_GB_GLYPH = re.compile(r"[\ua1a1-\ua1fe\ua2a1-\ua2fe\ua3a1-\ua3fe]")


def _gb_glyph(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    ch = bytes((code >> 8, code & 0xFF)).decode("gb2312", errors="replace")
    if ch == "．" and not m.string[m.start() - 1:m.start()].isdigit():
        return "。"
    return ch if len(ch) == 1 and ch != "\ufffd" else m.group(0)


# CJK radicals that a PDF's font maps its glyphs to in place of the ideographs they look like (⽇ U+2F47 for 日,
# ⼯ for 工, ⻓ for 长): each read back as its ideograph (Unicode's compatibility mapping), one character for one;
# so are compatibility ideographs (U+F900–FAFF) that stand for one, and the vertical and small forms of
# punctuation (︐ ︒ of vertical type, ﹐ ﹑ of Big5 copies) as the marks they are
_COMPAT_RANGES = ((0x2E80, 0x2EF3), (0x2F00, 0x2FD5), (0xF900, 0xFAD9), (0xFE10, 0xFE19), (0xFE30, 0xFE6B))
_COMPAT_FORM = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _COMPAT_RANGES) + "]")


@lru_cache(maxsize=1)
def _compat_table() -> dict[int, str]:
    """Each radical, compatibility ideograph and vertical or small mark to what it stands for (one character)."""
    table: dict[int, str] = {}
    for lo, hi in _COMPAT_RANGES:
        for code in range(lo, hi + 1):
            to = unicodedata.normalize("NFKC", chr(code))
            # (a radical or an ideograph only as an ideograph; a mark as any mark but a combining one)
            if len(to) == 1 and to != chr(code) and (
                    "\u4e00" <= to <= "\u9fff" if code < 0xFE10 else not unicodedata.combining(to)):
                table[code] = to
    return table


def _han_text(text: str) -> bool:
    """Mostly Chinese: the Yi syllables in it are glyph codes, not Yi (a sample of the text decides)."""
    sample = text[:20000]
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    return han > 0.3 * len(sample.strip() or "x")


# a forum's anti-copy noise (Discuz's "jammer"): runs of one- or two-character ASCII tokens between words, at a
# line's end or start or alone (# u+ w9 D9 ?$ z. Q* {, 7 {3 B6 N2 A$ ]: h), or glued to the text it stands before
# (5 r1 a4 T8 V9 J/ H1月10日,…: its last token a letter or a mark); blanked where a file has two or more
# runs in which letters and marks both stand in two tokens at least (not 2 0 0 6, a spaced-out date)
_TOKEN = r"[!-~]{1,2}[ \t]{1,2}"
_JAMMER = re.compile(rf"(?<![!-~])(?:{_TOKEN}){{4,}}(?:[!-~]{{1,2}}(?=[ \t]*$|[ \t]+[^\x00-\x7f]|[ \t]{{2,}})"
                     # (or its last token one letter or mark glued to the text after it: … J/ H1月10日,…)
                     r"|[A-Za-z!-/:-@\[-`{-~](?=\d{1,4}\s*[月日年]|[^\x00-\x7f]))", re.M)
_JAMMER_HINT = re.compile(rf"(?:{_TOKEN}){{4}}[!-~]")  # (five tokens in a row: a cheap search first)
_TOKEN_LETTER = re.compile(r"(?:^|\s)\S*[A-Za-z]")
_TOKEN_MARK = re.compile(r"(?:^|\s)\S*[!-/:-@\[-`{-~]")
_TOKEN_MIXED = re.compile(r"(?:^|\s)(?:[A-Za-z]\d|\d[A-Za-z])(?=\s)")  # (r1 a4 T8: a letter and a digit, one token)


def _unjammed(text: str) -> str:
    """The text with its runs of forum noise blanked (as many spaces as characters), where it has two or more: a
    run is noise where letters stand in two of its tokens or more, and marks in two or more (or three tokens are a
    letter and a digit: r1 a4 T8)."""
    runs = [m.span() for m in _JAMMER.finditer(text)
            if len(_TOKEN_LETTER.findall(m.group(0))) >= 2 and (len(_TOKEN_MARK.findall(m.group(0))) >= 2
                                                              or len(_TOKEN_MIXED.findall(m.group(0))) >= 3)]
    if len(runs) < 2:
        return text
    parts, at = [], 0
    for a, b in runs:
        parts += [text[at:a], " " * (b - a)]
        at = b
    return "".join(parts) + text[at:]


# what ends a line: \n, \r\n, \r, and the line and paragraph separators a web page's script or a word processor
# leaves (U+2028, U+2029, U+0085)
_LINE_ENDS = "\r\n\u2028\u2029\x85"
_LINE = re.compile(rf"[^{_LINE_ENDS}]*(?:\r\n|[{_LINE_ENDS}])|[^{_LINE_ENDS}]+$")
# Markdown a converted web page may carry (### 2月, - 2月5日，…, **1月5日** at a line's start): blanked where two
# or more lines have it, as many spaces as it has characters (not - 45 -, a page number; not ** inside a
# line, which redacts a name and stays)
_MD_LINE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?=\S)(?![^\r\n]*-[ \t]*$))", re.M)
_MD_BOLD = re.compile(r"^([ \t]*)(?:\*\*|__)([^*_\r\n]{1,24}?)(?:\*\*|__)", re.M)
# question marks where a line's indentation was (a web page's ideographic spaces lost in conversion), before
# its date or after the spaces left: blanked when two or more lines have them
_LOST_INDENT = re.compile(r"^[ \t\u3000]*\?+(?=[ \t\u3000]*(?:\d|[一二三四五六七八九十]{1,3}[日月]))", re.M)
_LOST_INDENT_ANY = re.compile(r"^[ \t\u3000]*\?+(?=[ \t\u3000]|\d|[^\x00-\x7f])", re.M)
# runs of ampersands where a page's no-break spaces were (1949年&&& 2月17日,…。&&& 3月,…: an entity's name and
# semicolon lost in a copy, the entries of a year run together on one line): blanked where two or more runs are
_LOST_SPACES = re.compile(r"&{3,}")


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line of the decoded source: its text (no line break), 1-based number, offset."""

    text: str
    lineno: int
    start: int  # offset of text[0] in the decoded source

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded chronicle file."""

    name: str
    text: str
    sha256: str
    encoding: str
    lines: tuple[Line, ...]
    control_chars: int = 0  # how many control characters were blanked
    control_lines: tuple[int, ...] = ()  # the lines they stood on
    form: str = "text"  # text | html (a web page) | docx | doc (Word documents): the last three read as their
    # text (etl/html.py, etl/docx.py, etl/worddoc.py), in which lines and offsets then count


def _plausible(text: str) -> float:
    """Share of characters a chronicle is made of: CJK, CJK punctuation, ASCII, white space."""
    if not text:
        return 0.0
    ok = sum(1 for ch in text if ch.isspace() or " " <= ch <= "~" or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return ok / len(text)


def _looks_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16: NUL bytes present and one byte order decodes to plausible text."""
    if len(data) < 4 or b"\x00" not in data[:4096] or len(data) % 2:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            score = _plausible(data[:8192].decode(enc))
        except UnicodeDecodeError:
            continue
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 0.9 else None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode chronicle bytes; returns (text, encoding). Refuses PDF and binary data naming the file."""
    if data.startswith(b"%PDF-"):
        raise InputError(f"{name}: this is a PDF file; extract its text first (e.g. pdftotext -layout)", path=name)
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return data[2:].decode("utf-16-le"), "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return data[2:].decode("utf-16-be"), "utf-16-be"
    guess = _looks_utf16(data)
    if guess:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary data (NUL bytes), not chronicle text", path=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # GB18030, or Big5 (a traditional-script copy from an older site): each decodes much of the other's bytes into
    # other characters, so the one whose text holds more of a chronicle's commonest characters is taken
    decoded: list[tuple[str, str]] = []
    for encoding in ("gb18030", "big5hkscs"):
        try:
            decoded.append((data.decode(encoding), encoding))
        except UnicodeDecodeError:
            pass
    if not decoded:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise InputError(
            f"{name}:{line}: cannot decode as UTF-8, UTF-16, GB18030 or Big5 (byte {utf8_error.start})", path=name,
            line=line) from None
    text, encoding = (decoded[0] if len(decoded) == 1
                      else max(decoded, key=lambda d: sum(ch in _COMMONEST for ch in d[0])))
    # GB18030 decodes almost any byte soup; insist that most of it is CJK or ASCII text.
    good = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if good < 0.97 * len(text) or (cjk < 0.05 * len(text) and len(text) > 64):
        raise InputError(f"{name}: not text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)", path=name)
    return text, encoding


# a chronicle's commonest characters, in either script (what tells a right decoding from a wrong one)
_COMMONEST = frozenset("日月年的市县縣区區会會议議召开開出席主持书書记記长長委工作在和")


def split_lines(text: str) -> tuple[Line, ...]:
    """Physical lines with their offsets; any of \\n, \\r\\n, \\r (or a Unicode line or paragraph separator) ends a line."""
    out = []
    for n, m in enumerate(_LINE.finditer(text), start=1):
        raw = m.group(0)
        body = raw.rstrip(_LINE_ENDS)
        out.append(Line(body, n, m.start()))
    return tuple(out)


# what a source that is not plain text was, as its warnings and errors name it (Source.form)
FORMS = {"html": "a web page", "docx": "a Word document", "doc": "a Word 97–2003 document"}


def _extract(data: bytes, name: str) -> tuple[str, str, str]:
    """The text of the file, its encoding and its form: a Word document by its container's signature, else
    decoded text, read as a page when it is marked up as one."""
    if data.startswith(OLE_MAGIC):
        return doc_text(data, name), "doc", "doc"
    if data.startswith(ZIP_MAGIC):
        return docx_text(data, name), "docx", "docx"
    text, encoding = decode(data, name)
    return (page_text(text), encoding, "html") if is_html(text, name) else (text, encoding, "text")


_CSV_QUOTE = re.compile(r'(?m)(?:^|(?<=,))"|"(?=,|\r?$)|""')
# an emoji or another pictograph before a line's text (📅1月3日, ▶️ 1月5日，…, 🔸 市政府召开…: an account's article's
# list), with its variation selector and skin tone: read as a bullet, ●, one character for one (a marker or bullet
# of the list's own, △ or ▶, stays as it is, its selector blanked; not a circled number, ①, nor a box-drawing rule)
_LINE_PICTOGRAPH = re.compile("(?m)^([ \t\u3000]*)([\u2190-\u23ff\u25a0-\u2bff\U0001F000-\U0001FAFF]"
                              "[\ufe0f\u20e3\U0001F3FB-\U0001F3FF\u2190-\u23ff\u25a0-\u2bff\U0001F000-\U0001FAFF]*)")
_KEPT_MARKS = frozenset(BULLETS + MARKERS)


def _as_bullet(m: re.Match[str]) -> str:
    marks = m.group(2)
    first = marks[0] if marks[0] in _KEPT_MARKS else "●"
    return m.group(1) + first + " " * (len(marks) - 1)


# a scan's letters for digits in a date (1O日, 2l日, l2月, 2O24年: O for 0, l or I for 1), read as the digits; only
# in a run of digits and such letters right before 日 月 年 号, one digit at least, no other Latin letter before it
_OCR_DATE = re.compile(r"(?<![A-Za-z])[0-9lIOo]{2,4}(?=\s?[日月年号])")
_OCR_DIGITS = str.maketrans("lIOo", "1100")
_OCR_LETTER = re.compile(r"[lIOo](?=[0-9lIOo]{0,3}\s?[日月年号])")  # (the cheap search first: most texts hold none)


def _ocr_date(m: re.Match[str]) -> str:
    run = m.group(0)
    return run.translate(_OCR_DIGITS) if not run.isdigit() and any(c.isdigit() for c in run) else run


def read_source(data: bytes, name: str) -> Source:
    """Decode bytes into a Source; a web page or a Word document is read as its text (etl/html.py,
    etl/docx.py, etl/worddoc.py); control and zero-width characters, HTML space entities and Markdown marks
    are blanked to spaces, and punctuation a PDF font gave as its GB2312 code is read back (offsets are kept)."""
    if not data.strip():
        raise InputError(f"{name}: empty file", path=name)
    text, encoding, form = _extract(data, name)
    found = [m.start() for m in _CONTROL.finditer(text)]
    controls = len(found)
    if controls:  # each becomes as many spaces as it has characters: offsets stay those of the file
        # (an entity's six as no-break spaces: six ASCII spaces would read as a gap between columns)
        text = _CONTROL.sub(lambda m: " " if len(m.group(0)) == 1 else "\u00a0" * len(m.group(0)), text)
    if _GB_GLYPH.search(text) and _han_text(text):
        text = _GB_GLYPH.sub(_gb_glyph, text)
    if _COMPAT_FORM.search(text):
        text = text.translate(_compat_table())
    if _JAMMER_HINT.search(text):
        text = _unjammed(text)
    if "?" in text and len(_LOST_INDENT.findall(text)) >= 2:
        # ??? 2月5日，…: an indentation of ideographic spaces lost in a conversion to a code without them
        text = _LOST_INDENT_ANY.sub(lambda m: " " * len(m.group(0)), text)  # (the undated lines' too)
    if "&&&" in text and len(_LOST_SPACES.findall(text)) >= 2:
        text = _LOST_SPACES.sub(lambda m: " " * len(m.group(0)), text)
    if (("#" in text or "- " in text or "* " in text or "**" in text or "__" in text)
            and len(_MD_LINE.findall(text)) + len(_MD_BOLD.findall(text)) >= 2):
        text = _MD_LINE.sub(lambda m: " " * len(m.group(0)), text)
        text = _MD_BOLD.sub(lambda m: f"{m.group(1)}  {m.group(2)}  ", text)
    if _LINE_PICTOGRAPH.search(text):  # (a search first: most texts hold none, and a substitution copies the text)
        text = _LINE_PICTOGRAPH.sub(_as_bullet, text)
    if _OCR_LETTER.search(text):
        text = _OCR_DATE.sub(_ocr_date, text)
    if name.lower().endswith(".csv") and '"' in text:
        # a spreadsheet's rows: the quotes around a field are no part of its text (a doubled one inside is one)
        text = _CSV_QUOTE.sub(lambda m: " " if len(m.group(0)) == 1 else ' "', text)
    lines = split_lines(text)
    control_lines: tuple[int, ...] = ()
    if controls:
        starts = [ln.start for ln in lines]
        control_lines = tuple(sorted({lines[bisect.bisect_right(starts, at) - 1].lineno for at in found}))
    if not text.strip():
        raise InputError(f"{name}: {FORMS[form] + ' with no text' if form in FORMS else 'empty file'}", path=name)
    return Source(
        name=name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        lines=lines,
        control_chars=controls,
        control_lines=control_lines,
        form=form,
    )


def load_source(path: str | Path) -> Source:
    """Read and decode a chronicle file from disk."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})", path=str(p)) from None
    return read_source(data, str(p))
