"""The synthetic corpus: deterministic for a seed, in the three shapes, and a second accuracy check:
the parser against the generated truth, with the shared scorer."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from etl.dates import parse_period
from etl.parse import parse_file
from etl.synth import WEB_SHAPES, synth

from .conftest import SHARED


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def test_deterministic_for_a_seed(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    assert synth(600, 3, 1, a, seed=5) == synth(600, 3, 1, b, seed=5)
    assert _digest(a) == _digest(b)
    synth(600, 3, 1, c, seed=6)
    assert _digest(a) != _digest(c)
    names = [p.name for p in a.glob("*.txt")]
    assert any("gazette" in n for n in names) and any("web" in n for n in names) and any("yearbook" in n for n in names)
    text = next(a.glob("*gazette.txt")).read_text(encoding="utf-8")
    assert "（下转第" in text and "（上接第" in text


def _read_back(out: Path) -> tuple[int, int]:
    """How many of a generated corpus's events the parser gives back exactly, of how many (each file's count
    must match)."""
    total = exact = 0
    for truth_file in sorted((out / "gold").glob("*.jsonl")):
        name = truth_file.stem
        period = (out / "gold" / f"{name}.period.txt").read_text().split()[0]
        got = parse_file(out / f"{name}.txt", parse_period(period)).events
        want = [json.loads(line) for line in truth_file.read_text(encoding="utf-8").splitlines()]
        assert len(got) == len(want), name
        for g, w in zip(got, want):
            total += 1
            exact += g.contract() == {k: v for k, v in w.items() if k != "truncated"}
    return exact, total


def test_parser_reads_the_generated_truth(tmp_path: Path) -> None:
    out = tmp_path / "s"
    counts = synth(1500, 6, 2, out, seed=11)
    assert counts["events"] > 1000
    exact, total = _read_back(out)
    assert exact / total >= 0.99, f"{exact}/{total} events exactly as generated"


def test_shared_scorer_on_generated_truth(tmp_path: Path) -> None:
    run = SHARED / "eval" / "run.sh"
    if not run.exists():
        pytest.skip("shared scorer not found")
    out = tmp_path / "s"
    synth(900, 3, 1, out, seed=3)
    done = subprocess.run([str(run), str(out), "--json"], cwd=Path(__file__).resolve().parent.parent,
                          capture_output=True, text=True, env={"PYTHON": sys.executable, "PATH": "/usr/bin:/bin"})
    overall = json.loads(done.stdout)["overall"]
    assert overall["events"]["f1"] >= 0.99 and overall["participants"]["f1"] >= 0.99, overall
    assert min(overall["dates_exact"], overall["roles_exact"], overall["titles_exact"]) >= 0.99, overall
    assert overall["mentioned_leak"] == 0 and overall["agenda"]["f1"] >= 0.99, overall


def test_the_web_formats_on_request_read_back_exactly(tmp_path: Path) -> None:
    # a news list (date / headline / report), a numbered table and a column with each item's date after it: the
    # parser gives back every generated event exactly; the default shapes are untouched by them
    out = tmp_path / "w"
    counts = synth(900, 3, 1, out, seed=3, shapes=WEB_SHAPES)
    assert counts["events"] > 600
    names = sorted(p.name for p in out.glob("*.txt"))
    assert all(any(n.endswith(f"-{shape}.txt") for n in names) for shape in WEB_SHAPES)
    exact, total = _read_back(out)
    assert exact == total, f"{exact}/{total} events exactly as generated"
    with pytest.raises(ValueError, match="unknown shapes"):
        synth(10, 1, 1, tmp_path / "x", shapes=("pdf",))
