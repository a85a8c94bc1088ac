"""Whole responses kept per database generation: the snapshot the API serves never changes under a
URL, so the second person to ask a question is answered from memory (DASHIJI_CACHE_MB per process).
Those who ask while the first answer is still being computed wait for it instead of computing it again
(a link shared in a newsroom brings the same question many times in the same second)."""
from __future__ import annotations

import asyncio
import contextvars
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Callable

from litestar.config.response_cache import ResponseCacheConfig, default_cache_key_builder
from litestar.stores.memory import MemoryStore

from .errors import Unavailable

if TYPE_CHECKING:
    from litestar.connection import Request
    from litestar.types import ASGIApp, Receive, Scope, Send

    from .db import Database


# the keys the current request has claimed (it computes them; others wait): released when it ends
_claims: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("dashiji_cache_claims", default=None)


class BoundedMemoryStore(MemoryStore):
    """Litestar's memory store with a size bound: past `max_bytes` the oldest entries are dropped, and a
    response larger than an eighth of the bound (a big export) is not kept at all. A miss claims the key
    for the request that will compute it; a second miss on a claimed key waits (up to `wait` seconds) for
    that answer to be kept, and computes it only if it was not (an error, a response too large)."""

    def __init__(self, max_bytes: int, wait: float = 10.0) -> None:
        super().__init__()
        self.max_bytes = max_bytes
        self.wait = wait
        self._sizes: dict[str, int] = {}
        self._total = 0
        self._inflight: dict[str, asyncio.Event] = {}

    async def get(self, key: str, renew_for: int | timedelta | None = None) -> bytes | None:
        value = await super().get(key, renew_for)
        claims = _claims.get()
        if value is not None or self.max_bytes <= 0 or claims is None:
            return value  # (claims is None outside a request that coalesce() wraps: nothing could release it)
        pending = self._inflight.get(key)
        if pending is None:
            self._inflight[key] = asyncio.Event()
            claims.append(key)
            return None
        try:
            await asyncio.wait_for(pending.wait(), self.wait)
        except asyncio.TimeoutError:
            return None
        return await super().get(key)

    def release(self, key: str) -> None:
        """Wake those waiting on `key` (its answer was kept, or will not be)."""
        pending = self._inflight.pop(key, None)
        if pending is not None:
            pending.set()

    async def set(self, key: str, value: str | bytes, expires_in: int | timedelta | None = None) -> None:
        try:
            await self._keep(key, value, expires_in)
        finally:
            self.release(key)

    async def _keep(self, key: str, value: str | bytes, expires_in: int | timedelta | None) -> None:
        size = len(value)
        if self.max_bytes <= 0 or size > self.max_bytes // 8:
            return
        await super().set(key, value, expires_in)
        self._total += size - self._sizes.get(key, 0)
        self._sizes[key] = size
        # no await between here and the end: other requests on this event loop cannot interleave
        while self._total > self.max_bytes and self._store:
            oldest = next(iter(self._store))
            self._store.pop(oldest, None)
            self._total -= self._sizes.pop(oldest, 0)

    async def delete(self, key: str) -> None:
        await super().delete(key)
        self._total -= self._sizes.pop(key, 0)

    async def delete_all(self) -> None:
        await super().delete_all()
        self._sizes.clear()
        self._total = 0


def response_cache(db: "Database", max_mb: int) -> tuple[ResponseCacheConfig, dict[str, Any]]:
    """The app's response-cache config and its store: keys carry the database file's identity, so a
    file the ETL swapped in is never answered from an older one's responses."""

    def key(request: "Request[Any, Any, Any]") -> str:
        try:
            ident = db.file_identity()
        except Unavailable:  # the file is missing: the handler will say so, and errors are not kept
            ident = None
        # the origin too: `next` links are absolute and built from the request when no base URL is set
        return f"{ident}|{request.base_url}|{default_cache_key_builder(request)}"

    store = BoundedMemoryStore(max_mb * 1_000_000, wait=db.timeout)
    return ResponseCacheConfig(key_builder=key, store="responses", default_expiration=None), {"responses": store}


def coalesce(store: BoundedMemoryStore) -> Callable[["ASGIApp"], "ASGIApp"]:
    """ASGI middleware: the keys a request claims in `store` are released when it ends, however it ends
    (an answer kept releases them sooner; an error, which is never kept, here)."""

    def middleware(app: "ASGIApp") -> "ASGIApp":
        async def handle(scope: "Scope", receive: "Receive", send: "Send") -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            claims: list[str] = []
            token = _claims.set(claims)
            try:
                await app(scope, receive, send)
            finally:
                _claims.reset(token)
                for key in claims:
                    store.release(key)

        return handle

    return middleware
