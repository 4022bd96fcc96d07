"""How much input a reading command got: none is a warning naming the folder and the
formats looked for, and a non-zero exit (issue 13, item 9); too little for workers to
pay for their start-up is ingested in this process, which says so (item 14)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import detente.scale as scale
import store_helpers
from detente.cli import app, commands
from detente.model import Article
from detente.store import IngestSummary


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_a_folder_without_articles_is_a_warning_and_a_failure(command, tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    args = [command, str(folder)]
    if command == "ingest":
        args += ["--db", str(tmp_path / "events.db")]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert f"warning: no readable articles in {folder} (looked for .txt .jsonl" in result.stderr
    assert ".warc, or any of them .gz)" in result.stderr
    assert not (tmp_path / "events.db").exists()  # nothing read, nothing made


def test_unreadable_files_alone_are_reported_and_make_no_store(tmp_path):
    (tmp_path / "blank.txt").write_text("   \n")
    db = tmp_path / "events.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "blank.txt"), "--db", str(db)])
    assert result.exit_code == 1
    assert "blank.txt" in result.stderr and "1 failed" in result.stdout
    assert not db.exists()


SMALL_TEXT = "date 2024-06-01\nThe ministry summoned the envoy of Ruritania on Friday.\n"


def _fake_workers(calls):
    def ingest_with(store, articles, workers, dask, progress=None, report=None):
        calls.append(sum(isinstance(item, Article) for item in articles))
        return IngestSummary(articles_new=calls[-1])

    return ingest_with


def test_a_small_input_is_ingested_in_this_process_and_says_so(tmp_path, monkeypatch):
    store_helpers.stand_in_for_extraction(monkeypatch, lambda article: [])
    calls: list[int] = []
    monkeypatch.setattr(scale, "ingest_with", _fake_workers(calls))
    (tmp_path / "one.txt").write_text(SMALL_TEXT)
    args = ["ingest", str(tmp_path / "one.txt"), "--db", str(tmp_path / "e.db"), "--workers", "2"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert calls == []
    assert "extracting in this process" in result.stderr
    assert "articles: 1 new" in result.stdout


def test_an_input_of_the_crossover_size_goes_to_the_workers_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(commands, "SMALL_INPUT", 2)
    calls: list[int] = []
    monkeypatch.setattr(scale, "ingest_with", _fake_workers(calls))
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(SMALL_TEXT.replace("Friday", name))
    args = ["ingest", str(tmp_path), "--db", str(tmp_path / "e.db"), "--workers", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert calls == [3] and "this process" not in result.stderr
