"""The seed's 任免 notices, read by grammar although the PDF columns are merged: 11 records exactly."""
from __future__ import annotations

from etl.documents import find_appointments, find_documents
from etl.source import load_source

from .conftest import SEED

N14, N15 = "聊政任〔2024〕14号", "聊政任〔2024〕15号"
D14, D15 = "2024-09-10", "2024-10-31"
TERM = "挂职，时间1年"
EXPECTED = [
    ("刘文", "appoint", "聊城市教育和体育局副局长", TERM, N14, D14),
    ("姜利坤", "appoint", "聊城市科学技术局副局长", TERM, N14, D14),
    ("刘华琼", "appoint", "聊城市交通运输局副局长", TERM, N14, D14),
    ("丁存振", "appoint", "聊城市农业农村局副局长", TERM, N14, D14),  # its 时间1年）。 sits two lines above
    ("赵素婷", "remove", "聊城市中医医院院长、聊城市中医药研究院院长", None, N14, D14),
    ("王立志", "remove", "聊城市东元资产经营有限公司董事长、总经理", None, N14, D14),
    ("王万瑜", "appoint", "聊城市公共就业和人才服务中心副主任", "挂职，时间一年", N15, D15),
    ("吕克军", "remove", "聊城市公安局交通巡逻警察支队支队长", None, N15, D15),  # printed before 免去：
    ("蒋玉勤", "remove", "聊城市公共就业和人才服务中心副主任", None, N15, D15),
    ("常立国", "remove", "聊城市第三人民医院院长", None, N15, D15),
    ("胥庆国", "remove", "聊城市人民政府副秘书长", None, N15, D15),
]


def test_all_eleven_appointment_records_exactly() -> None:
    got = [(a.name, a.action, a.position, a.term, a.document, a.date) for a in find_appointments(load_source(SEED))]
    assert got == EXPECTED


def test_documents_have_number_title_date_and_pages() -> None:
    docs = {d.number: d for d in find_documents(load_source(SEED))}
    assert len(docs) == 7 and not any("刊号" in n for n in docs)
    assert docs[N14].title == "关于任免刘文等工作人员职务的通知" and docs[N14].date == D14
    assert (docs[N14].page_start, docs[N14].page_end, docs[N15].page_start) == (27, 27, 28)
    assert docs["聊政办字〔2024〕11号"].title == "关于印发聊城市推进养老服务高质量发展实施方案（2024—2026年）的通知"


def test_appointments_link_to_the_registry_and_title_history(client) -> None:
    body = client.get("/appointments", params={"limit": 100}).json()
    assert body["total"] == 11
    assert sorted((a["name"], a["action"]) for a in body["items"]) == sorted((e[0], e[1]) for e in EXPECTED)
    removed = client.get("/appointments", params={"document": N15, "action": "remove"}).json()
    assert [a["name"] for a in removed["items"]] == ["吕克军", "蒋玉勤", "常立国", "胥庆国"]
    liu = client.get("/appointments", params={"person": "刘文"}).json()["items"][0]
    person = client.get(f"/people/{liu['person_id']}").json()
    assert person["appointments"][0]["term"] == TERM and person["key"] == "刘文@city:聊城"
    assert {"title": "聊城市教育和体育局副局长", "first_date": D14, "last_date": D14} == \
        {k: person["titles"][0][k] for k in ("title", "first_date", "last_date")}
    assert "第27页" in liu["citation"] and N14 in liu["citation"]
    docs = client.get("/documents", params={"kind": "appointment"}).json()["items"]
    assert [(d["number"], d["n_appointments"]) for d in docs] == [(N14, 6), (N15, 5)]
    assert client.get(f"/documents/{docs[0]['id']}").json()["page_start"] == 27
