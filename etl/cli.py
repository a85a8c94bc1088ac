"""The `etl` command line: parse, ingest, build-sample (also `python -m etl`)."""
from __future__ import annotations

import sys

import click
import msgspec

from .dates import parse_period
from .errors import EtlError
from .parse import parse_file


def _period(ctx, param, value):
    try:
        return parse_period(value)
    except EtlError as exc:
        raise click.BadParameter(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """dashiji ETL: Chinese government chronicles (大事记) into dated events."""


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--period", callback=_period, help="YYYY or YYYY-MM: the year (and month) where headings do not say.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True)
@click.option("--provenance", is_flag=True, help="jsonl: add event type, topics and provenance to the contract fields.")
def parse(file: str, period, fmt: str, provenance: bool) -> None:
    """Print the events of FILE; no database is touched."""
    try:
        result = parse_file(file, period)
    except EtlError as exc:
        raise click.ClickException(str(exc)) from None
    out = sys.stdout
    if fmt == "jsonl":
        enc = msgspec.json.Encoder()
        for ev in result.events:
            obj = msgspec.to_builtins(ev) if provenance else ev.contract()
            out.write(enc.encode(obj).decode("utf-8") + "\n")
    else:
        for ev in result.events:
            who = "，".join(f"{p.title}{p.name}[{'/'.join(p.roles)}]" for p in ev.participants)
            out.write(f"{ev.date_start or '?':<10} {ev.date_end or '?':<10} {ev.event_type:<6} {ev.text[:50]}\n")
            if who:
                out.write(f"{'':22}{who}\n")
    for w in result.warnings:
        click.echo(f"warning: {w.source}:{w.line}: {w.message}", err=True)


if __name__ == "__main__":
    main()
