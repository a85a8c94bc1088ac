"""Participants: who took part in an entry, their title as written and their roles.

An entry's names and titles are read by etl/names.py, what governs each of them by etl/roles.py; this
module puts the two together, one participant per name, and keeps the people only mentioned apart.
Names and titles are cut from the entry as written (reading-aid glosses and spaces removed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import ITEM_NUMBER, ITEM_NUMBER_FIRST, TIME_WORDS
from .names import (POST_TITLE, POST_TITLE_FIRST, Mention, OfficeRead, assign_titles, bare_mentions, mark_spaced_lists,
                    titled_mentions, unit_end, unit_listed, unit_named, unusual_names)
from .roles import assign_roles, only_visits, pending_only, roles_from_tail
from .script import prepare

_WORK_TITLE = re.compile(r"《[^》]{0,60}》")
# an item's number at an entry's start (1. 2、 （3） 四、; what it opens with is ITEM_NUMBER_FIRST, a cheap test first)
_ITEM_NUMBER = re.compile(ITEM_NUMBER)


@dataclass
class Participant:
    name: str
    title: str
    roles: list[str]


# what may stand before the subject an entry opens with: nothing, or the time of day (上午，市委书记甲…)
_OPENING = re.compile(rf"(?:{TIME_WORDS})?[，,\s]*")


@dataclass
class People:
    participants: list[Participant]
    mentioned: list[str]


# a name that opens the entry and owns its subject (甲的提案, 乙同志的事迹)
_POSSESSIVE = re.compile(r"(?:同志|先生|女士)?的")


def read_people(text: str, known: set[str] | None = None, *, prepared: tuple[str, str] | None = None,
                reads: list[OfficeRead] | None = None, unusual: list[str] | None = None) -> People:
    """Participants and mentioned people of one entry's text (`prepared`: prepare(text), `reads`: office_reads
    of its simplified copy, and `unusual`: unusual_names(known), when already made: once per file)."""
    src, s = prepared or prepare(mark_spaced_lists(text))
    if (s[:1] in ITEM_NUMBER_FIRST and (number := _ITEM_NUMBER.match(s)) is not None
            and not s[number.end():number.end() + 1].isdigit()):  # (not 1.5万名…: a number)
        s = "，" * number.end() + s[number.end():]  # 1.市委书记甲…, （2）市长乙…: the item's number is no part of a title
    # names inside titles of works are not people
    masked = _WORK_TITLE.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", s)
    if masked != s:
        s, reads = masked, None  # the reads were of the unmasked text
    in_file = known or set()  # (names titled elsewhere in the file)
    if unusual is None:
        unusual = unusual_names(in_file)  # (those of them no Chinese surname begins)
    known = set(in_file)
    titled = titled_mentions(s, known, reads)
    known |= {m.name for m in titled if len(m.name) >= 2}
    taken = [(m.start, m.end) for m in titled]
    unit = unit_named(s, taken)  # 市建委朱光局长: a name between its unit and its office, read with no title
    if unit_end().search(s) is not None:  # (a cheap test first: few entries name anyone right after a unit)
        unit += unit_listed(s, taken + [(m.start, m.end) for m in unit])  # 省农业厅王建国、…: titled by the unit
    bare = bare_mentions(s, known, taken + [(m.start, m.end) for m in unit],
                         unusual + unusual_names(m.name for m in titled))
    mentions = sorted(titled + unit + bare, key=lambda m: m.start)
    # drop overlaps, keeping the earlier (titled first on ties)
    kept: list[Mention] = []
    for mt in mentions:
        if kept and mt.start < kept[-1].end:
            continue
        kept.append(mt)
    mentions = [m for m in kept if "*" not in m.name]
    for mt in mentions:
        mt.name = src[mt.start:mt.end]
    assign_titles(s, src, mentions)
    assign_roles(s, mentions)
    _surname_references(s, mentions)
    if (mentions and not mentions[0].roles and not mentions[0].mentioned
            and (mentions[0].titled or _post_titled(s, mentions[0].end))  # (郭金龙市长一行启程赴…)
            and _OPENING.fullmatch(s, 0, mentions[0].title_start)):
        if _POSSESSIVE.match(s, _past_post_title(s, mentions[0].end)):
            mentions[0].mentioned = True  # 人大代表甲的提案获采纳: the item is about what is theirs
        else:
            mentions[0].roles.add("lead")  # the person whose action the entry reports
            # and those listed with them (甲和乙共同为…揭牌)
            for prev, mt in zip(mentions, mentions[1:]):
                if mt.roles or mt.mentioned or mt.guest or not pending_only(s[prev.end:max(prev.end, mt.title_start)]):
                    break
                mt.roles.add("lead")
    # (a delegation received is a 团 or a 组: a cheap test before the pattern, asked of every entry)
    received = _RECEIVED_GROUP.search(s) if "团" in s or "组" in s else None
    for mt in mentions:
        mt.roles |= mt.later
        if (received is not None and received.start() > mt.end and not mt.mentioned
                and _LEADS_GROUP.match(s, mt.end)):
            mt.roles.add("guest")  # 甲率代表团来访。市长乙会见了代表团一行: the one who led it is received
            if "lead" in mt.roles and only_visits(s, mt.end, received.start()):
                mt.roles.discard("lead")  # (as a visitor named before the sentence that receives them)
        # 万勇对佐藤树一郎一行的来访表示欢迎: the one whose visit is welcomed is received (表示欢迎 is the host's)
        if (not mt.mentioned and mt.title_start > 0 and s[mt.title_start - 1] == "对"
                and _VISIT_WELCOMED.match(s, mt.end)):
            mt.roles = {"guest"}
            continue
        # 卢小亨主持会议，赵立香安排整改工作: a clause's subject, named with a title elsewhere in the file, doing
        # what no role names: the person whose action it reports (not a misreading, whose name would be unknown);
        # so is a sentence's or a clause's titled subject (…召开。市长甲听取各县汇报。, …召开，副市长乙听取…), as the
        # entry's first one is
        if (not mt.roles and not mt.mentioned and not mt.guest and mt.start > 0
                and ((mt.name in in_file and s[mt.start - 1] in _CLAUSE_OPEN)
                     or (mt.title and mt.title_start > 0 and _opens_subject(s, mt.title_start)))
                and _DOES.match(s, mt.end)):
            # (王春利表示，…, 黄治平代表镇党委，对…表示肯定: what they said)
            mt.roles.add("speak" if _SAYS.match(s, mt.end) or _SAYS_LATER.match(s, mt.end) else "lead")
        # 会上，镇党委书记黄治平代表镇党委，对…表示充分肯定: a titled subject saying something, no other verb
        elif (not mt.roles and not mt.mentioned and not mt.guest and mt.title and mt.title_start >= 0
              and (mt.title_start == 0 or s[mt.title_start - 1] in _CLAUSE_OPEN) and _SAYS_LATER.match(s, mt.end)):
            mt.roles.add("speak")
    _visitor_received_by_name(s, mentions)
    return _merge(mentions)


_SENTENCE_MARKS = re.compile(r"[。；;！？!?]")


def _visitor_received_by_name(s: str, mentions: list[Mention]) -> None:
    """甲率代表团访问我省，省长乙会见甲一行: a visitor received, named again where received, is a guest only; leading
    the party or coming is no more than being the visitor (what they did themselves, 调研, 座谈, stays lead)."""
    guests = {mt.name for mt in mentions if mt.guest or "guest" in mt.roles}
    if not guests:
        return
    for k, mt in enumerate(mentions):
        if mt.name not in guests or "lead" not in mt.roles or "guest" in mt.roles or mt.mentioned:
            continue
        if not any(later.name == mt.name and "guest" in later.roles for later in mentions[k + 1:]):
            continue
        end = m.start() if (m := _SENTENCE_MARKS.search(s, mt.end)) is not None else len(s)
        if k + 1 < len(mentions):
            end = min(end, max(mt.end, mentions[k + 1].title_start))
        if only_visits(s, mt.end, end):
            mt.roles.discard("lead")


# a delegation received, named by what it is (会见了代表团一行, 接见了访问团一行), and the one who led it
_RECEIVED_GROUP = re.compile(r"(?:会见|接见|宴请|会晤|接待)(?:并宴请)?了?[^，,。；;、]{0,12}?[团组](?:一行|成员)?(?=[，,。；;并和与]|$)")
_LEADS_GROUP = re.compile(r"(?:同志|先生|女士)?(?:一行)?(?:率领|带领|率)")
_VISIT_WELCOMED = re.compile(r"(?:同志|先生|女士|夫妇)?(?:一行)?的(?:来访|到访|到来|访问)")
_SAYS = re.compile(r"(?:同志)?(?:表示|认为|说|谈到|表态)")
_CLAUSE_OPEN = frozenset("，,。；;")
_SENTENCE_OPEN = frozenset("。；;！？")
_SUBJECT_OPEN = _CLAUSE_OPEN | _SENTENCE_OPEN
# … or, after a titled name, on whose behalf and about what (代表镇党委，对…表示, 在会上表示)
_SAYS_LATER = re.compile(r"(?:同志)?(?:在[^，,。；;]{1,10}?[上中]|代表[^，,。；;]{1,16}?[，,]?|对[^，,。；;]{1,30}?)*表示")
# what a subject does right after its name: a word, not a mark or a particle (甲的…, 甲、乙…), nor the post
# they hold as well (县长甲兼司令)
# (甲与他们进行了交流, 乙与企业家座谈: a talk with those named by no name is what the subject does)
_DOES = re.compile(r"(?:同志)?(?:[\u4e00-\u9fff](?<![的等和与及、兼])|[与同][^，,。；;、]{1,20}?(?:座谈|会谈|交流|洽谈|对接|会晤))")


# one new to the post, said before its title (新任命的副市长甲向宪法宣誓, 新当选的市长乙发表讲话): still the subject
_NEWCOMER = re.compile(r"新(?:任命|当选|任职|提任|提拔|上任|到任)?的$")


def _opens_subject(s: str, title_start: int) -> bool:
    """Whether a title starting at title_start opens a clause (after a mark, or a newcomer's 新任命的 after one)."""
    if s[title_start - 1] in _SUBJECT_OPEN:
        return True
    m = _NEWCOMER.search(s, max(0, title_start - 5), title_start) if s[title_start - 1] == "的" else None
    return m is not None and (m.start() == 0 or s[m.start() - 1] in _SUBJECT_OPEN)


# a later sentence naming someone by surname and office (王书记强调, 会上，李市长要求, 张县长主持): who said or did
# it. The office and what follows are looked for first (the surname's character before it, and what may stand
# before that, are tested after: a pattern that opened with them would be tried at every position)
_OFFICE_THEN_VERB = re.compile(
    r"(?P<office>书记|市长|县长|区长|省长|州长|旗长|盟长|镇长|乡长|主任|主席|部长|局长|厅长|秘书长)"
    r"(?:同志)?(?P<tail>(?:在[^，,。；;]{1,12}?[上中][，,]?)?"
    r"(?:强调|指出|要求|提出|表示|讲话|说|作|致辞|发言|希望|介绍|总结|主持|出席|参加|陪同)[^。；;！？!?]*)")
_REFERENCE_OPEN = _SUBJECT_OPEN | frozenset("!? \t\u3000")
_REFERENCE_OPENERS = ("会上", "会议上", "随后", "最后", "同时")


def _surname_references(s: str, mentions: list[Mention]) -> None:
    """王书记强调…: the one person of the entry with that surname and office said it (the roles its clause
    names, as a pronoun's would add them); none where two could be meant."""
    for ref in _OFFICE_THEN_VERB.finditer(s):
        at = ref.start() - 1  # (the surname's character)
        if at < 0 or not "\u4e00" <= s[at] <= "\u9fff":
            continue
        opened = at == 0 or s[at - 1] in _REFERENCE_OPEN or s.endswith(_REFERENCE_OPENERS, 0, at)
        if not opened or any(mt.start < ref.start("office") and at < mt.end for mt in mentions):
            continue  # (inside a longer word, or read as a name already)
        meant = {mt.name for mt in mentions if not mt.mentioned and mt.name[:1] == s[at]
                 and ref.group("office") in mt.title and mt.start < at}
        if len(meant) == 1:
            roles = roles_from_tail(ref.group("tail")) - {"lead"}
            for mt in mentions:
                if mt.name in meant:
                    mt.later |= roles
                    break


def _past_post_title(s: str, end: int) -> int:
    """Where what is said of the name ending at end starts: past a leader's title written after it, if any
    (郭金龙市长, 叶剑英副主席)."""
    post = POST_TITLE.match(s, end) if s[end:end + 1] in POST_TITLE_FIRST else None
    return post.end() if post is not None else end


def _post_titled(s: str, end: int) -> bool:
    """Is the name ending at end followed by a leader's title written after it?"""
    return _past_post_title(s, end) != end


def _merge(mentions: list[Mention]) -> People:
    """One participant per name, in order of first appearance; roles add up, the first title stays."""
    order: dict[str, Participant] = {}
    mentioned: list[str] = []
    for mt in mentions:
        if mt.mentioned or (not mt.roles and not any(m.name == mt.name and m.roles for m in mentions)):
            continue  # no verb governs this name: a misreading far more often than a silent participant
        p = order.get(mt.name)
        if p is None:
            order[mt.name] = Participant(mt.name, mt.title, sorted(mt.roles))
        else:
            if not p.title and mt.title:
                p.title = mt.title
            p.roles = sorted(set(p.roles) | mt.roles)
    for mt in mentions:
        if not mt.mentioned:
            continue
        if (p := order.get(mt.name)) is None:
            if mt.name not in mentioned:
                mentioned.append(mt.name)
        elif not p.title and mt.title:
            p.title = mt.title  # 应市委书记甲邀请…。甲会见了…: the title the entry gave them where it first named them
    return People(list(order.values()), mentioned)
