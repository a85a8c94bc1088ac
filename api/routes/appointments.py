"""/appointments: the 任免 records of gazette notices; /documents: the numbered documents themselves."""
from __future__ import annotations

from typing import Annotated, Literal

from litestar import Request, get

from queries import people as people_q

from ..deps import DB, Config
from ..errors import NotFound
from ..listing import Paging, render
from ..lookup import appointment_item, person_ids
from ..params import (path_param, CursorParam, FormatParam, FromParam, IssuerParam, LimitParam, PersonParam, ToParam, _p,
                      date_window, text_param)
from ..schemas import AppointmentItem, DocumentItem, Page

DocumentParam = Annotated[str | None, _p("A document number (文号) or id.", "聊政任〔2024〕14号", required=False)]


def _document(r: dict) -> DocumentItem:  # type: ignore[type-arg]
    return DocumentItem(id=r["document_id"], number=r["number"], title=r["title"], date=r["date"],
                        page_start=r["page_start"], page_end=r["page_end"], line=r["line"], kind=r["kind"],
                        source_id=r["source_id"], source=r["source_description"] or r["source_name"],
                        issuer=r["issuer"], url=r["url"], n_appointments=r["n_appointments"])


@get("/appointments", sync_to_thread=True, cache=True, tags=["people"], summary="Appointments and removals")
def list_appointments(
    request: Request, db: DB, settings: Config,
    person: PersonParam = None, date_from: FromParam = None, date_to: ToParam = None, document: DocumentParam = None,
    action: Annotated[Literal["appoint", "remove"] | None, _p("`appoint` (任命…为…) or `remove` (免去…职务).",
                                                             "remove", required=False)] = None,
    issuer: IssuerParam = None, limit: LimitParam = None, cursor: CursorParam = None, format: FormatParam = "json",
) -> Page[AppointmentItem]:
    """Each record: person, action, position(s) as written, secondment term, document number and title, date,
    page, and a citation."""
    paging = Paging.of(settings, limit, cursor, format)
    lo, hi = date_window(date_from, date_to)
    ids = person_ids(db, person)
    rows, total = people_q.appointments(db, person=list(ids) if ids is not None else None, date_from=lo,
                                        date_to=hi, document=text_param(document, "document"), action=action,
                                        issuer=text_param(issuer, "issuer"), limit=paging.limit,
                                        offset=paging.offset)
    items = [appointment_item(r) for r in rows.iter_rows(named=True)]
    return render(request, settings, paging, items, total, "appointments")  # type: ignore[return-value]


@get("/documents", sync_to_thread=True, cache=True, tags=["catalog"], summary="Gazette documents")
def list_documents(
    request: Request, db: DB, settings: Config,
    source: Annotated[str | None, _p("Only this source id.", "sfcbd4fecebe84f47", required=False)] = None,
    issuer: IssuerParam = None,
    kind: Annotated[Literal["appointment", "other"] | None, _p("Only appointment notices, or only the others.",
                                                              "appointment", required=False)] = None,
    date_from: FromParam = None, date_to: ToParam = None,
    limit: LimitParam = None, cursor: CursorParam = None, format: FormatParam = "json",
) -> Page[DocumentItem]:
    """The numbered documents printed in the gazettes: 文号, title, date signed, pages, and how many
    appointment records each holds."""
    paging = Paging.of(settings, limit, cursor, format)
    lo, hi = date_window(date_from, date_to)
    rows, total = people_q.documents(db, source=text_param(source, "source"), issuer=text_param(issuer, "issuer"),
                                     kind=kind, date_from=lo, date_to=hi, limit=paging.limit, offset=paging.offset)
    items = [_document(r) for r in rows.iter_rows(named=True)]
    return render(request, settings, paging, items, total, "documents")  # type: ignore[return-value]


@get("/documents/{document_id:str}", sync_to_thread=True, cache=True, tags=["catalog"], summary="One document")
def get_document(db: DB, document_id: Annotated[str, path_param("A document id from /documents.", "sfcbd4fecebe84f47-d5")]
                 ) -> DocumentItem:
    rows, _ = people_q.documents(db, document=document_id, limit=1)
    if not rows.height:
        raise NotFound(f"no document {document_id!r}", "document_id")
    return _document(rows.row(0, named=True))


handlers = [list_appointments, list_documents, get_document]
