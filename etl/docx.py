"""A Word document (.docx, as government sites attach their chronicles) read as its text: a line per
paragraph, a table's row on one line with its cells a space apart, a line break or a tab as written.

Lines and character offsets of such a source count in this text: `python -m etl text FILE` prints it.
Only the standard library is used (a .docx is a zip of XML); the older binary .doc: etl/worddoc.py.
"""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from .errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ZIP_MAGIC = b"PK\x03\x04"
_MAX_XML = 200 * 1024 * 1024  # (a document's XML beyond this is no chronicle: a zip bomb is refused)


def _runs(p: ElementTree.Element) -> str:
    """The text of one paragraph: its runs' text, tabs and breaks, deleted text (tracked changes) left out."""
    out: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == f"{_W}t" and el.text:
            out.append(el.text)
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
    return "".join(out)


def _block_lines(parent: ElementTree.Element, lines: list[str]) -> None:
    for el in parent:
        if el.tag == f"{_W}p":
            lines.extend(_runs(el).split("\n"))
        elif el.tag == f"{_W}tbl":
            for row in el.iter(f"{_W}tr"):
                cells = [" ".join(t for p in cell.iter(f"{_W}p") if (t := _runs(p).strip()))
                         for cell in row.iter(f"{_W}tc")]
                lines.append(" ".join(c for c in cells if c))
        elif el.tag == f"{_W}sdt":  # a content control (a table of contents, a cover block): its own paragraphs
            content = el.find(f"{_W}sdtContent")
            if content is not None:
                _block_lines(content, lines)


def docx_text(data: bytes, name: str) -> str:
    """The text of a .docx file's body, one line per paragraph (table rows one line each)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            try:
                info = z.getinfo("word/document.xml")
            except KeyError:
                raise InputError(f"{name}: a zip archive, not a Word document (.docx); unpack it first",
                                 path=name) from None
            if info.file_size > _MAX_XML:
                raise InputError(f"{name}: a Word document too large to be a chronicle", path=name)
            xml = z.read(info)
    except zipfile.BadZipFile:
        raise InputError(f"{name}: a damaged zip archive or Word document (.docx)", path=name) from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise InputError(f"{name}: a Word document whose text cannot be read ({exc})", path=name) from None
    body = root.find(f"{_W}body")
    lines: list[str] = []
    if body is not None:
        _block_lines(body, lines)
    return "\n".join(lines) + "\n"
