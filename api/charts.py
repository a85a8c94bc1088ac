"""Altair charts built from the same queries as the JSON endpoints: a person's activity and calendar,
co-attendance (heatmap of the busiest people, or one person's partners with significance), topic
trends, and what kinds of events officials' time goes to. `lang="en"` uses pinyin names and English
titles. Every builder returns a Vega-Lite spec with its data inline."""
from __future__ import annotations

import datetime as dt
from typing import Any

import altair as alt
import numpy as np
import polars as pl

from queries import coattendance as co_q
from queries import events as events_q
from queries import people as people_q
from queries import topics as topics_q
from queries.filters import EventFilter

from .db import Database
from .lookup import topic_names_en
from .render import CJK_FONT

NAMES = ("person-activity", "person-calendar", "coattendance", "topic-trends", "event-types")

_T = {
    "zh": {"events": "事件数", "period": "时间", "role": "角色", "title": "职务", "date": "日期", "week": "周",
           "weekday": "星期", "partner": "共同出席者", "shared": "共同出席事件", "significance": "显著性",
           "significant": "显著 (p<0.05)", "chance": "不显著", "person": "人员", "type": "事件类型",
           "share": "占比", "topic": "主题", "count": "次数", "lift": "提升度 (lift)", "year": "年",
           "activity": "{name}：活动（按{g}）", "calendar": "{name}：有活动的日子", "partners": "{name}：共同出席者",
           "heatmap": "共同出席（前{n}人，{m}）", "trends": "主题趋势（按{g}）", "types": "事件类型构成",
           "week_g": "周", "month_g": "月", "quarter_g": "季度", "year_g": "年"},
    "en": {"events": "events", "period": "period", "role": "role", "title": "title", "date": "date", "week": "week",
           "weekday": "weekday", "partner": "partner", "shared": "shared events", "significance": "significance",
           "significant": "significant (p<0.05)", "chance": "not significant", "person": "person",
           "type": "event type", "share": "share", "topic": "topic", "count": "count", "lift": "lift", "year": "year",
           "activity": "{name}: activity per {g}", "calendar": "{name}: days with events",
           "partners": "{name}: co-attendees", "heatmap": "Co-attendance (top {n}, {m})",
           "trends": "Topic trends per {g}", "types": "What their events are",
           "week_g": "week", "month_g": "month", "quarter_g": "quarter", "year_g": "year"},
}
_ROLES_ZH = {"chair": "主持", "speak": "讲话", "lead": "带队/主导", "attend": "出席", "accompany": "陪同",
             "report": "汇报", "guest": "会见对象", "none": "（未标注）"}


class _Datasets:
    """Inline data kept out of Altair, which validates and deep-copies every row it is given (0.3 s for
    3,000 events); the chart names it and _spec adds it to the Vega-Lite spec as `datasets`."""

    def __init__(self) -> None:
        self.values: dict[str, list[dict[str, Any]]] = {}

    def __call__(self, values: list[dict[str, Any]]) -> alt.Data:
        name = f"data-{len(self.values)}"
        self.values[name] = values
        return alt.Data(name=name)


def _spec(chart: alt.TopLevelMixin, data: _Datasets) -> dict[str, Any]:
    spec = chart.configure(font=CJK_FONT).configure_view(stroke=None).to_dict(validate=False)
    spec["datasets"] = spec.get("datasets", {}) | data.values
    return spec


def _label(person: dict[str, Any], lang: str) -> str:
    return person.get("pinyin") or person["name"] if lang == "en" else person["name"]


def _id_label(names: dict[str, dict[str, Any]], pid: str, lang: str) -> str:
    """The label of a person id from a people_q.names lookup (the id itself when unknown)."""
    n = names.get(pid, {})
    return _label({"name": n.get("name", pid), "pinyin": n.get("pinyin", "")}, lang)


def _topic_names(db: Database, lang: str) -> dict[str, str]:
    if lang != "en":
        return {}
    return topic_names_en(db)


def person_activity(db: Database, person: dict[str, Any], f: EventFilter, granularity: str, lang: str) -> dict:
    """Events per week or month, stacked by the person's role in them, with their titles marked."""
    ds = _Datasets()
    t = _T[lang]
    rows = events_q.focus_roles(db, f, person["person_id"])
    data = [{"date": r["date_start"].isoformat(), "role": _ROLES_ZH.get(r["role"], r["role"]) if lang == "zh" else r["role"]}
            for r in rows.iter_rows(named=True)]
    unit = "yearmonth" if granularity == "month" else "yearweek"
    bars = alt.Chart(ds(data)).mark_bar().encode(
        x=alt.X(f"{unit}(date):T", title=t["period"]),
        y=alt.Y("count():Q", title=t["events"]),
        color=alt.Color("role:N", title=t["role"]),
        tooltip=[alt.Tooltip(f"{unit}(date):T", title=t["period"]), "role:N", alt.Tooltip("count():Q", title=t["events"])],
    )
    titles = [{"date": ti["first_date"].isoformat(), "title": ti["title"]} for ti in person.get("titles", [])
              if ti["first_date"] is not None]
    rules = alt.Chart(ds(titles)).mark_rule(strokeDash=[4, 3], color="#666").encode(
        x="date:T", tooltip=[alt.Tooltip("title:N", title=t["title"]), alt.Tooltip("date:T", title=t["date"])])
    text = alt.Chart(ds(titles)).mark_text(align="left", dx=3, dy=-4, fontSize=10, color="#444",
                                                        angle=0, baseline="bottom").encode(
        x="date:T", y=alt.value(0), text="title:N")
    g = t[f"{granularity}_g"]
    chart = alt.layer(bars, rules, text).properties(
        width=640, height=260, title=t["activity"].format(name=_label(person, lang), g=g))
    return _spec(chart, ds)


_WEEKDAYS = {"zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
             "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}


def person_calendar(db: Database, person: dict[str, Any], f: EventFilter, lang: str) -> dict:
    """A calendar heatmap: a column per week, a square per day (empty days too), darker with more events."""
    ds = _Datasets()
    t = _T[lang]
    days = events_q.series(db, f, "day")
    wd = _WEEKDAYS[lang]
    data = [{"date": d.isoformat(), "week": (d - dt.timedelta(days=d.weekday())).isoformat(), "dow": wd[d.weekday()],
             "year": d.year, "count": n} for d, n in days.iter_rows()]
    chart = alt.Chart(ds(data)).mark_rect(stroke="white", strokeWidth=1.5).encode(
        x=alt.X("week:O", title=t["week"], axis=alt.Axis(labelExpr="slice(datum.value, 5)", labelAngle=-60)),
        y=alt.Y("dow:O", title=t["weekday"], sort=wd),
        color=alt.Color("count:Q", title=t["events"], scale=alt.Scale(range=["#ebedf0", "#216e39"], domainMin=0)),
        tooltip=[alt.Tooltip("date:N", title=t["date"]), alt.Tooltip("count:Q", title=t["events"])],
    ).properties(width=alt.Step(14), height=alt.Step(14), title=t["calendar"].format(name=_label(person, lang)))
    return _spec(chart, ds)


def partners(db: Database, person: dict[str, Any], f: co_q.PairFilter, top: int, lang: str) -> dict:
    """One person's top partners by shared events, coloured by significance, labelled with lift and p."""
    ds = _Datasets()
    t = _T[lang]
    frame = co_q.pairs(db, f, "count").head(top)
    names = people_q.names(db, frame["b"].to_list()) if frame.height else {}
    data = [{"partner": _id_label(names, r["b"], lang),
             "count": r["k"], "lift": round(r["lift"], 2), "pvalue": float(r["pvalue"]),
             "label": f"lift {r['lift']:.1f} · p={r['pvalue']:.2g}",
             "sig": t["significant"] if r["pvalue"] < 0.05 else t["chance"]} for r in frame.iter_rows(named=True)]
    order = [d["partner"] for d in sorted(data, key=lambda d: (-d["count"], d["pvalue"], d["partner"]))]
    base = alt.Chart(ds(data)).encode(
        y=alt.Y("partner:N", sort=order, title=t["partner"]), x=alt.X("count:Q", title=t["shared"]))
    bars = base.mark_bar().encode(
        color=alt.Color("sig:N", title=t["significance"],
                        scale=alt.Scale(domain=[t["significant"], t["chance"]], range=["#c0392b", "#9aa5b1"])),
        tooltip=["partner:N", "count:Q", "lift:Q", alt.Tooltip("pvalue:Q", format=".2g")])
    labels = base.mark_text(align="left", dx=3, fontSize=10, color="#333").encode(text="label:N")
    chart = alt.layer(bars, labels).properties(width=520, height=max(60, 22 * len(data)),
                                               title=t["partners"].format(name=_label(person, lang)))
    return _spec(chart, ds)


def heatmap(db: Database, f: co_q.PairFilter, top: int, metric: str, lang: str) -> dict:
    """The busiest `top` people's shared events (count or lift), rows and columns ordered so that
    people who meet often sit together (hierarchical clustering of the count matrix)."""
    ds = _Datasets()
    t = _T[lang]
    frame = co_q.pairs(db, f, "count")
    if frame.height:
        busiest = (pl.concat([frame.select(pl.col("a").alias("p"), pl.col("k")),
                              frame.select(pl.col("b").alias("p"), pl.col("k"))])
                   .group_by("p").agg(pl.col("k").sum()).sort(["k", "p"], descending=[True, False])
                   .head(top)["p"].to_list())
    else:
        busiest = []
    frame = frame.filter(pl.col("a").is_in(busiest) & pl.col("b").is_in(busiest))
    order = _cluster_order(busiest, frame)
    names = people_q.names(db, order)
    label = {p: _id_label(names, p, lang) for p in order}
    value = "k" if metric == "count" else "lift"
    data = []
    for r in frame.iter_rows(named=True):
        for x, y in ((r["a"], r["b"]), (r["b"], r["a"])):
            data.append({"x": label[x], "y": label[y], "value": round(float(r[value]), 3), "count": r["k"],
                         "pvalue": float(r["pvalue"])})
    sort = [label[p] for p in order]
    chart = alt.Chart(ds(data)).mark_rect().encode(
        x=alt.X("x:N", sort=sort, title=None), y=alt.Y("y:N", sort=sort, title=None),
        color=alt.Color("value:Q", title=t["count"] if metric == "count" else t["lift"],
                        scale=alt.Scale(scheme="orangered")),
        tooltip=["x:N", "y:N", alt.Tooltip("count:Q", title=t["shared"]), alt.Tooltip("value:Q", title=metric),
                 alt.Tooltip("pvalue:Q", format=".2g")],
    ).properties(width=max(200, 24 * len(order)), height=max(200, 24 * len(order)),
                 title=t["heatmap"].format(n=len(order), m=t["count"] if metric == "count" else t["lift"]))
    return _spec(chart, ds)


def _cluster_order(people: list[str], frame: pl.DataFrame) -> list[str]:
    """Leaves of an average-linkage clustering on 1 − normalised shared events (ties by input order)."""
    if len(people) < 3:
        return people
    from scipy.cluster.hierarchy import leaves_list, linkage
    from scipy.spatial.distance import squareform

    idx = {p: i for i, p in enumerate(people)}
    m = np.zeros((len(people), len(people)))
    for a, b, k in frame.select("a", "b", "k").iter_rows():
        m[idx[a], idx[b]] = m[idx[b], idx[a]] = k
    top = m.max() or 1.0
    dist = 1.0 - m / top
    np.fill_diagonal(dist, 0.0)
    order = leaves_list(linkage(squareform(dist, checks=False), method="average"))
    return [people[i] for i in order]


def topic_trends(db: Database, f: EventFilter, topics: list[str], granularity: str, measure: str,
                 lang: str) -> dict:
    """Counts or shares of the chosen topics per month, quarter or year."""
    ds = _Datasets()
    t = _T[lang]
    names = _topic_names(db, lang)
    rows = topics_q.trends(db, f, topics, granularity)
    data = [{"period": r["period"].isoformat(), "topic": names.get(r["topic"], r["topic"]), "count": r["count"],
             "share": r["share"]} for r in rows.iter_rows(named=True)]
    y_title = t["share"] if measure == "share" else t["events"]
    unit, fmt = {"month": ("yearmonth", "%Y-%m"), "quarter": ("yearquarter", "%Y Q%q"), "year": ("year", "%Y")}[
        granularity]
    chart = alt.Chart(ds(data)).mark_line(point=True).encode(
        x=alt.X(f"{unit}(period):O", title=t["period"], axis=alt.Axis(format=fmt, formatType="time", labelAngle=0)),
        y=alt.Y(f"{measure}:Q", title=y_title, axis=alt.Axis(format="%" if measure == "share" else "d")),
        color=alt.Color("topic:N", title=t["topic"]),
        tooltip=["topic:N", alt.Tooltip(f"{unit}(period):T", title=t["period"], format=fmt), "count:Q",
                 alt.Tooltip("share:Q", format=".1%")],
    ).properties(width=640, height=280, title=t["trends"].format(g=t[f"{granularity}_g"]))
    return _spec(chart, ds)


def event_types(db: Database, people: list[dict[str, Any]], f: EventFilter, lang: str) -> dict:
    """For each person, the share of their events of each type (stacked to 100%), as /events?facet=type."""
    ds = _Datasets()
    t = _T[lang]
    names = _topic_names(db, lang)
    data = []
    for p in people:
        mine = EventFilter(date_from=f.date_from, date_to=f.date_to, persons=(p["person_id"],), issuer=f.issuer)
        for c in events_q.facets(db, mine, ["type"], size=100)["type"]:
            data.append({"person": _label(p, lang), "type": names.get(c["value"], c["value"]), "count": c["count"]})
    chart = alt.Chart(ds(data)).mark_bar().encode(
        y=alt.Y("person:N", title=t["person"], sort=[_label(p, lang) for p in people]),
        x=alt.X("count:Q", stack="normalize", title=t["share"], axis=alt.Axis(format="%")),
        color=alt.Color("type:N", title=t["type"]),
        tooltip=["person:N", "type:N", "count:Q"],
    ).properties(width=560, height=max(60, 36 * len(people)), title=t["types"])
    return _spec(chart, ds)
