"""RSS and Atom feeds: one article per entry, from its full content or else its summary.

A feed is one XML document, so feedparser reads it whole (up to
:data:`MAX_FEED_BYTES`); entries are then yielded one at a time. An entry's
doc_id is ``<file name>#<n>`` with ``n`` its 1-based position in the feed
(``world.xml#3``); its outlet is the feed's title, its date the entry's
published (else updated) date.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO

import feedparser

from detente.errors import InputError
from detente.ingest.html import fragment_text
from detente.ingest.records import ReadOptions, build_article, read_limited
from detente.ingest.sources import Source
from detente.ingest.text import MAX_ARTICLE_BYTES
from detente.model import Article

MAX_FEED_BYTES = 10 * MAX_ARTICLE_BYTES


def read_feed(
    stream: BinaryIO, source: Source, options: ReadOptions
) -> Iterator[Article | InputError]:
    """One :class:`Article` per entry with text, one :class:`InputError` per entry without."""
    raw = read_limited(stream, MAX_FEED_BYTES, source.name, what="feed")
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        problem = (
            f"not a readable RSS/Atom feed ({parsed.bozo_exception})"
            if parsed.bozo
            else "feed has no entries"
        )
        raise InputError(source.name, problem)
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source.name}#{number}"
        try:
            yield _article_of_entry(entry, f"{source.label}#{number}", where, outlet, options)
        except InputError as error:
            yield error


def _article_of_entry(
    entry: Any, doc_id: str, where: str, outlet: str | None, options: ReadOptions
) -> Article:
    body = _entry_text(entry)
    if not body:
        raise InputError(where, "feed entry has no content or summary")
    return build_article(
        body,
        doc_id=doc_id,
        where=where,
        options=options,
        metadata_date=_entry_date(entry),
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        outlet=outlet,
        path=where,
    )


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content blocks, else its summary, as plain text."""
    contents = [block.get("value", "") for block in entry.get("content", [])]
    longest = max(contents, key=len, default="")
    return fragment_text(longest) or fragment_text(entry.get("summary", ""))


def _entry_date(entry: Any) -> date | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed is None:
        return None
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
