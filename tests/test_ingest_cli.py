"""The reading options of ``detente extract``: --input-format, --field, skipped languages.

A stand-in extractor takes the pipeline's place: these tests pin down what reaches it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import store_helpers
from detente.cli import app
from detente.model import Article, Event, EventDate
from ingest_fixtures import FIXTURES
from test_ingest_language import FRENCH

runner = CliRunner()


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    """Replace the pipeline by one that records each article and reports one event for it."""
    articles: list[Article] = []

    def stand_in(article: Article) -> list[Event]:
        articles.append(article)
        return [
            Event(
                article.doc_id,
                "RECALL_DIPLOMAT",
                "FRA",
                "DZA",
                EventDate(),
                "asserted",
                (),
                article.text[:10],
                0,
                10,
                0.8,
                "1053",
                -2.0,
                "REDUCE",
                None,
            )
        ]

    store_helpers.stand_in_for_extraction(monkeypatch, stand_in)
    return articles


def plain(stderr: str) -> str:
    """Usage errors come in a rich box: its borders and line wrapping removed."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", stderr).split())


def docs(stdout: str) -> list[str]:
    return [json.loads(line)["doc"] for line in stdout.splitlines() if line.strip()]


def test_input_format_and_field_map_reach_the_reader(tmp_path: Path, seen: list[Article]) -> None:
    dump = tmp_path / "export.data"
    dump.write_text((FIXTURES / "nested_dump.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "extract",
            "--input-format",
            "jsonl",
            "--field",
            "text=body",
            "--field",
            "published=meta.date",
            str(dump),
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert docs(result.stdout) == ["export.data:1"]
    assert [(a.published.isoformat(), a.published_from) for a in seen] == [
        ("2022-09-30", "metadata")
    ]


def test_every_format_by_extension_in_one_run(seen: list[Article]) -> None:
    result = runner.invoke(
        app, ["extract", str(FIXTURES / "embassy_page.html"), str(FIXTURES / "world_feed.xml")]
    )
    assert result.exit_code == 0, result.stderr
    assert docs(result.stdout) == [
        "embassy_page",
        "world_feed.xml#1",
        "world_feed.xml#2",
        "world_feed.xml#3",
    ]


def test_bad_lines_fail_the_run_but_not_the_batch(seen: list[Article]) -> None:
    result = runner.invoke(app, ["extract", str(FIXTURES / "wire_dump.jsonl")])
    assert result.exit_code == 1
    assert docs(result.stdout) == ["wire-001", "wire_dump.jsonl:2", "wire_dump.jsonl:6"]
    assert f"error: {FIXTURES / 'wire_dump.jsonl'}:3: malformed JSON" in result.stderr


def test_skipped_languages_are_noted(tmp_path: Path, seen: list[Article]) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text("date 2024-01-02\nFrance recalled its envoy.", "utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert docs(result.stdout) == ["en"]
    assert "note: 1 skipped as not English (fr 1)" in result.stderr


def test_bad_field_map_and_unknown_format_are_usage_errors(seen: list[Article]) -> None:
    bad_field = runner.invoke(app, ["extract", "--field", "body", str(FIXTURES)])
    assert bad_field.exit_code == 2
    assert "'body' is not of the form FIELD=NAME" in plain(bad_field.stderr)
    bad_format = runner.invoke(app, ["extract", "--input-format", "pdf", str(FIXTURES)])
    assert bad_format.exit_code == 2
    assert seen == []


# --- detente ingest -------------------------------------------------------------------------


def ingest(*args: str, db: Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["ingest", *args, "--db", str(db)], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def test_ingest_reports_articles_skipped_as_not_english(tmp_path: Path, seen: list[Article]):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text("date 2024-01-02\nFrance recalled its envoy.", "utf-8")
    code, stdout, _ = ingest(str(tmp_path), db=tmp_path / "events.db")
    assert code == 0
    assert stdout == (
        "articles: 1 new, 0 already known, 0 failed; events: 1 new, 0 merged into known events "
        "(1 mentions, 0 denials); 1 skipped as not English (fr 1)\n"
    )
    assert [a.doc_id for a in seen] == ["en"]


def test_ingest_format_and_field_map(tmp_path: Path, seen: list[Article]) -> None:
    dump = tmp_path / "export.data"
    dump.write_text((FIXTURES / "nested_dump.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    code, stdout, stderr = ingest(
        "--format",
        "jsonl",
        "--field",
        "text=body",
        "--field",
        "outlet=meta.site",
        str(dump),
        db=tmp_path / "events.db",
    )
    assert code == 0, stderr
    assert stdout.startswith("articles: 1 new, 0 already known, 0 failed;")
    assert [(a.doc_id, a.outlet) for a in seen] == [("export.data:1", "Northern Herald")]
    bad = runner.invoke(
        app, ["ingest", "--field", "txt=body", str(dump), "--db", str(tmp_path / "events.db")]
    )
    assert bad.exit_code == 2
    assert "unknown article field 'txt' in field map" in plain(bad.stderr)
