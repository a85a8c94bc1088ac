"""A chronicle written in traditional characters reads as the same chronicle (台湾、香港 copies, and the many
mainland pages that a converter turned traditional, such as 桐城 2012 大事記 or 慶元縣大事記)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

import pytest

from etl.columns import reflow
from etl.parse import parse_source
from etl.people import read_people
from etl.script import full_stops, to_simplified
from etl.source import read_source, split_lines

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


@lru_cache(maxsize=1)
def _as_radicals() -> dict[int, str]:
    """Each ideograph a CJK radical stands for, to that radical (日 → ⽇ U+2F47, 工 → ⼯, 长 → ⻓): as a PDF whose
    font maps its glyphs to the radicals gives them."""
    out: dict[int, str] = {}
    for code in (*range(0x2F00, 0x2FD6), *range(0x2E80, 0x2EF4)):
        ideograph = unicodedata.normalize("NFKC", chr(code))
        if len(ideograph) == 1 and "\u4e00" <= ideograph <= "\u9fff":
            out.setdefault(ord(ideograph), chr(code))
    return out


@pytest.mark.parametrize("path", sorted(SAMPLE_DIR.glob("*.txt")), ids=lambda p: p.name)
def test_a_chronicle_whose_ideographs_came_out_as_radicals_gives_the_same_events(path) -> None:
    # (before: 3⽇ was no day, ⼤事记 no heading, and every entry was text before the first dated one); and its
    # marks as the small and vertical forms (﹑ ︒) of Big5 copies and vertical type
    text = path.read_text(encoding="utf-8")
    radicals = text.translate(_as_radicals()).replace("、", "﹑").replace("。", "︒")
    assert radicals != text
    assert (event_keys(radicals.encode("utf-8"), path.name, PERIODS[path.name])
            == event_keys(text.encode("utf-8"), path.name, PERIODS[path.name]))


def _glossed(text: str, gloss: str = "(zhì)") -> str:
    """Converted to traditional with a pinyin gloss after every other character the conversion changed, as some
    converters leave them (區(qū)委書記, 下轉(zhuǎn)第27頁(yè), or with a space inside: 會(huì )議)."""
    traditional = text.translate(_s2t())
    out, changed = [], 0
    for ch, was in zip(traditional, text):
        out.append(ch)
        if ch != was:
            changed += 1
            if changed % 2:
                out.append(gloss)
    return "".join(out)


def _in_columns(path) -> bool:
    """Whether the file is a PDF text layer that the column reader reads column by column."""
    lines = tuple(split_lines(path.read_text(encoding="utf-8")))
    return reflow(lines) != lines


@pytest.mark.parametrize("gloss", ["(zhì)", "(zhì )"])
@pytest.mark.parametrize("path", [p for p in sorted(SAMPLE_DIR.glob("*.txt")) if not _in_columns(p)],
                         ids=lambda p: p.name)
def test_a_chronicle_converted_with_pinyin_glosses_gives_the_same_events(path, gloss: str) -> None:
    # the glosses fall inside names, titles, verbs, headings, page furniture (發(fā)佈日期:…) and the seed's
    # continuation markers alike; the text keeps them as written, the people and agenda are read without.
    # (Not the PDF text layers laid out in columns: a gloss widens its column's line, which no converted web
    # page has.)
    text = path.read_text(encoding="utf-8")
    glossed = _glossed(text, gloss)
    as_written = event_keys(text.encode("utf-8"), path.name, PERIODS[path.name])
    converted = [(*key[:3], key[3].replace(gloss.replace(" ", ""), ""), *key[4:])  # (the keys hold no white space)
                 for key in event_keys(glossed.encode("utf-8"), path.name, PERIODS[path.name])]
    assert to_simplified(repr(converted)) == to_simplified(repr(as_written))


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("path", [p for p in sorted(SAMPLE_DIR.glob("*.txt")) if not _in_columns(p)],
                         ids=lambda p: p.name)
def test_a_chronicle_with_full_width_digits_gives_the_same_events(path) -> None:
    # １月５日, ２０２４年, 1956年-style year items and a page's date in full-width figures, as word processors
    # and older sites write them: the same dates and people (the text keeps its digits as written). (Not the
    # PDF text layers laid out in columns: a full-width figure widens its column's line.)
    text = path.read_text(encoding="utf-8")
    as_written = event_keys(text.encode("utf-8"), path.name, PERIODS[path.name])
    converted = event_keys(text.translate(_FULL_WIDTH).encode("utf-8"), path.name, PERIODS[path.name])
    assert repr(converted).translate(str.maketrans("０１２３４５６７８９", "0123456789")) == repr(as_written)


@pytest.mark.parametrize("name", ["dev-034.txt", "dev-015.txt", "dev-062.txt"])
def test_no_break_spaces_of_a_web_copy_read_as_spaces(name: str) -> None:
    # a page copied from a browser keeps &nbsp; as U+00A0: after a bullet (■\xa05月20日), in a source line
    # (Original\xa0URL:), as indentation; those lists read as they do with plain spaces
    text = (SAMPLE_DIR / name).read_text(encoding="utf-8")
    assert " " in text
    as_written = event_keys(text.encode("utf-8"), name, PERIODS[name])
    with_nbsp = event_keys(text.replace(" ", "\u00a0").encode("utf-8"), name, PERIODS[name])
    assert repr(with_nbsp).replace("\\xa0", " ") == repr(as_written)


def test_full_stops_in_ascii_read_as_full_stops() -> None:
    def who(text: str) -> list[tuple[str, str, list[str]]]:
        return [(p.name, p.title, p.roles) for p in read_people(text).participants]

    # a copy that writes every stop in ASCII: each sentence's people read as in 。 text
    assert who("市政府召开常务会议.市长张三主持会议.副市长李四出席.") == [
        ("张三", "市长", ["chair"]), ("李四", "副市长", ["attend"])]
    # (a foreign name's dot in text whose stops are 。 stays the name's; a decimal is no stop)
    assert full_stops("会见了雪克来提.扎克尔。") == "会见了雪克来提.扎克尔。"
    assert full_stops("投资3.5亿元.") == "投资3.5亿元。"
    # entries run together on one line, a month's days after stops in ASCII (and a range first: 1月5—8日)
    text = ("2019年1月大事记\n1月5—8日,市人大会议召开.会议听取工作报告. 1月6日,市长张三参加审议. "
            "△“最美家庭”评选揭晓. 1月7日,市委召开常委会.\n")
    got = [(e.date_start, e.text) for e in parse_source(read_source(text.encode(), "t.txt")).events]
    assert got == [("2019-01-05", "市人大会议召开.会议听取工作报告."), ("2019-01-06", "市长张三参加审议."),
                   ("2019-01-06", "“最美家庭”评选揭晓."), ("2019-01-07", "市委召开常委会.")]
