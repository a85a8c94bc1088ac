"""One identity per official: name + the jurisdiction of the office their title names; bare names
resolved to the titled person of the same issuer; scripts merged; curators' overrides applied."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from etl.cli import cli as main
from etl.dates import parse_period
from etl.identity import office_rank, title_jurisdiction
from etl.load import LoadItem, load
from etl.overrides import load_overrides
from etl.parse import parse_source
from etl.romanize import pinyin_key, pinyin_name
from etl.source import read_source

from .conftest import seed_gold


def _people(db: Path, name: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT person_id, person_key, n_events FROM people WHERE name_norm = ? ORDER BY 2",
                           [name]).fetchall()
    finally:
        con.close()


def _ids_of_mentions(db: Path, name: str) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT DISTINCT person_id FROM participants WHERE name_norm = ? UNION "
                           "SELECT DISTINCT person_id FROM appointments WHERE name_norm = ?", [name, name]).fetchall()
    finally:
        con.close()
    return {r[0] for r in rows}


def _item(text: str, name: str, issuer: str, period: str) -> LoadItem:
    result = parse_source(read_source(text.encode("utf-8"), name), parse_period(period))
    return LoadItem(result, issuer=issuer, period=period)


@pytest.mark.parametrize("name", ["贾鹏柱", "王刚", "马卫红"])
def test_seed_officials_named_bare_and_titled_are_one_person(sample_db: Path, name: str) -> None:
    assert len(_ids_of_mentions(sample_db, name)) == 1
    gold_events = [e for e in seed_gold() if any(p["name"] == name for p in e["participants"])]
    [(pid, key, n)] = _people(sample_db, name)
    assert key == f"{name}@city:聊城" and n == len(gold_events)


def test_mayor_title_history_from_gold(client) -> None:
    pid = next(p["id"] for p in client.get("/people", params={"q": "张百顺"}).json()["items"])
    spans: dict[str, list[str]] = {}
    for e in seed_gold():
        for p in e["participants"]:
            if p["name"] == "张百顺" and p["title"]:
                lo, hi = spans.get(p["title"], [e["date_start"], e["date_end"]])
                spans[p["title"]] = [min(lo, e["date_start"]), max(hi, e["date_end"])]
    assert set(spans) == {"市委副书记、市长", "市委副书记、市长、市政府党组书记"}
    titles = client.get(f"/people/{pid}").json()["titles"]
    assert {t["title"]: [t["first_date"], t["last_date"]] for t in titles} == spans
    detail = client.get(f"/people/{pid}").json()
    assert (detail["office_level"], detail["office_grade"], detail["pinyin"]) == ("municipal", "leader",
                                                                                   "Zhang Baishun")


def test_jining_mayor_is_one_person_across_years_and_files(sample_db: Path) -> None:
    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        rows = con.execute("SELECT DISTINCT p.person_id, s.name FROM participants p JOIN events e USING (event_id) "
                           "JOIN sources s USING (source_id) WHERE p.name_norm = '张振川'").fetchall()
    finally:
        con.close()
    assert {name for _, name in rows} >= {"dev-003.txt", "dev-007.txt"}
    assert len({pid for pid, _ in rows}) == 1


LIAOCHENG = "聊城市人民政府大事记（2024年9月）\n3日，市委副书记、市长张百顺带队督导调研全市重大交通项目，贾鹏柱参加活动。\n"
NAMESAKE = "德州市人民政府大事记（2024年9月）\n5日，市长张百顺主持召开市政府常务会议。\n"
TRADITIONAL = "聊城市人民政府大事記（2024年9月）\n8日，市委副書記、市長張百順主持召開市政府常務會議，賈鵬柱參加會議。\n"


def test_namesake_elsewhere_stays_separate_and_traditional_script_merges(tmp_path: Path) -> None:
    db = tmp_path / "ids.duckdb"
    load([_item(LIAOCHENG, "lc.txt", "聊城市人民政府", "2024-09"),
          _item(NAMESAKE, "dz.txt", "德州市人民政府", "2024-09"),
          _item(TRADITIONAL, "lc-hant.txt", "聊城市人民政府", "2024-09")], db, fresh=True)
    people = _people(db, "张百顺")
    assert [key for _, key, _ in people] == ["张百顺@city:德州", "张百顺@city:聊城"]
    assert dict((key, n) for _, key, n in people)["张百顺@city:聊城"] == 2  # simplified + traditional
    assert len(_ids_of_mentions(db, "贾鹏柱")) == 1
    con = duckdb.connect(str(db), read_only=True)
    aliases = con.execute("SELECT aliases FROM people WHERE person_key = '张百顺@city:聊城'").fetchall()[0][0]
    con.close()
    assert aliases == ["張百順"]


CITY = "济宁市人民政府大事记（2008年6月）\n2日，副省长姜异康来我市调研，市委副书记、市长张振川陪同。\n"
PROVINCE = "山东省大事记（2008年7月）\n9日，省委书记姜异康主持召开省委常委会议。\n"


def test_provincial_official_is_one_person_in_city_and_province_chronicles(tmp_path: Path) -> None:
    db = tmp_path / "prov.duckdb"
    load([_item(CITY, "jn.txt", "济宁市", "2008-06"), _item(PROVINCE, "sd.txt", "山东省", "2008-07")], db, fresh=True)
    people = _people(db, "姜异康")
    assert [key for _, key, _ in people] == ["姜异康@province:山东"] and people[0][2] == 2
    assert [key for _, key, _ in _people(db, "张振川")] == ["张振川@city:济宁"]


def test_overrides_merge_split_rename_and_check_reports_them(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides.toml"
    overrides.write_text(
        '[[merge]]\npeople = ["张百顺@city:聊城", "张百顺@city:德州"]\n'
        '[[split]]\nperson = "贾鹏柱@city:聊城"\nfrom = "2024-09-05"\nas = "贾鹏柱@city:聊城#2"\n'
        '[[rename]]\nperson = "张百顺@city:聊城"\nname = "张百顺（市长）"\n'
        '[[rename]]\nperson = "无此人@city:聊城"\nname = "x"\n', encoding="utf-8")
    db = tmp_path / "ov.duckdb"
    from etl import derive

    items = [_item(LIAOCHENG, "lc.txt", "聊城市人民政府", "2024-09"), _item(NAMESAKE, "dz.txt", "德州市人民政府", "2024-09"),
             _item(TRADITIONAL, "lc-hant.txt", "聊城市人民政府", "2024-09")]
    load(items, db, fresh=True)
    con = duckdb.connect(str(db))
    report = derive.refresh(con, load_overrides(overrides))
    con.execute("CHECKPOINT")
    con.close()
    assert {(k, n) for k, _, n in report.overrides} == {("merge", 1), ("split", 1), ("rename", 3), ("rename", 0)}
    people = _people(db, "张百顺")
    assert len(people) == 1 and people[0][2] == 3
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT name FROM people WHERE person_key = '张百顺@city:聊城'").fetchall() == [("张百顺（市长）",)]
    con.close()
    assert {key for _, key, _ in _people(db, "贾鹏柱")} == {"贾鹏柱@city:聊城", "贾鹏柱@city:聊城#2"}
    out = CliRunner().invoke(main, ["people", "check", "--db", str(db)])
    assert out.exit_code != 0 and "无此人@city:聊城 shown as x: 0 mentions" in out.output


def test_identity_report_on_the_sample_leaves_nothing_resolvable_unresolved(sample_db: Path) -> None:
    out = CliRunner().invoke(main, ["people", "check", "--db", str(sample_db)])
    assert out.exit_code == 0, out.output
    assert "resolvable, missed   0" in out.output
    listing = CliRunner().invoke(main, ["people", "list", "--db", str(sample_db), "--q", "张百顺"])
    assert "张百顺@city:聊城" in listing.output and "municipal/leader" in listing.output


@pytest.mark.parametrize("title,issuer,key,rank", [
    ("市委副书记、市长", "聊城市人民政府", "city:聊城", ("municipal", "leader")),
    ("副市长、市公安局局长", "聊城市人民政府", "city:聊城", ("municipal", "deputy")),
    ("市政府秘书长", "聊城市人民政府", "city:聊城", ("municipal", "official")),
    ("副省长", "济宁市", "province:山东", ("provincial", "deputy")),
    ("省水利厅二级巡视员", "聊城市人民政府", "province:山东", ("provincial", "official")),
    ("水利部全国节约用水办公室副主任", "聊城市人民政府", "national", ("national", "official")),
    ("济南市委书记", "聊城市人民政府", "city:济南", ("municipal", "leader")),
    ("区委书记", "长沙市开福区", "local:长沙市开福区", ("county", "leader")),
    ("长沙市委书记", "长沙市开福区", "city:长沙", ("municipal", "leader")),
    ("自治区主席", "内蒙古自治区", "province:内蒙古", ("provincial", "leader")),
    ("日本国会议员", "济宁市", "foreign:日本", ("other", "official")),
    ("市政協主席", "聊城市人民政府", "city:聊城", ("municipal", "leader")),
])
def test_office_jurisdiction_and_rank(title: str, issuer: str, key: str, rank: tuple[str, str]) -> None:
    assert title_jurisdiction(title, issuer).key == key
    assert office_rank(title, issuer) == rank


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=4))
def test_pinyin_key_of_a_name_and_of_its_pinyin_agree(name: str) -> None:
    romanised = pinyin_name(name)
    key = pinyin_key(name)
    assert pinyin_key(romanised) == key and key.isascii() and key == key.lower()
    # every character with a reading is romanised (rare ones without stay as written)
    assert romanised[:1].isupper() or not romanised[:1].isascii()
