"""Bounded steps, one-line errors and nothing lost: the store, the CLI and text steps
under inputs that once hung, crashed or printed a traceback."""

from __future__ import annotations

import io
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import store_helpers
from detente import extract
from detente.cli import app
from detente.errors import InputError, StoreError
from detente.ingest.html import MAX_PAGE_TAGS, read_html
from detente.ingest.records import ReadOptions
from detente.ingest.sources import Source
from detente.ingest.text import decode_text
from detente.nlp.segment import MAX_SENTENCE_CHARS, sentences
from detente.scale import ClusterError, ingest_scaled
from detente.store import Store
from detente.store.records import ArticleResult

runner = CliRunner()
OPENING = "Poland expelled the Belarusian ambassador on Tuesday."


def test_a_sentence_too_long_for_the_parser_is_cut_at_clause_breaks() -> None:
    clauses = "officials in the capital said the talks had failed, " * 100
    text = f"{OPENING} Then {clauses}and nobody spoke."
    found = sentences(text)
    assert found[0].text == OPENING and not found[0].cut
    parts = found[1:]
    assert len(parts) > 1 and all(part.cut for part in parts)
    assert all(len(part.text) <= MAX_SENTENCE_CHARS for part in parts)
    assert all(text[part.start : part.end] == part.text for part in parts)
    assert all(part.text.endswith(",") for part in parts[:-1])


def test_a_text_over_spacys_million_characters_is_read() -> None:
    # One sentence the scan sends to the parser, longer than spaCy's max_length (E088 once).
    filler = "then the weather stayed mild and the markets in the capital were calm " * 16_000
    events = extract(f"date 2023-03-14\nPoland expelled the Belarusian ambassador {filler}")
    assert [event.type for event in events] == ["EXPEL_DIPLOMAT"]


def test_a_page_with_too_many_tags_is_refused_with_the_reason_unparsed() -> None:
    raw = b"<html><body><p>" + OPENING.encode() + b"</p>" + b"<br>" * MAX_PAGE_TAGS + b"</body>"
    with pytest.raises(InputError, match="tags, over the 50,000 limit"):
        list(read_html(io.BytesIO(raw), Source("br.html", None, "html"), ReadOptions()))


def test_a_tag_with_very_many_attributes_keeps_only_its_name() -> None:
    attributes = b" ".join(b"a%d='x'" % n for n in range(50_000))
    raw = b"<html><body><article><p " + attributes + b">" + OPENING.encode() + b"</p></article>"
    (article,) = read_html(io.BytesIO(raw), Source("wide.html", None, "html"), ReadOptions())
    assert article.text == OPENING


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_text_with_a_byte_order_mark_is_decoded(encoding: str) -> None:
    raw = ("\ufeff" + OPENING).encode(encoding)
    assert decode_text(raw, "story.txt") == OPENING


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("foo://host/db", "cannot open the store at foo://...: NoSuchModuleError"),
        ("mysql://user@host/db", "cannot open the store at mysql://...: ModuleNotFoundError"),
        ("sqlite:///:memory:", "keeps nothing once the command ends"),
    ],
)
def test_a_store_that_cannot_be_opened_is_one_line(url: str, message: str) -> None:
    result = runner.invoke(app, ["events", "--db", url])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert message in result.stderr


def test_a_database_of_another_program_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE events (what TEXT)")
    result = runner.invoke(app, ["events", "--db", str(other)])
    assert result.exit_code == 2
    assert "holds tables of another program (events)" in result.stderr
    with sqlite3.connect(other) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("events",)]


def test_a_store_error_is_one_line_and_its_detail_comes_with_verbose(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database\n" * 100)
    short = runner.invoke(app, ["events", "--db", str(bad)])
    assert short.stderr.strip() == (
        f"error: cannot open or migrate the store at sqlite:///{bad}: "
        "DatabaseError: file is not a database"
    )
    logger = logging.getLogger("detente")
    try:
        detailed = runner.invoke(app, ["--verbose", "events", "--db", str(bad)])
    finally:  # --verbose set up detente's logger for the rest of the process
        logger.handlers.clear()
        logger.setLevel(logging.NOTSET)
    assert "Traceback" in detailed.stderr and "sqlite3.DatabaseError" in detailed.stderr


@pytest.mark.parametrize("target", ["missing/events.jsonl", "/dev/full"])
def test_export_that_cannot_be_written_is_one_line(tmp_path: Path, target: str) -> None:
    db = str(tmp_path / "events.db")
    story = store_helpers.article("story", OPENING, None)
    event = store_helpers.event_in(story, "EXPEL_DIPLOMAT", "POL", "BLR", OPENING)
    with Store(db) as store:
        store.add([ArticleResult(story, (event,))])
    output = target if target.startswith("/") else str(tmp_path / target)
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", db, "-o", output])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: cannot write {output}: ")
    assert "Traceback" not in result.stderr


class _DiesAfterOneBatch:
    """A runner whose workers die after the first batch."""

    workers = ["here"]

    def map(self, function: Callable[..., Any], batches: Iterable[Any], **kwargs: Any) -> Iterator:
        for number, batch in enumerate(batches):
            if number:
                raise ClusterError("a worker process died")
            yield function(batch, **kwargs)

    def close(self) -> None:
        """Nothing to release."""


def test_what_was_extracted_is_stored_when_the_run_breaks_off(tmp_path, monkeypatch) -> None:
    store_helpers.stand_in_for_extraction(monkeypatch, lambda article: [])
    articles = [
        store_helpers.article(f"story-{n}", f"Story number {n} about the talks.", None)
        for n in range(5)
    ]
    reported = []
    with Store(str(tmp_path / "events.db")) as store:
        with pytest.raises(ClusterError):
            ingest_scaled(
                store,
                [*articles[:2], InputError("bad.txt", "article is empty"), *articles[2:]],
                _DiesAfterOneBatch(),
                groups_per_task=2,
                report=reported.append,
            )
        assert store.articles_count() == 2
    assert [(failure.where, failure.problem) for failure in reported] == [
        ("bad.txt", "article is empty")
    ]


def test_one_article_the_store_refuses_loses_only_itself(tmp_path, monkeypatch) -> None:
    store_helpers.stand_in_for_extraction(monkeypatch, lambda article: [])
    articles = [
        store_helpers.article(f"story-{n}", f"Story number {n} about the talks.", None)
        for n in range(4)
    ]
    real_add = Store.add

    def refuses_story_2(self, results):
        results = list(results)
        if any(result.article.doc_id == "story-2" for result in results):
            raise StoreError("cannot write to the store at test: DataError: refused")
        return real_add(self, results)

    monkeypatch.setattr(Store, "add", refuses_story_2)
    from detente.scale import open_runner

    with Store(str(tmp_path / "events.db")) as store:
        done = ingest_scaled(store, articles, open_runner())
        assert store.articles_count() == 3
    assert [failure.where for failure in done.summary.failures] == ["story-2.txt"]
