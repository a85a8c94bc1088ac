"""Ingest: idempotent by sha256, a changed file replaces its own events, a failure keeps the old file."""
from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

import etl.load as load_mod
from etl.cli import cli as main
from etl.errors import LoadError
from etl.load import LoadItem, issuer_from_title, load
from etl.parse import parse_file

from .conftest import SEED, snapshot

def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(SEED), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "1 loaded" in first.output and "35 events" in first.output
    before = snapshot(db)
    again = runner.invoke(main, ["ingest", str(SEED), "--db", str(db)])
    assert again.exit_code == 0 and "1 unchanged" in again.output
    assert snapshot(db) == before
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 35
    (n_people,) = con.execute("SELECT count(*) FROM people WHERE name = '张百顺'").fetchone()
    assert n_people == 1


def test_changed_file_replaces_its_own_events(tmp_path: Path) -> None:
    src = tmp_path / "chronicle.txt"
    src.write_text("某市大事记（2023年5月）\n3日，市长李某某主持召开常务会议。\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("某县大事记（2023年6月）\n1日，县长王某某调研。\n", encoding="utf-8")
    db = tmp_path / "d.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(src), str(other), "--db", str(db)]).exit_code == 0
    src.write_text("某市大事记（2023年5月）\n3日，市长李某某主持召开常务会议。\n4日，市长李某某调研。\n", encoding="utf-8")
    res = runner.invoke(main, ["ingest", str(src), "--db", str(db)])
    assert res.exit_code == 0 and "1 replaced" in res.output
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT s.name, e.date_start::VARCHAR FROM events e JOIN sources s USING (source_id) ORDER BY 1, 2").fetchall()
    assert rows == [("chronicle.txt", "2023-05-03"), ("chronicle.txt", "2023-05-04"), ("other.txt", "2023-06-01")]
    assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 2


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_failed_load_leaves_the_previous_database_intact(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "d.duckdb"
    load([LoadItem(parse_file(SEED))], db)
    before, digest = snapshot(db), _digest(db)
    other = tmp_path / "x.txt"
    other.write_text("某市大事记（2023年5月）\n3日，市长李某某主持召开常务会议。\n", encoding="utf-8")

    def boom(con, table, frame):
        raise duckdb.ConversionException("simulated failure mid-ingest")

    monkeypatch.setattr(load_mod, "_insert", boom)
    with pytest.raises(LoadError) as exc:
        load([LoadItem(parse_file(other))], db)
    assert "previous database kept" in str(exc.value)
    assert _digest(db) == digest and snapshot(db) == before
    assert not list(tmp_path.glob(".*.building*"))  # no half-built file left behind


def test_unreadable_file_is_reported_and_nothing_else_is_lost(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\n...")
    runner = CliRunner()
    only_bad = runner.invoke(main, ["ingest", str(bad), "--db", str(db)])
    assert only_bad.exit_code != 0 and "scan.pdf" in only_bad.output and "extract its text" in only_bad.output
    assert not db.exists()
    mixed = runner.invoke(main, ["ingest", str(bad), str(SEED), "--db", str(db)])
    assert mixed.exit_code == 0 and "scan.pdf" in mixed.output and "1 loaded" in mixed.output


def test_sample_database_holds_every_bundled_file(sample_db: Path) -> None:
    from etl.cli import sample_files

    con = duckdb.connect(str(sample_db), read_only=True)
    assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == len(sample_files())
    # every event cites its source exactly: the stored text is what its spans cut from the file
    texts = {p.name: p.read_text(encoding="utf-8") for p, _ in sample_files()}
    for name, text, spans in con.execute(
        "SELECT s.name, e.text, e.spans FROM events e JOIN sources s USING (source_id)").fetchall():
        assert "".join(texts[name][a:b] for a, b in spans) == text
    # no participant without a person, no event without a source
    assert con.execute("SELECT count(*) FROM participants LEFT JOIN people USING (person_id) WHERE people.person_id IS NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM events LEFT JOIN sources USING (source_id) WHERE sources.source_id IS NULL").fetchone()[0] == 0


def test_new_files_among_loaded_ones_load_alone(tmp_path: Path) -> None:
    """Files parsed in one batch, some already loaded: only the new ones' rows go in, once."""
    from etl.cli import sample_files

    files = [str(p) for p, _ in sample_files()[:6]]
    runner = CliRunner()
    db, fresh = tmp_path / "d.duckdb", tmp_path / "fresh.duckdb"
    assert runner.invoke(main, ["ingest", *files[:3], "--db", str(db)]).exit_code == 0
    res = runner.invoke(main, ["ingest", *files, "--db", str(db)])  # one batch: 3 unchanged, 3 new
    assert res.exit_code == 0 and "3 loaded" in res.output and "3 unchanged" in res.output, res.output
    assert runner.invoke(main, ["ingest", *files, "--db", str(fresh)]).exit_code == 0
    assert snapshot(db) == snapshot(fresh)


def test_the_same_files_in_another_order_give_the_same_database(tmp_path: Path) -> None:
    """A person named as often by two issuers gets the same home issuer whichever file came first (it
    partitions the Parquet export)."""
    a, b = tmp_path / "liaocheng.txt", tmp_path / "dezhou.txt"
    a.write_text("2024年5月大事记\n5日，省委书记林武来我市调研。\n", encoding="utf-8")
    b.write_text("2024年5月大事记\n8日，省委书记林武来我市调研乡村振兴工作。\n", encoding="utf-8")
    runner = CliRunner()
    dbs = []
    for n, order in enumerate(((a, "聊城市人民政府", b, "德州市人民政府"), (b, "德州市人民政府", a, "聊城市人民政府"))):
        db = tmp_path / f"{n}.duckdb"
        for f, issuer in (order[:2], order[2:]):
            res = runner.invoke(main, ["ingest", str(f), "--db", str(db), "--issuer", issuer])
            assert res.exit_code == 0, res.output
        dbs.append(db)
    first, second = snapshot(dbs[0]), snapshot(dbs[1])
    assert first["people"] == second["people"]
    con = duckdb.connect(str(dbs[0]), read_only=True)
    assert con.execute("SELECT issuer, issuers FROM people WHERE name = '林武'").fetchall() == [
        ("德州市人民政府", ["德州市人民政府", "聊城市人民政府"])]


@pytest.mark.parametrize(("title", "issuer"), [
    ("聊城市人民政府大事记（2024年9月）", "聊城市人民政府"), ("聊城市人民政府政务要闻（2024年9月）", "聊城市人民政府"),
    ("开福区2021年7-9月区政府大事记", "开福区区政府"), ("2019年1月政务要闻(杂志版)", None), ("某某县领导活动", "某某县"),
])
def test_the_issuer_is_what_the_heading_names_besides_its_period_and_kind(title: str, issuer: str | None) -> None:
    assert issuer_from_title(title) == issuer
