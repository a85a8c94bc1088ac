"""Agenda: the items a meeting `研究`s, split on 、 and stripped of trailing 等/工作/情况."""
from __future__ import annotations

import re

from .dates import POINT_NUMBER
from .script import prepare

# 研究 as a verb (not 研究院/研究员/研究所 …), with its common compounds.
_QUOTED = re.compile(r"时的|讲话|精神$")  # 在…会议研究经济工作时的讲话精神: another meeting's business
_STUDY = re.compile(
    r"研究(?:部署|并审议|审议|审定|讨论|决定|布置|安排)?(?:了)?"
    r"(?!院|员|所|会|室|生(?!态|产|活)|中心|成果|报告|机构|基地|领域|方向|课题|人员|团队|型|制定|起草)"
)
_TRAILING = re.compile(r"(?:等|工作|情况|事宜|议题|事项|问题|相关|有关|[和及以]其他(?:事项|议题|事宜)?)$")
# 研究的事项有：…, 研究了以下事项：…: the items follow the colon
_LISTED = re.compile(r"的?(?:事项|议题)(?:主要)?(?:有|是|包括)|(?:以下|如下)(?:几项|几个)?(?:事项|议题|工作|内容)?")
# items numbered after the colon: 一是…；二是…, （一）…, 1.…
_NUMBERED = re.compile(rf"{POINT_NUMBER}\s*")
_LEADING = re.compile(r"^(?:了|部署|布置|安排|审议|讨论|决定)")


def _strip(item: str) -> str:
    prev = None
    while prev != item:
        prev = item
        item = _TRAILING.sub("", item).strip()
    return item


def _numbered_items(src: str, s: str, at: int) -> list[str]:
    """Items numbered after a colon (一是甲；二是乙。), each up to the next ；or 。, while numbers go on."""
    out = []
    while (m := _NUMBERED.match(s, at)) is not None:
        end = next((k for k in range(m.end(), len(s)) if s[k] in "；;。！？"), len(s))
        if item := _strip(src[m.end():end].strip()):
            out.append(item)
        at = end + 1
    return out


def read_agenda(text: str, *, prepared: tuple[str, str] | None = None) -> list[str]:
    """Agenda items of an entry: what follows each 研究 up to the end of its clause (`prepared`:
    script.prepare(text), when already made)."""
    src, s = prepared or prepare(text)
    items: list[str] = []
    for m in _STUDY.finditer(s):
        end = len(s)
        for k in range(m.end(), len(s)):
            if s[k] in "，,。；;：:！？":
                end = k
                break
        body_s = s[m.end():end]
        body = src[m.end():end]
        if _QUOTED.search(body_s):
            continue  # 在…会议研究经济工作时的讲话精神: another meeting's business, quoted
        lead = _LEADING.match(body_s)
        if lead:
            body, body_s = body[lead.end():], body_s[lead.end():]
        if _LISTED.fullmatch(body_s) and s[end:end + 1] in ("：", ":"):
            # 研究的事项有：甲、乙。 the items follow the colon
            colon = end
            if _NUMBERED.match(s, colon + 1):
                for part in _numbered_items(src, s, colon + 1):
                    if part not in items:
                        items.append(part)
                continue
            end = next((k for k in range(colon + 1, len(s)) if s[k] in "，,。；;！？"), len(s))
            body = src[colon + 1:end]
        # 《甲》《乙》 are separate items, as are the parts of a 、 list
        parts = re.split(r"、|(?<=》)(?=《)", body)
        for part in parts:
            part = part.strip()
            if part.startswith("《") and "》" in part:
                part = part[: part.index("》") + 1]
            part = _strip(part)
            if part and part not in items:
                items.append(part)
    return items
