"""Errors the ETL raises on purpose: each names the file (and line where known)."""
from __future__ import annotations


class EtlError(Exception):
    """Base of every error the ETL reports to a user instead of a traceback."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line


class InputError(EtlError):
    """The input file cannot be read as chronicle text (PDF, binary, undecodable, empty)."""


class PeriodError(EtlError):
    """A `--period` value that is not YYYY or YYYY-MM."""


class LoadError(EtlError):
    """The database could not be built; the previous database file is left as it was."""
