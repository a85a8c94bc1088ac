"""/coattendance: who appears with whom and how far above chance; /coattendance/network for Gephi."""
from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ET
from typing import Annotated, Literal

import polars as pl
from litestar import Request, Response, get

from queries import coattendance as co_q
from queries import people as people_q

from ..deps import DB, Config
from ..listing import Paging, render
from ..lookup import one_person, person_ref
from ..params import (CursorParam, FormatParam, FromParam, IssuerParam, LimitParam, PersonParam, RoleParam, ToParam,
                      _p, date_window, text_param)
from ..schemas import Network, NetworkEdge, NetworkNode, Page, Partner

SortParam = Annotated[Literal["count", "lift", "jaccard", "pvalue", "pmi"],
                      _p("Order: `count` (shared events), `lift`, `jaccard`, `pmi` (largest first) or `pvalue` "
                         "(most significant first); ties by count, then ids.", "pvalue")]
MinCountParam = Annotated[int, _p("Only pairs with at least this many shared events.", 2, ge=1, le=1_000_000)]


def partner_items(db: DB, frame: pl.DataFrame, person: str | None) -> list[Partner]:
    """Pair rows as response items; with a person, `person` is the partner (the other side)."""
    ids = sorted(set(frame["a"].to_list()) | set(frame["b"].to_list())) if frame.height else []
    names = people_q.names(db, ids)
    out = []
    for r in frame.iter_rows(named=True):
        a, b = person_ref(names, r["a"]), person_ref(names, r["b"])
        out.append(Partner(
            person=b if person else None, a=a, b=b, issuer=r["issuer"], count=r["k"], total_a=r["n_a"],
            total_b=r["n_b"], events_in_scope=r["n_total"], expected=r["expected"], jaccard=r["jaccard"],
            lift=r["lift"], pmi=r["pmi"], pvalue=r["pvalue"]))
    return out


def _filter(db: DB, person: str | None, date_from: str | None, date_to: str | None, role: str | None,
            issuer: str | None, min_count: int) -> co_q.PairFilter:
    lo, hi = date_window(date_from, date_to)
    pid = one_person(db, person) if person else None
    return co_q.PairFilter(person=pid, date_from=lo, date_to=hi, role=role, issuer=text_param(issuer, "issuer"),
                           min_count=min_count)


def _page(db: DB, f: co_q.PairFilter, sort: str, limit: int, offset: int) -> tuple[pl.DataFrame, int]:
    # computed on the fly over a window or role: bounded like text search; the ingest-time table is not
    with contextlib.nullcontext() if f.precomputed else db.heavy():
        return co_q.page(db, f, sort, limit, offset)


@get("/coattendance", sync_to_thread=True, cache=True, tags=["coattendance"], summary="Co-attendance with significance")
def coattendance(
    request: Request, db: DB, settings: Config,
    person: PersonParam = None, date_from: FromParam = None, date_to: ToParam = None, role: RoleParam = None,
    issuer: IssuerParam = None, min_count: MinCountParam = 1, sort: SortParam = "count",
    limit: LimitParam = None, cursor: CursorParam = None, format: FormatParam = "json",
) -> Page[Partner]:
    """With `person`: that person's partners (`person` in each item is the partner). Without: the top pairs
    (`a` and `b`). Each item has the shared `count`, each side's total, `events_in_scope` (the issuer's events
    with anyone named, in the window), `expected` = total_a·total_b/events_in_scope, `lift` = count/expected,
    `pmi` = log2 lift, `jaccard`, and `pvalue` = P(X ≥ count) under the hypergeometric null of independent
    attendance. Statistics are computed within one issuer's chronicle; a pair seen in two is two items."""
    paging = Paging.of(settings, limit, cursor, format)
    f = _filter(db, person, date_from, date_to, role, issuer, min_count)
    window, total = _page(db, f, sort, paging.limit, paging.offset)
    return render(request, settings, paging, partner_items(db, window, f.person), total,  # type: ignore[return-value]
                  "coattendance")


def _gexf(net: Network) -> bytes:
    root = ET.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
    graph = ET.SubElement(root, "graph", defaultedgetype="undirected", mode="static")
    attrs = ET.SubElement(graph, "attributes", {"class": "node"})
    for i, (name, kind) in enumerate((("pinyin", "string"), ("n_events", "integer"))):
        ET.SubElement(attrs, "attribute", id=str(i), title=name, type=kind)
    eattrs = ET.SubElement(graph, "attributes", {"class": "edge"})
    for i, (name, kind) in enumerate((("issuer", "string"), ("lift", "double"), ("pvalue", "double"))):
        ET.SubElement(eattrs, "attribute", id=str(i), title=name, type=kind)
    nodes = ET.SubElement(graph, "nodes")
    for n in net.nodes:
        node = ET.SubElement(nodes, "node", id=n.id, label=n.name)
        vals = ET.SubElement(node, "attvalues")
        ET.SubElement(vals, "attvalue", {"for": "0", "value": n.pinyin})
        ET.SubElement(vals, "attvalue", {"for": "1", "value": str(n.n_events)})
    edges = ET.SubElement(graph, "edges")
    for i, e in enumerate(net.edges):
        edge = ET.SubElement(edges, "edge", id=str(i), source=e.source, target=e.target, weight=str(e.weight))
        vals = ET.SubElement(edge, "attvalues")
        for k, v in enumerate((e.issuer, repr(e.lift), repr(e.pvalue))):
            ET.SubElement(vals, "attvalue", {"for": str(k), "value": v})
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _graphml(net: Network) -> bytes:
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    keys = (("name", "node", "string"), ("pinyin", "node", "string"), ("n_events", "node", "int"),
            ("weight", "edge", "int"), ("issuer", "edge", "string"), ("lift", "edge", "double"),
            ("pvalue", "edge", "double"))
    for name, target, kind in keys:
        ET.SubElement(root, "key", {"id": name, "for": target, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="coattendance", edgedefault="undirected")
    for n in net.nodes:
        node = ET.SubElement(graph, "node", id=n.id)
        for key, value in (("name", n.name), ("pinyin", n.pinyin), ("n_events", str(n.n_events))):
            ET.SubElement(node, "data", key=key).text = value
    for e in net.edges:
        edge = ET.SubElement(graph, "edge", source=e.source, target=e.target)
        for key, value in (("weight", str(e.weight)), ("issuer", e.issuer), ("lift", repr(e.lift)),
                           ("pvalue", repr(e.pvalue))):
            ET.SubElement(edge, "data", key=key).text = value
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


@get("/coattendance/network", sync_to_thread=True, cache=True, tags=["coattendance"], summary="Co-attendance network")
def network(
    db: DB,
    person: PersonParam = None, date_from: FromParam = None, date_to: ToParam = None, role: RoleParam = None,
    issuer: IssuerParam = None, min_count: MinCountParam = 2, sort: SortParam = "count",
    top: Annotated[int, _p("Keep the top N edges in `sort` order.", 200, ge=1, le=10_000)] = 200,
    format: Annotated[Literal["json", "gexf", "graphml"], _p("JSON, GEXF or GraphML (both open in Gephi).",
                                                             "gexf")] = "json",
) -> Network:
    """People as nodes, shared events as weighted edges (with lift and p-value)."""
    frame, _ = _page(db, _filter(db, person, date_from, date_to, role, issuer, min_count), sort, top, 0)
    ids = sorted(set(frame["a"].to_list()) | set(frame["b"].to_list())) if frame.height else []
    names = people_q.names(db, ids)
    net = Network(
        nodes=[NetworkNode(id=i, name=names.get(i, {}).get("name", ""), pinyin=names.get(i, {}).get("pinyin", ""),
                           n_events=names.get(i, {}).get("n_events", 0)) for i in ids],
        edges=[NetworkEdge(source=r["a"], target=r["b"], issuer=r["issuer"], weight=r["k"], lift=r["lift"],
                           pvalue=r["pvalue"]) for r in frame.iter_rows(named=True)],
    )
    if format == "gexf":
        return Response(_gexf(net), media_type="application/gexf+xml",  # type: ignore[return-value]
                        headers={"Content-Disposition": 'attachment; filename="coattendance.gexf"'})
    if format == "graphml":
        return Response(_graphml(net), media_type="application/graphml+xml",  # type: ignore[return-value]
                        headers={"Content-Disposition": 'attachment; filename="coattendance.graphml"'})
    return net


handlers = [coattendance, network]
