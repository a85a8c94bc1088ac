"""The shapes the ETL produces: events in the extraction contract, with provenance."""
from __future__ import annotations

import msgspec

from .documents import Appointment, Document


class Participant(msgspec.Struct, frozen=True):
    """A named person who took part: name and title as written, roles from the contract."""

    name: str
    title: str
    roles: list[str]


class Provenance(msgspec.Struct, frozen=True):
    """Where an event's text stands in its source, so a journalist can cite it."""

    source: str  # file name
    sha256: str
    section: str  # the chronicle's heading as printed ("" for a headless page)
    line: int  # first line of the entry (1-based)
    char_start: int  # offset of the first character of the entry text in the decoded source
    char_end: int  # offset just past its last character
    spans: list[tuple[int, int]]  # the pieces the text was joined from (a continuation adds one)
    page: int | None = None
    url: str | None = None


class Event(msgspec.Struct):
    """One dated entry; the first seven fields are the contract's (`EXTRACTION.md`)."""

    date_start: str | None
    date_end: str | None
    date_precision: str | None
    text: str
    participants: list[Participant]
    mentioned: list[str]
    agenda: list[str]
    event_type: str = "其他"
    topics: list[str] = []
    provenance: Provenance | None = None

    def contract(self) -> dict:
        """Only the contract's fields, as `parse --format jsonl` prints them."""
        return {
            "date_start": self.date_start,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "text": self.text,
            "participants": [msgspec.structs.asdict(p) for p in self.participants],
            "mentioned": self.mentioned,
            "agenda": self.agenda,
        }


class Warning(msgspec.Struct, frozen=True):
    """A line the parser could not place, or placed with a doubt: file, line and what was wrong."""

    source: str
    line: int
    message: str


class SectionInfo(msgspec.Struct, frozen=True):
    """A chronicle section found in a source."""

    title: str
    heading_line: int | None
    period: str | None
    page: int | None
    continued_from: list[int]
    events: int


class ParseResult(msgspec.Struct):
    source: str
    sha256: str
    encoding: str
    sections: list[SectionInfo]
    events: list[Event]
    warnings: list[Warning]
    documents: list[Document] = []  # numbered gazette documents beside the chronicles
    appointments: list[Appointment] = []  # records of the 任免 notices among them
