"""Scripts and reading aids: traditional→simplified for matching, pinyin glosses, spaces.

Matching runs on simplified text of the same length as the original, so a name found in the
simplified copy is cut from the original at the same offsets and keeps its written form.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# "當(dāng)": pinyin glosses that converters put after characters.
GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7} ?[)）]")  # (會(huì ): a converter's space inside)
# the blanks a chronicle's lines hold between words: ASCII, ideographic and no-break spaces (a web copy keeps
# &nbsp; as U+00A0)
BLANKS = " \u3000\u00a0"
SPACE = re.compile(rf"[\s{BLANKS}]+")


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """One-character traditional→simplified pairs from OpenCC's dictionary (length preserving), and full-width
    digits as ASCII ones (１月５日 as 1月5日: every date pattern and number test then holds)."""
    table: dict[int, str] = {ord(c): str(d) for d, c in enumerate("０１２３４５６７８９")}
    try:
        path = resources.files("opencc").joinpath("dictionary/TSCharacters.txt")
        text = path.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return table
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        trad, simp = parts[0], parts[1].split(" ")[0]
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[ord(trad)] = simp
    return table


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    return frozenset(map(chr, _t2s_table()))


@lru_cache(maxsize=1)
def _prepared() -> frozenset[str]:
    return frozenset(map(chr, _prepare_table()))


def is_simplified(text: str) -> bool:
    """No traditional character in it, nor a full-width digit (a sample of a text says which script it is in)."""
    return _traditional().isdisjoint(text)


def to_simplified(text: str) -> str:
    """Traditional characters replaced by simplified ones, character for character."""
    # most text is simplified already: testing that takes half the time of translating it
    return text if _traditional().isdisjoint(text) else text.translate(_t2s_table())  # (inline: hot)


def unglossed(text: str) -> str:
    """Simplified, without the pinyin a converter glosses characters with (發(fā)佈日期 is 发布日期): what a
    line is recognised in as a heading, furniture or another document's title (not of the same length)."""
    return to_simplified(GLOSS.sub("", text) if "(" in text or "（" in text else text)


def clean(text: str) -> str:
    """Text for reading people: reading-aid glosses and all white space removed."""
    return SPACE.sub("", GLOSS.sub("", text))


# the dots other than · that texts join a foreign name's parts with (约翰•史密斯, 斯宾塞・考克斯)
_NAME_DOTS = str.maketrans({"•": "·", "・": "·", "‧": "·", "∙": "·", "⋅": "·", "･": "·"})


@lru_cache(maxsize=1)
def _prepare_table() -> dict[int, str]:
    """Traditional→simplified, and the other dots of foreign names as ·: one pass over an entry."""
    return {**_t2s_table(), **_NAME_DOTS}


def name_norm(name: str) -> str:
    """The form names are compared in: cleaned, simplified, with any joining dot written ·."""
    return _STOP_AS_DOT.sub("·", clean(name).translate(_prepare_table()))


def full_stops(text: str, *, whole: bool = True) -> str:
    """The text with its full stops as 。 where a copy writes every one in ASCII (主持会议.市长乙出席.): text that
    holds no 。 and, when it is a `whole` entry, ends in one (a foreign name's dot, 雪克来提.扎克尔, stands in text
    that ends in 。; a line of entries run together may end anywhere). Same length."""
    if "." in text and "。" not in text and (not whole or _ASCII_STOPS.search(text.rstrip()) is not None):
        return _STOP_AFTER_WORD.sub("。", text)
    return text


def prepare(text: str) -> tuple[str, str]:
    """An entry as people and agenda are read from it: cleaned (as written), and its simplified copy of
    the same length, so that what is found in the copy is cut from the written form at the same offsets."""
    src = clean(text)
    s = src if _prepared().isdisjoint(src) else src.translate(_prepare_table())
    if "．" in s or "." in s:
        s = full_stops(s)
        s = _STOP_AS_DOT.sub("·", s)  # 雪克来提．扎克尔: a full stop between two CJK characters joins a name
    if "族" in s and ("（" in s or "(" in s):
        s = _SEX_AND_PEOPLE.sub(lambda m: m.group(0).replace("，", "、").replace(",", "、"), s)  # (same length)
    if "随同下" in s:
        s = s.replace("随同下", "陪同下")  # 在乙随同下 is 在乙陪同下: read the one way (same length)
    if len(s) != len(src):  # never expected: the table is one character to one
        s = src
    return src, s


# an aside of sex and people after a name (甲（女，满族）、乙): its comma is no clause's end
_SEX_AND_PEOPLE = re.compile(r"[（(](?:女|男)[，,][^（()）、，,\s]{1,4}族[）)]")
_STOP_AS_DOT = re.compile(r"(?<=[\u3400-\u9fff])[.．](?=[\u3400-\u9fff])")
# a full stop written in ASCII after a word, where it ends the entry (…出席.”): the entry writes its stops so
_ASCII_STOPS = re.compile(r"(?<=[\u3400-\u9fff”）)])\.[”\"）)]?$")
_STOP_AFTER_WORD = re.compile(r"(?<=[\u3400-\u9fff”）)])\.(?![\d.])")
