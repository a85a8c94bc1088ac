"""A line after a finished sentence, with no date or marker: a further paragraph of the entry, or an event of its own on
the same date (EXTRACTION.md, "Entry boundaries"). Checked on pairs of lines from real chronicles, and on the gold laid
out as other chronicles lay theirs out: markers left out, a repeated date left out, every sentence on its own line; or
each dated line run on after the line before; and either of these with every mark in ASCII, full stops too."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from etl.chronicle import Context, split_entries
from etl.dates import parse_period
from etl.gazette import Section
from etl.parse import parse_file, parse_source
from etl.source import read_source, split_lines

from .conftest import shared_or_skip


def texts(text: str) -> list[str]:
    sec = Section(title="", heading_line=None, period=None, lines=list(split_lines(text)))
    return [e.text for e in split_entries(sec, Context(2024, 9), lambda ln, msg: None)]


@pytest.mark.parametrize("before,line", [
    # whom they visit left unsaid: those the entry named
    ("宣传部长率领慰问采风团到肥城市进行演出。", "省委常委、宣传部长王敏，市委书记耿文清等领导到肥城看望。"),
    ("省市领导看望周铁农一行。", "省市领导汪希萱、虞荣仁等一同前往看望。"),
    # … or named there
    ("周铁农率全国人大检查组来杭检查工作。", "晚上，市委书记李金明前往新侨饭店看望周铁农。"),
    # at the meeting, class, session or ceremony just named, and what they did there
    ("全省铁路建设工作会议在济南召开。", "副省长郭兆信参加会议并代表省政府签订目标责任书。"),
    ("全省铁路建设工作会议在济南召开。", "常务副省长王仁元出席会议并讲话，副省长郭兆信代表省政府签订目标责任书。"),
    ("全国扶贫系统外事管理培训班在十堰市举办。", "国务院扶贫办副司长刘书文出席开班仪式并作专题授课。"),
    ("我市绕城公路北线建设正式开工。", "市领导吴键、李松春等出席开工典礼。"),
    ("市政府党组理论学习中心组进行集体学习。", "市长张百顺主持学习并讲话。"),
    ("市委统战部部长到我市调研，期间组织召开座谈会。", "市委副书记李希信陪同调研并主持座谈会，副市长刘卫东参加调研活动。"),
    ("全市安委会全体会议召开。", "副县长张树军，各乡镇负责人在政府五楼会议室收听收看。"),
    ("市委书记到车间督导检查。", "市委常委、秘书长赵正友及有关部门负责人参加了督导活动。"),
    ("韩正率领上海市代表团赴浙江省学习考察。", "随同学习考察的还有市人大常委会主任龚学平。"),
    # the congress's outcome; nouns made of visit verbs; a department's name; a party's course
    ("中共临沭县第三次代表大会召开。", "陈学明当选为县委书记，王桂秋、朱心璞当选为县委副书记。"),
    ("全国人大环资委检查组在杭检查水污染防治工作。", "副市长陈继松向检查组简要汇报了截污工程情况。"),
    ("县委书记率县党政考察团到通州区考察。", "县党政考察团和通州区领导同志进行了座谈。"),
    ("旗政协常委会召开会议。", "旗委组织部、统战部相关人员列席会议。"),
    ("庆元县委召开会议。", "中央纪委、中央组织部有关同志出席会议。"),
    ("高而基教授来庆元考察香菇发展历史。", "考察后，高教授挥笔题词。"),
    ("亚运圣火交接仪式在县体育场举行。", "清晨，又举行盛大欢送仪式。"),
    ("元旦升国旗仪式暨万人健身跑活动在世纪广场举行。", "升旗仪式结束后，万余名长跑爱好者参加健身跑活动。"),
    ("市长裘东耀率代表团在澳门学习考察。", "裘东耀首先来到联谊会，与乡亲握手交谈。"),
    ("代表团在澳门学习考察，裘东耀致辞。", "下午，裘东耀专程拜会何厚铧。"),
    ("中蒙博览会开幕。", "习近平，蒙古国总统额勒贝格道尔吉分别向大会发来贺信。"),
    # … or done with the visitor the entry before named
    ("市长王永明会见阿加迪尔市市政委员会主席穆罕默德·渥里格先生率领的摩洛哥代表团。",
     "市长王永明与穆罕默德·渥里格先生代表两市签署了友好关系意向书。"),
    ("市长王永明会见周铁农一行。", "副市长陈继松与周铁农共同签署了合作协议。"),
    # (the meeting's own steps, and what it did with an approval, go on)
    ("县委召开常委会议。", "经研究，同意成立县城市管理委员会。"),
    ("县人大常委会召开会议。", "经省人大常委会批准，会议决定补选代表。"),
    # (what the body the entry named decided or appointed at its meeting)
    ("县委召开常委会议，研究干部任免事项。", "县委决定，王五任县委办公室主任。"),
    ("市人大常委会召开第十二次会议。", "市人大常委会任命李四为市财政局局长。"),
    # a ceremony named by another word for the act the entry named (签约仪式 after 签订…协议)
    ("县人民政府与某某集团有限公司签订战略合作协议。", "县长马国强、集团董事长张伟出席签约仪式并见证签约。"),
    ("市体育中心项目正式动工。", "市委书记张三出席开工仪式。"),
])
def test_a_further_paragraph_of_the_entry(before: str, line: str) -> None:
    assert texts(f"3日，{before}\n{line}\n") == [before + line]


@pytest.mark.parametrize("before,line", [
    ("市长张振川等在城区检查重点项目进展情况。", "市委常委、副市长侯端敏等深入四川北川县陈家坝乡指导抗震救灾防疫工作。"),
    ("副市长刘成文主持。", "我市第三批抗震救灾卫生监督队启程，奔赴四川灾区。"),
    ("市长张百顺主持召开市政府常务会议。", "市政府党组理论学习中心组进行集体学习。"),
    ("市委书记马国强与代表们共议基层社会治理。", "为开好民主生活会，市委书记马国强主持召开征求意见座谈会。"),
    ("市委书记马国强与代表们共议基层社会治理。", "市长周先旺参加汉阳区、东西湖区代表团联团审议。"),
    # a ceremony the entry before did not name is another
    ("我市绕城公路北线建设正式开工。", "市长王永明出席揭牌仪式。"),
    ("县交通科成立。", "全县组建高级农业生产合作社180个。"),
    ("市长王永明会见周铁农一行。", "市长王永明与浙江大学校长潘云鹤签署合作协议。"),
    # a decision an authority approved (older annals set each on its own line under the day)
    ("市委书记谢强华到梅县调研。", "经省委组织部同意，市委决定，陈桂光任中共丰顺县委书记。"),
    ("全国记协副主席丁希凌到梅州考察。", "經(jīng)省委批準(zhǔn)，建立梅州市人大常委會籌備組。"),
    # a decision or an appointment of another body, a transfer (older annals' items under one year)
    ("华东农林部分配给山东省滴滴涕2900斤。", "外交部决定：在青岛的外侨陆续遣返回国。"),
    ("袁世凯奏准在山东设局铸造银元。", "清廷命袁世凯署直隶总督，漕运总督张人骏调任山东巡抚。"),
    ("县交通科成立。", "市政府决定，对先进集体给予表彰。"),
])
def test_an_event_of_its_own_on_the_same_date(before: str, line: str) -> None:
    assert texts(f"3日，{before}\n{line}\n") == [before, line]


@pytest.mark.parametrize("first,second", [("1.", "2."), ("（1）", "（2）"), ("一、", "二、")])
def test_items_numbered_under_their_day_are_events_of_their_own(first: str, second: str) -> None:
    # 3日 / 1.市委… / 2.市长…: the next number is the next item, each of the day; their titles are the offices
    # written after the number (before: （2）… went on as a paragraph, and 1.市委书记 was a title)
    text = f"2024年1月大事记\n3日\n{first}市委书记张三主持召开市委常委会会议。\n{second}市长李四调研重点项目。\n"
    events = parse_source(read_source(text.encode(), "n.txt")).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2024-01-03", f"{first}市委书记张三主持召开市委常委会会议。"), ("2024-01-03", f"{second}市长李四调研重点项目。")]
    assert [[(p.name, p.title, p.roles) for p in e.participants] for e in events] == [
        [("张三", "市委书记", ["chair"])], [("李四", "市长", ["lead"])]]
    # (the points of a list an entry opened go on with it: 会议要求：/ 1.… / 2.…)
    assert len(texts("3日，市委召开会议。会议要求：\n1.抓好安全生产。\n2.做好防汛工作。\n")) == 1


@pytest.mark.parametrize("line", ["下午，", "为做好防汛工作，", "为做好防汛工作，下午，"])
def test_a_line_that_is_only_a_part_of_the_day_or_a_purpose_goes_on(line: str) -> None:
    # (what is left once they are read past is nothing: no subject, no verb, no new event)
    assert texts(f"3日，全市防汛会议召开。\n{line}\n") == ["全市防汛会议召开。" + line]


def test_a_day_with_a_part_of_the_day_at_a_line_s_start_in_a_list_of_bare_days_is_inside_the_entry() -> None:
    got = texts("1  我市召开大会。\n5  市委召开常委会。\n7日至9  市长裘东耀率代表团在澳门学习考察。\n"
                "8日下午，裘东耀专程拜会何厚铧。\n10  我市召开大会。\n")
    assert got[2:] == ["市长裘东耀率代表团在澳门学习考察。8日下午，裘东耀专程拜会何厚铧。", "我市召开大会。"]


def _laid_out_otherwise(text: str) -> str:
    """Same-day markers left out, a date that repeats the line before's left out, every sentence on its own line."""
    text = re.sub(r"(?m)^(\s*)[△▲□☆]\s*(?!\d)", r"\1", text)
    out, last = [], None
    for line in text.split("\n"):
        if m := re.match(r"^(\s*)((?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?:\s*[，,]\s*|\s+))(?=\S)", line):
            key = re.sub(r"\s", "", m.group(2)).rstrip("，,")
            if key == last:
                line = m.group(1) + line[m.end():]
            last = key
        out.append(line)
    return re.sub(r"。(?=[^\n”」』）)])", "。\n", "\n".join(out))


# a copy that writes its punctuation in ASCII, full stops too (主持会议.市长乙出席.): gold text and titles alike
_ASCII = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def _in_ascii(text: str) -> str:
    return text.translate(_ASCII)


def _run_together(text: str) -> str:
    """Each dated or marked line run on after the line before where that one ends a sentence (a web copy's
    paragraphs joined with a space): a wrapped line of an entry may then hold the next entry's date."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and re.match(r"^\s*(?:\d{1,2}\s*日|[△▲]|同日|\d{1,2}月\d{1,2}日)", line) and out[-1].rstrip().endswith("。"):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


_LAYOUTS = {"otherwise": _laid_out_otherwise, "run together": _run_together}


@pytest.mark.parametrize("layout", ["otherwise", "otherwise, in ASCII", "run together", "run together, in ASCII"])
@pytest.mark.parametrize("corpus,least", [("seed", 1.0), ("dev", 1.0)])
def test_the_gold_laid_out_otherwise_reads_the_same(corpus: str, least: float, layout: str, tmp_path: Path) -> None:
    shared = shared_or_skip()
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    ascii_ = layout.endswith("ASCII")
    total = score.Tally()
    for gold_path in sorted((shared / "corpus" / corpus / "gold").glob("*.jsonl")):
        period_file = gold_path.with_name(gold_path.stem + ".period.txt")
        period = period_file.read_text(encoding="utf-8").split()[0] if period_file.exists() else None
        src = shared / "corpus" / corpus / f"{gold_path.stem}.txt"
        moved = tmp_path / src.name
        text = _LAYOUTS[layout.split(",")[0]](src.read_text(encoding="utf-8"))
        moved.write_text(_in_ascii(text) if ascii_ else text, encoding="utf-8")
        pred = [json.loads(json.dumps(e.contract())) for e in parse_file(moved, parse_period(period)).events]
        gold, _ = score.load(gold_path)
        if ascii_:
            for ev in gold:
                ev["text"] = _in_ascii(ev["text"])
                for p in ev["participants"]:
                    p["title"] = _in_ascii(p["title"])
        total.add(score.score_file(gold, pred))
    s = total.summary()
    assert s["events"]["f1"] >= least and s["participants"]["f1"] >= least, s
    assert s["roles_exact"] >= least and s["titles_exact"] >= least and s["agenda"]["f1"] >= least, s


@pytest.mark.parametrize("first,second", [
    # a semicolon ends a clause, not the sentence (before: 朱敏… read as an event of its own)
    ("市委常委、常务副市长黄勇；", "市委常委、秘书长朱敏出席全市土壤普查工作推进会。"),
    # … and so does a bracket inside a sentence (before: 调研… read as an event of its own)
    ("市政协副主席黄志强带队赴各县（市、区）", "调研文旅融合发展情况。"),
])
def test_a_line_cut_after_a_semicolon_or_a_bracket_goes_on(first: str, second: str) -> None:
    assert texts(f"3日，{first}\n{second}\n") == [first + second]
    # (a bracket after a finished sentence, or a line's own, still closes it)
    assert len(texts("3日，市委召开常委会会议。（记者 王小明）\n市长李四主持召开市政府常务会议。\n")) == 2


def test_a_headline_the_dated_item_below_says_again_is_dropped() -> None:
    # a news list's headline over each dated item (before: an event of its own, dated as the item above)
    got = texts("9月3日，市委常委会召开会议。市委书记张三主持会议。\n全市招商引资大会举行\n"
                "9月5日，全市招商引资大会举行。市长李四出席并讲话。\n")
    assert got == ["市委常委会召开会议。市委书记张三主持会议。", "全市招商引资大会举行。市长李四出席并讲话。"]
    # (a line the item below does not say again is no headline of it)
    got = texts("9月3日，市委常委会召开会议。\n市长李四主持召开市政府常务会议\n9月5日，全市招商引资大会举行。\n")
    assert got == ["市委常委会召开会议。", "市长李四主持召开市政府常务会议", "全市招商引资大会举行。"]


def test_a_headline_in_brackets_over_a_dated_item_is_dropped() -> None:
    # 【…】 alone on its line over the next dated item is its headline, said again or not (before: 【市长会见客商】 was
    # an event of its own, dated as the item above)
    got = texts("【市委常委会召开会议】\n9月5日，市委书记张三主持召开市委常委会会议。\n【市长会见客商】\n"
                "9月6日，市长李四会见香港客商王五一行。\n")
    assert got == ["市委书记张三主持召开市委常委会会议。", "市长李四会见香港客商王五一行。"]
