"""The command-line options every reading command shares (``detente extract``, ``detente ingest``).

Kept beside the readers so that a new format or field reaches every command at once.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated

import typer

from detente.ingest.records import FieldMap

PATHS_HELP = (
    "Files (.txt, .html, .jsonl, .xml/.rss/.atom, .warc; any of them .gz), folders "
    "(searched recursively), quoted globs, or - for stdin."
)


class InputFormat(StrEnum):
    text = "text"
    jsonl = "jsonl"
    html = "html"
    feed = "feed"
    warc = "warc"


_FORMAT_HELP = "Read every input as this format (default: by extension, else by content)."

# ``detente extract`` keeps ``--format`` for its output, so reading commands share this name.
InputFormatOption = Annotated[InputFormat | None, typer.Option("--input-format", help=_FORMAT_HELP)]
# ``detente ingest`` prints no events, so ``--format`` is free there too.
IngestFormatOption = Annotated[
    InputFormat | None, typer.Option("--format", "--input-format", help=_FORMAT_HELP)
]


FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        metavar="FIELD=NAME",
        help="JSONL: the record field holding text, published, url, title, outlet or id "
        "(repeatable; dotted names reach into objects, e.g. published=meta.date).",
    ),
]


def field_map_of(fields: list[str] | None) -> FieldMap:
    """The :class:`FieldMap` of ``--field`` options; a bad one is a usage error."""
    try:
        return FieldMap.parse(fields or None)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--field") from error


def parse_day(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` option value as a date; anything else is a usage error."""
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter(f"{value!r} is not a date: expected YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError as error:  # well formed, but no such day
        raise typer.BadParameter(f"{value!r} is not a date: {error}") from error


PublishedOption = Annotated[
    date | None,
    typer.Option(
        parser=parse_day,
        metavar="YYYY-MM-DD",
        help="Publication date of every article (overrides the date header).",
    ),
]
