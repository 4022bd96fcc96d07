"""Hostile inputs: each crasher is reported with its name, every good article beside it is stored.

The corpus is generated (tests/hostile_corpus.py); extraction is the real pipeline.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from detente.cli import app
from detente.ingest import iter_articles
from hostile_corpus import GOOD_STORIES, write_hostile_corpus
from store_helpers import store_url  # noqa: F401 - the fixture

runner = CliRunner()


def test_the_hostile_corpus_stores_every_good_article(
    tmp_path: Path,
    store_url: str,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    write_hostile_corpus(tmp_path / "corpus")
    result = runner.invoke(app, ["ingest", str(tmp_path / "corpus"), "--db", store_url])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.stderr
    assert "Traceback" not in result.stderr
    engine = sa.create_engine(store_url)
    with engine.connect() as connection:
        sources = set(connection.execute(sa.text("SELECT source FROM events")).scalars())
    engine.dispose()
    assert {state for _, state in GOOD_STORIES.values()} <= sources
    assert "deep_nesting.jsonl:1: malformed JSON: nested too deeply" in result.stderr
    assert "svg_only.html: cannot read: AssertionError" in result.stderr
    assert "feed_truncated.xml: feed is not well-formed XML" in caplog.text


def test_text_is_made_safe_once_at_the_edge(tmp_path: Path) -> None:
    write_hostile_corpus(tmp_path)
    articles = {a.doc_id: a for a in iter_articles([tmp_path]) if hasattr(a, "doc_id")}
    surrogate = articles["lone_surrogate.jsonl:1"]
    assert "\ufffd" in surrogate.text and surrogate.title == "A \ufffd title"
    assert articles["lone_surrogate.jsonl:2"].text.endswith("\ufffd")  # the NUL
    assert "good_expel_\\xff" in articles  # a name that is not UTF-8, kept as bytes-safe text
    utf16 = articles["good_summon_utf16"].text  # UTF-16 with a BOM
    assert utf16.lstrip().startswith("Japan summoned")
    assert articles["feed_atom_year0.atom#1"].published is None  # year 0: no date, not a crash


def test_a_fifo_is_skipped_with_its_reason_and_stdin_still_reads(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (found,) = iter_articles([fifo])
    assert found.problem.startswith("not a regular file")
    result = runner.invoke(
        app, ["extract", "-"], input="date 2023-03-14\nPoland expelled the Belarusian ambassador."
    )
    assert result.exit_code == 0 and '"EXPEL_DIPLOMAT"' in result.stdout


def test_a_symlink_loop_and_an_unreadable_folder_are_named_as_such(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    (error,) = iter_articles([loop])
    assert "symbolic links" in error.problem
    if os.geteuid() == 0:
        pytest.skip("root reads any folder")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        (error,) = iter_articles([locked / "story.txt"])
        assert "Permission denied" in error.problem
    finally:
        locked.chmod(0o700)
