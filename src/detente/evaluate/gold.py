"""Gold files: ``NAME.gold.json`` beside ``NAME.txt``, as GUIDELINES.md describes them.

A gold file is checked as it is read, so that a typo in an annotation (an
unknown type, a month written with precision ``day``) is reported with the
file's name instead of silently scoring as a miss.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from detente.errors import InputError
from detente.model import EVENT_TYPES, MODALITIES, EventDate

GOLD_SUFFIX = ".gold.json"

# What a date value looks like at each precision.
_DATE_SHAPES = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}\Z"),
    "month": re.compile(r"\d{4}-(0[1-9]|1[0-2])\Z"),
    "year": re.compile(r"\d{4}\Z"),
}


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event of one gold document."""

    type: str
    source: str
    target: str
    date: EventDate
    modality: str
    persons: tuple[str, ...]
    evidence: str


@dataclass(frozen=True)
class GoldDocument:
    """The annotations of one article."""

    doc: str
    published: str | None
    source_url: str | None
    events: tuple[GoldEvent, ...]


def gold_path_for(article_path: Path) -> Path:
    """Where the gold file of ``NAME.txt`` lives: ``NAME.gold.json`` beside it."""
    return article_path.with_name(article_path.stem + GOLD_SUFFIX)


def doc_name_of(gold_path: Path) -> str:
    """``NAME`` of ``NAME.gold.json``."""
    return gold_path.name.removesuffix(GOLD_SUFFIX)


def load_gold(path: Path) -> GoldDocument:
    """Read and check one gold file; raise :class:`InputError` naming the file."""
    where = str(path)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(where, f"cannot read gold file: {error.strerror or error}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(where, f"not valid JSON: {error}") from error
    return parse_gold(record, where, expected_doc=doc_name_of(path))


def parse_gold(record: Any, where: str, expected_doc: str | None = None) -> GoldDocument:
    """Check a gold record (the parsed JSON) and build a :class:`GoldDocument`."""
    if not isinstance(record, dict):
        raise InputError(where, "a gold file must hold one JSON object")
    doc = record.get("doc")
    if not isinstance(doc, str) or not doc:
        raise InputError(where, "missing or empty 'doc'")
    if expected_doc is not None and doc != expected_doc:
        raise InputError(where, f"'doc' is {doc!r} but the file is named for {expected_doc!r}")
    events = record.get("events")
    if not isinstance(events, list):
        raise InputError(where, "'events' must be a list")
    return GoldDocument(
        doc=doc,
        published=record.get("published"),
        source_url=record.get("source_url"),
        events=tuple(
            _parse_event(event, f"{where}: event {number}")
            for number, event in enumerate(events, start=1)
        ),
    )


def _parse_event(event: Any, where: str) -> GoldEvent:
    if not isinstance(event, dict):
        raise InputError(where, "must be a JSON object")
    for key in ("type", "source", "target", "modality"):
        if not isinstance(event.get(key), str) or not event[key]:
            raise InputError(where, f"missing or empty {key!r}")
    if event["type"] not in EVENT_TYPES:
        raise InputError(where, f"unknown event type {event['type']!r}")
    if event["modality"] not in MODALITIES:
        raise InputError(where, f"unknown modality {event['modality']!r}")
    persons = event.get("persons") or []
    if not isinstance(persons, list) or not all(isinstance(p, str) for p in persons):
        raise InputError(where, "'persons' must be a list of names")
    return GoldEvent(
        type=event["type"],
        source=event["source"],
        target=event["target"],
        date=_parse_date(event.get("date"), event.get("date_precision"), where),
        modality=event["modality"],
        persons=tuple(persons),
        evidence=str(event.get("evidence") or ""),
    )


def _parse_date(value: Any, precision: Any, where: str) -> EventDate:
    if value is None and precision is None:
        return EventDate()
    shape = _DATE_SHAPES.get(precision) if isinstance(precision, str) else None
    if shape is None:
        raise InputError(where, f"date {value!r} has bad date_precision {precision!r}")
    if not isinstance(value, str) or not shape.match(value):
        raise InputError(where, f"date {value!r} does not have precision {precision!r}")
    if precision == "day":
        try:
            date.fromisoformat(value)
        except ValueError as error:
            raise InputError(where, f"date {value!r}: {error}") from error
    return EventDate(value, precision)
