"""Inputs for the ingest tests that are built rather than checked in: WARC archives, gzip copies."""

from __future__ import annotations

import gzip
import io
import shutil
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

PAGE_TEMPLATE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title>
<meta property="article:published_time" content="{published}">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
{paragraphs}
</article>
<footer>Copyright The Example Gazette</footer>
</body></html>
"""


def page(title: str, published: str, *paragraphs: str) -> bytes:
    """A small news page: navigation and footer around an article."""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return PAGE_TEMPLATE.format(title=title, published=published, paragraphs=body).encode("utf-8")


def write_warc(path: Path, records: list[tuple[str, str, str, bytes, str]]) -> Path:
    """A gzipped WARC with a warcinfo record, then one record per ``(type, uri, content_type, body,
    status)``: ``response`` records get HTTP headers (status e.g. ``200 OK``), ``request`` and
    ``metadata`` records do not."""
    with open(path, "wb") as output:
        writer = WARCWriter(output, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "detente tests"}))
        for rec_type, uri, content_type, body, status in records:
            writer.write_record(_record(writer, rec_type, uri, content_type, body, status))
    return path


def _record(
    writer: WARCWriter, rec_type: str, uri: str, content_type: str, body: bytes, status: str
):
    if rec_type == "response":
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        return writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers
        )
    return writer.create_warc_record(
        uri, rec_type, payload=io.BytesIO(body), warc_content_type=content_type
    )


def gzip_copy(source: Path, target: Path) -> Path:
    """``source`` gzipped to ``target``."""
    with open(source, "rb") as raw, gzip.open(target, "wb") as packed:
        shutil.copyfileobj(raw, packed)
    return target
