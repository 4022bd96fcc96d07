"""Plain-text articles in the seed format.

An optional leading ``date YYYY-MM-DD`` header (leading whitespace allowed, the
body may follow on the same line), then the body.  With no header the
publication date is looked for in the text ("Update 7/29/2022, 4:50 p.m. ET",
"Published: 12 March 2023", a dateline "LONDON, March 3, 2023 (Reuters)").
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from dateutil import parser as dateutil_parser

from detente.errors import InputError
from detente.model import Article

MAX_ARTICLE_BYTES = 5_000_000

# Lone surrogates (from JSON escapes or undecodable names) cannot be encoded as UTF-8, and
# PostgreSQL refuses NUL in text: both become U+FFFD, which keeps every offset in place.
_UNSAFE_CHARACTERS = re.compile("[\x00\ud800-\udfff]")
_BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_HEADER = re.compile(r"\A\s*date\s+(\S+)[ \t]*\n?")
_NOT_NEWLINE = re.compile(r"[^\n]")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_MONTH_YEAR = rf"\d{{1,2}}\s+{_MONTH}\s*,?\s+\d{{4}}"
_MONTH_DAY_YEAR = rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
_NUMERIC = r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}"
_ANY_DATE = rf"(?P<when>{_MONTH_DAY_YEAR}|{_DAY_MONTH_YEAR}|{_NUMERIC})"

# Ordered by how reliably each names the publication day. Only spaces and tabs may lead
# a cue: ``^\s*`` would run over every following blank line from every line start
# (quadratic in runs of blank lines).
_PUBLICATION_CUES = (
    re.compile(
        rf"^[ \t]*(?:Updated?|Published|Posted|First published)\b[:\s]*(?:on\s+)?{_ANY_DATE}",
        re.IGNORECASE | re.MULTILINE,
    ),
    # Dateline: "MINSK, Oct 18 (Reuters) -" or "LONDON, 3 March 2023 —".
    re.compile(rf"^[A-Z][A-Z .'-]{{2,40}},\s*{_ANY_DATE}", re.MULTILINE),
)


def read_text_file(path: Path, published: date | None = None) -> Article:
    """Read one seed-format article; raise :class:`InputError` naming the file."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(where, f"file is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,} limit")
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(where, f"cannot read file: {error.strerror or error}") from error
    return parse_article(
        decode_text(raw, where), doc_id=path.stem, where=where, published=published, path=where
    )


def decode_text(raw: bytes, where: str) -> str:
    """Decode article bytes as UTF-8, or UTF-16/32 when a byte-order mark says so; refuse binary."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(where, f"not valid {encoding.upper()}: {error.reason}") from error
    if b"\x00" in raw[:4096]:
        raise InputError(where, "looks binary (NUL bytes), not a text article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            where, f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start})"
        ) from error


def parse_article(
    text: str,
    doc_id: str,
    where: str | None = None,
    published: date | None = None,
    **metadata: str | None,
) -> Article:
    """Split the optional ``date`` header from the body and settle the publication date.

    An explicit ``published`` overrides both the header and the text.
    """
    where = where or doc_id
    header_date, body = split_header(text, where)
    if not body.strip():
        raise InputError(where, "article is empty")
    if published is not None:
        return new_article(doc_id, body, published, "override", **metadata)
    if header_date is not None:
        return new_article(doc_id, body, header_date, "header", **metadata)
    found = find_publication_date(body)
    return new_article(doc_id, body, found, "text" if found else "unknown", **metadata)


def new_article(
    doc_id: str, body: str, published: date | None, published_from: str, **metadata: str | None
) -> Article:
    """The :class:`Article` every reader ends in, its text made safe once, here."""
    cleaned = {key: clean_text(value) if value else value for key, value in metadata.items()}
    return Article(clean_text(doc_id), clean_text(body), published, published_from, **cleaned)


def clean_text(value: str) -> str:
    """``value`` with lone surrogates and NULs replaced by U+FFFD (same length)."""
    return _UNSAFE_CHARACTERS.sub("\ufffd", value)


def split_header(text: str, where: str) -> tuple[date | None, str]:
    """Return the header date (or None) and the body that follows it.

    The header is blanked out rather than cut, so that offsets into the body
    are offsets into the text as the user gave it: ``raw[start:end]`` is the
    evidence.
    """
    match = _HEADER.match(text)
    if not match:
        return None, text
    value = match.group(1)
    if not _ISO_DAY.match(value):
        raise InputError(where, f"malformed date header {value!r}: expected date YYYY-MM-DD")
    try:
        header_date = date.fromisoformat(value)
    except ValueError as error:
        raise InputError(where, f"malformed date header {value!r}: {error}") from error
    return header_date, _NOT_NEWLINE.sub(" ", match.group(0)) + text[match.end() :]


def find_publication_date(body: str) -> date | None:
    """The publication date stated in the text, or None when it says none."""
    for cue in _PUBLICATION_CUES:
        for match in cue.finditer(body):
            found = _parse_date(match.group("when"))
            if found:
                return found
    return None


def _parse_date(text: str) -> date | None:
    try:
        return dateutil_parser.parse(text.replace(".", " "), dayfirst=False).date()
    except (ValueError, OverflowError):
        return None
