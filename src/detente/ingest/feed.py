"""RSS and Atom feeds: one article per entry, from its full content or else its summary.

A feed is one XML document, so feedparser reads it whole (up to
:data:`MAX_FEED_BYTES`); entries are then yielded one at a time. An entry's
doc_id is ``<file name>#<n>`` with ``n`` its 1-based position in the feed
(``world.xml#3``); its outlet is the feed's title, its date the entry's
published (else updated) date.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO
from xml.sax import SAXException

import feedparser

from detente.errors import InputError
from detente.ingest.html import fragment_text
from detente.ingest.records import ReadOptions, build_article, read_limited, unreadable
from detente.ingest.sources import Source
from detente.ingest.text import MAX_ARTICLE_BYTES
from detente.model import Article

MAX_FEED_BYTES = 10 * MAX_ARTICLE_BYTES

# A numeric character reference XML forbids (``&#0;``) or past Unicode (``&#xFFFFFFFF;``)
# makes feedparser fail on the whole feed; each becomes U+FFFD before it parses.
_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")
_REPLACEMENT_REFERENCE = b"&#xFFFD;"
_log = logging.getLogger(__name__)


def read_feed(
    stream: BinaryIO, source: Source, options: ReadOptions
) -> Iterator[Article | InputError]:
    """One :class:`Article` per entry with text, one :class:`InputError` per entry without."""
    raw = read_limited(stream, MAX_FEED_BYTES, source.name, what="feed")
    parsed = feedparser.parse(_CHARACTER_REFERENCE.sub(_safe_reference, raw))
    if not parsed.entries:
        problem = (
            f"not a readable RSS/Atom feed ({parsed.bozo_exception})"
            if parsed.bozo
            else "feed has no entries"
        )
        raise InputError(source.name, problem)
    if isinstance(parsed.get("bozo_exception"), SAXException):
        _log.warning(
            "warning: %s: feed is not well-formed XML, cut short? (%s); its %d entries read",
            source.name,
            parsed.bozo_exception,
            len(parsed.entries),
        )
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source.name}#{number}"
        try:
            yield _article_of_entry(entry, f"{source.label}#{number}", where, outlet, options)
        except InputError as error:
            yield error
        except Exception as error:  # noqa: BLE001 - one hostile entry never stops the feed
            yield unreadable(where, error)


def _safe_reference(match: re.Match[bytes]) -> bytes:
    hexadecimal, decimal = match.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    allowed = code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
    return match.group(0) if allowed else _REPLACEMENT_REFERENCE


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
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:  # year 0 and the like: no usable date, as if none were given
        return None
