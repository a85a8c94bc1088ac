"""The explorer: server-rendered pages for journalists at /, /person/{id}, /topic/{name}, /event/{id}.
Works without JavaScript (charts are inline SVG drawn on the server); JavaScript only copies citations."""
from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from litestar import Request, get
from litestar.params import Parameter
from litestar.response import Template
from markupsafe import Markup, escape

import polars as pl

from queries import catalog
from queries import coattendance as co_q
from queries import events as events_q
from queries import people as people_q
from queries import topics as topics_q
from queries.filters import EventFilter

from .. import charts
from ..deps import DB
from ..errors import NotFound
from ..listing import Paging
from ..lookup import appointment_item, event_item, topic_names_en, vocabulary
from ..params import _p, name_forms, text_param
from ..render import render
from ..schemas import PersonSummary
from .coattendance import partner_items
from .events import run_events

PAGE_SIZE = 30
Lang = Annotated[Literal["zh", "en"], _p("Page language.", "en")]
PageNo = Annotated[int, _p("Page of the events list.", 2, ge=1, le=100_000)]

UI: dict[str, dict[str, str]] = {
    "zh": dict(brand="大事记检索", search="搜索", search_placeholder="官员姓名（中文或拼音）、职务或事件中的词语",
               other_lang="English", welcome="政府大事记检索", intro="输入官员姓名、职务或事件中的词语，查看其时间线、共同出席者和原文出处。",
               stats="库中共有 {events} 条事件、{people} 位人员、{sources} 份来源。", busiest="出现最多的官员",
               topics="主题", results_for="“{q}”的检索结果", people="人员", events="事件", none="无结果。", name="姓名",
               title="职务", jurisdiction="辖区", span="时间", undated="日期不详", role="角色", copy_citation="复制引文",
               copied="已复制", rank="级别", aliases="其他写法", activity="活动", interactive="交互图表", titles="职务变化",
               first="首见", last="末见", appointments="任免", partners="共同出席者", shared="共同出席",
               partners_note="lift：实际共同出席次数与随机预期之比；p：超几何检验，p<0.05 以红色标出。",
               trend="趋势（占当月事件的比例）", involved="参与最多的官员", source="出处", publication="出版物", section="栏目",
               page="页码", line="行", chars="字符", participants="参与者", agenda="研究事项",
               footer="数据来自公开的政府大事记；每条事件均附原文出处。", action_appoint="任命为", action_remove="免去",
               level_national="中央", level_provincial="省级", level_municipal="市级", level_county="县级", level_other="其他",
               grade_leader="正职", grade_deputy="副职", grade_official="其他职务"),
    "en": dict(brand="Chronicle explorer", search="Search", search_placeholder="An official's name (Chinese or pinyin), a title, or words",
               other_lang="中文", welcome="Chinese government chronicles", intro="Search an official, a title or words in the "
               "events: read their timeline, who they appear with, and cite the source sentence.",
               stats="{events} events, {people} people, {sources} sources.", busiest="Most frequent officials",
               topics="Topics", results_for="Results for “{q}”", people="People", events="Events", none="Nothing found.",
               name="Name", title="Title", jurisdiction="Jurisdiction", span="Active", undated="date unknown", role="Role",
               copy_citation="Copy citation", copied="Copied", rank="Rank", aliases="Also written", activity="Activity",
               interactive="Interactive chart", titles="Titles over time", first="First seen", last="Last seen",
               appointments="Appointments", partners="Co-attendees", shared="Shared",
               partners_note="lift: shared events over those expected by chance; p: hypergeometric test, p<0.05 in red.",
               trend="Trend (share of the month's events)", involved="Officials most involved", source="Source",
               publication="Publication", section="Section", page="Page", line="Line", chars="characters",
               participants="Participants", agenda="Agenda", footer="Data from published government chronicles; every "
               "event cites its source.", action_appoint="appointed", action_remove="removed from",
               level_national="national", level_provincial="provincial", level_municipal="municipal", level_county="county",
               level_other="other", grade_leader="leader", grade_deputy="deputy", grade_official="official"),
}
ROLES_ZH = {"chair": "主持", "speak": "讲话", "lead": "带队/主导", "attend": "出席", "accompany": "陪同", "report": "汇报",
            "guest": "会见对象"}


def _context(request: Request, db: DB, lang: str, **extra: Any) -> dict[str, Any]:
    names = topic_names_en(db)
    params = dict(request.query_params) | {"lang": "zh" if lang == "en" else "en"}
    return {
        "t": UI[lang], "lang": lang, "q": extra.pop("q", None),
        "other_lang_url": f"{request.url.path}?{urlencode(params)}",
        "person_name": lambda p: (_get(p, "pinyin") or _get(p, "name")) if lang == "en" else _get(p, "name"),
        "type_name": lambda n: names.get(n, n) if lang == "en" else n,
        **extra,
    }


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def role_filter(ctx: Any, role: str) -> str:
    return role if ctx.get("lang") == "en" else ROLES_ZH.get(role, role)


def _svg(spec: dict) -> str:
    return render(spec, "svg").decode("utf-8")


@get("/", sync_to_thread=True, cache=True, include_in_schema=False)
def search_page(request: Request, db: DB, q: Annotated[str | None, _p("Search text.", "张百顺", required=False)] = None,
                lang: Lang = "zh") -> Template:
    q = text_param(q, "q", 100)
    if not q:
        people, _ = people_q.search(db, q=None, q_simplified=None, q_key="", issuer=None, limit=15)
        topics = topics_q.listing(db, EventFilter(), "topic").filter(pl.col("n_events") > 0).head(30)
        return Template("search.html", context=_context(
            request, db, lang, people=[PersonSummary(id=r.pop("person_id"), **r) for r in people.iter_rows(named=True)],
            topics=list(topics.iter_rows(named=True)), stats=catalog.stats(db)))
    simplified, key = name_forms(q)
    people, people_total = people_q.search(db, q=q, q_simplified=simplified, q_key=key, issuer=None, limit=50)
    with db.heavy():
        events, events_total = run_events(db, EventFilter(q=q, q_alt=simplified), Paging(PAGE_SIZE, 0, "json"))
    return Template("search.html", context=_context(
        request, db, lang, q=q, people=[PersonSummary(id=r.pop("person_id"), **r) for r in people.iter_rows(named=True)],
        people_total=people_total, events=events, events_total=events_total))


@get("/person/{person_id:str}", sync_to_thread=True, cache=True, include_in_schema=False)
def person_page(request: Request, db: DB, person_id: Annotated[str, Parameter(description="Person id.")],
                lang: Lang = "zh", page: PageNo = 1) -> Template:
    row = people_q.detail(db, person_id)
    if row is None:
        raise NotFound(f"no person {person_id!r}", "person_id")
    f = EventFilter(persons=(person_id,))
    events, total = run_events(db, f, Paging(PAGE_SIZE, (page - 1) * PAGE_SIZE, "json"), focus=person_id)
    partners = partner_items(db, co_q.pairs(db, co_q.PairFilter(person=person_id), "count").head(12), person_id)
    apps = people_q.appointments_of(db, row, limit=200)
    person = dict(row) | {"id": person_id, "appointments": [appointment_item(a) for a in apps]}
    activity = _svg(charts.person_activity(db, row, f, "month", lang)) if row["n_events"] else ""
    calendar = _svg(charts.person_calendar(db, row, f, lang)) if row["n_events"] else ""
    return Template("person.html", context=_context(
        request, db, lang, p=person, events=events, events_total=total, partners=partners, page=page,
        page_size=PAGE_SIZE, activity_svg=Markup(activity), calendar_svg=Markup(calendar)))


@get("/topic/{topic:str}", sync_to_thread=True, cache=True, include_in_schema=False)
def topic_page(request: Request, db: DB, topic: Annotated[str, Parameter(description="Topic, Chinese or English.")],
               lang: Lang = "zh", page: PageNo = 1) -> Template:
    try:
        name = vocabulary(db, topic, "topic", "topic")
    except Exception:  # noqa: BLE001 (an unknown topic is a 404 on a page, not a 400)
        raise NotFound(f"no topic {topic!r}", "topic") from None
    f = EventFilter(topic=name)
    events, total = run_events(db, f, Paging(PAGE_SIZE, (page - 1) * PAGE_SIZE, "json"))
    involved = events_q.facets(db, f, ["person"], size=15)["person"]
    en = topic_names_en(db).get(name, name)
    trend = _svg(charts.topic_trends(db, EventFilter(), [name], "month", "share", lang))
    return Template("topic.html", context=_context(
        request, db, lang, topic=name, topic_en=en, events=events, events_total=total, involved=involved, page=page,
        page_size=PAGE_SIZE, trend_svg=Markup(trend)))


@get("/event/{event_id:str}", sync_to_thread=True, cache=True, include_in_schema=False)
def event_page(request: Request, db: DB, event_id: Annotated[str, Parameter(description="Event id.")],
               lang: Lang = "zh") -> Template:
    rows = events_q.one(db, event_id)
    if not rows:
        raise NotFound(f"no event {event_id!r}", "event_id")
    e = event_item(rows[0])
    return Template("event.html", context=_context(request, db, lang, e=e, highlighted=highlight(e.text, e.participants)))


def highlight(text: str, participants: list[Any]) -> Markup:
    """The entry text, escaped, with every written form of a participant's name marked."""
    out = str(escape(text))
    for name in sorted({p.name for p in participants}, key=len, reverse=True):
        safe = str(escape(name))
        out = out.replace(safe, f'<mark class="participant">{safe}</mark>')
    return Markup(out)


handlers = [search_page, person_page, topic_page, event_page]
