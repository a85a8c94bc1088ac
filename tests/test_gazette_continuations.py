"""Gazette structure: sections found by heading and TOC, continuations stitched wherever they lie."""
from __future__ import annotations

import pytest

from etl.dates import parse_period
from etl.gazette import find_structure, is_furniture
from etl.model import ParseResult
from etl.parse import parse_file, parse_source
from etl.source import read_source

from .conftest import SEED


def parse_text(text: str, name: str, period: str | None = None) -> ParseResult:
    """The parse of `text` as the file `name` (its extension says how it is read), in `period` if given."""
    return parse_source(read_source(text.encode(), name), parse_period(period) if period else None)


def dates_and_texts(r: ParseResult) -> list[tuple[str | None, str]]:
    return [(e.date_start, e.text) for e in r.events]


def test_seed_sections_pages_and_continuations() -> None:
    src = read_source(SEED.read_bytes(), SEED.name)
    st = find_structure(src)
    assert [(s.period and str(s.period), s.page) for s in st.sections] == [("2024-09", 29), ("2024-10", 30)]
    # each continuation lies earlier in the file, after an appointment notice
    for sec in st.sections:
        assert len(sec.continued_from) == 1 and sec.continued_from[0] < sec.heading_line
        up = src.lines[sec.continued_from[0] - 1].text
        assert up.startswith(f"（上接第{sec.page}页）")


def test_seed_entry_split_by_a_page_turn_is_one_event_citing_both_pieces() -> None:
    result = parse_file(SEED)
    ev = next(e for e in result.events if e.text.startswith("聊城市庆祝人民政协"))
    assert ev.text.startswith("聊城市庆祝人民政协成立75周年大会举行。")
    assert "下转" not in ev.text and "上接" not in ev.text and ev.date_start == "2024-09-29"
    text = SEED.read_text(encoding="utf-8")
    spans = ev.provenance.spans
    assert len(spans) >= 2 and spans[0][0] > spans[1][0]  # the continuation stands earlier in the file
    assert "".join(text[a:b] for a, b in spans) == ev.text  # offsets cite exactly the joined text
    assert ev.provenance.page == 29  # it starts on the chronicle's page …
    nxt = result.events[result.events.index(ev) + 1]
    assert nxt.provenance.page == 27 and nxt.date_start == "2024-09-29"  # … the next entry stands on page 27
    # nothing of the appointment notice leaks into the chronicle
    assert not any("任命" in e.text or "挂职" in e.text for e in result.events)


def test_two_issues_of_a_gazette_in_one_file_each_keep_their_entries() -> None:
    # a volume bound of several issues repeats each issue's furniture, and its pages: every entry is read, and
    # each page turn is stitched to the piece of its own issue
    text = SEED.read_text(encoding="utf-8")
    one = parse_text(text, "g.txt")
    three = parse_text(text + "\n" + text + "\n" + text, "g.txt")
    assert dates_and_texts(three) == dates_and_texts(one) * 3
    lines = text.count("\n") + 1
    turned = [e for e in three.events if e.text.startswith("聊城市庆祝人民政协成立75周年大会举行。")]
    assert [(e.provenance.line - 1) // lines for e in turned] == [0, 1, 2]
    assert [(e.provenance.spans[1][0] // (len(text) + 1)) for e in turned] == [0, 1, 2]


def test_page_turns_are_stitched_by_page_order_where_no_table_of_contents_gives_pages() -> None:
    # the seed without its table of contents: September's （下转第27页） goes on at （上接第29页）, October's at （上接第30页）
    # (the nearer piece, October's, is not September's); and with a page's furniture between a heading and its
    # period line (大事记 / — 95 — / 某市人民政府公报 / （2024年9月）) the heading still has its period and page
    text = SEED.read_text(encoding="utf-8")
    expected = dates_and_texts(parse_text(text, "g.txt"))
    no_toc = "\n".join(ln for ln in text.split("\n") if not (ln.startswith("聊城市人民政府大事记（") and ln[-1].isdigit()))
    assert dates_and_texts(parse_text(no_toc, "g.txt")) == expected
    footed = text.replace("聊城市人民政府大事记\n\n(2024年9月)", "聊城市人民政府大事记\n\n— 95 —\n某市人民政府公报\n\n(2024年9月)")
    assert footed != text
    r = parse_text(footed, "g.txt")
    assert dates_and_texts(r) == expected
    assert [s.title for s in r.sections][:1] == ["聊城市人民政府大事记(2024年9月)"]


def test_a_short_entry_printed_again_and_again_is_no_running_header() -> None:
    # a short line that comes back three times is a running header, unless it is an entry's: it ends a sentence
    # or opens with a date or a same-day mark (△市委常委会召开。 in a year's chronicle)
    text = ("2019年大事记\n1月\n3日 市委召开全会。\n△市委常委会召开。\n10日 市长调研。\n△市委常委会召开。\n"
            "2月\n5日 市政府召开常务会议。\n△市委常委会召开。\n某市年鉴\n某市年鉴\n某市年鉴\n")
    r = parse_text(text, "y.txt")
    assert [(d, t) for d, t in dates_and_texts(r) if t == "市委常委会召开。"] == [
        ("2019-01-03", "市委常委会召开。"), ("2019-01-10", "市委常委会召开。"), ("2019-02-05", "市委常委会召开。")]
    assert not any("年鉴" in t for _, t in dates_and_texts(r))
    # nor a wrapped line's piece that holds a clause's mark (刘培国、贾 / 鹏柱、郭 / 守印参加活动。, three times)
    day = "{}日，市长张百顺调研，刘培国、贾\n鹏柱、郭\n守印参加活动。\n"
    r = parse_text("2024年9月大事记\n" + "".join(day.format(d) for d in (3, 8, 21)), "y.txt")
    assert [t for _, t in dates_and_texts(r)] == ["市长张百顺调研，刘培国、贾鹏柱、郭守印参加活动。"] * 3


def test_a_headless_chronicle_after_another_document_is_read() -> None:
    # a notice, then a month's entries under no chronicle heading: the notice is text before the chronicle (its
    # date is no date of the chronicle's), and the entries are read in the period given
    text = ("某市人民政府 关于印发某某工作方案的通知\n\n某政发〔2024〕12号\n\n各县（市、区）人民政府：\n\n"
            "现将《某某工作方案》印发给你们，请认真贯彻执行。\n\n某市人民政府\n\n2024年3月5日\n\n6月\n\n"
            "8日 市政府召开常务会议。\n\n19日 市长王云鹏会见客商。\n")
    r = parse_text(text, "p.txt", "2016-06")
    assert dates_and_texts(r) == [("2016-06-08", "市政府召开常务会议。"), ("2016-06-19", "市长王云鹏会见客商。")]
    assert any("text before the chronicle" in w.message and "2024年3月5日" in w.message for w in r.warnings)
    # … and so is one after a table of contents whose chronicle has no heading of its own
    toc = "目  录\n\n某市人民政府文件……………3\n大事记……………12\n人事任免……………20\n\n"
    r = parse_text(toc + text[text.index("6月"):], "p.txt", "2016-06")
    assert dates_and_texts(r) == [("2016-06-08", "市政府召开常务会议。"), ("2016-06-19", "市长王云鹏会见客商。")]


_NOTICE = ("某某市人民政府关于印发某某办法的通知\n某政发〔2023〕5号\n各县（市、区）人民政府，市政府各部门：\n"
           "现将《某某办法》印发给你们，请认真贯彻执行。\n某某市人民政府\n2023年4月3日\n")
_ENTRIES = [("2023-04-03", "市长张三主持召开市政府第20次常务会议。"), ("2023-04-05", "副市长李四到某某县调研农业生产。"),
            ("2023-04-10", "市委书记王五会见客商赵六一行。")]


@pytest.mark.parametrize("column", ["政务要事", "政务动态", "重要活动", "政府工作纪实", "政务活动纪要"])
def test_a_gazettes_chronicle_column_named_otherwise_with_its_month(column: str) -> None:
    # the column's name and its month are its heading; the table of contents' line naming it is no month's item
    text = (f"某某市人民政府公报\n2023年第5期\n目    录\n某某市人民政府关于印发某某办法的通知…………………1\n"
            f"2023年4月{column}……………………20\n·1·\n{_NOTICE}·19·\n2023年4月{column}\n"
            "3日，市长张三主持召开市政府第20次常务会议。\n5日，副市长李四到某某县调研农业生产。\n"
            "10日  市委书记王五会见客商赵六一行。\n·20·\n")
    assert dates_and_texts(parse_text(text, "g.txt")) == _ENTRIES


@pytest.mark.parametrize("heading", ["某某市人民政府政务要闻（2023年4月）", "某某市人民政府政务要闻\n（2023年4月）",
                                     "某某市领导活动\n·19·\n（2023年4月）", "政府工作动态（2023年4月）"])
def test_a_gazettes_chronicle_column_named_by_its_issuer_with_its_period_after_it(heading: str) -> None:
    # the body's column of its doings, its period after it or on the line under it, is the chronicle's heading (before:
    # no heading was found, and the notice before it ended a headless chronicle that never began)
    title = heading.split("\n")[0]
    text = (f"某某市人民政府公报\n2023年第5期\n目    录\n某某市人民政府关于印发某某办法的通知…………………1\n"
            f"{title}……………………20\n·1·\n{_NOTICE}·19·\n{heading}\n"
            "3日，市长张三主持召开市政府第20次常务会议。\n5日，副市长李四到某某县调研农业生产。\n"
            "10日  市委书记王五会见客商赵六一行。\n·20·\n")
    r = parse_text(text, "g.txt")
    assert dates_and_texts(r) == _ENTRIES
    assert [s.title for s in r.sections] == [heading.replace("\n·19·", "").replace("\n", "")]
    # … but the name alone, with no period, is no heading (a page's navigation may say 政务动态): the entries are read
    # as a headless chronicle's, in the period the caller gives
    r = parse_text(text.replace("（2023年4月）", ""), "g.txt", "2023-04")
    assert dates_and_texts(r) == _ENTRIES and [s.title for s in r.sections] == [""]


@pytest.mark.parametrize("heading", ["2023年4月大事记\n", ""])
def test_a_document_printed_inside_the_chronicle_is_skipped_and_its_entries_go_on(heading: str) -> None:
    # (before: the entries after the notice were lost without a word)
    text = (f"{heading}3日，市长张三主持召开市政府第20次常务会议。\n5日，副市长李四到某某县调研农业生产。\n{_NOTICE}"
            "10日  市委书记王五会见客商赵六一行。\n")
    r = parse_text(text, "g.txt", "2023-04")
    assert dates_and_texts(r) == _ENTRIES
    first = 4 if heading else 3  # (the notice's title, through its date under its issuer)
    assert [w.line for w in r.warnings if "another document inside" in w.message] == [first]
    assert any(f"lines {first}–{first + 5}" in w.message for w in r.warnings)
    # … but an earlier day after the document is not the chronicle's going on (a list of the document's own)
    assert len(parse_text(text.replace("10日  ", "1日  "), "g.txt", "2023-04").events) == 2


def test_continuation_after_another_document_and_missing_continuation() -> None:
    gazette = (
        "目 录\n某市人民政府大事记（2023年5月） 12\n\n"
        "（上接第12页）活动，副市长王某某参加。\n\n"
        "9日，市长李某某主持召开市政府常务会议。\n\n"
        "某市人民政府 关于印发某某方案的通知\n\n某政发〔2023〕1号\n\n各区人民政府：现将方案印发给你们。\n\n"
        "某市人民政府大事记\n\n（2023年5月）\n\n"
        "3日，市长李某某到某区调研（下转第10页）\n"
    )
    r = parse_text(gazette, "g.txt")
    assert dates_and_texts(r) == [
        ("2023-05-03", "市长李某某到某区调研活动，副市长王某某参加。"),
        ("2023-05-09", "市长李某某主持召开市政府常务会议。"),
    ]
    # the same without 下 and 上: （转第10页）, （接第12页）
    short = gazette.replace("（上接第12页）", "（接第12页）").replace("（下转第10页）", "（转第10页）")
    assert [e.text for e in parse_text(short, "g.txt").events] == [e.text for e in r.events]
    lost = parse_text(gazette.replace("（上接第12页）", ""), "g.txt")
    assert any("下转" in w.message for w in lost.warnings)
    assert [e.text for e in lost.events] == ["市长李某某到某区调研"]


def test_furniture_is_dropped_and_reported() -> None:
    page = "首页 > 大事记\n2020年1月大事要览\n发布时间:2020-02-10 来源: 区委\n1日\n\n全区召开会议。\n\n- 3 -\n\n2日 区长调研。\n"
    r = parse_text(page, "p.txt")
    assert dates_and_texts(r) == [("2020-01-01", "全区召开会议。"), ("2020-01-02", "区长调研。")]
    assert any(w.line == 3 for w in r.warnings) and any(w.line == 8 for w in r.warnings)


def test_a_web_pages_footer_is_not_an_entry() -> None:
    """分享到： (it has 到, an event verb) and the neighbours' links (上一篇：…大事记, which named a chronicle
    and was taken for a heading) are the page's, not the chronicle's."""
    page = ("首页 > 走进XX > 大事记\n2023年8月大事记\n8月1日，市委书记王强走访慰问驻市部队官兵。\n8月30日，全市秋季开学工作会议召开。\n"
            "分享到：\n上一篇：2023年7月大事记\n下一篇：2023年9月大事记\n主办单位：XX市人民政府办公室\n鲁ICP备05000001号\n"
            "主办：XX市人民政府办公室  承办：XX市大数据中心\n【字体：大 中 小】\n")
    r = parse_text(page, "web.txt")
    assert dates_and_texts(r) == [("2023-08-01", "市委书记王强走访慰问驻市部队官兵。"),
                                                          ("2023-08-30", "全市秋季开学工作会议召开。")]
    assert [s.title for s in find_structure(read_source(page.encode(), "web.txt")).sections] == ["2023年8月大事记"]


def test_a_forum_posts_header_and_foot_are_no_part_of_the_chronicle() -> None:
    # a chronicle posted to a forum (Discuz!): its header, the poster's panel and the page's foot after the last entry
    page = ("查看: 432|回复: 0\n1988年梅县大事记\n[复制链接]\n主题\n1343\n回帖\n积分\n管理员\n"
            "发表于 2022-12-25 20:26:54 | 显示全部楼层 |阅读模式\n3月7日 嘉应大桥动工兴建。\n12月 松口镇梅车桥改建工程完工。\n\n"
            "回复\n\n使用道具 举报\n\n您需要登录后才可以回帖 登录 | 立即注册\n\n本版积分规则\n\n客服微信号\n\n"
            "梅州本地通客服微信\n\n微信服务号\n\n快速回复 快速发帖 返回顶部 返回列表\n")
    r = parse_text(page, "forum.txt")
    assert dates_and_texts(r) == [("1988-03-07", "嘉应大桥动工兴建。"), ("1988-12-01", "松口镇梅车桥改建工程完工。")]


@pytest.mark.parametrize("label", ["相关新闻", "热点新闻", "【推荐阅读】", "最新动态  更多>>"])
def test_a_pages_list_of_links_after_the_entries_is_furniture(label: str) -> None:
    # after the entries, a labelled list of the site's other pages (headlines, some with their dates): no further
    # paragraphs of the last entry, up to the next heading, whose entries are read
    page = (f"2024年1月大事记\n3日，市委召开常委会议。\n5日，市长李华调研企业。\n\n{label}\n市政府召开常务会议 2024-02-05\n"
            "副市长王强调研农业\n2024年2月大事记\n1日，全市招商大会召开。\n")
    r = parse_text(page, "web.txt")
    assert dates_and_texts(r) == [("2024-01-03", "市委召开常委会议。"), ("2024-01-05", "市长李华调研企业。"),
                                  ("2024-02-01", "全市招商大会召开。")]
    assert [p.name for p in r.events[1].participants] == ["李华"]
    # before any entry, the label and its list are text before the chronicle, and the entries are read; among the
    # entries, the list ends at the next line that opens with a date
    page = f"2024年1月大事记\n{label}\n市政府召开常务会议\n3日，市委召开常委会议。\n"
    assert dates_and_texts(parse_text(page, "web.txt")) == [("2024-01-03", "市委召开常委会议。")]
    page = f"2024年1月大事记\n3日，市委召开常委会议。\n{label}\n市政府召开常务会议\n5日，市长李华调研企业。\n"
    assert dates_and_texts(parse_text(page, "web.txt")) == [("2024-01-03", "市委召开常委会议。"),
                                                             ("2024-01-05", "市长李华调研企业。")]


def test_a_pages_list_of_headlines_after_the_entries_with_no_label_is_furniture() -> None:
    # three short lines or more after the last entry's finished sentence, none a sentence, dated or bulleted: the
    # headlines of a list of links, not same-day events
    page = "2024年1月大事记\n3日，市委召开常委会议。\n5日，市长李华调研企业。\n\n市政府召开常务会议\n全市招商大会召开\n副市长王强调研农业\n"
    r = parse_text(page, "web.txt")
    assert dates_and_texts(r) == [("2024-01-03", "市委召开常委会议。"), ("2024-01-05", "市长李华调研企业。")]
    # two such lines may be a same-day item (kept); bulleted ones are items
    page = "2024年1月大事记\n5日，市长李华调研企业。\n市政府召开常务会议\n全市招商大会召开\n"
    assert [e.text for e in parse_text(page, "web.txt").events] == ["市长李华调研企业。", "市政府召开常务会议全市招商大会召开"]
    page = "2024年1月大事记\n5日，市长李华调研企业。\n△ 市政府召开常务会议\n△ 全市招商大会召开\n△ 市一中新校区启用\n"
    assert len(parse_text(page, "web.txt").events) == 4


@pytest.mark.parametrize("title,period", [("某某市人民政府 - 2024年1月大事记\n栏目导航\n", None), ("", "2024-01"),
                                          ("2024年1月大事记\n", "2024-01")])
def test_a_pages_links_to_its_other_chronicles_are_no_heading(title: str, period: str | None) -> None:
    # a list of the site's chronicles, one under the other with nothing between, before the entries: the last of
    # them (2023年12月) is no heading of what follows; the page's own title, or the period (where the title heads
    # the list, one of it), dates the entries
    page = f"{title}2024年2月大事记\n2024年1月大事记\n2023年12月大事记\n\n3日，市委召开常委会议。\n5日，市长李华调研。\n"
    r = parse_text(page, "web.txt", period)
    assert dates_and_texts(r) == [("2024-01-03", "市委召开常委会议。"), ("2024-01-05", "市长李华调研。")]
    # and after the entries, no section of its own
    page = "2024年1月大事记\n3日，市委召开常委会议。\n\n2024年2月大事记\n2024年3月大事记\n"
    assert [s.title for s in find_structure(read_source(page.encode(), "web.txt")).sections] == ["2024年1月大事记"]


YEARBOOK = ("某某市年鉴2023\n特  载\n政府工作报告\n过去的一年，全市经济运行稳中向好。1月5日，全市经济工作会议召开。\n"
            "大 事 记\n1月\n5日 全市经济工作会议召开。市委书记李建国出席并讲话。\n2月\n3日 副市长张丽华带队督导检查安全生产工作。\n"
            "概  况\n自然地理\n某某市位于山东省西部，总面积8715平方千米。\n第三章 政治\n2月9日，市委召开全会。\n")


def test_a_yearbooks_next_chapter_ends_its_chronicle() -> None:
    # after the entries, a chapter of what the chronicle is printed in (概  况, 第三章 政治) is no paragraph of
    # the last entry; before them, the chapter before (特  载) is no part of the chronicle
    r = parse_text(YEARBOOK, "yearbook.txt", "2022")
    assert dates_and_texts(r) == [
        ("2022-01-05", "全市经济工作会议召开。市委书记李建国出席并讲话。"), ("2022-02-03", "副市长张丽华带队督导检查安全生产工作。")]
    # a chronicle may open with such a word before its entries (大事记, 概况, then the list): it stays
    opening = "大事记\n概况\n全年召开常务会议24次。\n1月\n5日 全市经济工作会议召开。\n"
    assert [e.date_start for e in parse_text(opening, "o.txt", "2022").events] \
        == ["2022-01-05"]


@pytest.mark.parametrize("column", ["人事任免\n市政府决定：\n任命王五为市教育局局长；\n免去赵六的市教育局局长职务。",
                                    "政府令\n第12号\n《某市城市管理办法》已经市政府第5次常务会议通过，现予公布。\n市长  王明",
                                    "規範性文件\n現將辦法印發給你們。"])  # (in either script)
def test_a_gazettes_next_column_ends_its_chronicle(column: str) -> None:
    # a gazette's chronicle followed by its next column (人事任免, 政府令), whose heading names no document:
    # nothing of it is glued to the last entry
    text = f"某市人民政府公报\n市政府大事记\n（2024年9月）\n1日，市长王明主持召开市政府常务会议。\n30日，副市长张强出席活动。\n{column}\n"
    r = parse_text(text, "g.txt")
    assert [e.text for e in r.events] == ["市长王明主持召开市政府常务会议。", "副市长张强出席活动。"]


def test_a_page_turn_after_a_finished_entry_and_a_period_line_of_days() -> None:
    """The period line may give the days (（2024年7月1日—7月31日）); the 上接 piece, found by the dated
    entry it starts with, begins a new entry when the one before it had ended."""
    gazette = (
        "临沂市人民政府公报   2024年第8期\n\n临沂市人民政府大事记\n（2024年7月1日—7月31日）\n\n"
        "7月1日  市政府召开第45次常务会议，市长任刚主持会议。\n"
        "7月15日  全市夏粮收购工作会议召开，副市长王涛出席并讲话。（下转第30页）\n\n·28·\n\n"
        "人事任免\n临沂市人民政府关于张三等同志职务任免的通知\n任命张三为临沂市发展和改革委员会主任。\n\n"
        "（上接第28页）7月20日  市长任刚会见韩国驻青岛总领事金敬翰一行。\n"
        "7月31日  市政府与山东大学签署战略合作协议。\n"
    )
    r = parse_text(gazette, "g.txt")
    assert dates_and_texts(r) == [
        ("2024-07-01", "市政府召开第45次常务会议，市长任刚主持会议。"),
        ("2024-07-15", "全市夏粮收购工作会议召开，副市长王涛出席并讲话。"),
        ("2024-07-20", "市长任刚会见韩国驻青岛总领事金敬翰一行。"),
        ("2024-07-31", "市政府与山东大学签署战略合作协议。"),
    ]
    assert not any("下转" in w.message for w in r.warnings)


def test_headings_that_name_a_month_alone_or_a_dotted_period() -> None:
    """大事记（2月） takes the year of the section before it; 政府大事记 2023.3 is a heading with its period,
    not a table-of-contents line pointing to page 3 (which lost the section)."""
    text = "2023年1月份大事记\n3日 市委召开常委会会议。\n大事记（2月）\n5日 市政府召开常务会议。\n政府大事记 2023.3\n7日 市人大常委会召开会议。\n"
    r = parse_text(text, "m.txt")
    assert dates_and_texts(r) == [
        ("2023-01-03", "市委召开常委会会议。"), ("2023-02-05", "市政府召开常务会议。"), ("2023-03-07", "市人大常委会召开会议。")]
    assert not r.warnings
    # (the period on the line under the heading, in Chinese numerals or with a dot in brackets)
    for period in ("二〇二四年九月", "（2024.9）"):
        text = f"某市人民政府公报\n市政府大事记\n{period}\n1日，市长王明主持召开市政府常务会议。\n30日，副市长张强出席活动。\n"
        r = parse_text(text, "g.txt")
        assert [e.date_start for e in r.events] == ["2024-09-01", "2024-09-30"]


def test_a_spaced_out_heading_and_a_headless_period_line() -> None:
    """政 务 大 事 记 is a heading; without any heading, a period line still gives the entries their year."""
    spaced = "德州市人民政府公报  2023年第11期\n政 务 大 事 记\n（2023年10月1日—10月31日）\n10月8日  市政府召开常务会议。\n"
    headless = "德州市人民政府公报  2023年第11期\n（2023年10月1日—10月31日）\n10月8日  市政府召开常务会议。\n"
    for text in (spaced, headless):
        r = parse_text(text, "g.txt")
        assert dates_and_texts(r) == [("2023-10-08", "市政府召开常务会议。")]
    assert parse_text(spaced, "g.txt").sections[0].title == "政务大事记（2023年10月1日—10月31日）"


def test_a_letter_spaced_gazettes_contents_period_line_and_page_turns() -> None:
    """A page's text layer that spaces every character, its digits too: the contents line's page (3 0), the
    period line (（ 2 0 2 4 年 1 0 月 ）) and the page-turn markers (（ 下 转 第 2 8 页 ）) are read as unspaced."""
    def spaced(line: str) -> str:
        return " ".join(line)
    lines = ["目 录", "某 市 人 民 政 府 大 事 记 （ 2 0 2 4 年 1 0 月 ）   3 0",
             spaced("（上接第30页）张三到某区调研乡村振兴工作，李四参加活动。"), spaced("24日，市长张三主持召开市政府常务会议。"),
             "— 2 8 —", "某 市 人 民 政 府 大 事 记", "（ 2 0 2 4 年 1 0 月 ）", spaced("1日，市长张三走访慰问老干部。"),
             spaced("23日，市委副书记、市长（下转第28页）")]
    r = parse_text("\n".join(lines) + "\n", "spaced.txt")
    assert [(s.period and str(s.period), s.page) for s in r.sections] == [("2024-10", 30)]
    assert [(e.date_start, e.text.replace(" ", "")) for e in r.events] == [
        ("2024-10-01", "市长张三走访慰问老干部。"), ("2024-10-23", "市委副书记、市长张三到某区调研乡村振兴工作，李四参加活动。"),
        ("2024-10-24", "市长张三主持召开市政府常务会议。")]
    assert [p.name for p in r.events[1].participants] == ["张三", "李四"]


def test_a_continuation_to_the_next_page_unnamed() -> None:
    """（转下页） … another document … （接上页）: the entry goes on in the piece after the marker."""
    text = ("市政府大事记\n（2023年5月）\n5月4日 市委书记张三主持召开市委常委会会议，研究部署全市安全生产\n（转下页）\n— 30 —\n"
            "关于印发某市2023年重点工作的通知\n各县区人民政府：现将《某市2023年重点工作》印发给你们。\n— 31 —\n"
            "（接上页）\n工作。市长李四出席。\n5月10日 市长李四主持召开市政府常务会议。\n")
    r = parse_text(text, "g.txt")
    assert dates_and_texts(r) == [
        ("2023-05-04", "市委书记张三主持召开市委常委会会议，研究部署全市安全生产工作。市长李四出席。"),
        ("2023-05-10", "市长李四主持召开市政府常务会议。")]
    assert not any("上接" in w.message for w in r.warnings)


def test_a_newspapers_continuation_names_its_page_a_ban() -> None:
    """（下转第2版） … （上接第1版）: a newspaper's page is its 版."""
    text = ("某某市大事记（2023年6月）\n1日，市委书记张三主持召开市委常委会会议，研究部署\n（下转第2版）\n第1版\n某某日报\n\n"
            "第2版\n（上接第1版）\n安全生产等工作。\n2日，市长李四到某县调研。\n")
    r = parse_text(text, "paper.txt")
    assert dates_and_texts(r) == [
        ("2023-06-01", "市委书记张三主持召开市委常委会会议，研究部署安全生产等工作。"), ("2023-06-02", "市长李四到某县调研。")]


def test_photo_captions_sources_and_sign_offs_are_furniture() -> None:
    """A web chronicle's photo caption (图为…（记者 甲 摄）), image placeholder, source line and editors'
    sign-off are the page's: dropped, not an entry of their own nor glued to the last one; a line that
    ends in the middle of 拍摄 still continues its entry."""
    page = ("2023年6月大事记\n6月1日，市委书记张三到市儿童医院看望慰问患病儿童。\n"
            "图为市委书记张三在市儿童医院看望患病儿童。（记者 王五 摄）\n[图片]\n"
            "6月2日，某某电影在我市举行开机仪式，正式开始拍摄\n。市长李四出席。\n"
            "6月4日，副市长赵六出席全市消防工作会议。\n(来源：市政府办公室)\n编辑：钱七  审核：孙八\n")
    r = parse_text(page, "web.txt")
    assert dates_and_texts(r) == [
        ("2023-06-01", "市委书记张三到市儿童医院看望慰问患病儿童。"),
        ("2023-06-02", "某某电影在我市举行开机仪式，正式开始拍摄。市长李四出席。"),
        ("2023-06-04", "副市长赵六出席全市消防工作会议。")]


def test_a_gazette_s_imprint_and_distribution_after_the_chronicle_are_furniture() -> None:
    # (某市人民政府办公室  2024年10月8日印发 was an event of 8 October, its text 印发)
    page = ("某市人民政府大事记\n（2024年9月）\n1日  市长王五主持召开市政府常务会议。\n30日  市长王五出席国庆招待会。\n"
            "抄送：市委各部门，市人大常委会办公室。\n某市人民政府办公室                2024年10月8日印发\n")
    r = parse_text(page, "gazette.txt")
    assert dates_and_texts(r) == [("2024-09-01", "市长王五主持召开市政府常务会议。"), ("2024-09-30", "市长王五出席国庆招待会。")]


def test_a_dated_photo_caption_and_an_image_file_name_are_furniture() -> None:
    """从化大事记 (conghua.gov.cn, 二〇二二年一月) follows an entry with its picture's file name and a caption
    that opens with the full date (of the wrong year, once): neither is an entry, nor moves the year; an entry
    of the list that credits its photo stays."""
    page = ("二〇二二年一月从化大事记\n  8日  荔枝产业科技创新峰会在荔博园召开。\n图片1.png\n"
            "  2022年1月8日，荔枝产业科技创新峰会在荔博园召开（邝健华 摄）\n"
            "  11日  法律志愿驿站启动仪式在区法院举行。\n图片2.png\n"
            "  2021年1月11日，法律志愿驿站启动仪式在区法院举行（覃永赠 摄）\n"
            "  14日  区政协常委会会议召开（记者 王五 摄）\n")
    r = parse_text(page, "conghua.txt")
    assert dates_and_texts(r) == [
        ("2022-01-08", "荔枝产业科技创新峰会在荔博园召开。"), ("2022-01-11", "法律志愿驿站启动仪式在区法院举行。"),
        ("2022-01-14", "区政协常委会会议召开（记者 王五 摄）")]


def test_a_gazettes_running_headers_in_other_styles_are_furniture() -> None:
    """Another gazette prints its name with the issue's month (政府公报 2024.9), its issue in Chinese numerals
    (二〇二四年第九期), and the chronicle's bare name at each page's top (·大事记·): none is glued into an entry,
    and the bare name printed again opens no section of its own, so the entries after it keep their period."""
    text = ("某市人民政府公报\n·大事记·\n某市人民政府大事记\n（2024年9月）\n"
            "1日，市委副书记、市长王明主持召开市政府常务会议，研究部署安全生产等\n工作。\n"
            "2日，副市长张强到高新区调研重点项目建设，强调要加快推进项目\n"
            "政府公报 2024.9\n·大事记·\n— 27 —\n建设进度。\n"
            "3日，全市优化营商环境大会召开。市委书记李华出席并讲话。\n"
            "二〇二四年第九期\n市政府公报 · 大事记\n4日，市政府与某集团签署战略合作协议。\n")
    r = parse_text(text, "gazette.txt")
    assert dates_and_texts(r) == [
        ("2024-09-01", "市委副书记、市长王明主持召开市政府常务会议，研究部署安全生产等工作。"),
        ("2024-09-02", "副市长张强到高新区调研重点项目建设，强调要加快推进项目建设进度。"),
        ("2024-09-03", "全市优化营商环境大会召开。市委书记李华出席并讲话。"),
        ("2024-09-04", "市政府与某集团签署战略合作协议。")]
    # (where the bare name is the only heading, its first printing still opens the chronicle: what stands before
    # it, a yearbook's chapter before, is no part of it)
    text = "特载\n1月5日，某某活动举行。\n大事记\n1月\n8日 市委召开全会。\nPage 2\n大事记\n9日 市政府召开常务会议。\n"
    r = parse_text(text, "yearbook.txt", "2023")
    assert dates_and_texts(r) == [("2023-01-08", "市委召开全会。"), ("2023-01-09", "市政府召开常务会议。")]


def test_a_gazettes_chronicle_name_printed_again_at_a_pages_top_opens_no_section() -> None:
    """The column's name printed again over a page (政府大事记, alone or between the issue and the gazette's name),
    a gazette named 政报 and an issue's running count (总第345期): furniture, and the entries after them keep the
    month. Before, a new section began there without its year and month (its entries undated, the one broken at the
    page turn cut off), and 扬州政报 was glued into an entry."""
    text = ("政府大事记\n（2023年10月）\n"
            "3日，市政府召开常务会议，研究城市更新等工作。市长王进健主持\n56\n"
            "2023年第10期        政府大事记        扬州市人民政府公报\n会议。副市长孙永如出席。\n"
            "8日，全市招商引资推进会召开。市长王进健出席并讲话。\n扬州政报                          总第345期\n"
            "9日，市长王进健会见某集团董事长李强一行，副市长何金发陪同\n扬州市人民政府公报 2023年第10期 总第345期\n会见。\n"
            "政府大事记\n12日，副市长毛瑞平出席会议。\n")
    r = parse_text(text, "gazette.txt")
    assert dates_and_texts(r) == [
        ("2023-10-03", "市政府召开常务会议，研究城市更新等工作。市长王进健主持会议。副市长孙永如出席。"),
        ("2023-10-08", "全市招商引资推进会召开。市长王进健出席并讲话。"),
        ("2023-10-09", "市长王进健会见某集团董事长李强一行，副市长何金发陪同会见。"),
        ("2023-10-12", "副市长毛瑞平出席会议。")]
    # the chronicle's full title printed atop each page, its period in it, the page's number beside it or not (read as a
    # table of contents' line when set apart): before, each opened a section, and the entry a page turn broke lost its
    # end and its people
    for header in ("某市2023年10月大事记", "某市2023年10月大事记    56", "57    某市2023年10月大事记"):
        r = parse_text(f"某市2023年10月大事记\n3日，市政府召开常务会议，市长王进健主持\n{header}\n会议。副市长孙永如出席。\n"
                       f"8日，全市招商引资推进会召开，市长王进健\n{header}\n出席。\n", "gazette.txt")
        assert dates_and_texts(r) == [("2023-10-03", "市政府召开常务会议，市长王进健主持会议。副市长孙永如出席。"),
                                      ("2023-10-08", "全市招商引资推进会召开，市长王进健出席。")]
        assert [p.name for e in r.events for p in e.participants] == ["王进健", "孙永如", "王进健"]
    # the same name with a period line under it opens the next month's chronicle
    r = parse_text(text + "政府大事记\n（2023年11月）\n1日，市政府召开常务会议。\n", "gazette.txt")
    assert dates_and_texts(r)[-1] == ("2023-11-01", "市政府召开常务会议。")

def test_a_yearbooks_running_header_of_the_chronicles_name_and_the_page_number() -> None:
    """A yearbook prints its chapter's name beside the page's number at each page's top (大事记  17, 18  大事记): no
    table of contents, and no heading that ends the chronicle. Where it is the only heading, the first opens the
    chronicle; where the chronicle has its own heading, all are furniture, reported."""
    body = "1月\n2日 市委召开常委会议。\n3日 市政府召开常务会议。\n18  大事记\n5日 市人大常委会召开会议。\n大事记  19\n8日 市政协召开会议。\n"
    for head in ("大事记  17\n", "无锡市2019年大事记\n大事记  17\n"):
        r = parse_text(head + body, "yearbook.txt", "2019")
        assert dates_and_texts(r) == [
            ("2019-01-02", "市委召开常委会议。"), ("2019-01-03", "市政府召开常务会议。"),
            ("2019-01-05", "市人大常委会召开会议。"), ("2019-01-08", "市政协召开会议。")]
        assert sum("page furniture dropped" in w.message for w in r.warnings) >= 2
    # (a year's chronicle whose months are headed as chronicles of their own, 1月份工作大事记: the year goes on)
    text = "2023年大事记\n1月份工作大事记\n3日，甲会议召开。\n二月\n5日，乙会议召开。\n"
    r = parse_text(text, "year.txt")
    assert [e.date_start for e in r.events] == ["2023-01-03", "2023-02-05"]
    # (a book whose chapters are the chronicle's years, 第1章 1962年: no chapter after the chronicle, which goes on)
    text = "大事记\n第1章 1962年\n1月1日 甲会议召开。\n第2章 1963年\n2月1日 乙会议召开。\n附录\n3月1日 丙会议召开。\n"
    r = parse_text(text, "annals.txt")
    assert dates_and_texts(r) == [("1962-01-01", "甲会议召开。"), ("1963-02-01", "乙会议召开。")]
    # (a heading of the same year between two entries, no month in it: the month goes on after it)
    text = "无锡市2019年大事记\n1月\n3日 市政府召开常务会议。\n2019 大事记\n5日 市人大常委会召开会议。\n"
    r = parse_text(text, "yearbook.txt", "2019")
    assert [e.date_start for e in r.events] == ["2019-01-03", "2019-01-05"]
    # (set off with its page's number in marks, or a yearbook's name and year, inside an entry broken by the page)
    for header in ("·18· 大事记", "大事记 - 18 -", "18 | 大事记", "无锡年鉴2020"):
        text = f"无锡市2019年大事记\n1月\n3日 市政府召开常务会议，研究部署\n{header}\n安全生产工作。\n5日 市人大常委会召开会议。\n"
        r = parse_text(text, "yearbook.txt", "2019")
        assert dates_and_texts(r) == [
            ("2019-01-03", "市政府召开常务会议，研究部署安全生产工作。"), ("2019-01-05", "市人大常委会召开会议。")]


def test_a_compilers_name_in_brackets_and_a_pages_reading_links_after_the_last_entry() -> None:
    """A month's chronicle signed by its compiler on a line of its own (（郭延志）, 淄博 1993; (文秀), dev 036) and
    a page's links (手机阅读, 下载、打印): neither is glued to the last entry. A line that only holds (女) after a
    wrap, or goes on with an open sentence, stays where it is."""
    page = ("1993年12月\n21日 市委召开纪念毛泽东诞辰一百周年座谈会。\n"
            "26日~28日 全国爱卫会专家组对淄博市创建国家卫生城市工作进行调查研究,并给予高度评价。\n"
            "(郭延志)\n手机阅读\n下载、打印\n")
    r = parse_text(page, "zibo.txt")
    assert [e.text for e in r.events][-1] == "全国爱卫会专家组对淄博市创建国家卫生城市工作进行调查研究,并给予高度评价。"
    assert any("sign-off dropped" in w.message for w in r.warnings)
    page = "1988年1月\n4日 县人代会召开。选出朱景本、范恒芝\n(女)\n为省人民代表。\n5日 县委召开全会。\n(二)\n"
    r = parse_text(page, "jingxian.txt")
    assert [e.text for e in r.events][0] == "县人代会召开。选出朱景本、范恒芝(女)为省人民代表。"


@pytest.mark.parametrize("line", ["— 12 —", "第56页 共80页", "共80页 第56页", "（2024年9月）", "2023年第6期", "首页 > 政务公开 > 大事记",
                                  "相关文章", "推荐阅读", "版权所有：某市人民政府办公室", "地址：某市某路1号",
                                  "阅读全文", "更多>>",
                                  # (a running header of parts set apart: page, gazette, issue)
                                  "·28·                     某市人民政府公报                     2024年第9期",
                                  "31  某市人民政府公报",  # (set apart by two spaces, as a list of bare days is)
                                  # (… spaced out, glued, in brackets, with the issue's running count; a 政报)
                                  "某市人民政府公报 2023 年 第 10 期", "某市人民政府公报（2023年第10期）",
                                  "某市人民政府公报2023年第10期", "政府公报 2023年第10期 56", "56 某市人民政府公报",
                                  "某市人民政府公报 2023年第10期 总第345期", "2023年第10期·总第345期", "总第345期",
                                  "扬州政报", "湖北政报  2023年第10期", "某市政府公报 | 大事记",
                                  # (a web page's labels after the text: before, glued to the last entry)
                                  "作者：张三", "发布者：管理员", "浏览：123次", "阅读：1234", "点击：88",
                                  "日期：2024-02-01  来源：本站", "【大】【中】【小】", "关键词：大事记", "原文链接：http://x.cn/1",
                                  "主题分类：综合政务", "发文机关：某市人民政府办公室",
                                  # (an account's article foot)
                                  "编辑 | 张三", "文/张三 图/李四", "（文/张三）", "监制：王五", "长按识别二维码",
                                  "转载请注明出处", "点赞", "分享 点赞 在看", "写留言", "阅读原文",
                                  "全媒体记者：王勃 陶然", "（记者 张三 通讯员 李四）", "编审：熊晓辉",
                                  # (an editor's note on where the list comes from)
                                  "注：本大事记根据市政府办公室资料整理。", "以上信息由市政府办公室提供。",
                                  "qw.cn/bin/mse.exe?seachword=&K=b9&A=12",  # (an address broken across lines)
                                  # (a yearbook's running header: its name with the year or the page's number)
                                  "无锡年鉴2020", "18 无锡年鉴 2020", "中国无锡年鉴（2020）", "无锡年鉴 18",
                                  "WUXI YEARBOOK 2020",
                                  "【责任编辑:屈孝旭】",  # (an editor's line in brackets)
                                  # (a page's month picker)
                                  "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月", "一月 | 二月 | 三月 | 四月",
                                  # (a page's date with its time or source)
                                  "2024年02月01日 10:30", "2024-02-01 来源：市政府办公室",
                                  # (a page's buttons, its pager and its code to scan; an editor in brackets)
                                  "［打印］［关闭］", "【打印本页】 【关闭窗口】", "分享：", "网站纠错", "附件：",
                                  "上一页 1 2 3 下一页", "共3页", "1/3", "用手机扫描二维码在手机上继续观看",
                                  "（责任编辑：王五）",
                                  # (a site's footer)
                                  "本网站由某市人民政府办公室主办", "某市人民政府办公室 版权所有", "建议使用IE8以上浏览器浏览",
                                  "您是第1234位访客", "政府网站找错", "微信公众号", "联系方式：0635-1234567",
                                  # (an article's end, and a sign-off in brackets)
                                  "（完）", "-- 完 --", "—END—", "（本栏目由市委党史研究院供稿）", "（市政府办公室）",
                                  "（据《聊城日报》）",
                                  # (a line that introduces the list)
                                  "本月大事如下。", "现将本月大事摘要如下：",
                                  # (a photo's caption that names the scene only)
                                  "▲会议现场", "与会人员合影",
                                  # (a photo's credit on its own line)
                                  "刘志勇 摄影", "记者张大伟摄", "（摄影：王小明）", "图/文 张三", "王五、赵六 摄",
                                  # (a page's edge mark or rule alone on its line)
                                  "—", "———", "─────",
                                  # (a monthly's masthead with its issue)
                                  "新华月报 2022年10期", "某某周报 第12期",
                                  # (a forum's post header, buttons, foot and poster's panel)
                                  "回复", "使用道具 举报", "快速回复 快速发帖 返回顶部 返回列表", "[复制链接]",
                                  "发表于 2022-12-25 20:26:54 | 显示全部楼层 |阅读模式", "查看: 432|回复: 0",
                                  "您需要登录后才可以回帖 登录 | 立即注册", "本版积分规则", "梅州本地通客服微信",
                                  "某某本地通手机版", "主题", "积分"])
def test_page_furniture_and_navigation_lines(line: str) -> None:
    assert is_furniture(line)
    assert not is_furniture("县长甲主持会议并摄影") and not is_furniture("举办书法摄影")
    assert not is_furniture("3.5%") and not is_furniture("COVID-19") and not is_furniture("G20")
    assert not is_furniture("会议审议无锡年鉴")  # (a wrapped line that ends on a yearbook's name goes on)
    assert not is_furniture("发布2023年统计公报") and not is_furniture("审议通过了统计公报 3")  # (nor on a 公报 released)
    assert not is_furniture("注：会议要求各地抓好落实。") and not is_furniture("以上工作由市政府统一部署。")  # (notes on an act)
    assert not is_furniture("市长甲对群众来信作出回复") and not is_furniture("回复群众关切")  # (a reply that was made)
    assert not is_furniture("开通市政府微信公众号") and not is_furniture("上线政务服务手机版")  # (a wrapped line saying so)
    assert not any(map(is_furniture, ("编辑部召开会议。", "图书馆开馆。", "视频会议召开。")))  # (labels only with their mark)
    assert not any(map(is_furniture, ("记者协会成立", "记者张三采访了市长。", "记者节座谈会召开")))  # (no byline)


def test_a_bullet_before_a_date_starts_an_entry_and_before_anything_else_is_web_furniture() -> None:
    # (• 听全文, • 2019-11-02, • 来源: a web page's share bar; •3日，…: a list of entries)
    assert is_furniture("• 听全文") and is_furniture("• 2019-11-02")
    assert not is_furniture("•3日，市委召开常委会议。") and not is_furniture("• 12月3日 市长调研。")
    page = "2020年3月大事记\n•3日，市委召开常委会议。\n→5日，市长张三调研。\n❖ 6日 副市长王五出席会议。\n"
    r = parse_text(page, "web.txt")
    assert dates_and_texts(r) == [
        ("2020-03-03", "市委召开常委会议。"), ("2020-03-05", "市长张三调研。"), ("2020-03-06", "副市长王五出席会议。")]


@pytest.mark.parametrize("found", [
    "发布时间：2023-01-01 09:00", "成文日期: 2023-01-01", "字体：【大 中 小】", "浏览次数：123", "点击次数: 9",
    "访问量：5", "您当前的位置：首页", "鲁ICP备12345678号", "鲁公网安备 37010202000123号",
])
def test_web_page_metadata_is_furniture_wherever_it_stands_in_the_line(found: str) -> None:
    # (these are searched for only in lines holding a word of theirs: each must hold one)
    assert is_furniture(found) and is_furniture(f"某某区人民政府网站 {found}")
    assert not is_furniture("5日，市委召开常委会会议，研究部署当前重点工作。")


@pytest.mark.parametrize(("head", "first"), [("发布日期:2020-01-31 18:23:54", "1月1日"),
                                             ("發佈日期:2020-01-31 18:23:54", "1月1日"),
                                             ("发布日期:2020-01-31 18:23:54 ", "1 月 1 日")])
def test_a_web_pages_metadata_with_the_first_entry_glued_to_it_in_either_script(head: str, first: str) -> None:
    # the page's metadata, in simplified or traditional characters, is furniture; the entry after its time is not
    # (its date spaced out too)
    raw = f"2019年1月大事记\n{head}{first},市发改委发布最新统计。\n1月2日,市委召开全体会议。\n"
    events = parse_text(raw, "web.txt").events
    assert [(e.date_start, e.text) for e in events] == [("2019-01-01", "市发改委发布最新统计。"),
                                                         ("2019-01-02", "市委召开全体会议。")]


def test_a_documents_name_quoted_in_an_entry_and_cut_by_a_wrap_is_no_other_document() -> None:
    # a line a wrap ended with the quoted name of a notice (…国务院《关于进一步加强土地管理切实保护耕地的通知 / 》和…):
    # the sentence goes on, the chronicle does not end there
    text = ("1997年5月大事记\n△省府于5月27日至28日在广州市召开全省国土工作会议，传达贯\n"
            "彻中共中央、国务院《关于进一步加强土地管理切实保护耕地的通知\n》和全国土地管理厅局长会议精神。\n"
            "△5月29日下午，组织收看全国春茧收购工作电视电话会议。\n")
    r = parse_text(text, "wrapped.txt")
    assert [e.text for e in r.events] == [
        "省府于5月27日至28日在广州市召开全省国土工作会议，传达贯彻中共中央、国务院《关于进一步加强土地管理切实保护耕地的通知》"
        "和全国土地管理厅局长会议精神。",
        "下午，组织收看全国春茧收购工作电视电话会议。"]


def test_a_web_lists_link_after_an_items_last_sentence_is_furniture() -> None:
    # (…参加会议。 展开详细: a news list's link to the full article, on the item's own line or on one of its own)
    text = "2023年12月\n15日，市长查俊主持召开市长碰头会。市领导叶林、秦良骥参加会议。 展开详细\n16日，市政府召开常务会议。\n阅读全文\n"
    r = parse_text(text, "list.txt")
    assert [e.text for e in r.events] == ["市长查俊主持召开市长碰头会。市领导叶林、秦良骥参加会议。", "市政府召开常务会议。"]


_HEAD = "某某市人民政府大事记\n（2024年2月）\n1日，市长李明主持召开市政府常务会议。\n"


def test_next_page_written_xu_xia_ye_is_a_continuation_marker() -> None:
    # （续下页） … （续上页）: before, the marker stayed in the text and the rest of the chronicle was lost
    r = parse_text(_HEAD + "5日，市长李明走访慰问困难群众。（续下页）\n— 30 —\n（续上页）副市长张三参加活动。\n"
                   "8日，全市优化营商环境大会召开。\n", "g.txt")
    assert dates_and_texts(r)[1:] == [("2024-02-05", "市长李明走访慰问困难群众。副市长张三参加活动。"),
                                      ("2024-02-08", "全市优化营商环境大会召开。")]


@pytest.mark.parametrize("down,up", [("【续下页】", "【续上页】"), ("〔下转第30页〕", "〔上接第29页〕"),
                                     ("\n下转第30页", "上接第29页\n")])
def test_continuation_markers_in_other_brackets_or_alone_on_their_line(down: str, up: str) -> None:
    # 【】 and 〔〕 for （）, or no brackets on a line of its own: before, the marker stayed in the text (or made the
    # rest of the entry an entry of its own) and the piece was not stitched
    r = parse_text(_HEAD + f"5日，市长李明走访慰问困难群众，副市长{down}\n— 30 —\n{up}张三参加活动。\n"
                   "8日，全市优化营商环境大会召开。\n", "g.txt")
    assert dates_and_texts(r)[1:] == [("2024-02-05", "市长李明走访慰问困难群众，副市长张三参加活动。"),
                                      ("2024-02-08", "全市优化营商环境大会召开。")]


@pytest.mark.parametrize("end,piece", [
    # the piece holds dated entries
    ("5日，市长李明走访慰问困难群众。", "（上接第29页）副市长张三参加活动。\n8日，全市优化营商环境大会召开。\n"),
    # the section's last entry broke off mid-sentence
    ("5日，市长李明走访慰问困难群众。副市长", "（上接第29页）张三参加活动。\n"),
])
def test_a_continuation_no_marker_sends_to_right_after_a_section_goes_on_from_it(end: str, piece: str) -> None:
    # (the page lost its 下转 marker: before, the piece and every entry in it were lost, with no warning)
    r = parse_text(_HEAD + end + "\n— 30 —\n" + piece, "g.txt")
    texts = [t for _, t in dates_and_texts(r)]
    assert "市长李明走访慰问困难群众。副市长张三参加活动。" in texts
    assert all("上接" not in t for t in texts)
    assert any("no 下转" in w.message for w in r.warnings)


def test_another_documents_continuation_after_a_finished_chronicle_is_left_alone() -> None:
    r = parse_text(_HEAD + "5日，市长李明走访慰问困难群众。\n— 30 —\n（上接第12页）加强政策宣传，营造良好营商环境。\n"
                   "某某市人民政府\n2024年2月1日\n", "g.txt")
    assert dates_and_texts(r)[-1] == ("2024-02-05", "市长李明走访慰问困难群众。")


def test_an_entrys_wrapped_line_that_reads_as_a_heading_goes_on_with_the_entry() -> None:
    # (before, the line opened a section of its own: the rest of the entry was dropped as text before its first
    # entry, and the next entries lost their month)
    r = parse_text(_HEAD + "3日，市地方志办召开会议，部署\n大事记编纂工作\n。副市长张三出席。\n5日，市长李明调研。\n", "g.txt")
    assert dates_and_texts(r)[1:] == [("2024-02-03", "市地方志办召开会议，部署大事记编纂工作。副市长张三出席。"),
                                      ("2024-02-05", "市长李明调研。")]
    # a heading after a broken-off entry, then its period line or a dated entry, still opens a section
    r = parse_text(_HEAD + "3日，市委召开会议，部署\n某某市人民政府大事记\n（2024年3月）\n1日，市长李明调研。\n", "g.txt")
    assert dates_and_texts(r)[1:] == [("2024-02-03", "市委召开会议，部署"), ("2024-03-01", "市长李明调研。")]


def test_a_narrow_columns_line_repeated_alike_is_no_running_header_when_it_reports_an_act() -> None:
    # the same wrapped line in three entries (before, dropped as a running header: the chair was lost three times)
    text = "".join(f"{d}日，全市{w}会议召开，\n市委书记王强主持\n会议并讲话。\n" for d, w in ((1, "工作"), (5, "安全"), (8, "环保")))
    r = parse_text(_HEAD.split("1日")[0] + text, "g.txt")
    assert [t for _, t in dates_and_texts(r)] == [f"全市{w}会议召开，市委书记王强主持会议并讲话。" for w in ("工作", "安全", "环保")]
    # a running header printed on every page is still furniture
    pages = "".join(f"{d}日，市长李明调研。\n— {d} —\n某某市人民政府公报\n" for d in (1, 5, 8))
    r = parse_text("某某市人民政府大事记\n（2024年2月）\n" + pages, "g.txt")
    assert [t for _, t in dates_and_texts(r)] == ["市长李明调研。"] * 3


def test_an_entrys_wrapped_line_ending_like_a_scene_caption_is_text() -> None:
    # it names someone by office and the line before broke off mid-sentence (before, dropped as a photo's caption)
    r = parse_text(_HEAD + "5日，全市重点项目观摩会召开，\n市委书记王强深入施工现场\n察看进度。\n", "g.txt")
    assert dates_and_texts(r)[-1] == ("2024-02-05", "全市重点项目观摩会召开，市委书记王强深入施工现场察看进度。")
    # a scene's caption between entries is still furniture
    r = parse_text(_HEAD + "▲会议现场\n5日，市长李明调研。\n", "g.txt")
    assert [t for _, t in dates_and_texts(r)] == ["市长李明主持召开市政府常务会议。", "市长李明调研。"]


def test_an_entrys_wrapped_line_that_publishes_a_communique_is_no_running_header() -> None:
    # (before, 发布…统计公报 alone on its line was dropped as a gazette's running header)
    r = parse_text(_HEAD + "28日，市统计局召开新闻发布会，\n发布2023年国民经济和社会发展统计公报\n。副市长张三出席。\n", "g.txt")
    assert dates_and_texts(r)[-1] == ("2024-02-28", "市统计局召开新闻发布会，发布2023年国民经济和社会发展统计公报。副市长张三出席。")
    assert is_furniture("某某市人民政府公报") and is_furniture("德州市人民政府公报  2023年第6期")


_NARROW = ("某某市人民政府大事记\n（2024年2月）\n1日，市长李明主持召开市政府常务\n会议。\n5日，全市大会召开，副市长张三（下转第\n"
           "27页）\n— 26 —\n某某市人民政府关于某事的通知\n某政发〔2024〕3号\n各县区：现将有关事项通知如下。\n"
           "（上接第2\n6页）出席并讲话。\n8日，市长李明调研。\n")


def test_a_continuation_marker_broken_across_two_lines_is_read_whole() -> None:
    # （下转第 / 27页） and （上接第2 / 6页） in a narrow column (before, neither was read: the marker stayed in the
    # text, and the piece and the entries in it were lost)
    r = parse_text(_NARROW, "g.txt")
    assert dates_and_texts(r) == [("2024-02-01", "市长李明主持召开市政府常务会议。"),
                                  ("2024-02-05", "全市大会召开，副市长张三出席并讲话。"),
                                  ("2024-02-08", "市长李明调研。")]
    # the piece's text keeps the offsets the source gives it
    ev = r.events[1]
    assert _NARROW[slice(*ev.provenance.spans[-1])] == "出席并讲话。"


def test_a_documents_title_wrapped_over_lines_before_its_number_ends_the_entry_before() -> None:
    # (before, the title's lines were glued to the chronicle's last entry)
    r = parse_text(_HEAD + "5日，市长李明调研，副市长张三参加\n活动。\n某某市人民政府 关于任免王五等工作人\n员职务的通知\n"
                   "某政任〔2024〕15号\n各县区人民政府：\n", "g.txt")
    assert dates_and_texts(r)[-1] == ("2024-02-05", "市长李明调研，副市长张三参加活动。")
    assert any("another document's title" in w.message for w in r.warnings)


@pytest.mark.parametrize("down", ["（下\n转第27页）", "（\n下转第27页）", "（下转第2\n7页）"])
def test_a_down_marker_broken_anywhere_is_read_whole(down: str) -> None:
    r = parse_text(_NARROW.replace("（下转第\n27页）", down), "g.txt")
    assert [t for _, t in dates_and_texts(r)][1] == "全市大会召开，副市长张三出席并讲话。"


def test_a_continuation_is_found_when_the_contents_page_names_no_piece() -> None:
    # the table of contents gives page 2 (its 21 broken by a wrap), no piece comes from there: the one numbered piece
    # that reads as entries continues it (before, none did: the piece and its entries were lost)
    text = ("目  录\n某某市人民政府大事记（2024年2月） 2\n某某市人民政府大事记\n（2024年2月）\n1日，市长李明调研。\n"
            "5日，全市大会召开，副市长张三（下转第23页）\n— 21 —\n某某市人民政府关于某事的通知\n某政发〔2024〕3号\n"
            "各县区：现将有关事项通知如下。\n（上接第21页）出席并讲话。\n8日，市长李明调研。\n")
    r = parse_text(text, "g.txt")
    assert [t for _, t in dates_and_texts(r)] == ["市长李明调研。", "全市大会召开，副市长张三出席并讲话。", "市长李明调研。"]


def test_a_running_header_of_page_and_gazette_in_a_list_of_bare_days_is_no_day() -> None:
    page = "2019年10月大事记\n1  我市举行升国旗仪式。\n3  书记看望民警。\n31  某市人民政府公报\n6  条例施行。\n"
    r = parse_text(page, "bare.txt")
    assert [(str(e.date_start), e.text) for e in r.events] == [
        ("2019-10-01", "我市举行升国旗仪式。"), ("2019-10-03", "书记看望民警。"), ("2019-10-06", "条例施行。")]


def test_a_marker_with_no_piece_to_go_to_reads_on_after_it() -> None:
    # a copy that kept （转下页） and lost the page break: the rest follows it (before: all of it lost)
    text = ("某市人民政府大事记（2024年9月）\n3日，市长张三主持召开市政府常务会议。副市长李四出（转下页）\n席会议。\n"
            "5日，全市招商大会召开。\n")
    r = parse_text(text, "g.txt")
    assert dates_and_texts(r) == [("2024-09-03", "市长张三主持召开市政府常务会议。副市长李四出席会议。"),
                                  ("2024-09-05", "全市招商大会召开。")]
    assert any("read on" in w.message for w in r.warnings)


def test_entries_before_the_first_heading_are_a_chronicle_of_their_own() -> None:
    # a page that opens with its month and entries, a chronicle's heading further down: the entries before it are
    # read (before: lost without a word)
    text = "9月\n1日，市长王强出席会议。\n3日，副市长李明调研。\n某某市2024年9月大事记\n5日，市委书记张华主持会议。\n"
    r = parse_text(text, "before.txt", "2024-09")
    assert dates_and_texts(r) == [("2024-09-01", "市长王强出席会议。"), ("2024-09-03", "副市长李明调研。"),
                                  ("2024-09-05", "市委书记张华主持会议。")]
    # (not another document's dated lines before a heading: one day of a notice's, 1日起施行, is no chronicle)
    notice = "某某市人民政府关于加强管理的通知\n1日起施行。\n某某市2024年9月大事记\n5日，市委书记张华主持会议。\n"
    assert dates_and_texts(parse_text(notice, "notice.txt", "2024-09")) == [("2024-09-05", "市委书记张华主持会议。")]


def test_an_important_matter_wrapped_to_a_line_of_its_own_is_no_heading() -> None:
    # a wrapped line that ends with 重要事项 (要事 inside it) opened a chronicle, and the entries before it were lost
    text = ("2月\n1日\n市委召开常委会议。\n△市委副书记、市长张振川主持召开市长办公会。副市长陈颖、韩\n"
            "军在会上对推进各自分工负责的重点工作、重要事项\n及重大工程，分别谈了打算设想。\n3日\n市长张振川检查麦田管理工作。\n")
    r = parse_text(text, "wrapped.txt", "2009-02")
    assert [e.date_start for e in r.events] == ["2009-02-01", "2009-02-01", "2009-02-03"]
    assert r.events[1].text.endswith("重要事项及重大工程，分别谈了打算设想。")


@pytest.mark.parametrize("line", ["△全市大事记编纂工作会议召开", "同日 市档案馆举办大事记展览", "市委书记王强强调要办好民生大事"])
def test_an_entry_that_names_a_chronicle_is_no_heading(line: str) -> None:
    # an entry of the day before, or one that says what was done, with 大事记 in it (no stop at its end): before, a
    # heading, and the entry lost with the dates of all after it
    text = f"2024年9月大事记\n1日，市长王强出席会议。\n{line}\n3日，副市长李明调研。\n"
    r = parse_text(text, "named.txt")
    # (an event of the 1st, or a further paragraph of it: in either case kept, and the 3rd keeps its date)
    assert [e.date_start for e in r.events][-1] == "2024-09-03"
    assert all(e.date_start for e in r.events)
    assert any(line.split()[-1].lstrip("△") in e.text for e in r.events if e.date_start == "2024-09-01")


@pytest.mark.parametrize("heading", ["市领导出席活动纪事", "△大事记", "★ 大事记 ★", "聊城市人民政府大事记（2024年9月）"])
def test_headings_that_end_with_the_chronicle_s_word_still_are(heading: str) -> None:
    from etl.gazette import is_heading
    assert is_heading(heading)
