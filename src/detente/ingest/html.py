"""Saved web pages: the article's main text, without navigation, ads or captions.

trafilatura finds the main text and the page metadata (title, canonical URL,
site name); the publication date comes from htmldate (which trafilatura calls)
looking at the markup only (meta tags, ``<time>``, the URL), since a date found
anywhere in a page is as often a related story's as this one's. When the markup
gives none, the date stated in the text is used, as for plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml.etree import ParserError

from detente.errors import InputError
from detente.ingest.records import ReadOptions, build_article, read_limited, unreadable
from detente.ingest.sources import Source
from detente.ingest.text import MAX_ARTICLE_BYTES
from detente.model import Article

# A saved page carries scripts, styles and inline images besides the article.
MAX_PAGE_BYTES = 4 * MAX_ARTICLE_BYTES
# trafilatura's time grows with the number of elements (news pages have a few thousand):
# a page with more tags than this is refused before it is parsed, which bounds memory too.
MAX_PAGE_TAGS = 50_000
# libxml2's time grows with the square of one tag's attributes: a tag longer than this
# (100,000 attributes, or a huge data- blob) keeps only its name.
MAX_TAG_BYTES = 2_000
_OVERLONG_TAG = re.compile(rb"<([a-zA-Z][\w:-]{0,30})[^<>]{%d,}>" % MAX_TAG_BYTES)
_OVERLONG_TAG_TEXT = re.compile(_OVERLONG_TAG.pattern.decode())

_DATE_PARAMS = {"extensive_search": False, "original_date": True}

_BLOCK_TAGS = (
    "p",
    "div",
    "li",
    "blockquote",
    "pre",
    "tr",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
)
_DROPPED_TAGS = ("script", "style", "figcaption", "noscript")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


def read_html(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Article]:
    """The one article of a saved page; its doc_id is the file stem."""
    raw = read_limited(stream, MAX_PAGE_BYTES, source.name, what="page")
    path = source.name if source.path is not None else None
    yield article_from_html(raw, source.stem, source.name, options, path=path)


def article_from_html(
    raw: bytes,
    doc_id: str,
    where: str,
    options: ReadOptions,
    url: str | None = None,
    path: str | None = None,
) -> Article:
    """The main article of an HTML page; raise :class:`InputError` when the page holds none.

    ``url`` is where the page was fetched from (a WARC record's target), used
    when the page names no canonical URL of its own.
    """
    if b"\x00" in raw[:4096]:
        raise InputError(where, "looks binary (NUL bytes), not an HTML page")
    if not raw.strip():
        raise InputError(where, "page is empty")
    try:
        page = trafilatura.bare_extraction(
            _bounded(raw, where),
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as error:  # noqa: BLE001 - e.g. lxml's AssertionError on an SVG-only page
        raise unreadable(where, error) from error
    if page is None or not (page.text or "").strip():
        raise InputError(where, "no article text found in the page")
    canonical = page.url or url
    return build_article(
        _paragraphs(page.text),
        doc_id=doc_id,
        where=where,
        options=options,
        metadata_date=_iso_day(page.date),
        title=page.title or None,
        url=canonical,
        outlet=page.sitename or _hostname(canonical),
        path=path,
    )


def _bounded(raw: bytes, where: str) -> bytes:
    """The page made safe to parse in time and memory that grow with its size, no faster."""
    tags = raw.count(b"<")
    if tags > MAX_PAGE_TAGS:
        raise InputError(
            where, f"page has {tags:,} tags, over the {MAX_PAGE_TAGS:,} limit for one article"
        )
    return _OVERLONG_TAG.sub(rb"<\1>", raw)


def _iso_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _hostname(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one blank line between blocks.

    Plain text passes through unchanged but for whitespace; captions and scripts are dropped.
    """
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    try:
        bounded = _OVERLONG_TAG_TEXT.sub(r"<\1>", fragment)
        root = lxml.html.fragment_fromstring(bounded, create_parent="div")
    except ParserError:
        return ""
    for element in list(root.iter(*_DROPPED_TAGS)):
        element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    return _tidy(root.text_content())


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; a blank line between them, as in the seed format,
    keeps a headline from running into the first sentence."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
