"""Inputs that hold no article (issue 13, item 9): a warning naming the folder and
the formats looked for, and a non-zero exit, from ``ingest`` and ``extract``."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from detente.cli import app


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
