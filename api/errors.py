"""One exception hierarchy for the service and the one JSON error shape every 4xx/5xx takes:
`{"status": 400, "error": "bad_request", "detail": "…", "field": "from"}`."""
from __future__ import annotations

import logging
import re

import msgspec
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, NotFoundException, ValidationException

log = logging.getLogger("dashiji.api")


class ErrorBody(msgspec.Struct):
    """The error shape: HTTP status, a stable machine code, a sentence for people, the offending parameter."""

    status: int
    error: str
    detail: str
    field: str | None = None


class ApiError(Exception):
    """Base of the service's errors; subclasses fix the status and code."""

    status = 500
    code = "internal_error"

    def __init__(self, detail: str, field: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.field = field


class BadRequest(ApiError):
    status, code = 400, "bad_request"


class NotFound(ApiError):
    status, code = 404, "not_found"


class TooBusy(ApiError):
    """Too many heavy queries at once: retry shortly."""

    status, code = 429, "too_many_requests"


class QueryTimeout(ApiError):
    """A query ran past the time limit and was interrupted."""

    status, code = 503, "query_timeout"


class Unavailable(ApiError):
    """The database cannot be opened."""

    status, code = 503, "unavailable"


_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          406: "not_acceptable", 413: "request_too_large", 415: "unsupported_media_type", 429: "too_many_requests",
          500: "internal_error", 503: "unavailable"}


def error_response(status: int, code: str, detail: str, field: str | None = None,
                   headers: dict[str, str] | None = None) -> Response[ErrorBody]:
    return Response(ErrorBody(status, code, detail, field), status_code=status, media_type=MediaType.JSON,
                    headers=headers)


def _api_error(_: Request, exc: ApiError) -> Response[ErrorBody]:
    headers = {"Retry-After": "1"} if exc.status in (429, 503) else None
    return error_response(exc.status, exc.code, exc.detail, exc.field, headers)


def _validation_error(_: Request, exc: ValidationException) -> Response[ErrorBody]:
    field, detail = None, exc.detail
    extra = exc.extra if isinstance(exc.extra, list) else []
    if extra and isinstance(extra[0], dict):
        field = extra[0].get("key")
        message = extra[0].get("message")
        if message:
            detail = f"{field}: {message}" if field else str(message)
    if field is None:  # "Missing required query parameter 'topic' for path …"
        m = re.search(r"parameter '([^']+)'", str(detail))
        field = m[1] if m else None
    return error_response(400, "bad_request", str(detail), field)


def _http_error(_: Request, exc: HTTPException) -> Response[ErrorBody]:
    status = exc.status_code
    detail = exc.detail if isinstance(exc, NotFoundException) or status < 500 else "internal error"
    return error_response(status, _CODES.get(status, "error"), str(detail))


def _unexpected(request: Request, exc: Exception) -> Response[ErrorBody]:
    log.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "internal error; the request was logged")


exception_handlers = {
    ApiError: _api_error,
    ValidationException: _validation_error,
    HTTPException: _http_error,
    Exception: _unexpected,
}
