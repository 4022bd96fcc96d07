"""Filters and options of the store's commands (issue 13, item 5).

Type names in any case and without their suffix, unknown values as errors that
list the valid ones, denials found by ``--modality negated``, and help text on
every option of every command with no typer type labels.
"""

from __future__ import annotations

import inspect
import json
from datetime import date

import pytest
from typer.testing import CliRunner

import store_helpers
from detente.cli import app
from detente.cli.commands import events, export
from detente.cli.filters import FILTER_OPTIONS
from detente.errors import UnknownFilterError
from detente.model import EVENT_TYPES, EventDate
from detente.store import ArticleResult, Store

article, event_in = store_helpers.article, store_helpers.event_in
store_url = store_helpers.store_url

WARNING_TEXT = (
    "date 2024-05-02\nArcadia expelled two diplomats of Lyonesse on Tuesday.\n"
    "Arcadia denied that it was recalling its ambassador from Lyonesse.\n"
)


def _extract(item):
    return [
        event_in(
            item,
            "EXPEL_DIPLOMAT",
            "ARC",
            "LYO",
            "Arcadia expelled two diplomats of Lyonesse on Tuesday",
            EventDate("2024-04-30", "day"),
        ),
        event_in(
            item,
            "RECALL_DIPLOMAT",
            "ARC",
            "LYO",
            "Arcadia denied that it was recalling its ambassador from Lyonesse",
            EventDate("2024-05", "month"),
            modality="negated",
        ),
    ]


@pytest.fixture
def db(tmp_path, monkeypatch):
    store_helpers.stand_in_for_extraction(monkeypatch, _extract)
    (tmp_path / "warning.txt").write_text(WARNING_TEXT)
    path = str(tmp_path / "filters.db")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "warning.txt"), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def _events_jsonl(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["events", *args, "--format", "jsonl", "--db", db])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("typed", ["expel", "Expel_diplomat", "EXPEL_DIPLOMAT", "expel-diplomat"])
def test_a_type_is_named_in_any_case_with_or_without_its_suffix(db, typed):
    found = _events_jsonl(db, "--type", typed)
    assert [e["type"] for e in found] == ["EXPEL_DIPLOMAT"]


@pytest.mark.parametrize(
    ("option", "typed", "listed"),
    [("--type", "expell", "EXPEL_DIPLOMAT"), ("--modality", "denied", "negated")],
)
@pytest.mark.parametrize("command", ["events", "export"])
def test_an_unknown_type_or_modality_is_an_error_listing_the_valid_ones(
    db, command, option, typed, listed
):
    extra = ["--format", "jsonl"] if command == "export" else []
    result = CliRunner().invoke(app, [command, option, typed, *extra, "--db", db])
    assert result.exit_code == 2
    assert f"{typed!r}" in result.stderr and listed in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "found"),
    [
        (["--source", "ARC"], 1),
        (["--source", "LYO"], 0),
        (["--target", "LYO"], 1),
        (["--target", "ARC"], 0),
        (["--after", "0"], 1),
        (["--after", "1"], 0),
        (["--after-id", "1"], 0),
    ],
)
def test_events_take_the_api_filter_names(db, args, found):
    assert len(_events_jsonl(db, *args)) == found


def test_export_takes_source_and_target(db):
    def exported(*args: str) -> list[str]:
        result = CliRunner().invoke(app, ["export", "--format", "jsonl", *args, "--db", db])
        assert result.exit_code == 0, result.output
        return result.stdout.splitlines()

    assert len(exported("--source", "ARC")) == 1
    assert exported("--source", "ARC", "--target", "ARC") == []


def test_negated_finds_the_denials(db):
    found = _events_jsonl(db, "--modality", "negated")
    assert [(e["type"], e["modality"], e["id"]) for e in found] == [
        ("RECALL_DIPLOMAT", "negated", None)
    ]
    assert "denied" in found[0]["evidence"]
    both = _events_jsonl(db, "--modality", "asserted", "--modality", "Negated")
    assert [e["modality"] for e in both] == ["asserted", "negated"]
    assert _events_jsonl(db) == _events_jsonl(db, "--modality", "asserted")  # events only


def test_denials_take_the_other_filters(store_url):
    source = article("warning", WARNING_TEXT, date(2024, 5, 2))
    with Store(store_url) as store:
        store.add([ArticleResult(source, tuple(_extract(source)))])
        assert len(store.events(modality="negated", actor="LYO", type="recall")) == 1
        assert store.events(modality="negated", type="expel") == []
        assert store.events(modality="negated", q="RECALLING")[0].report_id is not None
        assert store.events(modality="negated", until=date(2024, 4, 30)) == []
        assert len(store.events(modality="negated", since=date(2024, 5, 31))) == 1
        first = store.events(modality="negated")[0]
        assert store.events(modality="negated", after=first.cursor) == []


def test_the_store_refuses_unknown_values_naming_the_valid_ones(store_url):
    with Store(store_url) as store:
        with pytest.raises(UnknownFilterError) as refused:
            store.events(type="EXPELL")
        assert store.events(type="expel") == []
        with pytest.raises(UnknownFilterError, match="asserted, reported, planned, negated"):
            store.events(modality="certain")
    assert refused.value.valid == EVENT_TYPES
    assert "'EXPELL'; expected one of EXPEL_DIPLOMAT, RECALL_DIPLOMAT" in str(refused.value)


def _commands():
    from typer.main import get_command

    group = get_command(app)
    return [(name, command) for name, command in group.commands.items()]


@pytest.mark.parametrize(("name", "command"), _commands(), ids=lambda x: getattr(x, "name", x))
def test_every_option_has_help_and_no_type_label(name, command):
    undocumented = [p.name for p in command.params if not getattr(p, "help", None)]
    assert undocumented == []
    result = CliRunner().invoke(app, [name, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for label in ("<bool>", "<str>", "<int", "<list", "<path>", "{"):
        assert label not in result.output, (label, result.output)


def test_the_api_lists_denials_a_page_at_a_time(db):
    from fastapi.testclient import TestClient

    from detente.api import create_app

    with Store(db) as store, TestClient(create_app(store)) as client:
        page = client.get("/api/events", params={"modality": "negated", "limit": 1}).json()
        assert [e["type"] for e in page["events"]] == ["RECALL_DIPLOMAT"]
        assert page["events"][0]["report_id"] is not None
        streamed = client.get("/api/events", params={"modality": "negated", "format": "ndjson"})
        assert streamed.status_code == 200 and "RECALL_DIPLOMAT" in streamed.text
        named = client.get("/api/events", params={"modality": "Negated", "type": "recall"})
        assert [e["evidence"] for e in named.json()["events"]] == [
            "Arcadia denied that it was recalling its ambassador from Lyonesse"
        ]


def test_events_and_export_take_every_filter_from_one_declaration():
    for command in (events, export):
        parameters = inspect.signature(command).parameters
        assert "filters" not in parameters
        for name, option, _ in FILTER_OPTIONS:
            assert parameters[name].annotation is option


def test_a_filter_reaches_the_store_under_its_store_name(db):
    # --dyad is Store.events(pair=...), --type is type=...: the mapping does the renaming.
    assert len(_events_jsonl(db, "--dyad", "LYO", "ARC", "--type", "expel")) == 1
    assert _events_jsonl(db, "--dyad", "LYO", "ARC", "--type", "recall") == []
