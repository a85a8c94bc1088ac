"""The dashiji HTTP API (Litestar) over the chronicle database."""
from __future__ import annotations

from .app import create_app
from .settings import Settings

__all__ = ["Settings", "create_app"]
