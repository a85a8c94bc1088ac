"""Timelines in the formats journalists' tools read: TimelineJS JSON and iCalendar (RFC 5545)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from .schemas import Event


def _tl_date(d: dt.date) -> dict[str, str]:
    return {"year": str(d.year), "month": str(d.month), "day": str(d.day)}


def timelinejs(items: list[Event], headline: str | None = None) -> dict[str, Any]:
    """`{"events": [...]}` in TimelineJS's format: start_date, end_date, text.headline, text.text, group.
    Undated events cannot stand on a timeline and are left out."""
    events = []
    for e in items:
        if e.date_start is None:
            continue
        who = "、".join(f"{p.title}{p.name}" for p in e.participants[:4])
        entry: dict[str, Any] = {
            "start_date": _tl_date(e.date_start),
            "text": {"headline": f"{e.type}：{e.text[:28]}{'…' if len(e.text) > 28 else ''}",
                     "text": f"<p>{_html(e.text)}</p><p><small>{_html(e.citation)}</small></p>"
                             + (f"<p><small>{_html(who)}</small></p>" if who else "")},
            "group": e.type,
            "unique_id": e.id,
        }
        if e.date_end and e.date_end != e.date_start:
            entry["end_date"] = _tl_date(e.date_end)
        events.append(entry)
    out: dict[str, Any] = {"events": events}
    if headline:
        out["title"] = {"text": {"headline": _html(headline), "text": ""}}
    return out


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1)."""
    out, current = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(current) + len(b) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += b
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def ics(items: list[Event], calendar_name: str, now: dt.datetime | None = None) -> bytes:
    """All-day events, the entry as the description with its citation, the source as URL."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dashiji//chronicle timeline//ZH", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_ics_escape(calendar_name)}"]
    for e in items:
        if e.date_start is None:
            continue
        end = (e.date_end or e.date_start) + dt.timedelta(days=1)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}@dashiji",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{e.date_start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_escape(e.type + '：' + e.text[:40])}",
            f"DESCRIPTION:{_ics_escape(e.text + chr(10) + chr(10) + '出处：' + e.citation)}",
            f"CATEGORIES:{_ics_escape(e.type)}",
        ]
        if e.provenance.url:
            lines.append(f"URL:{e.provenance.url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode("utf-8")
