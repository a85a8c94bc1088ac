"""Bad input to the ETL (tests/data/bad/): each file has a defined outcome: parsed, or a warning or
error naming the file and line; a non-zero exit when nothing could be loaded; never a traceback,
never a partial database."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from etl.cli import cli

from .conftest import ROOT, SEED, snapshot

BAD = ROOT / "tests" / "data" / "bad"

# file → (exit code, events loaded, what stderr must say)
OUTCOMES = {
    "empty.txt": (1, 0, ["empty.txt: empty file"]),
    "binary.bin": (1, 0, ["binary.bin: binary data"]),
    "scanned.pdf": (1, 0, ["scanned.pdf: this is a PDF file; extract its text first"]),
    "gbk.txt": (0, 2, []),
    "gb18030.txt": (0, 3, []),
    "utf16le.txt": (0, 2, []),
    "utf16be.txt": (0, 2, []),
    "utf16-bom.txt": (0, 2, []),
    "utf8-bom.txt": (0, 2, []),
    "mixed-newlines.txt": (0, 2, []),
    "impossible-dates.txt": (0, 4, ["impossible-dates.txt:2: no such day 32", "impossible-dates.txt:3: no such date 2024-02-30",
                                    "impossible-dates.txt:4: range ends before it starts"]),
    "dangling-continuation.txt": (0, 1, ["dangling-continuation.txt:2: section", "（下转第31页） but no matching 上接"]),
    "heading-no-entries.txt": (1, 0, ["heading-no-entries.txt:1: chronicle heading", "no entries under it",
                                      "nothing could be loaded; the database is unchanged"]),
    "three-hundred-names.txt": (0, 1, []),
    # a web page's copy: &nbsp; and a zero-width space inside a name and after a date read as spaces
    "web-artifacts.txt": (0, 3, ["web-artifacts.txt:2: 3 control or zero-width characters or HTML spaces (&nbsp;) "
                                 "replaced by spaces (lines 2, 3, 4)"]),
    "control-chars.txt": (0, 2, ["control-chars.txt:2: 2 control or zero-width characters or HTML spaces (&nbsp;) replaced by spaces (lines 2, 3)"]),
}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("bad") / "seed.duckdb"
    assert CliRunner().invoke(cli, ["ingest", str(SEED), "--db", str(db)]).exit_code == 0
    return db


def test_every_bad_file_has_an_outcome() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(OUTCOMES)


def _ingest(seeded: Path, tmp_path: Path, path: Path) -> tuple[object, Path, dict]:
    db = tmp_path / "d.duckdb"
    shutil.copy(seeded, db)
    before = snapshot(db)
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db), "--period", "2024-02"])
    return result, db, before


@pytest.mark.parametrize("name", sorted(OUTCOMES))
def test_bad_file_outcome(seeded: Path, tmp_path: Path, name: str) -> None:
    code, events, messages = OUTCOMES[name]
    result, db, before = _ingest(seeded, tmp_path, BAD / name)
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exit_code == code, output
    assert "Traceback" not in output and result.exception is None or isinstance(result.exception, SystemExit)
    for message in messages:
        assert message in output, output
    after = snapshot(db)
    if code:
        assert after == before  # nothing changed, nothing partial
    else:
        con = duckdb.connect(str(db), read_only=True)
        n = con.execute("SELECT n_events FROM sources WHERE name = ?", [name]).fetchall()
        con.close()
        assert n == [(events,)]
        assert len(after["events"]) == len(before["events"]) + events


def test_decoded_files_read_the_same_people(seeded: Path, tmp_path: Path) -> None:
    from etl.parse import parse_file

    want = [(e.date_start, [p.name for p in e.participants]) for e in parse_file(BAD / "utf8-bom.txt").events]
    for name in ("gbk.txt", "utf16le.txt", "utf16be.txt", "utf16-bom.txt", "mixed-newlines.txt", "control-chars.txt"):
        got = [(e.date_start, [p.name for p in e.participants]) for e in parse_file(BAD / name).events]
        assert got == want, name
    assert len(parse_file(BAD / "three-hundred-names.txt").events[0].participants) == 300


def test_a_50_megabyte_file_and_a_1_megabyte_line(seeded: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    text = SEED.read_text(encoding="utf-8")
    big.write_text(text * (50 * 1024 * 1024 // len(text.encode()) + 1), encoding="utf-8")
    assert big.stat().st_size > 50 * 1024 * 1024
    result, db, before = _ingest(seeded, tmp_path, big)
    assert result.exit_code == 0, result.output
    assert len(snapshot(db)["events"]) > len(before["events"]) + 10_000

    line = tmp_path / "line.txt"
    line.write_text("市人民政府大事记（2024年9月）\n3日，" + "市长张百顺主持召开会议，" * 30_000 + "。\n", encoding="utf-8")
    result, db, before = _ingest(seeded, tmp_path, line)
    assert result.exit_code == 0, result.output
    assert "line.txt:2: entry of" in result.output and "read from its first 20,000" in result.output


def test_an_entry_whose_people_cannot_be_read_keeps_the_others(monkeypatch) -> None:
    """An unforeseen failure inside one entry warns with its line and keeps every event of the file."""
    from etl import parse
    from etl.dates import parse_period
    from etl.source import read_source

    real = parse.read_people

    def fragile(text, *args, **kwargs):
        if "乙会议" in text:
            raise IndexError("list index out of range")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(parse, "read_people", fragile)
    src = read_source("3日，市长张三出席甲会议。\n4日，市长张三出席乙会议。\n5日，市长张三出席丙会议。\n".encode(), "f.txt")
    result = parse.parse_source(src, parse_period("2024-09"))
    assert [(e.date_start, [p.name for p in e.participants]) for e in result.events] == [
        ("2024-09-03", ["张三"]), ("2024-09-04", []), ("2024-09-05", ["张三"])]
    assert [(w.line, "IndexError" in w.message) for w in result.warnings] == [(2, True)]


_SEED_TEXT = SEED.read_text(encoding="utf-8")
_FUZZ_TOKENS = [*"，。、；：,.;:()（）“”《》【】[]△▲□☆ 　—-~～至日月年0123456789一二三十旬上中下·*\n",
                "\n【】", "\n△", "\n3日 ", "\n3日，", "同月 ", "。 ", "。同日 ", "1月3日—5日", "【1月3日】", "2024-09-03 ",
                "市长", "书记", "副主任", "委员", "出席", "主持", "讲话", "会见", "陪同", "参加", "等", "和", "与", "在",
                "由", "率领", "一行", "张三", "王五", "来烟考察", "的陪同下", "      ", "（下转第27页）", "（上接第3页）",
                "\n为做好工作，", "\n下午，", "一行三人", "还与", "结束后，", "出席开工典礼", "看望。"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.integers(0, 60_000), length=st.integers(1, 2_000),
       edits=st.lists(st.tuples(st.floats(0, 1), st.sampled_from(_FUZZ_TOKENS), st.integers(0, 3)), max_size=30),
       period=st.sampled_from([None, "2024", "2024-09"]))
def test_mangled_real_text_never_crashes_the_parser(start, length, edits, period) -> None:
    """Slices of the seed gazette with characters inserted, deleted and replaced (how the parser's two
    IndexErrors of session 4 were found): every one parses, or is refused as an InputError."""
    from etl.dates import parse_period
    from etl.errors import InputError
    from etl.parse import parse_source
    from etl.source import read_source

    text = list(_SEED_TEXT[start % len(_SEED_TEXT):][:length])
    for where, ch, op in edits:
        i = int(where * len(text))
        if op == 0 or not text:
            text[i:i] = list(ch)
        elif op == 1:
            del text[min(i, len(text) - 1)]
        else:
            text[min(i, len(text) - 1):min(i, len(text) - 1) + 1] = list(ch)
    try:
        src = read_source("".join(text).encode("utf-8"), "mangled.txt")
    except InputError:
        return  # empty or blank: refused by name, as it should be
    result = parse_source(src, parse_period(period) if period else None)
    assert all(e.text.strip() for e in result.events)
