"""A read command on a SQLite file that does not exist (issue 13, item 8).

It says there is no store there and exits 2, and creates nothing: only
``detente ingest`` makes a store.  ``ingest`` itself checks its ``--db`` before it
reads any input, so a bad URL is what it reports, not an empty input.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from detente.cli import app

READ_COMMANDS = [
    ["events"],
    ["status", "BLR", "FRA"],
    ["timeline", "BLR"],
    ["export", "--format", "jsonl"],
    ["serve", "--port", "1"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_read_command_on_a_missing_file_says_so_and_creates_nothing(
    command, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [*command, "--db", "typo.db"])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == "error: no store at typo.db (create one with detente ingest)"
    assert list(tmp_path.iterdir()) == []


def test_the_default_store_is_not_created_by_a_read_command(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DETENTE_DB", raising=False)
    result = CliRunner().invoke(app, ["events"])
    assert result.exit_code == 2
    assert "no store at detente.db" in result.stderr
    assert not (tmp_path / "detente.db").exists()


@pytest.mark.parametrize(
    ("db", "said"),
    [
        ("nosuch://host/db", "cannot open the store at nosuch://..."),
        ("postgresql+nodriver://u@h/d", "NoSuchModuleError"),
        ("missing/folder/x.db", "no folder missing/folder"),
        ("sqlite://", "keeps nothing once the command ends"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open the store at"),
    ],
)
@pytest.mark.parametrize("given", ["", "not an article: \x00"], ids=["empty", "unreadable"])
def test_ingest_names_a_bad_store_before_reading_any_input(db, said, given, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.txt").write_text(given)
    result = CliRunner().invoke(app, ["ingest", "in.txt", "--db", db])
    assert result.exit_code == 2, result.output
    assert said in result.stderr
    assert "in.txt" not in result.output  # the input was never read
    assert [p.name for p in tmp_path.iterdir()] == ["in.txt"]


def test_ingest_of_an_empty_input_still_makes_no_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.txt").write_text("")
    result = CliRunner().invoke(app, ["ingest", "in.txt", "--db", "new.db"])
    assert result.exit_code == 1
    assert "no readable articles in in.txt" in result.stderr
    assert not (tmp_path / "new.db").exists()
