"""Pinyin for people's names: `张百顺` → `Zhang Baishun`, used for search and English labels."""
from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import lazy_pinyin

# Surnames whose reading differs from the character's everyday one (单 is Shan, not Dan).
_SURNAME_READING = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "查": "zha", "朴": "piao", "区": "ou",
    "盖": "ge", "乐": "yue", "翟": "zhai", "覃": "qin", "缪": "miao", "尉": "yu", "员": "yun",
    "华": "hua", "种": "chong", "长": "chang", "朝": "chao", "秘": "bi", "令": "ling", "繁": "po",
}
# Two-character surnames, written as one word in pinyin (Ouyang Xiu).
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 夏侯 慕容 尉迟 公孙 长孙 宇文 司徒 端木 轩辕 申屠 澹台 呼延 万俟".split()
)


# Characters whose reading in a given name is (almost) always one reading (李长萍 is Changping).
_GIVEN_READING = {"长": "chang"}


@lru_cache(maxsize=1 << 16)  # surnames and common given names recur across a hundred thousand people
def _syllables(text: str) -> str:
    syl = lazy_pinyin(text)
    if len(syl) != len(text):  # non-Han characters came through as one piece
        return "".join(syl)
    return "".join(_GIVEN_READING.get(c, s) for c, s in zip(text, syl))


def pinyin_name(name: str) -> str:
    """Romanise a Chinese name, surname first: '欧阳坚' → 'Ouyang Jian'; foreign '·' names per part."""
    name = re.sub(r"\s+", "", name)
    if not name:
        return ""
    if "·" in name or "•" in name:
        return " ".join(_syllables(p).capitalize() for p in re.split(r"[·•]", name) if p)
    if not re.fullmatch(r"[\u3400-\u9fff]+", name):
        return name
    n = 2 if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else 1
    surname = _SURNAME_READING.get(name[0], "") if n == 1 else ""
    surname = surname or _syllables(name[:n])
    given = _syllables(name[n:])
    return f"{surname.capitalize()} {given.capitalize()}".strip()


def pinyin_key(text: str) -> str:
    """The search key of a pinyin string or a name: lower case letters only ('Zhang Baishun' → 'zhangbaishun')."""
    if re.search(r"[\u3400-\u9fff]", text):
        text = pinyin_name(text)
    return re.sub(r"[^a-z]", "", text.lower())
