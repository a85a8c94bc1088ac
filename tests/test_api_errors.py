"""One error shape for every 4xx/5xx; bad input is a 400 naming the parameter, never a 500."""
from __future__ import annotations

import pytest

SHAPE = {"status", "error", "detail", "field"}


def _error(response, status: int, field: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == SHAPE, body
    assert body["status"] == status and isinstance(body["detail"], str) and body["detail"]
    if field is not None:
        assert body["field"] == field, body
    return body


def test_error_shape_is_pinned(client) -> None:
    body = _error(client.get("/events", params={"from": "2024-13-01"}), 400, "from")
    assert body == {"status": 400, "error": "bad_request",
                    "detail": "from='2024-13-01' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", "field": "from"}


@pytest.mark.parametrize("url,field", [
    ("/events/e000000000000-00000", "event_id"),
    ("/people/p000000000000", "person_id"),
    ("/people/p000000000000/timeline", "person_id"),
    ("/sources/s0000000000000000", "source_id"),
    ("/coattendance?person=无此人", "person"),
])
def test_unknown_ids_are_404(client, url: str, field: str) -> None:
    assert _error(client.get(url), 404, field)["error"] == "not_found"


@pytest.mark.parametrize("params,field", [
    ({"from": "yesterday"}, "from"),
    ({"to": "2024-02-30"}, "to"),
    ({"from": "2024-10", "to": "2024-09"}, "to"),
    ({"limit": "100000"}, "limit"),
    ({"limit": "0"}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"format": "xlsx"}, "format"),
    ({"role": "boss"}, "role"),
    ({"topic": "no such topic"}, "topic"),
    ({"type": "picnic"}, "type"),
    ({"facet": "colour"}, "facet"),
    ({"sort": "name"}, "sort"),
    ({"cursor": "not-a-cursor"}, "cursor"),
    ({"q": "x" * 500}, "q"),
    ({"q": "a\x00b"}, "q"),
])
def test_bad_event_parameters_are_400_naming_the_parameter(client, params: dict, field: str) -> None:
    _error(client.get("/events", params=params), 400, field)


@pytest.mark.parametrize("url,field", [
    ("/coattendance?sort=loudest", "sort"),
    ("/coattendance?min_count=0", "min_count"),
    ("/coattendance/network?format=pdf", "format"),
    ("/topics/trends", "topic"),
    ("/topics/trends?topic=城建交通&granularity=decade", "granularity"),
    ("/people?sort=age", "sort"),
    ("/people/p08063dcfbafa/timeline?granularity=hour", "granularity"),
])
def test_bad_parameters_elsewhere_are_400(client, url: str, field: str) -> None:
    _error(client.get(url), 400, field)


def test_export_limit_has_its_own_cap(client) -> None:
    assert client.get("/events", params={"format": "csv", "limit": 5000}).status_code == 200
    _error(client.get("/events", params={"limit": 5000}), 400, "limit")


def test_wrong_method_and_unknown_path_use_the_shape(client) -> None:
    _error(client.post("/events", json={}), 405)
    _error(client.get("/no/such/path"), 404)


def test_an_unexpected_failure_is_a_500_in_the_shape_without_internals(sample_db, monkeypatch) -> None:
    from litestar.testing import TestClient

    from api import Settings, create_app
    from queries import catalog

    def boom(db):  # noqa: ANN001
        raise RuntimeError("secret internals")

    monkeypatch.setattr(catalog, "stats", boom)
    with TestClient(create_app(Settings(db=sample_db))) as c:
        body = _error(c.get("/stats"), 500)
    assert "secret" not in body["detail"]


def test_missing_database_is_503_on_health(tmp_path) -> None:
    from litestar.testing import TestClient

    from api import Settings, create_app

    with TestClient(create_app(Settings(db=tmp_path / "none.duckdb"))) as c:
        _error(c.get("/health"), 503)


def test_every_parameter_is_described_with_an_example(client) -> None:
    spec = client.get("/schema/openapi.json").json()
    missing = []
    for path, ops in spec["paths"].items():
        for op in ops.values():
            for prm in op.get("parameters", []):
                schema = prm.get("schema", {})
                if not (prm.get("description") or schema.get("description")) or not (
                        prm.get("examples") or prm.get("example") or schema.get("examples")):
                    missing.append(f"{path} {prm['name']}")
    assert not missing, missing
    assert len(spec["paths"]) >= 18


def test_network_exports_agree_with_json(client) -> None:
    import xml.etree.ElementTree as ET

    params = {"issuer": "聊城市人民政府", "min_count": 2, "top": 15}
    net = client.get("/coattendance/network", params=params).json()
    assert net["edges"] and len(net["edges"]) <= 15
    assert {n["id"] for n in net["nodes"]} == {e["source"] for e in net["edges"]} | {e["target"] for e in net["edges"]}
    gexf = ET.fromstring(client.get("/coattendance/network", params=params | {"format": "gexf"}).content)
    ns = {"g": "http://gexf.net/1.3"}
    assert len(gexf.findall(".//g:node", ns)) == len(net["nodes"]) and len(gexf.findall(".//g:edge", ns)) == len(net["edges"])
    graphml = ET.fromstring(client.get("/coattendance/network", params=params | {"format": "graphml"}).content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(graphml.findall(".//g:node", ns)) == len(net["nodes"])
    weights = sorted(int(d.text) for d in graphml.findall(".//g:edge/g:data[@key='weight']", ns))
    assert weights == sorted(e["weight"] for e in net["edges"])
