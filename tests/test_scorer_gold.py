"""The contract scorer (../shared/eval/score.py) on the seed and dev gold, with the figures issue #2 asks for."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from etl.dates import parse_period
from etl.parse import parse_file

from .conftest import shared_or_skip

TARGETS = {
    # corpus: (events F1, dates, people F1, roles, titles, max leak, agenda F1)
    "seed": (1.0, 1.0, 0.99, 0.97, 0.97, 0.0, 0.90),
    "dev": (0.95, 0.95, 0.93, 0.88, 0.90, 0.05, 0.80),
}


def gold_files(corpus: str) -> list[tuple[Path, Path, str | None]]:
    """Each gold file of a corpus, its text, and the period the scorer passes (the first word of NAME.period.txt)."""
    folder = shared_or_skip() / "corpus" / corpus
    out = []
    for gold_path in sorted((folder / "gold").glob("*.jsonl")):
        period_file = gold_path.with_name(gold_path.stem + ".period.txt")
        period = period_file.read_text(encoding="utf-8").split()[0] if period_file.exists() else None
        out.append((gold_path, folder / f"{gold_path.stem}.txt", period))
    return out


def _scorer():
    spec = importlib.util.spec_from_file_location("score", shared_or_skip() / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("corpus", sorted(TARGETS))
def test_gold_figures(corpus: str) -> None:
    score = _scorer()
    total = score.Tally()
    for gold_path, text_path, period in gold_files(corpus):
        pred = [json.loads(json.dumps(e.contract())) for e in parse_file(text_path, parse_period(period)).events]
        gold, _ = score.load(gold_path)
        total.add(score.score_file(gold, pred))
    s = total.summary()
    ev, dates, people, roles, titles, leak, agenda = TARGETS[corpus]
    got = (s["events"]["f1"], s["dates_exact"], s["participants"]["f1"], s["roles_exact"], s["titles_exact"],
           s["mentioned_leak"], s["agenda"]["f1"])
    assert got[0] >= ev and got[1] >= dates and got[2] >= people and got[3] >= roles and got[4] >= titles, got
    assert got[5] <= leak and got[6] >= agenda, got


def test_every_dev_file_parses() -> None:
    folder = shared_or_skip() / "corpus" / "dev"
    files = sorted(folder.glob("*.txt"))
    assert len(files) == 40
    for f in files:
        meta = json.loads(f.with_suffix(".meta.json").read_text(encoding="utf-8"))
        result = parse_file(f, parse_period(meta.get("period")))
        assert result.events, f.name
