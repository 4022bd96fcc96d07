"""The command-line options every reading command shares (``detente extract``, ``detente ingest``).

Kept beside the readers so that a new format or field reaches every command at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from detente.ingest.records import FieldMap
from detente.ingest.sources import EXTENSION_FORMATS
from detente.model import Article

T = TypeVar("T")

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


@dataclass
class ArticleCount:
    """How many articles a reading command was given, counted as they pass."""

    articles: int = 0

    def through(self, items: Iterable[T]) -> Iterator[T]:
        """``items`` unchanged, each :class:`Article` among them counted."""
        for item in items:
            if isinstance(item, Article):
                self.articles += 1
            yield item


def nothing_read_warning(paths: Sequence[Path]) -> str:
    """The warning for inputs that held no article: where was looked, and for what."""
    where = ", ".join(str(path) for path in paths)
    looked_for = " ".join(EXTENSION_FORMATS)
    return f"warning: no readable articles in {where} (looked for {looked_for}, or any of them .gz)"
