"""Participants: who took part in an entry, their title as written and their roles.

Officials are announced by the titles and verbs around their names (`市委副书记、市长张百顺主持`,
`副市长刘培国、张建军，市政府秘书长郭守印参加`). This module parses that grammar: an office word
ends a title, a name follows it and is closed by a verb, a separator or a particle; verbs after a
list of people apply to each of them. Matching runs on simplified text; names and titles are cut
from the entry as written (reading-aid glosses and spaces removed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .identity import place_names
from .script import prepare

CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{CJK}]+")


def _lexicon(name: str) -> list[str]:
    text = resources.files("etl").joinpath(f"lexicon/{name}").read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _offices() -> re.Pattern[str]:
    words = sorted(set(_lexicon("offices.txt")), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    single: set[str] = set()
    compound: set[str] = set()
    for ln in _lexicon("surnames.txt"):
        if len(ln) == 2:
            compound.add(ln)
        else:
            single.update(ln)
    return frozenset(single), frozenset(compound)


# What may stand right after a name: punctuation, joiners, honorifics, particles and verbs.
_FOLLOW_WORDS = (
    "以及|一行|同志|先生|女士|夫人|等人|等|和|与|及|同|在|到|赴|来|去|前往|深入|专程|就|对|向|为|从|于|也|还|又|都|均|"
    "首先|随后|一同|一起|共同|分别|亲自|代表|作|做|致|指出|强调|表示|要求|提出|介绍|宣布|宣读|通报|主持|出席|参加|参与|"
    "列席|观看|收听|收看|陪同|汇报|会见|接见|会晤|宴请|看望|慰问|走访|调研|考察|视察|检查|督导|督查|察看|查看|指导|听取|"
    "召开|召集|主讲|讲授|宣讲|授课|发言|讲话|致辞|签署|签订|签约|颁发|颁奖|揭牌|启动|的|说|称|任|当选|被|获|荣获|逝世|"
    "带队|率队|率团|带领|率领|率|接受|回答|主编|署名|作出|批示|接待|参观|巡视|莅临|一道|应邀|受|用|接连|先后|会同|与会|"
    "现场|实地|详细|认真|进一步|总结|部署|安排|看|听|讲|所|将|已|曾|新任|兼|拜会|亲切|再次|开展|进行|举行|走进|来到|组织|赶赴|专题|主动|热情|"
    "围绕|结合|通过|针对|听|坐|乘|登|看|视频|书面|线上|远程|教授|博士|院士|研究员|座谈|会谈|交流|洽谈|随同|总书记"
)
_FOLLOW = re.compile(rf"(?:[，,。、；;：:（(）)“”\"！!？?\s·]|{_FOLLOW_WORDS}|$)")
# Words after which a bare name counts without a list or a title.
_STRONG = re.compile(
    r"主持|出席|参加|参与|列席|观看|收听|陪同|汇报|会见|接见|会晤|宴请|看望|慰问|走访|调研|考察|视察|检查|督导|"
    r"讲话|致辞|发言|宣布|强调|指出|带队|率队|率团|带领|率领|率|主编|签署|一行|等|首先|随后|专程|前往|到会|到场|"
    r"总书记|来到|分别|一同|一起|共同|亲自|赴|接连|先后|应邀|同志|主编|出任|当选|为(?:团长|组长|队长|领队)"
)
_HONORIFIC = re.compile(r"(?:先生|女士|同志|夫人|一行(?:\d+人)?|等(?:人|同志)?)")
# Characters that never stand in a personal name (function words, administrative units).
# (not 之 or 其: 陈之常 and 王其江 are names; 以 stays: 全力以赴 is not 全力以 going somewhere)
_NOT_NAME = set("的了是与及等在对从于以这我你他她市县区省镇乡委局部厅院校司处组队所站会议届次个位年月日号第")  # not 名: 张运名 (余名, 多名: _COUNT_WORDS)
_PLACE_END = set("市县区省镇乡村街路局委办部厅院校司处组会队所站厂园馆港湾岛州旗盟屯")  # not 城: 李春城
_SENT_END = re.compile(r"[。！？!?；;]")
_CLAUSE_PUNCT = set("，,。！？!?；;：:【】")  # 【headline】 brackets of web chronicles too
# Where a title region is cut: what stands before it is not part of the title.
_TITLE_CUT = re.compile(
    r"(?:并与|并和|并同|并向|由|在|请|邀请|应邀|会见|接见|看望|宴请|会晤|拜会|陪同|的(?:还|领导|人员|同志|嘉宾)*有|的|了|率领|带领|一行\d*人?|等|将|来自|"
    r"同志|先生|女士|向|与|和|及|以及|以(?!色列)|传达学习|学习(?!实践)|传达|讨论|审议|听取|赞同|同意|批准|贯彻|落实|召开|举行|主持|出席|参加|慰问|欢迎|宣布|开展|"
    r"(?:调研|考察|检查|督导|督查|视察)(?![组员室处科司局]))"
)
_COLLECTIVE = re.compile(r"^(?:[^，,。、]{0,10}领导(?:同志)?|领导|同志)$")


@dataclass
class Mention:
    """A name found in the entry, with where its title starts and what governs it."""

    name: str
    start: int
    end: int
    titled: bool
    title: str = ""
    title_start: int = -1
    roles: set[str] = field(default_factory=set)
    mentioned: bool = False
    guest: bool = False
    talk_host: bool = False  # talked with by a visiting delegation (甲一行与乙座谈)


@dataclass
class Participant:
    name: str
    title: str
    roles: list[str]


@dataclass
class People:
    participants: list[Participant]
    mentioned: list[str]


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"  # CJK, as a range test (hot)


def _follow_ok(s: str, q: int) -> bool:
    return q >= len(s) or bool(_FOLLOW.match(s, q))


def _name_ok(name: str, *, bare: bool) -> bool:
    single, compound = _surnames()
    if not _CJK_RUN.fullmatch(name):
        return False
    if not _NOT_NAME.isdisjoint(name[1:]):
        return False
    if not (name[0] in single or name[:2] in compound):
        return False
    if bare and (name[-1] in _PLACE_END or name[0] in _MOTION_SURNAMES or name in place_names()):  # 安徽, 黄山
        return False
    if _COUNT_WORDS.search(name):  # 万余人, 千余名: a head count, not a person
        return False
    return True


# Surnames that are far more often a verb before a place (…书记张勃兴,来石泉检查): a bare name never starts
# with them unless it is known from a title elsewhere in the file
_MOTION_SURNAMES = set("来到赴")
_COUNT_WORDS = re.compile(r"(?:余|多)(?:人|名)$|^[万千百十][余多]")  # not 张友余


_FOREIGN = re.compile(rf"[{CJK}]{{1,8}}(?:·[{CJK}]{{1,10}})+")


def _read_foreign(s: str, p: int) -> int | None:
    """A transliterated name with `·` starting at p; the last part is closed by a follow word."""
    if s.find("·", p + 1, p + 9) < 0:  # the first part is at most 8 characters (cheap test, hot path)
        return None
    m = _FOREIGN.match(s, p)
    if not m:
        return None
    first = s[p:s.index("·", p)]
    if len(first) > 6 or _offices().search(first):
        return None
    last = s.rfind("·", p, m.end()) + 1
    for q in range(last + 1, m.end() + 1):
        if _follow_ok(s, q) and not _HONORIFIC.match(s, q - 1):
            return q
    return m.end()


def _read_name(s: str, p: int, known: set[str], *, bare: bool) -> int | None:
    """End of a personal name starting at p, or None: a transliterated name, else a name known from
    elsewhere in the file, else the surname rule."""
    if p >= len(s) or not _is_cjk(s[p]):
        return None
    q = _read_foreign(s, p)
    if q is not None:
        return q
    q = _known_name(s, p, known)
    return q if q is not None else _guess_name(s, p, bare=bare)


def _known_name(s: str, p: int, known: set[str]) -> int | None:
    room = len(s) - p  # (p + k past the end would read a shorter name at the text's end as this long one)
    for k in (4, 3, 2):
        if k <= room and s[p:p + k] in known and _follow_ok(s, p + k):
            return p + k
    return None


def _guess_name(s: str, p: int, *, bare: bool) -> int | None:
    """The surname rule: a surname and a given name of one or two characters, closed by a follow word."""
    _, compound = _surnames()
    lengths = (3, 4) if s[p:p + 2] in compound else (2, 3)
    for k in lengths:
        name = s[p:p + k]
        if len(name) == k and _name_ok(name, bare=bare) and _follow_ok(s, p + k):
            return p + k
    return None


@dataclass(frozen=True, slots=True)
class OfficeRead:
    """What may stand right after one office word, read without the file's known names. The parse
    reads every entry twice (once to learn the file's titled names, once with them); the second
    reading only adds the known-name check, which comes between these two."""

    begin: int  # where the office word starts
    at: int  # where it ends: a name may start there
    foreign: int | None  # end of a transliterated name starting there
    guess: int | None  # else the end of a name by the surname rule


def office_reads(s: str) -> list[OfficeRead]:
    out = []
    for m in _offices().finditer(s):
        p = m.end()
        if p >= len(s) or not _is_cjk(s[p]):
            continue  # no name starts there
        f = _read_foreign(s, p)
        out.append(OfficeRead(m.start(), p, f, None if f is not None else _guess_name(s, p, bare=False)))
    return out


def titled_mentions(s: str, known: set[str], reads: list[OfficeRead] | None = None) -> list[Mention]:
    """Names right after an office word (`reads`: office_reads(s), when already made)."""
    out: list[Mention] = []
    for r in reads if reads is not None else office_reads(s):
        if out and r.begin == out[-1].end:
            continue  # a title after the name (主席张树庭教授来庆元…): no name follows it
        q = r.foreign
        if q is None:
            q = _known_name(s, r.at, known) if known else None
            if q is None:
                q = r.guess
        if q is not None:
            out.append(Mention(s[r.at:q], r.at, q, titled=True))
    return out


_BARE_BEFORE = re.compile(
    r"(?:[，,。、；;：:（(“\"！!？?\s]|^|领导|同志|和|与|及|以及|由|以|请|邀请|(?:会见|接见|看望|宴请|慰问|会晤|拜会)了?|陪同|"
    r"任命|免去|向|并|同|会同|与会|其中|包括|学习|传达|贯彻|落实)$"
)


@lru_cache(maxsize=1)
def _surname_starts() -> re.Pattern[str]:
    """Any character a surname (single or compound) begins with."""
    single, compound = _surnames()
    return re.compile("[" + "".join(sorted(re.escape(c) for c in single | {c[0] for c in compound})) + "]")


def _bare_mentions(s: str, known: set[str], taken: list[tuple[int, int]]) -> list[Mention]:
    """Names with no title: in 、 lists before a verb, alone before a strong verb, after a titled name and 、."""
    list_heads = {b + 1 for a, b in taken if b < len(s) and s[b] == "、"}
    single, compound = _surnames()
    out: list[Mention] = []
    occupied = [False] * (len(s) + 1)
    for a, b in taken:
        for i in range(a, b):
            occupied[i] = True
    starts = _surname_starts()
    p = 0
    while p < len(s):
        jump = starts.search(s, p)  # skip to the next character that can begin a surname
        if jump is None:
            break
        p = jump.start()
        ch = s[p]
        # (the window p-4..p as pos/endpos: `$` holds at p, `^` only at the text's start, as for a slice)
        if occupied[p] or not (ch in single or s[p:p + 2] in compound) or not _BARE_BEFORE.search(s, max(0, p - 4), p):
            p += 1
            continue
        # read a run NAME(、NAME)*
        run: list[tuple[int, int]] = []
        q = p
        while True:
            e = _read_name(s, q, known, bare=True)
            if e is None and not run:
                e = _name_before_title(s, q)
            if e is None or any(occupied[i] for i in range(q, e)):
                break
            run.append((q, e))
            if e < len(s) and s[e] == "、":
                q = e + 1
                continue
            break
        if not run:
            p += 1
            continue
        end = run[-1][1]
        tail = s[end:end + 6]
        listed = len(run) >= 2
        strong = bool(_STRONG.match(tail)) or bool(_offices().match(s, end))
        ok: list[tuple[int, int]] = []
        if listed and (strong or tail[:1] in ("，", ",", "。", "") or tail.startswith(("以及", "和", "及"))):
            ok = run
        else:
            ok = [(a, b) for a, b in run if s[a:b] in known or (strong and (a, b) == run[-1]) or a in list_heads]
            if listed and not ok:
                ok = []
        for a, b in ok:
            out.append(Mention(s[a:b], a, b, titled=False))
        p = end if ok else p + 1
    return out


# What closes a title written after the name it belongs to (由曲格平主任委员率领的…, 周铁农副主席一行…).
_POST_TITLE_END = re.compile(r"率领|带领|率(?!先)|一行")


def _name_before_title(s: str, p: int) -> int | None:
    """End of a name at p that its title follows, then a delegation verb (the older 由X主任委员率领 order),
    or None. Its title is not the contract's (that is the phrase before a name): the name is read alone."""
    window = s[p + 2:p + 16]
    if "率" not in window and "带领" not in window and "一行" not in window:
        return None  # (cheap test first: this is tried wherever a bare name fails)
    _, compound = _surnames()
    offices = _offices()
    for k in (3, 4) if s[p:p + 2] in compound else (2, 3):
        if p + k > len(s) or not _name_ok(s[p:p + k], bare=True):
            continue
        q = p + k
        while (m := offices.match(s, q)) is not None:  # 主任委员, 副主席…
            q = m.end()
        if q > p + k and _POST_TITLE_END.match(s, q):
            return p + k
    return None


def _title_region_start(s: str, mentions: list[Mention], i: int) -> int:
    """Where mention i's title can begin: after the last clause mark or the previous name (+ joiner)."""
    mt = mentions[i]
    lo = 0
    for k in range(mt.start - 1, -1, -1):
        if s[k] in _CLAUSE_PUNCT:
            lo = k + 1
            break
    if i > 0 and mentions[i - 1].end > lo:
        lo = mentions[i - 1].end
    return lo


def _assign_titles(s: str, src: str, mentions: list[Mention]) -> None:
    for i, mt in enumerate(mentions):
        lo = _title_region_start(s, mentions, i)
        region = s[lo:mt.start]
        cut = 0
        for m in _TITLE_CUT.finditer(region):
            # a joiner inside a title (商业、工业、劳工和移民部部长) is kept: cut on 和/与/及 only after a name
            if m.group(0) in ("和", "与", "及", "以及") and m.start() > 0 and "在" not in region[:m.start()]:
                continue
            cut = max(cut, m.end())
        start = lo + cut
        while start < mt.start and s[start] in "、，,和与及 ":
            start += 1
        title_text = s[start:mt.start]
        mt.title_start = start
        if not mt.titled or not title_text or _COLLECTIVE.match(title_text) or not _offices().search(title_text):
            mt.title = ""
        else:
            mt.title = src[start:mt.start]
        if not mt.title and i > 0:
            prev = mentions[i - 1]
            between = s[prev.end:mt.start]
            if between == "、" and prev.title:
                mt.title = prev.title  # 副市长刘培国、张建军: the title governs the whole list


# ---------------------------------------------------------------- roles

_OBJECT_SKIP = re.compile(r"[并,，;；]")
_ROLE = re.compile(
    r"(?P<chair>主持召开|主持)"
    r"|(?P<accompany>(?:陪同|随同)(?:会见|督导|调研|考察|视察|检查|慰问|参观|活动|走访|看望|督查|指导)?)"
    r"|(?P<report>作汇报|汇报)"
    r"|(?P<attend>出席|参加|参会|列席|观看|收听收看|到会|到场|观礼|参与)"
    r"|(?P<speak>讲话|致辞|致词|致(?:欢迎|开幕|闭幕|答谢|祝酒|贺)(?:辞|词)|发言|演讲(?!比赛|会|团)|通报|宣讲|讲授|授课|讲课|主讲|宣布|宣读|作总结|总结部署|安排部署|作部署|强调|指出|介绍|解读|"
    r"作[^，,。；;并]{0,25}?(?:报告|说明|发言|讲话|辅导|讲座|动员|总结|部署|要求)|提出[^，,。；;并]{0,12}?要求|"
    r"作出[^，,。；;并]{0,12}?(?:要求|部署))"
    r"|(?P<lead>带队|率队|率团|带领|率领|为(?:团长|组长|队长|领队)|(?:调研|督导|督查|检查|考察|视察)(?![组团])|走访|慰问|看望|会见|接见|宴请|会晤|拜会|签约|签署|签订|签字(?!仪式)|"
    r"开展[^，,。；;]{0,20}?活动|察看|莅临|巡查|指导|座谈|会商|会谈)"
)
# Verbs that count for the subject only right after the name (到 and 来 are everywhere otherwise).
_MOTION = re.compile(r"^(?:一行|专程|亲自|首先|随后|一同|一起|共同|应邀|先后|分别|也|还|又|再)*(?:率(?!先)|到(?!会|场)|赴|来(?!自)|前往|深入|召开)")
_CONTINUE = re.compile(
    r"^(?:并|还|又|也|再|随后|先后|分别|共同|一同|一起|实地|现场|深入|详细|认真|进一步|专程|亲自|就|对|向|为|与|同|在|"
    r"听取|察看|查看|调研|检查|督导|考察|视察|走访|慰问|看望|强调|指出|要求|提出|宣讲|讲授|主持|出席|参加|了解|宣布|致|作|"
    r"代表|到|赴|来|前往|参观|观看|签署|会见|接见|指导|推动|叮嘱|勉励|鼓励|希望|表示|督导|开展|走进|深入)"
)
_LISTEN = re.compile(r"听取[^，,。；;]*|接受[^，,。；;]*|在[^，,。；;]{0,30}陪同下")
_ACCOMPANIED = re.compile(r"(?:等(?:人|同志|领导)?)?的?陪同下")
# 出席会议的有：…, 参加会议的还有…, 陪同考察的领导有…: a list that the verb before it governs
_LISTED_AFTER = re.compile(r"(?:出席|参加|列席|陪同)[^，,。；;：:]{0,12}?的(?:还|领导|人员|同志|嘉宾|省市|市|县|区)*有[：:]?")
_GUEST_VERB = re.compile(r"会见|接见|宴请|看望|会晤|拜会|慰问|接待")
_TALK = re.compile(r"座谈|会谈|会商|交流|洽谈|会晤")
# a clause that opens with studying (not 组织宣传干部, where the word is part of a noun)
_STUDY_CLAUSE = re.compile(r"(?:^|[，,。；;：:]|并|会议|会上|认真|集中|专题|深入)(?:传达|学习|贯彻|领会|研读)")
_STUDY = re.compile(r"学习|传达|贯彻|落实|领会|宣传(?!部)|研读")  # 宣传部 is an office
_WORDS_OF = re.compile(
    r"的(?:重要)?(?:讲话|指示|批示|论述|回信|贺信|来信|文章)|讲话精神|指示精神|批示精神|重要讲话|重要指示|重要论述|思想|精神$"
)
_APPOINTED = re.compile(r"^(?:同志)?(?:为|任|当选|被任命|兼任|接任|升任|调任)")
_AUTHORED = re.compile(r"^(?:主编|著|编著|撰写|创作|题写|题词|作词|作曲)")
_PRONOUN = re.compile(r"^(?:他|她)(?:还|又|也|并|在)?")
_CLAUSE_SPLIT = re.compile(r"[，,：:]")
_PHRASE_SPLIT = re.compile(r"[，,。；;：:]")
_COMMA_SPLIT = re.compile(r"[，,]")
_JOINERS = re.compile(r"[、，,和与及在]|以及|等|领导|同志|省市|市|区|县")
_WORK_TITLE = re.compile(r"《[^》]{0,60}》")


def _clause_roles(clause: str, first: bool) -> set[str]:
    roles: set[str] = set()
    clause = _LISTEN.sub(lambda m: " " * len(m.group(0)), clause)
    if first:
        mm = _MOTION.match(clause)
        if mm:
            roles.add("chair" if mm.group(0).endswith("召开") else "lead")
    pos = 0
    while True:
        m = _ROLE.search(clause, pos)
        if not m:
            break
        kind = m.lastgroup or ""
        roles.add(kind)
        pos = m.end()
        if kind in ("chair", "attend", "accompany", "report", "lead"):
            nxt = _OBJECT_SKIP.search(clause, pos)
            pos = nxt.start() if nxt else len(clause)
    return roles


def roles_from_tail(tail: str) -> set[str]:
    """Roles given by the verbs after a name (or list of names) up to the next person or sentence end."""
    clauses = _CLAUSE_SPLIT.split(tail)
    roles: set[str] = set()
    # "…史国良,管委主任助理李玲,管委各部门…负责人参加会议": an empty first clause means the verb comes later
    while len(clauses) > 1 and not _HONORIFIC.sub("", clauses[0]).strip("等以及和与及"):
        clauses = clauses[1:]
        if _ROLE.search(clauses[0]):
            break
    for n, clause in enumerate(clauses):
        c = clause.lstrip("等以及和与及")
        if n == 0:
            c = _HONORIFIC.sub("", c, count=1) if _HONORIFIC.match(c) else c
            roles |= _clause_roles(c, first=True)
        elif _CONTINUE.match(c):
            roles |= _clause_roles(c, first=False)
        else:
            break
    return roles


def _pending_only(tail: str) -> bool:
    """Does the text after a name only join it to the next person (、，和 以及 等领导…)?"""
    t = _HONORIFIC.sub("", tail)
    t = _JOINERS.sub("", t)
    return t == ""


def read_people(text: str, known: set[str] | None = None, *, prepared: tuple[str, str] | None = None,
                reads: list[OfficeRead] | None = None) -> People:
    """Participants and mentioned people of one entry's text (`prepared`: prepare(text), and `reads`:
    office_reads of its simplified copy, when already made)."""
    src, s = prepared or prepare(text)
    # names inside titles of works are not people
    masked = _WORK_TITLE.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", s)
    if masked != s:
        s, reads = masked, None  # the reads were of the unmasked text
    known = set(known or ())
    titled = titled_mentions(s, known, reads)
    known |= {m.name for m in titled if len(m.name) >= 2}
    bare = _bare_mentions(s, known, [(m.start, m.end) for m in titled])
    mentions = sorted(titled + bare, key=lambda m: m.start)
    # drop overlaps, keeping the earlier (titled first on ties)
    kept: list[Mention] = []
    for mt in mentions:
        if kept and mt.start < kept[-1].end:
            continue
        kept.append(mt)
    mentions = [m for m in kept if "*" not in m.name]
    for mt in mentions:
        mt.name = src[mt.start:mt.end]
    _assign_titles(s, src, mentions)
    _assign_roles(s, mentions)
    if mentions and not mentions[0].roles and not mentions[0].mentioned and mentions[0].title_start == 0 and mentions[0].titled:
        mentions[0].roles.add("lead")  # the person whose action the entry reports
    return _merge(mentions)


# A receiving verb with no one named after it (市长周齐会见。), and what a visitor does (一行来烟考察).
_RECEIVED_ELIDED = re.compile(r"[^，,。；;：:]{0,12}?(?<!参加)(?<!陪同)(?<!参与)(?<!出席)(?:会见|接见|宴请|会晤|接待)(?:了)?(?:客人|他们|来宾|外宾|代表团|考察团|一行)?(?:全体)?(?:成员|人员)?[。！!]?$")
_VISIT = re.compile(r"一行|(?:来|抵达|到达)[^，,。；;]{0,8}?(?:考察|访问|参观|调研|洽谈|出席|交流)|(?:来访|到访)")


def _sentence_end(bounds: list[int], pos: int) -> int:
    return next(b for b in bounds if b > pos)


def _receive_visitors(s: str, mentions: list[Mention], bounds: list[int], before: int) -> None:
    """Make the visitors named before `before` (一行来烟考察, 来访; a list of them joined by 、) guests: a
    later sentence receives them without naming them."""
    visitor_next = False
    for j in range(len(mentions) - 1, -1, -1):
        v = mentions[j]
        if v.start >= before:
            continue
        end = _sentence_end(bounds, v.start)
        nxt = mentions[j + 1] if j + 1 < len(mentions) else None
        upto = min(end, nxt.title_start) if nxt is not None else end  # what this one does, up to the next name
        joined = nxt is not None and nxt.start < end and _pending_only(s[v.end:max(v.end, nxt.title_start)])
        visitor_next = not v.mentioned and bool(_VISIT.search(s, v.end, upto) or (joined and visitor_next))
        if visitor_next:
            v.guest = True
            # guest, and what they did themselves stays (周铁农率领…来杭调研 … 看望周铁农: guest and lead in the
            # gold of dev/025, though EXTRACTION.md says a received visitor is guest only)
            v.roles = {"guest"} | (v.roles - {"chair", "attend"})


def _assign_roles(s: str, mentions: list[Mention]) -> None:
    sent_bounds = [0] + [m.end() for m in _SENT_END.finditer(s)] + [len(s)]
    last_subject: Mention | None = None
    for a, b in zip(sent_bounds, sent_bounds[1:]):
        if a >= b:
            continue
        inside = [m for m in mentions if a <= m.start < b]
        sentence = s[a:b]
        if inside and _RECEIVED_ELIDED.match(s, inside[-1].end, b):
            # 甲一行来烟考察。市长乙会见。 or 甲一行访问我市，副市长乙会见并宴请客人。: the visitors named
            # before the one receiving are the ones received
            _receive_visitors(s, mentions, sent_bounds, inside[-1].title_start)
        pm = _PRONOUN.match(sentence)
        if pm and last_subject is not None and (not inside or inside[0].title_start - a > 8):
            upto = (inside[0].title_start - a) if inside else len(sentence)
            last_subject.roles |= roles_from_tail(sentence[pm.end():upto]) - {"lead"}
        group: list[Mention] = []
        talk_hosts = False
        host: Mention | None = None  # who received the guests of this sentence (会见甲一行并陪同调研)
        for i, mt in enumerate(inside):
            nxt = inside[i + 1].title_start if i + 1 < len(inside) else b
            prev_end = inside[i - 1].end if i > 0 else a
            head = s[prev_end:max(prev_end, mt.title_start)]
            tail = s[mt.end:max(mt.end, nxt)]
            own = _PHRASE_SPLIT.split(head)[-1]
            talk = own.endswith("与") and _TALK.search(s, mt.end, b)
            if talk and i > 0 and s.startswith("一行", inside[i - 1].end):
                mt.talk_host = talk_hosts = True  # 甲一行与乙…座谈: the visitors talk with their hosts, who attend
            elif _GUEST_VERB.search(own) or talk:
                mt.guest = True
                if i > 0 and not inside[i - 1].guest:
                    host = inside[i - 1]
                if own.endswith("与") and i > 0 and not inside[i - 1].guest:
                    inside[i - 1].roles.add("lead")
            elif i > 0 and inside[i - 1].guest and _HONORIFIC.sub("", own) in ("和", "及", "以及", "、"):
                mt.guest = True  # 会见了由甲部长和乙主席率领的代表团: the received are a list
            before = s[a:mt.title_start]
            appointed = (_APPOINTED.match(tail) and _offices().search(tail[:40])
                         and not own.endswith("以"))  # 以甲为团长的代表团: who leads it, not an appointment
            if s.startswith("总书记", mt.end) or _AUTHORED.match(tail) or appointed:
                mt.mentioned = True
            elif _STUDY.search(before) and _WORDS_OF.search(_COMMA_SPLIT.split(tail, maxsplit=1)[0]) and (
                    _STUDY.search(_PHRASE_SPLIT.split(before)[-1])  # 传达学习省委书记林武…的讲话精神
                    or _STUDY_CLAUSE.search(before)):  # 传达学习甲…精神,乙…的讲话精神: a clause that studies
                mt.mentioned = True
            if mt.mentioned:
                for g in group:
                    if _STUDY.search(s[a:g.title_start]):
                        g.mentioned = True
                group = []
                continue
            if own.endswith("向") and i > 0 and not inside[i - 1].guest:
                told = roles_from_tail(tail)
                if told & {"report", "speak"}:
                    # 市长甲向省委书记乙汇报: 甲 reports; 乙, who hears it, leads the visit
                    inside[i - 1].roles |= told
                    mt.roles.add("lead")
                    group = []
                    continue
            group.append(mt)
            acc = _ACCOMPANIED.match(tail) if "陪同下" in tail[:8] else None
            if acc:
                # 甲在乙和丙等人的陪同下视察: those after 在 accompany, the ones before it do what follows
                k = next((j for j in range(len(group) - 1, 0, -1)
                          if "在" in s[group[j - 1].end:group[j].title_start]),
                         0 if "在" in s[a:group[0].title_start] else len(group) - 1)
                for g in group[k:]:
                    g.roles.add("accompany")
                rest = roles_from_tail(tail[acc.end():])
                for g in group[:k]:
                    g.roles |= rest
                group = []
                continue
            if _pending_only(tail) and i + 1 < len(inside):
                continue
            roles = roles_from_tail(tail)
            # the list after 与 in 甲一行与乙、丙座谈: hosts together, who attend; 甲 does what the verbs say
            first_host = len(group)
            if talk_hosts:
                first_host = next((k for k, g in enumerate(group) if g.talk_host), first_host)
            for k, g in enumerate(group):
                if g.guest:
                    # received, and only that: the verbs after the one received are the host's (拜会甲，就…汇报)
                    g.roles.add("guest")
                    if host is not None and not host.mentioned and g is group[-1]:  # the verbs follow the guest
                        host.roles |= roles - {"chair"}
                elif k >= first_host:
                    g.roles.add("attend")
                else:
                    g.roles |= roles
                    if mt.guest is False and head.endswith("与") and _TALK.search(tail):
                        g.roles.add("lead")
            subj = next((g for g in group if not g.guest), None)
            if subj is not None and roles:
                last_subject = subj
            group = []
        listed = _LISTED_AFTER.search(sentence) if inside else None
        if listed:
            # 出席会议的有：甲，乙、丙。 / 参加会议的还有乙: the verb stands before the list it governs
            role = "accompany" if listed.group(0).startswith("陪同") else "attend"
            for mt in inside:
                if mt.start >= a + listed.end() and not mt.mentioned and not mt.guest:
                    mt.roles.add(role)


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
    for p in order.values():
        if "guest" in p.roles and "attend" in p.roles:
            # a visitor received is `guest`; a later 参加/出席 governs the hosts named after it, not them
            p.roles = [r for r in p.roles if r != "attend"]
    for mt in mentions:
        if mt.mentioned and mt.name not in order and mt.name not in mentioned:
            mentioned.append(mt.name)
    return People(list(order.values()), mentioned)
