"""A Word 97–2003 document (.doc), as older government sites attach their chronicles, read as its text with
the standard library: the compound file (CFB) that holds its streams, then the main document's text through
its piece table (MS-DOC §2.4.1). Headers, footnotes and comments, kept after the main text, are not read.

Only what a chronicle needs is read: paragraphs, table cells and line breaks; a field's result without its
code (a page number, a hyperlink's text). A file that does not read so is refused naming it.
"""
from __future__ import annotations

import struct
from typing import NoReturn

from .errors import InputError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_MAX_CHARS = 20_000_000  # (a main text longer than this is no chronicle: a damaged count)


class _Compound:
    """The streams of a compound file, by name (MS-CFB): its FAT, mini FAT and directory."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name
        if len(data) < 512 or not data.startswith(OLE_MAGIC):
            self._bad("not a compound file")
        self.sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        self.mini = 1 << struct.unpack_from("<H", data, 0x20)[0]
        n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
        self.cutoff, first_minifat, n_minifat, first_difat, n_difat = struct.unpack_from("<IIIII", data, 0x38)
        if self.sector not in (512, 4096) or self.mini != 64:
            self._bad("sector sizes a Word document does not use")
        # the FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s not in (_FREE, _END)]
        difat, seen = first_difat, 0
        per = self.sector // 4 - 1
        while difat not in (_FREE, _END) and seen < min(n_difat, len(data) // self.sector):  # (a cycle ends too)
            entries = struct.unpack_from(f"<{per + 1}I", data, self._offset(difat))
            fat_sectors += [s for s in entries[:per] if s not in (_FREE, _END)]
            difat, seen = entries[per], seen + 1
        self.fat: list[int] = []
        for s in fat_sectors[:n_fat]:
            self.fat += struct.unpack_from(f"<{self.sector // 4}I", data, self._offset(s))
        self.minifat: list[int] = []
        for s in self._chain(first_minifat)[:n_minifat]:
            self.minifat += struct.unpack_from(f"<{self.sector // 4}I", data, self._offset(s))
        directory = b"".join(self._read_sector(s) for s in self._chain(first_dir))
        # the root's own streams: its child's tree of siblings, not what storages inside hold (an embedded
        # document has a WordDocument stream of its own)
        self.entries: dict[str, tuple[int, int]] = {}
        count = len(directory) // 128
        if count == 0 or directory[0x42] != 5:
            self._bad("no root entry")
        root_start, root_size = struct.unpack_from("<II", directory, 0x74)
        todo, seen_entries = [struct.unpack_from("<I", directory, 0x4C)[0]], set()
        while todo:
            i = todo.pop()
            if i >= count or i in seen_entries:
                continue
            seen_entries.add(i)
            at = i * 128
            length, kind = struct.unpack_from("<HB", directory, at + 0x40)
            left, right = struct.unpack_from("<II", directory, at + 0x44)
            todo += [left, right]
            if kind == 2 and 2 <= length <= 64:
                entry_name = directory[at:at + length - 2].decode("utf-16-le", errors="replace")
                self.entries[entry_name] = struct.unpack_from("<II", directory, at + 0x74)
        self.ministream = self._big(root_start, root_size)

    def _bad(self, why: str) -> NoReturn:
        raise InputError(f"{self.name}: a Word 97–2003 (.doc) file that cannot be read ({why}); save it as .docx "
                         f"or as text", path=self.name)

    def _offset(self, sector: int) -> int:
        at = (sector + 1) * self.sector
        if sector >= 0xFFFFFFFA or at >= len(self.data):
            self._bad("a sector past the end of the file")
        return at

    def _read_sector(self, sector: int) -> bytes:
        at = self._offset(sector)
        return self.data[at:at + self.sector]

    def _chain(self, start: int, table: list[int] | None = None) -> list[int]:
        fat = self.fat if table is None else table
        out: list[int] = []
        s = start
        while s not in (_FREE, _END):
            if s >= len(fat) or len(out) > len(fat):
                self._bad("a broken chain of sectors")
            out.append(s)
            s = fat[s]
        return out

    def _big(self, start: int, size: int) -> bytes:
        return b"".join(self._read_sector(s) for s in self._chain(start))[:size]

    def stream(self, entry_name: str) -> bytes:
        if entry_name not in self.entries:
            self._bad(f"no {entry_name} stream")
        start, size = self.entries[entry_name]
        if size >= self.cutoff:
            return self._big(start, size)
        chunks = [self.ministream[s * self.mini:(s + 1) * self.mini] for s in self._chain(start, self.minifat)]
        return b"".join(chunks)[:size]


def _pieces(table: bytes, fc_clx: int, lcb_clx: int) -> list[tuple[int, int, int, bool]]:
    """The piece table: (first character, last character + 1, file offset, compressed) of each piece."""
    clx = table[fc_clx:fc_clx + lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: property modifiers, skipped
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table")
    lcb = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5:at + 5 + lcb]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for i in range(n):
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]
        compressed = bool(fc & 0x40000000)
        fc &= 0x3FFFFFFF
        out.append((cps[i], cps[i + 1], fc // 2 if compressed else fc, compressed))
    return out


# the characters Word stores for structure, and what they read as (a cell's end is a space, as in a web table)
_MARKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x07": " ", "\x01": None, "\x08": None,
                        "\x02": None, "\x05": None, "\x1e": "-", "\x1f": None, "\xa0": " "})


def _without_field_codes(text: str) -> str:
    """A field's result without its code: \\x13 code \\x14 result \\x15 → result (nested fields too)."""
    out: list[str] = []
    hidden: list[bool] = []  # for each open field, whether its code is still running
    running = 0  # how many of them are (what is read is kept only where none is)
    for ch in text:
        if ch == "\x13":
            hidden.append(True)
            running += 1
        elif ch == "\x14" and hidden:
            running -= hidden[-1]
            hidden[-1] = False
        elif ch == "\x15" and hidden:
            running -= hidden.pop()
        elif not running:
            out.append(ch)
    return "".join(out)


def doc_text(data: bytes, name: str) -> str:
    """The main text of a Word 97–2003 document, a line per paragraph; a file that does not read so is
    refused naming it (a damaged one must not stop an ingest with a traceback)."""
    try:
        return _doc_text(data, name)
    except InputError:
        raise
    except (struct.error, IndexError, ValueError, KeyError, OverflowError, MemoryError) as exc:
        raise InputError(f"{name}: a Word 97–2003 (.doc) file that cannot be read ({type(exc).__name__}); save it "
                         f"as .docx or as text", path=name) from None


def _doc_text(data: bytes, name: str) -> str:
    cfb = _Compound(data, name)
    word = cfb.stream("WordDocument")
    try:
        ident, n_fib = struct.unpack_from("<HH", word, 0)
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        ccp_text = struct.unpack_from("<i", word, 0x4C)[0]
        fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    except struct.error:
        cfb._bad("its header is cut short")
    if ident != 0xA5EC or n_fib < 0xC1:
        cfb._bad("older than Word 97" if ident == 0xA5EC else "not a Word document")
    if flags & 0x0100:
        cfb._bad("it is encrypted")
    table = cfb.stream("1Table" if flags & 0x0200 else "0Table")
    if not 0 <= ccp_text <= _MAX_CHARS:
        cfb._bad("a text length it cannot have")
    try:
        pieces = _pieces(table, fc_clx, lcb_clx)
    except (ValueError, struct.error):
        cfb._bad("its piece table cannot be read")
    chars: list[str] = []
    for first, last, fc, compressed in pieces:
        if first >= ccp_text:
            break
        n = min(last, ccp_text) - first
        raw = word[fc:fc + (n if compressed else 2 * n)]
        # (a compressed piece is in code page 1252, save for a few characters Word maps to Unicode itself)
        chars.append(raw.decode("cp1252", errors="replace") if compressed else raw.decode("utf-16-le", errors="replace"))
    # a row ends where a cell's end mark meets the row's own (\x07\x07): a line, as a web table's row
    text = _without_field_codes("".join(chars)).replace("\x07\x07", "\n").translate(_MARKS)
    return "\n".join(line.rstrip() for line in text.split("\n")) + "\n"
