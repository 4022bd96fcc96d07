"""``detente extract`` and ``detente --version`` through typer's CliRunner.

The first tests run the real pipeline; the rest put a stand-in extractor in
its place to pin down what the command layer itself does with bad files,
dates and output formats.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import detente.nlp.pipeline
from detente import __version__
from detente.cli import app
from detente.cli.main import UNDATED_WARNING
from detente.model import Article, Event
from handmade import system_event

runner = CliRunner()

OSLO = "date 2024-03-12\nNorway expelled three Russian diplomats on Monday, the ministry said.\n"
JSONL_FIELDS = {
    "doc", "type", "source", "target", "date", "date_precision", "modality", "persons",
    "evidence", "start", "end", "confidence", "cameo", "goldstein", "plover",
}  # fmt: skip


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"detente {__version__}\n"


# --- the real pipeline ----------------------------------------------------------------------


def test_extract_prints_one_jsonl_event_with_every_field(tmp_path: Path) -> None:
    path = write(tmp_path, "oslo.txt", OSLO)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert set(record) >= JSONL_FIELDS
    assert (record["doc"], record["type"], record["source"], record["target"]) == (
        "oslo", "EXPEL_DIPLOMAT", "NOR", "RUS",
    )  # fmt: skip
    assert (record["date"], record["date_precision"], record["modality"]) == (
        "2024-03-11", "day", "asserted",
    )  # fmt: skip
    # Offsets index the file as given, date header included.
    assert OSLO[record["start"] : record["end"]] == record["evidence"]
    assert "Norway expelled three Russian diplomats" in record["evidence"]


def test_published_option_resolves_relative_dates(tmp_path: Path) -> None:
    path = write(tmp_path, "oslo.txt", OSLO.split("\n", 1)[1])
    result = runner.invoke(app, ["extract", str(path), "--published", "2024-05-08"])
    assert result.exit_code == 0, result.stderr
    [record] = jsonl(result.stdout)
    # 2024-05-08 is a Wednesday: "on Monday" is the 6th.
    assert (record["date"], record["date_precision"]) == ("2024-05-06", "day")
    assert result.stderr == ""


def write_bad_files(folder: Path) -> list[str]:
    """A binary file, a malformed header and an empty file; the errors each must give."""
    write(folder, "a-binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(folder, "b-header.txt", "date 2024-13-40\nNorway expelled a Russian diplomat.\n")
    write(folder, "c-empty.txt", "")
    write(folder, "notes.md", "not an article: ignored, only *.txt are read")
    return [
        f"error: {folder / 'a-binary.txt'}: looks binary (NUL bytes), not a text article",
        f"error: {folder / 'b-header.txt'}: malformed date header '2024-13-40': "
        "month must be in 1..12",
        f"error: {folder / 'c-empty.txt'}: article is empty",
    ]


def test_bad_files_in_a_folder_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    errors = write_bad_files(tmp_path)
    write(tmp_path, "d-oslo.txt", OSLO)
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == errors
    assert [(r["doc"], r["type"]) for r in jsonl(result.stdout)] == [("d-oslo", "EXPEL_DIPLOMAT")]


# --- the command layer, with a stand-in extractor ----------------------------------------------


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    """Replace the pipeline by one that records each article and reports one event for it."""
    articles: list[Article] = []

    def stand_in(article: Article) -> list[Event]:
        articles.append(article)
        if "crash" in article.doc_id:
            raise RuntimeError("parser fell over")
        day = article.published.isoformat() if article.published else None
        return [system_event("RECALL_DIPLOMAT", "DZA", "FRA", day, doc="ignored")]

    monkeypatch.setattr(detente.nlp.pipeline, "extract_article", stand_in)
    return articles


def test_jsonl_names_each_event_after_its_file(tmp_path: Path, seen: list[Article]) -> None:
    write(tmp_path, "algiers.txt", "date 2024-03-12\nAlgeria recalled its ambassador.\n")
    result = runner.invoke(app, ["extract", str(tmp_path / "algiers.txt")])
    assert result.exit_code == 0
    assert jsonl(result.stdout) == [
        {
            "doc": "algiers",
            "type": "RECALL_DIPLOMAT",
            "source": "DZA",
            "target": "FRA",
            "date": "2024-03-12",
            "date_precision": "day",
            "modality": "asserted",
            "persons": [],
            "evidence": "",
            "start": 0,
            "end": 0,
            "confidence": 0.9,
            "cameo": "",
            "goldstein": 0.0,
            "plover": "",
            "plover_mode": None,
            "mentions": [],
            "details": {},
        }
    ]


def test_bad_files_are_reported_before_extraction(tmp_path: Path, seen: list[Article]) -> None:
    errors = write_bad_files(tmp_path)
    write(tmp_path, "d-algiers.txt", "date 2024-03-12\nAlgeria recalled its ambassador.\n")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == errors
    assert [article.doc_id for article in seen] == ["d-algiers"]
    assert [record["doc"] for record in jsonl(result.stdout)] == ["d-algiers"]


def test_published_overrides_the_header(tmp_path: Path, seen: list[Article]) -> None:
    write(tmp_path, "algiers.txt", "date 2024-03-12\nAlgeria recalled its ambassador.\n")
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "2023-01-31"])
    assert result.exit_code == 0
    assert [(a.published, a.published_from) for a in seen] == [(date(2023, 1, 31), "override")]


@pytest.mark.parametrize("value", ["2024-02-30", "31/01/2023", "2023-1-31", "yesterday"])
def test_malformed_published_is_a_usage_error(
    tmp_path: Path, seen: list[Article], value: str
) -> None:
    write(tmp_path, "algiers.txt", "Algeria recalled its ambassador.\n")
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", value])
    assert result.exit_code == 2
    assert "Invalid value for '--published'" in result.stderr
    assert f"'{value}' is not a date" in result.stderr
    assert result.stderr.count("YYYY-MM-DD") == (0 if value == "2024-02-30" else 1)  # not twice
    assert seen == []


def test_unknown_publication_date_is_warned_about(tmp_path: Path, seen: list[Article]) -> None:
    path = write(tmp_path, "algiers.txt", "Algeria recalled its ambassador on Sunday.\n")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert result.stderr == f"warning: {path}: {UNDATED_WARNING}\n"
    assert UNDATED_WARNING == (
        "publication date unknown: relative dates left unresolved; pass --published"
    )
    assert [record["date"] for record in jsonl(result.stdout)] == [None]


def test_a_crash_on_one_article_does_not_stop_the_batch(
    tmp_path: Path, seen: list[Article]
) -> None:
    write(tmp_path, "a-crash.txt", "date 2024-03-12\nSomething the parser cannot take.\n")
    write(tmp_path, "b-algiers.txt", "date 2024-03-12\nAlgeria recalled its ambassador.\n")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {tmp_path / 'a-crash.txt'}: extraction failed: RuntimeError: parser fell over\n"
    )
    assert [record["doc"] for record in jsonl(result.stdout)] == ["b-algiers"]


def test_missing_file_is_reported_and_the_rest_processed(
    tmp_path: Path, seen: list[Article]
) -> None:
    path = write(tmp_path, "algiers.txt", "date 2024-03-12\nAlgeria recalled its ambassador.\n")
    missing = tmp_path / "nowhere.txt"
    result = runner.invoke(app, ["extract", str(missing), str(path)])
    assert result.exit_code == 1
    # The wording of the problem is ingest's; the command's part is naming the file.
    assert result.stderr.startswith(f"error: {missing}: ")
    assert "no such file" in result.stderr.lower()
    assert len(result.stderr.splitlines()) == 1
    assert [record["doc"] for record in jsonl(result.stdout)] == ["algiers"]


def test_table_format_shows_each_event(tmp_path: Path, seen: list[Article]) -> None:
    write(tmp_path, "algiers.txt", "date 2024-03-12\nAlgeria recalled its ambassador.\n")
    write(tmp_path, "paris.txt", "date 2024-03-13\nAlgeria recalled its envoy.\n")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "table"],
                           env={"COLUMNS": "160"})  # fmt: skip
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].strip() == "events (2)"
    rows = [line.split("│")[1:-1] for line in lines if "RECALL_DIPLOMAT" in line]
    assert [[cell.strip() for cell in row][:6] for row in rows] == [
        ["algiers", "RECALL_DIPLOMAT", "DZA", "FRA", "2024-03-12", "asserted"],
        ["paris", "RECALL_DIPLOMAT", "DZA", "FRA", "2024-03-13", "asserted"],
    ]


def test_unknown_format_is_a_usage_error(tmp_path: Path, seen: list[Article]) -> None:
    write(tmp_path, "algiers.txt", "date 2024-03-12\nAlgeria recalled its ambassador.\n")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr
    assert seen == []
