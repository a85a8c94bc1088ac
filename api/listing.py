"""Lists: the one envelope (`items`, `total`, `next`), cursors, and the tabular export formats."""
from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

import msgspec
import polars as pl
from litestar import Request, Response

from .errors import BadRequest
from .exports import timelinejs
from .params import decode_cursor, encode_cursor
from .schemas import FacetCount, Page
from .settings import Settings

MEDIA = {"csv": "text/csv", "ndjson": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}


@dataclass(frozen=True)
class Paging:
    """Where a page starts, how long it is, and what format it is answered in."""

    limit: int
    offset: int
    fmt: str

    @classmethod
    def of(cls, settings: Settings, limit: int | None, cursor: str | None, fmt: str = "json") -> "Paging":
        cap = settings.max_page_size if fmt == "json" else settings.max_export_rows
        if limit is None:
            limit = settings.page_size if fmt == "json" else cap
        if limit < 1 or limit > cap:
            raise BadRequest(f"limit must be between 1 and {cap} for format={fmt}", "limit")
        return cls(limit=limit, offset=decode_cursor(cursor), fmt=fmt)


def next_url(request: Request, settings: Settings, offset: int) -> str:
    """The request's URL with the cursor of `offset`, its parameters in one canonical order (by name,
    repeated ones as written): the same question gets the same link whatever order it was asked in, as
    it gets the same cached answer (the parsed query's own order changes from one process to the next)."""
    params = sorted(((k, v) for k, v in parse_qsl(request.url.query, keep_blank_values=True) if k != "cursor"),
                    key=lambda kv: kv[0])
    params.append(("cursor", encode_cursor(offset)))
    base = settings.base_url.rstrip("/") or str(request.base_url).rstrip("/")
    return f"{base}{request.url.path}?{urlencode(params)}"


def _flat_row(item: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become prefixed columns, lists of scalars '; '-joined, lists of objects JSON."""
    out: dict[str, Any] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flat_row(value, f"{name}_"))
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                out[name] = "; ".join("" if v is None else str(v) for v in value)
            else:
                out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def table(items: list[Any]) -> pl.DataFrame:
    """The items of a page as a flat frame, the shape CSV and Parquet take."""
    rows = [_flat_row(msgspec.to_builtins(i)) for i in items]
    return pl.DataFrame(rows, infer_schema_length=None) if rows else pl.DataFrame()


def render(request: Request, settings: Settings, paging: Paging, items: list[Any], total: int,
           name: str, facets: dict[str, list[dict[str, Any]]] | None = None) -> Page[Any] | Response[bytes]:
    """The page in the requested format; exports carry total and next in headers (X-Total-Count, Link)."""
    more = paging.offset + len(items) < total
    nxt = next_url(request, settings, paging.offset + paging.limit) if more and items else None
    if paging.fmt == "json":
        fc = {k: [FacetCount(value=v["value"], count=v["count"], label=v.get("label")) for v in vs]
              for k, vs in facets.items()} if facets is not None else None
        return Page(items=items, total=total, next=nxt, facets=fc)
    headers = {"X-Total-Count": str(total)}
    if nxt:
        headers["Link"] = f'<{nxt}>; rel="next"'
    if paging.fmt == "timelinejs":
        return Response(msgspec.json.encode(timelinejs(items)), media_type="application/json", headers=headers)
    if paging.fmt == "ndjson":
        body = b"".join(msgspec.json.encode(i) + b"\n" for i in items)
    else:
        frame = table(items)
        buf = io.BytesIO()
        if paging.fmt == "csv":
            frame.write_csv(buf)
        else:
            frame.write_parquet(buf)
        body = buf.getvalue()
        headers["Content-Disposition"] = f'attachment; filename="{name}.{paging.fmt}"'
    return Response(body, media_type=MEDIA[paging.fmt], headers=headers)
