"""Date prefixes as chronicles write them, checked by round-trips over generated forms."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from etl import dates as D
from etl.errors import PeriodError
from etl.chronicle import Context, split_entries
from etl.gazette import Section
from etl.parse import parse_source
from etl.source import read_source, split_lines


def entries_of(text: str, year: int | None = 2024, month: int | None = 9):
    warnings: list[tuple[int, str]] = []
    sec = Section(title="", heading_line=None, period=None, lines=list(split_lines(text)))
    got = split_entries(sec, Context(year, month), lambda ln, msg: warnings.append((ln, msg)))
    return got, warnings


@given(st.integers(1, 99))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert D.cn_to_int(D.int_to_cn(n)) == n


days = st.integers(1, 28)
range_seps = st.sampled_from(["—", "－", "–", "-", "~", "～", "─", "至", " ~ ", " — "])
after = st.sampled_from(["，", ",", " ", "  ", "：", ""])


@given(day=days, sep=after, cn=st.booleans(), spaced=st.booleans())
def test_single_day_prefix(day: int, sep: str, cn: bool, spaced: bool) -> None:
    num = D.int_to_cn(day) if cn else str(day)
    line = f"{num}{' ' if spaced else ''}日{sep}市政府召开常务会议。"
    (e,), _ = entries_of(line)
    assert (e.date_start, e.date_end, e.precision) == (dt.date(2024, 9, day), dt.date(2024, 9, day), "day")
    assert e.text == "市政府召开常务会议。"


@given(a=st.integers(1, 27), length=st.integers(1, 3), rsep=range_seps, end_ri=st.booleans(), sep=st.sampled_from(["，", " ", ","]))
def test_day_range_prefix(a: int, length: int, rsep: str, end_ri: bool, sep: str) -> None:
    b = a + length
    first = f"{a}日" if end_ri else str(a)
    line = f"{first}{rsep}{b}日{sep}副省长周立伟率队来我市调研。"
    (e,), _ = entries_of(line)
    assert (e.date_start, e.date_end) == (dt.date(2024, 9, a), dt.date(2024, 9, b))
    assert e.text == "副省长周立伟率队来我市调研。"


@given(a=st.integers(1, 27), both=st.booleans(), cn=st.booleans(), sep=st.sampled_from(["，", " ", ","]))
def test_two_days_joined_by_a_pause_mark(a: int, both: bool, cn: bool, sep: str) -> None:
    num = D.int_to_cn if cn else str
    first = f"{num(a)}日" if both else num(a)
    (e,), _ = entries_of(f"{first}、{num(a + 1)}日{sep}市人大常委会举行会议。")
    assert (e.date_start, e.date_end, e.text) == (dt.date(2024, 9, a), dt.date(2024, 9, a + 1), "市人大常委会举行会议。")


@given(m=st.integers(1, 11), d=days, d2=st.integers(1, 9), rsep=range_seps)
def test_range_across_months(m: int, d: int, d2: int, rsep: str) -> None:
    line = f"{m}月{d}日{rsep}{m + 1}月{d2}日 全市招商引资检查考核会议召开。"
    (e,), _ = entries_of(line, 2016, None)
    assert (e.date_start, e.date_end) == (dt.date(2016, m, d), dt.date(2016, m + 1, d2))


@pytest.mark.parametrize("line,start,end,prec,text", [
    ("1 月 15~17 日, 全国会议在龙港召开。", "2024-01-15", "2024-01-17", "day", "全国会议在龙港召开。"),
    ("1月11─14日 县人代会召开。", "2024-01-11", "2024-01-14", "day", "县人代会召开。"),
    # a scan that read the range's dash as 一 (between two digits only: 3日一早 stays a day)
    ("9一16日:政协第八届委员会第一次会议在兰州举行。", "2024-09-09", "2024-09-16", "day", "政协第八届委员会第一次会议在兰州举行。"),
    ("3日一早，市长到防汛一线检查。", "2024-09-03", "2024-09-03", "day", "一早，市长到防汛一线检查。"),
    # an older annal's republic year beside the year, after it or before it
    ("1937年（民国二十六年）7月7日，卢沟桥事变爆发。", "1937-07-07", "1937-07-07", "day", "卢沟桥事变爆发。"),
    ("民国二十七年（1938年）3月，县政府迁驻山区。", "1938-03-01", "1938-03-31", "month", "县政府迁驻山区。"),
    ("2月5日下午,廉政工作会议召开。", "2024-02-05", "2024-02-05", "day", "下午,廉政工作会议召开。"),
    ("8 月中旬 县召开会议。", "2024-08-11", "2024-08-20", "xun", "县召开会议。"),
    ("9月下旬,县召开会议。", "2024-09-21", "2024-09-30", "xun", "县召开会议。"),
    ("是月25日,成立普查领导小组。", "2024-09-25", "2024-09-25", "day", "成立普查领导小组。"),
    # plain-text bullets: an asterisk, a dash
    ("* 10日 全市经济工作会议召开。", "2024-09-10", "2024-09-10", "day", "全市经济工作会议召开。"),
    ("—8月10日，全市经济运行调度会召开。", "2024-08-10", "2024-08-10", "day", "全市经济运行调度会召开。"),
    # the horizontal bar (―, U+2015) of PDF text as a range's dash
    ("3―4日 全区经济工作会议在呼和浩特举行。", "2024-09-03", "2024-09-04", "day", "全区经济工作会议在呼和浩特举行。"),
    ("同月 3—5日，县召开会议。", "2024-09-03", "2024-09-05", "day", "县召开会议。"),
    ("1月中下旬 全市开展走访慰问。", "2024-01-11", "2024-01-31", "xun", "全市开展走访慰问。"),
    ("2月上、中旬，全市复工复产。", "2024-02-01", "2024-02-20", "xun", "全市复工复产。"),
    ("2月上旬至3月 全面推进复工复产。", "2024-02-01", "2024-03-31", "xun", "全面推进复工复产。"),
    # a span of months into the next year, said (3月至次年5月, 2024年10月至2025年3月) or not (12月至1月)
    ("3月至次年5月，全市开展专项整治行动。", "2024-03-01", "2025-05-31", "month", "全市开展专项整治行动。"),
    ("2024年10月至2025年3月 开展冬修水利。", "2024-10-01", "2025-03-31", "month", "开展冬修水利。"),
    ("10月下旬至翌年2月上旬，开展冬修水利。", "2024-10-21", "2025-02-10", "xun", "开展冬修水利。"),
    ("12月至1月，开展冬季行动。", "2024-12-01", "2025-01-31", "month", "开展冬季行动。"),
    ("中下旬，开展专项整治。", "2024-09-11", "2024-09-30", "xun", "开展专项整治。"),
    ("7月,水灾。", "2024-07-01", "2024-07-31", "month", "水灾。"),
    ("是年,全县粮食丰收。", "2024-01-01", "2024-12-31", "year", "全县粮食丰收。"),
    ("年中，全县开展安全生产检查。", "2024-01-01", "2024-12-31", "year", "全县开展安全生产检查。"),  # (as 年初, 年底)
    ("春,团代会召开。", "2024-03-01", "2024-05-31", "season", "团代会召开。"),
    # two seasons in a row: from the first's start to the second's end (into the next year for 秋冬, 冬春)
    ("夏秋间，全县遭受旱灾。", "2024-06-01", "2024-11-30", "season", "全县遭受旱灾。"),
    ("秋冬，全县兴修水利。", "2024-09-01", "2025-02-28", "season", "全县兴修水利。"),
    ("冬春之交，全县开展冬修水利。", "2024-12-01", "2025-05-31", "season", "全县开展冬修水利。"),
    ("夏秋之交全区暴雨成灾。", "2024-06-01", "2024-11-30", "season", "全区暴雨成灾。"),  # (glued: 之交 ends it)
    ("1日~3日2012年元旦小长假,旅客增加。", "2024-09-01", "2024-09-03", "day", "2012年元旦小长假,旅客增加。"),
    ("■ 5月20日,省委常委出席研讨会。", "2024-05-20", "2024-05-20", "day", "省委常委出席研讨会。"),
    ("5日–市长调研。", "2024-09-05", "2024-09-05", "day", "市长调研。"),  # (an en dash after the day)
    ("→5日，市长调研。", "2024-09-05", "2024-09-05", "day", "市长调研。"),
    ("2023-01-03 市委常委会召开。", "2023-01-03", "2023-01-03", "day", "市委常委会召开。"),
    ("2023/1/15，市政府常务会议召开。", "2023-01-15", "2023-01-15", "day", "市政府常务会议召开。"),
    ("【1月3日】市委常委会召开。", "2024-01-03", "2024-01-03", "day", "市委常委会召开。"),
    ("（12日）市长出席全市经济工作会议。", "2024-09-12", "2024-09-12", "day", "市长出席全市经济工作会议。"),
    ("(3日) 市委常委会召开。", "2024-09-03", "2024-09-03", "day", "市委常委会召开。"),
    # a span to the next day (次日, 翌日), into the next month from the last
    ("8日至次日 省委巡视组来我市。", "2024-09-08", "2024-09-09", "day", "省委巡视组来我市。"),
    ("30日至翌日，市长出席会议。", "2024-09-30", "2024-10-01", "day", "市长出席会议。"),
    # the hour a span starts at stands between its days (31日晚至1月1日凌晨); 5日上午至市里 is no span
    ("30日晚至10月1日凌晨，市长带队检查。", "2024-09-30", "2024-10-01", "day", "凌晨，市长带队检查。"),
    ("7日上午至8日 省检查组来我市。", "2024-09-07", "2024-09-08", "day", "省检查组来我市。"),
    ("8日上午—9日，全县开展应急演练。", "2024-09-08", "2024-09-09", "day", "全县开展应急演练。"),  # (or a dash)
    ("16日下午-9月17日，县开展演练。", "2024-09-16", "2024-09-17", "day", "县开展演练。"),
    ("8日上午—10时，县开展演练。", "2024-09-08", "2024-09-08", "day", "上午—10时，县开展演练。"),  # (an hour, no day)
    ("8日上午至市政府调研。", "2024-09-08", "2024-09-08", "day", "上午至市政府调研。"),
    ("1月3日（星期二），市委常委会召开。", "2024-01-03", "2024-01-03", "day", "市委常委会召开。"),
    ("4月23日（农历三月二十六日） 县城解放。", "2024-04-23", "2024-04-23", "day", "县城解放。"),
    ("6—8日（星期一至星期三） 市十六届人大二次会议召开。", "2024-09-06", "2024-09-08", "day", "市十六届人大二次会议召开。"),
    ("1月6日至8日（周一—周三），市人代会召开。", "2024-01-06", "2024-01-08", "day", "市人代会召开。"),
    # a news item's lead before the date (本报讯, 又讯, with the byline)
    ("又讯 5月29日，县长甲主持召开常务会议。", "2024-05-29", "2024-05-29", "day", "县长甲主持召开常务会议。"),
    ("【本报讯】5月28日，区委召开常委会。", "2024-05-28", "2024-05-28", "day", "区委召开常委会。"),
    ("本报讯（记者 张三 通讯员 李四）5月10日上午，双沟镇召开人代会。", "2024-05-10", "2024-05-10", "day",
     "上午，双沟镇召开人代会。"),
    # a bar or a slash after the date, as web lists write it
    ("4月8日｜全市文明城市创建推进会召开。", "2024-04-08", "2024-04-08", "day", "全市文明城市创建推进会召开。"),
    ("4月8日丨全市文明城市创建推进会召开。", "2024-04-08", "2024-04-08", "day", "全市文明城市创建推进会召开。"),  # (丨, as accounts write it)
    ("4月7日/ 全市招商大会召开。", "2024-04-07", "2024-04-07", "day", "全市招商大会召开。"),
    ("月底，市政府常务会议召开。", "2024-09-01", "2024-09-30", "month", "市政府常务会议召开。"),
    # half a month: its days, as a 旬's are (precision xun); an approximate day (前后, 左右) is the day
    ("下半月 市委巡察组进驻8个单位。", "2024-09-16", "2024-09-30", "xun", "市委巡察组进驻8个单位。"),
    ("本月上半月，全市开展安全检查。", "2024-09-01", "2024-09-15", "xun", "全市开展安全检查。"),
    ("30日前后 全市完成春播。", "2024-09-30", "2024-09-30", "day", "全市完成春播。"),
    ("5日左右，首批物资运抵。", "2024-09-05", "2024-09-05", "day", "首批物资运抵。"),
    # "recently" is of the month in force
    ("近日 我市获评全国文明城市。", "2024-09-01", "2024-09-30", "month", "我市获评全国文明城市。"),
    ("日前，省政府批复同意我市城市总体规划。", "2024-09-01", "2024-09-30", "month", "省政府批复同意我市城市总体规划。"),
    # two days joined by 、 are the span of both
    ("7、8日 市人大常委会举行会议。", "2024-09-07", "2024-09-08", "day", "市人大常委会举行会议。"),
    ("9日、10日，市长赴京汇报工作。", "2024-09-09", "2024-09-10", "day", "市长赴京汇报工作。"),
    # (a stray comma after the year of a full date)
    ("2023年,9月18日,市委书记主持召开市委常委会。", "2023-09-18", "2023-09-18", "day", "市委书记主持召开市委常委会。"),
    # (a span and a day after it, or a day and a span: from the first to the last)
    ("3—4日、6日，全市开展安全检查。", "2024-09-03", "2024-09-06", "day", "全市开展安全检查。"),
    ("8日、10—11日，市政协开展视察。", "2024-09-08", "2024-09-11", "day", "市政协开展视察。"),
    ("7、8、9日 市人代会召开。", "2024-09-07", "2024-09-09", "day", "市人代会召开。"),
    ("7日、8日、9日，市人代会召开。", "2024-09-07", "2024-09-09", "day", "市人代会召开。"),
    # a range into the next year or month
    ("30日至次年1月2日 全市开展安全大检查。", "2024-09-30", "2025-01-02", "day", "全市开展安全大检查。"),
    ("28日至次月3日，全市开展消防检查。", "2024-09-28", "2024-10-03", "day", "全市开展消防检查。"),
    ("中旬至下旬，全市开展冬季植树活动。", "2024-09-11", "2024-09-30", "xun", "全市开展冬季植树活动。"),
    ("本月上旬，全市开展安全生产大检查。", "2024-09-01", "2024-09-10", "xun", "全市开展安全生产大检查。"),
    ("同月下旬 市政协召开主席会议。", "2024-09-21", "2024-09-30", "xun", "市政协召开主席会议。"),
    ("3月上旬至中旬 开展春耕检查。", "2024-03-01", "2024-03-20", "xun", "开展春耕检查。"),
    # a 旬 of the month in force into a 旬 of the next (下旬至10月上旬 under September's heading)
    ("下旬至10月上旬，全市开展春节慰问活动。", "2024-09-21", "2024-10-10", "xun", "全市开展春节慰问活动。"),
    # the lunar date or the festival beside a date belongs to its prefix, as a weekday does
    ("2月5日（正月初一） 全市举行新春团拜会。", "2024-02-05", "2024-02-05", "day", "全市举行新春团拜会。"),
    ("2月4日（除夕），市委书记看望一线职工。", "2024-02-04", "2024-02-04", "day", "市委书记看望一线职工。"),
    # (the lunar date or the festival first, the day in brackets after it)
    ("农历正月初八（2月17日），全市“新春第一会”召开。", "2024-02-17", "2024-02-17", "day", "全市“新春第一会”召开。"),
    ("元宵节(2月24日) 市委书记看望一线职工。", "2024-02-24", "2024-02-24", "day", "市委书记看望一线职工。"),
    # a number before the item's date is the item's; a weekday without brackets is the prefix's
    ("1. 5月6日，市委召开常委会会议。", "2024-05-06", "2024-05-06", "day", "市委召开常委会会议。"),
    ("（3）5月9日 全市召开防汛工作会议。", "2024-05-09", "2024-05-09", "day", "全市召开防汛工作会议。"),
    ("5月10日 星期一 市人大常委会召开主任会议。", "2024-05-10", "2024-05-10", "day", "市人大常委会召开主任会议。"),
    # 元月 is January
    ("元月8日 市长主持召开常务会议。", "2024-01-08", "2024-01-08", "day", "市长主持召开常务会议。"),
    # a quarter is its three months, with precision season
    ("一季度，全县地区生产总值同比增长5.2%。", "2024-01-01", "2024-03-31", "season", "全县地区生产总值同比增长5.2%。"),
    ("第三季度 全市开展安全生产大检查。", "2024-07-01", "2024-09-30", "season", "全市开展安全生产大检查。"),
    # (本季度, 是季: the quarter of the month in force, September's here)
    ("本季度 全市完成固定资产投资100亿元。", "2024-07-01", "2024-09-30", "season", "全市完成固定资产投资100亿元。"),
    ("是季，全县新增市场主体1200户。", "2024-07-01", "2024-09-30", "season", "全县新增市场主体1200户。"),
    # a news dateline's 讯 and its byline belong to the prefix; a name that begins with 讯 does not
    ("5月11日讯 市委召开常委会会议。", "2024-05-11", "2024-05-11", "day", "市委召开常委会会议。"),
    ("12日讯（记者 张三 通讯员 李四）全市防汛工作会议召开。", "2024-09-12", "2024-09-12", "day", "全市防汛工作会议召开。"),
    ("13日讯飞公司与市政府签约。", "2024-09-13", "2024-09-13", "day", "讯飞公司与市政府签约。"),
    # more bullets; an item's number with 、 before a date with its month is no day pair
    ("※8月3日，市政府常务会议召开。", "2024-08-03", "2024-08-03", "day", "市政府常务会议召开。"),
    ("·8月9日，市委理论学习中心组集体学习。", "2024-08-09", "2024-08-09", "day", "市委理论学习中心组集体学习。"),
    ("〇8月10日 市政协召开常委会议。", "2024-08-10", "2024-08-10", "day", "市政协召开常委会议。"),
    ("➢ 8月11日，全市防汛会议召开。", "2024-08-11", "2024-08-11", "day", "全市防汛会议召开。"),
    ("1、8月7日，市委书记调研乡村振兴工作。", "2024-08-07", "2024-08-07", "day", "市委书记调研乡村振兴工作。"),
    # a dash or a semicolon after the date separates it from the text, as a comma does
    ("1月3日——市委召开常委会会议。", "2024-01-03", "2024-01-03", "day", "市委召开常委会会议。"),
    ("7日；全市开展检查。", "2024-09-07", "2024-09-07", "day", "全市开展检查。"),
    # from the year's start to a month (before: no date, the line lost before the first entry)
    ("年初至3月 全县开展冬春农田水利建设。", "2024-01-01", "2024-03-31", "month", "全县开展冬春农田水利建设。"),
    ("2020年初至5月底，全县开展疫情防控。", "2020-01-01", "2020-05-31", "month", "全县开展疫情防控。"),
    # … its year in Chinese numerals (before: the line lost before the first entry, or glued to the entry before)
    ("二〇二〇年初至3月，全市开展疫情防控。", "2020-01-01", "2020-03-31", "month", "全市开展疫情防控。"),
    ("二〇二〇年初，全市开展疫情防控。", "2020-01-01", "2020-12-31", "year", "全市开展疫情防控。"),
    # a weekend said in brackets after a span is the date's aside, no text (before: （周末），… opened the text)
    ("9月7日—8日（周末），全市开展志愿服务活动。", "2024-09-07", "2024-09-08", "day", "全市开展志愿服务活动。"),
    # a date said open, from or up to it (before: 起， opened the text, and 10月以来, 截至9月底 were no dates)
    ("9月10日起，全市实施新的停车收费标准。", "2024-09-10", "2024-09-10", "day", "全市实施新的停车收费标准。"),
    ("自9月10日起，全市实施新的停车收费标准。", "2024-09-10", "2024-09-10", "day", "全市实施新的停车收费标准。"),
    ("10月以来，全市开展安全生产大检查。", "2024-10-01", "2024-10-31", "month", "全市开展安全生产大检查。"),
    ("截至9月底，全市累计完成固定资产投资1200亿元。", "2024-09-01", "2024-09-30", "month", "全市累计完成固定资产投资1200亿元。"),
    ("截至9月20日，全市完成投资。", "2024-09-20", "2024-09-20", "day", "全市完成投资。"),
])
def test_prefix_forms(line, start, end, prec, text) -> None:
    (e,), _ = entries_of(line)
    assert (str(e.date_start), str(e.date_end), e.precision, e.text) == (start, end, prec, text)


def test_a_numbered_point_inside_an_entry_is_no_entry() -> None:
    got, _ = entries_of("3日 市政府部署三项工作：\n1. 5月底前完成排查。\n2. 6月完成整改。", 2024, 5)
    assert [(e.date_start.day, e.text) for e in got] == [(3, "市政府部署三项工作：1. 5月底前完成排查。2. 6月完成整改。")]


def test_a_month_heading_of_yuanyue_is_january() -> None:
    got, _ = entries_of("1990年\n元月\n5日 市委召开全委扩大会议。\n二月\n3日 市人大常委会召开会议。", None, None)
    assert [str(e.date_start) for e in got] == ["1990-01-05", "1990-02-03"]


def test_a_month_heading_in_brackets() -> None:
    got, _ = entries_of("1990年\n【五月】\n8日 市人大召开会议。\n（六月）\n9日 市委召开全会。\n[7月份]\n1日 全市防汛。", None, None)
    assert [(str(e.date_start), e.text) for e in got] == [
        ("1990-05-08", "市人大召开会议。"), ("1990-06-09", "市委召开全会。"), ("1990-07-01", "全市防汛。")]


def test_year_headings_of_several_shapes_in_one_file() -> None:
    text = ("二〇一八年\n12月\n30日 市委召开全会。\n2019年度\n1月\n3日 市长调研。\n【2020年】\n2月\n5日 副市长出席会议。\n"
            "● 2022年\n4月8日 市人大召开会议。\n"
            # an older annal's reign or republic year beside the year, after it or before it
            "1948年（民国三十七年）\n10月 县城解放。\n民国三十八年（1949年）\n1月5日 县人民政府成立。\n"
            # (and the dynasty before the reign)
            "清光绪三十年（1904年）\n春，县城创办第一所新式学堂。\n1911年（清宣统三年）\n10月，县城光复。\n"
            # (and a part of the year over entries that say their months)
            "2024年第三季度\n7月3日 市委常委会召开。\n"
            # (and the year's name in the sixty-year cycle beside it, or 公元 before it)
            "2025年（乙巳年）\n1月\n5日 市长调研。\n公元2026年\n2月6日 市委召开全会。\n")
    got, _ = entries_of(text, None, None)
    assert [(str(e.date_start), e.text) for e in got] == [
        ("2018-12-30", "市委召开全会。"), ("2019-01-03", "市长调研。"), ("2020-02-05", "副市长出席会议。"),
        ("2022-04-08", "市人大召开会议。"), ("1948-10-01", "县城解放。"), ("1949-01-05", "县人民政府成立。"),
        ("1904-03-01", "县城创办第一所新式学堂。"), ("1911-10-01", "县城光复。"), ("2024-07-03", "市委常委会召开。"),
        ("2025-01-05", "市长调研。"), ("2026-02-06", "市委召开全会。")]


def test_a_line_opening_with_its_year_heading_s_year_is_an_item_of_that_year() -> None:
    # an annal under year headings that writes most items with their month: the one that says its year alone
    # (after a finished entry) is that year's, not the entry above's further text
    got, _ = entries_of("1971年\n2月11日 县革委会召开干部大会。\n11月18日 县委提出意见。\n"
                        "1971年 庆元地区境内造林55466亩,封山99954亩。\n1972年\n2月底 国家派飞机飞播造林。\n", None, None)
    assert [(str(e.date_start), str(e.date_end), e.precision, e.text) for e in got] == [
        ("1971-02-11", "1971-02-11", "day", "县革委会召开干部大会。"), ("1971-11-18", "1971-11-18", "day", "县委提出意见。"),
        ("1971-01-01", "1971-12-31", "year", "庆元地区境内造林55466亩,封山99954亩。"),
        ("1972-02-01", "1972-02-29", "month", "国家派飞机飞播造林。")]
    # … but not another year's, nor after a line broken off mid-sentence
    got, _ = entries_of("1971年\n11月18日 县委提出意见。\n1969年 全县粮食总产量创历史新高。\n", None, None)
    assert [e.text for e in got] == ["县委提出意见。1969年 全县粮食总产量创历史新高。"]
    got, _ = entries_of("1971年\n11月18日 县委提出，到\n1971年 年底全县完成造林。\n", None, None)
    assert [e.text for e in got] == ["县委提出，到1971年 年底全县完成造林。"]


def test_a_line_opening_with_the_year_in_force_set_apart_as_a_date_column_is_that_year_s_item() -> None:
    # no year heading: the year comes from the chronicle's title (化德县大事记(1956年)); its item that says the year
    # alone, set apart by a space as the dates above are, closes the year
    got = parse_source(read_source("化德县大事记(1956年)\n\n11月28日~12月3日 县第二届人民代表大会召开。\n\n"
                                   "1956年 全县发生麻疹693例。\n".encode(), "annal.txt")).events
    assert [(str(e.date_start), str(e.date_end), e.date_precision, e.text) for e in got][-1] == (
        "1956-01-01", "1956-12-31", "year", "全县发生麻疹693例。")
    # … not one that opens a sentence with it (1956年，…), which goes on as before
    got = parse_source(read_source("化德县大事记(1956年)\n\n11月28日 县人代会召开。\n1956年全县发生麻疹。\n".encode(), "annal.txt")).events
    assert [e.text for e in got] == ["县人代会召开。1956年全县发生麻疹。"]


@pytest.mark.parametrize("heading", ["2024年7-9月", "2024年7月至9月", "（2024年7月—9月）", "（2024年7-9月）"])
def test_a_quarter_s_months_under_the_chronicle_s_heading_give_its_year(heading: str) -> None:
    # 大事记 / 2024年7-9月: the year (and the first month) of entries that say their own months
    text = f"大事记\n{heading}\n7月3日，市委常委会召开。\n8月5日，市长调研。\n"
    events = parse_source(read_source(text.encode(), "quarter.txt")).events
    assert [e.date_start for e in events] == ["2024-07-03", "2024-08-05"]


def test_a_list_across_the_new_year_goes_on_into_the_next_year() -> None:
    # 大事记（2019年12月—2020年1月）: January after December is the next year's, its year unsaid
    got, _ = entries_of("30日 市委召开全会。\n1月3日 市长调研。\n5日 副市长出席会议。\n", 2019, 12)
    assert [str(e.date_start) for e in got] == ["2019-12-30", "2020-01-03", "2020-01-05"]
    # and so does a January heading after December's
    got, _ = entries_of("12月\n30日 市委召开全会。\n1月\n3日 市长调研。\n", 2019, 12)
    assert [str(e.date_start) for e in got] == ["2019-12-30", "2020-01-03"]


def test_the_month_in_force_after_a_range_across_months() -> None:
    # under December, a range into January leaves December in force (月内 is December's)
    got, _ = entries_of("12月31日—2024年1月2日 全市举办迎新年活动。\n月内 全市新增就业1.2万人。", 2023, 12)
    assert [(str(e.date_start), str(e.date_end)) for e in got] == [
        ("2023-12-31", "2024-01-02"), ("2023-12-01", "2023-12-31")]
    # first under the June heading, a range from May: June is in force after it
    got, _ = entries_of("5月30日~6月5日 全市检查考核会议召开。\n6~8日 省检查组来我市调研。", 2016, 6)
    assert [(str(e.date_start), str(e.date_end)) for e in got] == [
        ("2016-05-30", "2016-06-05"), ("2016-06-06", "2016-06-08")]


def test_markers_repeat_the_previous_date_and_month_headings_set_the_month() -> None:
    text = "8月\n3日，甲会议召开。\n△乙会议召开。\n同日  丙会议召开。\n同月，丁会议召开。\n9月\n1日 戊会议召开。"
    got, warnings = entries_of(text, 2024, None)
    assert [(str(e.date_start), e.precision) for e in got] == [
        ("2024-08-03", "day"), ("2024-08-03", "day"), ("2024-08-03", "day"), ("2024-08-01", "month"), ("2024-09-01", "day")]
    assert not warnings


def test_a_half_month_issue_heading_a_letter_spaced_heading_and_a_typed_delta() -> None:
    # 2021年4月下 heads the second half of April; 政 治 is a category set letter-spaced; Δ (and ∆), typed
    # for △, mark an item of the same day
    text = "2021年4月下\n政 治\n16日 甲会议召开。\nΔ 乙会议召开。\n∆ 丙会议召开。\n19—20日 丁率队考察。"
    got, warnings = entries_of(text, None, None)
    assert [(str(e.date_start), str(e.date_end), e.text) for e in got] == [
        ("2021-04-16", "2021-04-16", "甲会议召开。"), ("2021-04-16", "2021-04-16", "乙会议召开。"),
        ("2021-04-16", "2021-04-16", "丙会议召开。"), ("2021-04-19", "2021-04-20", "丁率队考察。")]
    assert not warnings


def test_county_annals_glue_months_to_their_text_and_write_years_in_numerals() -> None:
    # 1月中共…: a month glued to its text is a month item (but not 6月份, 5月底前 or 十月革命); 一九六八年
    # heads a year; 8月底 is of the month, and 底 is the date's, not the text's
    text = ("1月中共某县委召开三级干部会议。\n5月1日中共某县委机关报创刊。\n6月中共某县委确定6月份为宣传月。\n"
            "一九六八年\n3月——9月，举办各种学习班。\n8月底，全县都建立了革命委员会。\n4月起，开凿运河。")
    got, warnings = entries_of(text, 1958, None)
    assert [(str(e.date_start), str(e.date_end), e.precision, e.text) for e in got] == [
        ("1958-01-01", "1958-01-31", "month", "中共某县委召开三级干部会议。"),
        ("1958-05-01", "1958-05-01", "day", "中共某县委机关报创刊。"),
        ("1958-06-01", "1958-06-30", "month", "中共某县委确定6月份为宣传月。"),
        ("1968-03-01", "1968-09-30", "month", "举办各种学习班。"),
        ("1968-08-01", "1968-08-31", "month", "全县都建立了革命委员会。"),
        ("1968-04-01", "1968-04-30", "month", "开凿运河。")]  # (起: the date's, from that month on)
    assert not warnings


def test_an_annals_hyphens_for_dashes_a_part_of_its_year_and_its_years_as_chapters() -> None:
    # a copy that typed its dash as hyphens (1----3月, 7月12----14日, 8月30日---12月15日); 是年上半年 is the year's
    # first half; a book whose chapters are its years (第31章 1962年)
    text = ("第31章 1962年\n2月,开放集市贸易。\n1----3月,各公社整风整社。\n第32章 1963年\n7月12----14日,县人代会召开。\n"
            "8月30日---12月15日,在大沟公社搞试点。\n是年上半年,开展人口普查。\n")
    got, warnings = entries_of(text, None, None)
    assert [(str(e.date_start), str(e.date_end), e.precision, e.text) for e in got] == [
        ("1962-02-01", "1962-02-28", "month", "开放集市贸易。"), ("1962-01-01", "1962-03-31", "month", "各公社整风整社。"),
        ("1963-07-12", "1963-07-14", "day", "县人代会召开。"), ("1963-08-30", "1963-12-15", "day", "在大沟公社搞试点。"),
        ("1963-01-01", "1963-06-30", "season", "开展人口普查。")]
    assert not warnings


def test_a_period_given_as_a_span_of_days_into_the_next_month_goes_on_into_it() -> None:
    # the heading's span (12月21日至1月20日, or a week's line over the entries): a bare day before the last is of
    # the next month; without such a span a day out of order stays in the month in force
    text = "2023年12月21日至2024年1月20日大事记\n21日，市委召开会议。\n28日，市政府召开会议。\n3日，市人大召开会议。\n"
    events = parse_source(read_source(text.encode("utf-8"), "span.txt")).events
    assert [e.date_start for e in events] == ["2023-12-21", "2023-12-28", "2024-01-03"]
    week = "一周要闻（1月29日—2月4日）\n29日，市委召开会议。\n2日，市人大召开会议。\n4日，市政协召开会议。\n"
    events = parse_source(read_source(week.encode("utf-8"), "week.txt"), D.parse_period("2024-01")).events
    assert [e.date_start for e in events] == ["2024-01-29", "2024-02-02", "2024-02-04"]
    plain = "2024年1月大事记\n29日，市委召开会议。\n2日，市人大召开会议。\n"
    assert [e.date_start for e in parse_source(read_source(plain.encode("utf-8"), "m.txt")).events] == [
        "2024-01-29", "2024-01-02"]
    # with no period given and no month heading, the issue's span of days over the bare days gives their months (the
    # year its line names): before, every entry was kept undated
    for issue, days, dates in (("2024年第1期（1月1日—1月10日）", ("3", "5"), ["2024-01-03", "2024-01-05"]),
                               ("2024年第5期（1月29日—2月4日）", ("29", "2"), ["2024-01-29", "2024-02-02"])):
        text = f"政务要闻周报\n{issue}\n{days[0]}日，市委召开会议。\n{days[1]}日，市人大召开会议。\n"
        assert [e.date_start for e in parse_source(read_source(text.encode(), "issue.txt")).events] == dates
    # … and so does the span in the chronicle's own title (a week's chronicle across two months)
    for title in ("2024年第5周大事记（1月29日—2月4日）", "第5周大事记（2024年1月29日—2月4日）", "2024年1月29日至2月4日大事记"):
        text = f"{title}\n29日，市委召开会议。\n2日，市人大召开会议。\n"
        assert [e.date_start for e in parse_source(read_source(text.encode(), "week.txt")).events] == [
            "2024-01-29", "2024-02-02"], title


def test_a_bulleted_item_with_no_date_under_a_new_year_s_heading_is_of_that_year() -> None:
    # (△ before every entry: a bullet; one with no date of its own repeats the date before, but not across a
    # year's heading: 1958年 / △春节期间，… is of 1958)
    got, _ = entries_of("1957年\n△1月4日,撤销槐芽区。\n△8月,水电站建成。\n1958年\n△春节期间,举办民间艺术会演大会。\n"
                        "△5月11日,召开县三届一次人代会。\n", None, None)
    assert [(str(e.date_start), str(e.date_end), e.precision) for e in got] == [
        ("1957-01-04", "1957-01-04", "day"), ("1957-08-01", "1957-08-31", "month"),
        ("1958-01-01", "1958-12-31", "year"), ("1958-05-11", "1958-05-11", "day")]
    # (so is an undated line after the year's heading, with no bullet)
    got, _ = entries_of("1957年\n8月,水电站建成。\n1958年\n春节期间,举办民间艺术会演大会。\n5月11日,召开人代会。\n", None, None)
    assert [(str(e.date_start), e.precision, e.text) for e in got] == [
        ("1957-08-01", "month", "水电站建成。"), ("1958-01-01", "year", "春节期间,举办民间艺术会演大会。"),
        ("1958-05-11", "day", "召开人代会。")]


@pytest.mark.parametrize("head,year", [("Page 166 - 无锡年鉴2021", 2020), ("《青白江年鉴(2018)》 P. 129", 2017),
                                       ("2013卷保定年鉴 > 正文", 2012), ("无锡年鉴2023-PC", 2022),
                                       ("2021年无锡年鉴编纂工作", None), ("龙港镇志2009", None)])
def test_a_yearbook_s_volume_records_the_year_before_its_own(head: str, year: int | None) -> None:
    assert D.yearbook_year(head) == year


def test_where_nothing_else_gives_the_year_a_yearbook_page_takes_the_year_its_volume_records() -> None:
    page = "Page 166 - 无锡年鉴2021\n大事记\n8月\n15日 无锡高新区与闻泰科技签约。\n20日 洽谈会在杭州举行。\n"
    r = parse_source(read_source(page.encode("utf-8"), "yearbook.txt"))
    assert [e.date_start for e in r.events] == ["2020-08-15", "2020-08-20"]
    assert any("taken from the yearbook's volume" in w.message for w in r.warnings)
    # (a period the caller gives wins)
    r = parse_source(read_source(page.encode("utf-8"), "yearbook.txt"), D.parse_period("2021"))
    assert [e.date_start for e in r.events] == ["2021-08-15", "2021-08-20"]


@pytest.mark.parametrize("heading,period", [("盐城大事记202008", "2020-08"), ("202312大事记", "2023-12"),
                                            ("大事记 202013", None), ("政府大事记 2023.3", "2023-03")])
def test_a_heading_s_year_and_month_as_six_digits_beside_the_chronicle_s_name(heading: str, period: str | None) -> None:
    found = D.period_in(heading)
    assert (str(found) if found else None) == period


def test_a_half_month_digest_under_a_news_page_s_time_stamp_takes_its_month_too() -> None:
    # (1日—15日) run together under 2006年11月16日04:35: the page's year and month; a list whose days run past the
    # page's day (a month's list published the next month) takes the year only
    page = "半月大事\nhttp://www.sina.com.cn 2006年11月16日04:35 四川新闻网\n（1日—15日） 1日 全委会召开。 2日 四川科技馆开馆。\n"
    r = parse_source(read_source(page.encode("utf-8"), "digest.txt"))
    assert [e.date_start for e in r.events] == ["2006-11-01", "2006-11-02"]
    month = "大事记\n发布日期:2020-09-18\n1日  市政府召开会议。\n30日  市人大召开会议。\n"
    r = parse_source(read_source(month.encode("utf-8"), "month.txt"))
    assert [e.date_start for e in r.events] == [None, None]
    assert any("2020 taken from the page's date" in w.message for w in r.warnings)


def test_where_nothing_else_gives_the_year_the_one_year_the_text_before_the_entries_names_is_theirs() -> None:
    page = "转眼间我们已站在2024年的尾声回望。\n2024年，我们携手同行。\n1月18日，乡村文化旅游节开启。\n2月3日，市委召开会议。\n"
    r = parse_source(read_source(page.encode("utf-8"), "review.txt"))
    assert [e.date_start for e in r.events] == ["2024-01-18", "2024-02-03"]
    assert any("the one year the text before the entries names" in w.message for w in r.warnings)
    two = page.replace("2024年，我们", "2023年，我们")  # (two years named: none is taken)
    assert [e.date_start for e in parse_source(read_source(two.encode("utf-8"), "review.txt")).events] == [None, None]
    # (a full date in figures there names its year: 省委书记的一周(2023.2.27-2023.3.5))
    week = "省委书记的一周(2023.2.27-2023.3.5)\n2月28日至3月2日,代表集中学习。\n3月1日,省委常委会召开扩大会议。\n"
    r = parse_source(read_source(week.encode("utf-8"), "week.txt"))
    assert [(e.date_start, e.date_end) for e in r.events] == [("2023-02-28", "2023-03-02"), ("2023-03-01", "2023-03-01")]
    # (nor where the entries, or a heading among them, say their years)
    own = page.replace("1月18日", "2023年1月18日")
    r = parse_source(read_source(own.encode("utf-8"), "review.txt"))
    assert not any("the text before the entries names" in w.message for w in r.warnings)


def test_a_year_beside_the_chronicle_s_name_without_its_character_and_the_name_again_below() -> None:
    # 2011大事记 (年 left out) names the year; the name again, spaced out, under it opens no chronicle of no year
    text = "2011大事记\n时间:2012-01-01 来源:某县\n大  事  记\n1月\n1月3日  县消防大队营救被困群众。\n1月6日  县委举行全会。\n"
    events = parse_source(read_source(text.encode(), "wc.txt")).events
    assert [e.date_start for e in events] == ["2011-01-03", "2011-01-06"]
    assert D.period_in("大事记2011") == D.Period(2011, None) and D.period_in("某县2011大事记") == D.Period(2011, None)
    assert D.period_in("盐城大事记202008") == D.Period(2020, 8)


def test_where_nothing_else_gives_the_year_a_digest_takes_its_page_s_date() -> None:
    # a page published soon after its entries (their month, or one of the two before): its year, with a warning;
    # not an update date, nor a page put online months after the entries
    page = "公园街道 | 一周工作播报\n发布日期:2022-05-16\n▲5月9日,市领导沙向东到公园街道观摩。\n▲5月13日,街道召开会议。\n"
    r = parse_source(read_source(page.encode("utf-8"), "web.txt"))
    assert [e.date_start for e in r.events] == ["2022-05-09", "2022-05-13"]
    assert any("taken from the page's date" in w.message and w.line == 2 for w in r.warnings)
    for late in (page.replace("发布日期:2022-05-16", "更新时间:2022-05-16"),
                 page.replace("发布日期:2022-05-16", "发布日期:2022-09-16")):
        assert [e.date_start for e in parse_source(read_source(late.encode("utf-8"), "web.txt")).events] == [None, None]


def test_a_span_of_months_into_the_next_year_named_with_its_year() -> None:
    got, warnings = entries_of("12月1日,县民主政府改称县人民政府。\n12月至1950年2月,进行清匪收枪工作。", 1949, None)
    assert [(str(e.date_start), str(e.date_end), e.precision) for e in got] == [
        ("1949-12-01", "1949-12-01", "day"), ("1949-12-01", "1950-02-28", "month")]
    assert not warnings


def test_a_bracketed_date_with_its_weekday() -> None:
    got, warnings = entries_of("【1月3日 星期四】市委召开常委会议。\n【1月5日】市政府召开常务会议。", 2024, None)
    assert [(str(e.date_start), e.text) for e in got] == [("2024-01-03", "市委召开常委会议。"), ("2024-01-05", "市政府召开常务会议。")]
    assert not warnings
    # (a weekday as 周四, or set off by commas; not a name that begins with 周)
    got, warnings = entries_of("1月3日 周四 市委召开常委会议。\n4日，星期五，市政府召开常务会议。\n5日 周一鸣出席会议。", 2024, None)
    assert [(str(e.date_start), e.text) for e in got] == [
        ("2024-01-03", "市委召开常委会议。"), ("2024-01-04", "市政府召开常务会议。"), ("2024-01-05", "周一鸣出席会议。")]
    assert not warnings


def test_month_headings_numbered_as_a_list_is() -> None:
    # 一、1月份 / （二）二月: a month heading with the number of its part before it
    got, warnings = entries_of("一、1月份\n3日，甲会议召开。\n（二）二月\n5日，乙会议召开。", 2023, None)
    assert [str(e.date_start) for e in got] == ["2023-01-03", "2023-02-05"]
    assert not warnings


def test_the_part_of_the_same_month_is_the_dates() -> None:
    # 本月底，… under a month's items: of the month, and 底 is no part of the text (as 8月底)
    got, warnings = entries_of("6月\n3日，甲会议召开。\n本月底，全县建社462个。\n同月初，乙会议召开。", 1956, None)
    assert [(str(e.date_start), str(e.date_end), e.precision, e.text) for e in got] == [
        ("1956-06-03", "1956-06-03", "day", "甲会议召开。"),
        ("1956-06-01", "1956-06-30", "month", "全县建社462个。"),
        ("1956-06-01", "1956-06-30", "month", "乙会议召开。")]
    assert not warnings


def test_a_day_range_alone_on_its_line_heads_the_entry_after_it() -> None:
    # day headings on their own lines, ranges written without 日 (19—20)
    got, warnings = entries_of("8日\n  全县会议召开。\n19—20\n  县人大常委会组织视察。\n27—29\n  县工会代表大会召开。", 1985, 6)
    assert [(str(e.date_start), str(e.date_end), e.text.strip()) for e in got] == [
        ("1985-06-08", "1985-06-08", "全县会议召开。"), ("1985-06-19", "1985-06-20", "县人大常委会组织视察。"),
        ("1985-06-27", "1985-06-29", "县工会代表大会召开。")]
    assert not warnings


def test_a_line_ending_in_a_closing_quote_goes_on_unless_a_sentence_ended_inside_it() -> None:
    got, _ = entries_of("1日，省烟草专卖局局长甲对罗平的“两烟”\n情况进行实地考察调研。\n2日，市长乙说：“要抓好落实。”\n"
                        "市委召开常委会议。", 2024, 9)
    assert [e.text for e in got] == ["省烟草专卖局局长甲对罗平的“两烟”情况进行实地考察调研。", "市长乙说：“要抓好落实。”",
                                     "市委召开常委会议。"]


def test_attending_the_ceremony_just_named_goes_on_and_another_meeting_is_a_new_entry() -> None:
    got, _ = entries_of("7日，我市举办第三届农民丰收节。\n市政协主席赵六出席开幕式。\n"
                        "市长李四出席全省安全生产会议。\n", 2024, 9)
    assert [e.text for e in got] == ["我市举办第三届农民丰收节。市政协主席赵六出席开幕式。", "市长李四出席全省安全生产会议。"]


def test_a_subheading_between_entries_joins_neither() -> None:
    got, warnings = entries_of("7日，全市普降大雨。\n重要会议\n8日，市政协召开会议。\n", 2024, 9)
    assert [e.text for e in got] == ["全市普降大雨。", "市政协召开会议。"]
    assert any("subheading" in w for _, w in warnings)


def test_a_short_line_that_reports_an_act_is_no_subheading() -> None:
    # the entry's last sentence, its 。 lost (before, dropped as a subheading: the one there was lost)
    got, warnings = entries_of("7日，全市大会召开。\n市长李四出席\n8日，市政协召开会议。\n", 2024, 9)
    assert [e.text for e in got] == ["全市大会召开。市长李四出席", "市政协召开会议。"]
    assert not any("subheading" in w for _, w in warnings)


def test_a_half_width_full_stop_ends_an_entry_too() -> None:
    got, _ = entries_of("3日,市委书记张三出席会议并讲话.\n市长李四主持召开常务会议.\n5日,全市大会召开.", 2024, 9)
    assert [(str(e.date_start), e.text) for e in got] == [
        ("2024-09-03", "市委书记张三出席会议并讲话."), ("2024-09-03", "市长李四主持召开常务会议."), ("2024-09-05", "全市大会召开.")]


def test_a_glued_month_after_an_unfinished_line_continues_it() -> None:
    # …会议决定从 / 6月起施行: the line break cut a sentence, and 6月中旬 after it is no glued month either
    got, _ = entries_of("3日，会议决定从\n6月起施行新规定。\n5日，全市召开会议，要求在\n6月中完成。", 2024, 9)
    assert [e.text for e in got] == ["会议决定从6月起施行新规定。", "全市召开会议，要求在6月中完成。"]


def test_a_months_start_or_end_glued_to_its_text_dates_an_item_of_that_month() -> None:
    # older annals: 1月初永定区…, 12月底全县… (the month the precision); after a broken line it continues it, and
    # 初步, 底前 and a lunar 初一 are words of the text
    got, _ = entries_of("1月初永定区划归武陵源区管辖。\n12月底全县完成清查。\n", 1989, None)
    assert [(str(e.date_start), str(e.date_end), e.precision, e.text) for e in got] == [
        ("1989-01-01", "1989-01-31", "month", "永定区划归武陵源区管辖。"),
        ("1989-12-01", "1989-12-31", "month", "全县完成清查。")]
    got, _ = entries_of("3日，会议要求各地在\n3月底前完成清查。\n5日，全市召开会议。\n3月初步建成。", 2024, 3)
    assert [(e.date_start.day, e.precision, e.text) for e in got] == [
        (3, "day", "会议要求各地在3月底前完成清查。"), (5, "day", "全市召开会议。"), (5, "day", "3月初步建成。")]
    assert D.match_prefix("1月初一全县放假。") is None
    assert D.match_prefix("１月初永定区划归武陵源区管辖。") is not None  # (in full-width figures too)


def test_a_date_left_with_no_text_is_reported_on_its_own_line() -> None:
    # 22日 alone on its line, its item opened by a bullet on the next: the warning names the date's line
    got, warnings = entries_of("19日\n县退管会成立。\n22日\n△苏州市蔬菜基地工作会议在吴江召开。\n", 1988, 9)
    assert [(e.date_start.day, e.text) for e in got] == [(19, "县退管会成立。"), (22, "苏州市蔬菜基地工作会议在吴江召开。")]
    assert (3, "date '22日' with no entry text") in warnings


def test_triangle_before_every_date_is_a_bullet() -> None:
    got, _ = entries_of("△1日,甲会议召开。\n\n△3日,乙会议召开。\n\n△3日,丙会议召开。")
    assert [e.date_start.day for e in got] == [1, 3, 3]


def test_bare_day_numbers_with_two_spaces() -> None:
    got, _ = entries_of("1  我市举行升国旗仪式。\n\n同日  条例施行。\n\n3  书记看望民警。\n\n7日至9  市长率团考察。", 2019, 10)
    assert [(str(e.date_start), str(e.date_end)) for e in got] == [
        ("2019-10-01", "2019-10-01"), ("2019-10-01", "2019-10-01"), ("2019-10-03", "2019-10-03"),
        ("2019-10-07", "2019-10-09")]


def test_in_a_list_of_bare_days_a_day_with_a_comma_at_a_line_s_start_is_inside_the_entry() -> None:
    # a narrow column wraps an entry's own 7日，… to a line's start: not the list's format, so no new entry
    got, _ = entries_of("1  我市举行升国旗仪式。\n3  书记看望民警。\n7日至9  市长率团在澳门学习考\n察。\n"
                        "7日，澳门宁波联谊会举行活动。\n10  市委召开常委会。", 2019, 10)
    assert [(str(e.date_start), str(e.date_end), e.text) for e in got] == [
        ("2019-10-01", "2019-10-01", "我市举行升国旗仪式。"), ("2019-10-03", "2019-10-03", "书记看望民警。"),
        ("2019-10-07", "2019-10-09", "市长率团在澳门学习考察。7日，澳门宁波联谊会举行活动。"),
        ("2019-10-10", "2019-10-10", "市委召开常委会。")]
    # … where the days are written with 日 and a comma, it starts one
    got, _ = entries_of("1日，我市举行升国旗仪式。\n7日，澳门宁波联谊会举行活动。\n", 2019, 10)
    assert len(got) == 2


def test_a_month_and_day_run_together_with_both_marks_lost_and_two_spaces() -> None:
    # 422  我县…: 4月22日 as a web copy that lost 月 and 日 leaves it (read as 71日 is, 1028 as 10月28日)
    got, _ = entries_of("422  我县举行艺术节。\n\n425  县长甲调研路网工程。\n\n同日  县委书记乙收看电视电话会。\n\n"
                        "426  县长甲部署工作。\n", 2011, 4)
    assert [(str(e.date_start), e.text) for e in got] == [
        ("2011-04-22", "我县举行艺术节。"), ("2011-04-25", "县长甲调研路网工程。"), ("2011-04-25", "县委书记乙收看电视电话会。"),
        ("2011-04-26", "县长甲部署工作。")]
    got, _ = entries_of("1028  全市举行运动会。\n\n1030  市长甲出席会议。\n", 2011, 10)
    assert [str(e.date_start) for e in got] == ["2011-10-28", "2011-10-30"]


def test_a_timestamp_or_a_bracketed_word_is_not_a_date() -> None:
    got, warnings = entries_of("2019-07-10 18:22 来源:市政府网\n【通知】全市停电检修。\n3日，市委常委会召开。")
    assert [(e.date_start.day, e.text) for e in got] == [(3, "市委常委会召开。")]
    assert len(warnings) == 2  # both lines before the first entry are reported, not dated
    got, _ = entries_of("【】\n【 】 3日\n3日，市委常委会召开。")  # empty brackets (found by fuzzing: they crashed)
    assert [e.text for e in got] == ["市委常委会召开。"]


def test_a_digest_on_one_line_is_read_entry_by_entry() -> None:
    # a newspaper's half-month digest: every entry on one line, days after a space or glued to the sentence
    # before, undated items of the same day after a space, a further paragraph after a space too
    line = ("成都日报讯: (1日—15日) 1日 市委全委会召开。李春城出席会议并讲话。2日 四川科技馆开馆。 市政府为卫生院配置的"
            "救护车发放到各区县。 6日—7日 亚洲投资论坛在蓉召开。 会议期间签约项目12个。 7日 座谈会召开。 李春城、葛红林出席启动仪式。")
    got, warnings = entries_of(line, 2006, 11)
    assert [(e.date_start.day, e.date_end.day, e.text) for e in got] == [
        (1, 1, "市委全委会召开。李春城出席会议并讲话。"), (2, 2, "四川科技馆开馆。"), (2, 2, "市政府为卫生院配置的救护车发放到各区县。"),
        (6, 7, "亚洲投资论坛在蓉召开。会议期间签约项目12个。"), (7, 7, "座谈会召开。"), (7, 7, "李春城、葛红林出席启动仪式。")]
    assert [w for _, w in warnings] and "(1日—15日)" in warnings[0][1]  # the digest's own header, reported


def test_a_month_run_together_on_one_line_splits_at_its_days_after_a_space() -> None:
    # a web page that lost its paragraphs: the first item says its month, the rest only their days (or 旬),
    # each after a finished sentence and a space; a day inside an item, with no space before it, is text
    line = ("1月4日,市委召开乡贤座谈会。 6日,省政府举行启动仪式,会期两天。7日,仪式闭幕。 上旬,副市长甲率队开展扶贫活动。"
            " 16日—17日,全市领导干部大会召开。")
    got, warnings = entries_of(line, 2010, None)
    assert [(str(e.date_start), str(e.date_end), e.text) for e in got] == [
        ("2010-01-04", "2010-01-04", "市委召开乡贤座谈会。"),
        ("2010-01-06", "2010-01-06", "省政府举行启动仪式,会期两天。7日,仪式闭幕。"),
        ("2010-01-01", "2010-01-10", "副市长甲率队开展扶贫活动。"),
        ("2010-01-16", "2010-01-17", "全市领导干部大会召开。")]
    assert not warnings
    # … and a list that says every item's month, its spans of days too (4月6~7日)
    got, _ = entries_of("4月5日 副部长刘永福来我市调研。 4月6~7日 全国妇联副主席莫文秀来我市调研。 4月8日 桃花节开幕。", 2006, None)
    assert [(str(e.date_start), str(e.date_end), e.text[:3]) for e in got] == [
        ("2006-04-05", "2006-04-05", "副部长"), ("2006-04-06", "2006-04-07", "全国妇"), ("2006-04-08", "2006-04-08", "桃花节")]


def test_a_month_copied_as_one_line_after_its_heading_splits_at_days_after_a_space_too() -> None:
    # (2024年1月大事记 1日，…。 3日，…。 4日，…: the heading glued or on the line above, a space after each sentence)
    days = (1, 3, 4, 7, 9)
    line = " ".join(f"{d}日，市委书记张三主持召开市委常委会会议，研究部署当前重点工作和有关事项。" for d in days)
    for text in (f"2024年1月大事记 {line}", f"2024年1月大事记\n{line}"):
        events = parse_source(read_source(text.encode("utf-8"), "one-line.txt")).events
        assert [int(e.date_start[-2:]) for e in events] == list(days)


def test_a_page_that_lost_its_line_breaks_splits_at_days_glued_in_the_lists_own_format() -> None:
    # the entries open with their day and a space (1日 市委…): such a day glued to a finished sentence opens the
    # next entry, on a line a marker opened too; a day inside a sentence, or with no space after it, is text
    text = ("1日 市长甲检查重点项目。\n△ 市委召开常委会议，副市长乙主持。2日 考察团来我市参观，副市长丙陪同。\n"
            "△ 全市安全工作会议召开，于2日开幕。3日 全省电视电话会议召开，副市长丁出席。\n3—6日 省督查组来我市检查。\n")
    got, _ = entries_of(text, 2008, 6)
    assert [(e.date_start.day, e.date_end.day, e.text) for e in got] == [
        (1, 1, "市长甲检查重点项目。"), (1, 1, "市委召开常委会议，副市长乙主持。"), (2, 2, "考察团来我市参观，副市长丙陪同。"),
        (2, 2, "全市安全工作会议召开，于2日开幕。"), (3, 3, "全省电视电话会议召开，副市长丁出席。"), (3, 6, "省督查组来我市检查。")]
    # two such days glued in a line are the list's format by themselves (…出版。4日  市委…。5日  …)
    got, _ = entries_of("2日  县志出版。\n同日  县志办召开座谈会。4日  市委召开动员会。5日  全市普降大雪。", 2010, 1)
    assert [(e.date_start.day, e.text) for e in got] == [
        (2, "县志出版。"), (2, "县志办召开座谈会。"), (4, "市委召开动员会。"), (5, "全市普降大雪。")]
    # (a span of days with 至 after a space, as one with a dash: 。 5日至6日 …)
    got, _ = entries_of("3日 市委召开会议。 5日至6日 全市开展检查。 8日 市长调研。", 2023, 5)
    assert [(e.date_start.day, e.date_end.day, e.text) for e in got] == [
        (3, 3, "市委召开会议。"), (5, 6, "全市开展检查。"), (8, 8, "市长调研。")]
    # … and in a list whose lines say their month, a glued date that says it opens an entry even when the list
    # is out of order (1月6日 … 1月5日); a span (1月5—8日) opens the line as a day does
    text = ("1月3日，市委全会召开。\n1月4日，政协会议召开。\n1月5—8日，人代会召开。会议听取工作报告。1月6日，市委书记甲参加审议。"
            "1月5日，论坛举行。\n1月7日，市长乙调研。\n")
    got, _ = entries_of(text, 2019, None)
    assert [(str(e.date_start), str(e.date_end), e.text) for e in got] == [
        ("2019-01-03", "2019-01-03", "市委全会召开。"), ("2019-01-04", "2019-01-04", "政协会议召开。"),
        ("2019-01-05", "2019-01-08", "人代会召开。会议听取工作报告。"),
        ("2019-01-06", "2019-01-06", "市委书记甲参加审议。"), ("2019-01-05", "2019-01-05", "论坛举行。"),
        ("2019-01-07", "2019-01-07", "市长乙调研。")]
    # a month copied as one line whose first entry is a span (5月5日至5月7日,…。5月8日,…。5月9日,…。5月10日,…)
    line = "".join(f"5月{d}日,开发区召开第{d}次工作推进会议,研究部署当前重点工作和有关事项。" for d in (8, 9, 10, 12))
    got, _ = entries_of("5月5日至5月7日,开发区举办培训班。" + line, 2023, 5)
    assert [(e.date_start.day, e.date_end.day) for e in got] == [(5, 7), (8, 8), (9, 9), (10, 10), (12, 12)]


def test_a_bulleted_item_takes_the_date_it_states_after_its_subject() -> None:
    text = ("△省府于5月5日下午召开全省计划生育电话会议。\n△5月20日至21日,全省农村用电现场会议在茂名市召开。\n"
            "△省府于27日至28日在广州市召开全省国土工作会议。\n△会议期间印发通知。\n省政府于5月30日召开常务会议。")
    got, warnings = entries_of(text, 1997, None)
    assert [(str(e.date_start), str(e.date_end)) for e in got] == [
        ("1997-05-05", "1997-05-05"), ("1997-05-20", "1997-05-21"), ("1997-05-27", "1997-05-28"),
        ("1997-05-27", "1997-05-28"), ("1997-05-30", "1997-05-30")]
    assert not warnings


def test_a_bulleted_item_takes_the_date_standing_as_a_clause_after_its_opening() -> None:
    # a news digest: ◆ before every item, the date after a clause of occasion or purpose; the first item too
    text = ("◆在国庆来临之际，为丰富职工文化生活，9月24日，县直机关篮球赛开赛。副县长甲出席开幕式。\n"
            "◆9月23日，我县召开调度会。\n◆为保障饮水安全，9月25日，副县长乙带领联合执法队开展执法行动。\n"
            "◆全县开展秋季植树活动，要求9月30日前完成。\n")
    got, warnings = entries_of(text, 2023, None)
    assert [(str(e.date_start), e.text[:6]) for e in got] == [
        ("2023-09-24", "在国庆来临之"), ("2023-09-23", "我县召开调度"), ("2023-09-25", "为保障饮水安"), ("2023-09-25", "全县开展秋季")]
    assert not warnings


def test_a_date_standing_as_a_clause_after_a_finished_entry_starts_one_without_a_bullet_too() -> None:
    text = ("在国庆来临之际，9月24日，县直机关篮球赛开赛。\n9月23日，我县召开调度会。\n"
            "为保障饮水安全，9月25日，副县长乙带领联合执法队开展执法行动。\n截至9月25日，全县完成植树1万株。\n")
    got, _ = entries_of(text, 2023, None)
    assert [(str(e.date_start), e.text[:6]) for e in got] == [
        ("2023-09-24", "在国庆来临之"), ("2023-09-23", "我县召开调度"), ("2023-09-25", "为保障饮水安")]
    assert got[-1].text.endswith("截至9月25日，全县完成植树1万株。")  # (a date inside the clause: a further paragraph)


def test_a_same_month_marker_inside_a_line_starts_an_entry() -> None:
    got, _ = entries_of("9月1日 县书画摄影展开幕,展出作品300多幅。同月 原卫生部妇幼局长林佳楣来县考察。", 1988, None)
    assert [(str(e.date_start), e.precision, e.text[:4]) for e in got] == [
        ("1988-09-01", "day", "县书画摄"), ("1988-09-01", "month", "原卫生部")]


def test_a_same_day_mark_after_a_space_inside_a_line_starts_an_entry() -> None:
    # (a provincial annal run together in one paragraph: 。 △ is a further item of that day; glued, 。△ is not cut)
    text = "16日 省委决定撤销各地委书记处。 △ 省人民委员会发出紧急通知。 29日 省委召开会议。"
    got, _ = entries_of(text, 1965, 1)
    assert [(e.date_start.day, e.text[:4]) for e in got] == [(16, "省委决定"), (16, "省人民委"), (29, "省委召开")]
    assert len(entries_of("16日 省委决定撤销各地委书记处。△为此召开会议。", 1965, 1)[0]) == 1
    # … before a quotation or a title, or before the next day in a list whose every day has the mark (△1日,… △3日,…)
    got, _ = entries_of("8日 桃花旅游节开幕。 △“中国最值得外国人去的50个地方”评选揭晓。", 2006, 4)
    assert [(e.date_start.day, e.text[:3]) for e in got] == [(8, "桃花旅"), (8, "“中国")]
    got, _ = entries_of("△1日,周铁农率调研组来杭调研。 △3日,省政府召开会议。 △同日,市委召开常委会。", 1998, 12)
    assert [(e.date_start.day, e.text[:3]) for e in got] == [(1, "周铁农"), (3, "省政府"), (3, "市委召")]


def test_in_a_bulleted_list_a_date_glued_to_its_text_without_the_bullet_goes_on_with_the_entry() -> None:
    # every entry is △N日, (dev/025's style): a line the wrap opened with 13日回杭 is the entry's own later day
    text = ("△2日,市委召开常委会。\n△5日,市长甲到某县调研。\n△7日,市长乙启程赴桂滇考察。\n13日回杭。\n"
            "△15日,市政府召开常务会议。\n")
    got, _ = entries_of(text, 1998, 12)
    assert [(e.date_start.day, e.text) for e in got] == [
        (2, "市委召开常委会。"), (5, "市长甲到某县调研。"), (7, "市长乙启程赴桂滇考察。13日回杭。"), (15, "市政府召开常务会议。")]
    # a date set off by its comma is an entry of the list's own: its bullets stop (★ items, then 8月19日,)
    text = "★8月2日 甲调研。\n★8月4日 乙主持会议。\n★8月6日 丙调研。\n8月19日,丁一行到某地调研。\n"
    assert [e.date_start.day for e in entries_of(text, 2021, 8)[0]] == [2, 4, 6, 19]
    # … and so is one whose date a time of day follows (2月5日下午,…)
    text = "● 2月2日，甲调研。\n● 2月4日，乙调研。\n2月5日下午,廉政工作会议召开。\n● 2月6日，丙调研。\n"
    assert [(e.date_start.day, e.text[:2]) for e in entries_of(text, 2024, 2)[0]] == [
        (2, "甲调"), (4, "乙调"), (5, "下午"), (6, "丙调")]


def test_a_date_inside_an_entry_does_not_start_one() -> None:
    got, _ = entries_of("6日，会议开幕。7日，闭幕式在知味观举行。 市长出席。", 2024, 5)
    assert len(got) == 1 and got[0].date_start.day == 6


def test_broken_lines_join_and_new_sentences_start_events() -> None:
    got, _ = entries_of("29日，聊城市人民政府和浪潮集团有限公司\n\n战略合作协议签约仪式举行。\n  日本株式会社代表团来烟考察。")
    assert [e.text for e in got] == ["聊城市人民政府和浪潮集团有限公司战略合作协议签约仪式举行。", "日本株式会社代表团来烟考察。"]
    assert got[1].date_start == got[0].date_start
    # an approval or a listing is an event of its own too
    got, _ = entries_of("3日 市委召开常委会会议。\n省政府批复同意我市城市总体规划。\n我市入选全国首批试点城市。")
    assert [e.text for e in got] == ["市委召开常委会会议。", "省政府批复同意我市城市总体规划。", "我市入选全国首批试点城市。"]
    # a line that a fixed-width wrap began where no sentence begins (等，…) goes on with the entry, even after a
    # bracket; so does one after a line that ends in a converter's pinyin (發(fā)), which is no sentence's end
    got, _ = entries_of("22日，会议审议了会议议程、日程（草案）\n等，审议通过有关人事任免事宜。\n"
                        "23日，國家主席分別向大會發(fā)\n來賀信。\n", 2024, 1)
    assert [e.text for e in got] == ["会议审议了会议议程、日程（草案）等，审议通过有关人事任免事宜。",
                                     "國家主席分別向大會發(fā)來賀信。"]


@pytest.mark.parametrize("line,why", [("32日，会议召开。", "no such day"), ("2月30日，会议召开。", "no such date"),
                                      ("15—3日，会议召开。", "range ends before it starts")])
def test_impossible_dates_are_kept_without_a_date_and_warned(line: str, why: str) -> None:
    got, warnings = entries_of(line)
    assert len(got) == 1 and got[0].date_start is None and got[0].text == "会议召开。"
    assert any(why in msg for _, msg in warnings) and warnings[0][0] == 1


def test_period_argument() -> None:
    assert str(D.parse_period("2024-09")) == "2024-09" and str(D.parse_period("2015")) == "2015"
    for bad in ("2024-13", "202413", "Sept", "20249", "2024-W05", "2024 09"):
        with pytest.raises(PeriodError):
            D.parse_period(bad)


@pytest.mark.parametrize("written,period", [
    ("2024.09", "2024-09"), ("2024/9", "2024-09"), ("202409", "2024-09"), ("2024-09-01", "2024-09"),
    ("２０２４－０９", "2024-09"), ("2024年9月", "2024-09"), ("2024年", "2024"), ("二〇一九年十月份", "2019-10"),
    # a quarter's chronicle, and a span, by the month they start in (their entries name their own months)
    ("2024-Q3", "2024-07"), ("2024Q1", "2024-01"), ("2024年第三季度", "2024-07"), ("2021年7-9月", "2021-07"),
    ("2024年7月至9月", "2024-07"), ("2024-07/2024-09", "2024-07"), ("2024-07..2024-09", "2024-07"),
])
def test_period_argument_written_otherwise(written: str, period: str) -> None:
    assert str(D.parse_period(written)) == period


@given(st.integers(1900, 2100), st.integers(1, 12), st.sampled_from(["{y}-{m:02d}", "{y}.{m}", "{y}/{m:02d}", "{y}{m:02d}",
                                                                      "{y}年{m}月", "{y}-{m:02d}-15", "{y}年{m}月份"]))
def test_period_argument_round_trip(y: int, m: int, form: str) -> None:
    assert D.parse_period(form.format(y=y, m=m)) == D.Period(y, m)


def test_undated_text_under_a_month_label_is_an_item_of_that_month() -> None:
    got, warnings = entries_of("1990年\n1月\n进行乡级金库试点。\n△1月\n中医院创建外科。\n2月\n13日至16日政协会议召开。", None, None)
    assert [(str(e.date_start), str(e.date_end), e.precision) for e in got] == [
        ("1990-01-01", "1990-01-31", "month"), ("1990-01-01", "1990-01-31", "month"), ("1990-02-13", "1990-02-16", "day")]
    assert not warnings


def test_a_day_inside_a_sentence_cut_by_a_line_break_is_not_an_entry() -> None:
    text = "3日 市委书记王强到企业调研，要求各级各部门\n20日前完成安全生产大检查。\n5日 市长李明出席推介会。"
    got, _ = entries_of(text, 2018, 1)
    assert [(e.date_start.day, e.text) for e in got] == [
        (3, "市委书记王强到企业调研，要求各级各部门20日前完成安全生产大检查。"), (5, "市长李明出席推介会。")]
    got, _ = entries_of("3日 市政府通过《城市管理条例》，将于\n10日起施行。\n5日 市长出席活动。", 2018, 1)
    assert [e.date_start.day for e in got] == [3, 5]
    # after a finished sentence the same line is an entry (glued to its day)
    got, _ = entries_of("3日 市委召开会议。\n20日前三季度经济运行分析会召开。", 2018, 1)
    assert [e.date_start.day for e in got] == [3, 20]
    # a month at the end of an unfinished line, its day on the next (定于6月 / 15日开幕)
    got, _ = entries_of("5日 市政府决定旅游发展大会定于6月\n15日在龙湖景区开幕。\n8日 市长出席活动。", 2019, 5)
    assert [(e.date_start.day, e.text) for e in got] == [
        (5, "市政府决定旅游发展大会定于6月15日在龙湖景区开幕。"), (8, "市长出席活动。")]
    # a line ending at the word that brings a date (于, 自, 至), its day on the next
    got, _ = entries_of("2日 市委常委会会议决定，市人民代表大会第四次会议于\n15日在市会议中心召开。\n"
                        "5日 全市植树活动自\n12日持续至\n20日。\n8日 市长出席活动。", 2019, 3)
    assert [(e.date_start.day, e.text) for e in got] == [
        (2, "市委常委会会议决定，市人民代表大会第四次会议于15日在市会议中心召开。"),
        (5, "全市植树活动自12日持续至20日。"), (8, "市长出席活动。")]
    # a month heading is no such line: the day after it starts an entry
    got, _ = entries_of("5日 市长出席活动。\n6月\n15日 市委召开会议。", 2019, 5)
    assert [(e.date_start.month, e.date_start.day) for e in got] == [(5, 5), (6, 15)]


def test_traditional_script_reads_like_simplified() -> None:
    """An undated line is a new event by its verb (召開 is 召开); 當日 and 年內 are 当日 and 年内; a bullet
    (●) before such a line is its marker, not its text."""
    text = ("12日 省長何竹康來我市視察工作。\n● 市人民政府召開全市植樹造林動員大會。\n當日 市政協舉行常委會議。\n"
            "年內 全市新建學校12所。\n")
    got, _ = entries_of(text, 1985, 3)
    assert [(str(e.date_start), str(e.date_end), e.text) for e in got] == [
        ("1985-03-12", "1985-03-12", "省長何竹康來我市視察工作。"),
        ("1985-03-12", "1985-03-12", "市人民政府召開全市植樹造林動員大會。"),
        ("1985-03-12", "1985-03-12", "市政協舉行常委會議。"),
        ("1985-01-01", "1985-12-31", "全市新建學校12所。")]
    second = got[1]
    (a, b), = second.spans
    assert text[a:b] == second.text and second.marker == "●"


def test_numbered_headings_that_sort_entries_by_kind_are_no_entries() -> None:
    text = ("一、重要会议\n12月3日 市委召开十二届十次全会。\n二、重要活动\n12月10日 市长赵刚到高新区调研。\n"
            "（三）其他\n12月28日 全市疫苗接种突破500万剂次。\n12月30日 会议研究了以下事项：\n1. 年度考核\n")
    got, warnings = entries_of(text, 2021, 12)
    assert [e.text for e in got] == ["市委召开十二届十次全会。", "市长赵刚到高新区调研。", "全市疫苗接种突破500万剂次。",
                                     "会议研究了以下事项：1. 年度考核"]  # an unfinished entry's numbered point stays
    assert warnings == []
    # set apart by brackets or bullets instead of numbers; a bulleted item that says something stays
    text = "【重要会议】\n4日，市委召开常委会会议。\n■ 经济建设\n8日，全市招商大会召开。\n◆社会事业◆\n● 全市普降大雨。\n△ 市一中新校区启用\n"
    got, _ = entries_of(text, 2023, 5)
    assert [e.text for e in got] == ["市委召开常委会会议。", "全市招商大会召开。", "全市普降大雨。", "市一中新校区启用"]


def test_the_next_point_of_a_list_an_entry_opened_stays_in_it() -> None:
    # 1.…； finishes a sentence, but the 2. after it is the list's next point, not an event of its own
    text = ("7日，市政府召开全市安全生产会议。会议要求：\n1.各县区要压实责任；\n2.各部门要加强督导。\n"
            "8日，会议研究了以下事项：一是春耕生产。\n二是防汛准备。\n9日，市长李四调研。\n市政府召开常务会议。\n")
    got, _ = entries_of(text, 2023, 3)
    assert [(e.date_start.day, e.text) for e in got] == [
        (7, "市政府召开全市安全生产会议。会议要求：1.各县区要压实责任；2.各部门要加强督导。"),
        (8, "会议研究了以下事项：一是春耕生产。二是防汛准备。"), (9, "市长李四调研。"), (9, "市政府召开常务会议。")]


def test_a_line_that_attends_or_chairs_the_event_just_named_is_part_of_it() -> None:
    # its own subject and verb, but the verb's object refers back (出席会议并讲话, 主持会议): the same entry
    text = ("5日，全市经济工作会议召开。\n市委书记张三出席会议并讲话。\n6日，全市安全生产工作会议召开。\n市长李四主持会议。\n"
            "7日，市委召开常委会会议。\n市长李四主持召开市政府常务会议。\n")
    got, _ = entries_of(text, 2023, 3)
    assert [(e.date_start.day, e.text) for e in got] == [
        (5, "全市经济工作会议召开。市委书记张三出席会议并讲话。"), (6, "全市安全生产工作会议召开。市长李四主持会议。"),
        (7, "市委召开常委会会议。"), (7, "市长李四主持召开市政府常务会议。")]


def test_those_accompanying_a_visit_and_the_delegation_going_on_with_it_are_part_of_it() -> None:
    # 陪同调研 refers to the visit just named; 甲一行 continues it when the entry before named 甲; a
    # delegation the entry before did not name is a new event
    text = ("6日，省委常委、副省长王五来我市调研。\n市委书记张三、市长李四陪同调研。\n王五一行先后来到某某公司、某某园区。\n"
            "7日，市委召开常委会会议。\n副省长赵六一行来我市调研。\n")
    got, _ = entries_of(text, 2023, 7)
    assert [(e.date_start.day, e.text) for e in got] == [
        (6, "省委常委、副省长王五来我市调研。市委书记张三、市长李四陪同调研。王五一行先后来到某某公司、某某园区。"),
        (7, "市委召开常委会会议。"), (7, "副省长赵六一行来我市调研。")]
    # announcing the start of what was just named (宣布开工) is a speech at it
    text = "12日，我市举行重点项目集中开工仪式。\n市委书记张三宣布开工，市长李四致辞。\n"
    got, _ = entries_of(text, 2023, 6)
    assert [e.text for e in got] == ["我市举行重点项目集中开工仪式。市委书记张三宣布开工，市长李四致辞。"]
    # the group a visit made (督导组 of 进行督导) going on with it
    text = "24日，县领导胡义胜、侯向阳等带领相关部门负责人对重点村进行督导。\n督导组一行先后来到李肇村、秦庄村等处进行督导。\n"
    got, _ = entries_of(text, 2020, 7)
    assert len(got) == 1
    # and so do those who join it (参加调研, 一同视察)
    text = "4日，市长李四到高新区调研。\n在某某公司，李四与企业负责人交流。\n市领导王五、赵六参加调研。\n"
    got, _ = entries_of(text, 2023, 5)
    assert [e.text for e in got] == ["市长李四到高新区调研。在某某公司，李四与企业负责人交流。市领导王五、赵六参加调研。"]
    # the visitor named before going on, with no 一行 (甲先后来到…, 乙实地察看…); someone the entry did not
    # name, or a visit of its own (看望), is a new event
    text = ("3日，市委书记张三到高新区调研。\n张三先后来到某某公司、某某研究院调研。\n张三详细了解企业研发情况。\n"
            "市长王五来到某某街道调研。\n王五看望慰问了老党员。\n")
    got, _ = entries_of(text, 2023, 8)
    assert [e.text for e in got] == ["市委书记张三到高新区调研。张三先后来到某某公司、某某研究院调研。张三详细了解企业研发情况。",
                                     "市长王五来到某某街道调研。", "王五看望慰问了老党员。"]


def test_what_someone_named_before_goes_on_to_say_is_part_of_the_entry() -> None:
    # 甲指出，… on a line of its own continues the entry that named 甲, even when what they said holds an
    # event verb (开展), and so does anyone who speaks 在会上; someone else, not at the meeting, starts a new one
    text = ("20日，区人大常委会会议召开。区人大常委会主任佟海燕出席会议并讲话。\n会上，各部门负责人汇报了工作情况。\n"
            "佟海燕指出，开展评议工作是依法履职的需要。\n区长李四在会上强调，要开展安全检查。\n"
            "21日，区委召开常委会会议。\n副区长王五到某镇开展调研。\n")
    got, _ = entries_of(text, 2023, 1)
    assert [(e.date_start.day, e.text) for e in got] == [
        (20, "区人大常委会会议召开。区人大常委会主任佟海燕出席会议并讲话。会上，各部门负责人汇报了工作情况。"
             "佟海燕指出，开展评议工作是依法履职的需要。区长李四在会上强调，要开展安全检查。"),
        (21, "区委召开常委会会议。"), (21, "副区长王五到某镇开展调研。")]


def test_an_item_dated_only_by_a_holiday_is_of_the_month_not_the_day_before() -> None:
    # 春节前夕，… after a dated day: the month in force (precision month), the words kept in the text; after
    # an entry that was itself a span (1月上旬), that span stays
    text = "10日，市委召开常委会会议。\n春节前夕，市委书记张三走访慰问困难群众。\n上旬，全市开展安全检查。\n春节期间，全市开展安全检查。\n"
    got, _ = entries_of(text, 2023, 1)
    assert [(str(e.date_start), str(e.date_end), e.precision, e.text) for e in got] == [
        ("2023-01-10", "2023-01-10", "day", "市委召开常委会会议。"),
        ("2023-01-01", "2023-01-31", "month", "春节前夕，市委书记张三走访慰问困难群众。"),
        ("2023-01-01", "2023-01-10", "xun", "全市开展安全检查。"),
        ("2023-01-01", "2023-01-10", "xun", "春节期间，全市开展安全检查。")]
    # a solar festival's days (国庆节期间, 五一假期) are of its own month, wherever the list stands
    text = "1986年\n1月5日,县委召开全会。\n2月20日,县政府召开会议。\n国庆节期间,全县举办文艺汇演。\n五一假期,全县接待游客。\n"
    got, _ = entries_of(text, None, None)
    assert [(str(e.date_start), str(e.date_end), e.precision) for e in got[2:]] == [
        ("1986-10-01", "1986-10-31", "month"), ("1986-05-01", "1986-05-31", "month")]


def test_halves_of_the_year_and_the_first_quarters_are_their_months() -> None:
    # 上半年/下半年 and 前三季度 are spans with precision season; the month in force stays
    text = ("4日，市长李华带队赴浙江招商。\n上半年\n上半年，全市地区生产总值增长6.5%。\n下半年，全市开展营商环境提升行动。\n"
            "前三季度，全市GDP增长5%。\n5日，市委召开常委会会议。\n")  # (上半年 alone: a heading, no text)
    got, _ = entries_of(text, 2023, 10)
    assert got[0].text == "市长李华带队赴浙江招商。"
    assert [(str(e.date_start), str(e.date_end), e.precision) for e in got[1:]] == [
        ("2023-01-01", "2023-06-30", "season"), ("2023-07-01", "2023-12-31", "season"),
        ("2023-01-01", "2023-09-30", "season"), ("2023-10-05", "2023-10-05", "day")]


def test_the_next_day_is_the_day_after_the_entry_before() -> None:
    # 次日/翌日 at a line's start: a new entry, dated the day after the one before (across a month's end
    # too); after a month-level item there is no day to count from, and it keeps that date
    text = ("5日，市委召开常委会会议。\n次日，市政府召开常务会议。\n翌日上午，市人大常委会召开主任会议。\n"
            "30日，全市防汛会议召开。\n次日，省检查组来我市。\n")
    got, _ = entries_of(text, 2023, 9)
    assert [(str(e.date_start), e.text) for e in got] == [
        ("2023-09-05", "市委召开常委会会议。"), ("2023-09-06", "市政府召开常务会议。"),
        ("2023-09-07", "上午，市人大常委会召开主任会议。"), ("2023-09-30", "全市防汛会议召开。"),
        ("2023-10-01", "省检查组来我市。")]
    got, _ = entries_of("下旬，全市开展安全检查。\n次日，市政府召开常务会议。\n", 2023, 9)
    assert [(str(e.date_start), e.precision) for e in got] == [("2023-09-21", "xun"), ("2023-09-21", "xun")]
    # and 次日起 after a sentence a line break cut is a date inside it
    got, _ = entries_of("5日，市政府发布通告，自\n次日起施行。\n", 2023, 9)
    assert [e.text for e in got] == ["市政府发布通告，自次日起施行。"]


def test_spans_of_months_and_of_xun_across_months() -> None:
    # 1—2月 (one 月 for both), 12月下旬至1月上旬 (into the next year, ending at that 旬); a span of months is
    # a summary (1—11月 in December's list), so the month in force stays for the days after it
    text = "1—11月，全市接待游客1000万人次。\n20日，市委召开常委会会议。\n12月下旬至1月上旬，全市开展安全大检查。\n"
    got, _ = entries_of(text, 2023, 12)
    assert [(str(e.date_start), str(e.date_end), e.precision) for e in got] == [
        ("2023-01-01", "2023-11-30", "month"), ("2023-12-20", "2023-12-20", "day"), ("2023-12-21", "2024-01-10", "xun")]
    assert D.unit_range("month", 2023, 12, month2=1) == (dt.date(2023, 12, 1), dt.date(2024, 1, 31))
    # (… and so with the next year said in words: 12月下旬至次年1月上旬, 11月至翌年3月)
    got, _ = entries_of("12月下旬至次年1月上旬，开展大检查。\n11月至翌年3月，开展冬季行动。\n", 2023, 12)
    assert [(str(e.date_start), str(e.date_end)) for e in got] == [("2023-12-21", "2024-01-10"), ("2023-11-01", "2024-03-31")]
    assert D.unit_range("xun", 2024, 2, xun="上", month2=3) == (dt.date(2024, 2, 1), dt.date(2024, 3, 31))


def test_a_headline_in_brackets_before_the_date_stays_in_the_entry() -> None:
    # yearbook items: 【headline】 then the date; the headline is kept in the text, the date is read after it
    text = ("【全市经济工作会议召开】1月5日，全市经济工作会议召开。\n【市十七届人大二次会议开幕】 1月8日，大会开幕。\n"
            "【重要会议】\n1月9日，市委召开常委会会议。\n【一句话】没有日期的一行。\n")
    got, warnings = entries_of(text, 2023, None)
    assert [(str(e.date_start), e.text, e.marker) for e in got] == [
        ("2023-01-05", "【全市经济工作会议召开】全市经济工作会议召开。", "1月5日，"),
        ("2023-01-08", "【市十七届人大二次会议开幕】大会开幕。", "1月8日，"),
        ("2023-01-09", "市委召开常委会会议。【一句话】没有日期的一行。", "1月9日，")]
    first = got[0]
    assert [text[a:b] for a, b in first.spans] == ["【全市经济工作会议召开】", "全市经济工作会议召开。"]


def test_entries_that_say_their_month_run_together_on_one_line() -> None:
    # every entry on one line, each with its month: split before each, after a finished sentence and a space
    line = ("1月3日,县国家保密局成立。归县委办公室管理。 1月10日,全县开展行业调查。 2月下旬,日本专家抵达我县。"
            " 同月,全县植树。")
    got, _ = entries_of(line, 1990, 1)
    assert [(str(e.date_start), str(e.date_end), e.text) for e in got] == [
        ("1990-01-03", "1990-01-03", "县国家保密局成立。归县委办公室管理。"), ("1990-01-10", "1990-01-10", "全县开展行业调查。"),
        ("1990-02-21", "1990-02-28", "日本专家抵达我县。"), ("1990-02-01", "1990-02-28", "全县植树。")]
    # a month alone, a day of the month before (是月25日) and the year's own item (是年) start entries there too
    line = ("1月18日,县人代会召开。 2月21日,县府布告:严禁滥用农田建房。 是月25日,成立人口普查领导小组。"
            " 4月,县动工兴建办公大楼。主楼5层。 是年,县政府颁发林地所有权证。")
    got, _ = entries_of(line, 1981, 1)
    assert [(str(e.date_start), str(e.date_end), e.text) for e in got] == [
        ("1981-01-18", "1981-01-18", "县人代会召开。"), ("1981-02-21", "1981-02-21", "县府布告:严禁滥用农田建房。"),
        ("1981-02-25", "1981-02-25", "成立人口普查领导小组。"), ("1981-04-01", "1981-04-30", "县动工兴建办公大楼。主楼5层。"),
        ("1981-01-01", "1981-12-31", "县政府颁发林地所有权证。")]
    # … and so when the line's first item has its month alone (2月,成立…)
    line = "2月,成立县普法领导小组。 4月18日,蕉岭中学举行校庆。 4月19日,纪念亭落成。 同月,清理非农业用地。 是年,全县参加保险。"
    got, _ = entries_of(line, 1986, None)
    assert [(str(e.date_start), str(e.date_end)) for e in got] == [
        ("1986-02-01", "1986-02-28"), ("1986-04-18", "1986-04-18"), ("1986-04-19", "1986-04-19"),
        ("1986-04-01", "1986-04-30"), ("1986-01-01", "1986-12-31")]
    # … and after the year's number, the items' months glued to their text (older annals) and wider gaps between
    # them, as a page that set each item as an indented paragraph comes out on one line
    line = ("1989年   1月初永定区中湖乡划归武陵源区管辖。   1月23日根据通知精神,人大常委会决定更名。"
            "   1月27-28日副省长杨汇泉会见日本国公使。   2月根据指导思想,省编委下文批复。")
    got, _ = entries_of(line, None, None)
    assert [(str(e.date_start), str(e.date_end), e.text) for e in got] == [
        ("1989-01-01", "1989-01-31", "永定区中湖乡划归武陵源区管辖。"),
        ("1989-01-23", "1989-01-23", "根据通知精神,人大常委会决定更名。"),
        ("1989-01-27", "1989-01-28", "副省长杨汇泉会见日本国公使。"),
        ("1989-02-01", "1989-02-28", "根据指导思想,省编委下文批复。")]
    # a date inside an entry of a list whose lines start with the day alone stays in the entry
    got, _ = entries_of("3日 市委召开会议。 5月3日，会议闭幕。", 1990, 4)
    assert [e.text for e in got] == ["市委召开会议。 5月3日，会议闭幕。"]


def test_items_numbered_before_their_day() -> None:
    # a list whose every item is numbered before its day (1. 3日，… （3）8日，… 四、10日，…): the number is the
    # item's, the day the entry's (四、10日 is no list of the days 4 and 10)
    got, _ = entries_of("1. 3日，市委召开常委会会议。\n2. 5日，市长调研。\n（3）8日，市政府召开常务会议。\n"
                        "四、10日，市委书记出席活动。\n", 2024, 3)
    assert [(e.date_start.day, e.date_end.day, e.text) for e in got] == [
        (3, 3, "市委召开常委会会议。"), (5, 5, "市长调研。"), (8, 8, "市政府召开常务会议。"), (10, 10, "市委书记出席活动。")]
    # but a point numbered inside an entry of a dated list stays in it
    got, _ = entries_of("3日，市委召开会议，要求：\n1. 5日前完成排查；\n2. 10日前完成整改。\n8日，市长调研。\n", 2024, 3)
    assert [e.date_start.day for e in got] == [3, 8]
    got, _ = entries_of("3日，市委召开会议，要求：\n1. 5日前完成排查；\n2. 10日前完成整改。\n", 2024, 3)
    assert [e.date_start.day for e in got] == [3]
    # … and so do the points an entry opens with a colon, each with its day
    got, _ = entries_of("3日，市委召开会议，部署两项工作：\n1. 5日，开展排查。\n2. 10日，召开推进会。\n", 2024, 3)
    assert [e.date_start.day for e in got] == [3]


def test_the_next_numbered_item_after_one_numbered_before_its_date_is_an_item_of_its_own() -> None:
    # a digest whose first item is numbered before its date and the next ones carry none (1.1月28日，… / 2.雄安…):
    # each number the next is an item of its own, of the date before; a number out of turn goes on with the entry
    got, _ = entries_of("1.1月28日,新区党工委书记张国华调研规划建设工作。\n2.雄安新区建设取得重大进展。\n"
                        "3.雄安新区坚持生态优先。\n", 2021, 1)
    assert [(e.date_start.day, e.text) for e in got] == [
        (28, "新区党工委书记张国华调研规划建设工作。"), (28, "2.雄安新区建设取得重大进展。"), (28, "3.雄安新区坚持生态优先。")]
    got, _ = entries_of("1.1月28日,新区召开会议。\n5.雄安新区建设取得重大进展。\n", 2021, 1)
    assert len(got) == 1


def test_rows_of_a_table() -> None:
    got, _ = entries_of("| 日期 | 事件 |\n| --- | --- |\n| 1月3日 | 市委召开常委会会议。 |\n| 1月5日 | 市长调研。 |\n", 2023, 1)
    assert [(str(e.date_start), e.text) for e in got] == [("2023-01-03", "市委召开常委会会议。"), ("2023-01-05", "市长调研。")]
    # a table after entries of another shape: its header and rule join no entry
    got, _ = entries_of("2日 市长调研。\n| 日期 | 事件 |\n| :--- | ---: |\n| 1月3日 | 市委召开常委会会议。 |\n", 2023, 1)
    assert [(str(e.date_start), e.text) for e in got] == [("2023-01-02", "市长调研。"), ("2023-01-03", "市委召开常委会会议。")]


@given(st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)))
def test_a_month_and_day_run_together_read_back(day: dt.date) -> None:
    # 7月1日 copied without its 月 is 71日: any such number too large for a day reads back as the month and
    # day, the month in force choosing between two readings (111: 1月11日 under January, 11月1日 under November),
    # in a list where that happens more than once (one 32日 is a typo: test_bad_input)
    glued = int(f"{day.month}{day.day}")
    if glued > 31:
        assert D.split_glued(glued, day.month) == (day.month, day.day)
        got, warnings = entries_of(f"{glued}日    市委召开常委会会议。\n{glued}日    市政府召开常务会议。\n",
                                   day.year, day.month)
        assert [(e.date_start, e.date_end) for e in got] == [(day, day)] * 2 and not warnings
    else:
        assert D.split_glued(glued, day.month) is None


def test_a_chronicle_whose_months_were_lost_in_copying() -> None:
    # 丽水's 执政纪事 as its web page reads: 71日 (7月1日), 73日至5 (7月3日至5日), 1231日; 纪事 names a chronicle
    text = ("丽水市委、市政府2019年执政纪事(7-12月)\n\n  71日    启动仪式在丽水市体育中心举行。\n"
            "  73日至5    全市普降大雨暴雨。416时，启动防汛应急响应。\n  710日    市政府召开常务会议。\n"
            "  1231日    市委召开常委会会议。\n")
    from etl.parse import parse_source
    from etl.source import read_source
    events = parse_source(read_source(text.encode(), "lishui.txt")).events
    assert [(e.date_start, e.date_end) for e in events] == [
        ("2019-07-01", "2019-07-01"), ("2019-07-03", "2019-07-05"), ("2019-07-10", "2019-07-10"),
        ("2019-12-31", "2019-12-31")]
    assert events[1].text == "全市普降大雨暴雨。416时，启动防汛应急响应。"


def test_a_chronicle_of_years_gives_each_item_its_year() -> None:
    # items that say only their year (a 县志's early centuries, an "on this day" list): precision year, the
    # reign year in brackets part of the prefix; a year inside a month-and-day chronicle stays text
    text = ("1897年（光绪二十三年） 德皇威廉二世电令舰队作好准备。\n\n1901年 袁世凯奏准在山东设局铸造银元。\n"
            "1950年，华东农林部分配给山东省滴滴涕2900斤。\n1951年\n3月，全县开展土地改革。\n")
    got, warnings = entries_of(text, None, None)
    assert [(e.date_start, e.date_end, e.precision, e.text) for e in got] == [
        (dt.date(1897, 1, 1), dt.date(1897, 12, 31), "year", "德皇威廉二世电令舰队作好准备。"),
        (dt.date(1901, 1, 1), dt.date(1901, 12, 31), "year", "袁世凯奏准在山东设局铸造银元。"),
        (dt.date(1950, 1, 1), dt.date(1950, 12, 31), "year", "华东农林部分配给山东省滴滴涕2900斤。"),
        (dt.date(1951, 3, 1), dt.date(1951, 3, 31), "month", "全县开展土地改革。")] and not warnings
    got, _ = entries_of("1日，兰山区财政收入过40亿元新闻发布会举行。\n2012年,兰山区地方财政收入完成40.5亿元。\n"
                        "2日，罗庄区新闻发布会举行。\n2012年,罗庄区完成工业销售收入1080亿元。\n", 2013, 1)
    assert [e.text for e in got] == ["兰山区财政收入过40亿元新闻发布会举行。2012年,兰山区地方财政收入完成40.5亿元。",
                                     "罗庄区新闻发布会举行。2012年,罗庄区完成工业销售收入1080亿元。"]


def test_in_a_list_whose_items_open_with_their_year_one_that_says_only_its_year_is_an_item() -> None:
    # 1953年，… or 1953年为纪念… among 1951年1月，… items: a year item (not a year glued to its text after a line the
    # break cut)
    text = ("1947年3月,成立县志馆。\n1951年1月,将某镇划为本县,通过\n1953年计划。\n1953年为纪念烈士,将庙头小学改名。\n"
            "1956年,实行义务兵役制。\n1968年2月,县革委会成立。\n")
    got, warnings = entries_of(text, None, None)
    assert [(str(e.date_start), str(e.date_end), e.precision, e.text) for e in got] == [
        ("1947-03-01", "1947-03-31", "month", "成立县志馆。"),
        ("1951-01-01", "1951-01-31", "month", "将某镇划为本县,通过1953年计划。"),
        ("1953-01-01", "1953-12-31", "year", "为纪念烈士,将庙头小学改名。"),
        ("1956-01-01", "1956-12-31", "year", "实行义务兵役制。"),
        ("1968-02-01", "1968-02-29", "month", "县革委会成立。")] and not warnings
    # (nor in a month's list whose every date says its year)
    got, _ = entries_of("2024年1月3日，市委召开会议。\n2024年全市完成投资100亿元。\n2024年1月5日，市政府召开会议。\n"
                        "2024年1月8日，市人大召开会议。\n", None, None)
    assert [e.text for e in got][0] == "市委召开会议。2024年全市完成投资100亿元。"
    # (one year item among day entries that do not say their year is text)
    got, _ = entries_of("1日，市委召开会议。\n2日，市政府召开会议。\n3日，市人大召开会议。\n2023年全市完成投资100亿元。\n", 2024, 1)
    assert len(got) == 3


def test_a_date_alone_on_its_line_gives_its_separator_to_the_next() -> None:
    got, _ = entries_of("10日\n，体育馆路街道开展活动。\n11日\n：区政协召开常委会议。\n", 2014, 4)
    assert [(e.date_start.day, e.text) for e in got] == [(10, "体育馆路街道开展活动。"), (11, "区政协召开常委会议。")]
    assert got[0].spans and got[0].spans[0][1] - got[0].spans[0][0] == len("体育馆路街道开展活动。")


@pytest.mark.parametrize("heading", ["10月31日，历史上的今天，恩施发生了这些大事", "历史上的今天：10月31日"])
def test_an_on_this_day_list_dates_each_year_s_item_that_day(heading: str) -> None:
    # the heading names the day; each item names its year, alone or in brackets (【2007年】)
    text = f"{heading}\n\n【2007年】恩施市召开工程项目对接座谈会。\n\n2008年 全国汽车行业考察团到恩施市考察。\n"
    got, warnings = entries_of(text, None, None)
    assert [(e.date_start, e.date_end, e.precision, e.text) for e in got] == [
        (dt.date(2007, 10, 31), dt.date(2007, 10, 31), "day", "恩施市召开工程项目对接座谈会。"),
        (dt.date(2008, 10, 31), dt.date(2008, 10, 31), "day", "全国汽车行业考察团到恩施市考察。")] and not warnings


def test_an_on_this_day_list_whose_years_stand_alone_and_whose_day_lost_its_marks() -> None:
    # 【方志历史上的今天】7月20日 / 1952 / 720，… / 1989 / 720，… / 是日，…: each year alone on its line (taken for a page
    # number), the day under it with its 月 and 日 lost; a year may come before the one above it
    text = ("【方志历史上的今天】7月20日\n  • 来源:某市地方志办公室\n\n1952\n\n720,台湾地区首次文献工作座谈会召开。\n\n"
            "2005\n\n720,国务院法制办转发条例征求意见。\n\n是日,安徽省修志试点工作总结会议召开。\n\n1989\n\n"
            "720,黑龙江省志书编写讲习班开班。\n")
    events = parse_source(read_source(text.encode(), "otd.txt")).events
    assert [(e.date_start, e.text) for e in events] == [
        ("1952-07-20", "台湾地区首次文献工作座谈会召开。"), ("2005-07-20", "国务院法制办转发条例征求意见。"),
        ("2005-07-20", "安徽省修志试点工作总结会议召开。"), ("1989-07-20", "黑龙江省志书编写讲习班开班。")]
    assert D.on_day_prefix("1031，某事。", (10, 31)) is not None and D.on_day_prefix("7205人参加", (7, 20)) is None


def test_days_written_with_a_dot_in_a_list_that_writes_them_so() -> None:
    # 5.6 市政府… (month.day) starts an entry where the list writes its days so; a full date with a slash and a
    # colon after it (2023/5/3：) is a date, a timestamp (2023-05-03 10:00) still is not
    text = "2023.5.1\t市委召开常委会会议。\n2023/5/3：副市长王五出席活动。\n5.6 市政府召开常务会议。\n5.7 市长李四会见客商。\n"
    got, _ = entries_of(text, 2023, 5)
    assert [(e.date_start.day, e.text) for e in got] == [
        (1, "市委召开常委会会议。"), (3, "副市长王五出席活动。"), (6, "市政府召开常务会议。"), (7, "市长李四会见客商。")]
    # one such line among days written the usual way is a number
    got, _ = entries_of("5日，全市经济运行平稳。\n3.5 万人参加活动。\n6日，市政府召开常务会议。\n", 2023, 5)
    assert [e.date_start.day for e in got] == [5, 6]


def test_a_web_list_of_bare_month_and_day_numbers() -> None:
    # 通州区 2006 大事记 as its web page gives it (www.bjtzh.gov.cn/bjtz/fzx/200804/1062933.shtml): the title
    # spaced out with its year, months as numbers alone on their lines (read as page numbers at first), days as
    # numbers before two spaces, and spans whose ～ the copy lost (57: the 5th to the 7th)
    text = ("2006 年 通 州 区 大 事 记\n\n日期:2008-04-01    来源:通州区政府\n\n 1  \n\n"
            "57  政协北京市通州区第三届委员会第三次会议在通州宾馆举行。\n\n9  招商局物流集团北京物流中心落户物流基地。\n\n"
            "10日 在全国旅游工作会上,蒙牛乳业(北京)有限责任公司被国家旅游局评定为全国工业旅游示范点并授牌。\n\n"
            "是月  司法部授予台湖司法所“全国先进司法所”称号。\n\n2 \n\n"
            "8  市委副书记、市长王岐山到宋庄镇小堡村调研农村党员先进性教育情况。\n\n3 \n\n"
            "3  建设部副部长黄卫就新农村基础设施建设情况到本区调研。\n")
    r = parse_source(read_source(text.encode(), "tongzhou-2006.txt"))
    assert [(e.date_start, e.date_end, e.date_precision) for e in r.events] == [
        ("2006-01-05", "2006-01-07", "day"), ("2006-01-09", "2006-01-09", "day"), ("2006-01-10", "2006-01-10", "day"),
        ("2006-01-01", "2006-01-31", "month"), ("2006-02-08", "2006-02-08", "day"), ("2006-03-03", "2006-03-03", "day")]
    assert not any("page furniture dropped: '2'" in w.message for w in r.warnings)


@pytest.mark.parametrize("mark", [".", "/"])
def test_dotted_days_may_be_a_span(mark: str) -> None:
    # 广元县“文化大革命运动”大事记 (difangwenge.org, tid 9125) writes its days 5.16, and a span 6.1—2 or 8.28—9.3;
    # a web list may write them with a slash (5/16), as it does 05/16
    text = "5.16 中共中央发出通知。\n6.1—2 县委召开常委扩大会议。\n8.28—9.3 全县开展运动。\n9.10 县委召开会议。\n".replace(".", mark)
    got, _ = entries_of(text, 1966, None)
    assert [(e.date_start, e.date_end) for e in got] == [
        (dt.date(1966, 5, 16), dt.date(1966, 5, 16)), (dt.date(1966, 6, 1), dt.date(1966, 6, 2)),
        (dt.date(1966, 8, 28), dt.date(1966, 9, 3)), (dt.date(1966, 9, 10), dt.date(1966, 9, 10))]


def test_a_run_on_paragraph_of_entries_whose_dates_are_glued_to_their_text() -> None:
    # 《建党90年正宁大事记》 as a library database gives it (meta.librarydata.cn): a month's entries run on in one
    # paragraph, each date glued to its text, a 旬 too; each is an entry of its own
    text = ("1966年6月6日县委成立文化大革命领导小组。7日县委向第一中学派进工作组。25日西坡部分大队遭受冰雹袭击。"
            "7月1日撤销县木材公司。3日县委批转县政法党组的报告。\n"
            "  上旬县委错误地认为县委副书记杨宗万所写的小说《红浪》、《古堡战迹》（均未出版）是反党反社会主义反毛泽东思想的"
            "大毒草，将杨宗万从地区社教队调回，在县委内部进行批判。20日，杨宗万因受迫害而自杀。24日县委召开扩大会议。\n")
    got, _ = entries_of(text, None, None)
    assert [(e.date_start, e.precision, e.text[:6]) for e in got] == [
        (dt.date(1966, 6, 6), "day", "县委成立文化"), (dt.date(1966, 6, 7), "day", "县委向第一中"),
        (dt.date(1966, 6, 25), "day", "西坡部分大队"), (dt.date(1966, 7, 1), "day", "撤销县木材公"),
        (dt.date(1966, 7, 3), "day", "县委批转县政"), (dt.date(1966, 7, 1), "xun", "县委错误地认"),
        (dt.date(1966, 7, 20), "day", "杨宗万因受迫"), (dt.date(1966, 7, 24), "day", "县委召开扩大")]
    # an entry that tells a later day of its own (会议于1日开幕。3日闭幕) is no run-on paragraph, nor are days
    # that go back
    for text in ("1日县人代会开幕。3日闭幕。\n", "5日县委召开会议。3日会议决定的事项。8日闭幕。\n",
                 "5日县第九届人民代表大会第一次会议开幕，听取县人民政府工作报告。6日分组审议。7日选举县长。8日闭幕。\n"):
        assert len(entries_of(text, 1980, 3)[0]) == 1
    # 上旬 glued to a verb is a broken line's end, not a date
    assert D.match_prefix("上旬召开") is None and D.match_prefix("下旬县委召开").kind == "xun"


def test_a_digest_line_whose_days_are_spaced_from_their_character() -> None:
    # 洪山区 1985 大事记 sets its days apart from 日 (5 日, 25—29 日); on a digest line, after a space, such a day
    # starts an entry as 2日 does
    got, _ = entries_of("5 日 区委召开会议。 25—29 日 政协召开第二次会议。 30 日 区人代会闭幕。\n", 1985, 3)
    assert [(e.date_start.day, e.date_end.day) for e in got] == [(5, 5), (25, 29), (30, 30)]


def test_a_span_into_the_next_year_in_a_list_whose_entries_say_their_month() -> None:
    # a year's list without month headings: after 12月28日至次年1月3日 the months in force are still December's,
    # as under a 12月 heading; only under the heading of the month a span ends in (5月30日~6月5日 under 6月)
    # does that month stay in force
    text = "6月30日至7月2日 全市召开经济工作会议。\n12月28日至次年1月3日 全市开展消防检查。\n" \
           "12月30日 市委召开全会。\n12月下旬—1月上旬 全市开展冬季送温暖活动。\n"
    got, _ = entries_of(text, 2023, None)
    assert [(e.date_start, e.date_end) for e in got] == [
        (dt.date(2023, 6, 30), dt.date(2023, 7, 2)), (dt.date(2023, 12, 28), dt.date(2024, 1, 3)),
        (dt.date(2023, 12, 30), dt.date(2023, 12, 30)), (dt.date(2023, 12, 21), dt.date(2024, 1, 10))]
    got, _ = entries_of("6月\n5月30日~6月5日 全市开展活动。\n8日 市委召开会议。\n", 2023, None)
    assert [e.date_start for e in got] == [dt.date(2023, 5, 30), dt.date(2023, 6, 8)]


def test_a_span_of_months_from_the_end_of_one_to_the_start_of_the_next() -> None:
    got, _ = entries_of("3月底至4月初 市政府开展专项督查。\n", 2023, None)
    assert [(e.date_start, e.date_end, e.precision, e.text) for e in got] == [
        (dt.date(2023, 3, 1), dt.date(2023, 4, 30), "month", "市政府开展专项督查。")]


def test_a_span_of_months_to_the_end_of_the_year() -> None:
    # 8月中旬至年底, 9月底至年末: to December's end (not 至年底前完成, a deadline in the text)
    got, _ = entries_of("7月8日，区体校参加运动会。\n8月中旬至年底，全区干旱。\n9月底至年末 全区开展整顿。\n"
                        "10月至年底前完成清查。\n", 1988, None)
    assert [(e.date_start, e.date_end, e.precision) for e in got] == [
        (dt.date(1988, 7, 8), dt.date(1988, 7, 8), "day"), (dt.date(1988, 8, 11), dt.date(1988, 12, 31), "xun"),
        (dt.date(1988, 9, 1), dt.date(1988, 12, 31), "month")]
    assert got[-1].text == "全区开展整顿。10月至年底前完成清查。"


def test_a_bare_day_zero_is_no_date_and_no_crash() -> None:
    # (found by mutating the bundled chronicles: a lone 0 before two spaces, in a list of bare days)
    got, _ = entries_of("5  市委召开会议。\n9  市政府召开常务会议。\n0  某某活动举行。\n", 2006, 1)
    # (the line is read as an undated one: a new event of the day before, its text as written)
    assert [(e.date_start.day, e.text) for e in got] == [
        (5, "市委召开会议。"), (9, "市政府召开常务会议。"), (9, "0  某某活动举行。")]


def test_a_wrapped_paragraph_flush_with_the_body_goes_on_after_a_sentence_that_ends_a_line() -> None:
    # a county annal's text layer (武义县志): each entry's first line indented four spaces past the wrapped lines;
    # a sentence that happens to end a line is followed by the same paragraph, flush with the body
    text = ("    3月21日,副省长甲到县里检查科技、教育工作,并在县政府召开座谈会,听取县委、县政府\n"
            "工作汇报。\n"
            "    4月,召开全县工业工作会议贯彻县政府《关于进一步搞活工商企业若干政策问题的规定》,\n"
            "全县工业经济体制改革开始起步。\n"
            "    5月,对13个单位的6518人进行普及法律常识教育,并自此开始逐步向全县铺开。\n"
            "至2005年已实施完成4个五年普法规划。\n"
            "    7月初,确定桐琴、王宅等5个乡镇作为贯彻国家1986年4月颁发的《中华人民共和国义务\n"
            "教育法》的试点乡镇。\n"
            "    县政府召开全县教育工作会议。\n")
    got, _ = entries_of(text, 1986, None)
    assert [e.text for e in got] == [
        "副省长甲到县里检查科技、教育工作,并在县政府召开座谈会,听取县委、县政府工作汇报。",
        "召开全县工业工作会议贯彻县政府《关于进一步搞活工商企业若干政策问题的规定》,全县工业经济体制改革开始起步。",
        "对13个单位的6518人进行普及法律常识教育,并自此开始逐步向全县铺开。至2005年已实施完成4个五年普法规划。",
        "确定桐琴、王宅等5个乡镇作为贯彻国家1986年4月颁发的《中华人民共和国义务教育法》的试点乡镇。",
        # (indented as an entry's first line: a new paragraph, here a new event of the same date)
        "县政府召开全县教育工作会议。"]
    # where the layout does not tell (web text, one paragraph a line), such a line is read by what it says
    flat = "".join(line.strip() + "\n" for line in text.splitlines()[:6])
    got, _ = entries_of(flat, 1986, None)
    assert got[-1].text == "至2005年已实施完成4个五年普法规划。"


def test_month_headings_flush_left_do_not_hide_the_indented_entries_of_a_wrapped_layout() -> None:
    # each day indented two spaces, its paragraph wrapped flush left at 35 characters, the month heading flush
    # left too (and one day the source forgot to indent): a sentence that ends a line still goes on
    text = ("1月\n"
            "  1日  温州市元旦长跑活动在市区举行，市委书记甲、市长乙等参加。\n"
            "  8日  市委召开全市领导干部大会,宣布市领导班子换届人事安排方案。\n"
            "省委组织部副部长丙受省委委派宣布温州市领导班子换届人事安排方案。会后,市委\n"
            "十届十四次全体会议召开。\n"
            "  9日  省政协副主席丁率队来温调研,市领导戊、己陪同。调研组一行先后\n"
            "到鹿城区、瓯海区考察。\n"
            "  10日  温州市十一届人大常委会第一次会议召开，会议决定任命庚为副市\n"
            "长。\n"
            "2月\n"
            "19日  市委召开常委会议，研究部署春节期间安全工作，市委书记甲主持会议\n"
            "并讲话。\n"
            "  20日  全市经济工作会议召开。\n")
    got, _ = entries_of(text, 2012, None)
    assert [(e.date_start.day, e.text[:10]) for e in got] == [
        (1, "温州市元旦长跑活动在"), (8, "市委召开全市领导干部"), (9, "省政协副主席丁率队来"), (10, "温州市十一届人大常委"),
        (19, "市委召开常委会议，研"), (20, "全市经济工作会议召开")]
    assert got[1].text.endswith("会后,市委十届十四次全体会议召开。")


def test_an_item_of_its_own_on_a_line_after_a_finished_entry_that_is_awarded_a_title() -> None:
    # 淄博 1993年12月 (shandong-chorography.org): undated items of the day under 7日, each on its line; one with no
    # other verb than being awarded (被授予) is an item of its own too
    text = ("7日 济青高速公路周村连接线一期工程竣工通车。\n市委书记杜祥荣率经济贸易考察团到韩国进行招商引资活动。\n"
            "淄博市被授予“国家星火技术密集区”区牌。标志着淄博市成为全国第一个地市级国家星火技术密集区。\n")
    got, _ = entries_of(text, 1993, 12)
    assert [(e.date_start.day, e.text[:8]) for e in got] == [(7, "济青高速公路周村"), (7, "市委书记杜祥荣率"), (7, "淄博市被授予“国")]
    # (and a journal founded, a film shown, a book published: 创刊, 上映, 出版)
    got, _ = entries_of("3月\n全国优秀短篇小说评选授奖会在京举行。\n中国作家协会主办的《民族文学》在京创刊。\n", 1981, None)
    assert [e.text for e in got] == ["全国优秀短篇小说评选授奖会在京举行。", "中国作家协会主办的《民族文学》在京创刊。"]


def test_a_line_that_opens_with_a_part_of_the_day_is_read_by_what_follows() -> None:
    # 下午，市政府召开… after the morning's entry is an event of its own on the same day; 上午，代表们分组审议…
    # and 下午，与会人员… go on with the congress the entry before opened
    text = ("5日 上午，市委召开常委会会议，研究部署安全生产工作。\n下午，市政府召开常务会议，研究城市更新工作。\n"
            "6日 市人代会开幕。\n上午，代表们分组审议政府工作报告。\n下午，与会人员实地观摩重点项目。\n"
            "晚上，市长王明看望慰问一线环卫工人。\n")
    got, _ = entries_of(text, 2024, 5)
    assert [(e.date_start.day, e.text[:8]) for e in got] == [
        (5, "上午，市委召开常"), (5, "下午，市政府召开"), (6, "市人代会开幕。上"), (6, "晚上，市长王明看")]


def test_a_bulleted_headline_over_the_next_dated_item_is_dropped() -> None:
    # a weekly digest (杭州日报《一周新闻眼》): each item a bulleted headline, its date alone, then the item; the
    # headline is the item's heading, no event of its own nor a paragraph of the item before
    text = ("■ 刘捷调研市委社会工作部：积极探索社会工作路径 6月11日\n\n"
            "11日下午，省委副书记、市委书记刘捷赴市委社会工作部调研。\n\n"
            "■ 市政府与中国联通集团有限公司签订战略合作协议\n\n6月11日\n\n"
            "11日下午，杭州市政府与中国联通集团有限公司签订战略合作协议。\n\n"
            "■ 刘捷调研富阳经开区：坚定不移推进产业转型升级\n\n6月12日\n\n12日上午，刘捷在富阳经开区调研。\n")
    got, warnings = entries_of(text, 2024, 6)
    assert [(e.date_start.day, e.text) for e in got] == [
        (11, "下午，省委副书记、市委书记刘捷赴市委社会工作部调研。"),
        (11, "下午，杭州市政府与中国联通集团有限公司签订战略合作协议。"), (12, "上午，刘捷在富阳经开区调研。")]
    assert sum("subheading dropped" in m for _, m in warnings) == 2


@pytest.mark.parametrize("then, month", [
    ("3月\n1日 市委召开全委会议。", 2),  # a heading opens its month: the days above are of the month before
    ("2月 世界粮食计划署官员到宣威市对援粮项目进行验收。\n3月\n1日 市委召开全委会议。", 2),  # a month's own item closes it
    ("3月上旬 市人大常委会开展执法检查。", 2),  # 上旬 opens the month
    ("3月29日 市委召开全委会议。", 3),  # a later day of the month that says it: the same month
    ("3月5日 市委召开全委会议。", 2),  # an earlier day: the month before
])
def test_days_a_page_opens_with_under_its_year_take_the_month_the_next_date_implies(then: str, month: int) -> None:
    # a yearbook page that opens in the middle of a month: its year heading, days, then the first month
    text = f"2001 年\n17~18日 副省长梁公卿到罗平调研教育工作。\n28 日 市委召开表彰大会。\n同日 市政府召开常务会议。\n{then}"
    got, warnings = entries_of(text, None, None)
    assert [(e.date_start, e.date_end) for e in got[:3]] == [
        (dt.date(2001, month, 17), dt.date(2001, month, 18)), (dt.date(2001, month, 28),) * 2,
        (dt.date(2001, month, 28),) * 2]
    assert not any("without a date" in w for _, w in warnings)


def test_days_before_any_month_stay_undated_where_no_month_can_hold_them() -> None:
    # 30 days do not fit the month before March; a new year's heading, or the end, leaves them undated
    for then in ("3月\n1日 市委召开全委会议。", "2002年\n3月\n1日 市委召开全委会议。", ""):
        got, warnings = entries_of(f"2001 年\n30日 市委召开表彰大会。\n{then}", None, None)
        assert got[0].date_start is None
        assert [ln for ln, w in warnings if "without a date" in w] == [2]
    got, _ = entries_of("2001 年\n28日 市委召开表彰大会。\n12日 市政府召开常务会议。\n3月\n1日 甲。", None, None)
    assert got[0].date_start is None  # (days out of order: not one month's run)


def test_a_headline_on_the_entry_s_first_line_lends_no_title_to_the_office_under_it() -> None:
    # 3日 …签署战略合作协议 / 市长甲…: the lines join with nothing, but the headline is no part of 甲's title; a
    # line broken inside a sentence (…出席会议的有市委 / 副书记乙) is no headline and keeps its title whole
    text = ("2023年8月\n3日 市政府与某某集团签署战略合作协议\n市长李四、某某集团董事长王五出席签约仪式。\n"
            "5日 无锡经济开发区党工委、管委会揭牌\n省委常委、市委书记李小敏为开发区揭牌。\n"
            "7日 全市安全生产工作会议召开，出席会议的有市委\n副书记赵六。\n")
    events = parse_source(read_source(text.encode(), "headlines.txt")).events
    assert [e.text for e in events][0] == "市政府与某某集团签署战略合作协议市长李四、某某集团董事长王五出席签约仪式。"
    assert [[(p.name, p.title) for p in e.participants] for e in events] == [
        [("李四", "市长"), ("王五", "某某集团董事长")], [("李小敏", "省委常委、市委书记")], [("赵六", "市委副书记")]]


def test_a_date_whose_digits_a_page_s_text_layer_spaced_out_is_read_and_offsets_stay() -> None:
    # every character spaced (2 0 0 6 年, 8 月 1 2 日): the digits read together, the text kept as written
    text = "2 0 0 6 年\n1 2 月\n8 日 ， 县 委 书 记 任 玉 明 主 持 召 开 县 委 常 委 会 议 。\n2 5 — 2 7 日 ， 县 人 代 会 召 开 。\n"
    events = parse_source(read_source(text.encode(), "spaced.txt")).events
    assert [(e.date_start, e.date_end) for e in events] == [("2006-12-08", "2006-12-08"), ("2006-12-25", "2006-12-27")]
    assert events[0].text == "县 委 书 记 任 玉 明 主 持 召 开 县 委 常 委 会 议 。"
    assert [(p.name, p.title, p.roles) for p in events[0].participants] == [("任玉明", "县委书记", ["chair"])]
    assert [text[a:b] for a, b in events[1].provenance.spans] == ["县 人 代 会 召 开 。"]
    # … after a marker too (△ 1 1 日), and a same-day word so spaced (同 日)
    text = "2 0 0 6 年\n1 2 月\n△ 1 1 日 ， 县 委 召 开 常 委 会 议 。\n同 日   县 政 府 召 开 常 务 会 议 。\n"
    events = parse_source(read_source(text.encode(), "spaced.txt")).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2006-12-11", "县 委 召 开 常 委 会 议 。"), ("2006-12-11", "县 政 府 召 开 常 务 会 议 。")]


@pytest.mark.parametrize("date", ["2018.09.18\n", "2018-09-18\n", "2018年9月18日\n", "2018-09-18 "])
def test_a_news_list_s_headline_and_the_report_under_it_that_says_the_date_again_are_one_event(date: str) -> None:
    # a date, a headline (under it or beside it), then the report opening with the same day written another way:
    # the report's date is one written inside the entry, not in the list's own format; the headline lends the
    # report no agenda
    text = (f"{date}市委常委会专题研究部署太湖新城管理体制优化调整工作\n"
            "9月18日，市委书记李小敏主持召开市委常委会，研究全市安全生产工作。\n")
    (event,) = parse_source(read_source(text.encode(), "news.txt")).events
    assert event.date_start == "2018-09-18"
    assert event.text.startswith("市委常委会专题研究部署太湖新城管理体制优化调整工作9月18日，市委书记")
    assert event.agenda == ["太湖新城管理体制优化调整", "全市安全生产"]
    assert [(p.name, p.title, p.roles) for p in event.participants] == [("李小敏", "市委书记", ["chair"])]
    # the same day in the list's own format, or another day, under a headline starts an entry of its own
    for second in (date.strip() + " ", "9月19日，"):
        again = parse_source(read_source(f"{date}某某会议召开\n{second}市长王五调研。\n".encode(), "n.txt")).events
        assert len(again) == 2, second


def test_a_timeline_of_years_alone_and_dotted_days_alone_over_headlines_and_reports() -> None:
    # 2018 / 03.19 / headline / report (an account's look back over a year): the year alone, taken for a page
    # number, is the day's under it; the day and month with a dot, alone on their line, date the headline, and
    # the report under it (2018年,9月18日: a stray comma after the year) is of the same event
    text = ("一起来回顾下\n2018\n03.19\n市委常委会审议并部署太湖新城管理体制调整工作\n"
            "2018年3月19日,市委书记李小敏主持召开市委常委会。\n会议指出,要坚持规划引领。\n"
            "2018\n\n09.18\n市委常委会专题研究部署太湖新城管理体制优化调整工作\n"
            "2018年,9月18日,市委书记李小敏主持召开市委常委会。\n")
    events = parse_source(read_source(text.encode(), "timeline.txt")).events
    assert [(e.date_start, e.text[:12]) for e in events] == [
        ("2018-03-19", "市委常委会审议并部署太湖"), ("2018-09-18", "市委常委会专题研究部署太")]
    # (a four-figure number alone before a date that says its year, or with a year already in force, is no year)
    events = parse_source(read_source("2024年1月\n3日，市委召开会议。\n2030\n5日，市长调研。\n".encode(), "p.txt")).events
    assert [e.date_start for e in events] == ["2024-01-03", "2024-01-05"]


@pytest.mark.parametrize("shape", ["· {t} [{d}]", "{t} {d}", "{t}（{d}）", "■ {t}　{d}", "{t}\n{d}", "{t}\n\n[{d}]"])
def test_a_web_column_s_list_with_each_item_s_date_after_it(shape: str) -> None:
    # each line an item, its full date after it (or alone on the line after it, as a site's link and date come
    # out): the date is the item's, the text what stands before it
    items = [("市委常委会召开会议", "2024-01-03"), ("市长李向东调研重点项目建设", "2024-01-05"), ("全市优化营商环境大会召开", "2024/02/08")]
    text = "大事记\n" + "".join(shape.format(t=t, d=d) + "\n" for t, d in items)
    src = read_source(text.encode(), "column.txt")
    events = parse_source(src).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2024-01-03", "市委常委会召开会议"), ("2024-01-05", "市长李向东调研重点项目建设"), ("2024-02-08", "全市优化营商环境大会召开")]
    assert [(p.name, p.title, p.roles) for p in events[1].participants] == [("李向东", "市长", ["lead"])]
    assert all(src.text[a:b] == e.text for e in events for a, b in e.provenance.spans)
    # after a sentence of introduction, such items are no unlabelled list of links (short lines, none a sentence)
    if shape == "{t} {d}":
        text = "大事记\n以下为近期大事。\n" + "".join(shape.format(t=t, d=d) + "\n" for t, d in items)
        assert [e.date_start for e in parse_source(read_source(text.encode(), "intro.txt")).events][-3:] == [
            "2024-01-03", "2024-01-05", "2024-02-08"]
    # a list of full dates over their paragraphs, after a line of introduction and cut off after a date, keeps its
    # order: each date is the paragraph's below it
    text = ("本月大事如下：\n2024年1月3日\n市委召开常委会议，市委书记王明主持，研究部署全市安全生产工作和冬季供暖保障工作。\n"
            "2024年1月5日\n市长李华到高新区调研重点企业生产经营情况，副市长赵刚陪同。\n2024年1月8日\n")
    events = parse_source(read_source(text.encode(), "list.txt")).events
    assert [(e.date_start, e.text[:6]) for e in events] == [("2024-01-03", "市委召开常委"), ("2024-01-05", "市长李华到高")]
    # in a chronicle whose entries open with their day, a date at a line's end stays text
    got, _ = entries_of("3日，市政府印发《实施意见》 2024-01-03\n5日，市长调研。\n8日，副市长出席会议。\n", 2024, 1)
    assert [e.text for e in got][0] == "市政府印发《实施意见》 2024-01-03"
    # a month and day in brackets after each item, the year the heading's (…主持。（1月3日）); not a date said
    # without brackets at a sentence's end
    text = "2024年1月大事记\n市委召开常委会会议，市委书记张三主持。（1月3日）\n市政府召开常务会议。（1月5日）\n市政协召开会议。(1月9日)\n"
    assert [(e.date_start, e.text) for e in parse_source(read_source(text.encode(), "bracketed.txt")).events] == [
        ("2024-01-03", "市委召开常委会会议，市委书记张三主持。"), ("2024-01-05", "市政府召开常务会议。"), ("2024-01-09", "市政协召开会议。")]
    bare = text.replace("（", "").replace("）", "").replace("(", "").replace(")", "")
    assert parse_source(read_source(bare.encode(), "bare.txt")).events == []


@pytest.mark.parametrize("shape", ["{d} {t}", "{t} {d}", "· {t} [{d}]", "{d}\n{t}", "{t}\n{d}"])
def test_a_web_list_s_month_and_day_of_two_digits_each_before_or_after_its_items(shape: str) -> None:
    # 01-03 市委… or 市委… 01-03: the year is the period's (the caller's, or a heading's)
    items = [("市委常委会召开会议", "01-03"), ("市长李向东调研重点项目建设", "01-05"), ("全市优化营商环境大会召开", "02-08")]
    text = "".join(shape.format(t=t, d=d) + "\n" for t, d in items)
    events = parse_source(read_source(text.encode(), "list.txt"), D.parse_period("2024")).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2024-01-03", "市委常委会召开会议"), ("2024-01-05", "市长李向东调研重点项目建设"), ("2024-02-08", "全市优化营商环境大会召开")]


@pytest.mark.parametrize("year", ["", "2024年", "iso"])
@pytest.mark.parametrize("row", ["| {n} | {d} | {t} |", "{n}\t{d}\t{t}", "{n}   {d}   {t}"])
def test_a_table_with_a_number_column_before_its_dates(row: str, year: str) -> None:
    # 序号 | 日期 | 内容: the row's number is no day; the date after it is the entry's (with its year too: before, the
    # number was read as a bare day and the date kept in the text)
    rows = [(1, "1月3日", "市委常委会召开会议。"), (2, "1月5日", "市长李向东调研。"), (3, "1月8日", "全市大会召开。")]
    if year:
        rows = [(n, f"2024-01-{d[2:-1]:0>2}" if year == "iso" else year + d, t) for n, d, t in rows]
    head = "| 序号 | 日期 | 内容 |\n| --- | --- | --- |\n" if row.startswith("|") else "序号\t日期\t内容\n"
    text = head + "".join(row.format(n=n, d=d, t=t) + "\n" for n, d, t in rows)
    events = parse_source(read_source(text.encode(), "table.txt"), D.parse_period("2024")).events
    assert [(e.date_start, e.text) for e in events] == [("2024-01-03", "市委常委会召开会议。"),
                                                       ("2024-01-05", "市长李向东调研。"), ("2024-01-08", "全市大会召开。")]


def test_a_month_copied_as_one_line_with_its_heading_first() -> None:
    # 2024年1月大事记 1日，…。2日，…: the heading apart, and three days or more in order after finished sentences
    # each start an entry (a comma after each day, nothing between the entries)
    text = ("2024年1月大事记 1日，全市各级开展元旦慰问活动。2日，市委书记王建国主持召开市委常委会会议，研究部署全市重点工作。"
            "3日，市长李向东调研重点项目建设，副市长张华陪同。5日，全市优化营商环境大会召开。同日，市政府与某集团签署战略合作协议。\n")
    events = parse_source(read_source(text.encode(), "flat.txt")).events
    assert [(e.date_start, e.text[:8]) for e in events] == [
        ("2024-01-01", "全市各级开展元旦"), ("2024-01-02", "市委书记王建国主"), ("2024-01-03", "市长李向东调研重"),
        ("2024-01-05", "全市优化营商环境"), ("2024-01-05", "市政府与某集团签")]
    # one entry that tells a meeting's days, with a comma after each, stays one (no heading glued before it)
    got, _ = entries_of("5日，县人代会开幕，听取审议政府工作报告。6日，代表分组审议政府工作报告和计划报告、财政报告。"
                        "7日，代表继续分组审议。8日，大会选举产生新一届县人民政府领导班子，通过各项决议后闭幕。\n", 2024, 3)
    assert len(got) == 1


@pytest.mark.parametrize("title", ["大事记 大事记1995年", "道外区大事记 1995年", "道外区大事记（1995年）", "大事記1995年"])
def test_a_year_copied_as_one_line_with_its_title_first(title: str) -> None:
    # 大事记1995年 1月10日 …。 1月11日 …: a yearbook's chronicle a web page ran into one line, its title and year
    # first; before, the whole line was taken for text before the first entry and dropped (the year too)
    text = (f"{title} 1月10日 区委印发《关于加强街道党的建设的意见》。 1月19日 道外区召开经济工作会议。区长张子德作工作报告，"
            "区委书记高志仁讲话。 △ 区委发出《关于表彰奖励模范党员的决定》。 3月15日 道外区改善经济发展环境领导小组成立。\n")
    result = parse_source(read_source(text.encode(), "one-line.txt"))
    assert [(e.date_start, e.text[:8]) for e in result.events] == [
        ("1995-01-10", "区委印发《关于加"), ("1995-01-19", "道外区召开经济工"), ("1995-01-19", "区委发出《关于表"),
        ("1995-03-15", "道外区改善经济发")]
    assert [(p.title, p.name) for p in result.events[1].participants] == [("区长", "张子德"), ("区委书记", "高志仁")]
    # a line that only names a chronicle in its text is no title (全市大事记编纂工作会议 is an entry's subject)
    got, _ = entries_of("5日，全市大事记编纂工作会议召开。\n6日 市志办大事记2024年 1月工作总结会召开。\n", 2024, 3)
    assert [e.date_start.day for e in got] == [5, 6]


def test_a_month_copied_as_one_line_under_its_heading() -> None:
    # the heading on the line above, the month's entries on one line, the next month's heading after it: three days or
    # more in order after finished sentences each start an entry, as with the heading glued before them
    month = ("1日，市委召开常委会议，传达学习全省经济工作会议精神，研究部署我市贯彻落实意见，市委书记王建国主持。"
             "2日，市长李向东到高新区调研重点企业生产经营情况。3日，全市两会筹备工作会议召开。"
             "5日，副市长张华出席全市文化旅游推介活动。")
    events = parse_source(read_source(f"2024年1月\n{month}\n2月\n{month}\n".encode(), "flat.txt")).events
    assert [(e.date_start, e.text[:6]) for e in events] == [
        (f"2024-0{m}-0{d}", t) for m in (1, 2) for d, t in ((1, "市委召开常委"), (2, "市长李向东到"), (3, "全市两会筹备"),
                                                          (5, "副市长张华出"))]
    assert events[1].participants[0].name == "李向东"
    # a month whose one entry tells its meeting's days, day after day, keeps it one entry
    told = ("5日，县人代会开幕，听取审议政府工作报告。6日，代表分组审议政府工作报告和计划报告、财政报告，审查批准国民经济和"
            "社会发展计划。7日，代表继续分组审议各项报告。8日，大会选举产生新一届县人民政府领导班子，通过各项决议后闭幕。")
    events = parse_source(read_source(f"2024年3月\n{told}\n4月\n{month}\n".encode(), "told.txt")).events
    assert [e.date_start for e in events] == ["2024-03-05", "2024-04-01", "2024-04-02", "2024-04-03", "2024-04-05"]


def test_what_its_people_also_did_that_day_stays_in_the_entry() -> None:
    # 当天，甲还…: the entry's day and its people again (还), a further paragraph; 当日 before a new subject is
    # a same-day item (see test_traditional_script_reads_like_simplified)
    got, _ = entries_of("4日，市长李向东到莘县调研乡村振兴工作。\n当天下午，李向东还主持召开座谈会，听取县里工作汇报。\n"
                        "当日，市政协举行常委会议。\n", 2024, 3)
    assert [e.text for e in got] == ["市长李向东到莘县调研乡村振兴工作。当天下午，李向东还主持召开座谈会，听取县里工作汇报。",
                                     "市政协举行常委会议。"]


@pytest.mark.parametrize("ornate", ["◆ 5日 ◆", "—— 5日 ——", "「5日」", "★1月5日★", "【5日】", "〖 5日 〗", "—5—6日—"])
def test_a_date_alone_between_ornaments_is_the_date_of_the_text_below(ornate: str) -> None:
    # an account's article sets each date alone on its line between ornaments: before, the ornament after it was
    # glued to the text (◆市长…, its first title too) or the date was not read at all (—— 5日 ——)
    got, _ = entries_of(f"3日\n市委召开常委会议。\n{ornate}\n市长李向东调研。\n", 2024, 1)
    assert [(e.date_start.day, e.text) for e in got] == [(3, "市委召开常委会议。"), (5, "市长李向东调研。")]


def test_a_scan_s_day_read_as_yue() -> None:
    # 3曰: a scan's 日 read as 曰 (no numeral comes before 曰 in modern text); the text stays as written
    text = "3曰，市委召开常委会议。\n5 曰 市长出席活动。\n8日，子曰：学而时习之，市图书馆举办国学讲座。\n"
    got, warnings = entries_of(text, 2024, 1)
    assert [(e.date_start.day, e.text) for e in got] == [
        (3, "市委召开常委会议。"), (5, "市长出席活动。"), (8, "子曰：学而时习之，市图书馆举办国学讲座。")]
    assert warnings == []
    # … or as 目 at a line's start (before, the entry was dropped or glued to the one before); 第3目 and 项目 stay
    got, warnings = entries_of("3目，市委召开常委会议。\n1月5目 市长出席活动。\n6日，会议研究第3目预算和项目。\n", 2024, 1)
    assert [(e.date_start.day, e.text) for e in got] == [
        (3, "市委召开常委会议。"), (5, "市长出席活动。"), (6, "会议研究第3目预算和项目。")]


@pytest.mark.parametrize("label", ["日期", "时间"])
def test_a_web_table_s_rows_as_labelled_lines(label: str) -> None:
    # 日期：… / 事件：…: the labels are no part of the date or the text
    for sep in ("\n", "  "):
        text = f"{label}：2024年1月3日{sep}事件：市委常委会召开会议。\n{label}：2024年1月5日{sep}内容：市长李向东调研。\n"
        events = parse_source(read_source(text.encode(), "rows.txt")).events
        assert [(e.date_start, e.text) for e in events] == [("2024-01-03", "市委常委会召开会议。"),
                                                           ("2024-01-05", "市长李向东调研。")]


@pytest.mark.parametrize("stamp", ["日期：2024-02-01", "时间：2024-02-01", "时间：2024-02-01 10:23  来源：市政府办公室",
                                   "2024-02-01", "[2024-02-01]", "2024年2月1日", "2024年02月01日 10:30",
                                   "2024-02-01 来源：市政府办公室", "2024年2月1日 浏览次数：100"])
def test_a_web_page_s_date_over_its_chronicle_is_no_entry(stamp: str) -> None:
    # the page's date (published in February), alone or labelled as a row's would be, but no row's text, headline
    # or report after it: furniture, and the month stays the heading's (as the year does, over a month's heading)
    text = f"2024年1月大事记\n{stamp}\n3日，市委常委会召开会议。\n5日，市长李向东调研。\n"
    events = parse_source(read_source(text.encode(), "page.txt")).events
    assert [(e.date_start, e.text) for e in events] == [("2024-01-03", "市委常委会召开会议。"), ("2024-01-05", "市长李向东调研。")]
    text = f"2024年大事记\n{stamp.replace('2024', '2025')}\n1月\n3日，市委常委会召开会议。\n"
    events = parse_source(read_source(text.encode(), "year.txt")).events
    assert [(e.date_start, e.text) for e in events] == [("2024-01-03", "市委常委会召开会议。")]


def test_a_news_list_s_dates_over_reports_that_say_the_day_again() -> None:
    # each date alone on its line over a report that says its day again: the list's dates, not a page's
    text = "".join(f"2018-09-{d}\n9月{d}日，{t}\n" for d, t in (("18", "市委常委会召开会议。"), ("20", "市长王五调研。"),
                                                              ("25", "全市招商大会召开。")))
    events = parse_source(read_source(text.encode(), "news.txt")).events
    assert [(e.date_start, e.text) for e in events] == [
        ("2018-09-18", "市委常委会召开会议。"), ("2018-09-20", "市长王五调研。"), ("2018-09-25", "全市招商大会召开。")]


def test_an_inspection_team_arriving_is_an_event_of_its_own() -> None:
    # 巡视组进驻我市 after a finished entry: its own subject and verb (进驻), a new event on the same date
    got, _ = entries_of("3日，市委书记张三主持召开市委常委会议。\n省委第三巡视组进驻我市。\n", 2023, 8)
    assert [e.text for e in got] == ["市委书记张三主持召开市委常委会议。", "省委第三巡视组进驻我市。"]


@pytest.mark.parametrize("line", ["某某机场正式运营。", "我市与日本某某市缔结友好城市关系。", "全市普降大雨。", "某某县发生3.5级地震。",
                                  "某某大桥顺利合龙。", "某某公司在深交所上市。", "某某文化节拉开帷幕。", "某某工程正式动工。",
                                  "某某医院新院区正式投入使用。", "某某展览在市博物馆展出。",
                                  # (a name in quotes or brackets opening the subject: read as a noun)
                                  "“全民阅读”活动启动仪式举行。", "《某某市志》首发式举行。"])
def test_more_things_that_happen_are_events_of_their_own(line: str) -> None:
    # after a finished entry, an undated line that reports its own happening starts a new event on that date
    got, _ = entries_of(f"3日，市委书记张三主持召开市委常委会议。\n{line}\n", 2023, 8)
    assert [e.text for e in got] == ["市委书记张三主持召开市委常委会议。", line]


@pytest.mark.parametrize("line", ["来自全市各地的300余名代表参加会议。", "各县市区在分会场收听收看。", "市委副书记王五宣读了表彰决定。",
                                  "项目预计年底投入使用。", "现场签约项目15个，总投资80亿元。", "省人大常委会副主任王五到会指导。"])
def test_what_goes_on_at_the_event_just_named_is_no_event_of_its_own(line: str) -> None:
    # 来自 (where they are from), 到会 (attending it), 分会场收听收看, 表彰决定 read out, 现场 (at its site), what is
    # expected (预计…投入使用): a further paragraph of the entry, not a new event
    got, _ = entries_of(f"3日，全市经济工作会议召开。\n{line}\n", 2023, 8)
    assert [e.text for e in got] == ["全市经济工作会议召开。" + line]


@pytest.mark.parametrize("text,expected", [
    # named bare as the entry named them (王五在…主持召开座谈会, 王五还看望了…), or after 调研期间/检查中: the visit
    # goes on; someone else, or the same person titled anew, or a place (我市在…) is a new event
    ("3日，副省长王五来我市调研。\n王五在某某镇主持召开座谈会。\n调研期间，王五还看望了困难群众。\n"
     "检查中，王五要求压实责任。\n我市在北京举行招商推介会。\n李四在某某镇主持召开座谈会。\n",
     ["副省长王五来我市调研。王五在某某镇主持召开座谈会。调研期间，王五还看望了困难群众。检查中，王五要求压实责任。",
      "我市在北京举行招商推介会。", "李四在某某镇主持召开座谈会。"]),
    # 会见前，…; 见证签约 and 签约仪式由…主持 refer to the signing named: paragraphs of that entry; a signing of its
    # own (市政府与某集团签约) is a new event
    ("3日，市长李四会见某某集团董事长王五一行。\n会见前，李四陪同王五参观了规划馆。\n"
     "5日，某某项目集中签约仪式举行。\n市委书记张三、市长李四见证签约。\n签约仪式由副市长赵六主持。\n市政府与某某集团签约。\n",
     ["市长李四会见某某集团董事长王五一行。会见前，李四陪同王五参观了规划馆。",
      "某某项目集中签约仪式举行。市委书记张三、市长李四见证签约。签约仪式由副市长赵六主持。", "市政府与某某集团签约。"]),
    # 宣布大桥通车 (what was announced at the opening named), 大桥的建成 (a verb made a noun), 访问期间: paragraphs
    ("3日，某某大桥建成通车。\n市委书记张三宣布大桥通车。\n大桥的建成，对于区域发展具有重要意义。\n"
     "5日，日本某某市友好代表团来我市访问。\n访问期间，双方签署了合作备忘录。\n",
     ["某某大桥建成通车。市委书记张三宣布大桥通车。大桥的建成，对于区域发展具有重要意义。",
      "日本某某市友好代表团来我市访问。访问期间，双方签署了合作备忘录。"]),
])
def test_what_is_done_at_the_event_just_named_stays_in_its_entry(text: str, expected: list[str]) -> None:
    got, _ = entries_of(text, 2023, 8)
    assert [e.text for e in got] == expected


def test_a_headline_right_under_a_month_heading_is_no_item_of_the_month() -> None:
    # 1月 / 全市经济工作会议召开 / 5日，…: the headline of the dated item below it, dropped as one between two
    # entries is; an undated item of the month (a finished sentence) is kept as the month's
    text = "1月\n全市经济工作会议召开\n5日，全市经济工作会议召开。\n2月\n全市开展安全生产大检查。\n3日，市委召开常委会议。\n"
    got, warnings = entries_of(text, 2023, None)
    assert [(e.precision, e.text) for e in got] == [
        ("day", "全市经济工作会议召开。"), ("month", "全市开展安全生产大检查。"), ("day", "市委召开常委会议。")]
    assert any("subheading dropped: '全市经济工作会议召开'" in w for _, w in warnings)


@pytest.mark.parametrize("line", ["2号线开通运营，全长30公里。", "1号楼主体封顶。", "3号机组并网发电。"])
def test_a_number_with_hao_that_names_a_thing_is_no_day(line: str) -> None:
    # 5号，… is a day; 2号线, 1号楼, 3号机组 name a line, a building, a unit: no date, no new entry there
    got, _ = entries_of(f"3日，市委召开常委会议。\n{line}\n5号，市政府召开常务会议。\n", 2023, 8)
    assert [(e.date_start.day, e.text) for e in got][-1] == (5, "市政府召开常务会议。")
    assert any(line in e.text for e in got) and not any(e.text.startswith(line[2:]) for e in got)


@pytest.mark.parametrize("line", ["“他说，要抓好落实。”", "《意见》指出，要加强领导。", "“十四五”规划纲要提出，要加快发展。"])
def test_a_quotation_or_a_document_s_words_go_on_with_the_entry(line: str) -> None:
    got, _ = entries_of(f"3日，市委书记张三主持召开市委常委会议。\n{line}\n", 2023, 8)
    assert [e.text for e in got] == ["市委书记张三主持召开市委常委会议。" + line]


def test_gai_year_and_gai_month_are_the_year_s_and_the_month_s_own_items() -> None:
    # 该年，… / 该月，… as 是年 and 是月: an item of the year or of the month (before, 该年 was glued to the item above)
    text = "3日，市委召开常委会议。\n该月，全市完成造林1万亩。\n该年，全市生产总值增长6%。\n"
    got, _ = entries_of(text, 2024, 1)
    assert [(e.precision, e.date_start, e.date_end, e.text) for e in got] == [
        ("day", dt.date(2024, 1, 3), dt.date(2024, 1, 3), "市委召开常委会议。"),
        ("month", dt.date(2024, 1, 1), dt.date(2024, 1, 31), "全市完成造林1万亩。"),
        ("year", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "全市生产总值增长6%。")]


@pytest.mark.parametrize("part", ["下午", "上午", "晚上", ""])
def test_a_same_day_marker_with_the_part_of_the_day_after_a_finished_sentence_starts_an_entry(part: str) -> None:
    # …主持。同日下午，县委书记乙会见客商。: a new entry on that day, as 同日， at a line's start is
    got, _ = entries_of(f"8日，全县经济工作会议召开。会议由县长赵海主持。同日{part}，县委书记王建华会见客商。\n", 2024, 1)
    assert [(e.date_start.day, e.text) for e in got] == [
        (8, "全县经济工作会议召开。会议由县长赵海主持。"), (8, f"{part}，县委书记王建华会见客商。".lstrip("，"))]


@pytest.mark.parametrize("opener", ["连日来", "近期", "近日", "日前"])
def test_an_item_of_recent_days_is_the_month_s(opener: str) -> None:
    # 连日来，甲、乙等区领导分别深入…: a digest's undated item, of the month (before, 连日来 was dropped as text
    # before the first entry)
    got, _ = entries_of(f"{opener}，刘志忠、孙宏光等区领导分别深入基层单位指导工作。\n5日，区委召开常委会议。\n", 2003, 9)
    assert [(e.precision, e.date_start, e.date_end, e.text) for e in got] == [
        ("month", dt.date(2003, 9, 1), dt.date(2003, 9, 30), "刘志忠、孙宏光等区领导分别深入基层单位指导工作。"),
        ("day", dt.date(2003, 9, 5), dt.date(2003, 9, 5), "区委召开常委会议。")]


@pytest.mark.parametrize("days", ["8日和9日", "8日及9日", "8日、9日", "8、9日"])
def test_two_days_joined_are_the_span_of_the_days(days: str) -> None:
    # (before, 8日和9日，… was day 8 with 和9日， left in its text)
    got, _ = entries_of(f"{days}，县人大常委会召开会议。\n10日，县委召开常委会议。\n", 2024, 1)
    assert [(e.date_start.day, e.date_end.day, e.text) for e in got][0] == (8, 9, "县人大常委会召开会议。")


def test_a_day_glued_to_a_place_beginning_with_he_is_one_day() -> None:
    got, _ = entries_of("8日和平区召开会议。\n9日，县里召开会议。\n", 2024, 1)
    assert [(e.date_start.day, e.date_end.day, e.text) for e in got][0] == (8, 8, "和平区召开会议。")


@pytest.mark.parametrize("heading", ["2 0 2 4 年 1 月 大 事 记", "2024 年 1 月 大 事 记", "2024年1月大事记"])
def test_a_letter_spaced_heading_with_its_digits_spaced_too(heading: str) -> None:
    # a PDF whose every character stands apart: the heading is one, its period read (before, with the year's digits
    # spaced, it was read as an item of the month, 大 事 记)
    text = f"{heading}\n3 日 ， 县 委 书 记 王 建 华 主 持 召 开 县 委 常 委 会 会 议 。\n1 5 日 ， 县 长 赵 海 到 企 业 调 研 。\n"
    r = parse_source(read_source(text.encode(), "spaced.txt"))
    assert [(e.date_start, e.date_precision) for e in r.events] == [("2024-01-03", "day"), ("2024-01-15", "day")]
    assert [p.name for e in r.events for p in e.participants] == ["王建华", "赵海"]


@pytest.mark.parametrize("opener,year", [("1958年底", 1958), ("1959年初", 1959), ("1958年末", 1958)])
def test_a_year_s_edge_with_its_number_is_an_item_of_that_year(opener: str, year: int) -> None:
    # 1958年底，… in an annal: an item of the year it names (before, glued to the item above); 年底前 stays text
    got, _ = entries_of(f"8月，县委召开扩大会议。\n{opener}，全县实现人民公社化。\n", 1958, None)
    assert [(e.precision, e.date_start, e.date_end, e.text) for e in got][-1] == (
        "year", dt.date(year, 1, 1), dt.date(year, 12, 31), "全县实现人民公社化。")
    got, _ = entries_of("8月，县委召开扩大会议。\n1958年底前，全县要实现人民公社化。\n", 1958, None)
    assert len(got) == 1


@pytest.mark.parametrize("heading", ["★ 一 月 ★", "—— 1月 ——", "◎1月", "（一）1月", "〖1月〗", "『1月』", "「1月」"])
def test_a_month_heading_with_ornaments_on_both_sides(heading: str) -> None:
    # (before, ★ 一 月 ★ made an item of the month whose text was ★, and —— 2月 —— no heading at all)
    text = f"{heading}\n3日，县委召开常委会议。\n{heading.replace('一', '二').replace('1', '2')}\n5日，县政府召开常务会议。\n"
    got, _ = entries_of(text, 2024, None)
    assert [(e.date_start, e.text) for e in got] == [(dt.date(2024, 1, 3), "县委召开常委会议。"),
                                                     (dt.date(2024, 2, 5), "县政府召开常务会议。")]


@pytest.mark.parametrize("opener", ["本月份", "该月份", "同月份"])
def test_the_month_named_with_fen_leaves_no_fen_in_the_text(opener: str) -> None:
    got, _ = entries_of(f"3日，县委召开常委会议。\n{opener}，全县完成造林1万亩。\n", 2024, 1)
    assert [(e.precision, e.text) for e in got][-1] == ("month", "全县完成造林1万亩。")


@pytest.mark.parametrize("opener", ["本年度", "是年度", "全年度", "该年"])
def test_the_year_named_with_du_is_the_year_s_item(opener: str) -> None:
    # (before, 本年度，… was glued to the item above)
    got, _ = entries_of(f"3日，县政府召开会议。\n{opener}，全县生产总值增长6%。\n", 2024, 12)
    assert [(e.precision, e.text) for e in got][-1] == ("year", "全县生产总值增长6%。")


@pytest.mark.parametrize("line,month,day", [("元旦，县领导走访慰问困难群众。", 1, 1), ("“三八”妇女节，县妇联举行表彰大会。", 3, 8),
                                            ("“五一”国际劳动节，全县表彰劳模。", 5, 1), ("教师节，县委表彰优秀教师。", 9, 10),
                                            ("国庆节，全县举行升旗仪式。", 10, 1)])
def test_a_festival_of_a_fixed_day_alone_before_the_text_is_that_day(line: str, month: int, day: int) -> None:
    # (before, an item of the month in force, the festival kept in its text)
    got, _ = entries_of(f"{line}\n", 2024, month)
    assert [(e.precision, e.date_start, e.text) for e in got] == [("day", dt.date(2024, month, day), line.split("，", 1)[1])]


@pytest.mark.parametrize("line", ["元旦期间，全县开展活动。", "国庆前夕，县长走访慰问老干部。"])
def test_a_span_around_a_festival_is_an_item_of_the_month(line: str) -> None:
    got, _ = entries_of(f"3日，县委召开常委会议。\n{line}\n", 2024, 1)
    assert [(e.precision, e.text) for e in got][-1] == ("month", line)


@pytest.mark.parametrize("line", ["元宵节，全市举办灯会。", "中秋，县领导走访慰问驻县部队。", "除夕，县长检查值班工作。",
                                  "春节前夕，市领导走访慰问困难群众。"])
def test_a_lunar_festival_alone_is_an_item_of_the_month_even_first(line: str) -> None:
    # a lunar festival's day moves through the solar months: the month in force (before, the day of the entry
    # above; first under the title, dropped as preamble)
    got, warnings = entries_of(f"3日，县委召开常委会议。\n{line}\n", 2024, 2)
    assert [(e.precision, e.date_start, e.date_end, e.text) for e in got][-1] == (
        "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29), line)
    got, warnings = entries_of(f"{line}\n3日，县委召开常委会议。\n", 2024, 2)
    assert [(e.precision, e.text) for e in got] == [("month", line), ("day", "县委召开常委会议。")]
    assert warnings == []


@pytest.mark.parametrize("cut", ["9月8日—\n10日 ", "9月8日—\n9月10日\n", "8日至\n10日，"])
def test_a_span_of_days_cut_after_its_dash(cut: str) -> None:
    # a table cell's width wraps a span after its dash: the day on the next line ends it (before: 9月8日— was a date
    # with no text, and the entry dated the 10th alone); the text's offsets still point at the source
    text = f"2024年9月大事记\n9月5日 市长李明出席会议。\n{cut}全市开展安全生产大检查。\n9月12日 副市长王强调研。\n"
    src = read_source(text.encode(), "cut.txt")
    events = parse_source(src).events
    assert [(e.date_start, e.date_end, e.text) for e in events] == [
        ("2024-09-05", "2024-09-05", "市长李明出席会议。"), ("2024-09-08", "2024-09-10", "全市开展安全生产大检查。"),
        ("2024-09-12", "2024-09-12", "副市长王强调研。")]
    assert all(src.text[a:b] == e.text for e in events for a, b in e.provenance.spans)


def test_a_span_s_start_a_line_break_put_first_goes_on() -> None:
    # …决定 / 自10月1日起，施行…: in the sentence the line before left open, no entry of its own
    text = "2024年9月大事记\n5日 市政府印发通知，决定\n自2024年10月1日起，施行新的停车收费标准。\n8日 副市长王强调研。\n"
    assert [(e.date_start, e.text) for e in parse_source(read_source(text.encode(), "since.txt")).events] == [
        ("2024-09-05", "市政府印发通知，决定自2024年10月1日起，施行新的停车收费标准。"), ("2024-09-08", "副市长王强调研。")]
