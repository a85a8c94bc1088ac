"""Entries and their dates: a section's lines become dated entries, nothing silently lost.

A new entry starts at a day prefix or a same-day marker; a line with neither continues the
entry before it when that entry stops mid-sentence, else it is a new entry on the same date if
it reads as a new event, else a further paragraph.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from . import dates as D
from .gazette import CLOSED_END as _CLOSED_END, ENTRY_VERB, Section, is_furniture
from .names import CJK, reads_as_name
from .script import BLANKS, GLOSS, full_stops, to_simplified
from .source import Line

# A line ends a sentence when its last character is one of these.
_GLOSS_END = re.compile(rf"(?:{GLOSS.pattern})$")  # a reading aid's pinyin closing a line (發(fā))
# Words that open a further paragraph of the same entry, never a new event.
_PARAGRAPH_OPENERS = re.compile(
    r"^(?:他|她|其|该|这|此|会议|会上|会后|会前|大会|全会|活动|期间|此次|本次|本届|其中|据|同时|此外|另外|随后|"
    r"并|还|又|通过|截至|截止|目前|双方|与会|仪式|讲话中|(?:调研|考察|视察|检查|督导|督查|慰问|走访|座谈|访问)(?:期间|过程中|中|时|后)|"
    r"(?:会见|会谈|座谈|签约|仪式|活动)(?:前|后|中|时)[，,]|[^，,。；;]{1,12}?(?:结束|完毕)后[，,]|"
    r"在|对|为|要|强调|指出|表示|据悉|"
    r"[（(]|“|《|共|经|由于|参加|出席|包括|分别|一是|二是|三是|首先|其次|最后|上午|下午|晚上|当天|次日|现场(?!会)|"
    # (and what no sentence opens with: a line that a wrap began there, 等，审议通过…, 的…)
    r"等(?!级)|的|及(?!时)|或|[、，,])"
)
# a clause of purpose before the subject (为进一步做好…工作，…)
_PURPOSE = re.compile(r"^为(?!此|期|主|首)了?[^，,。；;：:]{2,40}?[，,]\s*")
# an authority's approval that opens a decision of its own (经省委组织部同意，市委决定，甲任…; 经国务院批准，撤销…): not
# a meeting's own steps (经研究, 经选举, 经表决, 经会议讨论…), nor what the meeting then did (…同意，会议决定…)
_APPROVED_BY = re.compile(r"^经(?!会议|大会|全会|研究|讨论|审议|表决|选举|过|费)[^，,。；;：:]{1,16}?(?:批准|同意|批复)[，,]\s*"
                          r"(?!会议|大会|全会|会上)")
# a part of the day the entry's date had (下午，…): what follows it says whether it is a new event
_PART_OF_DAY = re.compile(r"^(?:上午|下午|中午|晚上|晚间|傍晚|当晚|早上|早晨|清晨|凌晨|深夜|夜间)\s*[，,]\s*")
_EVENT_VERB = re.compile(
    # (not 见证签约 or 签约仪式由…主持: the signing just named)
    r"召开|举行|举办|开幕|闭幕|成立|揭牌|挂牌|开工|竣工|通车|启用|投产|投用|发布|印发|出台|公布|启动|(?<!见证)签约(?!仪式)|签署|"
    r"开通|落成|会见|(?:调研|考察|视察|检查|督导)(?![组团队])|走访|慰问|看望|出席|主持|获|荣获|被评为|被命名|批准|当选|逝世|施行|"
    # (not 到会 or 来自: attending the meeting named, where one is from; nor 表彰决定 read out or 分会场收听收看)
    r"实施|上线|开馆|开园|开业|颁发|表彰(?!决定|名单|通报)|到(?!会|场)|赴|(?<![发送寄传带])来(?!自)|访问|开展|组织(?!部|委员|者)|接待|(?<!会场)收听收看|通过|"
    r"批复|入选|建成|落户|签订|设立|组建|创办|兴建|筹建|建立|撤销|改称|更名|增设|启程|调任|任命|"
    # (a decision made, 外交部决定：…, 市委决定，甲任…; not 宣读了表彰决定, the decision read out)
    r"(?<![了的])决定(?=[，,：:]|任命|成立|设立|撤销|授予|给予|免去)|"
    # (参加 what the entry before did not name: 市长甲参加某区代表团审议; not 参加会议, 参加调研, what it did)
    r"参加(?=[^，,。；;并]{4})(?!了?(?:调研|考察|视察|检查|督导|座谈|会见|[^，,。；;]{0,10}?(?:会议|活动|仪式|典礼|大会|会|式|赛)(?:[，,。；;并]|$)))|(?<!深入)指导(?=[^，,。；;]{0,20}?工作)|"
    r"进行了?(?:集体|专题)学习|"
    r"进驻|正式运营|开通运营|投入运营|缔结|普降|合龙|上市|拉开帷幕|动工|展出|(?:正式|建成|顺利)投入使用|"
    r"发生[^，,。；;]{0,12}?(?:地震|洪水|火灾|事故|泥石流|滑坡|山洪|冰雹|暴雨|台风|疫情)|授予|被列为|被确定为|被认定为|创刊|停刊|复刊|出版|首映|上映|首演|开播|问世"
)
# a visit whose object is left unsaid, ending the sentence (…一同前往看望。): the one the entry before named
_VISITED_BACK = re.compile(r"(?:看望|慰问|会见|接见|探望)(?:慰问|看望)?了?\s*$")
# what 出席/主持 take when they refer back to the event the entry named (出席会议并讲话, 主持。)
# (a meeting's or a class's opening is its own; another ceremony is named by what it marks, 出席开工典礼 after …开工。:
# that word is then in the entry before)
_BACK_REFERENCE = re.compile(r"了?(?:会议|学习|活动|(?:开幕|闭幕|开班|开营|开学)(?:式|仪式|典礼)|(?P<what>[^，,。；;并]{0,4}?)(?:仪式|典礼)|大会|座谈会)?"
                             r"(?:并|[，,]|$)")
_BARE_DAY_LINE = re.compile(rf"^(?:\d{{1,2}}|[1-9]\d{{2,3}}(?=\s))(?:\s*(?:至|{D.DASH})\s*\d{{1,2}}\s*日?)?(?:\s{{2,}}|\t)"
                            r"(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号])\S")  # (not 1\t1月3日\t…: a table's numbers)
_DIGITS = frozenset("0123456789")
_YEAR_LED = re.compile(r"^(?:1\d|20)\d{2}\s*年")  # (a line that opens with its year, month and day or not)
_DAY_LINE = re.compile(rf"^[{D.MARKERS}■●]?\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*[日号]")
# a web column's list of items, each with its full date after it (· 市委常委会召开会议 [2024-01-03])
# (or its month and day only, both of two digits: 市委常委会召开会议 01-03, the year the list's)
_TRAILING_DATE_LAST = frozenset("0123456789日]】)）")  # (what such a line ends with: a cheap test first)
_TRAILING_DATE = re.compile(r"\s*[\[【(（]?\s*(?:(?P<y>(?:19|20)\d{2})\s*(?:[-/.．]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.．]|月)\s*"
                            r"(?P<d>\d{1,2})\s*日?|(?<![\d.．/-])(?P<m2>0[1-9]|1[0-2])[-/](?P<d2>[0-3]\d)"
                            # (…主持。（1月3日）: a month and day in brackets after the item)
                            r"|(?<=[（(])(?P<m3>\d{1,2})\s*月\s*(?P<d3>\d{1,2})\s*日(?=\s*[）)]))\s*[\]】)）]?\s*$")
# … or on the line after it (市委常委会召开会议 / 2024-01-03): a full date alone on its line
_DATE_ALONE = re.compile("^" + _TRAILING_DATE.pattern)
# "…讲话。 2日 四川科技馆开馆。": entries run together on one line, a day prefix after a space.
# (a day or a span of days, their digits spaced from 日 as some lists set them: 2日, 25—29 日, 3 日—5 日)
_INLINE_DAYS = rf"(?:\d{{1,2}}\s?月\s?)?(?:\d{{1,2}}\s?日(?:\s*[{D.DASH[1:-1]}至]\s*\d{{1,2}}\s?日)?|\d{{1,2}}\s*{D.DASH}\s*\d{{1,2}}\s?日)"
_INLINE_DAY_GLUED = re.compile(rf"(?:(?<=[。！？”])|(?<=[)）]\s))\s*(?=(?:{_INLINE_DAYS})\s)")
# "…展出摄影作品300多幅。同月 原国家卫生部…": a same-day or same-month marker after a finished sentence
# … or a same-day mark after a space (…特区人民委员会要立即组成工作组。 △ 黑龙江省人民委员会发出…)
# (同日下午，…: the marker with the part of the day after it)
_DAY_PART = D.DAY_PARTS
_INLINE_MARKER = re.compile(rf"[。！？”]\s*(?=(?:同日|是日|{D.THIS_MONTH})(?:{_DAY_PART})?[\s，,])|[。！？”]\s+(?=[{D.MARKERS}]\s*(?:[\u4e00-\u9fff“《（(【]|(?:{_INLINE_DAYS})[，,\s]))")  # (△“…”评选揭晓, …。 △3日，…)
_INLINE_SENTENCE = re.compile(r"[。！？”]\s+(?=[^\s\d△▲Δ∆])")
# An unfinished entry ending at a month (定于6月 / 15日在…开幕): the day on the next line completes that date
_ENDS_AT_MONTH = re.compile(r"(?:\d|[一二三四五六七八九十])\s*月\s*$")
_AWAITS_DATE = re.compile(r"(?:[于自从至]|截止)\s*$")  # (…会议于 / 15日在…召开: the date the line break cut)
# a numbered heading that sorts a month's entries by kind (一、重要会议, （四）其他, 2. 重要文件): no entry
_NOT_IN_HEADING = r"\s，,。；;：:！!？?、\d"  # a heading is a few words: no sentence, no date
_CATEGORY_HEADING = re.compile(rf"^{D.ITEM_NUMBER}\s*[^{_NOT_IN_HEADING}]{{2,12}}$")
# ... or one set apart by brackets or bullets (【重要会议】, ■ 经济建设, ◆社会事业◆), when it names no event
# (not after △ ▲ □ ☆: those mark an item of the same day)
_HEADING_BULLETS = "".join(b for b in D.BULLETS if b not in D.MARKERS)
# ... or letter-spaced, as typesetters set headings (政 治, 经 济, 大 事 记): no entry is written so
_SPACED_HEADING = re.compile(rf"^[{CJK}](?:[{BLANKS}]+[{CJK}]){{1,5}}$")
_MARKED_HEADING = re.compile(rf"^(?:[【\[〔]\s*[^{_NOT_IN_HEADING}【】\[\]〔〕]{{2,12}}\s*[】\]〕]"
                             rf"|[{_HEADING_BULLETS}]\s*[^{_NOT_IN_HEADING}]{{2,12}}\s*[{_HEADING_BULLETS}]?)$")
# a part of the year alone on a line (上半年, 第三季度, 春季): a heading, as a month alone is
_PERIOD_HEADING = re.compile(r"^(?:[上下]半年|前[二三两]季度|第?[一二三四]季度|[春夏秋冬][季天]?)[：:]?$")
# a web list's link after an item's last sentence (…参加会议。 展开详细, …召开。[详细]): the page's, not the entry's
_TRAILING_LINK = re.compile(r"(?<=[。！？”])\s*(?:展开详细|展开全文|阅读全文|查看全文|查看详情|[\[【]详细[\]】]|>>)\s*$")
_LINK_LAST = frozenset("细文情]】>")
# a compiler's name in brackets on a line of its own after a finished entry (（郭延志）, （张三 李四 供稿）, （完）)
_SIGN_OFF = re.compile(r"^[（(][\u4e00-\u9fff]{2,4}(?:[、，,\s·]+[\u4e00-\u9fff]{2,4}){0,3}"
                       r"(?:\s*(?:供稿|撰稿|整理|编辑|辑))?[）)]$")
# a numbered point at a line's start, and an entry that opened a list of them (要求：1.…; 研究了以下事项：一是…)
_POINT = re.compile(rf"^{D.POINT_NUMBER}")
_POINTS_OPEN = re.compile(rf"[：:]\s*{D.POINT_NUMBER}|[：:]$")
# an item's number in figures (2., 2．, 2、, （2）): the next of a numbered list is one more (_next_item)
_ITEM_FIGURE = re.compile(r"^\s*(?:(\d{1,3})\s*[.．、]|[（(]\s*(\d{1,3})\s*[）)])")
# a headline in brackets before an item's date (【全市经济工作会议召开】1月5日，…: yearbooks)
_HEADLINE = re.compile(r"^[【\[〔][^【】\[\]〔〕]{2,40}[】\]〕]\s*")
# What follows a day inside a sentence, never the start of an entry after an unfinished one (20日前完成,
# 将于 / 1日起施行, 10日以来, 5日的会议)
_TIME_OF_DAY = re.compile(D.TIME_WORDS)
# a date alone on its line between ornaments (◆ 1月5日 ◆, —— 1月8日 ——, 「1月9日」, ★1月3日★)
_DECORATION = frozenset("◆◇■□●○★☆▶►◀◄▼▲◤◥◢◣—－–-~～=＝·•※❖✦♦【】[]「」『』〖〗〔〕（）()<>《》〈〉|｜")
_ORNAMENT = "".join(map(re.escape, sorted(_DECORATION)))  # (a character class of them)
_DECORATED_DATE = re.compile(rf"^\s*[{_ORNAMENT}]{{1,4}}\s*(?P<date>(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*日?"
                             rf"(?:\s*{D.DASH}\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*)?日)\s*[{_ORNAMENT}]{{1,4}}\s*$")
# a day whose 日 a scan read as 曰 (3曰，…; 曰 follows no numeral in modern text)
_SCANNED_DAY = re.compile(r"(?<=[\d０-９一二三四五六七八九十])(\s?)曰")
# … or as 目, at a line's start only, before a comma or a space (3目，市委…; 项目 and 第3目 are words)
_SCANNED_DAY_START = re.compile(r"^((?:\d{1,2}\s?月\s?)?\d{1,2}\s?)目(?=[，,\s])")
# 当天，李华还主持召开座谈会: the day the entry told, and what its people also did there; a paragraph of it
_SAME_DAY_ALSO = re.compile(r"(?:当天|当日)(?:上午|下午|中午|晚上|晚间|傍晚)?[，,\s]*[^，,。；;：:]{0,12}?还(?!有|是|将)")
_TIME_WORD_AFTER = re.compile(r"(?:前|以前|之前|后|以后|之后|起|止|以来|至今|左右|内|的)")
_INLINE_DAY = re.compile(rf"[。！？”]\s+(?=(?:{_INLINE_DAYS})\s)")
_DAY_SPACED_START = re.compile(rf"^\s*(?:{_INLINE_DAYS})\s+\S")  # (a line that opens with its day and a space)
# a line of entries that each say their month (1月3日,… 1月10日,… 2月下旬,…): split before each such date
# after a finished sentence and a space, when the line itself starts so (the list's own date format)
_DAYS_OF_MONTH = rf"\d{{1,2}}(?:\s*{D.DASH}\s*\d{{1,2}})?日"  # (after its month: 1月5日, 1月5—8日)
_MONTH_DAY_START = re.compile(rf"^\s*\d{{1,2}}月{_DAYS_OF_MONTH}")
# (a month, or its start or end, glued to the item's text, as older annals write: 2月根据…, 1月初永定区…; not
# 5月份, 3月底前, 1月初步)
_MONTH_GLUED = rf"\d{{1,2}}月(?:[初底末]{D.GLUED_PART_GOES_ON}|{D.GLUED_MONTH_GOES_ON})"
# (… or with an item of the month, no day: 2月,成立…, after the year's number where the line opens with it:
# 1989年   1月初永定区…)
_MONTH_DAY_OR_ITEM_START = re.compile(rf"^\s*(?:\d{{4}}年\s*)?(?:\d{{1,2}}月(?:{_DAYS_OF_MONTH}|[，,\s])|{_MONTH_GLUED})")
# (also a month alone, 4月，…; a day of the month before, 是月25日; and the year's own items, 是年，…)
# (and, in such a line, the days of its month after it, 6日，… 上旬，…: a page that ran its paragraphs together)
_INLINE_MONTH_DAY = re.compile(rf"[。！？”]\s+(?=\d{{1,2}}月(?:{_DAYS_OF_MONTH}|[上中下]旬|[，,])|{_MONTH_GLUED}|(?:{D.THIS_MONTH})\d{{1,2}}日"
                               rf"|(?:{D.THIS_YEAR})[，,]|(?:\d{{1,2}}日(?:[{D.DASH[1:-1]}至]\d{{1,2}}日?)?|\d{{1,2}}{D.DASH}\d{{1,2}}日|[上中下]旬)[，,])")
# a chronicle set as one paragraph a month, each entry's date glued to its text, as books are digitised
# (1966年6月6日县委成立…。7日县委向…。25日西坡…。7月1日撤销…。上旬县委…): when a line opens so, a date
# after a finished sentence starts the next entry, if two do and their dates never go back (not 于1日开幕。3日闭幕)
_RUNON_START = re.compile(rf"^\s*(?:[上中下]旬(?=[\u4e00-\u9fff])|(?:(?:\d{{4}}年\s*)?(?P<m>\d{{1,2}})月)?(?P<d>\d{{1,2}})日(?![\s，,、日号至到前后起以内的{D.DASH[1:-1]}]))")
_RUNON_COMMA_START = re.compile(rf"^\s*(?:(?:\d{{4}}年\s*)?(?P<m>\d{{1,2}})月)?(?P<d>\d{{1,2}})"
                                rf"(?:日(?:{D.RANGE_SEP}(?:\d{{1,2}}月)?\d{{1,2}}日)?|{D.RANGE_SEP}\d{{1,2}}日)"
                                r"(?:[，,]|\s+(?=\S))")  # (5月5日至5月7日,…; 1月4—8日,…)
# (a paragraph is long, or its days cross a month: not one entry that tells its meeting's days, 5日开幕。6日分组审议。)
_RUNON_LENGTH = 100
_RUNON_CUT = re.compile(rf"(?<=[。！？”])\s*(?:(?:(?P<m>\d{{1,2}})月)?(?P<d>\d{{1,2}})日(?![日号至到前后起以内的{D.DASH[1:-1]}\d])"
                        r"|[上中下]旬|同日|是日|同月|是月)")

# (… and in a line that opens with its month and day, 1月1日,…。1月2日,…, those dates glued after a finished sentence:
# the list's own format, its month said each time)
# (cheap tests first, as every line is asked: a sentence's end, then a date's digit; … and its month)
_GLUED_DAY_HINT = re.compile(r"[。！？”)）]\s*\d")
_GLUED_MONTH_HINT = re.compile(r"[。！？”]\s*\d{1,2}月")
_RUNON_MONTH_CUT = re.compile(rf"(?<=[。！？”])\s*(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日(?=[，,\s]|{D.RANGE_SEP}\d)")


@dataclass
class Piece:
    """A run of characters of one entry in the source."""

    text: str
    start: int
    lineno: int


@dataclass
class Entry:
    """One chronicle entry before people and topics are read."""

    date_start: dt.date | None
    date_end: dt.date | None
    precision: str | None
    pieces: list[Piece] = field(default_factory=list)
    marker: str = ""  # the same-day marker or date prefix as written
    date_line: int = 0  # the line its date prefix stands on (0: an undated item, or one a marker opened)
    report_at: int = 0  # where the report under a headline begins in the text (0: none; _report_under_headline)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    @property
    def lineno(self) -> int:
        return self.pieces[0].lineno if self.pieces else 0

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(p.start, p.start + len(p.text)) for p in self.pieces if p.text]

    def headline_end(self) -> int | None:
        """Where a headline on the entry's first line ends, the report under it on the next (3日 市政府与某集团
        签署战略合作协议 / 市长甲、董事长乙出席签约仪式。): joined with nothing, as every line break is, but no
        title runs across it. A line with no mark in it that ends as a headline does, the next opening with an
        office; None where there is none."""
        if len(self.pieces) < 2 or self.pieces[1].lineno == self.pieces[0].lineno:
            return None
        head, body = self.pieces[0].text, self.pieces[1].text
        if (not 4 <= len(head) <= 40 or _HEADLINE_MARKS.search(head) or not _HEADLINE_LAST.search(head)
                or not _OFFICE_OPENS.match(to_simplified(body[:16]))):
            return None
        return len(head)

    def finished(self) -> bool:
        t = self.text.rstrip()
        # (a date alone on its line waits for its text; a closing quote ends a sentence only after one
        # ends inside it: 对罗平的“两烟” / 情况进行考察 goes on, 他说：“…。” does not)
        # (…并讲话. typed half-width: . is one of the closing marks)
        # (nor does a semicolon: a clause ends there, the sentence goes on, 副市长甲； / 市委常委、秘书长乙出席…)
        return bool(t) and (t[-1] in _CLOSED_END and t[-1] not in "；;" and (t[-1] != "”" or t[-2:-1] in _CLOSED_END)
                            # (nor does a converter's pinyin after the last character: …分别向大会發(fā))
                            and not (t[-1] in ")）" and (_GLOSS_END.search(t, max(0, len(t) - 10)) is not None
                                                          or _bracket_inside(t))))


def _bracket_inside(t: str) -> bool:
    """Does t end with a bracket closed inside a sentence (赴各县（市、区） / 调研…: the wrap cut it there), not one
    that follows a finished sentence or stands alone (…讲话。（记者 甲）, （2024年9月）)?"""
    open_at = max(t.rfind("（"), t.rfind("("))
    if open_at <= 0:
        return False
    inside, before = t[open_at + 1:-1], t[:open_at].rstrip()
    return bool(before) and before[-1] not in _CLOSED_END and inside[-1:] not in _CLOSED_END and len(inside) <= 12


# a headline: no mark inside it, and what it ends with (…会议召开, …签署战略合作协议, …揭牌仪式举行)
_HEADLINE_MARKS = re.compile(r"[，,。；;：:！!？?（）()“”]")
_HEADLINE_LAST = re.compile(r"(?:召开|举行|开幕|闭幕|揭牌|揭幕|签约|开工|竣工|投产|成立|启动|通过|发布|开通|落成|协议|"
                            r"备忘录|仪式|典礼|大会|会议|座谈会|活动)$")
# … and the line under it opening with an office (市长甲…, 省委常委、市委书记乙…, 副市长丙…)
_OFFICE_OPENS = re.compile(r"(?:[省市县区州盟旗镇乡]委?|全国|国务院|中央)?[^，,。；;、]{0,6}?"
                           r"(?:书记|[省市县区州镇乡]长|主任|主席|部长|局长|厅长|委员|常委|秘书长|董事长|总经理)")


@dataclass
class Context:
    """The year and month in force while reading a section."""

    year: int | None
    month: int | None
    # the next month, where the section's heading gives its period as a span of days into it (12月21日至1月20日):
    # a bare day before the last one is of that month
    span_to: int | None = None


_COMMA_PART = re.compile(r"[，,：:]")
_SENTENCE_END = frozenset("，,。；;：:！？!?")
# accompanying or joining, right before the verb or a few words before it in the clause (陪同调研, 陪同学习考察,
# 参加了督导活动)
_ALONG_BEFORE = re.compile(r"(?:陪同|随同|参加|一同|一起)了?[^，,。；;]{0,4}$")
# a congress or session that elects (甲当选为县委书记 after 县第三次党代会召开: its outcome, not an event of its own)
_ELECTING_BODY = re.compile(r"代表大会|代表会议|人代会|党代会|全会|全体会议|选举")
# attending the event the entry named, first in the sentence (出席会议并讲话, 参加会议并…, 主持。, 在…收听收看。)
_ATTENDS_BACK = re.compile(rf"(?<![与和向给为对])(?:出席|参加|列席|主持|收听收看){_BACK_REFERENCE.pattern}")
# the one received or visited, named right after the verb (看望周铁农。, 会见了甲先生一行，)
_RECEIVING_VERBS = frozenset(("会见", "看望", "慰问", "接待"))
_AFTER_NAMED = "(?:先生|女士|同志|夫妇)?(?:一行)?"  # (甲先生一行)
_RECEIVED_NAME = re.compile(rf"了?([\u4e00-\u9fff·]{{2,16}}?){_AFTER_NAMED}(?:[，,。；;并]|$)")
# the one an act is done with, right before it in the clause (与甲先生代表两市签署, 与乙就…进行会谈)
_WITH_SOMEONE = re.compile(rf"与([\u4e00-\u9fff·]{{2,20}}?){_AFTER_NAMED}[^，,。；;与和]{{0,16}}$")
# a delegation the entry before named, going on with its visit (甲一行先后来到…, 乙一行还考察了…)
_PARTY_GOES_ON = re.compile(r"^([^，,。；;、]{2,24}?)(?:同志)?一行")
# someone the entry before named, going on with their visit (甲先后来到…, 乙实地察看了…, 丙详细了解…; not 看望 or
# 深入: a visit of its own the same day, 甲看望了…, as often as one going on)
_VISITOR_GOES_ON = re.compile(r"^([^，,。；;、：:]{2,12}?)(?:同志)?(?:(?:先后|首先|还|又|随后|实地|详细|仔细|认真)?"
                              r"(?:来到|走进|察看|查看|参观)|(?:先后|还|又|实地|详细|仔细|认真|深入)了解)")
# … or named bare, as the entry named them, doing more there (王五在某某镇主持召开座谈会, 王五还看望了…)
_NAMED_GOES_ON = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:在|还|又|也|并|随后|先后|首先|专门|专程|亲自|与|同|向|对|就|为)")
# … or with what they said there (甲指出，…; 乙在会上强调：…)
_SPEAKER_GOES_ON = re.compile(r"^([^，,。；;、：:]{2,12}?)(?:同志)?(?P<there>在会上|在讲话中)?(?:还|也|并|同时|进一步)?"
                              r"(?:指出|强调|要求|表示|认为|希望|提出|说)")


def reads_as_new_event(text: str, before: str = "") -> bool:
    """An undated line after a finished sentence (in simplified characters, after any bullet): its own
    subject and an event verb, not a follow-up. `before`: the entry it would continue."""
    t = full_stops(text.strip())  # (the entry before is only searched for names and words: its stops do not matter)
    if (part := _PART_OF_DAY.match(t)) is not None:
        t = t[part.end():]  # 下午，市政府召开…: what the rest says (下午，与会人员观摩…: the same event goes on)
    if t[:1] == "为" and (purpose := _PURPOSE.match(t)) is not None:
        t = t[purpose.end():]  # 为开好…民主生活会，甲主持召开…: what the rest says (为此，他要求…: it goes on)
    if t and t[0] in "“《" and 0 < (close := t.find("”" if t[0] == "“" else "》")) < len(t) - 1 and t[close + 1] not in _SENTENCE_END:
        # “全民阅读”活动启动仪式举行, 《某某市志》首发式举行: a name in quotes or brackets opens the subject, read
        # as a noun (a quotation, 《意见》指出，…, still goes on: no event verb follows it)
        t = "某" + t[close + 1:]
    if t[:1] == "经" and _APPROVED_BY.match(GLOSS.sub("", t) if "(" in t else t) is not None:
        return True  # (a decision an authority approved: a new event, not a further paragraph; 經(jīng)…批準(zhǔn)， too)
    if not t or _PARAGRAPH_OPENERS.match(t):
        return False
    first = re.split(r"[。；;！？]", t, maxsplit=1)[0]
    named = None  # (the entry before in simplified characters, made once if needed)
    if (m := _NAMED_GOES_ON.match(first)) is not None and reads_as_name(m.group(1)):
        named = to_simplified(before)
        if m.group(1) in named:
            return False
    for goes_on in (_PARTY_GOES_ON, _VISITOR_GOES_ON, _SPEAKER_GOES_ON):
        if (m := goes_on.match(first)) is None:
            continue
        who, named = m.group(1), named if named is not None else to_simplified(before)
        if who[-2:] in named or m.groupdict().get("there") or (who[-1] in "组团队" and who[-3:-1] in named):
            # (the last two characters: 王五一行 after 副省长王五来我市调研, 王五 named there; 乙在会上强调: at
            # the meeting the entry named; 督导组一行 after …进行督导: the group that visit made)
            return False
    # accompanying or joining (陪同调研, 随同考察, 参加调研, 一同视察) is what those with the visitor of the entry
    # before do
    # (nor what was announced there, 宣布大桥通车, nor a verb made a noun, 大桥的建成)
    verbs = [m for m in _EVENT_VERB.finditer(first) if not _ALONG_BEFORE.search(first, max(0, m.start() - 8), m.start())
             and first[m.start() - 1:m.start()] != "的" and "宣布" not in _COMMA_PART.split(first[:m.start()])[-1]
             and not (m.group(0) == "当选" and _ELECTING_BODY.search(before))
             # (县委决定，… after 县委召开常委会议…: what the meeting the entry named decided)
             and not (m.group(0) in ("决定", "任命") and _decided_there(first[:m.start()], before))]
    if not verbs:
        return False
    if _VISITED_BACK.search(first):
        return False  # 乙等领导到肥城看望。 after …慰问团到肥城演出。: those the entry before named are whom they visit
    named = named if named is not None else to_simplified(before)
    if (back := _ATTENDS_BACK.search(first)) is not None and back.start() <= verbs[0].start() and _refers_back(back, named):
        # 市委书记甲出席会议并讲话。 after 全市…会议召开。, 乙出席开幕式。 after …丰收节开幕。, 丙参加会议并代表…签订…:
        # one at the meeting just named, and what they did there
        return False
    attended = {m.start(): r.end() for m in verbs if m.group(0) in ("出席", "主持")
                and (r := _BACK_REFERENCE.match(first, m.end())) is not None and _refers_back(r, named)}
    for m in verbs:
        if m.group(0) in _RECEIVING_VERBS and (r := _RECEIVED_NAME.match(first, m.end())) is not None:
            if _named_in(r.group(1), named):
                attended[m.start()] = r.end()  # …看望周铁农。 after 周铁农…一行来杭: the visitor the entry before named
        elif (w := _WITH_SOMEONE.search(first, 0, m.start())) is not None and _named_in(w.group(1), named):
            attended[m.start()] = m.end()  # 市长乙与甲代表两市签署… after 乙会见甲率领的代表团: with that visitor
    return not (attended and all(m.start() in attended or any(a < m.start() < b for a, b in attended.items())
                                 for m in verbs))


def _refers_back(m: re.Match[str], named: str) -> bool:
    """Does a _BACK_REFERENCE match name the event the entry before named? (a ceremony named by what it marks only
    when that word, or another for the same act, is there: 出席开工典礼 after …开工。, 出席签约仪式 after …签订协议。)"""
    what = m["what"]
    return not what or what in named or any(w in named for w in _SAME_ACT.get(what, ()))


# other words for the act a ceremony marks (签约仪式 after 甲与乙签订战略合作协议。: that signing)
_SAME_ACT = {"签约": ("签订", "签署", "协议", "合同", "备忘录"), "开工": ("动工", "奠基", "开建"),
             "竣工": ("建成", "完工", "落成"), "揭牌": ("挂牌", "成立"), "奠基": ("开工", "动工"),
             "开业": ("开张", "开门迎客"), "启动": ("开通", "上线", "启用")}


def _named_in(who: str, named: str) -> bool:
    """Does `who` (a title perhaps, then a name) end in a name the entry before holds? (a transliterated name: its
    last part, 穆罕默德·渥里格 by 渥里格)"""
    if "·" in who:
        return len(last := who.rsplit("·", 1)[1]) >= 2 and last in named
    return any(len(who) >= k and reads_as_name(who[-k:]) and who[-k:] in named for k in (3, 2))


_GLUED_DAY = re.compile(r"(\d{2,4})(?:\s*日|(?=\s{2,}\S|\t))")  # (422  我县…: the 日 lost too, two spaces after)


@dataclass(frozen=True)
class Style:
    """How a section writes its dates, read from all its lines before any entry (one pass)."""

    bare_days: bool  # days as bare numbers followed by spaces ("1  我市…")
    year_items: bool  # items that say only their year ("1950年 华东…", a 县志's early centuries, "on this day")
    glued: bool  # months lost in copying (71日 for 7月1日, 1231日): two or more such days; one is a typo (32日)
    dotted: bool  # a month and day with a dot (5.6 市政府…): two or more such lines, none written the usual way
    # the dated entries under a bullet (△1日,… ■ 5月20日,…): a line that opens with a date glued to its text and
    # no bullet goes on with the entry before, a date inside it that the line break put first (…考察。/ 13日回杭。)
    bulleted: bool = False
    # the indent of a hard-wrapped paragraph's later lines, where each entry's first line is indented further
    # (a page's text layer: `    5月,对…铺开。` / `至2005年已…`): a line there goes on with its paragraph even
    # after a finished sentence, as a new paragraph would be indented; None where the layout does not tell
    body_indent: int | None = None
    # each item's full date after its text (· 市委常委会召开会议 [2024-01-03]): three such lines or more, and more
    # than twice as many as lines that open with a day
    trailing_dates: bool = False
    # each item numbered before its day (1. 3日，… / （2）5日，…): two such lines or more, more than open with a day
    numbered: bool = False
    spaced_days: bool = False  # the days stand before a space (3日 市委…): two or more lines open so


_MONTH_LINE = re.compile(r"^\d{1,2}\s*月")
_NUMBERED_DAY = re.compile(rf"^{D.ITEM_NUMBER}\s*\d{{1,2}}\s*日[，,\s]")  # (1. 3日，…: an item's number, its day)
_MONTH_HEADING = re.compile(r"\d{1,2}\s*月(?:份)?\s*")


def _body_indent(dated: dict[int, int], wrapped: dict[int, int]) -> int | None:
    """The indent of wrapped lines (`wrapped`: lines after one cut mid-sentence, by indent) where the dated lines
    (by indent) stand at least two further in, four in five of them or more."""
    if not wrapped or not dated:
        return None
    body, n = max(wrapped.items(), key=lambda kv: kv[1])
    first = sum(k for lead, k in dated.items() if lead >= body + 2)
    total = sum(dated.values())
    return body if n >= 3 and n * 4 >= sum(wrapped.values()) * 3 and first >= 3 and first * 5 >= total * 4 else None


def _style(lines: list[Line]) -> Style:
    bare = dated = years = led = glued = dots = dots_alone = marked = trailing = numbered = spaced = 0
    led_years: set[str] = set()
    dated_at: dict[int, int] = {}
    wrapped_at: dict[int, int] = {}
    after_open = False
    for ln in lines:
        t = ln.text.lstrip()
        first = t[:1]
        if t:
            if t[-1] in _TRAILING_DATE_LAST and _TRAILING_DATE.search(t, max(0, len(t) - 20)) is not None:
                trailing += 1
            if first in D.ITEM_NUMBER_FIRST and _NUMBERED_DAY.match(t) is not None:
                numbered += 1
            lead = len(ln.text) - len(t)
            if first.isdigit() and _MONTH_HEADING.fullmatch(t):
                pass  # (a month's heading, often flush left where the entries under it are indented)
            elif first.isdigit() and (_DAY_LINE.match(t) or _MONTH_LINE.match(t)):
                dated_at[lead] = dated_at.get(lead, 0) + 1
            elif after_open:
                wrapped_at[lead] = wrapped_at.get(lead, 0) + 1
            after_open = (t[-1] if not t[-1].isspace() else t.rstrip()[-1]) not in _CLOSED_END
        if first.isdigit():
            # a day number past 31 (71日, 1231日): three digits or more, or two past 31 (the string compare first,
            # as most days are not)
            lost = (t[1:2].isdigit() and (t[2:3].isdigit() or t[:2] > "31")
                    and (m := _GLUED_DAY.match(t)) is not None and D.split_glued(int(m.group(1)), None) is not None)
            glued += lost
            spaced += _DAY_SPACED_START.match(t) is not None  # (3日 …, 3—6日 …)
            if _DAY_LINE.match(t):
                dated += 1
            elif lost:
                pass
            elif D.YEAR_PREFIX.match(t) is not None and D.match_prefix(t) is None:
                years += 1
            elif (dotted := D.DAY_DOTTED.match(t)) is not None:
                dots += 1
                dots_alone += dotted["m4"] is not None
            if t[3:4] in _DIGITS and _YEAR_LED.match(t):
                led += 1
                led_years.add(t[:4])
            if _BARE_DAY_LINE.match(t):
                bare += 1
        elif first in "【[〔［" and D.YEAR_IN_BRACKETS.match(t) is not None:
            years += 1
        elif first and first in D.BULLETS and _DAY_LINE.match(t):
            dated += 1
            marked += 1
    # (a year inside a month-and-day chronicle, 2012年,罗庄区完成…, is text)
    # (or one such item in an annal whose items each open with their year, of several years: 1951年1月，… 1953年，…
    # 1968年2月，…; not a month's list whose every date says its year, where 2024年全市… is a paragraph's text)
    year_items = years >= 1 and (years >= 2 or len(led_years) >= 3) and max(years, led) > dated
    return Style(bare_days=bare >= 2 and bare >= dated, year_items=year_items, glued=glued >= 2,
                 dotted=dots >= 2 and (dots > dated or dots_alone >= 2), body_indent=_body_indent(dated_at, wrapped_at),
                 bulleted=marked >= 3 and (dated - marked) * 3 <= marked,
                 trailing_dates=trailing >= 3 and trailing > 2 * dated, numbered=numbered >= 2 and numbered > dated,
                 spaced_days=spaced >= 2)


# a date's digits spaced out as a page's text layer spaces every character (2 0 0 6 年, 8 月 1 2 日): the leading
# date-only run of a line, and in it the runs of single digits before 年 月 日 号 or a range's dash
_DATE_RUN = re.compile(rf"[{D.MARKERS}]?[\s\d０-９年月日号至到{D.DASH[1:-1]}]*")  # (△ 1 1 日: after a marker too)
# … and a same-day or same-month word so spaced (同 日 …)
_SPACED_SAME = re.compile(rf"^\s*[{D.MARKERS}]?\s*(?:同|是|当) (?=[日月] )")
_SPACED_RUN = re.compile(rf"(?<![\d０-９])[\d０-９](?: [\d０-９])+(?![\d０-９])(?= ?(?:[年月日号至到]|{D.DASH}))")


_SPACED_FIRST = frozenset(D.MARKERS + "同是当")  # (what else a letter-spaced line's date may open with)


def _compact_date_digits(line: Line) -> Line:
    """The line with the spaced digits of its leading date written together, the spaces moved after them
    (8 月 1 2 日 → 8 月 12  日; 同 日 → 同日 ): the same length, so every offset still points where it did."""
    text = line.text
    if (same := _SPACED_SAME.match(text)) is not None:  # 同 日 … → 同日  …
        at = same.end()
        return Line(text[:at - 1] + text[at] + " " + text[at + 1:], line.lineno, line.start)
    head = _DATE_RUN.match(text)
    if head is None or head.end() < 3 or not _SPACED_RUN.search(text, 0, head.end()):
        return line
    end = head.end()
    fixed = _SPACED_RUN.sub(lambda m: m.group(0).replace(" ", "") + " " * m.group(0).count(" "), text[:end])
    return Line(fixed + text[end:], line.lineno, line.start)


# a month's chronicle copied as one line, its heading first (2024年1月大事记 1日，…。2日，…): the heading apart
_GLUED_HEADING = re.compile(rf"\s*(?:{D.YEAR}\s*年\s*)?\d{{1,2}}\s*月份?\s*{D.CHRONICLE_WORD}\s+(?=\S)")
# ... or its title first, the year after it (道外区大事记 1995年 1月10日 区委…, 大事记（1995年） 1月10日 …): cut
# where its first entry opens with a month and day
_GLUED_TITLE = re.compile(rf"\s*[^\s\d。，,；;：:]{{0,16}}?{D.CHRONICLE_WORD}(?:\s*[^\s\d。，,；;：:]{{0,16}}?{D.CHRONICLE_WORD})?"
                          rf"\s*(?P<when>[（(]?\s*{D.YEAR}\s*年(?:\s*\d{{1,2}}\s*月份?)?\s*[）)]?)\s+"
                          rf"(?=\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\d{{1,2}}\s*日)")


def _lines_of(raw: Line, alone: bool = False, month_days: bool = False, spaced_days: bool = False) -> list[Line]:
    """The lines a line of the file is read as: its heading apart where a month's chronicle was copied as one line
    after it (_GLUED_HEADING), and the entries a line runs together (_split_inline). `alone`: the line is all its
    month holds (a heading or nothing before it, and nothing but a heading or the end after it); `month_days`: the
    list's entries open with their month and day (1月3日…); `spaced_days`: with their day and a space (3日 市委…)."""
    if alone:
        return _split_inline(raw, flat=True, gap=True)
    head = raw.text[:24]  # (the cheap tests first: most lines name no chronicle near their start, 书记 aside)
    if (("大事" in head or "记事" in head or "要事" in head)
            and (glued := (_GLUED_HEADING if raw.text.lstrip()[:1] in "0123456789〇一二" else _GLUED_TITLE)
                 .match(raw.text)) is not None):
        rest = Line(raw.text[glued.end():], raw.lineno, raw.start + glued.end())
        # (of a title before its year, the year is read: the title's words are the page's heading, no entry's)
        at = glued.start("when") if glued.re is _GLUED_TITLE else 0
        return [Line(raw.text[at:glued.end()], raw.lineno, raw.start + at), *_split_inline(rest, flat=True)]
    return _split_inline(raw, month_days=month_days, spaced_days=spaced_days)


_FLAT_LENGTH = 600  # (a line this long that opens with a day holds a month's entries, not one entry)


def _split_inline(line: Line, flat: bool = False, gap: bool = False, month_days: bool = False,
                  spaced_days: bool = False) -> list[Line]:
    """Split a line holding several entries run together (a newspaper digest) at day prefixes, and at
    a space after a finished sentence (`…讲话。 市政府为…`: undated items of the same day follow so);
    whether such a piece is a new event or a further paragraph is decided as for a line. `flat`: the line is a
    month copied as one line, its heading cut off before it (_GLUED_HEADING) or on the line above (`gap`: then its
    days must skip one somewhere, see _runon_cuts)."""
    # (a copy that writes its full stops in ASCII, …出席. 2日 …, is read as one that writes 。: same length)
    text = full_stops(line.text, whole=False)
    marks = {m.end() for m in _INLINE_MARKER.finditer(text)}  # …300多幅。同月 原国家卫生部…
    if start := _RUNON_START.match(text):
        marks |= _runon_cuts(text, (int(start["m"] or 0), int(start["d"] or 0)))
    elif (start := _RUNON_COMMA_START.match(text)) is not None:
        # (2024年1月大事记 1日，…。2日，…。5日，…: a month copied as one line with nothing between its entries, its
        # heading first or the line far longer than an entry; three days in order after finished sentences)
        runon = (_runon_cuts(text, (int(start["m"] or 0), int(start["d"] or 0)), least=3, gap=gap)
                 if flat or len(text) >= _FLAT_LENGTH else set())
        if not runon and start["m"] and _GLUED_MONTH_HINT.search(text) is not None:
            # (or 1月5日，…。1月6日，…: two dates that say their month, glued so; one is enough, their order free
            # and the line short, where the list's lines open with their month and day, its own format)
            runon = _runon_cuts(text, (int(start["m"]), int(start["d"])), least=1 if month_days else 2,
                                cut=_RUNON_MONTH_CUT, ordered=not month_days, length=0 if month_days else _RUNON_LENGTH)
        marks |= runon
    if month_days or _MONTH_DAY_OR_ITEM_START.match(text):
        # (in a list whose entries open with their month and day, a wrapped line's too: …赵\n玉兰等陪同。 4月8日 …;
        # and a year's items run together after one of its month: 2月,成立…。 4月18日,…)
        marks |= {m.end() for m in _INLINE_MONTH_DAY.finditer(text)}
    if not marks and not _INLINE_DAY.search(text) and not _glued_in_format(text, spaced_days or month_days):
        return [line]
    # a digest line: a day prefix also starts an entry glued to the sentence before (`讲话。2日 四川…`)
    # or after the digest's own span (`(1日—15日) 1日 …`); those glued cuts include the spaced ones
    cuts = sorted(marks | {m.end() for m in _INLINE_SENTENCE.finditer(text)}
                  | {m.end() for m in _INLINE_DAY_GLUED.finditer(text)})
    out, prev = [], 0
    for c in cuts + [len(line.text)]:
        out.append(Line(line.text[prev:c], line.lineno, line.start + prev))
        prev = c
    return out


def _glued_in_format(text: str, list_format: bool) -> bool:
    """Does `text` glue a day to a finished sentence in the list's own format (…主持。2日 出席…, a page that lost its
    line breaks)? So where the list's days stand before a space or say their month (`list_format`), where the line
    itself opens with its day and a space, or where two such days are glued in it."""
    if _GLUED_DAY_HINT.search(text) is None:  # (a cheap test first: a sentence's end, then a digit)
        return False
    glued = _INLINE_DAY_GLUED.search(text)
    return glued is not None and (list_format or _DAY_SPACED_START.match(text) is not None
                                  or _INLINE_DAY_GLUED.search(text, glued.end() + 1) is not None)


def _runon_cuts(text: str, last: tuple[int, int], least: int = 2, gap: bool = False,
                cut: re.Pattern[str] = _RUNON_CUT, ordered: bool = True, length: int = _RUNON_LENGTH) -> set[int]:
    """Where the entries of a run-on paragraph opening on `last` (month or 0, day or 0) start (`cut`):
    none unless `least` do, their dates in order where `ordered` (and with `gap`, not each the day after the one
    before: an entry that tells its meeting's days, 5日开幕。6日分组审议。7日闭幕。, goes on day by day), and the
    text `length` long or its days crossing a month."""
    cuts, months, skips = [], False, False
    for m in cut.finditer(text):
        if m.group("d"):
            at = (int(m.group("m")) if m.group("m") else last[0], int(m.group("d")))
            if (ordered and at < last) or not 1 <= at[1] <= 31:
                return set()
            months |= at[0] != last[0] and last[0] > 0
            skips |= at[0] != last[0] or at[1] > last[1] + 1
            last = at
        cuts.append(m.start())
    return set(cuts) if (len(cuts) >= least and (months or len(text) >= length)
                         and (skips or not gap)) else set()


_SENTENCE_MARK = re.compile(r"[，,。；;：:！!？?、“”\d]")


def _dated(text: str) -> bool:
    """Does this line open with a day's date (the next entry)?"""
    pre = D.match_prefix(to_simplified(text.strip()))
    return pre is not None and pre.kind == "day"


def _heads_a_period(text: str) -> bool:
    """Is this line (in simplified characters) a month's or a year's heading?"""
    return D.month_heading(text) is not None or bool(D.year_heading(text))


def _dated_or_heading(text: str) -> bool:
    """Does this line open an entry with its day, or head a month or a year?"""
    return _dated(text) or _heads_a_period(text)


def _next_text(sec: Section, idx: int) -> str:
    """The next line of the section after line `idx` that holds anything, stripped and in simplified characters."""
    return to_simplified(next((t for k in range(idx + 1, len(sec.lines)) if (t := sec.lines[k].text.strip())), ""))


def _headline_shaped(line: str) -> bool:
    """Could `line` be a headline over the next item: no mark in it, not too short or long (a cheap test first)."""
    return 6 <= len(line) <= 40 and not _SENTENCE_MARK.search(line) and line[-1] not in _CLOSED_END


def _said_again(line: str, below: str) -> bool:
    """Does the dated item below say a headline-shaped `line` again in its first sentence (全市招商引资大会举行 /
    9月5日，全市招商引资大会举行。…)? Most of its pairs of characters are there."""
    first = below[:len(line) + 24]
    pairs = {line[k:k + 2] for k in range(len(line) - 1)}
    return sum(p in first for p in pairs) >= 0.7 * len(pairs)


def _next_item(text: str, before: str) -> bool:
    """Is `text` numbered as the item after the one `before` opens with (1.1月28日，… / 2.雄安新区…)?"""
    m, b = _ITEM_FIGURE.match(text), _ITEM_FIGURE.match(before)
    return m is not None and b is not None and int(m[1] or m[2]) == int(b[1] or b[2]) + 1


def _decided_there(subject: str, before: str) -> bool:
    """Is the one who decides or appoints (the words before 决定, 任命) the meeting or the body the entry before named
    (会议, 县委 after 县委召开常委会议…), or no one (经研究决定)?"""
    who = _COMMA_PART.split(subject)[-1].strip()
    return not who or who[-2:] in ("会议", "研究", "讨论", "审议") or who[-2:] in to_simplified(before)


def _prev_lineno(sec: Section, idx: int) -> int:
    """The line number of the section's last line before line `idx` that holds anything (0: none)."""
    return next((sec.lines[k].lineno for k in range(idx - 1, -1, -1) if sec.lines[k].text.strip()), 0)


def _table_rule(text: str) -> bool:
    """A Markdown table's rule line (| --- | :---: |)."""
    s = text.strip()
    return s.startswith("|") and "-" in s and not s.strip("|-: \t")


_LINK_TEXT_LENGTH = 60  # (the longest headline a site's list of links shows)


# a span of days cut after its dash, a table cell's width having wrapped it (9月8日— / 10日 全市开展…)
_SPAN_CUT = re.compile(rf"^\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*日\s*(?:{D.DASH}{{1,2}}|至)\s*$")
_SPAN_CUT_LAST = frozenset("—－–-~～─〜―‒−至")
_DAY_FIRST = re.compile(r"^\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日")


def _spans_rejoined(lines: list[Line]) -> list[Line] | None:
    """The lines with each span of days cut after its dash joined to the day that ends it on the next line (its
    offsets kept for the text after it), or None where no line is so cut."""
    out: list[Line] | None = None
    k = 0
    while k < len(lines):
        ln = lines[k]
        head = ln.text.rstrip()
        if (head[-1:] in _SPAN_CUT_LAST and k + 1 < len(lines) and _SPAN_CUT.match(head) is not None
                and _DAY_FIRST.match(nxt := lines[k + 1].text) is not None):
            if out is None:
                out = list(lines[:k])
            lead = len(nxt) - len(nxt.lstrip())
            out.append(Line(head + nxt.lstrip(), ln.lineno, lines[k + 1].start + lead - len(head)))
            k += 2
            continue
        if out is not None:
            out.append(ln)
        k += 1
    return out


def _dates_after(lines: list[Line]) -> list[Line] | None:
    """A web list whose items each have their full date alone on the line after them (市委常委会召开会议 /
    2024-01-03, as a site's <a> and <span> come out): its lines with each date moved before its item, so it
    reads as a list of dates over their items; None where the list is not so (it opens with a date, ends with
    an item, or has a date with anything but one short line, a link's text, before it: a list of dates over
    their paragraphs, cut off after a date, keeps its order)."""
    alone = [k for k, ln in enumerate(lines) if (t := ln.text.strip()) and t[-1] in _TRAILING_DATE_LAST
             and _DATE_ALONE.match(t) is not None]
    if len(alone) < 3:
        return None
    content = [k for k, ln in enumerate(lines) if ln.text.strip()]
    if content[-1] != alone[-1] or content[0] == alone[0]:
        return None
    out: list[Line] = []
    prev = -1
    for k in alone:
        item = [t for i in range(prev + 1, k) if (t := lines[i].text.strip())]
        if len(item) != 1 or len(item[0]) > _LINK_TEXT_LENGTH:
            return None
        out += [lines[k], *lines[prev + 1:k]]
        prev = k
    return out


_HEADLINES_AFTER = 3  # (the fewest of them that make a list of links)
_HEADLINE_LENGTH = 40


def _links_start(lines: list[Line]) -> int | None:
    """Where a page's list of links to other pages with no label over it begins among the section's last lines:
    three headlines or more (short, no sentence finished, no date, no bullet) after a line that finishes its
    sentence; None where there is no such list."""
    run = 0
    for k in range(len(lines) - 1, -1, -1):
        t = lines[k].text.strip()
        if not t:
            continue
        if "|" in t or "\t" in t:
            return None  # (a table's rows)
        # (no headline: a sentence, a bulleted or dated item, or one dated after it, 市委常委会召开会议 2024-01-03)
        if (len(t) > _HEADLINE_LENGTH or t[-1] in _CLOSED_END or t[:1] in D.BULLETS or t[:1].isdigit()
                or t[-1] in _TRAILING_DATE_LAST or D.match_prefix(to_simplified(t)) is not None):
            return k + 1 if run >= _HEADLINES_AFTER and t[-1] in _CLOSED_END else None
        run += 1
    return None


def split_entries(sec: Section, ctx: Context, warn) -> list[Entry]:
    """Read a section's lines into entries. `warn(lineno, message)` receives every line not placed."""
    entries: list[Entry] = []
    if not sec.joins and (moved := _dates_after(sec.lines)) is not None:
        sec = replace(sec, lines=moved)
    if not sec.joins and (rejoined := _spans_rejoined(sec.lines)) is not None:
        sec = replace(sec, lines=rejoined)
    if (cut := _links_start(sec.lines)) is not None:
        for ln in sec.lines[cut:]:
            if ln.text.strip():
                warn(ln.lineno, f"page furniture dropped: {ln.text.strip()!r}")
        sec = replace(sec, lines=sec.lines[:cut])
    if sec.title and ctx.month is not None:
        ctx.span_to = D.span_end_in(sec.title)  # (2023年12月21日至2024年1月20日大事记: into the next month)
    elif sec.title and ctx.year is not None and "月" in sec.title and (span := D.span_in(sec.title)) is not None:
        # 2024年第5周大事记（1月29日—2月4日） over bare days: the span's months are the days'
        ctx.month, ctx.span_to = span[0], (span[1] if span[1] != span[0] else None)
    style = _style(sec.lines)
    # a heading such as 大事记1月 names the month
    head_month = D.month_heading(sec.title) if sec.title else None
    if head_month:
        ctx.year = head_month[0] or ctx.year
        ctx.month = head_month[1]
    last_date: tuple[dt.date | None, dt.date | None, str | None] = (None, None, None)
    after_heading = False  # a month heading was read and no entry has started since
    month_days = 0  # lines that opened with a month and a day (1月3日…): two or more, and that is the list's format
    heading_year: int | None = None  # the year a year heading alone on its line put in force
    on_day: tuple[int, int] | None = None  # (month, day) of an "on this day" list: each year's item is that day
    # days read under a year before any month (a page that opens in the middle of a month): placed when the
    # first month is read, see _month_before; (entry, its prefix or None for a same-day marker, line, warning)
    unplaced: list[tuple[Entry, D.DatePrefix | None, int, str]] = []

    def place_unplaced(month: int | None) -> None:
        """Date the days read before any month as of `month` (None: the month is not known; they stay undated)."""
        nonlocal unplaced
        todo, unplaced = unplaced, []
        dates = _days_of(month, [pre for _, pre, _, _ in todo], ctx.year) if todo and month else None
        for k, (e, _, lineno, why) in enumerate(todo):
            if dates is not None:
                e.date_start, e.date_end, e.precision = dates[k]
            elif why:
                warn(lineno, why)

    def enter_month(year: int | None, month: int) -> None:
        """A month heading: its month (and year, said or the next one across the new year) is in force."""
        nonlocal after_heading
        if unplaced:
            place_unplaced(month - 1 if year in (None, ctx.year) else None)  # (the days above it: the month before)
        if year is None and ctx.year is not None and _turns_the_year(ctx, month, last_date[0]):
            ctx.year += 1
        ctx.year = year or ctx.year
        ctx.month = month
        after_heading = True

    def new_entry(start: dt.date | None, end: dt.date | None, prec: str | None, marker: str) -> Entry:
        e = Entry(start, end, prec, marker=marker)
        entries.append(e)
        return e

    # where days are bare numbers (9  招商局…), a number alone on its line, taken for a page number, is the next
    # month's heading when it is the next month (1, then 2 …): (line number, month), in order
    numbered = [(ln.lineno, int(t)) for ln, _ in sec.dropped
                if style.bare_days and (t := ln.text.strip()).isdigit() and len(t) <= 2] if sec.dropped else []
    used_numbers: set[int] = set()
    # a year alone on its line with no 年 (2018 / 03.19 / …), taken for a page number, right over a date that does not
    # say its year: that date's year, where none is in force or it is the next (line number, year), in order
    years_alone = [(ln.lineno, int(t)) for ln, _ in sec.dropped
                   if len(t := ln.text.strip()) == 4 and t[:2] in ("19", "20") and t.isdigit()] if sec.dropped else []

    for idx, raw in enumerate(sec.lines):
        while numbered and numbered[0][0] < raw.lineno:
            lineno, month = numbered.pop(0)
            if month == (ctx.month % 12 + 1 if ctx.month else 1):
                enter_month(None, month)
                used_numbers.add(lineno)
        while years_alone and years_alone[0][0] < raw.lineno and raw.text.strip():
            lineno, year_alone = years_alone.pop(0)  # (a name of its own: mypyc types each variable once)
            # (in an "on this day" list, any year: 1952 / 720，… / 1989 / 720，…)
            if ((ctx.year in (None, year_alone - 1) or on_day is not None) and _prev_lineno(sec, idx) < lineno
                    and (pre := (D.match_prefix(under := to_simplified(raw.text.strip()), dotted=style.dotted)
                                 or D.on_day_prefix(under, on_day))) is not None
                    and pre.kind == "day" and pre.year is None):
                ctx.year = year_alone
                used_numbers.add(lineno)
        if idx in sec.joins and entries and not entries[-1].finished():
            _append(entries[-1], raw, continuing=True)  # the sentence a page turn cut goes on
            continue
        if "|" in raw.text and raw.text.lstrip().startswith("|") and raw.text.rstrip().endswith("|"):
            if _table_rule(raw.text) or (idx + 1 < len(sec.lines) and _table_rule(sec.lines[idx + 1].text)):
                continue  # a table's rule (| --- | --- |) and the header row above it (| 日期 | 事件 |): furniture
            # a table row (| 1月3日 | 市委召开… |): its bars read as spaces, so offsets stay where they are
            raw = Line(raw.text.replace("|", " "), raw.lineno, raw.start)
        # (a date's digits spaced out: 8 月 1 2 日, △ 1 1 日; a same-day word, 同 日)
        if (t0 := raw.text.lstrip()[:2])[1:] == " " and (t0[:1].isdigit() or t0[:1] in _SPACED_FIRST):
            raw = _compact_date_digits(raw)
        alone = (len(raw.text) >= 30 and (after_heading or not entries)
                 and _RUNON_COMMA_START.match(raw.text) is not None
                 and (not (nxt := _next_text(sec, idx)) or _heads_a_period(nxt)))  # (nothing but a heading after it)
        if raw.text.lstrip()[:1].isdigit() and _MONTH_DAY_START.match(raw.text):
            month_days += 1
        for line in _lines_of(raw, alone, month_days >= 2, style.spaced_days):
            stripped = line.text.strip()
            if not stripped:
                continue
            if line.start != raw.start and len(stripped) <= 8 and is_furniture(stripped):
                warn(line.lineno, f"page furniture dropped: {stripped!r}")  # (a page's link among a digest's items)
                continue
            if stripped[-1] in _LINK_LAST and (link := _TRAILING_LINK.search(line.text)) is not None:
                warn(line.lineno, f"page furniture dropped: {link.group(0).strip()!r}")  # (…参加会议。 展开详细)
                line = Line(line.text[:link.start()], line.lineno, line.start)
                stripped = line.text.strip()
            if stripped[-1] in _DECORATION and len(stripped) <= 24 and (deco := _DECORATED_DATE.match(line.text)):
                # ◆ 1月5日 ◆, —— 1月8日 ——, 「1月9日」: a date alone on its line between ornaments (an account's
                # article's list): the date is the line, as if written alone
                line = Line(line.text[deco.start("date"):deco.end("date")], line.lineno, line.start + deco.start("date"))
                stripped = line.text
            lead = len(line.text) - len(line.text.lstrip())
            # dates and verbs are read in simplified characters (當日 is 当日, 召開 is 召开): the copy has the
            # same length, so what is found there is cut from the line as written
            simple = to_simplified(stripped)
            if "曰" in simple:
                simple = _SCANNED_DAY.sub(r"\1日", simple)  # (a scan's 3曰: its day, 日 read as 曰)
            if "目" in simple[1:6] and simple[:1].isdigit():
                simple = _SCANNED_DAY_START.sub(r"\1日", simple)
            if len(simple) <= 40 and (od := D.on_this_day(simple)) is not None:
                on_day = od  # 10月31日，历史上的今天: a heading, the day every year's item is of
                continue
            yh = D.year_heading(simple)
            if yh:
                if unplaced:
                    place_unplaced(None)
                ctx.year, ctx.month = yh, None
                heading_year = yh
                continue
            mh = D.month_heading(simple)
            if mh:
                enter_month(*mh)
                continue
            if len(simple) <= 6 and _PERIOD_HEADING.match(simple):
                continue  # 上半年 alone on its line: a heading over the items that say their date again
            if len(simple) <= 20 and (_CATEGORY_HEADING.match(simple) or _SPACED_HEADING.match(simple) or (
                    _MARKED_HEADING.match(simple) and not _EVENT_VERB.search(simple))) and (
                    not entries or entries[-1].finished()):
                continue  # (the length first: headings are short, and this is tried on every line)
            pre = D.match_prefix(simple, bare_days=style.bare_days, year_items=style.year_items, dotted=style.dotted,
                                 numbered=style.numbered)
            if pre is None and on_day is not None:
                pre = D.on_day_prefix(simple, on_day)  # (720，… under 历史上的今天 7月20日: the day, its 月 and 日 lost)
            if (pre is not None and style.numbered and entries and _POINT.match(simple) is not None
                    and _POINTS_OPEN.search(to_simplified(entries[-1].text)) is not None):
                pre = None  # …部署两项工作： / 1. 5日，开展排查。: the points an entry opened, not the list's items
            if (pre is None and not style.year_items and (not entries or entries[-1].finished()) and (
                    (heading_year is not None and simple[:4] == str(heading_year))
                    or (ctx.year is not None and simple[:5] == f"{ctx.year}年" and simple[5:6].isspace()))):
                # 1971年 / 2月11日 … / 1971年 全县造林…: an item of the year its heading names, after a finished entry;
                # so is one of the year in force set apart as a date column is (大事记(1956年) / … / 1956年 全县…)
                pre = D.match_prefix(simple, year_items=True)
            if pre is not None and pre.end >= len(simple) and (
                    (simple[:1] in "时日" and D.DATE_LABEL.match(simple) and not D.ROW_TEXT_LABEL.match(_next_text(sec, idx)))
                    or (pre.kind == "day" and pre.year is not None and ctx.year is not None
                        and _dated_or_heading(_next_text(sec, idx))
                        and sum(_DATE_ALONE.match(ln.text) is not None for ln in sec.lines) == 1)):
                # 日期：2024-02-01 or 2024-02-01 alone over 3日，… (or over 1月): the page's date, not a row's (whose
                # text, 事件：…, would follow) nor a news list's (whose headline or report would, or whose next item's
                # date alone on its line). (Where no heading or period gave the year, the page's is the best there is.)
                warn(line.lineno, f"page furniture dropped: {stripped!r}")
                continue
            headline = 0
            if pre is None and simple[:1] in "【[〔" and (hm := _HEADLINE.match(simple)):
                # 【全市经济工作会议召开】1月5日，…: a yearbook item's headline before its date, kept in its text
                pre = D.match_prefix(simple[hm.end():])
                if pre is not None and pre.kind in ("day", "xun", "month", "season", "year"):
                    headline = hm.end()
                else:
                    pre = None
            at = headline + pre.end if pre is not None else 0  # where the entry's text begins
            if (pre is not None and entries and not entries[-1].finished() and simple[at - 1:at] in "日号"
                    and (_TIME_WORD_AFTER.match(simple, at)
                         or _AWAITS_DATE.search(entries[-1].text)
                         or (pre.kind == "day" and pre.month is None and _ENDS_AT_MONTH.search(entries[-1].text)))):
                pre = None  # …要求各级各部门 / 20日前完成…, 定于6月 / 15日开幕, …会议于 / 15日召开: a date the line break cut
            if pre is not None and simple[:1] in "自从截" and entries and (
                    not entries[-1].finished()
                    or (simple[:1] == "截" and pre.kind == "day" and (said_start := entries[-1].date_start) is not None
                        and pre.day == said_start.day and pre.month in (None, said_start.month))):
                # …决定 / 自10月1日起，施行…: a span's start the line break put first, in the sentence; 截至9月25日，…
                # under the entry of the 25th: what it came to that day, a further paragraph
                pre = None
            if (pre is not None and pre.kind == "same_day" and entries and entries[-1].date_start is not None
                    and _SAME_DAY_ALSO.match(simple)):
                _append(entries[-1], line, continuing=False)
                continue
            if (pre is not None and pre.kind in ("month", "year") and simple[at - 1:at] in "月年初底末" and entries
                    and not entries[-1].finished()):
                pre = None  # …会议决定从 / 6月起…, …通过了 / 1953年计划…: a date glued to its text continues a broken line
            if (style.bare_days and pre is not None and pre.kind == "day" and pre.month is None and entries
                    and entries[-1].date_start is not None and (simple[:at].rstrip()[-1:] in "，,"
                                                                 or (simple[at - 1] == "日" and _TIME_OF_DAY.match(simple, at)))):
                # 1  我市… / …考察。 / 7日，澳门…: in a list whose days are bare numbers and spaces, a day written
                # with 日 and a comma (or a part of the day: 8日下午，…) at a line's start is a date inside the entry
                # that the line break put first
                _append(entries[-1], line, continuing=True)
                continue
            if (style.glued and pre is not None and pre.kind == "day" and pre.month is None and pre.day is not None
                    and (md := D.split_glued(pre.day, ctx.month)) is not None):
                pre = replace(pre, month=md[0], day=md[1])  # 71日: 7月1日, its 月 lost in copying
            if (style.bulleted and pre is not None and entries and stripped[:1].isdigit()
                    and pre.kind in ("day", "xun", "month") and simple[at - 1:at] in "日号旬月"
                    and not _TIME_OF_DAY.match(simple, at)):
                # (a bulleted list: a date glued to its text, no bullet, is no entry of its own; 8月19日, after ★ items
                # is one, the list's style changing, and so is 2月5日下午,…)
                _append(entries[-1], line, continuing=True)
                continue
            if (pre is None and style.trailing_dates and stripped[-1] in _TRAILING_DATE_LAST
                    and (td := _TRAILING_DATE.search(line.text)) is not None and td.start() > lead):
                # · 市委常委会召开会议 [2024-01-03]: an item of a web column's list, its date after it
                year = int(td["y"]) if td["y"] else ctx.year
                try:
                    day = (dt.date(year, int(td["m"] or td["m2"] or td["m3"]), int(td["d"] or td["d2"] or td["d3"]))
                           if year is not None
                           else None)
                except ValueError:
                    day = None
                if day is None:
                    warn(line.lineno, f"no year known or no such date; item kept without a date: {stripped[:40]!r}")
                e = new_entry(day, day, "day" if day else None, "")
                e.date_line = line.lineno
                if day is not None:
                    last_date = (day, day, "day")
                    ctx.year, ctx.month = day.year, day.month
                cut = lead + _bullet_width(stripped)
                _append(e, Line(line.text[cut:td.start()], line.lineno, line.start + cut), continuing=False)
                after_heading = False
                continue
            if pre is not None:
                marker = stripped[headline:at]
                rest = Line(line.text[lead + at:], line.lineno, line.start + lead + at)
                if (entries and pre.kind == "day" and (prev_start := entries[-1].date_start) is not None
                        and prev_start.day == pre.day and _report_under_headline(entries[-1], marker, pre, ctx)):
                    # 2024.01.03 / 市委常委会召开会议 / 1月3日，市委常委会召开会议，…: a news list's date, its headline,
                    # then the report, which says the date again in another format: one entry (a date inside an
                    # entry starts none unless written in the list's own format)
                    entries[-1].report_at = len(entries[-1].text)
                    _append(entries[-1], line, continuing=True)
                    continue
                year_before, undated = ctx.year, None
                try:
                    start, end, prec = _resolve(pre, ctx, last_date)
                    if pre.kind == "year" and on_day is not None and pre.year is not None:
                        start = end = dt.date(pre.year, *on_day)  # 【2007年】 under 10月31日，历史上的今天
                        prec = "day"
                except (D.DateError, ValueError) as exc:
                    undated = f"{exc}; entry kept without a date: {stripped[:40]!r}"
                    start, end, prec = None, None, None
                if pre.kind == "same_day":  # △省府于5月5日下午召开…: a bullet, the date said inside
                    start, end, prec = _embedded_date(simple[at:], ctx) or (start, end, prec)
                    if prec != "year" and ctx.month is None and (of_year := _after_year_heading(start, ctx)) is not None:
                        start, end, prec = of_year  # 1958年 / △春节期间，…: no day of that year said
                if unplaced and start is not None and pre.month is not None:
                    place_unplaced(_month_before(pre, [p.day for _, p, _, _ in unplaced if p is not None]))
                e = new_entry(start, end, prec, marker.strip())
                e.date_line = line.lineno
                if pre.kind == "same_day" and start is None and unplaced and unplaced[-1][0] is entries[-2]:
                    unplaced.append((e, None, line.lineno, ""))  # (同日 after such a day: its date, once placed)
                elif undated is not None:
                    if year_before is not None and ctx.month is None and pre.kind == "day" and pre.month is None:
                        unplaced.append((e, pre, line.lineno, undated))
                    else:
                        warn(line.lineno, undated)
                if headline:
                    _append(e, Line(line.text[lead:lead + headline], line.lineno, line.start + lead), continuing=False)
                after_heading = False
                if start is not None or pre.kind not in ("same_day", "same_month"):
                    last_date = (start, end, prec)
                if pre.kind == "same_day" and start is None and not entries[:-1]:
                    warn(line.lineno, f"same-day marker before any dated entry: {stripped[:40]!r}")
                _append(e, rest, continuing=False)
                continue
            # no date, no marker
            if (after_heading and len(stripped) <= 30 and stripped[-1] not in _CLOSED_END
                    and not _SENTENCE_MARK.search(stripped[:-1].lstrip(D.BULLETS))
                    and _dated(_next_text(sec, idx))):
                # "1月", then 全市经济工作会议召开 over "5日，全市经济工作会议召开。…": a headline over the next
                # dated item, as between two entries, not an item of the month
                warn(line.lineno, f"subheading dropped: {stripped!r}")
                continue
            if after_heading and ctx.year is not None and ctx.month is not None:
                # "1月" alone, then undated text: an item of that month (yearbook style)
                s_, e_ = D.unit_range("month", ctx.year, ctx.month)
                e = new_entry(s_, e_, "month", "")
                last_date = (s_, e_, "month")
                after_heading = False
                _append(e, line, continuing=False)
                continue
            bullet = _bullet_width(stripped)  # ● 市政府召开…: the marker
            said = None  # the date the line states inside it, once read
            if not entries:
                # ◆在国庆来临之际，9月24日，…: the first item of a bulleted list, its date said inside; 春节前夕，…,
                # 元宵节，… first under the title: an item of the month; neither is preamble to drop
                said = _embedded_date(simple[bullet:], ctx)
                if said is None or not (bullet or _CLAUSE_DATE.match(simple) is not None):
                    said = _festival_month(simple[bullet:], ctx)
                if said is not None:
                    e = new_entry(*said, stripped[:bullet].strip())
                    last_date = said
                    cut = lead + bullet
                    _append(e, Line(line.text[cut:], line.lineno, line.start + cut), continuing=False)
                    continue
                if ctx.month is not None and ctx.span_to is None and "月" in simple and len(simple) <= 40:
                    ctx.span_to = D.span_end_in(simple)  # 一周要闻（1月29日—2月4日） over the entries: the span's end
                elif (ctx.month is None and ctx.year is not None and "月" in simple and len(simple) <= 40
                      and (span := D.span_in(simple)) is not None):
                    # 2024年第1期（1月1日—1月10日） over bare days, no month heading: the span's months are the days'
                    ctx.month, ctx.span_to = span[0], (span[1] if span[1] != span[0] else None)
                warn(line.lineno, f"text before the first dated entry dropped: {stripped[:60]!r}")
                continue
            prev = entries[-1]
            finished = prev.finished()
            subheading = finished and (
                (len(stripped) <= 10 and not _SENTENCE_MARK.search(stripped) and ENTRY_VERB.search(stripped) is None)
                or (bullet > 0 and len(stripped) <= 60 and stripped[-1] not in _CLOSED_END and "。" not in stripped)
                or (simple[:1] in "【[〔" and _HEADLINE.fullmatch(simple) is not None))
            headed = finished and not subheading and _headline_shaped(simple)  # (a headline over the next item?)
            if (subheading or headed) and _dated(below := _next_text(sec, idx)) and (
                    subheading or _said_again(simple, below)):
                # 重要会议 between two entries, the next dated: a subheading, no paragraph of the entry before (not
                # 市长甲出席, which reports an act: the entry's last sentence, its 。 lost); so is a bulleted
                # headline over the next item (■ 刘捷调研富阳经开区：坚定不移推进产业转型升级), and one in brackets
                # (【市长会见客商】 over 6日，市长甲会见…)
                warn(line.lineno, f"subheading dropped: {stripped!r}")
                continue
            if finished and stripped[:1] in "（(" and _SIGN_OFF.match(simple):
                warn(line.lineno, f"sign-off dropped: {stripped!r}")  # (郭延志) under the last entry: its compiler
                continue
            if bullet and not prev.text.strip():
                # （5月20日—5月24日） over ●…: a week's dates on their own line, its first item bulleted below
                cut = lead + bullet
                _append(prev, Line(line.text[cut:], line.lineno, line.start + cut), continuing=True)
            elif not finished or (_POINT.match(simple) and _POINTS_OPEN.search(to_simplified(prev.text))):
                # (the next point of a list the entry opened: 会议要求：1.…；/ 2.…)
                _append(prev, line, continuing=True)
            elif not bullet and lead == style.body_indent and line.start == raw.start:
                _append(prev, line, continuing=True)  # (flush with the wrapped lines: the paragraph goes on)
            elif not bullet and ctx.month is None and (of_year := _after_year_heading(prev.date_start, ctx)) is not None:
                # 1958年 / 春节期间，…: an undated item of that year, no further paragraph of the entry before
                last_date = of_year
                _append(new_entry(*of_year, ""), line, continuing=False)
            elif (bullet or reads_as_new_event(simple[bullet:], prev.text)  # (a bullet: an item of its own)
                  # (… and so is the next of items numbered under their day: 3日 / 1.市委… / 2.市长…)
                  or (_POINT.match(simple) is not None and _POINT.match(to_simplified(prev.text.lstrip())) is not None)
                  # (… and the next of items numbered before their dates, 1.1月28日，… / 2.雄安新区…: an item of its own)
                  or (prev.marker[:1].isdigit() and _next_item(simple, prev.marker))
                  or (_CLAUSE_DATE.match(simple) is not None and (said := _embedded_date(simple, ctx)) is not None)):
                start, end, prec = (said or _embedded_date(simple, ctx)
                                    or _festival_month(simple[bullet:], ctx, fixed_only=prev.precision != "day")
                                    or (prev.date_start, prev.date_end, prev.precision))
                if (start, end, prec) != (prev.date_start, prev.date_end, prev.precision):
                    last_date = (start, end, prec)
                e = new_entry(start, end, prec, stripped[:bullet].strip())
                cut = lead + bullet
                _append(e, Line(line.text[cut:], line.lineno, line.start + cut), continuing=False)
            else:
                _append(prev, line, continuing=True)
    if unplaced:
        place_unplaced(None)
    for ln, why in sec.dropped:
        if ln.lineno not in used_numbers:
            warn(ln.lineno, f"{why} dropped: {ln.text.strip()[:60]!r}")
    return [e for e in entries if e.text.strip() or _warn_empty(e, warn)]


_YEAR_WRITTEN = re.compile(r"\D*\d{4}")


def _date_shape(marker: str) -> tuple[bool, bool]:
    """How a date prefix is written: with its year or not, with 月 or 日 (1月3日，) or in figures and dots or
    dashes (2024.01.03)."""
    return bool(_YEAR_WRITTEN.match(marker) or "年" in marker), any(ch in marker for ch in "月日号")


def _report_under_headline(prev: Entry, marker: str, pre: D.DatePrefix, ctx: Context) -> bool:
    """Is this dated line the report under `prev`'s headline: `prev` is a date and one headline, beside it or on
    the line under it (no sentence finished), and this line says the same day in the other way of writing dates?"""
    # (the cheap tests first: this is asked at every dated line, and most follow an entry of another day)
    start = prev.date_start
    if (start is None or pre.day != start.day or pre.day2 is not None or prev.precision != "day"
            or prev.date_line == 0 or len(prev.pieces) != 1 or len(prev.pieces[0].text) > 50):
        return False
    if (pre.month or ctx.month) != start.month or (pre.year or ctx.year or start.year) != start.year:
        return False
    return not prev.finished() and _date_shape(prev.marker) != _date_shape(marker)


def _month_before(pre: D.DatePrefix, days: list[int | None]) -> int | None:
    """The month of the days read before the first date that says its month (`pre`, resolved): a month's own
    item (2月 以…为代表的…) closes that month's list, so the days above are of it; a 上旬 or a day before those
    days opens the month, so they are of the month before."""
    month = pre.month
    if month is None:
        return None
    if pre.kind == "month":
        return month
    if pre.kind == "xun":
        return month - 1 if (pre.xun or "").startswith("上") else month
    if pre.kind == "day" and pre.day is not None:
        return month if all(d is not None and d <= pre.day for d in days) else month - 1
    return None


def _days_of(month: int, pres: list[D.DatePrefix | None], year: int | None) \
        -> list[tuple[dt.date | None, dt.date | None, str | None]] | None:
    """The dates of days read before their month was known, as of `month`, each same-day marker (None) the date
    of the one before; None unless every day is one of that month and they run in order."""
    days = [p.day for p in pres if p is not None]
    if year is None or not 1 <= month <= 12 or days != sorted(d or 0 for d in days):
        return None
    out: list[tuple[dt.date | None, dt.date | None, str | None]] = []
    for pre in pres:
        if pre is None:
            out.append(out[-1] if out else (None, None, None))
            continue
        try:
            out.append(_resolve(replace(pre, month=month), Context(year, month), None))
        except (D.DateError, ValueError):
            return None
    return out


# An undated item that says only when around a holiday it happened (春节前夕，…; 国庆期间，…): of the month in
# force, not the day of the entry before (a span the entry before gave, 1月上旬, stays); the words stay in
# its text.
# … or a festival of the lunar calendar alone (元宵节，…, 中秋，…: its day moves through the solar months; no table
# of them is kept, so the month in force, not the day before)
_FESTIVAL_TIME = re.compile(r"^(?:(?P<festival>春节|元旦|元宵节?|清明节?|五一|劳动节|端午节?|七一|八一|建军节|中秋节?|国庆节?|重阳节?"
                            r"|新春|节日)"
                            r"(?P<when>前夕|期间|前后|假期|来临之际|到来之际|之际)"
                            rf"|(?:{D.LUNAR_FESTIVALS})节?(?:当天|当日|这天|这一天)?)[，,]")


# the festivals of the solar calendar, and their month (国庆节期间 is October's, whatever came before it)
_FIXED_FESTIVAL_MONTHS = {"清明": 4, "清明节": 4, "五一": 5, "劳动节": 5, "七一": 7, "八一": 8, "建军节": 8, "国庆": 10, "国庆节": 10}
_DURING = frozenset(("期间", "假期"))


def _festival_month(text: str, ctx: Context, fixed_only: bool = False) -> tuple[dt.date, dt.date, str] | None:
    """The month of an item dated by a festival (春节前夕，…: the month in force; 国庆节期间，…: October);
    `fixed_only`: only where the festival's own month gives it (after an entry that was itself a span)."""
    if ctx.year is None or (m := _FESTIVAL_TIME.match(text)) is None:
        return None
    month = None if fixed_only else ctx.month
    if m.group("when") in _DURING and (fixed := _FIXED_FESTIVAL_MONTHS.get(m.group("festival"))) is not None:
        month = fixed
    if month is None:
        return None
    start, end = D.unit_range("month", ctx.year, month)
    return start, end, "month"


# "省府于5月5日下午召开…": the subject first, then 于 and the date, in the entry's first clause.
_EMBEDDED = re.compile(r"^[^，,。；;：:“《]{1,12}?于\s*")
# "◆为保障饮水安全，9月25日，副县长甲…": a full date standing as a clause of its own after the opening ones
_CLAUSE_DATE = re.compile(r"^[^。；;！？!?]{2,80}?[，,]\s*(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日"
                          r"(?:\s*(?:至|[—－~～-])\s*(?:\d{1,2}月)?\d{1,2}日)?(?:[上下中]午|晚上?|凌晨)?[，,])")


def _after_year_heading(before: dt.date | None, ctx: Context) -> tuple[dt.date, dt.date, str] | None:
    """The year in force as an item's date, where a year's heading (no month yet) stands between it and the entry
    dated `before`; None where none does. (Callers ask `ctx.month is None` first: a cheap test, most lines fail it.)"""
    if before is None or ctx.year is None or ctx.month is not None or before.year == ctx.year:
        return None
    start, end = D.unit_range("year", ctx.year)
    return start, end, "year"


def _embedded_date(text: str, ctx: Context) -> tuple[dt.date | None, dt.date | None, str | None] | None:
    """The date an undated item states right after its subject (`省府于5月27日至28日在广州市召开…`),
    read as a day prefix would be."""
    t = text.strip()
    m = _EMBEDDED.match(t) or _CLAUSE_DATE.match(t)
    pre = D.match_prefix(t[m.end():]) if m else None
    if pre is None or pre.kind != "day" or ctx.year is None:
        return None
    year, month = ctx.year, ctx.month
    try:
        return _resolve(pre, ctx, None)
    except D.DateError:
        ctx.year, ctx.month = year, month  # a date that cannot be leaves the context as it was
        return None


def _warn_empty(e: Entry, warn) -> bool:
    warn(e.lineno or e.date_line, f"date {e.marker!r} with no entry text")  # (no text, no pieces: the date's line)
    return False


_LEADING_SEP = "，,、：:；;"


def _bullet_width(stripped: str) -> int:
    """How many characters a line's bullet and the blanks after it take (● 市政府召开…: 2; none: 0)."""
    return len(stripped) - len(stripped.lstrip(D.BULLETS).lstrip())


def _append(e: Entry, line: Line, *, continuing: bool) -> None:
    """Add a line's text to an entry: line breaks join with nothing, surrounding blanks trimmed."""
    text = line.text
    left = len(text) - len(text.lstrip())
    body = text.strip()
    first = body[:1]
    if first and (first in _LEADING_SEP or first in D.ROW_TEXT_LABEL_FIRST) and not any(p.text for p in e.pieces):
        # what opens the entry's text: a date alone on its line, its separator starting the next (4月10日 /
        # ，体育馆路街道…), or a row's label (日期：1月3日 / 事件：…): no part of the text
        if first in _LEADING_SEP:
            cut = len(body) - len(body.lstrip(_LEADING_SEP).lstrip())
        else:
            cut = lab.end() if (lab := D.ROW_TEXT_LABEL.match(body)) is not None else 0
        body, left = body[cut:], left + cut
    if not body:
        return
    e.pieces.append(Piece(body, line.start + left, line.lineno))


def _turns_the_year(ctx: Context, month: int, last_start: dt.date | None) -> bool:
    """Is `month`, its year unsaid, the next year's? In a list across the new year (12月30日 … then 1月3日, or a
    1月 heading after 12月, the entry before in November or December of the year in force), it is."""
    return (ctx.month in (11, 12) and month in (1, 2) and last_start is not None
            and (last_start.year, last_start.month) == (ctx.year, ctx.month))


def _resolve(pre: D.DatePrefix, ctx: Context, last) -> tuple[dt.date | None, dt.date | None, str | None]:
    """ISO dates for a prefix, updating the month and year in force."""
    if pre.year:
        ctx.year = pre.year
        if pre.kind == "year":
            ctx.month = None  # (1951年 …: a new year, no month of the one before in force)
    if pre.kind == "same_day":
        return last
    if pre.kind == "next_day":  # 次日, 翌日: the day after the last day of the entry before
        start, end, prec = last
        if prec != "day" or end is None:
            return last  # (after a month or a 旬 there is no "next day" to say)
        nxt = end + dt.timedelta(days=1)
        ctx.year, ctx.month = nxt.year, nxt.month
        return nxt, nxt, "day"
    if pre.kind == "same_month":
        if ctx.year is None or ctx.month is None:
            raise D.DateError("同月 with no month in force")
        s, e = D.unit_range("month", ctx.year, ctx.month)
        return s, e, "month"
    if ctx.year is None:
        raise D.DateError("no year known (pass --period YYYY or YYYY-MM)")
    if pre.kind == "year":
        s, e = D.unit_range("year", ctx.year)
        return s, e, "year"
    if pre.kind == "season":
        season = pre.season
        if season == "Q":  # 本季度: the quarter of the month in force
            if ctx.month is None:
                raise D.DateError("本季度 with no month in force")
            season = f"Q{(ctx.month - 1) // 3 + 1}"
        s, e = D.unit_range("season", ctx.year, season=season)
        return s, e, "season"
    if pre.kind in ("month", "xun"):
        month = pre.month if pre.month is not None else ctx.month  # a bare 旬 is of the month in context
        if month is None:
            raise D.DateError("no month known for a 旬 (pass --period YYYY-MM)")
        if pre.month2 is None or pre.month2 == month:
            ctx.month = month  # (a span of months, 1—11月 in December's list, is a summary: the month stays)
        # (3月至次年5月, 2023年3月至2024年5月: the year the span ends in)
        year2 = ctx.year + 1 if pre.following == "year" else pre.year2
        s, e = D.unit_range(pre.kind, ctx.year, month, xun=pre.xun, month2=pre.month2, xun_end=pre.xun_end,
                            year2=year2)
        return s, e, pre.kind
    in_force = ctx.month
    if (pre.month is None and ctx.span_to is not None and ctx.month is not None and ctx.year is not None
            and ctx.span_to == ctx.month % 12 + 1 and last is not None and last[0] is not None
            and last[0].month == ctx.month and pre.day is not None and pre.day < last[0].day):
        # 21日…28日, then 3日 under 2023年12月21日至2024年1月20日大事记: the span's next month
        ctx.year, ctx.month = ctx.year + (ctx.month == 12), ctx.span_to
        ctx.span_to = None
    if pre.month is not None:
        if not 1 <= pre.month <= 12:
            raise D.DateError(f"no such month {pre.month}")
        if pre.year is None and last is not None and _turns_the_year(ctx, pre.month, last[0]):
            ctx.year += 1
        ctx.month = pre.month
    if ctx.month is None:
        raise D.DateError("no month known (pass --period YYYY-MM)")
    if pre.day is None or not 1 <= pre.day <= 31:
        raise D.DateError(f"no such day {pre.day}")
    year2, month2 = pre.year2, pre.month2
    if pre.following == "year":
        year2 = ctx.year + 1
    elif pre.following == "month":
        month2 = ctx.month % 12 + 1
    s, e = D.day_range(ctx.year, ctx.month, pre.day, year2, month2, pre.day2)
    if pre.following == "day":
        e = s + dt.timedelta(days=1)  # (31日至次日: into the next month)
    if e.month != s.month and in_force == e.month:
        # 5月30日~6月5日 first under the 6月 heading: the end's month is the one the next entries are in;
        # under its own start month (12月31日至次年1月2日 in December), or in a year's list whose entries each
        # say their month (12月28日至次年1月3日, then 12月30日), the start's month stays
        ctx.year, ctx.month = e.year, e.month
    return s, e, "day"
