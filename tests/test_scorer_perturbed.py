"""The gold corpora rewritten the ways real copies differ (a narrower column's wraps, ASCII punctuation, traditional
characters, a page that lost its line breaks, a text layer that spaces every character, the chronicle named as a
column of the issuer's doings), scored against the same gold: the parser must not depend on how the bundled copies
happen to be laid out."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache

import pytest

from etl.dates import parse_period
from etl.parse import parse_source
from etl.script import _t2s_table
from etl.source import read_source

from .test_scorer_gold import _scorer, gold_files


def _wrapped(text: str, width: int = 19) -> str:
    """Every line cut every `width` characters, as a narrow column's text layer breaks it."""
    return "\n".join(line[i:i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


def _ascii_marks(text: str) -> str:
    return text.translate(str.maketrans("，：；（）！？", ",:;()!?"))


@lru_cache(maxsize=1)
def _to_traditional() -> dict[int, str]:
    table: dict[int, str] = {}
    for trad, simple in _t2s_table().items():
        if len(simple) == 1 and "\u4e00" <= simple <= "\u9fff":
            table.setdefault(ord(simple), chr(trad))
    return table


def _traditional(text: str) -> str:
    return text.translate(_to_traditional())


def _run_together(text: str) -> str:
    """Each entry that opens a line glued to the finished sentence before it: a page that lost its line breaks."""
    return re.sub(r"([。”])\n+(?=\s*(?:\d{1,2}月)?\d{1,2}日)", r"\1", text)


def _named_otherwise(text: str) -> str:
    """The chronicle called by its issuer's column of doings, as some gazettes and sites name it (政务要闻)."""
    return text.replace("大事记", "政务要闻")


def _letter_spaced(text: str) -> str:
    return "\n".join(" ".join(line) if line.strip() else line for line in text.split("\n"))


# transform, whether the gold is rewritten too (its names in traditional characters), the corpora, and the least
# event F1, date and participant F1 scores
CASES: dict[str, tuple[Callable[[str], str], bool, tuple[str, ...], tuple[float, float, float]]] = {
    "wrapped": (_wrapped, False, ("seed", "dev"), (0.99, 0.99, 0.99)),
    "ascii": (_ascii_marks, False, ("seed", "dev"), (0.99, 0.99, 0.99)),
    "traditional": (_traditional, True, ("seed", "dev"), (0.99, 0.99, 0.99)),
    "run-together": (_run_together, False, ("dev",), (0.97, 0.96, 0.98)),
    "letter-spaced": (_letter_spaced, False, ("seed",), (0.99, 0.99, 0.99)),
    "named-otherwise": (_named_otherwise, False, ("seed", "dev"), (0.99, 0.99, 0.99)),
}


def _score(corpus: str, rewrite: Callable[[str], str], gold_too: bool) -> dict:
    score = _scorer()
    total = score.Tally()
    for gold_path, text_path, period in gold_files(corpus):
        text = rewrite(text_path.read_text(encoding="utf-8"))
        src = read_source(text.encode("utf-8"), f"{gold_path.stem}.txt")
        pred = [json.loads(json.dumps(e.contract())) for e in parse_source(src, parse_period(period)).events]
        gold, _ = score.load(gold_path)
        if gold_too:  # (the same events, their text and names in traditional characters)
            gold = [json.loads(_traditional(json.dumps(e, ensure_ascii=False))) for e in gold]
        total.add(score.score_file(gold, pred))
    return total.summary()


@pytest.mark.parametrize("case", sorted(CASES))
def test_gold_scores_hold_when_the_copy_is_laid_out_otherwise(case: str) -> None:
    rewrite, gold_too, corpora, (events, dates, people) = CASES[case]
    for corpus in corpora:
        s = _score(corpus, rewrite, gold_too)
        got = (s["events"]["f1"], s["dates_exact"], s["participants"]["f1"])
        assert got[0] >= events and got[1] >= dates and got[2] >= people, (corpus, got)
