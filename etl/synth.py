"""A synthetic chronicle corpus with ground truth, for scale tests and a second accuracy check.

`etl synth --events N --cities C --years Y --out DIR [--seed S] [--shapes …]` writes chronicles in the
shapes seen in the real corpus (a gazette month section with page furniture and a `（下转第N页）`
continuation, a web page with `M月D日` dates, a yearbook chapter with month headings, `△` markers,
ranges and 旬; on request also a news list of dates, headlines and reports, a numbered table, and a web
column whose items carry their dates after them), for rosters of officials per city and province whose titles change over the years,
with realistic co-attendance (a mayor's regular companions), agendas and topics; and for each file
the true events in the extraction contract (`DIR/gold/NAME.jsonl`, with `NAME.period.txt`), so
`../shared/eval/run.sh DIR` scores the parser on it. Deterministic for a seed.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from .dates import int_to_cn
from .identity import _places

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志新文斌海波宏亮春雷晓东俊峰")
TOPICS = ["安全生产", "乡村振兴", "招商引资", "生态环境保护", "营商环境", "民生实事", "城市更新", "防汛抗旱",
          "科技创新", "教育", "医疗卫生", "文化旅游", "重点项目建设", "食品安全", "信访稳定"]
PLACES = ["经济开发区", "高新区", "东城区", "西城区", "南湖镇", "北山乡", "滨河街道", "临港产业园"]
ORGS = ["中国建筑集团", "华为技术有限公司", "国家开发银行", "中国中车", "比亚迪股份有限公司", "京东集团"]
GUEST_TITLES = ["董事长", "总裁", "副总经理", "行长"]


@dataclass
class Official:
    name: str
    titles: dict[int, str] = field(default_factory=dict)  # year → title that year


@dataclass
class City:
    name: str  # 聊城
    province: str
    roster: dict[str, list[Official]]  # post → holders (index by year)


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if n not in used:
            used.add(n)
            return n


SHAPES = ("gazette", "web", "yearbook")  # the default shapes, one per city in turn (the benchmarks' corpora)
# … and the web formats written on request (--shapes): a news list (2024.01.03 / headline / 1月3日，report), a
# numbered table (| 1 | 1月3日 | … |) and a column whose items carry their dates after them (· … [2024-01-03])
WEB_SHAPES = ("news", "table", "list")

POSTS = {  # post → title written before the name
    "secretary": "市委书记", "mayor": "市委副书记、市长", "executive": "市委常委、常务副市长", "vice1": "副市长",
    "vice2": "副市长", "vice3": "副市长", "secgen": "市政府秘书长", "congress": "市人大常委会主任",
    "cppcc": "市政协主席",
}


def _roster(rng: random.Random, years: list[int], used: set[str]) -> dict[str, dict[int, Official]]:
    """Who holds each post each year; the mayor often becomes secretary, a vice mayor the executive."""
    holders: dict[str, dict[int, Official]] = {p: {} for p in POSTS}
    current = {p: Official(_name(rng, used)) for p in POSTS}
    for y in years:
        if y != years[0]:
            if rng.random() < 0.25:  # promotion: the mayor becomes party secretary, a new mayor comes
                current["secretary"], current["mayor"] = current["mayor"], Official(_name(rng, used))
            for post in ("executive", "vice1", "vice2", "vice3", "secgen", "congress", "cppcc"):
                if rng.random() < 0.2:
                    current[post] = (current["vice1"] if post == "executive" else Official(_name(rng, used)))
                    if post == "executive":
                        current["vice1"] = Official(_name(rng, used))
        for post, person in current.items():
            person.titles[y] = POSTS[post]
            holders[post][y] = person
    return holders


def _p(name: str, title: str, roles: list[str]) -> dict:
    return {"name": name, "title": title, "roles": roles}


def _event(rng: random.Random, city: str, r: dict[str, Official], prov: dict[str, Official], y: int) -> tuple[str, list, list]:
    """One entry's text (no date), its participants and agenda, from a template chosen at random."""
    sec, mayor, exe = r["secretary"], r["mayor"], r["executive"]
    vices = [r["vice1"], r["vice2"], r["vice3"]]
    secgen = r["secgen"]
    t = rng.random()
    topic = rng.choice(TOPICS)
    if t < 0.22:
        a, b = rng.sample(TOPICS, 2)
        c1, c2 = rng.sample([exe] + vices, 2)
        text = (f"{mayor.titles[y]}{mayor.name}主持召开市政府常务会议，研究{a}、{b}等工作。"
                f"{c1.name}、{c2.name}、{secgen.name}参加会议。")
        return text, [_p(mayor.name, mayor.titles[y], ["chair"]), _p(c1.name, "", ["attend"]),
                      _p(c2.name, "", ["attend"]), _p(secgen.name, "", ["attend"])], [a, b]
    if t < 0.42:
        lead = rng.choice([mayor, mayor, exe] + vices)
        place = rng.choice(PLACES)
        text = f"{lead.titles[y]}{lead.name}带队到{place}调研{topic}工作，{secgen.name}参加活动。"
        return text, [_p(lead.name, lead.titles[y], ["lead"]), _p(secgen.name, "", ["attend"])], []
    if t < 0.60:
        text = (f"全市{topic}工作会议召开。{sec.titles[y]}{sec.name}出席会议并讲话，"
                f"{mayor.titles[y]}{mayor.name}主持会议。")
        return text, [_p(sec.name, sec.titles[y], ["attend", "speak"]), _p(mayor.name, mayor.titles[y], ["chair"])], []
    if t < 0.74:
        guest = _name(rng, set())
        gt = rng.choice(GUEST_TITLES)
        org = rng.choice(ORGS)
        host = rng.choice([mayor, sec])
        text = f"{host.titles[y]}{host.name}会见{org}{gt}{guest}一行，{secgen.name}参加会见。"
        # the title is everything written before the name after the verb: organisation and post
        return text, [_p(host.name, host.titles[y], ["lead"]), _p(guest, org + gt, ["guest"]),
                      _p(secgen.name, "", ["attend"])], []
    if t < 0.84:
        pv = rng.choice([prov["governor"], prov["vice"]])
        text = (f"{pv.titles[y]}{pv.name}来我市调研{topic}工作，{sec.titles[y]}{sec.name}、"
                f"{mayor.titles[y]}{mayor.name}陪同。")
        return text, [_p(pv.name, pv.titles[y], ["lead"]), _p(sec.name, sec.titles[y], ["accompany"]),
                      _p(mayor.name, mayor.titles[y], ["accompany"])], []
    if t < 0.92:
        text = f"市政府党组召开理论学习中心组学习会议，{mayor.titles[y]}{mayor.name}主持并讲话。"
        return text, [_p(mayor.name, mayor.titles[y], ["chair", "speak"])], []
    v = rng.choice(vices)
    text = f"{city}市第{rng.randint(2, 30)}届{topic}博览会开幕，{v.titles[y]}{v.name}出席开幕式。"
    return text, [_p(v.name, v.titles[y], ["attend"])], []


def _month_entries(rng: random.Random, n: int, y: int, m: int) -> list[tuple[str, dt.date, dt.date, str]]:
    """n (prefix, start, end, precision) dates in a month, in order, with ranges, 旬 and same-day markers."""
    days = calendar.monthrange(y, m)[1]
    picks = sorted(rng.randint(1, days) for _ in range(n))
    out = []
    prev = None
    for d in picks:
        start = dt.date(y, m, d)
        r = rng.random()
        if prev == start and r < 0.5:
            out.append(("△", start, start, "day"))
        elif r < 0.06 and d + 2 <= days:
            out.append((f"{d}—{d + 2}日", start, dt.date(y, m, d + 2), "day"))
        elif r < 0.09:
            xun = (d - 1) // 10 if d <= 30 else 2
            lo = dt.date(y, m, 1 + 10 * xun)
            hi = dt.date(y, m, days if xun == 2 else 10 * (xun + 1))
            out.append((["上旬", "中旬", "下旬"][xun], lo, hi, "xun"))
            start = None
        else:
            out.append((f"{d}日", start, start, "day"))
        prev = start
    return out


def synth(events: int, cities: int, years: int, out: Path, seed: int = 1, start_year: int = 2015,
          shapes: tuple[str, ...] = SHAPES) -> dict[str, int]:
    """Write the corpus, each city in the next of `shapes`; returns counts (files, events)."""
    unknown = [sh for sh in shapes if sh not in SHAPES + WEB_SHAPES]
    if unknown or not shapes:
        raise ValueError(f"unknown shapes {unknown}: choose from {', '.join(SHAPES + WEB_SHAPES)}")
    rng = random.Random(seed)
    out = Path(out)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    province_of, _ = _places()
    pool = sorted(p for p, prov in province_of.items() if p != prov and len(p) >= 2)
    chosen = rng.sample(pool, min(cities, len(pool)))
    year_list = list(range(start_year, start_year + years))
    used: set[str] = set()
    provs: dict[str, dict[str, dict[int, Official]]] = {}
    per_month = max(1.0, events / (len(chosen) * years * 12))
    manifest, n_files, n_events = [], 0, 0
    for ci, city in enumerate(chosen):
        prov_name = province_of[city]
        if prov_name not in provs:
            gov, vice = Official(_name(rng, used)), Official(_name(rng, used))
            for y in year_list:
                gov.titles[y], vice.titles[y] = "省长", "副省长"
            provs[prov_name] = {"governor": {y: gov for y in year_list}, "vice": {y: vice for y in year_list}}
        roster = _roster(rng, year_list, used)
        shape = shapes[ci % len(shapes)]
        for y in year_list:
            r = {post: roster[post][y] for post in POSTS}
            prov = {k: v[y] for k, v in provs[prov_name].items()}
            months = []
            for m in range(1, 13):
                n = max(1, round(rng.gauss(per_month, per_month * 0.15)))
                entries = []
                for prefix, start, end, precision in _month_entries(rng, n, y, m):
                    text, parts, agenda = _event(rng, city, r, prov, y)
                    if prefix == "△" and entries:
                        start, end = entries[-1][1], entries[-1][2]
                    if shape in WEB_SHAPES and (precision != "day" or start != end or prefix == "△"):
                        # (these formats write one day an item: a span or a 旬 is its first day, and a same-day
                        # item says its day again)
                        prefix, end, precision = f"{start.day}日", start, "day"
                    entries.append((prefix, start, end, precision, text, parts, agenda))
                months.append((m, entries))
            files = _write(out, city, y, shape, months)
            for name, period, truth in files:
                (out / "gold" / f"{name}.jsonl").write_text(
                    "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth), encoding="utf-8")
                (out / "gold" / f"{name}.period.txt").write_text(period + "\n", encoding="utf-8")
                manifest.append({"file": f"{name}.txt", "url": f"https://synth.example/{name}", "period": period,
                                 "issuer": f"{city}市人民政府", "source": f"{city}市大事记（合成）{name}"})
                n_files += 1
                n_events += len(truth)
    (out / "manifest.json").write_text(json.dumps({"about": "synthetic corpus (etl synth)", "files": manifest},
                                                  ensure_ascii=False, indent=1), encoding="utf-8")
    return {"files": n_files, "events": n_events}


def _truth(prefix: str, start: dt.date | None, end: dt.date | None, precision: str, text: str, parts: list,
           agenda: list) -> dict:
    return {"date_start": start.isoformat() if start else None, "date_end": end.isoformat() if end else None,
            "date_precision": precision, "text": text, "participants": parts, "mentioned": [], "agenda": agenda,
            "truncated": False}


def _write(out: Path, city: str, y: int, shape: str, months: list) -> list[tuple[str, str, list]]:
    """The files for one city-year in one shape; returns (name, period, truth)."""
    written = []
    if shape == "yearbook":  # one chapter a year: month headings, day entries with a space
        lines, truth = [f"{city}市年鉴{y + 1} · 大事记", "", f"{y}年", ""], []
        for m, entries in months:
            lines.append(f"{m}月")
            for prefix, start, end, precision, text, parts, agenda in entries:
                lines.append(f"{prefix} {text}" if prefix.endswith("日") else f"{prefix}{text}" if prefix == "△"
                             else f"{prefix}，{text}")
                truth.append(_truth(prefix, start, end, precision, text, parts, agenda))
        name = f"{city}-{y}-yearbook"
        (out / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return [(name, str(y), truth)]
    for m, entries in months:
        truth = [_truth(*e) for e in entries]
        if shape in WEB_SHAPES:
            lines, truth = _web_shape(city, y, m, shape, entries)
            name = f"{city}-{y}-{m:02d}-{shape}"
            (out / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
            written.append((name, f"{y}-{m:02d}", truth))
            continue
        if shape == "web":
            lines = [f"{city}市人民政府{y}年{m}月大事记", f"发布时间：{y}-{m:02d}-28 来源：{city}市人民政府办公室", ""]
            for prefix, start, end, precision, text, parts, agenda in entries:
                lines.append(f"△{text}" if prefix == "△" else f"{m}月{prefix}，{text}" if prefix.endswith("日")
                             else f"{m}月{prefix}，{text}")
            name = f"{city}-{y}-{m:02d}-web"
        else:  # gazette: contents, the month section split over two pages with a continuation
            page = 20 + m
            cut = max(1, len(entries) // 2)
            body = [(f"△{t[4]}" if t[0] == "△" else f"{t[0]}，{t[4]}") for t in entries]
            lines = [f"{city}市人民政府公报", f"{y}年第{m}期", "目 录", f"{city}市人民政府大事记（{y}年{m}月） {page}", "",
                     f"{city}市人民政府大事记", f"（{y}年{m}月）"]
            lines += body[:cut]
            lines[-1] = lines[-1] + f"（下转第{page + 2}页）"
            lines += [f"— {page} —", "", f"{city}市人民政府办公室关于做好{TOPICS[m % len(TOPICS)]}工作的通知",
                      f"{city}政办字〔{y}〕{m}号", "各县（市、区）人民政府：", "现将有关事项通知如下。", f"— {page + 1} —",
                      f"（上接第{page}页）"]
            lines += body[cut:]
            lines.append(f"— {page + 2} —")
            name = f"{city}-{y}-{m:02d}-gazette"
        (out / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append((name, f"{y}-{m:02d}", truth))
    return written


def _web_shape(city: str, y: int, m: int, shape: str, entries: list) -> tuple[list[str], list[dict]]:
    """A month in one of the web formats (WEB_SHAPES), every item a day; its lines and true events."""
    lines = [f"{city}市人民政府{y}年{m}月大事记"]
    truth = []
    if shape == "table":
        lines += ["| 序号 | 日期 | 内容 |", "| --- | --- | --- |"]
    for k, (_, start, end, precision, text, parts, agenda) in enumerate(entries, start=1):
        if shape == "news":
            # (a headline with no name and no agenda in it, each its own: a line repeated down a page is its
            # running header, furniture)
            headline = f"{city}市{TOPICS[(k - 1) % len(TOPICS)]}工作动态第{int_to_cn(k)}期"
            report = f"{m}月{start.day}日，{text}"
            lines += [f"{y}.{m:02d}.{start.day:02d}", headline, report]
            text = headline + report  # (the lines join with nothing: the headline, then the report)
        elif shape == "table":
            lines.append(f"| {k} | {m}月{start.day}日 | {text} |")
        else:
            lines.append(f"· {text} [{y}-{m:02d}-{start.day:02d}]")
        truth.append(_truth("", start, end, precision, text, parts, agenda))
    return lines, truth
