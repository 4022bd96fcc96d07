"""Bytes in, :class:`~detente.model.Article` out: one reader per input format.

:func:`iter_articles` is the one entry point: it expands inputs (files,
directories, globs, ``-`` for stdin; ``.gz`` read transparently), picks each
one's reader (``--format``, else the extension, else the first bytes) and
yields, in order, an :class:`Article` for each article read or an
:class:`InputError` for each that could not be, so that a batch reports a bad
file or record and goes on. Articles not in English are counted in a
:class:`LanguageSkips`, not yielded. Nothing is read whole that need not be:
JSONL lines and WARC records stream one at a time.

doc_ids: the file stem for a one-article file (``story.html`` -> ``story``,
``stdin`` for stdin); ``<file name>:<line>`` for JSONL (or the record's ``id``
field); ``<file name>#<n>`` for the n-th feed entry or WARC record. An
article's ``path`` is where to find it: the file, or ``<path>:<line>`` /
``<path>#<n>`` for a record (None for stdin).

:func:`group_near_duplicates` then groups wire copies so that extraction runs
once per story; :func:`events_in_copy` gives each copy its own mentions.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import BinaryIO

from detente.errors import InputError
from detente.ingest.copies import events_in_copy, locate_evidence
from detente.ingest.dedup import ArticleGroup, NearDuplicateGrouper, group_near_duplicates
from detente.ingest.feed import read_feed
from detente.ingest.html import read_html
from detente.ingest.jsonl import read_jsonl
from detente.ingest.language import LanguageSkips, article_language, note_skipped
from detente.ingest.plain import read_plain
from detente.ingest.records import FieldMap, ReadOptions, unreadable
from detente.ingest.sources import FORMATS, Source, expand_sources, open_source, sniff_format
from detente.ingest.text import parse_article, read_text_file
from detente.ingest.warc import read_warc
from detente.model import Article

__all__ = [
    "FORMATS",
    "ArticleGroup",
    "FieldMap",
    "LanguageSkips",
    "NearDuplicateGrouper",
    "events_in_copy",
    "group_near_duplicates",
    "iter_articles",
    "locate_evidence",
    "parse_article",
    "read_text_file",
]

Reader = Callable[[BinaryIO, Source, ReadOptions], Iterator[Article | InputError]]

READERS: dict[str, Reader] = {
    "text": read_plain,
    "jsonl": read_jsonl,
    "html": read_html,
    "feed": read_feed,
    "warc": read_warc,
}


def iter_articles(
    inputs: Iterable[str | Path],
    published: date | None = None,
    fmt: str | None = None,
    field_map: FieldMap | Mapping[str, str] | list[str] | None = None,
    language: str | None = "en",
    skipped: LanguageSkips | None = None,
) -> Iterator[Article | InputError]:
    """Yield every article found under ``inputs``, or an :class:`InputError` for each bad item.

    ``fmt`` forces a format for every input (``text``, ``jsonl``, ``html``,
    ``feed``, ``warc``); ``field_map`` renames JSONL fields (``{"text": "body"}``
    or ``["text=body"]``); ``published`` overrides every publication date.
    Articles in another language than ``language`` (None: keep all) are counted
    in ``skipped`` (logged as warnings when none is given). An unknown format
    or field name raises ``ValueError`` before anything is read.
    """
    options = ReadOptions(published=published, field_map=_field_map(field_map))
    for source in expand_sources(inputs, fmt):
        if isinstance(source, InputError):
            yield source
            continue
        for item in read_source(source, options):
            if isinstance(item, Article) and language is not None:
                found = article_language(item.text)
                if found not in (language, "und"):
                    note_skipped(skipped, item.path or item.doc_id, found)
                    continue
            yield item


def read_source(source: Source, options: ReadOptions) -> Iterator[Article | InputError]:
    """Every article of one source; a stream that breaks off ends in one :class:`InputError`."""
    try:
        with open_source(source) as stream:
            reader = READERS[source.fmt or sniff_format(stream)]
            yield from reader(stream, source, options)
    except InputError as error:  # a problem with the whole source, e.g. over the size limit
        yield error
    except (OSError, EOFError, zlib.error) as error:  # unreadable, truncated or corrupt .gz
        problem = getattr(error, "strerror", None) or str(error) or type(error).__name__
        yield InputError(source.name, f"cannot read: {problem}")
    except Exception as error:  # noqa: BLE001 - a reader's library failing on hostile input
        yield unreadable(source.name, error)


def _field_map(field_map: FieldMap | Mapping[str, str] | list[str] | None) -> FieldMap:
    if isinstance(field_map, FieldMap):
        return field_map
    if isinstance(field_map, Mapping):
        return FieldMap.parse(dict(field_map))
    return FieldMap.parse(field_map)
