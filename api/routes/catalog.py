"""/sources and /chronicles: what was ingested; /stats and /health: what the service holds."""
from __future__ import annotations

from typing import Annotated

from litestar import Request, get

from queries import catalog as catalog_q

from ..deps import DB, Config
from ..errors import NotFound
from ..listing import Paging, render
from ..params import path_param, CursorParam, FormatParam, IssuerParam, LimitParam, _p, text_param
from ..schemas import Chronicle, Health, Page, Source, SourceWarning, Stats

SourceParam = Annotated[str | None, _p("Only this source id.", "sfcbd4fecebe84f47", required=False)]


def _source(r: dict) -> Source:  # type: ignore[type-arg]
    return Source(id=r["source_id"], name=r["name"], url=r["url"], description=r["description"], issuer=r["issuer"],
                  encoding=r["encoding"], period=r["period"], sha256=r["sha256"], n_events=r["n_events"],
                  n_chronicles=r["n_chronicles"], n_warnings=r["n_warnings"], ingested_at=r["ingested_at"],
                  warnings=[SourceWarning(**w) for w in r["warnings"]])


@get("/sources", sync_to_thread=True, cache=True, tags=["catalog"], summary="Ingested sources")
def list_sources(
    request: Request, db: DB, settings: Config, issuer: IssuerParam = None,
    limit: LimitParam = None, cursor: CursorParam = None, format: FormatParam = "json",
) -> Page[Source]:
    """Each ingested file with its URL, issuer, encoding, event count and the parser's warnings."""
    paging = Paging.of(settings, limit, cursor, format)
    rows, total = catalog_q.sources(db, issuer=text_param(issuer, "issuer"), limit=paging.limit,
                                    offset=paging.offset)
    items = [_source(r) for r in rows.iter_rows(named=True)]
    return render(request, settings, paging, items, total, "sources")  # type: ignore[return-value]


@get("/sources/{source_id:str}", sync_to_thread=True, cache=True, tags=["catalog"], summary="One source")
def get_source(db: DB, source_id: Annotated[str, path_param("A source id from /sources.", "sfcbd4fecebe84f47")]) -> Source:
    rows, _ = catalog_q.sources(db, source=source_id, limit=1)
    if not rows.height:
        raise NotFound(f"no source {source_id!r}", "source_id")
    return _source(rows.row(0, named=True))


@get("/chronicles", sync_to_thread=True, cache=True, tags=["catalog"], summary="Chronicle sections")
def list_chronicles(
    request: Request, db: DB, settings: Config, source: SourceParam = None, issuer: IssuerParam = None,
    limit: LimitParam = None, cursor: CursorParam = None, format: FormatParam = "json",
) -> Page[Chronicle]:
    """The chronicle sections found in each source (a month's 大事记, a page) with page, period and dates."""
    paging = Paging.of(settings, limit, cursor, format)
    rows, total = catalog_q.chronicles(db, source=text_param(source, "source"), issuer=text_param(issuer, "issuer"),
                                       limit=paging.limit, offset=paging.offset)
    items = [Chronicle(id=r.pop("chronicle_id"), **{k: v for k, v in r.items()}) for r in rows.iter_rows(named=True)]
    return render(request, settings, paging, items, total, "chronicles")  # type: ignore[return-value]


@get("/stats", sync_to_thread=True, cache=True, tags=["catalog"], summary="Database totals")
def stats(db: DB) -> Stats:
    """How many sources, events, people and pairs the database holds, and its date span."""
    row = catalog_q.stats(db)
    return Stats(**row, database_bytes=db.path.stat().st_size)


@get("/health", sync_to_thread=True, tags=["catalog"], summary="Liveness and readiness")
def health(db: DB) -> Health:
    """200 when the database answers a query; 503 in the error shape when it cannot be opened."""
    n = db.scalar("SELECT count(*) FROM events")
    return Health(status="ok", events=int(n), database=db.path.name, generation=db.generation)


handlers = [list_sources, get_source, list_chronicles, stats, health]
