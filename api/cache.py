"""Whole responses kept per database generation: the snapshot the API serves never changes under a
URL, so the second person to ask a question is answered from memory (DASHIJI_CACHE_MB per process)."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from litestar.config.response_cache import ResponseCacheConfig, default_cache_key_builder
from litestar.stores.memory import MemoryStore

from .errors import Unavailable

if TYPE_CHECKING:
    from litestar.connection import Request

    from .db import Database


class BoundedMemoryStore(MemoryStore):
    """Litestar's memory store with a size bound: past `max_bytes` the oldest entries are dropped, and a
    response larger than an eighth of the bound (a big export) is not kept at all."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__()
        self.max_bytes = max_bytes
        self._sizes: dict[str, int] = {}
        self._total = 0

    async def set(self, key: str, value: str | bytes, expires_in: int | timedelta | None = None) -> None:
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

    store = BoundedMemoryStore(max_mb * 1_000_000)
    return ResponseCacheConfig(key_builder=key, store="responses", default_expiration=None), {"responses": store}
