"""Query parameters shared by the endpoints: their OpenAPI descriptions and examples, and parsing
that turns bad values into a 400 naming the parameter."""
from __future__ import annotations

import base64
import calendar
import datetime as dt
import re
from typing import Annotated, Literal

from litestar.openapi.spec import Example
from litestar.params import Parameter, QueryParameter

from etl.romanize import pinyin_key
from etl.script import name_norm

from .errors import BadRequest


def _p(description: str, example: object, **kw: object) -> QueryParameter:
    """A documented query parameter with one example (`query=` renames it, e.g. to the keyword `from`)."""
    if "query" in kw:
        kw["name"] = kw.pop("query")
    return QueryParameter(description=description, examples=[Example(value=example)], **kw)  # type: ignore[arg-type]


def path_param(description: str, example: str) -> Parameter:
    """A documented path parameter with one example (ids from the bundled sample)."""
    return Parameter(description=description, examples=[Example(value=example)])


Format = Literal["json", "csv", "ndjson", "parquet"]
FormatParam = Annotated[Format, _p("Answer as JSON (default), CSV, newline-delimited JSON or Parquet. "
                                   "Exports default to every matching row (up to the export cap).", "csv")]
TimelineFormat = Literal["json", "csv", "ndjson", "parquet", "timelinejs"]
TimelineFormatParam = Annotated[TimelineFormat, _p("As FormatParam, plus `timelinejs`: TimelineJS's JSON "
                                                   "(`{\"events\": [...]}`), every matching event.", "timelinejs")]
LimitParam = Annotated[int | None, _p("Items per page (capped; see /stats for the database size).", 20,
                                      required=False)]
CursorParam = Annotated[str | None, _p("Opaque cursor from the previous page's `next`.", "bzoyMA", required=False)]
FromParam = Annotated[str | None, _p("Events on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.", "2024-09",
                                     query="from", required=False)]
ToParam = Annotated[str | None, _p("Events on or before this date (a month or year means its last day).",
                                   "2024-10-31", query="to", required=False)]
IssuerParam = Annotated[str | None, _p("Only chronicles published by this jurisdiction, as /stats and "
                                       "/sources name it.", "聊城市人民政府", required=False)]
PersonParam = Annotated[str | None, _p("A person: id (p…), name in simplified or traditional script, or pinyin.",
                                       "张百顺", required=False)]
Role = Literal["chair", "speak", "lead", "attend", "accompany", "report", "guest"]
RoleParam = Annotated[Role | None,
                      _p("Only participations with this role (EXTRACTION.md).", "chair", required=False)]
Granularity = Literal["day", "week", "month", "quarter", "year"]

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_date(value: str | None, field: str, *, end: bool = False) -> dt.date | None:
    """'2024' → 2024-01-01 (or -12-31 with end), '2024-09' → 2024-09-01 (or -30), '2024-09-03' as is."""
    if value is None or value == "":
        return None
    m = _DATE.match(value.strip())
    try:
        if not m:
            raise ValueError
        y, mo, d = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if y < 1 or (m[2] and not 1 <= mo <= 12):
            raise ValueError
        if m[3]:
            return dt.date(y, mo, d)
        if m[2]:
            return dt.date(y, mo, calendar.monthrange(y, mo)[1] if end else 1)
        return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
    except ValueError:
        raise BadRequest(f"{field}={value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", field) from None


def date_window(date_from: str | None, date_to: str | None) -> tuple[dt.date | None, dt.date | None]:
    lo, hi = parse_date(date_from, "from"), parse_date(date_to, "to", end=True)
    if lo and hi and hi < lo:
        raise BadRequest(f"to={date_to} is before from={date_from}", "to")
    return lo, hi


def text_param(value: str | None, field: str, max_len: int = 200) -> str | None:
    """A free-text parameter: trimmed, bounded, control characters refused."""
    if value is None:
        return None
    value = value.strip()
    if len(value) > max_len:
        raise BadRequest(f"{field} is longer than {max_len} characters", field)
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise BadRequest(f"{field} contains control characters", field)
    return value or None


def name_forms(value: str) -> tuple[str, str]:
    """The simplified form and the pinyin key of a name or pinyin query."""
    return name_norm(value), pinyin_key(value)


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, num = raw.partition(":")
        if kind != "o" or not num.isdigit() or len(num) > 12:
            raise ValueError
        return int(num)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("cursor is not one this service issued; follow `next` links as they are", "cursor") \
            from None
