"""The parse pipeline: source → sections → entries → events with people, agenda and topics."""
from __future__ import annotations

from pathlib import Path

from .agenda import read_agenda
from .chronicle import Context, Entry, split_entries
from .dates import Period, month_in
from .documents import find_appointments, find_documents
from .gazette import Section, find_structure
from .model import Event, ParseResult, Participant, Provenance, SectionInfo, Warning
from .names import mark_spaced_lists, office_reads, titled_mentions, unusual_names
from .page_year import year_elsewhere
from .people import People, read_people
from .script import clean, prepare
from .source import FORMS, Source, load_source
from .topics import load_taxonomy


MAX_ENTRY_CHARS = 20_000  # longer entries are read only this far for people (the text is kept whole)


def parse_source(src: Source, period: Period | None = None, *, url: str | None = None,
                 taxonomy_path: str | None = None) -> ParseResult:
    """Parse a decoded source into events; `period` fills in what headings do not say."""
    taxonomy = load_taxonomy(taxonomy_path)
    structure = find_structure(src)
    warnings: list[Warning] = [Warning(src.name, ln, msg) for ln, msg in structure.notes]
    if src.control_chars:
        lines = src.control_lines
        warnings.append(Warning(src.name, lines[0] if lines else 0,
                                f"{src.control_chars} control or zero-width characters or HTML spaces (&nbsp;) "
                                f"replaced by spaces (lines "
                                f"{', '.join(map(str, lines[:10]))}{' …' if len(lines) > 10 else ''})"))
    if src.form in FORMS:
        warnings.append(Warning(src.name, 1, f"read as {FORMS[src.form]}, one line per paragraph; lines and offsets "
                                             f"count in that text (python -m etl text FILE prints it)"))
    name = Path(src.name).name

    def warn(lineno: int, message: str) -> None:
        warnings.append(Warning(src.name, lineno, message))

    raw: list[tuple[Section, Entry]] = []
    sections: list[SectionInfo] = []
    year = period.year if period else None
    month = period.month if period else None
    last_year: int | None = None  # the year the sections before were in
    last_month: int | None = None  # … and the month their last dated entry was in
    empty_before: tuple[int, int | None] | None = None  # the period of a heading right before with nothing under it
    for sec in structure.sections:
        if sec.period is not None:
            ctx = Context(sec.period.year, sec.period.month if sec.period.month else (month if sec.period.year == year else None))
        elif (heading_month := month_in(sec.title)) is not None and (year or last_year):
            # 大事记（2月） after 2023年1月份大事记: the month its heading names, in the year in force
            ctx = Context(year or last_year, heading_month)
        elif year is None and empty_before is not None:
            # 2011大事记 / 大  事  记 / 1月 …: a heading again, spaced out, right under the one that named the year
            ctx = Context(*empty_before)
        else:
            ctx = Context(year, month)
        empty_before = None
        if ctx.month is None and ctx.year is not None and ctx.year == last_year:
            ctx = Context(ctx.year, last_month)  # (a heading of the same year, no month, between two entries)
        if ctx.year is None and (elsewhere := year_elsewhere(src, sec)) is not None:
            # entries that say no year under no period or heading that does (Page 117 - 无锡年鉴2022, 发布日期:…)
            lineno, year_found, month_found, how = elsewhere
            ctx = Context(year_found, month_found)
            warn(lineno, f"no period or heading gives the year: {year_found}"
                         f"{'' if month_found is None else f'-{month_found:02d}'} taken from {how}")
        entries = split_entries(sec, ctx, warn)
        if not entries and not sec.lines:
            if sec.heading_line is not None:
                warn(sec.heading_line, f"chronicle heading {sec.title!r} has no entries under it")
            last_year = ctx.year or last_year  # (2023年大事记 over 1月份大事记, 2月份大事记…: the year in force)
            if ctx.year is not None:
                empty_before = (ctx.year, ctx.month)
            continue
        sections.append(SectionInfo(sec.title, sec.heading_line, str(sec.period) if sec.period else None,
                                    sec.page, sec.continued_from, len(entries)))
        raw.extend((sec, e) for e in entries)
        last_year = ctx.year or last_year
        dated = [e.date_start for e in entries if e.date_start is not None]
        if dated:
            last_year, last_month = dated[-1].year, dated[-1].month

    # names that carry a title anywhere in the file help to read bare names everywhere in it
    known: set[str] = set()
    # (made once, read three times)
    readings = [_headline_cut(prepare(mark_spaced_lists(e.text[:MAX_ENTRY_CHARS])), e) for _, e in raw]
    reads = [office_reads(s) for _, s in readings]  # and the names after office words, read once
    for (_, s), r in zip(readings, reads):
        known |= {m.name for m in titled_mentions(s, set(), r)}
    unusual = unusual_names(known)  # (those of them no Chinese surname begins, looked for where they stand bare)

    events: list[Event] = []
    for (sec, e), prepared, office in zip(raw, readings, reads):
        text = e.text
        read = text
        if len(text) > MAX_ENTRY_CHARS:  # no real entry is this long: a run-on line or a merged page
            read = text[:MAX_ENTRY_CHARS]
            warn(e.lineno, f"entry of {len(text):,} characters; people, agenda and topics read from its first "
                           f"{MAX_ENTRY_CHARS:,}")
        try:
            people = read_people(read, known, prepared=prepared, reads=office, unusual=unusual)
            agenda = read_agenda(read, prepared=prepared)
            event_type, topics = taxonomy.classify(read, agenda)
        except Exception as exc:  # noqa: BLE001 - one unreadable entry must not cost the file its other events
            warn(e.lineno, f"people, agenda and topics of this entry could not be read ({type(exc).__name__}: "
                           f"{exc}); the event is kept with its date and text only. Please report it.")
            people, agenda, (event_type, topics) = People([], []), [], taxonomy.classify("", [])
        spans = e.spans
        events.append(Event(
            date_start=e.date_start.isoformat() if e.date_start else None,
            date_end=e.date_end.isoformat() if e.date_end else None,
            date_precision=e.precision,
            text=text,
            participants=[Participant(p.name, p.title, p.roles) for p in people.participants],
            mentioned=people.mentioned,
            agenda=agenda,
            event_type=event_type,
            topics=topics,
            provenance=Provenance(
                source=name, sha256=src.sha256, section=sec.title, line=e.lineno,
                char_start=spans[0][0] if spans else 0, char_end=spans[-1][1] if spans else 0,
                spans=spans, page=_page_of(sec, e), url=url,
            ),
        ))
    documents = find_documents(src)
    return ParseResult(name, src.sha256, src.encoding, sections, events, warnings, documents,
                       find_appointments(src, documents))


def _page_of(sec, entry) -> int | None:
    """The printed page an entry starts on: a continuation piece's page, else the section's."""
    first = entry.pieces[0].lineno if entry.pieces else 0
    page = sec.page
    for line, cont_page in sorted(zip(sec.continued_from, sec.continued_pages)):
        # pieces are read in order; an entry starting at or after a 上接 line stands on that page
        if first >= line and (sec.heading_line is None or line > sec.heading_line or first < sec.heading_line):
            page = cont_page
    return page


def parse_file(path: str | Path, period: Period | None = None, *, url: str | None = None) -> ParseResult:
    """Read, decode and parse one file."""
    return parse_source(load_source(path), period, url=url)


def _headline_cut(prepared: tuple[str, str], e: Entry) -> tuple[str, str]:
    """The reading copy with a clause mark for the headline's last character, where the entry's first line is
    a headline and the next opens with an office (Entry.headline_end), or a sentence's end for the first of the
    report under a news list's headline (Entry.report_at): no title runs across that line break.
    The text as written, and so every title and name cut from it, is unchanged."""
    src, s = prepared
    if e.report_at:
        # a news list's headline, then the report that says its date again: the report's first character (of its
        # date) reads as a sentence's end, so no agenda item or title runs from the headline into it
        end, back, mark = e.report_at, 0, "。"
    else:
        headline = e.headline_end()
        if headline is None:
            return prepared
        end, back, mark = headline, 1, "，"  # (the headline's own last character)
    k = len(clean(e.text[:end]))  # (where the headline ends in the cleaned text)
    if not 0 < k < len(s):
        return prepared
    return src, s[:k - back] + mark + s[k - back + 1:]
