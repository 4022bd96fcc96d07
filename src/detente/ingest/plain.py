"""Seed-format plain-text articles read from a stream (``.txt``, ``.txt.gz``, stdin).

The format itself (``date`` header, dates found in the text) is
:mod:`detente.ingest.text`; this reader only adds streams and compression.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from detente.ingest.records import ReadOptions, read_limited
from detente.ingest.sources import Source
from detente.ingest.text import MAX_ARTICLE_BYTES, decode_text, parse_article
from detente.model import Article


def read_plain(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Article]:
    """The one article of a seed-format stream; doc_id: the file stem, or ``stdin``."""
    raw = read_limited(stream, MAX_ARTICLE_BYTES, source.name)
    path = source.name if source.path is not None else None
    yield parse_article(
        decode_text(raw, source.name),
        doc_id=source.stem,
        where=source.name,
        published=options.published,
        path=path,
    )
