"""Reading articles as they arrive: HTML pages, feeds, JSONL dumps, WARC archives, gzip, stdin."""

from __future__ import annotations

import gzip
import io
import shutil
import sys
from datetime import date

import pytest

from detente.errors import InputError
from detente.ingest import iter_articles
from detente.ingest.text import MAX_ARTICLE_BYTES
from detente.model import Article
from ingest_fixtures import FIXTURES, gzip_copy, page, write_warc

HTML_PAGE = FIXTURES / "embassy_page.html"
FEED = FIXTURES / "world_feed.xml"
WIRE_DUMP = FIXTURES / "wire_dump.jsonl"
NESTED_DUMP = FIXTURES / "nested_dump.jsonl"

EXPELLED = (
    "The government of Norland on Tuesday ordered two diplomats from the Vesterian embassy "
    "to leave the country within seventy-two hours, the foreign ministry said in a statement."
)


def read(*inputs, **options) -> list[Article | InputError]:
    return list(iter_articles([str(i) for i in inputs], **options))


def problems(items) -> list[tuple[str, str]]:
    return [(i.where, i.problem) for i in items if isinstance(i, InputError)]


# --- HTML -----------------------------------------------------------------------------------


def test_html_page_keeps_the_article_and_drops_navigation_ads_and_captions():
    [article] = read(HTML_PAGE)
    assert article.doc_id == "embassy_page"
    assert article.text.split("\n\n") == [
        "Norland expels two Vesterian diplomats",
        EXPELLED,
        "The ministry declared the two officials persona non grata, saying their activities "
        "were incompatible with their diplomatic status, and summoned the Vesterian charge "
        "d'affaires to hand him a formal note of protest.",
        "Vesteria's foreign ministry said it regretted the decision and would respond in kind, "
        "without giving details of the measures it was considering.",
        "Relations between the two neighbours have been strained since a dispute over fishing "
        "rights in the northern strait broke out last autumn.",
    ]
    for boilerplate in (
        "Subscribe",
        "ADVERTISEMENT",
        "photographed last winter",
        "Most read",
        "Copyright",
        "By Ada Marsh",
        "adConfig",
    ):
        assert boilerplate not in article.text


def test_html_page_metadata_title_canonical_url_outlet_and_date():
    [article] = read(HTML_PAGE)
    assert article.title == "Norland expels two Vesterian diplomats"
    assert article.url == "https://harbourcourier.example/world/2023/03/14/norland-expels-diplomats"
    assert article.outlet == "The Harbour Courier"
    assert (article.published, article.published_from) == (date(2023, 3, 14), "metadata")
    assert article.path == str(HTML_PAGE)


def test_html_published_override_wins_over_metadata():
    [article] = read(HTML_PAGE, published=date(2023, 3, 15))
    assert (article.published, article.published_from) == (date(2023, 3, 15), "override")


def test_html_without_date_markup_falls_back_to_the_date_in_the_text(tmp_path):
    html = (
        b"<html><body><article><p>Published: 12 March 2023</p><p>"
        + EXPELLED.encode()
        + b"</p></article></body></html>"
    )
    (tmp_path / "undated.htm").write_bytes(html)
    [article] = read(tmp_path / "undated.htm")
    assert (article.published, article.published_from) == (date(2023, 3, 12), "text")


def test_html_page_without_article_text_is_an_error(tmp_path):
    (tmp_path / "empty.html").write_bytes(
        b"<html><head><title>x</title></head><body></body></html>"
    )
    assert problems(read(tmp_path / "empty.html")) == [
        (str(tmp_path / "empty.html"), "no article text found in the page")
    ]


def test_binary_file_named_html_is_an_error(tmp_path):
    (tmp_path / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert problems(read(tmp_path / "photo.html")) == [
        (str(tmp_path / "photo.html"), "looks binary (NUL bytes), not an HTML page")
    ]


# --- RSS / Atom -----------------------------------------------------------------------------


def test_feed_gives_one_article_per_entry_with_content_or_summary_and_dates():
    articles = read(FEED)
    assert [(a.doc_id, a.published, a.published_from, a.title) for a in articles] == [
        ("world_feed.xml#1", date(2023, 2, 6), "metadata", "Ostrava names new envoy to Lisbon"),
        (
            "world_feed.xml#2",
            date(2023, 2, 7),
            "metadata",
            "Talks on reopening the consulate resume",
        ),
        (
            "world_feed.xml#3",
            date(2023, 2, 8),
            "metadata",
            "Sanctions package extended for six months",
        ),
    ]
    first, second, third = articles
    # Full content is preferred to the teaser, and its caption is dropped.
    assert first.text == (
        "The government of Ostrava on Monday appointed a career diplomat as its new ambassador "
        "to Portugal, the foreign ministry announced.\n\n"
        "The appointment ends a vacancy of eight months at the embassy in Lisbon."
    )
    # An HTML summary becomes text; a plain one passes as is.
    assert second.text.startswith("Negotiators from both capitals met on Tuesday")
    assert "<p>" not in second.text
    assert third.text.startswith("The council extended its package of economic sanctions")
    assert {a.outlet for a in articles} == {"Meridian Daily World"}
    assert first.url == "https://meridian.example/world/ostrava-envoy"
    assert first.path == f"{FEED}#1"


def test_atom_feed_is_read_and_an_entry_without_text_is_reported(tmp_path):
    atom = tmp_path / "ministry.atom"
    atom.write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry Press Office</title>'
        "<id>urn:ministry</id><updated>2024-01-09T10:00:00Z</updated>"
        "<entry><title>Embassy reopens</title><id>urn:1</id>"
        '<link href="https://ministry.example/1"/><updated>2024-01-09T10:00:00Z</updated>'
        '<content type="html">&lt;p&gt;The embassy in the capital reopened on Tuesday.&lt;/p&gt;'
        "</content></entry>"
        "<entry><title>Photo gallery</title><id>urn:2</id>"
        "<updated>2024-01-08T10:00:00Z</updated></entry>"
        "</feed>",
        encoding="utf-8",
    )
    first, second = read(atom)
    assert (first.doc_id, first.text, first.published, first.outlet, first.url) == (
        "ministry.atom#1",
        "The embassy in the capital reopened on Tuesday.",
        date(2024, 1, 9),
        "Ministry Press Office",
        "https://ministry.example/1",
    )
    assert (second.where, second.problem) == (f"{atom}#2", "feed entry has no content or summary")


def test_a_file_that_is_no_feed_is_one_error(tmp_path):
    bad = tmp_path / "broken.rss"
    bad.write_text("<rss><channel><title>Half a feed", encoding="utf-8")
    [error] = read(bad)
    assert error.where == str(bad)
    assert error.problem.startswith("not a readable RSS/Atom feed")


# --- JSONL ----------------------------------------------------------------------------------


def test_jsonl_reads_good_lines_and_reports_bad_ones_with_their_line_number():
    items = read(WIRE_DUMP)
    assert problems(items) == [
        (f"{WIRE_DUMP}:3", "malformed JSON: Expecting ',' delimiter (col 32)"),
        (f"{WIRE_DUMP}:5", "record has no 'text' field (the article text)"),
    ]
    articles = [i for i in items if isinstance(i, Article)]
    assert [(a.doc_id, a.published, a.published_from, a.outlet) for a in articles] == [
        ("wire-001", date(2023, 5, 11), "metadata", "Wire Service"),
        ("wire_dump.jsonl:2", date(2023, 5, 12), "metadata", "Coastal Times"),
        ("wire_dump.jsonl:6", None, "unknown", None),
    ]
    first = articles[0]
    assert first.title == "Ambassador summoned over interference claims"
    assert first.url == "https://wire.example/a/001"
    assert first.path == f"{WIRE_DUMP}:1"
    assert first.text.startswith("The foreign ministry summoned the ambassador on Thursday")


def test_jsonl_field_map_reaches_renamed_and_nested_fields():
    field_map = {"text": "body", "published": "meta.date", "outlet": "meta.site", "url": "link"}
    [article] = read(NESTED_DUMP, field_map=field_map)
    assert (article.doc_id, article.published, article.outlet, article.url) == (
        "nested_dump.jsonl:1",
        date(2022, 9, 30),
        "Northern Herald",
        "https://herald.example/embargo",
    )
    assert read(NESTED_DUMP, field_map=["text=body"])[0].published is None


def test_jsonl_field_map_with_an_unknown_field_is_refused():
    with pytest.raises(ValueError, match="unknown article field 'body' in field map"):
        read(NESTED_DUMP, field_map={"body": "text"})
    with pytest.raises(ValueError, match="not of the form FIELD=NAME"):
        read(NESTED_DUMP, field_map=["text"])


def test_jsonl_bad_values_are_reported_per_line(tmp_path):
    dump = tmp_path / "odd.ndjson"
    dump.write_bytes(
        b'{"text": 42}\n'
        b'["a list"]\n'
        b'{"text": "Some text.", "published": "next Blursday"}\n'
        b'{"text": "Text \xff\xfe here"}\n'
        b'{"text": "   "}\n'
        b'{"text": "Undated text.", "published": "March 2023"}\n'
        b'{"text": "The envoy left.", "published": 1700000000}\n'
    )
    items = read(dump)
    assert problems(items) == [
        (f"{dump}:1", "field 'text' is int, not text"),
        (f"{dump}:2", "expected a JSON object, found list"),
        (f"{dump}:3", "field 'published': 'next Blursday' is not a date"),
        (f"{dump}:4", "not valid UTF-8 (byte 0xff at column 16)"),
        (f"{dump}:5", "article is empty"),
        (f"{dump}:6", "field 'published': 'March 2023' names no day"),
    ]
    assert items[-1].published == date(2023, 11, 14)
    # With --published the field is not read, so a bad value there loses nothing.
    overridden = read(dump, published=date(2024, 1, 1))
    assert [p for _, p in problems(overridden)] == [
        "field 'text' is int, not text",
        "expected a JSON object, found list",
        "not valid UTF-8 (byte 0xff at column 16)",
        "article is empty",
    ]


def test_jsonl_line_over_the_size_limit_is_skipped_and_the_next_is_read(tmp_path):
    dump = tmp_path / "huge.jsonl"
    with open(dump, "wb") as output:
        output.write(b'{"text": "' + b"a" * (MAX_ARTICLE_BYTES + 10) + b'"}\n')
        output.write(b'{"text": "The envoy presented credentials."}\n')
    items = read(dump)
    assert problems(items) == [(f"{dump}:1", f"line is over the {MAX_ARTICLE_BYTES:,} byte limit")]
    assert (items[1].doc_id, items[1].text) == ("huge.jsonl:2", "The envoy presented credentials.")


# --- WARC -----------------------------------------------------------------------------------


def test_warc_yields_html_responses_only(tmp_path):
    story = page("Envoy recalled", "2024-02-01", EXPELLED)
    archive = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            (
                "request",
                "https://gazette.example/envoy",
                "application/http; msgtype=request",
                b"GET /envoy HTTP/1.1\r\nHost: gazette.example\r\n\r\n",
                "",
            ),
            (
                "response",
                "https://gazette.example/envoy",
                "text/html; charset=utf-8",
                story,
                "200 OK",
            ),
            (
                "response",
                "https://gazette.example/logo.png",
                "image/png",
                b"\x89PNG\r\n\x1a\n",
                "200 OK",
            ),
            (
                "response",
                "https://gazette.example/gone",
                "text/html",
                page("Gone", "2024-01-01", "Not here."),
                "404 Not Found",
            ),
            (
                "metadata",
                "https://gazette.example/envoy",
                "application/warc-fields",
                b"via: test\r\n",
                "",
            ),
            (
                "response",
                "https://gazette.example/empty",
                "text/html",
                b"<html><body></body></html>",
                "200 OK",
            ),
        ],
    )
    items = read(archive)
    assert problems(items) == [(f"{archive}#7", "no article text found in the page")]
    [article] = [i for i in items if isinstance(i, Article)]
    # Record 1 is warcinfo, 2 the request, 3 the page.
    assert article.doc_id == "crawl.warc.gz#3"
    assert article.url == "https://gazette.example/envoy"
    assert article.outlet == "gazette.example"
    assert (article.published, article.title) == (date(2024, 2, 1), "Envoy recalled")
    assert article.text == f"Envoy recalled\n\n{EXPELLED}"


def test_uncompressed_warc_and_a_file_that_is_no_warc(tmp_path):
    archive = write_warc(
        tmp_path / "small.warc",
        [
            (
                "response",
                "https://gazette.example/a",
                "text/html",
                page("A", "2024-02-02", EXPELLED),
                "200 OK",
            ),
        ],
    )
    [article] = read(archive)
    assert article.doc_id == "small.warc#2"
    (tmp_path / "fake.warc").write_text("this is not an archive\n" * 5, encoding="utf-8")
    [error] = read(tmp_path / "fake.warc")
    assert error.where == str(tmp_path / "fake.warc")
    assert error.problem == "not a WARC file (it does not start with a WARC/1.x record)"


# --- compression, stdin, paths --------------------------------------------------------------


def test_gzipped_inputs_are_read_transparently(tmp_path):
    seed = tmp_path / "seed.txt"
    seed.write_text("date 2023-03-14\n" + EXPELLED, encoding="utf-8")
    packed = [
        gzip_copy(seed, tmp_path / "story.txt.gz"),
        gzip_copy(WIRE_DUMP, tmp_path / "wire_dump.jsonl.gz"),
        gzip_copy(HTML_PAGE, tmp_path / "page.html.gz"),
        gzip_copy(FEED, tmp_path / "feed.xml.gz"),
    ]
    items = read(*packed)
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.doc_id for a in articles] == [
        "story",
        "wire-001",
        "wire_dump.jsonl.gz:2",
        "wire_dump.jsonl.gz:6",
        "page",
        "feed.xml.gz#1",
        "feed.xml.gz#2",
        "feed.xml.gz#3",
    ]
    # The header is blanked, not cut: offsets into the text are offsets into the file.
    blank_header = " " * len("date 2023-03-14") + "\n"
    assert (articles[0].text, articles[0].published) == (
        blank_header + EXPELLED,
        date(2023, 3, 14),
    )
    assert articles[4].published == date(2023, 3, 14)
    assert problems(items)[0] == (
        f"{tmp_path / 'wire_dump.jsonl.gz'}:3",
        "malformed JSON: Expecting ',' delimiter (col 32)",
    )


def test_gzip_is_told_by_its_bytes_not_its_name(tmp_path):
    unnamed = gzip_copy(WIRE_DUMP, tmp_path / "dump.jsonl")
    assert [getattr(i, "doc_id", None) for i in read(unnamed)] == [
        "wire-001",
        "dump.jsonl:2",
        None,
        None,
        "dump.jsonl:6",
    ]


def test_truncated_gzip_is_reported_after_what_could_be_read(tmp_path):
    lines = [f'{{"text": "Story number {n} about an embassy."}}\n' for n in range(5000)]
    whole = gzip.compress("".join(lines).encode("utf-8"))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) - 12])
    items = read(cut)
    assert isinstance(items[-1], InputError)
    assert items[-1].where == str(cut)
    assert items[-1].problem.startswith("cannot read: ")
    assert isinstance(items[0], Article)


def test_stdin_is_read_and_its_format_sniffed(monkeypatch):
    def from_stdin(data: bytes, **options):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        return read("-", **options)

    [seed] = from_stdin(b"date 2023-03-14\n" + EXPELLED.encode())
    assert (seed.doc_id, seed.published, seed.path) == ("stdin", date(2023, 3, 14), None)
    items = from_stdin(WIRE_DUMP.read_bytes())
    assert [getattr(i, "doc_id", None) for i in items][:2] == ["wire-001", "stdin:2"]
    assert items[2].where == "<stdin>:3"
    [page_article] = from_stdin(gzip.compress(HTML_PAGE.read_bytes()))
    assert page_article.title == "Norland expels two Vesterian diplomats"
    assert len(from_stdin(FEED.read_bytes())) == 3
    [forced] = from_stdin(b'{"text": "Not JSON to the text reader."}', fmt="text")
    assert forced.text == '{"text": "Not JSON to the text reader."}'


def test_directories_recurse_over_known_extensions_and_globs_expand(tmp_path):
    (tmp_path / "pages" / "story_files").mkdir(parents=True)
    shutil.copy(HTML_PAGE, tmp_path / "pages" / "story.html")
    (tmp_path / "pages" / "story_files" / "logo.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "pages" / "story_files" / "app.js").write_text("var x = 1;", encoding="utf-8")
    shutil.copy(FEED, tmp_path / "pages" / "feed.rss")
    (tmp_path / "pages" / "._story.html").write_bytes(b"\x00\x05\x16\x07 resource fork")
    (tmp_path / "pages" / ".cache").mkdir()
    shutil.copy(HTML_PAGE, tmp_path / "pages" / ".cache" / "old.html")
    assert [a.doc_id for a in read(tmp_path / "pages")] == [
        "feed.rss#1",
        "feed.rss#2",
        "feed.rss#3",
        "story",
    ]
    assert [a.doc_id for a in read(tmp_path / "pages", fmt="html")] == ["story"]
    assert [a.doc_id for a in read(f"{tmp_path}/**/*.html")] == ["story"]
    assert problems(read(f"{tmp_path}/*.jsonl")) == [
        (f"{tmp_path}/*.jsonl", "no file matches this pattern")
    ]


def test_forced_format_reads_any_extension_and_unknown_formats_are_refused(tmp_path):
    saved = tmp_path / "article.php"
    shutil.copy(HTML_PAGE, saved)
    assert read(saved, fmt="html")[0].doc_id == "article"
    # Without --format an unknown extension is sniffed.
    assert read(saved)[0].title == "Norland expels two Vesterian diplomats"
    with pytest.raises(ValueError, match="unknown input format 'pdf'"):
        read(saved, fmt="pdf")


def test_missing_file_empty_file_and_bad_encoding_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 diplomacy".encode("latin-1"))
    items = read(tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "latin.txt", FEED)
    assert problems(items) == [
        (str(tmp_path / "missing.txt"), "no such file or directory"),
        (str(tmp_path / "empty.txt"), "article is empty"),
        (str(tmp_path / "latin.txt"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ]
    assert len([i for i in items if isinstance(i, Article)]) == 3


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path):
    text = "The envoy of Curaçao and São Tomé met the minister in Genève on Friday."
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Envoys</title></head>'
        f"<body><article><p>{text}</p></article></body></html>"
    ).encode("latin-1")
    (tmp_path / "latin.html").write_bytes(html)
    [article] = read(tmp_path / "latin.html")
    assert article.text == text
