"""What the store's commands print in an 80-column terminal (issue 13, item 7).

Evidence is cut with an ellipsis instead of folded a word a line, countries go
by their short names, quoted evidence is not quoted twice, and a level of
representation is a word.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import store_helpers
from detente.cli import app
from detente.model import EventDate

event_in = store_helpers.event_in

QUOTED = (
    '"We welcome the new ambassador of Bolivia and look forward to working with him," '
    "the Argentine foreign ministry said after he presented his credentials to the "
    "president in Buenos Aires on Monday morning, ending a vacancy of many months"
)
LONG = (
    "Bolivia expelled the Argentine ambassador on Friday after weeks of disputes over "
    "the border crossing, the river water treaty, the gas pipeline contract and the "
    "remarks of officials in both capitals about the election held last year"
)
TEXT = f"date 2024-03-20\n{QUOTED}.\n{LONG}.\n"


def _extract(item):
    return [
        event_in(item, "PRESENT_CREDENTIALS", "BOL", "ARG", QUOTED, EventDate("2024-03-04", "day")),
        event_in(item, "EXPEL_DIPLOMAT", "BOL", "ARG", LONG, EventDate("2024-03-15", "day")),
    ]


@pytest.fixture
def db(tmp_path, monkeypatch):
    store_helpers.stand_in_for_extraction(monkeypatch, _extract)
    (tmp_path / "andes.txt").write_text(TEXT)
    path = str(tmp_path / "andes.db")
    assert CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", path]).exit_code == 0
    return path


def _at_80(db: str, *args: str) -> list[str]:
    result = CliRunner().invoke(app, [*args, "--db", db], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize("command", [["events"], ["timeline", "Bolivia", "Argentina"]])
def test_evidence_is_cut_not_folded_at_80_columns(db, command):
    lines = _at_80(db, *command)
    assert all(len(line) <= 80 for line in lines)
    assert len(lines) <= 30  # folded a word a line it took over a hundred
    assert any(line.rstrip().endswith("…") or "… [" in line for line in lines)
    assert not [line for line in lines if len(line.split()) == 1 and "│" in line]


def test_a_wide_terminal_gets_a_table_of_one_line_rows(db):
    result = CliRunner().invoke(app, ["events", "--db", db], env={"COLUMNS": "160"})
    rows = [line for line in result.stdout.splitlines() if "EXPEL_DIPLOMAT" in line]
    assert len(rows) == 1 and rows[0].rstrip().endswith("…  │".replace("  ", " "))


def test_quoted_evidence_is_quoted_once(db):
    printed = "\n".join(_at_80(db, "status", "BOL", "ARG") + _at_80(db, "events"))
    assert '"We welcome' in printed
    for doubled in ('""', '“"', '"“'):
        assert doubled not in printed


def test_short_country_names_and_the_level_in_words(db):
    lines = _at_80(db, "status", "BOL", "ARG")
    assert "ARG->BOL: Argentina's head of mission in Bolivia" in lines
    assert "BOL->ARG: Bolivia's head of mission in Argentina" in lines
    assert any(line.startswith("  level: ambassador") for line in lines)
    assert not any(line.startswith("  level: 3") for line in lines)
