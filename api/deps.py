"""The two things handlers are given: the database gateway and the settings (named dependencies)."""
from __future__ import annotations

from litestar.di import NamedDependency

from .db import Database
from .settings import Settings

DB = NamedDependency[Database]
Config = NamedDependency[Settings]
