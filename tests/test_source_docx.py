"""A chronicle attached as a Word document (.docx) reads as its paragraphs: the same events as its text."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from etl.cli import folder_files
from etl.errors import InputError
from etl.parse import parse_source
from etl.source import read_source

from .conftest import SAMPLE_DIR, event_keys, sample_periods

PERIODS = sample_periods()
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: str) -> bytes:
    """A .docx holding `body` (WordprocessingML) as its document, as Word writes one (the parts it needs)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                        f'<w:document {W}><w:body>{body}</w:body></w:document>')
        # a running header is a part of its own: never read
        z.writestr("word/header1.xml", f'<w:hdr {W}><w:p><w:r><w:t>某某市人民政府公报</w:t></w:r></w:p></w:hdr>')
    return buf.getvalue()


def _para(text: str) -> str:
    return f'<w:p><w:pPr><w:ind w:firstLine="420"/></w:pPr><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


@pytest.mark.parametrize("path", sorted(SAMPLE_DIR.glob("*.txt")), ids=lambda p: p.name)
def test_every_bundled_chronicle_reads_the_same_as_a_word_document(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    as_text = event_keys(text.encode("utf-8"), path.name, PERIODS[path.name])
    assert as_text
    doc = _docx("".join(_para(line) for line in text.splitlines()))
    assert event_keys(doc, path.stem + ".docx", PERIODS[path.name]) == as_text


def test_tables_breaks_tabs_and_tracked_changes() -> None:
    body = (_para("2023年5月大事记")
            # a table of date and event: a row is a line
            + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1日</w:t></w:r></w:p></w:tc>'
            '<w:tc><w:p><w:r><w:t>市委书记刘国强到重点景区检查安全生产工作。</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
            # a run split by Word's editing, a tab after the date, a deleted word, a line break within a paragraph
            '<w:p><w:r><w:t>2日</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>市长</w:t></w:r>'
            '<w:del><w:r><w:delText>王五</w:delText></w:r></w:del><w:ins><w:r><w:t>陈志</w:t></w:r></w:ins>'
            '<w:r><w:t>刚主持召开市政府常务会议。</w:t></w:r><w:r><w:br/></w:r>'
            '<w:r><w:t>3日，副市长赵德明出席全市招商大会。</w:t></w:r></w:p>')
    src = read_source(_docx(body), "may.docx")
    assert src.form == "docx" and src.encoding == "docx"
    assert src.text.splitlines() == ["2023年5月大事记", "1日 市委书记刘国强到重点景区检查安全生产工作。",
                                     "2日\t市长陈志刚主持召开市政府常务会议。", "3日，副市长赵德明出席全市招商大会。"]
    result = parse_source(src)
    assert [(e.date_start, [(p.name, p.title) for p in e.participants]) for e in result.events] == [
        ("2023-05-01", [("刘国强", "市委书记")]), ("2023-05-02", [("陈志刚", "市长")]),
        ("2023-05-03", [("赵德明", "副市长")])]
    assert any("Word document" in w.message for w in result.warnings)


WORD = Path(__file__).resolve().parent / "data" / "word"


@pytest.mark.parametrize("path", sorted(p for p in WORD.glob("*.doc*") if not p.stem.startswith("table")),
                         ids=lambda p: p.name)
def test_documents_word_wrote_read_as_their_text_does(path: Path) -> None:
    # written by LibreOffice from bundled chronicles (tests/data/word/README.md): a .doc through its compound
    # file and piece table, a .docx through its XML; the seed gazette among them, continuations and all
    text = SAMPLE_DIR / f"{path.stem}.txt"
    as_text = event_keys(text.read_bytes(), text.name, PERIODS[text.name])
    assert as_text and event_keys(path.read_bytes(), path.name, PERIODS[text.name]) == as_text


@pytest.mark.parametrize("name", ["table.doc", "table.docx"])
def test_a_word_table_a_link_and_a_line_break(name: str) -> None:
    # table.html converted by LibreOffice: each row a line, the hyperlink's text without its field code
    src = read_source((WORD / name).read_bytes(), name)
    assert src.form == name.rsplit(".", 1)[1]
    assert src.text.split("\n")[:5] == ["2023年5月大事记", "1日 市委书记刘国强到重点景区检查安全生产工作。",
                                        "2日 市长陈志刚主持召开市政府常务会议。", "3日，副市长赵德明出席全市招商大会。",
                                        "4日，市政协主席高建民出席政协常委会议。"]
    events = parse_source(src).events
    assert [(e.date_start, e.participants[0].name) for e in events] == [
        ("2023-05-01", "刘国强"), ("2023-05-02", "陈志刚"), ("2023-05-03", "赵德明"), ("2023-05-04", "高建民")]


def test_a_damaged_word_document_is_refused_naming_it() -> None:
    # cut short, or bytes flipped anywhere: an error naming the file, never a traceback
    import random

    data = (WORD / "dev-050.doc").read_bytes()
    rng = random.Random(14)
    tries = [data[:n] for n in (600, 2048, 5000, 9000)]
    for _ in range(300):
        b = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        tries.append(bytes(b))
    for t in tries:
        try:
            read_source(t, "chronicles/2019.doc")
        except InputError as exc:
            assert "chronicles/2019.doc" in str(exc)


@pytest.mark.parametrize("data,words", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "Word 97–2003 (.doc) file that cannot be read"),
    (b"PK\x03\x04" + b"\x00" * 64, "damaged zip archive or Word document"),
])
def test_what_is_no_readable_document_is_refused_naming_the_file(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as exc:
        read_source(data, "chronicles/2023.docx")
    assert "chronicles/2023.docx" in str(exc.value) and words in str(exc.value)


def test_a_zip_that_is_no_document_and_a_document_with_no_text(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "3日，市长甲出席会议。")
    with pytest.raises(InputError, match="a zip archive, not a Word document"):
        read_source(buf.getvalue(), "a.docx")
    with pytest.raises(InputError, match="a Word document with no text"):
        read_source(_docx("<w:p/>"), "b.docx")
    (tmp_path / "2023.docx").write_bytes(_docx(_para("3日，市长甲出席会议。")))
    assert [p.name for p, _ in folder_files(tmp_path)] == ["2023.docx"]  # a folder's Word documents are ingested
