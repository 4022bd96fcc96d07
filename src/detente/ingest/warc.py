"""Web archives (WARC, ``.warc.gz``): the HTML pages a crawl captured, one record at a time.

Only successful (2xx) ``response`` records, and ``resource`` records, whose
content type is HTML are articles; requests, metadata, images, scripts,
redirects and error pages are passed over, as they hold no article. warcio
reads record by record, so an archive of any size streams. A page's doc_id is
``<file name>#<n>``, ``n`` the 1-based position of its record in the archive
(``crawl.warc.gz#7``): unlike the target URL it stays unique when a page was
captured twice. The page is read as in :mod:`detente.ingest.html`, its target
URL standing in for a canonical URL the page does not give.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from detente.errors import InputError
from detente.ingest.html import MAX_PAGE_BYTES, article_from_html
from detente.ingest.records import ReadOptions, unreadable
from detente.ingest.sources import Source
from detente.model import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_WARC_MAGIC = b"WARC/"


def read_warc(
    stream: BinaryIO, source: Source, options: ReadOptions
) -> Iterator[Article | InputError]:
    """One :class:`Article` per captured HTML page; an :class:`InputError` per page without one."""
    # warcio reads other text as a headerless ARC and quietly finds nothing in it.
    if not stream.peek(len(_WARC_MAGIC)).startswith(_WARC_MAGIC):  # type: ignore[attr-defined]
        raise InputError(source.name, "not a WARC file (it does not start with a WARC/1.x record)")
    number = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            where = f"{source.name}#{number}"
            try:
                if is_html_page(record):
                    yield _article_of_record(record, f"{source.label}#{number}", where, options)
            except InputError as error:
                yield error
            except Exception as error:  # noqa: BLE001 - one hostile record never stops the file
                yield unreadable(where, error)
    except ArchiveLoadFailed as error:
        yield InputError(source.name, f"not a readable WARC file ({error})")
    except Exception as error:  # noqa: BLE001 - warcio fails inside a record's headers
        where = f"{source.name}#{number + 1}"
        yield InputError(where, f"{unreadable(where, error).problem}; the rest is not read")


def is_html_page(record: Any) -> bool:
    """Whether a WARC record holds an HTML page that was served successfully."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or not (headers.get_statuscode() or "").startswith("2"):
            return False
        content_type = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return False
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _article_of_record(record: Any, doc_id: str, where: str, options: ReadOptions) -> Article:
    raw = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(raw) > MAX_PAGE_BYTES:
        raise InputError(where, f"page is over the {MAX_PAGE_BYTES:,} byte limit")
    url = record.rec_headers.get_header("WARC-Target-URI")
    return article_from_html(raw, doc_id, where, options, url=url, path=where)
