"""A read command on a SQLite file that does not exist (issue 13, item 8).

It says there is no store there and exits 2, and creates nothing: only
``detente ingest`` makes a store.
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
