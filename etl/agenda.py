"""Agenda: the items a meeting `研究`s, split on 、 and stripped of trailing 等/工作/情况."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .dates import POINT_NUMBER
from .script import prepare, to_simplified

# 研究 as a verb (not 研究院/研究员/研究所 …), with its common compounds.
_QUOTED = re.compile(r"时的|讲话|精神$")  # 在…会议研究经济工作时的讲话精神: another meeting's business
_STUDY = re.compile(
    # (研究讨论并原则通过了, 研究并部署了, 研究确定了)
    r"研究(?:并?(?:部署|审议|审定|讨论|决定|确定|布置|安排))?(?:并?(?:原则)?(?:通过|同意))?(?:了)?"
    r"(?!院|员|所|会|室|生(?!态|产|活)|中心(?!城|区|镇|村|街|工作)|成果|报告|机构|基地|领域|方向|课题|人员|团队|型|制定|起草"
    r"|(?:与|和)?开发(?:中心|院|所|部|基地|公司))"  # (研究开发中心: an R&D centre)
)
_TRAILING = re.compile(r"(?:等|工作|情况|事宜|议题|事项|问题|相关|有关|文件|[和及以]其他(?:事项|议题|事宜)?)$")
# 研究的事项有：…, 研究了以下事项：…: the items follow the colon
_LISTED = re.compile(r"的?(?:事项|议题)(?:主要)?(?:有|是|包括)|(?:以下|如下)(?:几项|几个)?(?:事项|议题|工作|内容)?")
# items numbered after the colon: 一是…；二是…, （一）…, 1.…
_NUMBERED = re.compile(rf"{POINT_NUMBER}\s*")
# (经市委研究决定, 经研究: the body whose decision is announced, from the clause's start)
_DECIDED_AFTER = re.compile(r"(?:^|[，,。；;：:\s])经[^，,。；;：:]{0,12}$")
_LEADING = re.compile(r"^(?:了|部署|布置|安排|审议|讨论|决定)")


def _strip(written: str) -> str:
    """An item without the words that close it (等, 工作, 情况 …), in its own script: the words are found in
    its simplified copy (工作情況 loses them too), which has its length."""
    item = simple = to_simplified(written)
    prev = None
    while prev != item:
        prev = item
        item = _TRAILING.sub("", item).strip()
        if item[-1:] in ("和", "及", "与"):
            if prev[len(item):] in ("相关", "有关"):
                item = item[:-1]  # 产业发展及相关工作: the joiner went with 相关
                continue
            item = prev  # 困难和问题: the word is the second of a pair, not a trailing one
            break
    if item.endswith("的") and item[:-1] and item[-2:-1] not in _CLOSES:
        item = item[:-1]  # (关于调整最低工资标准的议题: the 的 went with 议题)
    if not item or _NO_ITEM.fullmatch(item):
        return ""
    if simple is written:
        return item
    start = len(simple) - len(simple.lstrip())
    return written[start:start + len(item)]


# no item named: 会议还研究了其他事项, 研究部署我市相关工作, 研究下一步工作
# (… nor 研究部署下一步重点工作, 近期主要工作)
_NO_ITEM = re.compile(r"其他|其它|(?:我|全|本)[省市县区镇乡旗州盟]|(?:下一步|下步|今后|近期|当前|年度)(?:重点|主要)?")


_OPENS, _CLOSES = "《“「（(", "》”」）)"
# a document's title written without brackets (关于城区供热、供气价格调整的请示): one item, its 、 inside it
_DOC_TITLE = re.compile(r"关于[^，,。；;：:《》]*?的"
                        r"(?:请示|报告|实施意见|意见|实施方案|方案|办法|规定|通知|决定|议案|建议|规划|计划)")


def _outside_brackets(s: str, at: int = 0) -> Iterator[tuple[int, str]]:
    """The characters of s from `at` that stand outside 《》“”（）, with their positions."""
    depth = 0
    for k in range(at, len(s)):
        ch = s[k]
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth = max(0, depth - 1)
        elif depth == 0:
            yield k, ch


def _clause_end(s: str, at: int, marks: str) -> int:
    """Where the clause from `at` ends: the first of `marks` outside brackets (《关于…，…的意见》 is one)."""
    return next((k for k, ch in _outside_brackets(s, at) if ch in marks), len(s))


def _listed_parts(body: str, body_s: str) -> list[str]:
    """The parts of a 、 list, not cut inside brackets or inside a document's title (body_s: its simplified
    copy, of the same length)."""
    inside = {k for m in _DOC_TITLE.finditer(body_s) for k in range(m.start(), m.end())}
    cuts = [k for k, ch in _outside_brackets(body_s) if ch == "、" and k not in inside]
    return [body[a + 1 if a >= 0 else 0:b] for a, b in zip([-1] + cuts, cuts + [len(body)])]


# where a document's title ends and another item begins: 《乙》 right after it, or a conjunction
_AFTER_TITLE = re.compile(r"(?<=》)(?:(?:和|及|与|以及)(?!其)|(?=《))")

# a verb an item itself begins with (（1）审议《…》；（2）研究…): what is done, not the item
_ITEM_VERB = re.compile(r"(?:研究|审议|讨论|听取|审定|通过)了?")


def _numbered_items(src: str, s: str, at: int) -> tuple[list[str], int]:
    """Items numbered after a colon (一是甲；二是乙。), each up to the next ；or 。, while numbers go on;
    and where the last ends."""
    out = []
    while (m := _NUMBERED.match(s, at)) is not None:
        end = next((k for k in range(m.end(), len(s)) if s[k] in "；;。！？"), len(s))
        start = v.end() if (v := _ITEM_VERB.match(s, m.end())) else m.end()
        if item := _strip(src[start:end].strip()):
            out.append(item)
        at = end + 1
    return out, at


def read_agenda(text: str, *, prepared: tuple[str, str] | None = None) -> list[str]:
    """Agenda items of an entry: what follows each 研究 up to the end of its clause (`prepared`:
    script.prepare(text), when already made)."""
    src, s = prepared or prepare(text)
    items: list[str] = []
    read_to = 0  # (the numbered items read already: a 研究 inside one is part of it)
    announced = "经" in s  # (a cheap test first: 经…研究决定 is rare)
    for m in _STUDY.finditer(s):
        if m.start() < read_to:
            continue
        end = _clause_end(s, m.end(), "，,。；;：:！？")
        body_s = s[m.end():end]
        body = src[m.end():end]
        if _QUOTED.search(body_s):
            continue  # 在…会议研究经济工作时的讲话精神: another meeting's business, quoted
        if announced and _DECIDED_AFTER.search(s, max(0, m.start() - 16), m.start()):
            continue  # 经市委研究决定：甲任…: a decision announced, no meeting's items
        lead = _LEADING.match(body_s)
        if lead:
            body, body_s = body[lead.end():], body_s[lead.end():]
        bodies = [(body, body_s)]
        if (not body_s or _LISTED.fullmatch(body_s)) and s[end:end + 1] in ("：", ":"):
            # 研究的事项有：甲、乙。 研究了：1.甲；2.乙。 the items follow the colon
            colon = end
            if _NUMBERED.match(s, colon + 1):
                numbered, read_to = _numbered_items(src, s, colon + 1)
                for part in numbered:
                    if part not in items:
                        items.append(part)
                continue
            end = _clause_end(s, colon + 1, "，,。；;！？")
            bodies = [(src[colon + 1:end], s[colon + 1:end])]
            # (研究决定：甲；乙。 the items a clause each, up to the sentence's end)
            while s[end:end + 1] in ("；", ";") and (nxt := _clause_end(s, end + 1, "，,。；;！？")) > end + 1:
                bodies.append((src[end + 1:nxt], s[end + 1:nxt]))
                end = nxt
        for body, body_s in bodies:
            for part in _items_of(body, body_s):
                if part not in items:
                    items.append(part)
    return items


def _items_of(body: str, body_s: str) -> Iterator[str]:
    """The items one clause names: 《甲》《乙》 are separate, as are the parts of a 、 list and what a conjunction
    joins to a document's title (《甲》和《乙》, 《甲》及城市更新方案: two items)."""
    for part in _listed_parts(body, body_s):
        for piece in _AFTER_TITLE.split(part):
            piece = piece.strip()
            if piece.startswith("《") and "》" in piece:
                piece = piece[: piece.index("》") + 1]
            if piece := _strip(piece):
                yield piece
