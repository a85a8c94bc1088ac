"""Dates as chronicles write them: numerals, entry prefixes, ranges, markers and periods.

`match_prefix` reads the date at the start of an entry line; `resolve` turns it into ISO dates
given the year and month in force (section heading, month heading or the caller's period).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from .errors import PeriodError
from .script import BLANKS

_CN_DIGIT = {"〇": 0, "零": 0, "O": 0, "o": 0, "○": 0, "Ｏ": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3,
             "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
             "九": 9, "玖": 9}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

CN_NUM = r"[〇零一二三四五六七八九十廿卅两]"
NUM = rf"(?:\d{{1,2}}|[０-９]{{1,2}}|{CN_NUM}{{1,3}})"
MONTH = rf"(?:{NUM}|元)"  # 元月 is January
YEAR = r"(?:\d{4}|[０-９]{4}|[〇零一二三四五六七八九Oo○Ｏ]{4})"
# Range separators seen in chronicles: em/en dashes, hyphens, tildes, box-drawing dash, 至/到.
# the dashes a range is written with (— – － ~ ～, the box-drawing ─ and the horizontal bar ― of PDF text)
DASH = r"[—－–\-~～─〜―‒−]"
# (1----3月: a copy that typed its dash as hyphens; 9一16日: a scan that read the dash as the numeral 一, only
# between two digits, where 一 cannot be a numeral of its own)
RANGE_SEP = rf"\s*(?:{DASH}{{1,4}}|至|到|(?<=[0-9])一(?=[0-9]))\s*"
MARKERS = "△▲□☆Δ∆"  # Δ ∆: the Greek letter and the increment sign typed for △
BULLETS = "△▲□☆Δ∆■●◆◇○〇•◎◉★▪◾◼※·►▶▷▸➢➤→❖♦✦*＊—-"  # (* and a dash in plain-text lists; - last: these make character classes)
# The time of day or the same day said before a subject (4日上午 市委副书记甲…, 当天市委书记乙…)
TIME_WORDS = "上午|下午|中午|晚上|早上|凌晨|傍晚|夜间|当晚|当天|当日|同日|是日|晚间|早晨|清晨|深夜|晚"
# the parts of a day written right after its date (同日下午，…; 31日晚至1月1日凌晨: the hour a span starts at)
DAY_PARTS = "上午|下午|晚上|中午|傍晚|凌晨|早上|晚间|夜间|晚"


def cn_to_int(s: str) -> int | None:
    """'12', '１２', '十二', '二十三', '廿一', '三十' → int; None when not a numeral."""
    s = s.translate(_FULLWIDTH).strip()
    if not s:
        return None
    if s == "元":  # 元月: the first month
        return 1
    if s.isdigit():
        return int(s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGIT.get(tens, None) if tens else 1
        o = _CN_DIGIT.get(ones, None) if ones else 0
        if t is None or o is None or len(tens) > 1 or len(ones) > 1:
            return None
        return t * 10 + o
    if all(ch in _CN_DIGIT for ch in s):
        return int("".join(str(_CN_DIGIT[ch]) for ch in s))
    return None


def int_to_cn(n: int) -> str:
    """Inverse of cn_to_int for 1..99, the way chronicles write days and months (十二, 二十三)."""
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


@dataclass(frozen=True, slots=True)
class DatePrefix:
    """The date a line starts with, before year/month are known."""

    kind: str  # day | month | xun | season | year | same_day | next_day | same_month
    end: int  # length of the prefix in the line (date, separator and marker)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year2: int | None = None
    month2: int | None = None
    day2: int | None = None
    xun: str | None = None  # 上 | 中 | 下, or two of them (中下: 中下旬, 上、中旬)
    xun_end: str | None = None  # the 旬 of month2 a range ends in (12月下旬至1月上旬)
    following: str | None = None  # year | month: the range ends in the next one (30日至次年1月2日, 28日至次月3日);
    # day: it ends the next day (8日至次日)
    # 春 | 夏 | 秋 | 冬, a quarter Q1 … Q4 (Q: the month in force's, 本季度), a half H1 H2, or Q1-2 Q1-3 (前三季度)
    season: str | None = None
    bullet: bool = False  # a marker stood before a real date: a bullet, not "same day"


# what stands between a date and its text (1月3日——市委…: a dash too; 4月8日｜… in web lists, 4月8日丨… as accounts write it)
_SEP = r"(?:\s*(?:[，,：:、．.；;｜|/／丨]|[—－–―-]{1,2})\s*|\s+)?"
_DAY_FULL = re.compile(
    rf"""^(?:(?P<y>{YEAR})\s*年\s*(?:[，,]\s*(?=\d{{1,2}}\s*月))?)?  # (2018年,9月18日: a stray comma after the year)
    (?:(?P<m>{MONTH})\s*月\s*(?:份\s*)?)?
    (?P<d>{NUM})\s*(?P<r1>日|号(?![线楼院馆机井门桥台站地文令车船厅库坝仓隧泊码航窗箱柜口房舍区段位路街]))?  # (not 2号线, 1号楼)
    (?:(?<=[日号])(?:{DAY_PARTS})(?=\s*(?:[至到]|{DASH}{{1,2}})\s*(?:(?:{YEAR}\s*年\s*)?(?:{MONTH}\s*月\s*)?{NUM}\s*[日号]|次日|翌日)))?  # 31日晚至1月1日凌晨, 8日上午—9日: the hour a span starts at
    (?:(?:(?:(?:{RANGE_SEP}|\s*、\s*){NUM}\s*[日号]?)*(?:{RANGE_SEP}|\s*、\s*)  # 7、8日, 9日、10日 and 7、8、9日 are the span of the days
                                                                       # (and 3—4日、6日, 8日、10—11日)
          |(?<=[日号])\s*[和及]\s*(?={NUM}\s*日))  # (8日和9日 too)
       (?:(?:(?:(?P<y2>{YEAR})\s*年|(?P<ny>次年|翌年))\s*)?(?P<m2>{MONTH})\s*月\s*|(?P<nm>次月|翌月|下月)\s*)?
       (?P<d2>{NUM})(?:\s*(?P<r2>[日号])|(?=\s|[，,：:]))|{RANGE_SEP}(?P<nd>次日|翌日))?  # 8日至次日: the next day
    """,
    re.X,
)
# "1  我市…": a bare day number followed by two or more spaces (one chronicle style; enabled per section).
_DAY_BARE = re.compile(rf"^(?P<d>\d{{1,2}}|[1-9]\d{{2,3}}(?=\s))(?:\s*(?:至|{DASH})\s*(?P<d2>\d{{1,2}})\s*日?)?(?=\s{{2,}}\S|\t)"
                       r"(?!\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\s*(?:19|20)\d{2}[-/.．]\d{1,2}[-/.．]\d{1,2})")
# (1\t1月3日\t…, 1\t2023年1月3日\t…, 1\t2023-01-03\t…: a table's number column, then the date)
# "710日", "1231日": a month and a day run together, the 月 lost when a web page was copied (71日 is 7月1日; two
# digits are read by _DAY_FULL, and split when no day is that large: see split_glued)
_DAY_GLUED = re.compile(rf"^(?P<d>[1-9]\d{{2,3}})\s*日(?:\s*(?:至|{DASH})\s*(?P<d2>\d{{1,2}})\s*日?)?")
# "19—20" alone on its line, as day headings without 日 (the entry's text on the lines after it)
_DAY_RANGE_ALONE = re.compile(rf"^(?P<d>\d{{1,2}})\s*(?:{DASH}{{1,2}}|至)\s*(?P<d2>\d{{1,2}})\s*$")
# what may follow a month of digits glued to its text (1月中共…, 2月根据…): a word of the text, not 5月份, 3月底, 6月起,
# 上旬; and a month's start or end so glued (1月初永定区…): not 1月初步, 3月底前, 正月初一
GLUED_MONTH_GOES_ON = r"(?=[\u4e00-\u9fff])(?![份日号底初末间内起至到以的里前后]|[上中下]旬)"
GLUED_PART_GOES_ON = r"(?=[\u4e00-\u9fff])(?![一二三四五六七八九十步前后以的起至到间内])"
_MONTH_ONLY = re.compile(
    rf"^(?:(?P<y>{YEAR})\s*年\s*)?(?P<m>{MONTH})\s*(?:{RANGE_SEP}(?P<m2a>{MONTH})\s*)?月\s*(?:份)?\s*"  # 1—2月
    rf"(?:(?P<xun>[上中下](?:[、，,]?[中下])?)旬(?:{RANGE_SEP}(?P<xun2>[中下])旬)?)?"
    # 2月上旬至3月, 12月下旬至1月上旬 (into the next year); 3月底至4月初 (the months their precision)
    rf"(?:(?:初|底|末)(?={RANGE_SEP}(?:{MONTH}\s*月|年[底末终])))?"
    # (12月至1950年2月: the next year's month, named with its year)
    rf"(?:{RANGE_SEP}(?:(?:(?P<y2>{YEAR})\s*年\s*|(?P<ny>次年|翌年))?(?P<m2>{MONTH})\s*月(?:份)?(?:\s*(?P<xun_end>[上中下])旬)?"
    rf"|(?P<year_end>年底|年末|年终)))?"  # (8月中旬至年底: to December's end)
    # 8月底，… 2月初 …: the part of the month is the date's, not the text's (the month is the precision)
    rf"(?:\s*(?:初|底|末|中)(?=\s*[，,：:、]|\s+\S)|(?<=\d月)[初底末](?=[\u4e00-\u9fff]))?"
    rf"(?=\s*[，,：:、【\[]|\s+\S|\s*(?:间|内|起|以来)"
    # 1月中共蓬莱县委召开…: a month glued to its text (older county annals), of digits only (not 十月革命);
    # chronicle.py takes it only after a finished entry
    rf"|(?<=\d月){GLUED_MONTH_GOES_ON}"
    # (or its start or end so glued, 1月初永定区…)
    rf"|(?<=\d月[初底末]){GLUED_PART_GOES_ON})"
)
# the month of the entry before, named by no number (同月，…, 是月25日, 本月下旬, 该月)
THIS_MONTH = "同月|是月|本月|当月|该月"
# … and the year so named (是年，…, 同年春, 本年度)
THIS_YEAR = "是年|同年|本年|当年|该年"
# "中旬，…" under a month heading (or 本月下旬，…): the 旬 of the month in context.
# (下旬至2月上旬: into the next month, as in _MONTH_ONLY)
_XUN_ONLY = re.compile(rf"^(?:{THIS_MONTH}|月)?(?P<xun>[上中下](?:[、，,]?[中下])?)旬(?:{RANGE_SEP}(?P<xun2>[中下])旬)?"
                       rf"(?:{RANGE_SEP}(?P<m2>{MONTH})\s*月(?:份)?(?:\s*(?P<xun_end>[上中下])旬)?)?"
                       rf"(?:期间|以来)?(?=\s*[，,：:]|\s+\S"
                       # (or glued to its text, as a book's run-on entries are: 上旬县委…; not 上旬召开 on a
                       # broken line)
                       rf"|(?<=旬)(?![召举开在的前后以期内起至到间末初将再才就即完已结])[\u4e00-\u9fff])")
# 上半月，… / 下半月 …: half of the month in context (its days as a 旬's are: precision xun)
_HALF_MONTH = re.compile(rf"^(?:{THIS_MONTH})?(?P<h>[上下前后])半月(?=\s*[，,：:]|\s+\S)")
# a season, or a quarter (一季度, 第二季度: its three months, with precision season)
# (two seasons in a row, 夏秋间, 秋冬, 冬春之交: from the first's start to the second's end; 夏秋之交 may be glued
# to its text: 夏秋之交全区暴雨成灾)
_SEASON = re.compile(rf"^(?:(?P<y>\d{{4}})\s*年\s*|{THIS_YEAR})?(?:(?P<s>春|夏|秋|冬)(?P<s2>(?<=春)夏|(?<=夏)秋|(?<=秋)冬|(?<=冬)春)?"
                     r"(?:季|天|间|之交|之际)?|第?(?P<q>[一二三四1-4])季度"
                     r"|(?P<h>上|下)半年|前(?P<qs>[二三两])季度"
                     # (本季度, 是季: the quarter of the month in force; Q until the chronicle knows it)
                     r"|(?P<tq>本|是|当|该|同)季度?)(?=\s*[，,：:]|\s+\S|(?<=之交|之际)[\u4e00-\u9fff])")  # (上半年, 前三季度: their months)
# "1950年 华东农林部…", "1901年（光绪二十七年） 袁世凯…": a year alone before the text, in a chronicle whose
# items each say only their year (enabled per section, as bare days are: inside a dated entry 2012年, is text)
# 【2007年】恩施市…: the year in brackets ("on this day" lists)
YEAR_IN_BRACKETS = re.compile(r"[【\[〔［]\s*(?P<y>(?:1\d|20)\d{2})\s*年\s*[】\]〕］]")
# (or glued to its text in a list whose items each open with their year, 1953年为纪念…: not 1953年度, 年代, 年底…)
YEAR_PREFIX = re.compile(r"^(?P<y>(?:1\d|20)\d{2})\s*年\s*(?:[（(][^（）()]{1,16}[)）])?(?:\s*[，,：:]\s*|\s+"
                         r"|(?<=年)(?=[\u4e00-\u9fff])(?![度代前后内间来起至到以的里中初底末份终春夏秋冬上下全第]))(?=[^\s\d])")
# (or with its number: 1958年底，…, 1959年初，…, 二〇二〇年初，…)
_YEAR_ITEM = re.compile(r"^(?:(?P<y>(?:1\d|20)\d{2}|[一二][〇零一二三四五六七八九Oo○Ｏ]{3})\s*(?=年[内初中底末终]))?"
                        rf"(?:(?:{THIS_YEAR}|全年)(?:度)?|年内|年初|年中|年底|年末|年终)(?=\s*[，,：:]|\s)")
# the year's start, then a span to a month (年初至3月, 2020年初至5月底)
_YEAR_START_TO = re.compile(rf"^(?:(?P<y>{YEAR})\s*)?年初(?={RANGE_SEP}\s*{MONTH}\s*月)")
_YEAR_START_FIRSTS = frozenset("年0123456789一二")  # (二〇二〇年初至3月)
_SAME_DAY = re.compile(r"^(?:同日|是日|当日|同天|当天)(?=\s*[，,：:]|\s|[^\s])")
_NEXT_DAY = re.compile(r"^(?:次日|翌日|第二天)(?=\s*[，,：:]|\s|[^\s至到])")  # the day after the entry before
_SAME_MONTH = re.compile(rf"^(?:(?:{THIS_MONTH})(?:份|初|底|末)?(?=\s*[，,：:]|\s|[^\s])"  # (本月底，…)
                         r"|(?:月初|月中|月底|月末|月内|近日|日前|连日来|近期)(?=\s*[，,：:]|\s))")  # not 月底前完成 on a broken line
_SAME_MONTH_DAY = re.compile(rf"^(?:{THIS_MONTH})\s*(?=\d{{1,2}}\s*(?:日|{DASH}))")
_SEP_AFTER = re.compile(_SEP)
# "2023-01-03 市委…": an ISO-style date at the start of a line (web lists)
_DAY_ISO = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*[-/.．]\s*(?P<m>\d{1,2})\s*[-/.．]\s*(?P<d>\d{1,2})(?![\d.．]|[:：]\d)(?!\s*\d{1,2}\s*[:：]\d{2})")  # not a timestamp
# "5.6 市政府召开…": a month and day with a dot (or a slash: 5/6), in a list that writes every day so (enabled per section: a
# single 3.5 at a line's start is a number)
# (a span too: 6.1—2, 6.28—7.3)
DAY_DOTTED = re.compile(rf"^(?P<m>\d{{1,2}})[.．/](?P<d>\d{{1,2}})(?:{DASH}{{1,2}}(?:(?P<m2>\d{{1,2}})[.．/])?(?P<d2>\d{{1,2}}))?"
                        r"(?![\d.．%/])(?:\s*[，,：:、]\s*|\s+)(?=\S)"
                        # (a web list's month and day, both of two digits, with a hyphen or a slash: 01-03 市委…, or
                        # alone on its line over the item)
                        r"|^(?P<m3>0[1-9]|1[0-2])[-/](?P<d3>[0-3]\d)(?![\d.．%/-])(?:(?:\s*[，,：:、]\s*|\s+)(?=\S)|\s*$)"
                        # (… or with a dot, alone on its line over the item's headline: 03.19)
                        r"|^(?P<m4>0[1-9]|1[0-2])[.．](?P<d4>[0-3]\d)\s*$")
# a news item's byline: （记者 张三 通讯员 李四）
_BYLINE = r"[（(](?:记者|通讯员|见习记者|本报记者)[^（()）]{0,40}[）)]"
# "1月3日（星期二），…": the weekday after a date belongs to the prefix (1月3日 周四 …, 1月3日，星期四，…)
# ... and so do the lunar date or the festival said beside it: 2月5日（正月初一）, 4月23日（农历三月二十六日）,
# 2月4日（除夕）, and a news dateline's 讯
# the festivals of the lunar calendar (their day moves through the solar months)
LUNAR_FESTIVALS = "除夕|春节|小年|元宵节?|端午节?|七夕|中秋节?|重阳节?"
_LUNAR_OR_FESTIVAL = (r"(?:农历)?(?:正|腊|冬|闰?[一二三四五六七八九十]{1,2})月(?:初|十|廿|二十|三十)?[一二三四五六七八九十]?日?"
                      rf"|{LUNAR_FESTIVALS}|清明节?|国庆节?|元旦|劳动节")
_DATE_ASIDE = re.compile(r"\s*(?:(?:星期|礼拜|周)[一二三四五六日天](?=\s|[，,]|$)|[，,]\s*(?:星期|礼拜)[一二三四五六日天](?=\s*[，,])|[（(]\s*(?:(?:星期|周|礼拜)[一二三四五六日天]"
                      r"(?:\s*(?:至|到|—|－|–|-|~|～)\s*(?:星期|周|礼拜)?[一二三四五六日天])?"  # (（星期一至星期三）: a span's)
                      rf"|{_LUNAR_OR_FESTIVAL}|周末|双休日)\s*[）)]"  # (9月7日—8日（周末）)
                      # a news dateline (5月11日讯) and the byline after it: （记者 张三 通讯员 李四）
                      rf"|讯(?=[\s（(，,：:])(?:\s*{_BYLINE})?"
                      # (31日前后 …, 5日左右，…: an approximate day is still the day)
                      r"|(?:前后|左右)(?=\s|[，,]))")
# 农历正月初八（2月17日），… / 元宵节（2月24日），…: the lunar date or the festival first, the day in brackets after it
_LUNAR_FIRSTS = frozenset("农正腊冬闰一二三四五六七八九十除春小元清端七中重国劳")  # (what it opens with: a cheap test first)
_LUNAR_FIRST = re.compile(rf"^(?:{_LUNAR_OR_FESTIVAL})(?:前夕|当天|期间)?\s*[（(]")
# 元旦，… / 国庆节，… / “三八”妇女节，…: a festival of a fixed day alone before the text is that day (not 元旦期间,
# 国庆前夕: a span around it, an item of the month)
_FIXED_FESTIVALS = {"元旦": (1, 1), "三八": (3, 8), "植树节": (3, 12), "五一": (5, 1), "劳动节": (5, 1), "五四": (5, 4),
                    "青年节": (5, 4), "六一": (6, 1), "儿童节": (6, 1), "七一": (7, 1), "建党节": (7, 1), "八一": (8, 1),
                    "建军节": (8, 1), "教师节": (9, 10), "国庆": (10, 1), "国庆节": (10, 1)}
_FIXED_FESTIVAL = re.compile(rf"^[“\"]?({'|'.join(sorted(_FIXED_FESTIVALS, key=len, reverse=True))})[”\"]?"
                             r"(?:国际)?(?:妇女节|劳动节|青年节|儿童节|建党节|建军节|节)?(?=\s*[，,：:])")
_FIXED_FESTIVAL_FIRSTS = frozenset("“\"" + "".join(w[0] for w in _FIXED_FESTIVALS))
# "【1月3日】市委…", "（12日）市长…": a date in brackets
_BRACKETS = {"【": "】", "[": "]", "〔": "〕", "［": "］", "（": "）", "(": ")"}


def _after_aside(line: str, pos: int) -> int:
    m = _DATE_ASIDE.match(line, pos)
    return m.end() if m else pos


def _skip_sep(line: str, pos: int) -> int:
    m = _SEP_AFTER.match(line, pos)
    return m.end() if m else pos


def _xun(m: re.Match[str]) -> str | None:
    """The 旬 a prefix names, from the first to the last (中旬至下旬 → 中下)."""
    xun = m.group("xun")
    return xun and xun[0] + (m.group("xun2") or xun[1:])


# An item's number: 1. 1、 （3） 一、 （四） ①
ITEM_NUMBER = r"(?:[\u2460-\u2473]\s*|\d{1,3}\s*[.．、]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．])"
# … or a point of a list said in words (一是…；二是…)
# what an item's number opens with (a cheap test before ITEM_NUMBER)
ITEM_NUMBER_FIRST = frozenset("0123456789（(一二三四五六七八九十") | frozenset(map(chr, range(0x2460, 0x2474)))  # (①…⑳)
POINT_NUMBER = rf"(?:[一二三四五六七八九十]{{1,2}}是|{ITEM_NUMBER})"
# "1. 5月6日，…", "（3）5月9日 …", "一、1月5日": items numbered before their dates
# (and a table's number column before its date column: 1\t1月3日\t…, | 1 | 1月3日 | … |)
_ENUMERATOR = re.compile(rf"{ITEM_NUMBER}\s*|\d{{1,4}}(?:\t|\s{{2,}})\s*")


_NEWS_LEAD = re.compile(rf"(?:【(?:本报讯|又讯|另讯)】|本报讯|又讯|另讯)\s*(?:{_BYLINE})?\s*")


def match_prefix(line: str, *, bare_days: bool = False, year_items: bool = False,
                 dotted: bool = False, numbered: bool = False) -> DatePrefix | None:
    """Read the date prefix at the start of `line` (already left-stripped, in simplified characters), or None.
    `bare_days`: a day number and spaces starts an entry; `year_items`: so does a year alone (1950年 …);
    `dotted`: so does a month and day with a dot (5.6 …); `numbered`: so does an item's number and a day
    (1. 3日，…)."""
    if numbered and line[:1] not in "0123456789" and (item := _after_number(line, numbered=True)) is not None:
        return item  # (四、10日，…: the item's number, not the days 4 and 10)
    found = _match_prefix(line, bare_days=bare_days, year_items=year_items, dotted=dotted)
    if (found is not None and found.kind in ("day", "xun", "month") and line[found.end:found.end + 1] in "起以开"
            and (since := _SINCE_AFTER.match(line, found.end)) is not None):
        return replace(found, end=_skip_sep(line, since.end()))  # 9月10日起，… 10月以来，…: from that date on
    if found is None and line[:1] in "自从截" and (lead := _SINCE_BEFORE.match(line)) is not None:
        # 自9月10日起，…, 截至9月底，…: from or up to that date, the word part of the prefix (see chronicle.py: not
        # where a line break cut a sentence before it)
        inner = match_prefix(line[lead.end():])
        if inner is not None and inner.kind in ("day", "xun", "month") and (
                lead.group(0)[:1] == "截" or _SINCE_AFTER.search(line, lead.end(), lead.end() + inner.end) is not None):
            return replace(inner, end=lead.end() + inner.end)  # (自 and 从 with 起 after the date: 自…起)
    if found is None and line[:1] in "本又另【" and (news := _NEWS_LEAD.match(line)) is not None:
        # 本报讯（记者 甲）5月10日，… / 又讯 5月29日，…: a news item's lead, then the entry's own date
        inner = _match_prefix(line[news.end():])
        if inner is not None and inner.kind == "day":
            return replace(inner, end=news.end() + inner.end)
    if found is None and line[:1] in "时日" and (label := DATE_LABEL.match(line)) is not None:
        # 时间：2024年1月3日 / 事件：…: a web table's rows as labelled lines, the label part of the prefix
        inner = _match_prefix(line[label.end():])
        after = line[label.end() + inner.end:] if inner is not None else ""
        if inner is not None and inner.kind in ("day", "xun", "month") and (not after or ROW_TEXT_LABEL.match(after)):
            # (not 日期:2008-04-01    来源:通州区政府, a web page's header)
            return replace(inner, end=label.end() + inner.end)
    if found is None and line[:1] in _LUNAR_FIRSTS and (lunar := _LUNAR_FIRST.match(line)) is not None:
        close = line.find("）" if line[lunar.end() - 1] == "（" else ")", lunar.end())
        inner = _match_prefix(line[lunar.end():close]) if close > 0 else None
        if inner is not None and inner.kind == "day" and inner.end >= close - lunar.end():
            return replace(inner, end=_skip_sep(line, close + 1))
    if found is None and line[:1] in _FIXED_FESTIVAL_FIRSTS and (fest := _FIXED_FESTIVAL.match(line)) is not None:
        month, day = _FIXED_FESTIVALS[fest.group(1)]
        return DatePrefix("day", _skip_sep(line, fest.end()), month=month, day=day)
    if found is None and (era := _ERA_BESIDE.match(line)) is not None:
        # 1937年（民国二十六年）7月7日，… / 民国二十七年（1938年）3月，…: an older annal's reign or republic year beside
        # the year, read without it
        year = era.group("y") or era.group("y2")
        inner = _match_prefix(f"{year}年{line[era.end():]}")
        if inner is not None and inner.kind != "year":
            return replace(inner, end=inner.end + era.end() - len(year) - 1)
    if found is None:
        return _after_number(line, numbered=numbered)
    return found


# a date's span said open (9月10日起，…, 10月以来，…) or with its word before it (自9月10日起，…, 截至9月底，…)
_SINCE_AFTER = re.compile(r"(?:起|以来|开始)(?=\s*[，,：:]|\s)")
_SINCE_BEFORE = re.compile(r"(?:自|从|截至|截止(?:到)?)\s*(?=(?:\d{4}\s*年\s*)?\d{1,2}\s*月)")


def _after_number(line: str, *, numbered: bool) -> DatePrefix | None:
    """The date after an item's number at the line's start, the number the item's: only a day with its month (not
    1. 6日, nor 1. 5月底前完成…, a numbered point inside an entry), or a day alone and a separator (1. 3日，…) in a
    list whose items are so numbered (`numbered`)."""
    if (en := _ENUMERATOR.match(line)) is None or (inner := _match_prefix(line[en.end():])) is None or inner.kind != "day":
        return None
    separated = line[en.end() + inner.end - 1] not in "日号"
    return replace(inner, end=en.end() + inner.end) if inner.month is not None or (numbered and separated) else None


def _match_prefix(line: str, *, bare_days: bool = False, year_items: bool = False,
                  dotted: bool = False) -> DatePrefix | None:
    if not line:
        return None
    pos = 0
    bullet = False
    if line[:1] in BULLETS:
        pos = 1
        while pos < len(line) and line[pos] in BLANKS:
            pos += 1
        bullet = True
    rest = line[pos:]
    close = _BRACKETS.get(rest[:1])
    if close:  # 【1月3日】: the date inside, the bracket closing it part of the prefix
        end = rest.find(close, 1, 24)
        inner = match_prefix(rest[1:end].strip()) if end > 0 else None
        if inner is not None and inner.kind == "day" and inner.end >= len(rest[1:end].strip()):
            return replace(inner, end=pos + _skip_sep(rest, end + 1), bullet=bullet)
        if year_items and end > 0 and (ym := YEAR_IN_BRACKETS.fullmatch(rest, 0, end + 1)) is not None:
            return DatePrefix("year", pos + _skip_sep(rest, end + 1), year=int(ym.group("y")), bullet=bullet)
    m = _DAY_ISO.match(rest)
    if m:
        return DatePrefix("day", pos + _skip_sep(rest, _after_aside(rest, m.end())), year=int(m.group("y")),
                          month=int(m.group("m")), day=int(m.group("d")), bullet=bullet)
    m = _DAY_FULL.match(rest)
    if m and not m.group("r1") and (not (m.group("d2") and m.group("r2")) or (m.group("m2") and not m.group("m"))):
        m = None  # (1、8月7日: a bare number before a date with its month is the item's number, no range)
    if m:
        y, mo, d = m.group("y"), m.group("m"), m.group("d")
        return DatePrefix(
            "day", pos + _skip_sep(rest, _after_aside(rest, m.end())),
            year=cn_to_int(y) if y else None, month=cn_to_int(mo) if mo else None, day=cn_to_int(d),
            year2=cn_to_int(m.group("y2")) if m.group("y2") else None,
            month2=cn_to_int(m.group("m2")) if m.group("m2") else None,
            day2=cn_to_int(m.group("d2")) if m.group("d2") else None,
            following="year" if m.group("ny") else "month" if m.group("nm") else "day" if m.group("nd") else None,
            bullet=bullet,
        )
    m = _DAY_GLUED.match(rest)
    if m and split_glued(int(m.group("d")), None):
        return DatePrefix("day", pos + _skip_sep(rest, _after_aside(rest, m.end())), day=int(m.group("d")),
                          day2=int(m.group("d2")) if m.group("d2") else None, bullet=bullet)
    if dotted and (m := DAY_DOTTED.match(rest)) is not None:
        if m.group("m3") or m.group("m4"):  # (01-03 市委…, 03.19 alone)
            return DatePrefix("day", pos + m.end(), month=int(m.group("m3") or m.group("m4")),
                              day=int(m.group("d3") or m.group("d4")), bullet=bullet)
        if 1 <= int(m.group("m")) <= 12:
            return DatePrefix("day", pos + m.end(), month=int(m.group("m")), day=int(m.group("d")),
                              month2=int(m.group("m2")) if m.group("m2") else None,
                              day2=int(m.group("d2")) if m.group("d2") else None, bullet=bullet)
    m = _DAY_RANGE_ALONE.match(rest)
    if m and 1 <= int(m.group("d")) < int(m.group("d2")) <= 31:
        return DatePrefix("day", pos + m.end(), day=int(m.group("d")), day2=int(m.group("d2")), bullet=bullet)
    if bare_days:
        m = _DAY_BARE.match(rest)
        if m and 1 <= int(m.group("d")) <= 31:
            return DatePrefix("day", pos + _skip_sep(rest, m.end()), day=int(m.group("d")),
                              day2=int(m.group("d2")) if m.group("d2") else None, bullet=bullet)
        if m and not m.group("d2") and len(d := m.group("d")) > 2 and split_glued(int(d), None) is not None:
            # 422  我县…: a month and a day run together, both 月 and 日 lost (split by the chronicle, as 71日 is)
            return DatePrefix("day", pos + _skip_sep(rest, m.end()), day=int(d), bullet=bullet)
        if m and not m.group("d2") and len(d := m.group("d")) == 2 and d[0] < d[1]:
            # 57  政协…会议举行: no day 57, but 5 to 7 whose ～ a copy lost (the digits rising, as a span's do)
            return DatePrefix("day", pos + _skip_sep(rest, m.end()), day=int(d[0]), day2=int(d[1]), bullet=bullet)
    m = _MONTH_ONLY.match(rest)
    shift = 0
    if m is None and rest[:1] in _YEAR_START_FIRSTS and (ys := _YEAR_START_TO.match(rest)) is not None:
        # 年初至3月，… (2020年初至3月): from January's start, read as 1月初至3月 is
        written = f"{ys.group('y') or ''}{'年' if ys.group('y') else ''}1月初"
        m, shift = _MONTH_ONLY.match(written + rest[ys.end():]), ys.end() - len(written)
    if m:
        kind = "xun" if m.group("xun") else "month"
        return DatePrefix(
            kind, pos + _skip_sep(rest, m.end() + shift),
            year=cn_to_int(m.group("y")) if m.group("y") else None, month=cn_to_int(m.group("m")),
            month2=cn_to_int(m2) if (m2 := m.group("m2a") or m.group("m2")) else 12 if m.group("year_end") else None,
            xun=_xun(m), year2=cn_to_int(m.group("y2")) if m.group("y2") else None,
            following="year" if m.group("ny") else None, xun_end=m.group("xun_end"), bullet=bullet,
        )
    m = _XUN_ONLY.match(rest)
    if m:
        return DatePrefix("xun", pos + _skip_sep(rest, m.end()), xun=_xun(m), bullet=bullet,
                          month2=cn_to_int(m.group("m2")) if m.group("m2") else None, xun_end=m.group("xun_end"))
    m = _HALF_MONTH.match(rest)
    if m:
        return DatePrefix("xun", pos + _skip_sep(rest, m.end()), xun="前" if m.group("h") in "上前" else "后",
                          bullet=bullet)
    m = _SEASON.match(rest)
    if m:
        return DatePrefix("season", pos + _skip_sep(rest, m.end()),
                          year=int(m.group("y")) if m.group("y") else None,
                          season=(m.group("s") + (m.group("s2") or "")) if m.group("s") else
                          f"Q{cn_to_int(m.group('q'))}" if m.group("q") else
                          f"H{'上下'.index(m.group('h')) + 1}" if m.group("h") else
                          "Q" if m.group("tq") else
                          f"Q1-{3 if m.group('qs') == '三' else 2}", bullet=bullet)
    if year_items and (m := YEAR_PREFIX.match(rest)) is not None:
        return DatePrefix("year", pos + m.end(), year=int(m.group("y")), bullet=bullet)
    m = _YEAR_ITEM.match(rest)
    if m:
        return DatePrefix("year", pos + _skip_sep(rest, m.end()), year=cn_to_int(m.group("y")) if m.group("y") else None,
                          bullet=bullet)
    m = _SAME_DAY.match(rest)
    if m:
        return DatePrefix("same_day", pos + _skip_sep(rest, m.end()))
    m = _NEXT_DAY.match(rest)
    if m:
        return DatePrefix("next_day", pos + _skip_sep(rest, m.end()))
    m = _SAME_MONTH_DAY.match(rest)
    if m and (inner := _match_prefix(rest[m.end():])) is not None and inner.kind == "day" and inner.month is None:
        return replace(inner, end=pos + m.end() + inner.end, bullet=bullet)  # 是月25日: a day of the month before
    m = _SAME_MONTH.match(rest)
    if m:
        return DatePrefix("same_month", pos + _skip_sep(rest, m.end()))
    if bullet and line[0] in MARKERS:
        return DatePrefix("same_day", pos)
    return None


# 10月31日，历史上的今天… / 历史上的今天：2月1日: a list of what happened on this day in other years
_ON_THIS_DAY = re.compile(r"(?:(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日[^。]{0,8}?历史上的今天"
                          r"|历史上的今天[^。\d]{0,12}?(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日)")


def on_this_day(line: str) -> tuple[int, int] | None:
    """(month, day) of an "on this day" heading (10月31日，历史上的今天，…), or None."""
    if "历史上的今天" not in line or (m := _ON_THIS_DAY.search(line)) is None:
        return None
    month, day = int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def on_day_prefix(line: str, on_day: tuple[int, int] | None) -> DatePrefix | None:
    """The day of an "on this day" list at a line's start with its 月 and 日 lost (720，… under 7月20日; 1031，…),
    a separator after it; None where the line opens otherwise."""
    if on_day is None or not line[:1].isdigit():
        return None
    month, day = on_day
    for digits in (f"{month}{day:02d}", f"{month:02d}{day:02d}", f"{month}{day}"):
        if line.startswith(digits) and line[len(digits):len(digits) + 1] in ("，", ",", "、", " ", "\u3000"):
            return DatePrefix("day", _skip_sep(line, len(digits)), month=month, day=day)
    return None


def split_glued(n: int, month_in_force: int | None) -> tuple[int, int] | None:
    """(month, day) of a day number too large to be one (71 → 7月1日, 1231 → 12月31日), the 月 between them
    lost: the month in force or one after it (a chronicle runs forward; 32日 under September is a typo, not
    March), of two readings (111: 1月11日 or 11月1日) the nearer."""
    if n <= 31:
        return None
    digits = str(n)
    readings = [(int(digits[:k]), int(digits[k:])) for k in (1, 2)
                if k < len(digits) and digits[k] != "0" and 1 <= int(digits[:k]) <= 12 and 1 <= int(digits[k:]) <= 31
                and (month_in_force is None or int(digits[:k]) >= month_in_force)]
    return min(readings, key=lambda r: r[0]) if readings else None


def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# the days of a 旬 (下旬 to the month's end), and of a half month (前: 上半月, 后: 下半月 to the month's end)
_XUN = {"上": (1, 10), "中": (11, 20), "前": (1, 15), "后": (16, 0)}
_SEASON_MONTHS = {"春": (3, 5), "夏": (6, 8), "秋": (9, 11), "冬": (12, 14),
                  "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12),
                  "H1": (1, 6), "H2": (7, 12), "Q1-2": (1, 6), "Q1-3": (1, 9)}  # (halves, 前三季度)


class DateError(ValueError):
    """A date that cannot exist (32日, 2月30日, a range ending before it starts)."""


def day_range(year: int, month: int, day: int, year2: int | None, month2: int | None,
              day2: int | None) -> tuple[dt.date, dt.date]:
    """Start and end of a day or day range; a bare end day smaller than the start crosses into the next month."""
    try:
        start = dt.date(year, month, day)
    except ValueError:
        raise DateError(f"no such date {year}-{month:02d}-{day:02d}") from None
    if day2 is None:
        return start, start
    y2 = year2 or year
    m2 = month2 or month
    if month2 is None and day2 < day:
        if day >= 20 and day2 <= 10:  # "30—2日": the range runs into next month
            m2 = month % 12 + 1
            y2 = year + (1 if month == 12 else 0)
        else:
            raise DateError(f"range ends before it starts ({day}日 to {day2}日)")
    elif month2 is not None and year2 is None and month2 < month:
        y2 = year + 1  # "12月30日至1月2日"
    try:
        end = dt.date(y2, m2, day2)
    except ValueError:
        raise DateError(f"no such date {y2}-{m2:02d}-{day2:02d}") from None
    if end < start:
        raise DateError(f"range ends before it starts ({start} to {end})")
    return start, end


def unit_range(kind: str, year: int, month: int | None = None, xun: str | None = None,
               season: str | None = None, month2: int | None = None,
               xun_end: str | None = None, year2: int | None = None) -> tuple[dt.date, dt.date]:
    """The span of a month, a 旬, a season or a year; a range of months ends in month2 of year2 (when not
    said, of the next year when it is the smaller: 12月至1月), at its 旬 xun_end when one is named."""
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if kind == "season":
        season = season or "春"
        if len(season) == 2 and season[1] in "春夏秋冬":  # 夏秋, 冬春: the first's start to the second's end
            a, b = _SEASON_MONTHS[season[0]][0], _SEASON_MONTHS[season[1]][1]
            b += 12 if b < a else 0  # (冬春: into the next year)
        else:
            a, b = _SEASON_MONTHS[season]
        end_year, end_month = (year + 1, b - 12) if b > 12 else (year, b)
        return dt.date(year, a, 1), dt.date(end_year, end_month, month_end(end_year, end_month))
    if month is None or not 1 <= month <= 12:
        raise DateError(f"no such month {month}")
    if month2 is not None and not 1 <= month2 <= 12:
        raise DateError(f"no such month {month2}")
    if month2 and (month2 != month or year2 not in (None, year)):
        if year2 is None or year2 < year:
            year2 = year + 1 if month2 < month else year
        first = _XUN.get((xun or "上")[0], (21, 0))[0] if kind == "xun" else 1
        last = _XUN.get(xun_end, (0, month_end(year2, month2)))[1] if xun_end else month_end(year2, month2)
        return dt.date(year, month, first), dt.date(year2, month2, last)
    if kind == "xun":  # 上旬, 中下旬 (from the first 旬 named to the last)
        a = _XUN.get((xun or "下")[0], (21, 0))[0]
        b = _XUN.get((xun or "下")[-1], (0, 0))[1] or month_end(year, month)
        return dt.date(year, month, a), dt.date(year, month, b)
    return dt.date(year, month, 1), dt.date(year, month, month_end(year, month))


@dataclass(frozen=True, slots=True)
class Period:
    """What the caller (or a heading) says the chronicle covers: a year, or a year and month."""

    year: int
    month: int | None = None

    def __str__(self) -> str:
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"


# --period as YYYY or YYYY-MM, or as people write it otherwise (a harness's or a manifest's): 2024.09, 2024/9, 202409,
# 2024-09-01, 2024-Q3,
# 2024年9月, 二〇一九年十月份, 2024年第三季度; a span (2024-07/2024-09, 2024-07..2024-09, 2024年7月至9月) by its start.
_PERIOD_SPAN_REST = re.compile(r"\s*(?:\.\.|/(?=\s*\d{4})|--|[—–~～至到]|\s+to\s+).*$")
_PERIOD_DIGITS = re.compile(r"^(?P<y>\d{4})(?:\s*(?:[-./]\s*|年\s*)(?P<m>\d{1,2})|(?P<m2>\d{2}))?\s*(?:月份?)?"
                            r"(?:\s*[-./]\s*\d{1,2}\s*日?)?$")
_PERIOD_QUARTER = re.compile(r"^(?P<y>\d{4})\s*(?:[-./]?\s*[Qq]|年\s*第)\s*(?P<q>[1-4一二三四])\s*(?:季度?)?$")


def _period_written(value: str) -> Period | None:
    """A year (and month) in one of the ways of writing `--period` above, or None."""
    v = _PERIOD_SPAN_REST.sub("", unicodedata.normalize("NFKC", value).strip())
    if m := _PERIOD_DIGITS.match(v):
        month = m.group("m") or m.group("m2")
        return Period(int(m.group("y")), int(month) if month else None)
    if (m := _PERIOD_QUARTER.match(v)) and (quarter := cn_to_int(m.group("q"))) is not None:
        return Period(int(m.group("y")), 3 * quarter - 2)  # (a quarter's chronicle: its first month)
    if (m := _HEAD_PERIOD.fullmatch(v.removesuffix("份"))) and m.group("y"):
        return period_in(v)
    return None


def parse_period(value: str | None) -> Period | None:
    """`--period YYYY` or `YYYY-MM` (or the same written otherwise, _period_written) → Period; anything else is a
    PeriodError."""
    if value is None or value == "":
        return None
    period = _period_written(value)
    if period is None:
        raise PeriodError(f"--period must be YYYY or YYYY-MM (or 2024年9月, 2024-Q3, 202409 …), not {value!r}")
    if period.month is not None and not 1 <= period.month <= 12:
        raise PeriodError(f"--period month must be 01..12, not {value!r}")
    return period


# A period written in a heading: 2024年9月, 2021年7-9月, 二O一九年十月份, 2015年, （2024年9月）.
_HEAD_PERIOD = re.compile(
    rf"(?P<y>{YEAR})\s*年\s*(?:(?P<m>{MONTH})\s*(?:{RANGE_SEP}{NUM}\s*)?月)?"
    r"|(?<!\d)(?P<y2>(?:19|20)\d{2})\s*[.．/-]\s*(?P<m2>\d{1,2})(?![\d.．/-])"  # 政府大事记 2023.3
    # (盐城大事记202008: a year and month of six digits beside the chronicle's name)
    r"|(?<=大事记)\s*(?P<y3>(?:19|20)\d{2})(?P<m3>0[1-9]|1[0-2])(?!\d)|(?<!\d)(?P<y4>(?:19|20)\d{2})(?P<m4>0[1-9]|1[0-2])(?=\s*大事记)"
    # (2011大事记, 大事记2011: a year of four digits beside the name, 年 left out)
    r"|(?<!\d)(?P<y5>(?:19|20)\d{2})(?=\s*大事记)|(?<=大事记)\s*(?P<y6>(?:19|20)\d{2})(?![\d.．/-])"
)


# a heading's period as a span of days (2023年12月21日至2024年1月20日大事记, 1月29日—2月4日, 2024年第1期（1月1日—10日）):
# the month it starts in, and the month it ends in where it says one
_SPAN_TO = rf"(?P<m1>{MONTH})\s*月\s*{NUM}\s*日?{RANGE_SEP}(?:{YEAR}\s*年\s*)?(?:(?P<m2>{MONTH})\s*月\s*)"
_HEAD_SPAN = re.compile(rf"{_SPAN_TO}?{NUM}\s*日")
_HEAD_SPAN_END = re.compile(rf"{_SPAN_TO}{NUM}\s*日")  # (… into a month it names)


def span_in(text: str) -> tuple[int, int] | None:
    """The months a heading's span of days starts and ends in (1月29日—2月4日: (1, 2); 1月1日—10日: (1, 1)), or None."""
    m = _HEAD_SPAN.search(text)
    if m is None:
        return None
    start, end = cn_to_int(m.group("m1")), cn_to_int(m.group("m2") or m.group("m1"))
    return (start, end) if start is not None and end is not None and 1 <= start <= 12 and 1 <= end <= 12 else None


def span_end_in(text: str) -> int | None:
    """The month a heading's span of days ends in, where it names one (1月29日—2月4日: 2), or None."""
    m = _HEAD_SPAN_END.search(text)
    month = cn_to_int(m.group("m2")) if m else None
    return month if month is not None and 1 <= month <= 12 else None


# a web page's own date in its furniture (发布日期:2022-05-16, 发表于 2007-8-27 21:31; not 更新时间, which may be
# years later), or a news page's time stamp (2006年11月16日04:35)
_PAGE_DATE = re.compile(r"(?:发布|发表|成文|印发)(?:日期|时间|于)?\s*[：:]?\s*(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})"
                        r"(?:\s*[-/.月]\s*(?P<d>\d{1,2}))?"
                        r"|(?P<y2>(?:19|20)\d{2})\s*(?:年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日|-(?P<m3>\d{1,2})-(?P<d3>\d{1,2}))"
                        r"\s*\d{1,2}:\d{2}")


def page_date(text: str) -> tuple[int, int, int | None] | None:
    """The year, month and day (if said) of a page's own date in a furniture line (发布日期:2022-05-16), or None."""
    m = _PAGE_DATE.search(text)
    if m is None:
        return None
    year, month = int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2") or m.group("m3"))
    day = m.group("d") or m.group("d2") or m.group("d3")
    return (year, month, int(day) if day else None) if 1 <= month <= 12 else None


# a yearbook's volume named near a file's start (无锡年鉴2022, 《青白江年鉴(2018)》, 2013卷保定年鉴): it records the year
# before the one it is named for
_YEARBOOK = re.compile(r"(?:年鉴|年鑑)\s*[（(]?\s*(?P<y>(?:19|20)\d{2})(?!\d)(?!\s*年)|(?P<y2>(?:19|20)\d{2})\s*卷\s*[^\s，,。]{0,12}?(?:年鉴|年鑑)")


def yearbook_year(text: str) -> int | None:
    """The year a yearbook's volume named in `text` records (无锡年鉴2022: 2021), or None."""
    m = _YEARBOOK.search(text)
    return int(m.group("y") or m.group("y2")) - 1 if m else None


def period_in(text: str) -> Period | None:
    """The first year (and month) a heading names, or None."""
    m = _HEAD_PERIOD.search(text)
    if not m:
        return None
    if m.group("y2"):
        dotted = int(m.group("m2"))
        return Period(int(m.group("y2")), dotted if 1 <= dotted <= 12 else None)
    if m.group("y3") or m.group("y4"):
        return Period(int(m.group("y3") or m.group("y4")), int(m.group("m3") or m.group("m4")))
    if m.group("y5") or m.group("y6"):
        return Period(int(m.group("y5") or m.group("y6")), None)
    y = cn_to_int(m.group("y"))
    if y is None or not 1900 <= y <= 2100:
        return None
    mo = cn_to_int(m.group("m")) if m.group("m") else None
    if mo is not None and not 1 <= mo <= 12:
        mo = None
    return Period(y, mo)


# what may stand around a heading alone on its line: a bullet and brackets before, brackets and a colon after
# (and a book's chapter number, where each year is a chapter: 第31章 1962年; or a heading's number: 一、1月份)
_HEAD_OPEN = rf"^(?:[{BULLETS}]\s*){{0,3}}(?:第[\d一二三四五六七八九十百零〇]{{1,4}}[章节篇卷]\s*|{ITEM_NUMBER}\s*)?[【〔〖『「\[（(]?\s*"
_HEAD_CLOSE = rf"\s*[】〕〗』」\]）)]?\s*[:：]?\s*(?:[{BULLETS}]\s*){{0,3}}$"  # (★ 一 月 ★, —— 2月 ——: the ornament after it too)
# what a chronicle is called after its month (2024年1月大事记, 十月份记事)
CHRONICLE_WORD = r"(?:大事记|大事記|记事|要事)"
_MONTH_HEADING = re.compile(
    rf"{_HEAD_OPEN}(?:大事记|大事記)?\s*(?:(?P<y>{YEAR})\s*年\s*)?(?P<m>{MONTH})\s*月\s*(?:份|[上下](?:半月)?)?"
    rf"(?:\s*{CHRONICLE_WORD})?{_HEAD_CLOSE}"  # (2024年1月大事记 alone on its line, or cut from the text)
    # (a quarter's months with their year, 2024年7-9月, 2024年7月至9月: the first month; its entries say theirs)
    rf"|{_HEAD_OPEN}(?P<y4>{YEAR})\s*年\s*(?P<m4>{MONTH})\s*(?:月\s*)?{RANGE_SEP}{MONTH}\s*月\s*(?:份)?{_HEAD_CLOSE}"
    # (a year and month with a dot, in brackets under a heading: （2024.9）)
    r"|^[（(]\s*(?P<y3>(?:19|20)\d{2})\s*[.．]\s*(?P<m3>\d{1,2})\s*[)）]$"
)  # (2021年4月下: a half-month issue's heading; 【五月】, （六月）, 二〇二四年九月)
# (an older annal's reign or republic year beside it: 1948年（民国三十七年）, or it first: 民国三十七年（1948年）)
# (清光绪三十年（1904年）: the dynasty before the reign)
_ERA = r"(?:民国|中华民国|(?:清|清朝|大清)?(?:光绪|宣统|同治|咸丰|道光|嘉庆|乾隆|雍正|康熙|顺治))[\d〇零一二三四五六七八九十元]{1,5}\s*年"
DATE_LABEL = re.compile(r"(?:时间|日期)\s*[：:]\s*")
_ROW_TEXT_LABELS = ("事件", "事项", "内容", "大事", "摘要")  # (… and the text's, after it or below it)
ROW_TEXT_LABEL = re.compile(rf"(?:{'|'.join(_ROW_TEXT_LABELS)})\s*[：:]\s*(?=\S)")
ROW_TEXT_LABEL_FIRST = frozenset(w[0] for w in _ROW_TEXT_LABELS)  # (a cheap test first)
_ERA_BESIDE = re.compile(rf"(?P<y>{YEAR})\s*年\s*[（(]\s*{_ERA}\s*[）)]\s*|{_ERA}\s*[（(]\s*(?P<y2>{YEAR})\s*年?\s*[）)]\s*")
# (the year's name in the sixty-year cycle beside it: 2024年（甲辰年）)
_CYCLE_YEAR = r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年?"
_YEAR_HEADING = re.compile(rf"{_HEAD_OPEN}(?:(?:公元)?(?P<y>{YEAR})\s*年度?(?:\s*[（(]\s*(?:{_ERA}|{_CYCLE_YEAR})\s*[）)])?"
                           # (2024年第三季度, 2024年上半年: a part of the year over entries that say their months)
                           r"(?:\s*(?:第?[一二三四1-4]\s*季度|[上下]半年))?"
                           rf"|{_ERA}\s*[（(]\s*(?P<y2>{YEAR})\s*年?\s*[）)]){_HEAD_CLOSE}")  # (一九六八年, 2019年度, 【2020年】, ● 2022年)


_MONTH_IN = re.compile(rf"(?<![\d年])(?P<m>{MONTH})\s*月(?:份)?")


def month_in(text: str) -> int | None:
    """The month a heading names without its year (大事记（2月）, 二月份大事记), or None."""
    m = _MONTH_IN.search(text)
    mo = cn_to_int(m.group("m")) if m else None
    return mo if mo is not None and 1 <= mo <= 12 else None


def month_heading(text: str) -> tuple[int | None, int] | None:
    """'1月', '△2月', '一月:', '大事记1月', '2016年1月', '2021年4月下' alone on a line → (year or None, month)."""
    m = _MONTH_HEADING.match(text.strip())
    if not m:
        return None
    if m.group("y3"):
        dotted = int(m.group("m3"))
        return (int(m.group("y3")), dotted) if 1 <= dotted <= 12 else None
    month, year = (m.group("m4"), m.group("y4")) if m.group("m4") else (m.group("m"), m.group("y"))
    mo = cn_to_int(month)
    if mo is None or not 1 <= mo <= 12:
        return None
    y = cn_to_int(year) if year else None
    return (y if y is not None and 1900 <= y <= 2100 else None), mo


def year_heading(text: str) -> int | None:
    """'1950年' / '2001 年' / '一九六八年' alone on a line → 1950."""
    m = _YEAR_HEADING.match(text)
    y = cn_to_int(m.group("y") or m.group("y2")) if m else None
    return y if y is not None and 1900 <= y <= 2100 else None
