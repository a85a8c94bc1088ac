"""Personal names in an entry and the titles written before them.

Officials are announced by the titles around their names (`市委副书记、市长张百顺`, `副市长刘培国、张建军`):
an office word ends a title, a name follows it and is closed by a verb, a separator or a particle; names
without a title count in lists and before strong verbs. Matching runs on simplified text. The lexicons
(offices, surnames, places) are data files in etl/lexicon/. etl/roles.py reads what governs each name.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .dates import TIME_WORDS
from .identity import place_names
from .script import to_simplified

CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{CJK}]+")


def _lexicon(name: str) -> list[str]:
    text = resources.files("etl").joinpath(f"lexicon/{name}").read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _office_words() -> tuple[str, ...]:
    """etl/lexicon/offices.txt, longest first (longer forms win in the alternation)."""
    return tuple(sorted(set(_lexicon("offices.txt")), key=len, reverse=True))


@lru_cache(maxsize=1)
def offices() -> re.Pattern[str]:
    return re.compile(trie_alternation(list(_office_words())))


def trie_alternation(words: list[str]) -> str:
    """A pattern for any of `words`, the longest first where one begins another, written as a trie: one branch
    per first character, so a position is tried against the words that begin with its character only (a plain
    alternation of some three hundred offices tries each of them wherever one may start)."""
    by_first: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            by_first.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    branches: list[str] = []
    for first in sorted(by_first):
        prefix, rest = first, by_first[first]
        while all(rest) and len({r[0] for r in rest}) == 1:  # (one way on: 常务副 … written as one run)
            prefix += rest[0][0]
            rest = [r[1:] for r in rest]
        branches.append(re.escape(prefix) + trie_alternation(rest))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body  # (greedy: the longer word first, the shorter where it ends)


@lru_cache(maxsize=1)
def office_first() -> frozenset[str]:
    """The characters office words begin with: a cheap test before matching one."""
    return frozenset(w[0] for w in _office_words())


@lru_cache(maxsize=1)
def office_last() -> frozenset[str]:
    """The characters office words end with (长, 记, 任 …): a cheap test before searching for one."""
    return frozenset(w[-1] for w in _office_words())


@lru_cache(maxsize=1)
def _ja_surnames() -> frozenset[str]:
    """Japanese family names of two characters (etl/lexicon/surnames_ja.txt): compound surnames too."""
    return frozenset(_lexicon("surnames_ja.txt"))


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    single: set[str] = set()
    compound: set[str] = set()
    for ln in _lexicon("surnames.txt"):
        if len(ln) == 2:
            compound.add(ln)
        else:
            single.update(ln)
    compound.update(_ja_surnames())
    return frozenset(single), frozenset(compound)


# accepted after an office word only (etl/lexicon/surnames_rare.txt), and not where they begin a word there
# (议员代表团, 书记从严, 局长代理…)
_RARE = [w for ln in _lexicon("surnames_rare.txt") for w in ln.split()]
_RARE_SURNAMES = frozenset(w for w in _RARE if len(w) == 1)
_RARE_WORDS = frozenset(w for w in _RARE if len(w) == 2)


# Elements of surname-less (Tibetan, Mongolian) names, their lengths (longest first) and the characters
# they begin with (the cheap test before reading them: tried wherever a name may start)
_PARTS = frozenset(w for ln in _lexicon("name_parts.txt") for w in ln.split() if len(w) >= 2)
_PART_LENGTHS = tuple(sorted({len(w) for w in _PARTS}, reverse=True))
_PART_FIRSTS = frozenset(w[0] for w in _PARTS)

# Adverbs between a name and its verb (市委书记甲连夜召开…, 市长乙冒雨察看…)
ADVERBS = ("连夜|当即|随即|紧接着|接着|全程|一早|清晨|连日来|今天|昨天|今日|昨日|日夜|亦|正在|仍然|仍|积极|重点|集中|再一次|火速|星夜|不辞辛劳|继续|特意|经常|定期|按时|准时|提前|"
           "立即|冒雨|冒雪|特地|专门|紧急|第一时间|首次|多次|一直|始终|特别|高度|充分|正式|依法|带病|冒着|顶着|"
           "不顾|连续|逐一|先是|当场|立刻|马上|仔细|本人|带头|即|两次|三次|四次|五次|数次|屡次|两度|再度|又一次|一连|光荣|欣然|第[一二三四五六七八九十0-9]{1,3}次")
# what a cleric's name is followed by (会长释明空法师, 会长马明阿訇): it closes the name, as 先生 does
CLERGY_AFTER_NAME = "法师|大师|长老|阿訇"
# A party and, as often said, how many it is (一行, 一行5人, 一行三人)
PARTY = r"一行(?:[\d一二三四五六七八九十两]{0,3}人)?"
# Adverbs of manner that begin with a surname (甲深情地说, 县长满怀深情地说): they close a name, and are none
MANNER_WORDS = ("兴致", "兴奋", "深情", "动情", "满怀", "愉快")
# What may stand right after a name: punctuation, joiners, honorifics, particles and verbs.
_FOLLOW_WORDS = (
    "以及|一行|同志|先生|女士|夫人|夫妇|家中|家里|兄弟|姐妹|兄妹|姐弟|父子|母女|父女|母子|夫妻|等人|等|探望|考核|评估|验收|下乡|夜查|离开|启程|出发|挂帅|打电话|打来电话|两位|二位|三位|四位|五位|两人|二人|三人(?!民)|和|与|及|同|在|到|赴|来|去|前往|深入|专程|就|对|向|为|从|于|也|还|又|都|均|"
    "首先|随后|一同|一起|共同|分别|亲自|代表|作|做|致|指出|强调|表示|要求|提出|介绍|宣布|宣读|通报|反馈|主持|出席|参加|参与|"
    "列席|旁听|观看|收听|收看|见证|陪同|汇报|会见|接见|会晤|宴请|看望|慰问|走访|调研|考察|视察|检查|督导|督查|察看|查看|指导|听取|"
    "参会|到会|应(?=[^，,。；;]{1,24}?邀请)|由(?=[^，,。；;]{1,40}?(?:陪同|带领|引导|率领|护送|接待))|抵达|因(?=病|公|伤|故|犯|涉嫌|贪污|受贿|年龄|工作(?:需要|变动|调动)|个人原因|身体原因|健康原因)|犯(?=有?[^，,。；;]{1,12}?罪)|涉嫌|受贿|贪污|严重违纪|违纪违法|"
    "召开|召集|主讲|讲授|宣讲|授课|发言|讲话|致辞|签署|签订|签约|颁发|颁奖|佩戴|揭牌|启动|的|说|称|任|当选|被|获|荣获|逝世|"
    "带队|率队|率团|带领|率领|带头|率|接受|回答|主编|署名|作出|批示|接待|参观|巡视|莅临|一道|应邀|受|用|接连|先后|会同|与会|随|"
    "现场|实地|详细|认真|进一步|总结|部署|安排|看|听|讲|所|将|已|曾|新任|兼|拜会|拜望|亲切|亲临|拜访|再次|开展|进行|举行|走进|来到|组织|赶赴|专题|主动|热情|收到|接到|"
    f"{ADVERBS}|团队|关于|对于|委托|以|访问|发来(?=[^，,。；;]{{0,12}}?(?:贺|信|电|函|唁|慰问|祝|感谢|书面|视频))|相关|重要(?=[讲指批论回贺])|邀请(?![^，,。；;]{{0,20}}?(?:出席|参加))|之邀|"
    "围绕|结合|通过|针对|传达|转达|学习|贯彻|研究|审议|坐|乘|登|视频|书面|线上|远程|教授|博士|院士|研究员|"
    f"{CLERGY_AFTER_NAME}|座谈|会谈|交流|洽谈|交谈|通电话|通话|随同|总书记|少将|中将|上将|大校|上校|中校|少校|希望|勉励|叮嘱|寄语|号召|鼓励|发表|登门|欢迎|吊唁|悼念|表彰|访华|观摩|体验|询问|查阅|出访|分管|点评|答复|接听|接访|下访|"
    "上午|下午|晚上|中午|傍晚|当晚|当天|当日|次日|翌日|晚宴|时(?=说|指出|强调|表示|要求|谈到|提出|称)|"  # (会见甲时说)
    "领学|领读|上(?:[^，,。；;]{0,6})?党课|约谈|督办|坐镇|指挥|巡河|巡湖|巡林|倾听|商谈|对接|推介|迎接|送别|剪彩|点亮|宣誓|监誓|主礼|主审|审定|审签|签发|督战|解读|解释|解答|阐述|阐释|提醒|蹲点|包联|联系|挂点|"
    "偕同|偕|批准|审批|常务(?=列席)|暗访|暗查|抽查|随机|轻车简从|连线|调度|签批|批阅|审阅|给|日前|近日|近期|月初|月底|年初|年底|"
    "瞻仰|祭扫|拜谒|凭吊|缅怀|祭奠|检阅|揭幕|颁布|巡查|拜年|帮扶|结对|救助|救援|抢险|述职|述廉|约见|祝福|问责|写信|"
    "演唱|演奏|朗诵|印发|报送|携(?=夫人|爱人|家人|妻)|"
    "调任|升任|接任|兼任|转任|改任|挂任|挂职|担任|出任|离任|卸任|辞去|不再|奉调|调离|退二线|退居二线|退休|离休|明察暗访|诞辰|去世|病逝|"
    # verbs whose first character rarely ends a given name and whose second follows one (市长甲回到…, 乙利用…:
    # not 甲回 and 到); not those a name often ends in (成为, 远赴, 飞赴, 亮相, 进入, 坚持…: 副市长李建成为…)
    "回到|赶到|奔赴|转赴|再赴|分赴|返回|重返|途经|返乡|回乡|巡察|现身|走上|步入|直奔|驱车|骑车|步行|徒步|迅速|奔走|"
    "走遍|跑遍|踏勘|勘察|乘坐|乘车|提到|谈到|谈了|畅谈|想到|走到|送到|赶来|寄来|带来|请来|回来|归来|前来|认为|视为|利用|使用|操作|"
    "试乘|搭乘|亲赴|亲手|"
    # what an official is reported doing that no list above had (肯定了…, 敬献花篮, 为…题写, 带班值守…)
    # (not the nouns they begin: 项目负责人, 推进会, 示范区)
    "肯定|感谢|祝贺|关心|关注(?!度)|了解|翻阅|品尝|试驾|携手|表态|倡议|呼吁|领誓|献花|默哀|植树|挥锹|浇水|捐款|捐赠|"
    "献血|投身|入户|下沉|驻村|包村|住村|值班(?![室表])|带班|值守|坚守|靠前|督促|推进(?![会组办])|推动|落实|牵头|"
    "负责(?!人|同志)|调解|答疑(?!会)|演示|示范(?![区点村园校带户岗])|敲响|点火|签字|盖章|题字|题词|题写|撰文|授牌|授旗|"
    "顶风|放弃|抓(?!手)|"
    # (and more of them, whose first character rarely ends a given name: 市长甲完成…, 乙建议…, 丙动员…; not 成立, 明察
    # or 发布, whose first does: 副市长李建成立即…, 李国明察看…, 王振发布置…; nor the meetings and units they name: 动员会, 主办方)
    "评议|评审|审核|批评|表扬|赞扬|嘱托|嘱咐|动员(?!会|大会)|提议|建议|宣传(?![部委片栏员])|推广(?!会)|"
    "公布|签名|赠送|捐资|资助|兑现|确保|带动|引领|创办(?!人)|主办(?![方单])|承办(?![方单])|协办(?![方单])|"
    "接手|接管|交接|移交|结束|完成|聆听|回访|回国|辞职|荣膺|赢得|夺得|入选|磋商|商讨|研讨(?!会|班)|讨论(?!稿|会)|表决|"
    "投票|推荐(?![人表])|提名(?!人)|聘请|约请|欢送|送行|领衔|主管|相继|逐项|举办|指示|报告(?![会厅])|回应|回复|答记者问|全面|"
    # (how and when they do it: 甲严格要求…, 乙凌晨赶到…, 丙带着…; not 明确 or 刚刚, whose first character ends names often,
    # nor 则, which transcribed names hold: 吐尔逊·艾则孜)
    "把|经|按|然后|最后|另外|此外|便|不仅|不但|既|严格|严肃|大力|全力|着力|狠抓|扎实|切实|务必|必须|应该|需要|首度|反复|"
    "每月|每周|每年|持续|逐步|分头|分组|分批|轮流|联合|一并|一齐|陪着|带着|领着|拿着|迎着|深夜|凌晨|早上|"
    # (what a leader does at an event or for one: 甲莅会…, 乙与…见面, 丙为…颁授…, 丁送来…)
    "莅会|出场|点名|答谢|发函|批转|转发|复信|回电|联络|牵线|引进|招商|洽商|考评|测评|评比|抽检|约访|接谈|面谈|恳谈|访谈|"
    "见面|会面|合影|留影|种植|栽种|清扫|打扫|劳动(?![模者竞技关保能力人监合争仲教节光英局厅部])|颁授|慰勉|褒奖|嘉奖|奖励|探视|问候|团拜|敬礼|献词|撰写|编写|出版|"
    "刊发|演出|表演|参演|辅导|布置|策划|筹备|谋划|启用|上任|上门|上台|下田|下井|入企|召见|会商|共商|商议|决定|批复|"
    "宣告|宣称|声明|授权|委派|派出|指派|选派|组建|筹建|带回|带去|送去|送来|捐献|拿出|投资|出资|募捐|认捐|"
    # (the manner of it: 甲兴致勃勃地观看…, 乙深情地说…, 丙一一询问…, 丁边看边问…; not 松村宪一一行)
    f"{'|'.join(MANNER_WORDS)}|饶有|一一(?!行)|不时|频频|边看边|边走边|边听边|一边|逐个|语重心长"
)
# verbs whose first character a given name often ends in (李建成为…, 王志远赴…): they close a name of three
# characters, and one of two only when three do not read (王五进京, 乙坚持)
_NAME_END_VERB = re.compile(r"成为|远赴|飞赴|亮相|进京|进入|坚持|运用|创作|迎来|合作|协作|感到|采用|达到"
                            r"|保证|承诺|发令|鸣枪|培土|进村|进企|进校|开球|敬献|主抓|书写|回信|联合(?![会体国])|加入"
                            r"|协调(?![会组办])|设宴"  # (李建设宴请…: 李建设; 王五设宴欢迎…)
                            r"|明确|明察|发布"  # (周林明确了…: 周林; 王晓明明确…, 李国明察看…, 王振发布置…: three)
                            r"|高兴")  # (李明高兴地说: 李明; 王志高兴…: three)
_NAME_END_VERB_FIRST = frozenset(w[0] for w in _NAME_END_VERB.pattern.split("|"))
# a head count after a list of names (甲、乙2人为…, 丙、丁两位同志为…)
HEAD_COUNT = r"等?(?:\d{1,2}|[两二三四五六七八九十])[人名位](?:同志)?"
# … or 等 alone (李志远、张观瀛等为副州长): what may stand between a list of those appointed and 为/任
COUNTED = rf"(?:{HEAD_COUNT}|等(?:人|同志)?)"
_FOLLOW_MARKS = "，,。、；;：:（(）)“”\"！!？?·《"  # (and white space; 《: 甲《…》的报告, a work of theirs after the name)
# a penalty given (给予甲开除党籍处分, 给予乙党内严重警告): who it is about, a name closed by it
_PENALTY = r"开除党籍|开除公职|(?:党内)?(?:严重)?警告|撤销党内职务|留党察看|(?:政务)?撤职|降级|记大?过"
PUNISHED = re.compile(rf"(?:同志)?(?:{_PENALTY})")
_PENALTIES_GIVEN = rf"(?:{_PENALTY})(?:[、和](?:{_PENALTY}))*处分"  # (开除党籍、开除公职处分: closes a name)
# (甲和乙两位局领导参加: how many the named are, and who)
_COUNTED_LEADERS = r"(?:\d{1,2}|[两二三四五六七八九十])位(?:[省市县区局]|党组|班子)?(?:领导|负责同志)"
# a head count closing a list of those who take office (甲、乙两名同志分别以全票当选为…, 丙等3人为…)
_COUNTED_TAKES = rf"(?:{HEAD_COUNT})(?:分别)?(?:以[^，,。；;]{{1,12}}?)?(?:为|任|当选)"
_FOLLOW = re.compile(rf"(?:[{re.escape(_FOLLOW_MARKS)}\s]|{_FOLLOW_WORDS}|{_COUNTED_TAKES}|{_COUNTED_LEADERS}"
                     rf"|{_PENALTIES_GIVEN}|$)")


def _top_level(alternation: str) -> list[str]:
    """The alternatives of a pattern split at its top-level |, not those inside brackets or groups."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(alternation):
        ch = alternation[k]
        if ch == "\\":
            k += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(alternation[start:k])
            start = k + 1
        k += 1
    out.append(alternation[start:])
    return out


def _follow_table() -> tuple[frozenset[str], dict[str, tuple[str, ...]], frozenset[str], re.Pattern[str]]:
    """_FOLLOW taken apart for a quick test (it is asked after nearly every name read): the characters that
    are a follow word on their own, the plain words by their first character, and the rest as a pattern
    with the characters it can start with."""
    alternatives = [a for a in _top_level(_FOLLOW_WORDS) if a]
    plain = [a for a in alternatives if _CJK_RUN.fullmatch(a)]
    rest = [a for a in alternatives if not _CJK_RUN.fullmatch(a)]
    singles = frozenset(_FOLLOW_MARKS) | {w for w in plain if len(w) == 1}
    by_first: dict[str, list[str]] = {}
    for w in plain:
        if len(w) > 1 and w[0] not in singles:
            by_first.setdefault(w[0], []).append(w)
    firsts = set("等0123456789两二三四五六七八九十开党严警撤留政降记")  # (a head count: 等2人为…, 两位同志为…; a penalty)
    for a in rest:
        assert _is_cjk(a[0]), a  # (each begins with a character of its own: 应(?=…邀请), 关注(?!度) …)
        firsts.add(a[0])
    pattern = re.compile(rf"(?:{'|'.join(rest)}|{_COUNTED_TAKES}|{_COUNTED_LEADERS}|{_PENALTIES_GIVEN})")
    return singles, {c: tuple(ws) for c, ws in by_first.items()}, frozenset(firsts), pattern
# who heads a group, or is its deputy head (以甲为团长、乙为副团长的代表团, 由丙任组长的督查组, 丁为首的…)
HEADS_GROUP = (r"(?:(?:为|担?任)副?(?:团长|组长|队长|领队)|为首(?=的|[，,])"  # (not 为首批…授牌)
               # (以甲为代表的…官员到…: the one a visiting party is named by leads it; not 以乙为代表的先进典型受到表彰)
               r"|为代表(?=的[^，,。；;]{0,24}?(?:团|组|官员|专家|一行)[^，,。；;]{0,6}?(?:到|赴|来|抵)))")
# what one comes, goes or goes deep to do (甲深入企业调研, 乙来我县视察)
VISIT_WORDS = "调研|检查|督导|考察|视察|走访|慰问|看望|察看|指导|参观|访问"
# Words after which a bare name counts without a list or a title (and a place before them: 在主会场参加).
_STRONG = re.compile(
    r"主持|出席|参加|参与|列席|旁听|观看|收听|收看|陪同|汇报|会见|接见|会晤|宴请|看望|慰问|走访|调研|考察|视察|检查|督导|"
    r"讲话|讲了话|致辞|发言|发了言|宣布|强调|指出|带队|率队|率团|带领|率领|率|主编|签署|一行|等|首先|随后|专程|前往|到会|到场|"
    r"总书记|来到|(?:深入|到|来(?=[我本]?[市县区州省旗镇乡]))(?=[^，,。；;]{1,12}?(?:" + VISIT_WORDS + r"))|分别|一同|一起|共同|亲自|赴|接连|先后|应邀|同志|先生|女士|主编|出任|当选|调任|升任|接任|"
    rf"{HEADS_GROUP}|就座|就坐|要求(?!的)|介绍(?!信|人)"
)  # (not 召开: 萧山召开…, 金牛召开…, a place without its 区; a person who convenes is titled)
_LEADERS = re.compile("领导")
_TO_A_HOME = re.compile(rf"(?:到|来到|走进)(?=[{CJK}]{{2,3}}(?:同志|先生|女士)?(?:家中|家里))")
# a home visited (到老党员甲家中看望慰问, 来到乙同志家里走访): who lives there is received
HOME_VISITED = re.compile(r"(?:同志|先生|女士|老人)?(?:家中|家里)[^。；;]{0,10}?(?:看望|慰问|走访|探望|拜年|座谈|调研|送上|询问)")
HOME_VISITED_FIRST = frozenset("同先女老家")  # (what it can begin with: a cheap test first)
# what one speaks on, then the speaking (甲就有关问题作了说明, 乙就下一步工作进行了部署)
_SPEAKS_ON = re.compile(r"就[^，,。；;]{1,30}?(?:作了?|做了?|进行了?|提出|发表|交换|交流|谈了?)")
# … after an adverb (劳动模范甲光荣出席, 乙连夜赶赴), and the characters one begins with (a cheap test first)
_STRONG_AFTER_ADVERB = re.compile(rf"(?:{ADVERBS})(?:{_STRONG.pattern})")
_ADVERB_FIRST = frozenset(a[0] for a in _top_level(ADVERBS))
# the members of a delegation after its name (考察团成员中包括…), a label no part of the title after it
# (or who a group counted before is: 工作团共84人，其中包括…)
_MEMBERS = (r"(?:成员中?|(?:(?<=人)|(?<=人[，,]))其中)(?:还?有|包括)[：:]?"
            r"|(?:(?<=[位名人长员])|(?<=[位名人长员][，,]))分别(?:是|为)[：:]?")  # (副团长有5位，分别是…)
# 出席会议的有：…, 参加会议的还有…, 陪同考察的领导有…: a list that the verb before it governs
LISTED_AFTER = re.compile(r"(?:出席|参加|列席|陪同|随同|随行|到会|就座|就坐|欢迎|迎接|送行|送别|一同|一起|同行)[^，,。；;：:]{0,12}?的"
                          r"(?:中方|我方|外方|双方)?(?:还|领导|人员|同志|嘉宾|省市|市|县|区)*有[：:]?"
                           r"|(?:参会|与会|出席|参加|列席|陪同|随行)(?:的)?(?:领导|人员|同志|嘉宾)(?:还?有[：:]?|[：:])"
                           rf"|(?:代表团|考察团|访问团|团组|调研组)(?:主要)?(?:成员(?:还?有|包括|为)?[：:]|{_MEMBERS})"  # (those who went with it)
                           r"|(?:团|组|一行)[^，,。；;：:]{0,8}?\d+人[，,]?其中(?:还?有|包括)[：:]?"  # (工作团共84人，其中包括…)
                           # (副团长有5位，分别是…: a delegation's heads or members, named after the count)
                           r"|(?:副?团长|副?组长|成员)(?:有[\d一二三四五六七八九十两]+[位名人])?[，,]?分别(?:是|为)[：:]?"
                           # (minutes: 主持：市长甲；出席：副市长乙、丙；列席：丁)
                           r"|(?:(?<=[，,。；;\s])|^|(?<=会议)|(?<=大会))(?:主持|出席|列席|参加|陪同)(?:人|人员)?[：:]"
                           # (a congress's sitting and who preside over it: 今天大会的执行主席是甲、乙、丙)
                           r"|执行主席(?:是|为|有)[：:]?")
# … ending right where a name starts (出席会议的还有王五。): that name is one of the list
_LABEL_BEFORE = re.compile(rf"(?:{LISTED_AFTER.pattern})$")
_LABEL_IN_REGION = re.compile(_MEMBERS)
# leaving a post, which names none (县委书记甲奉调离泾, 乙退二线): who the item is about
LEAVES = re.compile(r"(?:同志)?(?:因[^，,。；;]{1,8}?(?:原因|需要|变动|调动)[，,]?)?"  # (甲因工作变动辞去…)
                    r"(?:奉调|调离|离任|卸任|离休|退休|退二线|退居二线|辞去[^，,。；;]{1,24}?职务)")
# 王华同志以52票全票当选为镇长, 甲、乙两名同志分别以全票当选为…
_ELECTED_BY = re.compile(rf"(?:同志)?{COUNTED}?(?:分别)?以[^，,。；;]{{1,12}}?当选")
_ELECTED_FIRST = frozenset("以同等分两二三四五六七八九十0123456789")  # (what it can begin with: a cheap test first)
_TAKES_OFFICE = re.compile(r"(?:同志)?(?:任|兼任|接任|升任|调任|挂任|挂职|当选|(?:不再)?担任)(?!务|期|职|何)")
# an appointment or election said earlier in the sentence (会议决定任命甲为副市长，乙为秘书长; 免去丙的…职务),
# and what the one named is made or relieved of
_APPOINTING = re.compile(r"(?:任命|选举|选出|推选|提名|免去|补选|增选|增补|决定)[^。；;！？]*$")
_MADE_AS = r"(?:为|任|担任)"
_MADE_BEFORE = re.compile(rf"[、，,]?{_MADE_AS}")  # (after the name before: the office it is made)
_MADE = re.compile(rf"(?:同志)?{COUNTED}?{_MADE_AS}|(?:同志)?的[^，,。；;]{{1,24}}?职务")
# an honour the entry reports (甲被评为…, 授予乙“…”称号): who it is about
AWARDED = re.compile(r"(?:同志)?(?:等\s*(?:\d{1,4}|[两二三四五六七八九十百]{1,3})\s*[名位个人][^，,。；;]{0,8}?)?"  # (甲等100名先进个人受到表彰)
                     r"(?:被(?:评为|授予|追授|追认|命名为|表彰为)|荣获|获评|荣膺"
                     r"|受到[^，,。；;]{0,8}?(?:表彰|嘉奖|通报表扬)"
                     # (甲抓教育工作成绩显著，在…会议上受省政府记功表彰: the merit, then the honour for it)
                     r"|[^，,。；;]{1,16}?(?:成绩|成效|贡献|表现|事迹)(?:显著|突出|优异|卓著)[，,]?(?:[^，,。；;]{1,30}?[上中])?"
                     r"(?:受到?|获得?)[^，,。；;]{0,10}?(?:表彰|嘉奖|记功|记大功)"
                     # (乙在全国锦标赛上获得男子100米冠军: a title won)
                     r"|(?:在[^，,。；;]{1,30}?[上中])?(?:以[^，,。；;]{0,16}?(?:成绩|优势|比分))?(?:获得?|夺得|摘得)[^，,。；;]{0,20}?"
                     r"(?:冠军|亚军|季军|金牌|银牌|铜牌|金奖|银奖|铜奖|[一二三特]等奖|称号|(?:奖|奖章|勋章|奖状)”?(?=[，,。；;！]|$))"  # (获…贡献奖。, 获“五一劳动奖章”: a prize)
                     # (丙在全运会上夺冠, 丁入选全国教书育人楷模: a title won, a list of honour entered)
                     r"|(?:在[^，,。；;]{1,30}?[上中])?(?:夺冠|折桂|摘金|夺金|卫冕)|入选[^，,。；;]{1,24}?(?:楷模|名单|榜单|典型|人物|院士|人才))")
# the accused, whose case or wrongdoing an entry reports (审理原副主席甲受贿案, 对乙严重违纪违法问题立案审查调查)
ACCUSED = re.compile(r"(?:同志)?(?:涉嫌)?(?:受贿|行贿|贪污|挪用公款|滥用职权|玩忽职守|利用职务|(?:严重)?违纪违法|严重违纪"
                     r"|严重违法|职务违法|职务犯罪)[^，,。；;]{0,12}?(?:案|问题|犯罪)"
                     # (甲涉嫌严重违纪违法，接受纪律审查和监察调查: the item is about them)
                     r"|(?:同志)?涉嫌(?:严重)?(?:违纪违法|违纪|违法|犯罪)|(?:同志)?(?:主动投案，)?接受[^，,。；;]{0,10}?(?:纪律审查|监察调查|审查调查)"
                     # (原县经委主任甲，因犯故意杀人罪，被判处死刑; 乙被依法逮捕: a sentence passed on them)
                     r"|[，,]?因?犯有?[^，,。；;]{1,12}?罪|[，,]?(?:被|已被)(?:依法)?(?:判处|判决|判刑|逮捕|刑事拘留|拘留|执行死刑|枪决|处决|开除党籍|双开|立案审查|立案侦查)")
# a birth anniversary (纪念毛泽东同志诞辰130周年, 纪念刘少奇主席诞辰): who it is about
BORN = re.compile(r"(?:副?(?:主席|总理|委员长|书记)|总书记|元帅|将军)?(?:同志|先生|女士)?诞辰")
# an honour given, a rebuke, or a death mourned earlier in the clause (授予市公安局民警甲“…”称号, 通报批评乙, 沉痛悼念丙同志)
HONOURING_CLAUSE = re.compile(r"(?:授予|追授|追认|表彰|表扬|嘉奖|批评|处分|悼念|吊唁|缅怀|追思)了?[^，,。；;！？]{0,16}$")
HONOUR = re.compile(r"(?:同志)?(?:等(?:同志|人)?)?[“\"][^”\"]{2,30}[”\"](?:荣誉)?称号")
# 为/向 whom an award is given, and the award given right after their name (为获奖者甲颁奖, 向优秀党员乙颁发证书)
GIVEN_TO = re.compile(r"[为向给][^，,。；;为向给]{0,70}$")
# (… or a letter written to them: 给老党员甲回信)
AWARDED_BY = re.compile(r"(?:同志|先生|女士)?(?:等[^，,。；;]{0,8}?)?(?:分别)?(?:颁奖|颁发|颁证|授牌|授旗|授予|佩戴|回信|写信|复信)")
# deeds told (甲同志先进事迹报告会): whom the item is about
# (… or a funeral, a grave, a memorial or the family of the one remembered: 甲同志遗体告别仪式, 看望乙的家属)
DEEDS = re.compile(r"(?:同志|先生|女士|烈士|将军)?的?(?:(?:先进|英雄|感人|模范)事迹|遗体|追悼|告别仪式|骨灰|生平|家属|亲属|遗属|"
                   r"遗孀|故居|纪念馆|陵园|墓)"
                   # (弘扬焦裕禄同志精神: whose spirit is learnt, a person by 同志; not 劳模精神, 时代精神)
                   r"|(?:同志|烈士)的?(?:崇高|伟大|光辉)?(?:精神|品格|品质|风范|榜样)")
# a report heard (听取了甲的汇报, 听取甲、乙关于…的汇报): the one who reports is named bare
_HEARD = re.compile(r"(?:同志)?(?:关于[^，,。；;]{1,30}?)?的[^，,。；;]{0,12}?汇报")
# 甲作出重要批示: a written instruction, from someone who is not there (a mention: etl/roles.py); 甲对防汛工作
# 作出批示, 乙就…作出批示 too, and a document sent on with a comment (甲批转《…》) or read and marked (圈阅)
INSTRUCTED = re.compile(r"(?:同志)?(?:近日|日前|近期|第一时间|立即|迅速|及时|当即|分别|专门|亲自|也|还|多次|先后|再次|又)*(?:(?:[对就][^，,。；;并]{1,20}?)?(?:作出|做出|作|做)了?"
                        r"[^，,。；;并]{0,8}?(?:批示|指示)(?!精神)|批转|圈阅)")
# 甲作动员讲话, 乙作工作报告, 丙作的《政府工作报告》: a speech, after a name with no title (a work's title is
# masked by then)
_GIVES_SPEECH = re.compile(r"(?:同志)?(?:所)?[作做]了?(?:[^，,。；;并]{0,25}?(?:报告|说明|发言|讲话|辅导|讲座|动员|总结|部署)|的?《)")
_AT_THEN_STRONG = re.compile(rf"在[^，,。；;、]{{1,15}}?(?:{_STRONG.pattern})")
# 甲在省委书记乙、省长丙陪同下考察: the one accompanied (the titled names between are read as titled)
_AT_ACCOMPANIED = re.compile(r"在[^。；;：:]{2,60}?的?陪同下")
# (an aside of sex or people after the name: （女）, （女，满族）, (彝族); or of where a photo shows them)
HONORIFIC = re.compile(rf"(?:先生|女士|同志|夫人|夫妇|教授|院士|{CLERGY_AFTER_NAME}|[两二三四五六七八九]位(?:同志|领导|同学|代表|专家)?|[两二三]人|[少中上]将|[大上中少]校|{PARTY}|等(?:人|同志)?"
                       r"|[（(](?:女|男|[^（()）、，,\s]{1,4}族)(?:[，,、](?:女|男|[^（()）、，,\s]{1,4}族))?[）)]"
                       # where a photo shows them (（左二）, （前排右三）, （中）)
                       r"|[（(](?:前排|后排|[一二三四五六七八九十]排)?(?:[左右][一二三四五六七八九十\d]?|中|居中)[）)])")
# Characters that never stand in a personal name (function words, administrative units).
# (not 之 or 其: 陈之常 and 王其江 are names; 以 stays: 全力以赴 is not 全力以 going somewhere)
_NOT_NAME = set("的了是与及等在对从于以这我你他她市县区省乡委局部厅院校司处组队所站会议届次个位年月日号第邸")  # not 名: 张运名 (余名, 多名: _COUNT_WORDS)
# … of which these also begin given names (李月华, 张会军, 王从军, 刘于强, 赵日新, 王次忠, 单及春): allowed there after a title, where
# the surname rule reads two characters first (市长王东在会上: 王东) and a third must be closed by a follow word
_GIVEN_TOO = set("月会从于以日年在对次及")
# … and these are one on their own (闫会, 李月), after a title or in a list, closed by a follow word
_GIVEN_ALONE = frozenset("会月")
# how one named by the surname alone is addressed (王先生, 李女士, 张同志)
_CALLED_BY_SURNAME = frozenset(("先生", "女士", "同志", "夫人", "小姐"))
# … and this ends them (柯柏年, 王延年): after a title, when the two characters before it read no name
_LAST_TOO = set("年月会日")  # (王延年, 张秋月, 韩珍会, 赵旭日)
# … but not where the two characters are a word (总书记关于党的…, 书记高于…, 市长常年…)
_WORDS_NOT_NAMES = frozenset(
    "关于 由于 高于 等于 对于 位于 基于 鉴于 善于 易于 勇于 严于 乐于 敢于 忠于 终于 属于 可以 所以 加以 予以 难以 得以 足以 "
    "何以 用以 借以 大会 全会 年会 协会 学会 商会 工会 社会 都会 将会 晚会 例会 机会 今日 明日 近日 每日 节日 当日 同日 是日 "
    "今年 明年 去年 全年 当年 同年 新年 青年 常年 多年 现在 正在 存在 实在 所在 针对 面对 应对 相对 服从 自从 跟从 随从 "
    # and the given name's two (王强市长于日前…, 书记高以下…, 市长刘对此…)
    "日前 日起 日至 月初 月底 月末 月中 年初 年底 年末 年内 会上 会后 会前 在京 在会 在此 以来 以上 以下 以后 以前 以外 "
    "对此 从严 于此".split())
_PLACE_END = set("市县区省镇乡村街路局委办部厅院校司处组会队所站厂园馆港湾岛州旗盟屯店庄寨沟坝堡铺")  # not 城: 李春城
SENT_END = re.compile(r"[。！？!?；;]")
_CLAUSE_PUNCT = set("，,。！？!?；;：:【】")  # 【headline】 brackets of web chronicles too
# 应 of an invitation (应市委书记甲邀请, 应乙之邀), not the 应 that begins an office or a place (应急管理局, 应对…, 应城市, 应县)
BY_INVITATION = "应(?![急用对城县])"
# Where a title region is cut: what stands before it is not part of the title.
_TITLE_CUT = re.compile(
    rf"(?:{HEADS_GROUP}|"
    r"^经(?=[市省县区国党中上])|"  # (经市长甲同意: by way of, at a clause's start; not 经济, 经信委, 经开区)
    rf"^{BY_INVITATION}|"  # (应市委书记甲邀请: at whose invitation; not 应急管理局…)
    r"^代表[^，,。；;、]{1,24}?(?:与|和|同|向)|"  # (甲代表区政府与集团董事长乙签约: on whose behalf, then with whom)
    r"据(?!悉)|偕同?|携(?=夫人|爱人|家人)|委托|受到|受|会同|到|赴|深入|来到|走进|并与|并和|并同|并向|按照|根据|遵照|由|在(?!外)|请|邀请|特邀(?!嘉宾|代表|委员|专家|顾问|研究员|监督员|评论员|观察员|记者|主持人)|应邀|会见|接见|看望|宴请|会晤|拜会|拜访|连线|方式|陪同|的(?:还|领导|人员|同志|嘉宾)*有|(?:领导|人员|同志|嘉宾)还?有|(?<!党)的|了|率领|带领|率(?![先队团])|"
    rf"{PARTY}|等|(?<![少中上准大])将|来自|[\u2460-\u2473]|[（(]\d{{1,2}}[)）]|"  # (a point's number: ①, （2）)
    # (同志 ends the name before; not in 老同志代表甲, 女同志: a noun)
    r"(?<![老女])同志|先生|女士|夫妇|向(?!阳)|(?<![，,、应面针核比相绝反])对(?![外台口])|与|和|及|以及|以(?!色列)|收到|接到|刊发|刊登|刊载|播发|传达学习|学习(?!实践)|传达|讨论|审议|听取|赞同|同意|批准|贯彻|落实|召开|举行|签署|签订|签约(?![中处办])|审理|审判(?![员长庭])|宣判|起诉|判处|主持(?!人)|出席|参加|慰问|欢迎|迎接|欢送|送别|拜望|宣布|开展|吊唁|悼念|前往|表彰|授予|追授|"
    r"认为|决定|批评|表扬|通报|号召|处分|撤销|免去|给予|给(?![予力])|关于|专访|采访|约谈|约见|致电|致信|致函|选举产生了?|选举出|选出了?|推选出|"
    r"(?:调研|考察|检查|督导|督查|视察)(?![组员室处科司局中]|期间))"
)
# a time of day where a title region starts (4日上午 市委副书记甲…, 当天市委书记乙): not part of the title
# … and the other openers a sentence may put before its subject without a comma (会上市委书记甲讲话, 10时市长乙…)
_OPENERS = ("会上|会前|会后|会中|会议期间|大会上|座谈会上|仪式上|典礼上|活动中|活动上|检查中|调研中|调研期间|考察中|"
            "考察期间|视察期间|节日期间|春节前夕|期间|其间|随后|同时|此外|另外|据悉|近日|日前|首先|最后|之后|然后|其后|"
            "此后|届时")
# a festival, or a season, where the item says when by it (端午节 县委书记甲…, 中秋前夕市长乙…)
# (七一, 五一 … only with what says it is a time: 五一前夕; 五一劳动奖章获得者甲 is who they are)
_SEASONS = "元旦|春节|元宵节?|清明节?|端午节?|中秋节?|国庆节?|重阳节?|新春|春季|夏季|秋季|冬季|汛期"
_HOLIDAYS = "七一|八一|五一|六一|十一"
_SEASON_PART = "期间|前夕|前后|当天|之际|假期"
_TIME_FIRST = ({w[0] for w in f"{TIME_WORDS}|{_OPENERS}|{_SEASONS}|{_HOLIDAYS}".split("|")}
               | set("0123456789"))  # (a cheap test before the match: tried for every name)
_TIME_BEFORE_TITLE = re.compile(rf"(?:(?:{TIME_WORDS}|{_OPENERS}|(?:{_SEASONS})(?:{_SEASON_PART})?|(?:{_HOLIDAYS})(?:{_SEASON_PART})"
                                rf"|\d{{1,2}}[时点](?:\d{{1,2}}分|半)?)\s*)+")
_COLLECTIVE = re.compile(r"^(?:[^，,。、]{0,10}(?:领导|班子成员)(?:同志)?|领导|同志)$")  # (市领导, 新城班子成员: who they are together)
# a party that talks or acts with the person named next (代表团与深圳市委书记甲座谈): the joiner after it
# is no part of a title
# (… or the name before's party and what they also did: 甲一行还与乙座谈, 甲还与乙座谈)
_PARTY_BEFORE_JOINER = re.compile(r"(?:[团组]|一行|我[市县区省]|客人|嘉宾|双方|他们|他|她|^(?:同志|先生|女士)?(?:一行)?)"
                                  r"(?:还|也|又|并|再|都|均|分别|先后|随后|同时|共同|一同|一起)*$")


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
    unit: bool = False  # named right after the unit, with no office word: the unit's name is the title
    # what a later sentence says they did (…。他强调，…), added once the entry's own reading is done, so that
    # the opening subject whose verb names no role is still the one whose action the entry reports
    later: set[str] = field(default_factory=set)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"  # CJK, as a range test (hot)


_FOLLOW_SINGLES, _FOLLOW_BY_FIRST, _FOLLOW_REST_FIRSTS, _FOLLOW_REST = _follow_table()


def _follow_ok(s: str, q: int) -> bool:
    """Does a follow word (or punctuation, or the end) stand at q? _FOLLOW's answer, by table first."""
    if q >= len(s):
        return True
    c = s[q]
    if c in _FOLLOW_SINGLES or c.isspace():
        return True
    words = _FOLLOW_BY_FIRST.get(c)
    if words is not None and s.startswith(words, q):
        return True
    return c in _FOLLOW_REST_FIRSTS and _FOLLOW_REST.match(s, q) is not None


_JA_GIVEN_ENDS = str.maketrans("", "", "司次")  # (what ends Japanese given names that no Chinese one has: 健司, 邑次)


def _name_ok(name: str, *, bare: bool) -> bool:
    single, compound = _surnames()
    if not _CJK_RUN.fullmatch(name):
        return False
    if not _NOT_NAME.isdisjoint(name[1:]) and not _NOT_NAME.isdisjoint(
            given := name[2:] if len(name) > 3 and name[:2] in compound else name[1:]) and not (
            # (a compound surname's second character is the surname's: 渡部, 高市; 司 and 次 end Japanese given names)
            not bare and name[:2] in _ja_surnames() and _NOT_NAME.isdisjoint(given.translate(_JA_GIVEN_ENDS))) and (
            bare or len(name) != 3 or name[1] not in _GIVEN_TOO or name[2] in _NOT_NAME or name[:2] in compound
            or name[:2] in _WORDS_NOT_NAMES or name[1:] in _WORDS_NOT_NAMES) and not (
            not bare and len(name) == 3 and name[2] in _LAST_TOO and name[1] not in _NOT_NAME
            and (name[1:] not in _WORDS_NOT_NAMES or name[2] == "会")) and not (  # 副会长柯柏年下午会见, 副市长王学会
            not bare and len(name) == 2 and name[1] in _GIVEN_ALONE and name[0] in single):  # 区领导甲、闫会以及…
        return False
    if not (name[0] in single or name[:2] in compound
            or (not bare and name[0] in _RARE_SURNAMES and name[:2] not in _RARE_WORDS)):
        return False
    if name.endswith("街道"):
        return False  # 向阳街道, 和平街道: after 向 and 和, a street office, no 阳 + 街道
    if name[-2:] in _CALLED_BY_SURNAME and len(name) >= 3:
        return False  # 会见了王先生: a surname and how one is addressed, no given name
    if name[-1] == "籍" and bare:
        return False  # 邵阳籍企业家: where they are from
    if bare and (name[-1] in _PLACE_END or name[0] in _MOTION_SURNAMES or name in place_names()  # 安徽, 黄山
                 or name in _NOT_NAMES or name in _DESCRIPTOR_SET):  # 国土, 宣传, 华侨 (after a title they
        return False  # may be a name: 副市长江河)
    if name[:2] in _NEVER_NAMES or name[:2] in _MANNER_WORDS:
        # 区直 after a name and 、 (区领导甲、区直相关部门); 宣布开幕 read as a name of the Yi; 县长冒雨察看,
        # 县长高兴地说: how the office's holder does it, no name
        return False
    if len(name) == 2:
        return True
    if _COUNT_WORDS.search(name):  # 万余人, 千余名: a head count, not a person
        return False
    # 向客人介绍, 向大家问好: a preposition and its object; 会见时指出: 时 and a verb of speech; 李书记, 张县长: a
    # surname and an office (no name in any of them)
    return len(name) != 3 or not ((given := name[1:]) in _PEOPLE_WORDS or given in _SAID
                                  or offices().fullmatch(name, 1))


# 市领导甲 乙 丙出席, 出席：甲 乙 丙: a list under a collective or a label whose 、 a copy gave as spaces
_SPACED_NAMES = re.compile(r"(?:(?<=领导)|(?<=[：:])|(?<=[：:][ \u3000])|(?<=的有)|(?<=还有))"
                           r"(?:[\u4e00-\u9fff]{2,3}[ \u3000]){1,12}(?=[\u4e00-\u9fff]{2})")


def mark_spaced_lists(text: str) -> str:
    """text with the spaces of a list of names under a collective or a label read as 、 (市领导甲 乙 丙出席 →
    甲、乙、丙), where every item before a space is a name: the spaces go when people are read, and the list with
    them. (Read on the simplified copy, of the same length: 市領導甲 乙 too.)"""
    if " " not in text and "\u3000" not in text:
        return text
    simple = to_simplified(text)
    if not ("领导" in simple or "：" in simple or ":" in simple or "有" in simple):
        return text
    for m in _SPACED_NAMES.finditer(simple):
        items = m.group(0).split()
        after = simple[m.end():m.end() + 3]  # (the last item, glued to its verb: a name of two or three)
        if all(_name_ok(item, bare=True) for item in items) and (
                _name_ok(after[:2], bare=True) or _name_ok(after, bare=True)):
            text = text[:m.start()] + _SPACE_IN_LIST.sub("、", text[m.start():m.end()]) + text[m.end():]
    return text


_SPACE_IN_LIST = re.compile("[ \u3000]")


def reads_as_name(word: str) -> bool:
    """Could `word` alone be a person's name (a surname first, no place, department or office)?"""
    return _name_ok(word, bare=True) and offices().search(word) is None


# Words that read as a name but name a department or a field (etl/lexicon/not_names.txt)
_NOT_NAMES = frozenset(w for ln in _lexicon("not_names.txt") for w in ln.split())
# … of which these are no name anywhere, not even after a title or a list mark (市长来访, 教授应邀出席, 王部长强调;
# and common nouns a descriptor and a follow word may frame: 企业家项目洽谈会, 劳模方案交流会)
_NEVER_NAMES = frozenset("区直 区属 区内 区级 班子 干部 成员 小组 职工 群众 来访 来电 来信 来函 来宾 来人 公署 公所 公社 公司 应邀 应约 "
                          "强调 宣布 宣读 宣讲 通报 通过 董事 "
                          "项目 方案 方面 方式 方法 成果 成效 程序 任务 范围 车间 包括 包装 关注 路段 路面 车辆 房屋 金额 费用".split())
# adverbs of manner that begin with a surname (冒雨, 满怀, 高兴): no name where they stand after an office
_MANNER_WORDS = frozenset(w for w in (*ADVERBS.split("|"), *MANNER_WORDS, "高兴") if len(w) == 2)
# Surnames that are far more often a verb before a place (…书记张勃兴,来石泉检查): a bare name never starts
# with them unless it is known from a title elsewhere in the file
_MOTION_SURNAMES = set("来到赴")
_PEOPLE_WORDS = frozenset("客人 来宾 嘉宾 外宾 大家 群众 记者 代表 干部 职工 同志 居民 村民 农民 党员 家属 各位 全体 客商 领导 "
                          "游客 市民 学生 老人 专家 企业 外商 海外 境外 国外 省外 市外 县外".split())
_SAID = frozenset("指出 强调 表示 要求 提出 认为 介绍 希望 讲话 说明 指示".split())
_COUNT_WORDS = re.compile(r"(?:余|多)(?:人|名)$|^[万千百十][余多]")  # not 张友余


# parts joined by · (any dot the text uses reads as · in the simplified copy: script.prepare), a part
# may be hyphenated (让-皮埃尔·拉法兰)
_FOREIGN = re.compile(rf"[{CJK}]{{1,8}}(?:[-－‐][{CJK}]{{1,8}})?(?:·[{CJK}]{{1,10}}(?:[-－‐][{CJK}]{{1,10}})?)+")


_CLIMBS = set("上门台陆机船顶")  # 登上, 登门…: 登 as a verb after a name, not a syllable of it


def _read_foreign(s: str, p: int) -> int | None:
    """A transliterated name with `·` starting at p; the last part is closed by a follow word."""
    if s.find("·", p + 1, p + 9) < 0:  # the first part is at most 8 characters (cheap test, hot path)
        return None
    m = _FOREIGN.match(s, p)
    if not m:
        return None
    first = s[p:s.index("·", p)]
    if (len(first) > 6 or first[0] in _NOT_NAME or offices().search(first) or _STRONG.search(first)
            or "领导" in first  # (州领导木拉提·阿不都热合曼: the collective before the name)
            or "与" in first or s[p - 1:p + 1] in _CALLED_BY_SURNAME):  # (市长甲同志与约翰·史密斯: 志与约翰 is none)
        return None  # (张三会见约翰·史密斯: a name and a verb before the foreign one, not its first part)
    if len(first) > 3 and any(w in first for w in _DESCRIPTOR_SET):
        return None  # (美国客商约翰·史密斯: who they are, then the name, read from its own start)
    last = s.rfind("·", p, m.end()) + 1
    for q in range(last + 1, m.end() + 1):
        # 都 is a syllable of Uyghur names far more often than "all" after one (努尔兰·阿不都满金)
        if (_follow_ok(s, q) and not HONORIFIC.match(s, q - 1) and s[q:q + 1] != "都"
                and not (s[q:q + 1] == "登" and s[q + 1:q + 2] not in _CLIMBS)  # 道·额尔登巴特, 史密斯登上
                and not (s[q:q + 1] == "提" and s.startswith("出席", q + 1))):  # 阿布都热依木·买买提出席
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


_DHARMA_TITLES = ("法师", "大师", "长老", "大和尚")


def _dharma_name(s: str, p: int) -> int | None:
    """End of a monk's name in religion right after an office (会长演觉法师): two characters, no surname, 法师 after."""
    if (s.startswith(_DHARMA_TITLES, p + 2) and _CJK_RUN.fullmatch(s[p:p + 2]) and _NOT_NAME.isdisjoint(s[p:p + 2])
            and not s.startswith("一行", p)):  # (会长一行: the party, no name)
        return p + 2
    return None


# names known in every file (etl/lexicon/famous.txt: 周恩来, whom the surname rule reads as 周恩 + 来)
_FAMOUS = frozenset(w for ln in _lexicon("famous.txt") for w in ln.split())
_FAMOUS_FIRST = frozenset(w[0] for w in _FAMOUS)


def _known_name(s: str, p: int, known: set[str]) -> int | None:
    room = len(s) - p  # (p + k past the end would read a shorter name at the text's end as this long one)
    for k in (4, 3, 2):
        if k <= room and ((w := s[p:p + k]) in known or w in _FAMOUS) and _follow_ok(s, p + k):
            return p + k
    if room >= 5 and s[p:p + 5] in known and _follow_ok(s, p + 5):
        return p + 5  # a Japanese name (佐藤树一郎): tried last, as few names are this long
    return None


# surnames that are far more often a preposition before a name (由甲、乙率领的, 向甲、乙颁奖)
_PREPOSITIONS = frozenset("由向于从和与及同在对以为将被把给")
# One-character follow words that also end given names, and what stands after them when they do: a verb (周凤来,
# 王德在) before a list mark; a joiner or 致 (向力和, 崔江致) where nothing can go on from them as a word (向力和等,
# 向力和和市长甲: the second 和 joins; 崔江致、, not 致辞)
_VERB_CLOSERS = frozenset("来到在任看听讲说称去用给")
_ENDS_NAMES_TOO = frozenset("和致曾均")  # (陶述曾等, 刘志均、)
_NO_NAME_AFTER_JOINER = frozenset("等、，,。；;和")


# … and given names' last characters that begin a follow word, where what comes after them reads as the
# name's verb and not as the rest of that word (张国强调研: 调研, not 强调 + 研; 何运来出席: no 来 before 出席)
_SHARED_END = re.compile(r"强(?=调研|调度|调任(?!务))|来(?=出席|主持|参加|讲话|致辞|会见|会晤|接见|宴请|陪同|一行|等|同志)")


def _ends_the_name(s: str, q: int) -> bool:
    """Is the follow word at q (after a two-character name) the last character of a three-character one?"""
    ch, nxt = s[q:q + 1], s[q + 1:q + 2]
    return ((ch in _VERB_CLOSERS and nxt == "、")
            or (ch in _ENDS_NAMES_TOO and (nxt in _NO_NAME_AFTER_JOINER or _STRONG.match(s, q + 1) is not None))
            or (ch == "同" and _tong_ends_the_name(s, q))
            or (ch in "强来" and _SHARED_END.match(s, q) is not None))


def _tong_ends_the_name(s: str, q: int) -> bool:
    """Is the 同 at q the last character of the name before it (刘大同出席, 省长刘大同的批示, 刘大同同志,
    刘大同同企业家座谈), no one after it to go with (李四同企业家座谈, 李四同同志们座谈)?"""
    nxt = s[q + 1:q + 2]
    if nxt == "同":
        return s[q + 2:q + 4] != "志们"
    return nxt in _NO_NAME_AFTER_JOINER or nxt == "的" or _STRONG.match(s, q + 1) is not None


# characters that transcribe the names of other peoples (苏嘎尔布, 阿牛史日): a four-character name after an
# office is read only with one of them, when no shorter reading is closed
_TRANSCRIBED = frozenset("尔嘎呷阿斯克拉巴扎尼孜提买艾努娜哈措姆吾迪伊约勒赛穆索吐库麦卡莫沙格依亚乌图布日木达吉特")


# what ends a Japanese given name of three characters (纯一郎, 俱二雄, 由纪夫, 真纪子, 龙太郎)
_JA_GIVEN_END = frozenset("郎雄夫子彦男助介卫")


# a field's workers, which a name's last character may seem to begin (文艺工作者: no 文艺工 and 作)
_WORKERS = ("工作者", "工作人员", "工作队", "工作组")
# what follows a verb of going (_MOTION_SURNAMES) and a place's one-character name (来渝考察, 来郿，)
_CAME_TO_DO = r"参观|视察|考察|访问|调研|指导|检查|慰问|演出|讲学|洽谈|投资|观光|旅游|采访|登上"
_CAME_TO = re.compile(rf"[，,。；;]|{_CAME_TO_DO}")
# … and a place's two-character name, then what one came to do (书记来武宁传达…, 省长来武宁视察)
_CAME_TO_PLACE_DO = re.compile(rf"{_CAME_TO_DO}|传达|宣讲|宣布|作报告|出席|参加|主持|召开|开会|蹲点|工作")


def _guess_name(s: str, p: int, *, bare: bool) -> int | None:
    """The surname rule (a surname and a given name of one or two characters, closed by a follow
    word), or a name of known elements when that reads longer (那顺孟和, not 那顺孟 + 和)."""
    _, compound = _surnames()
    lengths = (3, 4) if s[p:p + 2] in compound else (2, 3)
    q = None
    for k in lengths:
        name = s[p:p + k]
        if len(name) == k and _name_ok(name, bare=bare) and (
                _follow_ok(s, p + k) or (k == lengths[1] and _NAME_END_VERB.match(s, p + k) is not None)):
            # (the office's first character is a cheap test first: this is tried for every name read)
            if (k == 2 and s[p + 1] in office_first() and (om := offices().match(s, p + 1)) is not None
                    and om.end() > p + 2):
                break  # 李主任: the surname and an office (主 + 任), not 李主 and the verb 任
            if (k == 3 and s[p + 2] in office_first() and (om := offices().match(s, p + 2)) is not None
                    and om.end() > p + 3 and _name_ok(s[p:p + 2], bare=bare)):
                q = p + 2  # ，吴骞主任，: a name and the office after it, not 吴骞主 and the verb 任
                break
            q = p + k
            break
    if (q is None and lengths[0] == 2 and s[p + 2:p + 3] in _NAME_END_VERB_FIRST and _NAME_END_VERB.match(s, p + 2)
            and _name_ok(s[p:p + 2], bare=bare)):
        q = p + 2  # 市长王五进京…, 乙坚持…: a verb a name could end in, read as one when no longer name reads
    base = lengths[0]
    if (q == p + base and _ends_the_name(s, q) and _name_ok(s[p:p + base + 1], bare=bare)
            and _follow_ok(s, p + base + 1)):
        q = p + base + 1  # 主任周凤来、, 市领导向力和等出席, 副市长欧阳世和陪同: the follow word is the name's last character
    elif (q is None and lengths[0] == 3 and s[p + 4:p + 5] in _JA_GIVEN_END and s[p:p + 2] in _ja_surnames()
          and _name_ok(s[p:p + 5], bare=bare) and _follow_ok(s, p + 5)):
        q = p + 5  # 市长佐藤树一郎出席, 议长工藤俱二雄: a Japanese given name of three characters
    elif (q is None and not bare and len(lengths) == 2 and lengths[0] == 2 and _name_ok(s[p:p + 4], bare=False)
          and not _TRANSCRIBED.isdisjoint(s[p + 1:p + 4]) and _follow_ok(s, p + 4)):
        q = p + 4  # 州长苏嘎尔布作通报: a name of the Yi (or another people) after a surname, after an office
    if q == p + 2 and s[p] in _MOTION_SURNAMES and _CAME_TO.match(s, q) is not None:
        return None  # 运动员来郿，登上…, 专家来渝考察: coming to a place (a one-character name for it), no 来 surname
    if q == p + 3 and s[p] in _MOTION_SURNAMES and _CAME_TO_PLACE_DO.match(s, q) is not None:
        return None  # 省委书记来武宁视察: coming to a place of two characters
    if q is not None and s[q - 1] == "工" and (s.startswith(_WORKERS, q - 1) or (bare and s.startswith("工作", q - 1))):
        return None  # 文艺工作者发言, 卫生工作人员: a field's workers, no 文艺工 and 作 (nor, bare, 关于农村工作)
    if q is not None and q - p == 3 and s[q - 1:q + 1] == "工作" and _name_ok(s[p:q - 1], bare=bare):
        q -= 1  # 听取市长王强工作汇报: the name and 工作, no 王强工 and 作
    if s[p:p + 1] not in _PART_FIRSTS:
        return q
    e = _parts_name(s, p)
    return e if e is not None and (q is None or e > q) else q


def _parts_name(s: str, p: int) -> int | None:
    """End of a name of one to three known elements starting at p (自治区副主席罗布顿珠出席), the longest
    closed by a follow word (read after an office word, and where a surname starts one: 那顺孟和)."""
    ends: list[int] = []
    frontier = [p]
    for _ in range(3):
        nxt = [q + k for q in frontier for k in _PART_LENGTHS if s[q:q + k] in _PARTS]
        ends.extend(nxt)
        frontier = nxt
    for q in sorted(ends, reverse=True):
        if q - p <= 8 and _follow_ok(s, q):  # (额勒贝格 + 道尔吉: up to 8 characters)
            return q
    return None


# Characters of transliterated foreign names (伯恩斯, 希尔, 帕拉萨德), and what in a title says its holder
# is foreign (美国驻华大使, 德国总理, 尼泊尔驻拉萨总领事): a name written without a · after such a title
_TRANSLIT = frozenset(
    "阿埃艾爱安昂奥澳巴拔白拜班邦鲍贝本比彼毕宾波伯勃博布查茨达戴丹德登迪蒂丁杜多厄恩法凡菲费芬丰弗福盖甘冈戈格根"
    "古瓜圭哈海汉豪赫亨胡怀惠霍基吉加迦贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱兰朗劳勒雷蕾里利莉连列琳留隆卢鲁路伦罗"
    "洛马玛迈麦曼芒梅蒙米密缪摩莫姆穆纳娜奈南内尼涅宁纽努诺欧帕潘庞佩彭皮珀普齐奇恰乔切钦琼丘让热瑞若萨塞赛桑瑟森"
    "沙珊舍申什施舒斯松苏索塔泰坦汤唐特滕提廷托瓦万旺威韦维温翁沃乌伍西希锡夏谢辛休雅亚扬耶伊因尤约泽扎詹哲兹佐朔"
    "尔夫耳娃莎娅丽默赖妮丝琪黛芙翰逊京茹廖龙蓬捷契叶伏绍哥贡岑策楚措弥蒲图卓斐柏歇采津"
)


@lru_cache(maxsize=1)
def _foreign_title() -> re.Pattern[str]:
    """What in a title says its holder is foreign: 国 (not 中国), 驻 (not 驻村…), a country named without 国."""
    countries = "|".join(sorted(_lexicon("countries.txt"), key=len, reverse=True))
    return re.compile(rf"(?<!中)国|驻(?!村|点|站|会|地)|{countries}")


def _title_start(s: str, begin: int, reach: int = 24, *, across_lists: bool = False) -> int:
    """Where the title ending in the office word at `begin` starts: after the clause mark or 、 before it (at
    most `reach` characters back); `across_lists`: after the clause mark only (the clause the title is in)."""
    lo = begin
    while lo > 0 and begin - lo < reach and s[lo - 1] not in _CLAUSE_PUNCT and (across_lists or s[lo - 1] != "、"):
        lo -= 1
    return lo


def _japanese_name(s: str, begin: int, p: int) -> int | None:
    """End of a Japanese name at p (four characters, else three, else five), after an office word (at begin)
    in a clause that says its holder is Japanese: 日本佐贺市市长秀岛敏行、议会长福井久南, 日本驻华大使垂秀夫,
    知事伊原木隆太 (family names not in the list)."""
    if "日本" not in s[_title_start(s, begin, 60, across_lists=True):begin] or _follow_ok(s, p):
        return None  # (日本某市市长一行来访: no name after the office)
    for e in (p + 4, p + 3, p + 5):
        if "来访" not in s[p:e] and not (s[e - 1:e] == "时" and _follow_ok(s, e - 1)) and _reads_as_name(
                s, p, e, _NOT_NAME):  # (会见日本长冈市市长森民夫时说: 时 closes the name)
            return e
    return None


def _reads_as_name(s: str, p: int, e: int, not_name: frozenset[str] | set[str]) -> bool:
    """Does s[p:e] read as a name where no surname tells one (a Japanese name, one of the Yi): Chinese
    characters only, none of `not_name`, no office or verb inside, and a follow word closing it."""
    name = s[p:e]
    return (len(name) == e - p and all(_is_cjk(c) for c in name) and not_name.isdisjoint(name)
            and not offices().search(name) and not _STRONG.search(name) and _follow_ok(s, e)
            and not HONORIFIC.match(s, e - 1))


def _translit_name(s: str, begin: int, p: int) -> int | None:
    """End of a transliterated name of two to five characters at p, after an office word (at begin) whose
    title says its holder is foreign; None otherwise."""
    lo = _title_start(s, begin)
    if not _foreign_title().search(s, lo, begin):
        return None
    return _translit_run(s, p)


def _translit_run(s: str, p: int, *, listed: bool = False) -> int | None:
    """End of the longest run of two to five transliterating characters at p closed by a follow word (`listed`: or
    by the next 、, the next of a list of such names)."""
    q = p
    while q < len(s) and q - p < 5 and s[q] in _TRANSLIT:
        q += 1
    for e in range(q, p + 1, -1):
        if ((listed and s[e:e + 1] == "、") or _follow_ok(s, e)) and not HONORIFIC.match(s, e - 1):
            return e
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


# a qualifier in brackets between an office and the name: 副市长（挂职）甲, 书记（兼）乙, 市长（代）丙
_QUALIFIER = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[)）]")


def _transcribed_after_office(s: str, p: int) -> int | None:
    """End of a name of another people with no surname, right after an office (州长阿牛史日出席, 副州长呷绒翁姆
    主持): three or four characters, two of them such as transcribe names, none that ends a place's name
    (阿拉善盟), closed by a follow word."""
    if s[p] not in _TRANSCRIBED and s[p + 1:p + 2] not in _TRANSCRIBED:
        return None  # (a cheap test first: tried after every office whose name no other rule reads)
    for e in (p + 3, p + 4):
        name = s[p:e]
        if (sum(c in _TRANSCRIBED for c in name) >= 2 and _PLACE_END.isdisjoint(name)
                and _reads_as_name(s, p, e, _NOT_NAME_TRANSCRIBED)):
            return e
    return None


_NOT_NAME_TRANSCRIBED = frozenset(_NOT_NAME - {"日"})  # (日 transcribes a syllable of Yi names: 阿牛史日)


def office_reads(s: str) -> list[OfficeRead]:
    out: list[OfficeRead] = []
    past = 0  # (where a longer office read in place of one ends: matches before it are inside that office)
    for m in offices().finditer(s):
        if m.start() < past:
            continue
        read = _office_read(s, m.start(), m.end())
        if (read.foreign is None and read.guess is None and read.at < len(s) and _is_cjk(s[read.at])
                and s[read.at] in _office_goes_on()):
            # an office that runs two others together (总指挥 and 指挥长 in 总指挥长): the one that starts inside
            # this one and ends after it, if a name follows that
            for k in range(m.start() + 1, m.end()):
                if (m2 := offices().match(s, k)) is not None and m2.end() > m.end():
                    longer = _office_read(s, m.start(), m2.end())
                    if longer.foreign is not None or longer.guess is not None:
                        read, past = longer, m2.end()
                        break
        if read.at < len(s) and _is_cjk(s[read.at]):
            out.append(read)
    return out


@lru_cache(maxsize=1)
def _office_goes_on() -> frozenset[str]:
    """The characters an office word's second character onwards may be (where an office runs on into another)."""
    return frozenset(ch for w in _office_words() for ch in w[1:])


def _office_read(s: str, begin: int, end: int) -> OfficeRead:
    """The name read right after an office (begin, end), past a qualifier in brackets (副市长（挂职）甲)."""
    p = end
    if p < len(s) and s[p] in "（(" and (qm := _QUALIFIER.match(s, p)):
        p = qm.end()
    if p >= len(s) or not _is_cjk(s[p]):
        return OfficeRead(begin, p, None, None)  # no name starts there
    f = _read_foreign(s, p)
    g = None if f is not None else (_guess_name(s, p, bare=False) or _translit_name(s, begin, p)
                                    or _japanese_name(s, begin, p) or _transcribed_after_office(s, p)
                                    or _dharma_name(s, p))
    return OfficeRead(begin, p, f, g)


def titled_mentions(s: str, known: set[str], reads: list[OfficeRead] | None = None) -> list[Mention]:
    """Names right after an office word (`reads`: office_reads(s), when already made)."""
    out: list[Mention] = []
    for r in reads if reads is not None else office_reads(s):
        if out and r.begin == out[-1].end:
            continue  # a title after the name (主席张树庭教授来庆元…): no name follows it
        q = r.foreign
        if q is None:
            # (with no name known yet, the famous ones still are)
            q = _known_name(s, r.at, known) if known or s[r.at] in _FAMOUS_FIRST else None
            if q is None:
                q = r.guess
        if q is not None and s[r.at] in _LEADERS_JOINED and _name_before_title(s, r.at + 1) is not None:
            continue  # 毛泽东主席和周恩来总理…: the joiner, then a leader named before the title (not 和周恩)
        if q is not None:
            out.append(Mention(s[r.at:q], r.at, q, titled=True))
            if s[q:q + 1] == "、" and r.foreign is None and q == _translit_name(s, r.begin, r.at):
                # 研究员安德森、德萨皮奥一行: the next of a list after a foreign name read so is read so too
                while s[q:q + 1] == "、" and (e := _translit_run(s, q + 1, listed=True)) is not None:
                    out.append(Mention(s[q + 1:e], q + 1, e, titled=True))
                    q = e
    return out


# kin named after the one whose kin they are (老劳模甲的女儿乙, 烈士丙的遗孀丁): the one named first is mentioned
KIN = "女儿|儿子|妻子|丈夫|遗孀|遗属|后人|后代|孙子|孙女|外孙|外孙女|父亲|母亲|子女|亲属"
# who the people visited are (老红军, 困难户, 民警…): a bare name may follow them
_DESCRIPTORS = (r"干部|党员|群众|职工|家属|老人|红军|战士|老兵|烈属|军属|困难户|贫困户|低保户|五保户|企业家|专家|学者|同胞|侨胞|客商|台商|港商|澳商|侨商|外商|客人|外宾|贵宾|来宾|友人|华侨|华人|华裔|侨领|人才|工作者|标兵|能手|"
                r"教师|医生|护士|民警|辅警|村民|农民|居民|模范|英雄|志愿者|运动员|退役军人|劳模|工人|学生|儿童|老干部|代表|获奖者|获得者|农民工|"
                r"老师|驾驶员|司机|快递员|快递小哥|骑手|消防员|消防指战员|护林员|保洁员|环卫工|交警|警察|保安|邮递员|村医|"
                r"大户|养殖户|种植户|专业户|个体户|创业者|航天员|宇航员|飞行员|队员|学员|市民|游客|乘客|考生|工匠|"
                r"人士|乡贤|校友|作家|艺术家|画家|书法家|科学家|"
                rf"{KIN}")
_BARE_MARKS = "，,。、；;：:（(“”\"！!？?"
# verbs whose object may be a bare name, with or without 了 (会见了甲, 传达学习了习近平…)
_BARE_VERBS = ("会见 接见 看望 探望 拜望 迎接 欢送 送别 走访 宴请 慰问 会晤 拜会 拜访 接待 欢迎 邀请 听取 审议 审查 学习 传达 贯彻 落实 任命 免去 表彰 授予 缅怀 追思 "
               "悼念 吊唁 审理 宣判 发表 刊发 刊登 给予 决定 宣传 弘扬 撤销 收看 观看 瞻仰 参观").split()
_BARE_VERB_SET = frozenset(_BARE_VERBS)  # (no foreign name begins with one: 决定授予罗加乔夫·亚历山大)
_BARE_WORDS = [w for v in _BARE_VERBS for w in (v, v + "了")] + (
    "领导 领导人 同志 和 与 及 以及 由 以 请 陪同 向 给 并 同 会同 与会 其中 包括 还有 的有 领导有 领导还有 人员有 同志有 嘉宾有 选举 推选 提名 增补 增选 补选 追授 追认 委托 受 受到 得到 得到了 在 纪念 产生了 产生 "
    "批准 同意 接受 接受了 "
    "选举出 推选出 选出 选举了 推选了 增补了 增选了 补选了 主席是".split()  # (大会的执行主席是甲、乙)
    + _DESCRIPTORS.split("|"))
# the verbs of receiving (their object, named alone at the end of a clause, is the one received), and what
# may close that name (看望了甲。, 会见了乙一行，, 接待了丙夫妇)
RECEIVING = ("会见", "接见", "看望", "探望", "拜望", "走访", "慰问", "宴请", "接待", "欢迎", "迎接", "欢送", "送别", "拜访", "拜会", "会晤", "连线")
# (会见了来访的甲一行, 接待了前来考察的乙先生: the one received named bare after who they are, a party or a guest)
# (… or talked or signed with: 与来我市考察的甲一行座谈, 与来访的乙先生签署…)
_RECEIVED_DESCRIBED = re.compile(rf"(?:(?:{'|'.join(RECEIVING)})了?|[与同](?=来|前来|到|莅临))[^，,。；;、]{{1,20}}?的"
                                 rf"(?=[\u4e00-\u9fff]{{2,3}}(?:(?:先生|女士|同志)?一行|先生|女士|同志|[，,。；;]|$))")
# (为获得“五一劳动奖章”的甲、乙颁奖: those given the prize, named bare after the honour they won)
_WINNERS_DESCRIBED = re.compile(r"[为向给](?:获得?|荣获)[^，,。；;、]{1,30}?的(?=[\u4e00-\u9fff]{2,3}[、，,和及])")
# (关于王五同志任职的决定: whom a document is about, named with 同志; not 关于农村工作)
_DOCUMENT_ABOUT = re.compile(r"关于(?=[\u4e00-\u9fff]{2,3}同志)")
# contexts for a bare name with the character that must be in the text for them: the prize's winners, the
# document's subject
_NAMED_AFTER = (("获", _WINNERS_DESCRIBED), ("关于", _DOCUMENT_ABOUT))
# (… then the clause's end, or the talk or the signing: 与来访的乙先生签署…)
_PARTY_END = re.compile(rf"(?:先生|女士|同志)?(?:{PARTY})?(?:[，,。；;]|$|(?=座谈|会谈|交流|洽谈|会晤|签署|签订|签约|共同))")
_RECEIVING_BEFORE = re.compile(rf"(?:{'|'.join(RECEIVING)})[^，,。；;]*$")  # (a receiving verb earlier in the clause)
_RECEIVED_END = re.compile(rf"(?:同志|先生|女士|夫妇|{PARTY}|等(?:人|同志)?|及其家属|一家)?(?:[，,。；;]|$)")
# 与日本客商甲…, 与来访的台湾客商乙…: where the other party is from, between 与 and who they are
_WITH_WHERE_FROM = re.compile(r"(?:与(?!会)|(?<![共合协认相会])同)[^，,。；;、与和及]{2,8}$")
# 与甲签订…协议: the other party to what is signed
_SIGNS_WITH = re.compile(r"(?:同志|先生|女士|一行)?(?:共同)?(?:签订|签署|签约)")
# 与甲座谈, 与乙进行会谈: the one talked with; 在甲、乙的陪同下: those who accompany (after 在, only that)
TALK_WORDS = "座谈|会谈|交流|洽谈|商谈|恳谈|磋商|会晤|交谈|通话|通电话"  # (what one does with the other party: etl/roles.py too)
_TALKED_WITH = re.compile(rf"(?:同志|先生|女士|一行)?(?:进行|举行)?了?(?:亲切|友好|深入|视频|电话|工作)?(?:{TALK_WORDS}|连线)")
_ACCOMPANYING = re.compile(r"(?:同志|先生|女士)?(?:等(?:人|同志|领导)?)?的?陪同下")
# (… or with their titles after them, one clause: 在王建国书记、李向东市长的陪同下)
_ACCOMPANIED_CLAUSE = re.compile(r"在[^，,。；;：:]{2,40}?的?陪同下")
_DESCRIPTOR_SET = frozenset(_DESCRIPTORS.split("|"))
# (a list going on with a two-character item no surname begins, then 、 or 等: 与高层、石化、排烟、轨道等救援人员)
_THINGS_AFTER = re.compile(rf"、[{CJK}]{{2}}[、等]")
_DESCRIBED_NEXT = re.compile(rf"[{CJK}]{{0,4}}?(?:{_DESCRIPTORS})")  # (a list's next item: 外卖骑手乙, 医生丙)
# what names the units a list holds (林场、苗圃等单位, 县政府办公室、县发改委等部门): no people
_UNIT_WORDS = r"单位|部门|机构|企业(?!家|主|代表)|学校|科室|处室"
# how a list of places ends (萧山、余杭等地, …、锦江等区, 等5个县区), or of units: no people
_PLACES_AFTER = re.compile(rf"(?:、[{CJK}]{{2,4}}){{0,8}}等[\d一二三四五六七八九十几多]*个?"
                           rf"(?:地方?|[区县市乡镇村省州旗国]|街道|社区|城市|乡镇|县区|县市区?|地区|国家|片区|园区|{_UNIT_WORDS})"
                           r"(?!委|长|直|级|政府|人大|政协|党|[^，,。；;、]{0,6}(?:领导|同志|干部|负责人|代表|成员))")
# (not 等市领导, 等市四班子领导: people)
_BARE_WORD_SET = frozenset(w for w in _BARE_WORDS if len(w) <= 4)
_BARE_MARK_SET = frozenset(_BARE_MARKS)


def _bare_word(s: str, p: int) -> str | None:
    """The context a bare name at p may follow: the longest of those words (four characters at most) ending at p, a
    mark or a space right before it, "" at the text's start; None where there is none."""
    for k in (4, 3, 2):
        if p >= k and s[p - k:p] in _BARE_WORD_SET:
            return s[p - k:p]
    if p == 0:
        return ""
    c = s[p - 1]
    return c if c in _BARE_MARK_SET or c in _BARE_WORD_SET or c.isspace() else None


# what a bare name's context can end with (a mark, a space, a word's last character): a cheap test that comes first
_BARE_LAST = re.escape(_BARE_MARKS + "".join(sorted({w[-1] for w in _BARE_WORDS})))
# the one visited, named after who they are at the end of the clause (看望因公负伤的民警吴十。): a guest
# verb earlier in the clause, a descriptor right before the name, a clause mark right after it
# (or an honour in quotes: 看望“最美乡村医生”甲, 会见“时代楷模”乙, 为“感动中国”人物丙颁奖)
_HONOUR_QUOTED = r"“[^“”，,。；;]{2,12}”(?:人物|获得者|称号获得者)?"
_VISITED_BEFORE = re.compile(rf"(?:看望|慰问|会见|接见|接待|宴请|会晤|拜会|拜访|走访|探望|表彰|授予|追授|命名)[^，,。；;：:]*?"
                             rf"(?:{_DESCRIPTORS}|{_HONOUR_QUOTED})$")  # (表彰了优秀党务工作者甲: honoured, etl/roles.py)
_DESCRIPTOR = re.compile(_DESCRIPTORS)
_DESCRIBED = re.compile(rf"(?:{_DESCRIPTORS}|{_HONOUR_QUOTED})$")
_DESCRIBED_MAX = 12  # (a longer phrase before a bare name is a clause, not who the person is)


def _described(title: str) -> bool:
    """Whether the phrase before a bare name says who the person is (老红军, 老党员、老干部), or, longer, is a 、 list
    of such phrases, the last a descriptor and the others offices (全国劳动模范、县农机厂工人)."""
    if len(title) <= _DESCRIBED_MAX:
        return bool(_DESCRIBED.search(title))
    *first, last = title.split("、")
    return (bool(first) and len(last) <= _DESCRIBED_MAX and bool(_DESCRIBED.search(last))
            and all(len(part) <= _DESCRIBED_MAX and bool(offices().search(part)) for part in first))


_VISITED_AFTER = re.compile(rf"(?:同志|先生|女士|夫妇|{PARTY}|等|及其家属|一家)?(?:[，,。；;、和及与]|$)")


def _guest_words() -> str:
    """Who a person is that a Japanese name may follow (客人, 友人, 客商, 外宾…), as an alternation."""
    return "|".join(sorted(w for w in _DESCRIPTOR_SET if len(w) == 2 and w[-1] in "人商宾家者"))


@lru_cache(maxsize=1)
def _ja_after_guest() -> re.Pattern[str]:
    """Who a person is right before a Japanese family name: 会见日本客人铃木一郎."""
    return re.compile(rf"(?:{_guest_words()})(?=(?:{'|'.join(sorted(_ja_surnames()))}))")


@lru_cache(maxsize=1)
def _start_chars() -> frozenset[str]:
    """The characters _surname_starts tries: those a Chinese surname, single or compound, begins with."""
    single, _ = _surnames()
    return frozenset(single | {ln[0] for ln in _lexicon("surnames.txt") if len(ln) == 2})


@lru_cache(maxsize=4)
def _surname_starts(dotted: bool = False, japanese: bool = False) -> re.Pattern[str]:
    """Any character a Chinese surname (single or compound) begins with, where what stands before it
    may end a bare name's context (_bare_word): where a bare name may start; with `dotted` (a text that has a ·), also
    any CJK character a · follows within eight (a transliterated name: 会见约翰·史密斯一行); with `japanese`
    (a text where _ja_after_guest finds one), a Japanese family name right after who the person is (tried
    only then: its characters, 中, 小, 山…, are far too common to try everywhere)."""
    single, _ = _surnames()
    compound = {ln for ln in _lexicon("surnames.txt") if len(ln) == 2}
    first = "".join(sorted(re.escape(c) for c in single | {c[0] for c in compound}))
    foreign = rf"|[{CJK}](?=[{CJK}]{{0,7}}·)" if dotted else ""
    ja = rf"|(?<=(?:{_guest_words()}))(?=(?:{'|'.join(sorted(_ja_surnames()))}))" if japanese else ""
    return re.compile(rf"(?:^|(?<=[{_BARE_LAST}\s]))(?:[{first}]{foreign}){ja}")


_PART_CHARS = frozenset("".join(_PARTS)) | _TRANSCRIBED


def _transcribed_item(s: str, p: int) -> int | None:
    """End of a name of three to six syllables of another people's names at p, closed by a list mark:
    tried only first in a list after a collective (旗领导呼格吉乐图、王广平), where it can be nothing else."""
    e = p
    while e < len(s) and e - p < 6 and s[e] in _PART_CHARS:
        e += 1
    return e if e - p >= 3 and s[e:e + 1] == "、" else None


def unusual_names(names: Iterable[str]) -> list[str]:
    """The names that no Chinese surname begins (佐藤树一郎): a bare name starts where one of them stands too."""
    sc = _start_chars()
    return [k for k in names if k[0] not in sc and len(k) >= 2]


def _places_listed(s: str, mark: int, occupied: list[bool]) -> bool:
    """Whether the 、 list whose item ends at `mark` (its 、) lists places: none of its items so far read as a name,
    and the first one, of two or three characters, after a verb of going (到龙泉、庆元、景宁调研)."""
    k = mark
    for _ in range(12):  # (back to the list's first item)
        if k >= 1 and occupied[k - 1]:
            return False
        j = s.rfind("、", max(0, k - 5), k)
        if j < 0:
            break
        k = j
    return any(k - n >= 1 and s[k - n - 1] in _GOING for n in (2, 3))


_GOING = frozenset("到赴往抵至")


def _things_listed(s: str, mark: int, occupied: list[bool]) -> bool:
    """Whether the 、 list whose item ends at `mark` (its 、) goes back over two items or more that no name was
    read in, the one before it of two to four Chinese characters between two 、 (教育、卫生、文体旅等: things)."""
    j = mark - 1
    while j >= 0 and mark - j <= 5 and _is_cjk(s[j]) and not occupied[j]:
        j -= 1
    return (2 <= mark - j - 1 <= 4 and j >= 1 and s[j] == "、" and _is_cjk(s[j - 1]) and not occupied[j - 1]
            and not occupied[j])


# rarer surnames that few words begin with, read as a titled list's next name (etl/lexicon/surnames_rare.txt has them)
_LIST_HEAD_SURNAMES = frozenset("仰宰弘沃苍蓬郅揣郄仵綦晁栾泮妫啜眭麴貟凃遆雒苌贠蹇爨呙") & _RARE_SURNAMES


# who take part as a body, and representatives of one (师生, 官兵; 师生代表参加, 党员代表、…): after a list's name
_GROUP_WORDS = frozenset("师生 官兵 军民 警民 干群 党群 师傅 同学 师兄 学子 少年 青年 妇女 老年 群团 公安 武警 消防 银行 "
                         "商会 商户 高管 顾问 农户 业主 员工 骨干 观众 裁判 邻居 街坊 摊主 孤儿 安全员 残疾人".split())
# (… with the words for people and who they are: no list item is one of them)
_NO_LIST_NAMES = _GROUP_WORDS | _PEOPLE_WORDS | _DESCRIPTOR_SET
_REPRESENTATIVES = re.compile(r"代表(?:[、，,。；;等和及共近约]|参加|出席|列席|观看|观摩|发言|参会|\d)")


def bare_mentions(s: str, known: set[str], taken: list[tuple[int, int]], unusual: list[str] | None = None) -> list[Mention]:
    """Names with no title: in 、 lists before a verb, alone before a strong verb, after a titled name and 、."""
    # (where a titled name and its 、 end, past its aside or honorific: 副市长甲、乙, 甲（女）、乙, 甲同志、乙)
    list_heads = {after + 1 for _, b in taken
                  if s[(after := h.end() if (h := HONORIFIC.match(s, b)) else b):after + 1] == "、"}
    single, compound = _surnames()
    out: list[Mention] = []
    occupied = [False] * (len(s) + 1)
    for a, b in taken:
        for i in range(a, b):
            occupied[i] = True
    starts = _surname_starts("·" in s, _ja_after_guest().search(s) is not None)
    # (a name titled elsewhere that no Chinese surname begins, 佐藤一郎: named bare later, it starts there too)
    if unusual is None:
        unusual = unusual_names(known)
    also = re.compile(rf"(?:^|(?<=[{_BARE_LAST}\s]))(?=(?:{'|'.join(map(re.escape, unusual))}))") if unusual else None
    # positions a name may start at that no surname-start test finds: right after 领导, a name of another people's
    # elements (盟领导其其格、乌力吉出席) or one a rarer surname begins (市领导操隆山、周天伟); right after going to
    # a home (到张明同志家中看望), where 到 is otherwise no context for a name (the going is that name's context)
    home = {m.end(): m for m in _TO_A_HOME.finditer(s)} if "家" in s else {}
    # … and after who a received party is (会见了来访的甲一行, 接待了前来考察的乙先生): 的 is otherwise no context
    if "的" in s and (
            received := {m.end(): m for m in _RECEIVED_DESCRIBED.finditer(s)}):
        home = {**home, **received}
    else:
        received = {}
    # … and after what else names who a bare name is (_NAMED_AFTER; its cue a cheap test first)
    for cue, before_name in _NAMED_AFTER:
        if cue in s:
            home = {**home, **{m.end(): m for m in before_name.finditer(s)}}
    # … and a list's next item after a titled name that a rarer surname starts, one few words begin with (副主任冷刚、
    # 仰协出席: read as after a title, where the scan for surnames does not stop; not 区人大, 校方, 腾讯)
    # (… or one of another people's elements begins: 副县长索朗旺堆、央金卓玛参加)
    odd_heads = {k for k in list_heads
                 if s[k:k + 1] in _LIST_HEAD_SURNAMES or s[k:k + 1] in _PART_FIRSTS} if list_heads else set()
    extra = sorted({k for m in _LEADERS.finditer(s)
                    if s[(k := m.end()):k + 1] in _PART_FIRSTS or s[k:k + 1] in _RARE_SURNAMES}
                   | home.keys() | odd_heads) if "领导" in s or home or odd_heads else []
    p = 0
    while p < len(s):
        jump = starts.search(s, p)  # skip to the next character that can begin a surname
        if also is not None and (other := also.search(s, p)) is not None and (jump is None or other.start() < jump.start()):
            jump = other
        at = jump.start() if jump is not None else None
        while extra and extra[0] < p:
            extra.pop(0)
        if extra and (at is None or extra[0] < at):
            at = extra[0]
        if at is None:
            break
        p = at
        ch = s[p]
        if occupied[p] or not (ch in single or s[p:p + 2] in compound
                               or (s.find("·", p + 1, p + 9) > 0 and s[p:p + 2] not in _BARE_VERB_SET)
                               or (also is not None and also.match(s, p) is not None)
                               or (extra and extra[0] == p)):
            p += 1
            continue
        word = _bare_word(s, p)
        if word is None and (visit := home.get(p)) is not None:
            word = visit.group(0)
        if (word is None or (word == "和" and s[p - 2:p] == "共和")  # (共和国进行…: no 和 joining a name)
                or (word == "代表" and p >= 3 and occupied[p - 3])):  # (甲代表项目方发言: on behalf of, a verb)
            p += 1
            continue
        if (word == "、" and p >= 2 and not occupied[p - 2] and _is_cjk(s[p - 2]) and s[p:p + 2] not in known
                and s[p:p + 3] not in known and _places_listed(s, p - 1, occupied)):
            p += 1  # 到龙泉、庆元、景宁调研: the next item of a list of places is a place
            continue
        if word == "、" and p >= 6 and not occupied[p - 2] and _things_listed(s, p - 1, occupied):
            p += 1  # 教育、卫生、文体旅等重点领域: a list's next item after two that name no one names no one
            continue
        collective = word in ("领导", "领导人")  # (市领导, 区领导, 中央领导人 … right before the name)
        # read a run NAME(、NAME)*
        run: list[tuple[int, int]] = []
        lenient = False  # the first was read only as a list's first, not as a bare name
        q = p
        while True:
            # a title after the name comes first (周恩来总理视察: 周恩 and 来 would read as a name and a verb)
            e = (_name_before_title(s, q) or _name_before_office(s, q)) if not run else None
            if e is None:  # (the next of a titled list, 副市长甲、乙, is read as titled names are)
                # (after a name and 、, the next is read as after a title: 县领导甲、乙、张会革、丙)
                e = _read_name(s, q, known, bare=not run and q not in list_heads)
            if e is None and not run and collective:
                e = _transcribed_item(s, q)  # 旗领导呼格吉乐图、王广平
            if (e is None and not run and (collective or (s[q] not in _PREPOSITIONS and word in "，,；;：:"))
                    and ("、" in s[q + 2:q + 4] or (collective and ("，" in s[q + 2:q + 4] or "," in s[q + 2:q + 4])))
                    and (f := _read_name(s, q, known, bare=False)) is not None and f - q <= 3
                    and (s[f:f + 1] == "、" or (collective and s[f:f + 1] in "，,"))
                    and (collective or s[f - 1] not in _PLACE_END or s[f - 1] == "会") and s[q:f] not in place_names()):
                # 市领导万会河、邓丽林, …交警，沈勤会、蒋绍庆参加: first of a list, read as the rest of it is, when
                # a list follows (checked below); after a collective, its one member too (区领导闫会，局长甲陪同)
                e, lenient = f, not (collective and s[f:f + 1] in "，,")
            if e is None or any(occupied[i] for i in range(q, e)):
                break
            if s[q:e] in _NO_LIST_NAMES or (s[e:e + 2] == "代表" and _REPRESENTATIVES.match(s, e) is not None):
                break  # 副市长甲、师生代表参加, 党员、官兵: who take part together, no name
            run.append((q, e))
            h = HONORIFIC.match(s, e)  # 毛秀兰(女)、刘嘉俊, 甲同志、乙
            after = h.end() if h else e
            if s[after:after + 1] in ("（", "(") and (t := title_aside(s, after)):
                after = t  # 张三（市委书记）、李四（市长）: the title in brackets after each name
            if after < len(s) and s[after] == "、":
                q = after + 1
                if (not collective and (d := _DESCRIBED_NEXT.match(s, q)) is not None and not occupied[d.end()]
                        and _read_name(s, d.end(), known, bare=False) is not None):
                    q = d.end()  # 快递员甲、外卖骑手乙参加: the next of a list, named after who they are too
                continue
            if collective and s[after:after + 1] in ("及", "和") and s[after + 1:after + 2] != "其":
                q = after + 1  # 市领导甲及乙一行: a collective's members joined by 及
                continue
            if (collective and s[after:after + 1] in "，," and (nx := _read_name(s, after + 1, known, bare=False))
                    and nx - after <= 4 and (s[nx:nx + 1] in "，,、等" or _STRONG.match(s, nx))):
                q = after + 1  # 市领导甲，乙，丙等出席: a collective's members parted by commas
                continue
            if (s[after:after + 1] in ("和", "及") and not occupied[after + 1] and s[after + 1:after + 2] != "其"
                    and (nx := _read_name(s, after + 1, known, bare=True)) is not None and nx - after <= 4
                    and (_STRONG.match(s, nx) or (len(run) >= 2 and s[nx:nx + 1] in "，,等"))):
                # 刘培国和贾鹏柱参加活动: two bare names joined, then what they both did; 甲、乙和丙，…等参加: a
                # 、 list's last, joined by 和, then others unnamed before its verb
                q = after + 1
                continue
            break
        if not run or (lenient and len(run) < 2):
            p += 1
            continue
        end = run[-1][1]
        if (s[end:end + 1] in "等、" and (_PLACES_AFTER.match(s, end) is not None or (
                not collective and _THINGS_AFTER.match(s, end) is not None and s[end + 1] not in single))
                and not any(s[a:b] in known for a, b in run)):
            p = end  # 萧山、余杭等地, 金牛、武侯等区: places, not people; 高层、石化、排烟等: things listed on
            continue
        # (what is said of them follows their aside: 运动员陈慧佳（女）夺得…)
        # (… and their title in brackets: 王建国（市委书记）主持会议)
        past = end
        if s[end:end + 1] in "（(":
            if (aside := HONORIFIC.match(s, end)) is not None:
                past = aside.end()
            elif (t := title_aside(s, end)) is not None:
                past = t
        tail = s[past:past + 6]
        listed = len(run) >= 2
        office_after = offices().match(s, end)  # a title after the name (李四副市长出席); not 普查指导员, a duty
        strong = (bool(_STRONG.match(tail)) or (tail[:1] in _ADVERB_FIRST and bool(_STRONG_AFTER_ADVERB.match(s, past)))
                  or (tail[:2] == "召开" and (collective or s[p:end] in known))
                  or bool(office_after and (not office_after.group(0).endswith("员")
                                            or office_after.group(0).endswith("委员")))
                  or (tail[:1] == "就" and bool(_SPEAKS_ON.match(s, past)))
                  or (tail[:1] == "家" and bool(HOME_VISITED.match(s, past)))  # 到老党员甲家中看望慰问
                  or (tail[:3] == "为代表" and bool(_HEADED.match(s, past)))  # 以甲为代表的…官员到…
                  or (tail[:1] == "在" and (bool(_AT_THEN_STRONG.match(s, past))  # 甲、乙在主会场参加会议
                                             or bool(_AT_ACCOMPANIED.match(s, past))))
                  # 县革命委员会成立，李德胜任主任: the one appointed (whom the entry is about)
                  or (bool(_TAKES_OFFICE.match(tail)) and bool(offices().search(s, past, past + 16)))
                  or (tail[:1] in _ELECTED_FIRST and bool(_ELECTED_BY.match(s, past)) and bool(offices().search(s, past, past + 40)))
                  or (tail[:1] in "奉调离卸退同辞因" and bool(LEAVES.match(s, past)))  # 李绵清调离: who leaves is who it is about
                  or (bool(_MADE.match(s, past)) and bool(offices().search(s, past, past + 24))
                      and bool(_APPOINTING.search(s, max(0, p - 120), p)))
                  or (bool(_HEARD.match(s, past)) and "听取" in s[max(0, p - 12):p])
                  or bool(AWARDED.match(s, past)) or bool(BORN.match(s, past)) or bool(DEEDS.match(s, past))
                  or (bool(AWARDED_BY.match(s, past)) and bool(GIVEN_TO.search(s, max(0, p - 80), p)))
                  or (word.rstrip("了") in ("审理", "宣判") and bool(ACCUSED.match(s, past)))  # 审理甲受贿案
                  or (word.rstrip("了") == "给予" and bool(PUNISHED.match(s, past)))  # 给予甲开除党籍处分
                  or (tail[:1] in "作做同所" and (bool(_GIVES_SPEECH.match(s, past)) or bool(INSTRUCTED.match(s, past))))
                  # 民警甲在…中牺牲, 甲同志…逝世 (not 纪念在抗战中牺牲的烈士: a descriptor or 同志 says it is a person)
                  or (bool(DEATH_WORD.search(s, past, past + 24)) and bool(DIED.match(s, past))
                      and (word in _DESCRIPTOR_SET or s.startswith(("同志", "先生", "女士"), past)))
                  or (bool(HONOUR.match(s, past)) and bool(HONOURING_CLAUSE.search(s, max(0, p - 20), p))))
        ok: list[tuple[int, int]] = []
        if word == "在":
            # (在张家港调研: after 在, a place is likelier; 在李向东市长的陪同下: the title after the name)
            ok = run if (_ACCOMPANYING.match(s, past) or (office_after is not None and not listed
                                                          and _ACCOMPANIED_CLAUSE.match(s, p - 1))) else []
        elif not listed and ((word.rstrip("了") in RECEIVING and _RECEIVED_END.match(s, past))
                             or (word in ("与", "同") and _TALKED_WITH.match(s, past))):
            ok = run  # 看望了甲。, 接待了乙一行, 与丙座谈: the one received or talked with
        elif (not listed and word in ("和", "及", "以及") and p > len(word) and occupied[p - len(word) - 1]
              and _RECEIVED_END.match(s, past) and _RECEIVING_BEFORE.search(s, max(0, p - 40), p)):
            ok = run  # 会见了院士甲和乙。: the second of those received, joined to a titled one
        elif (not listed and word in _DESCRIPTOR_SET
              and (s[p - len(word) - 1:p - len(word)] in ("与", "同") or _WITH_WHERE_FROM.search(s, max(0, p - 16), p - len(word)))
              and (_TALKED_WITH.match(s, past) or _SIGNS_WITH.match(s, past))):
            ok = run  # 与客商甲签订合作协议, 与台商乙座谈: who is talked or signed with, named after who they are
        elif not listed and p in received and _PARTY_END.match(s, past):
            ok = run  # 会见了来访的甲一行: the party received, named after who they are
        elif p and s[p - 1] in "有：:是为" and _LABEL_BEFORE.search(s, max(0, p - 30), p):
            ok = run  # 出席会议的还有王五。, 参加会议的有：甲、乙: the label says who follows
        elif listed and (strong or tail[:1] in ("，", ",", "。", "") or bool(_FOLLOW.match(s, past))):  # (a list: any follow word)
            ok = run
        else:
            ok = [(a, b) for a, b in run if s[a:b] in known or (strong and (a, b) == run[-1]) or a in list_heads]
            if (not ok and not listed and s[p] not in "和与及" and not _DESCRIPTOR.search(s, p, end)
                    and _VISITED_AFTER.match(s, past) and _VISITED_BEFORE.search(s, max(0, p - 30), p)):
                ok = run  # (not 干部和群众: a joiner and a descriptor)
            if not ok and not listed and collective and s[end:end + 1] in "，,、":
                ok = run  # 区领导刘正道，区民政局局长孟凡伟陪同: a collective's one member, the list going on
            if listed and not ok:
                ok = []
        for a, b in ok:
            out.append(Mention(s[a:b], a, b, titled=False))
            for i in range(a, b):
                occupied[i] = True  # (a list's items read so far: _places_listed)
        p = end if ok else p + 1
    return out


# What closes a title written after the name it belongs to (由曲格平主任委员率领的…, 周铁农副主席一行…).
_HEADED = re.compile(HEADS_GROUP)
_POST_TITLE_END = re.compile(rf"率领|带领|率(?!先)|一行|{_HEADED.pattern}")
# The leaders' titles older chronicles write after the name, before what they did (毛泽东主席接见…,
# 王一平市长主持会议): only these, as a unit's name before 局长, 部长… (公安局长) would read as a person.
_LEADER_OFFICES = ("主席", "总理", "委员长", "书记", "市长", "省长", "县长", "区长")  # (each also with 副 before it)
_LEADER_TITLE = rf"副?(?:{'|'.join(_LEADER_OFFICES)})|元帅|将军"
POST_TITLE = re.compile(rf"(?:{_LEADER_TITLE})(?:同志)?")
# … then another office held with it (陈毅副总理兼外交部长陪同…)
_HELD_WITH = re.compile(r"兼[^，,。；;、]{1,10}?(?:长|主任|书记|主席|司令员|政委)")
# … or a visit (叶剑英副主席来我县视察)
_COMES = re.compile(rf"来(?:我|本|[^，,。；;]{{1,8}}?(?:{VISIT_WORDS}))")
# what POST_TITLE begins with (a cheap test first)
POST_TITLE_FIRST = frozenset("副主总委书市省县区元将")
# … and its first two characters (the cheaper test where a tail, not a window, is asked: 主持 is no 主席)
POST_TITLE_START = frozenset([w[:2] for w in (*_LEADER_OFFICES, "元帅", "将军")] + ["副" + w[0] for w in _LEADER_OFFICES])
# what joins leaders named before their titles (毛泽东主席和周恩来总理…, 甲主席、乙总理…)
_LEADERS_JOINED = frozenset("和、及与")
# a leader's spouse named after the leader's title (刘少奇主席和夫人王光美来我市视察)
_WITH_SPOUSE = re.compile(r"(?:和|及|与|偕同?|携)(?:夫人|爱人)")
# what a leader named before the title said (李强总理在国务院常务会议上的讲话精神, 毛泽东主席的指示)
SPOKEN_BY = re.compile(r"(?:在[^，,。；;]{1,30}?|关于[^，,。；;]{1,20}?)?的?(?:重要)?(?:讲话|指示|批示|贺信|题词|论述)")
# … or a report they gave elsewhere, studied here (审议李克强总理所作的政府工作报告)
REPORT_BY_LEADER = re.compile(r"(?:所?作的|的)[^，,。；;]{0,12}?报告(?![会厅])")
# … or their praise, given from afar (得到习近平总书记的充分肯定, 受到李强总理两次表扬)
PRAISED_BY_LEADER = re.compile(r"(?:的|[一两三四五六七八九十多数]次)?(?:高度|充分|亲切)?(?:肯定|表扬|赞扬|称赞|赞许|好评)")
# … or who received them (代表们受到毛泽东主席的亲切接见)
_RECEIVED_BY_LEADER = re.compile(r"的?(?:亲切|热情|隆重)?(?:接见|会见|看望|慰问|宴请|接待)")
# A death the entry reports, right after the name (甲同志因病逝世, 周恩来总理逝世): the one who died is who
# the item is about
_DEATH_WORDS = "逝世|去世|病逝|辞世|牺牲|殉职|遇难"
DEATH_WORD = re.compile(_DEATH_WORDS)  # a cheap test before DIED
# (甲同志因病医治无效逝世, 民警乙在执行任务中英勇牺牲, 丙于5月5日在北京逝世, 丁因病医治无效，在北京逝世)
DIED = re.compile(rf"(?:{_LEADER_TITLE})?(?:同志|先生|女士)?(?:(?:因病|因公|因伤|不幸|突发[^，,。；;]{{1,6}}?"
                  rf"|经?(?:医治|抢救)无效|英勇|光荣|在[^，,。；;]{{1,12}}?|于[^，,。；;]{{1,14}}?)[，,]?\s*)*(?:{_DEATH_WORDS})")


_ASIDE = re.compile(r"[（(]([^（()）、，,。]{2,24})[）)]")


def title_aside(s: str, p: int) -> int | None:
    """End of a bracketed title right after a name at p (张三（市委书记）), or None."""
    m = _ASIDE.match(s, p)
    return m.end() if m and offices().search(m.group(1)) else None


# A name written between its unit and its office (市建委朱光局长, 农水局方王利局长, 区委从永刚书记), as older
# chronicles do: after 委 局 厅, before an office word and what may follow a name
_UNIT_CLOSER = re.compile(rf"[委局厅](?=[{CJK}]{{3}})")
_UNIT_CLOSER_WORDS = frozenset(("委员", "局长", "厅长"))


def unit_named(s: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Names between a unit and an office word (市建委朱光局长主持): read without a title (the phrase
    before them is the unit's name), only where the unit's last character stands right before them."""
    out: list[Mention] = []
    office, first = offices(), office_first()
    for u in _UNIT_CLOSER.finditer(s):
        p = u.end()
        if s[p - 1:p + 1] in _UNIT_CLOSER_WORDS:
            continue  # 曲格平主任委员为团长: the closer begins an office word, not a name
        for k in (3, 2):
            name = s[p:p + k]
            if (len(name) == k and s[p + k:p + k + 1] in first and (m := office.match(s, p + k)) is not None
                    and _follow_ok(s, m.end())
                    and name[:2] not in _NOT_NAMES and name[-1] not in "办室副正总代" and _name_ok(name, bare=False)
                    and not any(a < p + k and p < b for a, b in taken)):
                out.append(Mention(name, p, p + k, titled=False))
                break
    return out


# A name written right after its unit, with no office word (省农业厅王建国、省水利厅李向东到…, 市委组织部张三等陪同,
# 县委刘振华、县政府王德福参加): the unit's name is the title phrase. Only in a list or before what a name
# does: the unit at a clause's start, the name then 、, 等, a joiner or a strong verb.
_UNITS = r"(?:[厅局委部办院司处署]|政府|中心|公司|集团|报社|电视台|大学|学院)"


@lru_cache(maxsize=1)
def unit_end() -> re.Pattern[str]:
    """A unit's last character with a surname's first after it (the class of them tested in the pattern: units
    are everywhere, names right after them rare)."""
    single, compound = _surnames()
    firsts = "".join(sorted(set(single) | {c[0] for c in compound}))
    # (not the offices and bodies most often named after a unit: 市政府常务副市长, 市政府党组, 市委常委, 办公室;
    # nor words a unit's character begins: 有关部门工作汇报, not 部 and a name 门工作)
    return re.compile(rf"{_UNITS}(?=[{re.escape(firsts)}][{CJK}])(?!常务|党组|常委|公室|董事|公报|门|位)")


_UNIT_OPEN = re.compile(r"[，,、：:；;。\s由“”《》（）()]")  # (where the unit's name starts: after one of these)
_UNIT_LENGTH = 20
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")
_UNIT_TWO_FIRST = frozenset("省市县区州盟旗镇乡地党团")  # (a unit of two characters: 县委, 党委, 团委)
# what may follow such a name: the next of the list (、, 和, 及: read only where a name follows in the clause),
# others unnamed (等, not 等单位), or a strong verb
_UNIT_LIST_GOES_ON = re.compile(r"[、和及]")
_UNITS_AFTER = re.compile(rf"等(?:[\d一二三四五六七八九十几多]*个?)?(?:{_UNIT_WORDS}|地|县|区|乡镇|街道|方面|领域|工作)")
_NOT_UNIT_NAME_END = frozenset("科股室库组场员")
_ADDRESSED = frozenset(("老师", "师傅", "医生", "大夫", "大姐", "大爷", "阿姨"))  # (张老师: how one is addressed)


def _names_run_on(s: str, q: int) -> bool:
    """Does a list of bare names go on from the joiner at q to what people do (、李四和王五陪同, 、李四等出席)?"""
    for _ in range(8):
        e = _read_name(s, q + 1, set(), bare=False)
        if e is None or s[e - 1] in _NOT_UNIT_NAME_END:
            return False
        if _UNIT_LIST_GOES_ON.match(s, e):
            q = e
            continue
        return (s[e:e + 1] == "等" and not _UNITS_AFTER.match(s, e)) or (_STRONG.match(s, e) is not None and s[e] != "等")
    return False


def unit_listed(s: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Names right after their unit (省农业厅王建国、…到…检查): read bare, titled by the unit's name (`unit`)."""
    found: list[tuple[int, int, bool]] = []  # (start, end, whether a next name must follow in the clause)
    single, compound = _surnames()
    for u in unit_end().finditer(s):
        p = u.end()
        if (s[p] not in single and s[p:p + 2] not in compound) or (s[p] in office_first() and offices().match(s, p)):
            continue  # (市政府常务副市长: an office, no name)
        for k in (3, 2):
            name, q = s[p:p + k], p + k
            if (len(name) != k or not _name_ok(name, bare=True) or name[-1] in _NOT_UNIT_NAME_END
                    or name in _NEVER_NAMES or name[1:] in _ADDRESSED or offices().search(name) is not None):
                continue
            if _UNIT_LIST_GOES_ON.match(s, q):
                listed = True
            elif (s[q:q + 1] == "等" and not _UNITS_AFTER.match(s, q)) or (_STRONG.match(s, q) and s[q] not in "同等"):
                listed = False
            else:
                continue
            opened = max((m.end() for m in _UNIT_OPEN.finditer(s, max(0, p - _UNIT_LENGTH - 1), p)), default=0)
            if not (p - opened > _UNIT_LENGTH or (opened > 0 and s[opened - 1] in "《“（(")
                    or (found and found[-1][1] > p) or p - opened < 2
                    or (p - opened == 2 and s[opened] not in _UNIT_TWO_FIRST)
                    or s[p - 1:p + 1] in compound or s[p - 2:p] in _ja_surnames() or any(a < q and p < b for a, b in taken)
                    or offices().match(s, p - 1) or offices().match(s, p - 2)):
                # (not a unit's name too long, or in a work's title or quotes, or one of two characters that is no
                # 县委, 市委…; not a compound surname (司马) or a Japanese family name (庄司阳子); not read as titled
                # already; not 委员, 部长, 局长, the unit's last character beginning an office)
                found.append((p, q, listed))
            break
    out: list[Mention] = []
    for p, q, listed in reversed(found):
        if listed:
            clause = _CLAUSE_END.search(s, q)
            upto = clause.start() if clause else len(s)
            if (not any(q < a < upto for a, _ in taken) and not any(q < m.start < upto for m in out)
                    and not _names_run_on(s, q)):
                continue  # 县政府办公室、县发改委等部门, 林场、苗圃等单位: no name follows, no list of people
        out.append(Mention(s[p:q], p, q, titled=False, unit=True))
    return out[::-1]


def _name_before_title(s: str, p: int, depth: int = 0) -> int | None:
    """End of a name at p that its title follows: then a delegation verb (the older 由X主任委员率领 order),
    or a leader's title and a strong verb (毛泽东主席接见), or the next leader so named (`depth`: how many
    of them this one comes after); None otherwise. Its title is not the contract's (that is the phrase
    before a name): the name is read alone."""
    window = s[p + 2:p + 16]
    delegation = ("率" in window or "带领" in window or "一行" in window
                  or (("为" in window or "任" in window) and _HEADED.search(window) is not None))  # (以甲副主任为团长的)
    if not delegation and (POST_TITLE_FIRST.isdisjoint(window[:3])
                           or not any(POST_TITLE.match(s, q) for q in (p + 2, p + 3, p + 4))):
        return None  # (cheap tests first: this is tried wherever a bare name may start)
    _, compound = _surnames()
    office = offices()
    for k in (3, 4) if s[p:p + 2] in compound else (2, 3):
        if p + k > len(s) or not _post_title_name_ok(s[p:p + k]):
            continue
        q = p + k
        led = POST_TITLE.match(s, q)
        if led and (held := _HELD_WITH.match(s, led.end())) is not None:
            led = held
        if led and (_STRONG.match(s, led.end()) or s.startswith("作", led.end()) or _COMES.match(s, led.end())
                    or _WITH_SPOUSE.match(s, led.end()) or DIED.match(s, led.end())
                    or BORN.match(s, led.end()) or SPOKEN_BY.match(s, led.end()) or REPORT_BY_LEADER.match(s, led.end())
                    or _RECEIVED_BY_LEADER.match(s, led.end())  # (受到毛泽东主席的亲切接见)
                    or PRAISED_BY_LEADER.match(s, led.end())  # (得到习近平总书记的充分肯定)
                    or s.startswith(("的陪同", "陪同"), led.end())  # (在李向东市长的陪同下)
                    # 毛泽东主席和周恩来总理接见…: the next of a list of leaders so written
                    or (s[led.end():led.end() + 1] in _LEADERS_JOINED and depth < 4
                        and _name_before_title(s, led.end() + 1, depth + 1) is not None)
                    # 罗青副市长听取…, 毕国臣副市长协调…: a clause's subject so written, then any word a name's
                    # verb may begin with (a list of the day's doings, each item opening so; not a mark: 、乙为县长，)
                    or ((p == 0 or s[p - 1] in _CLAUSE_OPENERS) and depth == 0
                        and s[led.end():led.end() + 1] not in _FOLLOW_MARKS and not s[led.end():led.end() + 1].isspace()
                        and (_FOLLOW.match(s, led.end()) is not None or _NAME_END_VERB.match(s, led.end()) is not None))):
            return p + k
        while (m := office.match(s, q)) is not None:  # 主任委员, 副主席…
            q = m.end()
        if q > p + k and _POST_TITLE_END.match(s, q):
            return p + k
    return None


_CLAUSE_OPENERS = frozenset("，,。；;：:、 \u3000")


def _post_title_name_ok(name: str) -> bool:
    """A name its title may follow: none that holds 副 or 务, the start of a title itself (常务副市长出席)."""
    return "副" not in name and "务" not in name and _name_ok(name, bare=True)


def _name_before_office(s: str, p: int) -> int | None:
    """End of a name of three characters at p that any office follows, then what the holder did (陈建辉副局长在
    会议室主持…, 受林鲁生局长委托): a department's post written after the name. Three characters only, as
    a unit's name of two stands there too (公安局长, 宣传部长)."""
    if p + 4 > len(s) or s[p + 3] not in office_first():
        return None  # (the cheap test first)
    if not _post_title_name_ok(s[p:p + 3]):
        return None
    m = offices().match(s, p + 3)
    if m is None:
        return None
    after = m.end()
    if s.startswith(("并", "也", "还"), after):
        after += 1  # 陈泽良镇长并在会上作了讲话
    if (_STRONG.match(s, after) or s.startswith(("委托", "作", "传达", "宣读", "通报", "点评", "部署"), after)
            or _AT_THEN_STRONG.match(s, after)
            or _AT_ACCOMPANIED.match(s, after)):
        return p + 3
    return None


@lru_cache(maxsize=1)
def _joiner_places() -> tuple[str, ...]:
    """Place names that begin with a joiner (和田, 同江): a title may start with them."""
    return tuple(p for p in place_names() if p[0] in "和与及同")


def _title_region_start(s: str, mentions: list[Mention], i: int, labelled: bool = False) -> int:
    """Where mention i's title can begin: after the last clause mark or the previous name (+ joiner)."""
    mt = mentions[i]
    lo = 0
    # (no further back than the previous name, which bounds the region anyway: a long list stays linear)
    for k in range(mt.start - 1, mentions[i - 1].end - 1 if i > 0 else -1, -1):
        if s[k] in _CLAUSE_PUNCT:
            lo = k + 1
            break
    if i > 0 and mentions[i - 1].end > lo:
        lo = mentions[i - 1].end
        if (s[lo:lo + 1] in office_first() and (om := offices().match(s, lo)) is not None and om.end() < mt.start
                and not s.startswith("代表", lo)):  # (甲代表区政府与…: on whose behalf, a verb)
            lo = om.end()  # 甲少将和乙少将: the office written after the name before is that one's
    if labelled and (label := _LABEL_IN_REGION.search(s, lo, mt.start)) is not None:
        lo = label.end()  # 考察团成员中包括东风汽车公司副总经理甲: the label is no part of the title
    return lo


_JOINERS = frozenset("、，,和与及 ")


def _past_joiners(s: str, start: int, end: int) -> int:
    """Where a title begins after the joiners at `start` (、和与及): not inside a place named with one (和田)."""
    while start < end and s[start] in _JOINERS and not s.startswith(_joiner_places(), start):
        start += 1
    return start


# a work the person before delivered, ending a part before a 、 (甲代表常委会所作的工作报告、区政协副主席乙)
_WORK_BEFORE = re.compile(r"(?:报告|讲话|发言|说明|决议|议案|提案|致辞|》)$")  # (…作的《政府工作报告》、副县长乙)


# verbs whose object is a thing (宣布开工令, 出席开幕式), not a person: a 、 after that object ends the clause
# (right before the cut: 出席了开幕式、, not 出席会议的有全国劳动模范、市委书记乙, a list's label)
_THING_VERB = re.compile(r"(?:宣布|宣读|主持|出席|参加|召开|举行|签署|签订|传达|讨论|审议|听取|开展|启动|按下|点亮|揭牌|剪彩)了?$")


def _past_non_titles(s: str, start: int, end: int) -> int:
    """Where a title begins after parts before a 、 that name what the person before delivered, no title
    (…所作的工作报告、区政协副主席乙: 乙's title is 区政协副主席)."""
    while (k := s.find("、", start, end)) > start and _WORK_BEFORE.search(s, start, k):
        start = k + 1
    return start


def assign_titles(s: str, src: str, mentions: list[Mention]) -> None:
    labelled = "成员" in s or "其中" in s or "分别" in s  # (a label that may stand before a title: 考察团成员中包括…, 其中包括…)
    for i, mt in enumerate(mentions):
        lo = _title_region_start(s, mentions, i, labelled)
        region = s[lo:mt.start]
        cut = 0
        if "同" in region and i > 0 and mentions[i - 1].end == lo:
            h = HONORIFIC.match(region)
            after = h.end() if h else 0
            if region[after:after + 1] == "同" and not region.startswith(("同志", *_joiner_places()), after):
                cut = after + 1  # 市长甲(一行)同某集团董事长乙座谈: 同 is 与 right after a name (not 同江市…, a place)
        for m in _TITLE_CUT.finditer(region):
            # a joiner inside a title (商业、工业、劳工和移民部部长) is kept: cut on 和/与/及 only after a name
            if (m.group(0) in ("和", "与", "及", "以及") and m.start() > 0 and "在" not in region[:m.start()]
                    and not _PARTY_BEFORE_JOINER.search(region, 0, m.start())
                    and region[m.start() - 1] != "》"):  # (甲所作《…》和镇人大主席乙: a clause ended there)
                continue
            if m.start() == 0 and region.startswith(_joiner_places()):
                continue  # 和田地委书记: a place, not 和 + 田地委书记
            cut = max(cut, m.end())
        start = lo + cut
        if start < mt.start and s[start] in _TIME_FIRST and (tm := _TIME_BEFORE_TITLE.match(s, start, mt.start)):
            start = tm.end()
        if s[start:start + 1] in "（(" and (h := HONORIFIC.match(s, start, mt.start)) is not None:
            start = h.end()  # 市长甲（蒙古族）、副市长乙: the previous name's aside is no part of this title
        if s[start:start + 1] in _JOINERS:  # (most titles start with none: no call)
            start = _past_joiners(s, start, mt.start)
        if "、" in s[start:mt.start]:
            start = _past_non_titles(s, start, mt.start)
            if cut and _THING_VERB.search(region, max(0, cut - 3), cut) and (k := s.find("、", start, mt.start)) > start and (
                    offices().search(s, start, k) is None):
                start = k + 1  # 甲宣布开工令、县长乙作…: the object of what the person before did, then the next title
        mt.title_start = start
        if "*" in s[start:mt.start]:  # a redacted name before (市委书记**、市长甲): the title is what follows it
            start = _past_joiners(s, s.rindex("*", start, mt.start) + 1, mt.start)
        title_text = s[start:mt.start]
        if not title_text or _COLLECTIVE.match(title_text):
            mt.title = ""
        elif mt.titled:
            mt.title = src[start:mt.start] if offices().search(title_text) else ""
        else:  # 老红军甲, 困难党员乙: who a bare name is, written right before it, is its title phrase
            mt.title = src[start:mt.start] if _described(title_text) or mt.unit else ""
        if not mt.title and i > 0:
            prev = mentions[i - 1]
            between = HONORIFIC.sub("", s[prev.end:mt.start])  # (副市长甲（女）、乙)
            if between == "、" and prev.title:
                mt.title = prev.title  # 副市长刘培国、张建军: the title governs the whole list
        if not mt.title and _MADE_BEFORE.match(s, lo):
            mt.title_start = mt.start  # 任命甲为局长、乙为…: what 甲 is made is no title of 乙's, but 甲's tail
