"""JSON Lines dumps: one article object per line, as crawlers write them.

Fields (renamed with a :class:`~detente.ingest.records.FieldMap`): ``text``
required; ``published`` (ISO date or date-time, any date string dateutil reads,
or Unix seconds), ``url``, ``title``, ``outlet`` and ``id`` optional. The doc_id
is the record's ``id`` when it has one, else ``<file name>:<line>`` (e.g.
``dump.jsonl:17``), stable as long as the file is. Lines are read one at a
time, so a dump of any size streams; a bad line is reported with its line
number and the rest are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, BinaryIO

from dateutil import parser as dateutil_parser

from detente.errors import InputError
from detente.ingest.records import FieldMap, ReadOptions, build_article, unreadable
from detente.ingest.sources import Source
from detente.ingest.text import MAX_ARTICLE_BYTES
from detente.model import Article

_CHUNK = 1 << 20
_DEFAULT_EARLY = datetime(2000, 1, 1)
_DEFAULT_LATE = datetime(2001, 2, 2)


def read_jsonl(
    stream: BinaryIO, source: Source, options: ReadOptions
) -> Iterator[Article | InputError]:
    """An :class:`Article` per good line, an :class:`InputError` per bad one; blank lines pass."""
    fields = options.field_map or FieldMap()
    for number, line in _numbered_lines(stream, source.name):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{source.name}:{number}"
        try:
            yield _article_of_line(line, number, where, source, fields, options)
        except InputError as error:
            yield error
        except Exception as error:  # noqa: BLE001 - one hostile line never stops the file
            yield unreadable(where, error)


def _numbered_lines(stream: BinaryIO, name: str) -> Iterator[tuple[int, bytes | InputError]]:
    """Each line with its 1-based number; a line over the size limit becomes an error."""
    number = 0
    while True:
        line = stream.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield (
                number,
                InputError(
                    f"{name}:{number}", f"line is over the {MAX_ARTICLE_BYTES:,} byte limit"
                ),
            )
            continue
        yield number, line


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _article_of_line(
    line: bytes, number: int, where: str, source: Source, fields: FieldMap, options: ReadOptions
) -> Article:
    record = _parse_record(line, where)
    body = _field(record, fields.text)
    if body is None:
        raise InputError(where, f"record has no {fields.text!r} field (the article text)")
    if not isinstance(body, str):
        raise InputError(where, f"field {fields.text!r} is {type(body).__name__}, not text")
    record_id = _field(record, fields.doc_id)
    doc_id = str(record_id) if record_id not in (None, "") else f"{source.label}:{number}"
    return build_article(
        body,
        doc_id=doc_id,
        where=where,
        options=options,
        metadata_date=None
        if options.published
        else _published(_field(record, fields.published), fields.published, where),
        title=_text_field(record, fields.title, where),
        url=_text_field(record, fields.url, where),
        outlet=_text_field(record, fields.outlet, where),
        path=where,
    )


def _parse_record(line: bytes, where: str) -> dict[str, Any]:
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            where, f"not valid UTF-8 (byte 0x{line[error.start]:02x} at column {error.start + 1})"
        ) from error
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(where, f"malformed JSON: {error.msg} (col {error.colno})") from error
    except RecursionError as error:
        raise InputError(where, "malformed JSON: nested too deeply") from error
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, found {type(record).__name__}")
    return record


def _field(record: dict[str, Any], name: str) -> Any:
    """The value at a dotted field name (``meta.date``), or None when any step is missing."""
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _text_field(record: dict[str, Any], name: str, where: str) -> str | None:
    value = _field(record, name)
    if value is None or isinstance(value, str):
        return value or None
    raise InputError(where, f"field {name!r} is {type(value).__name__}, not text")


def _published(value: Any, name: str, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InputError(where, f"field {name!r} is a boolean, not a date")
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, tz=UTC).date()
        except (OverflowError, OSError, ValueError) as error:
            raise InputError(where, f"field {name!r}: {value} is not a Unix time") from error
    if not isinstance(value, str):
        raise InputError(where, f"field {name!r} is {type(value).__name__}, not a date")
    try:
        # Parsed twice with different defaults: a part the text lacks shows as a difference.
        early = dateutil_parser.parse(value, default=_DEFAULT_EARLY).date()
        late = dateutil_parser.parse(value, default=_DEFAULT_LATE).date()
    except (ValueError, OverflowError) as error:
        raise InputError(where, f"field {name!r}: {value!r} is not a date") from error
    if early != late:
        raise InputError(where, f"field {name!r}: {value!r} names no day")
    return early
