"""Turning what a reader found (a body, some metadata) into an :class:`Article`.

Every reader ends here so that the rules are the same for all formats: an empty
body or one over :data:`~detente.ingest.text.MAX_ARTICLE_BYTES` is an error, and the
publication date is settled in one order: ``--published`` override, then the
format's own metadata (HTML meta, feed entry date, JSONL field), then a date
stated in the text, else unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from detente.errors import InputError
from detente.ingest.text import MAX_ARTICLE_BYTES, find_publication_date, new_article
from detente.model import Article


@dataclass(frozen=True)
class ReadOptions:
    """What every reader is told: the publication-date override and the JSONL field map."""

    published: date | None = None
    field_map: FieldMap | None = None


@dataclass(frozen=True)
class FieldMap:
    """Which JSONL field holds each part of an article; dotted names reach into objects.

    ``doc_id`` names the record's own identifier, used as the doc_id when present.
    """

    text: str = "text"
    published: str = "published"
    url: str = "url"
    title: str = "title"
    outlet: str = "outlet"
    doc_id: str = "id"

    @classmethod
    def parse(cls, pairs: dict[str, str] | list[str] | None) -> FieldMap:
        """From ``{"text": "body"}`` or CLI-style ``["text=body"]``; unknown keys: ValueError."""
        if not pairs:
            return cls()
        mapping = dict(_split_pair(pair) for pair in pairs) if isinstance(pairs, list) else pairs
        known = cls.__dataclass_fields__
        for key in mapping:
            if key not in known:
                raise ValueError(
                    f"unknown article field {key!r} in field map: "
                    f"expected one of {', '.join(known)}"
                )
        return cls(**mapping)


def _split_pair(pair: str) -> tuple[str, str]:
    key, sep, value = pair.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise ValueError(f"field map entry {pair!r} is not of the form FIELD=NAME (e.g. text=body)")
    return key.strip(), value.strip()


def build_article(
    body: str,
    doc_id: str,
    where: str,
    options: ReadOptions,
    metadata_date: date | None = None,
    **metadata: str | None,
) -> Article:
    """An :class:`Article` for ``body``, or :class:`InputError` naming ``where``."""
    if not body.strip():
        raise InputError(where, "article is empty")
    size = len(body.encode("utf-8", "surrogatepass"))  # cleaned later, in new_article
    if size > MAX_ARTICLE_BYTES:
        raise InputError(
            where, f"article text is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,} limit"
        )
    if options.published is not None:
        return new_article(doc_id, body, options.published, "override", **metadata)
    if metadata_date is not None:
        return new_article(doc_id, body, metadata_date, "metadata", **metadata)
    found = find_publication_date(body)
    return new_article(doc_id, body, found, "text" if found else "unknown", **metadata)


def unreadable(where: str, error: Exception) -> InputError:
    """An unforeseen failure of a reader or a library it calls, as the item's error.

    Readers turn any exception on one record into this, so one hostile record is
    reported with its name and the records after it are still read.
    """
    message = " ".join(str(error).split())[:200]
    problem = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return InputError(where, f"cannot read: {problem}")


def read_limited(stream: BinaryIO, limit: int, where: str, what: str = "file") -> bytes:
    """Read a whole stream of at most ``limit`` bytes; raise :class:`InputError` if it is longer.

    Reading ``limit + 1`` bytes tells an over-long stream without reading all of it.
    """
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise InputError(where, f"{what} is over the {limit:,} byte limit")
    return raw
