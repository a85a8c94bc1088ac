"""Gazette documents beside the chronicles (文号, title, date, pages) and the appointment notices
among them (任免): who is appointed to what (`任命…为…`) and who is removed (`免去…的…职务`).

PDF text merges the columns of a page, so a notice's lines are not in reading order: a fragment
`时间1年）。` may sit lines above the sentence it ends, and removals may print before their
`免去：` heading. Records are therefore read by their grammar, not by their place: `X为Y` appoints,
`X的Y职务` removes, an unclosed `（挂职，` is closed by an orphan `时间…）` fragment of the same notice.
"""
from __future__ import annotations

import re

import msgspec

from .source import Source

_NUMBER = r"\S{0,12}?[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d+\s*号"
_TOC_ENTRY = re.compile(rf"^(?P<num>{_NUMBER})\s+(?P<page>\d{{1,4}})$")
_BODY_NUMBER = re.compile(rf"^(?P<num>{_NUMBER})$")
_DATE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
_TOC_STOP = re.compile(r"^(?:◎|目\s*录|.*\s\d{1,4}$)")
_APPOINTMENT_TITLE = re.compile(r"任免|任命|免去|免职|聘任|职务")
_HEADINGS = re.compile(r"(?:[\u4e00-\u9fff]*决定，)?(?:任命|免去|聘任|解聘)[:：]")
_ADDRESSEE = re.compile(r"^(?:各县|各区|各市|各乡|各镇|各街道|市政府各部门|县政府各部门|区政府各部门|各有关|.*直属机构[:：])")
_APPOINT = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,6}?)为(?P<position>[^（(；。]+)(?:[（(](?P<term>[^）)]*)[）)]?)?[；;。]?$")
_REMOVE = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,6}?)的(?P<position>.+?)职务[；;。]?$")
_ORPHAN_TERM = re.compile(r"(时间[一二三四五六七八九十两\d]+(?:年|个月)[）)])[。；]?$")


class Document(msgspec.Struct, frozen=True):
    """A numbered document printed in the gazette."""

    number: str  # 文号, e.g. 聊政任〔2024〕14号
    title: str
    date: str | None  # the date it was signed (ISO)
    page_start: int | None
    page_end: int | None
    line: int | None  # where its number stands in the body (None when only the contents list has it)


class Appointment(msgspec.Struct, frozen=True):
    """One person appointed to or removed from one or more posts by a notice."""

    name: str
    action: str  # appoint | remove
    position: str  # as written (several posts joined by 、 stay one string)
    positions: list[str]
    term: str | None  # secondment terms as written, e.g. 挂职，时间1年
    document: str  # 文号
    date: str | None
    line: int


def _toc(src: Source) -> list[tuple[str, str, int]]:
    """(number, title, page) from the table of contents, titles joined across their lines."""
    out: list[tuple[str, str, int]] = []
    lines = src.lines
    for i, ln in enumerate(lines):
        m = _TOC_ENTRY.match(ln.text.strip())
        if not m:
            continue
        parts: list[str] = []
        for prev in reversed(lines[max(0, i - 8):i]):
            t = prev.text.strip()
            if not t:
                continue
            if _TOC_STOP.match(t) or _TOC_ENTRY.match(t) or len(parts) == 2:
                break
            parts.insert(0, t)
        out.append((_norm_number(m["num"]), "".join(parts), int(m["page"])))
    return out


def _norm_number(num: str) -> str:
    return re.sub(r"\s+", "", num).replace("[", "〔").replace("]", "〕").replace("［", "〔").replace("］", "〕")


def find_documents(src: Source) -> list[Document]:
    """Every numbered document: from the contents (title, page) and the body (line, date)."""
    toc = _toc(src)
    pages = {num: page for num, _, page in toc}
    titles = {num: title for num, title, _ in toc}
    starts = sorted({p for _, _, p in toc})
    body: dict[str, tuple[int, str | None, str]] = {}
    lines = src.lines
    for i, ln in enumerate(lines):
        m = _BODY_NUMBER.match(ln.text.strip())
        if not m or re.search(r"[：:]", m["num"]):  # 刊号：… is the gazette's own licence, not a document
            continue
        num = _norm_number(m["num"])
        if num in body:
            continue
        date = None
        for nxt in lines[i + 1:i + 80]:
            d = _DATE.match(nxt.text)
            if d:
                date = f"{int(d[1]):04d}-{int(d[2]):02d}-{int(d[3]):02d}"
                break
            if _BODY_NUMBER.match(nxt.text.strip()):
                break
        before = next((p.text.strip() for p in reversed(lines[max(0, i - 4):i]) if p.text.strip()), "")
        title = re.sub(r"\s+", "", before) if "关于" in before or "通知" in before else ""
        body[num] = (ln.lineno, date, title)
    docs = []
    for num in dict.fromkeys([n for n, _, _ in toc] + list(body)):
        start = pages.get(num)
        later = [p for p in starts if start is not None and p > start]
        end = (later[0] - 1 if later and later[0] - 1 >= start else start) if start is not None else None
        line, date, body_title = body.get(num, (None, None, ""))
        title = titles.get(num) or body_title
        title = re.sub(r"^\S*?人民政府(?=关于)", "", title)
        docs.append(Document(num, title, date, start, end, line))
    return docs


def _sentences(src: Source, first: int, last: int) -> tuple[list[tuple[int, str]], list[str]]:
    """The notice's sentences (line, text) between two lines, and the orphan term fragments."""
    sentences: list[tuple[int, str]] = []
    orphans: list[str] = []
    cur, cur_line = "", 0
    for ln in src.lines:
        if not first < ln.lineno < last:
            continue
        t = re.sub(r"\s+", "", ln.text)
        if not t:
            continue
        if _ADDRESSEE.match(t):
            m = _ORPHAN_TERM.search(t)
            if m and "挂职" not in t:
                orphans.append(m[1])
            continue
        for piece in re.split(r"(?<=[；;。：:])", _HEADINGS.sub("；", t)):
            if not piece:
                continue
            if not cur:
                cur_line = ln.lineno
            cur += piece
            if cur[-1] in "；;。：:":
                sentences.append((cur_line, cur.strip("；;。：:")))
                cur = ""
        # a line ending inside an open term bracket, with a heading next, ends its sentence here
    if cur:
        sentences.append((cur_line, cur))
    return sentences, orphans


def find_appointments(src: Source, docs: list[Document] | None = None) -> list[Appointment]:
    """The appointment records of every 任免 notice in the source."""
    docs = docs if docs is not None else find_documents(src)
    out: list[Appointment] = []
    for doc in docs:
        if doc.line is None or not _APPOINTMENT_TITLE.search(doc.title):
            continue
        end = next((ln.lineno for ln in src.lines if ln.lineno > doc.line and _DATE.match(ln.text)), doc.line + 60)
        sentences, orphans = _sentences(src, doc.line, end)
        for lineno, s in sentences:
            for part in _split_open_terms(s):
                rec = _record(part, doc, lineno, orphans)
                if rec:
                    out.append(rec)
    return out


def _split_open_terms(s: str) -> list[str]:
    """'丁存振为…副局长（挂职，赵素婷的…职务' → the two records the merged columns glued together."""
    m = re.search(r"[（(][^）)]*[，,](?=[\u4e00-\u9fff·]{2,6}?(?:的|为))", s)
    if m and not re.search(r"[）)]", s[m.end():m.end() + 1]):
        return [s[:m.end()], s[m.end():]]
    return [s]


def _record(s: str, doc: Document, lineno: int, orphans: list[str]) -> Appointment | None:
    s = s.strip("；;。，, ")
    m = _REMOVE.match(s)
    if m and "为" not in m["name"]:
        position = m["position"]
        return Appointment(m["name"], "remove", position, _split_positions(position), None, doc.number, doc.date,
                           lineno)
    m = _APPOINT.match(s)
    if m:
        term = m["term"]
        if term is not None:
            term = term.strip("，, ")
            if not re.search(r"时间", term) and orphans:
                term = f"{term}，{orphans.pop(0).rstrip('）)')}"
        position = m["position"].strip()
        return Appointment(m["name"], "appoint", position, _split_positions(position), term, doc.number,
                           doc.date, lineno)
    return None


def _split_positions(position: str) -> list[str]:
    """'聊城市中医医院院长、聊城市中医药研究院院长' → both; '董事长、总经理' keep their body:
    a bare post after 、 takes the organisation of the one before it."""
    parts = [p for p in position.split("、") if p]
    out: list[str] = []
    for p in parts:
        if out and len(p) <= 4 and not re.match(r"^[\u4e00-\u9fff]{2,}(?:市|县|区|省)", p):
            org = re.sub(r"(?:董事长|总经理|院长|局长|主任|副局长|副主任|书记|副书记|所长|校长|主席|部长|处长|科长|馆长)$", "",
                         out[-1])
            out.append(org + p if org != out[-1] else p)
        else:
            out.append(p)
    return out
