"""Exports: one Parquet schema, persons as lists, GDELT's own columns, filters as in `events`."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pyarrow.dataset as ds
import pyarrow.parquet as pq
from typer.testing import CliRunner

from detente.cli import app
from detente.model import EventDate
from detente.store import Store
from detente.store.export import GDELT_COLUMNS
from detente.store.records import ArticleResult
from store_helpers import article, event_in

EXPULSION = "Oslo expelled Moscow's ambassador, Ivan Petrov, on Monday."
CREDENTIALS = "The envoy of Chile presented his credentials to the president of Bolivia."


def _expulsion_store(url):
    store = Store(url)
    story = article("oslo", f"{EXPULSION}\n", date(2024, 3, 12))
    store.add(
        [
            ArticleResult(
                story,
                (
                    event_in(
                        story, "EXPEL_DIPLOMAT", "NOR", "RUS", EXPULSION,
                        EventDate("2024-03-11", "day"), persons=("Ivan Petrov",),
                    ),
                ),
            )
        ]
    )  # fmt: skip
    return store


def _credentials_store(url):
    # Other data: no persons, no PLOVER mode, a month date, no URL.
    store = Store(url)
    story = article("lapaz", f"{CREDENTIALS}\n", date(2024, 5, 6))
    event = event_in(
        story, "PRESENT_CREDENTIALS", "CHL", "BOL", CREDENTIALS, EventDate("2024-05", "month")
    )
    store.add([ArticleResult(story, (event,))])
    return store


def test_parquet_exports_of_different_data_read_as_one_dataset(tmp_path):
    first, second, empty = (tmp_path / f"{n}.parquet" for n in ("a", "b", "c"))
    with _expulsion_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        store.export("parquet", first)
    with _credentials_store(f"sqlite:///{tmp_path / 'b.db'}") as store:
        store.export("parquet", second)
        store.export("parquet", empty, type="SEVER_RELATIONS")
    assert pq.read_schema(first) == pq.read_schema(second) == pq.read_schema(empty)
    table = ds.dataset([str(first), str(second), str(empty)], format="parquet").to_table()
    rows = sorted(table.to_pylist(), key=lambda row: row["type"])
    assert [(r["type"], r["persons"], r["date_start"]) for r in rows] == [
        ("EXPEL_DIPLOMAT", ["Ivan Petrov"], date(2024, 3, 11)),
        ("PRESENT_CREDENTIALS", [], date(2024, 5, 1)),
    ]
    assert rows[1]["source_name"] == "Chile"


def test_persons_are_lists_where_the_format_has_lists(tmp_path):
    with _expulsion_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        for fmt in ("jsonl", "plover"):
            out = io.StringIO()
            store.export(fmt, out)
            assert json.loads(out.getvalue())["persons"] == ["Ivan Petrov"]
        out = io.StringIO()
        store.export("csv", out)
        [row] = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["persons"] == "Ivan Petrov"
    assert (row["source"], row["source_name"], row["target"], row["target_name"]) == (
        "NOR",
        "Norway",
        "RUS",
        "Russia",  # the name the CLI and the pages show
    )


def test_gdelt_export_has_the_gdelt_2_event_table_columns_in_order(tmp_path):
    with _credentials_store(f"sqlite:///{tmp_path / 'b.db'}") as store:
        out = io.StringIO()
        store.export("gdelt", out)
    header, line = out.getvalue().splitlines()
    assert header.split("\t") == list(GDELT_COLUMNS)
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == (
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code",
    )  # fmt: skip
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    row = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
    assert (row["SQLDATE"], row["Actor1Code"], row["Actor1CountryCode"], row["Actor2Name"]) == (
        "20240501",
        "CHLGOV",
        "CHL",
        "BOLIVIA",
    )
    assert (row["EventCode"], row["QuadClass"], row["DATEADDED"]) == ("050", "1", "20240506000000")


def test_export_takes_the_filters_of_events(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with _expulsion_store(url) as store:
        out = io.StringIO()
        assert store.export("jsonl", out, type="PRESENT_CREDENTIALS") == 0
        assert store.export("jsonl", io.StringIO(), actor="RUS", since=date(2024, 3, 1)) == 1
    runner = CliRunner()
    kept = runner.invoke(app, ["export", "--format", "jsonl", "--db", url, "--actor", "NOR"])
    assert kept.exit_code == 0, kept.output
    assert len(kept.stdout.splitlines()) == 1
    none = runner.invoke(app, ["export", "--format", "csv", "--db", url, "--until", "2024-03-01"])
    assert none.exit_code == 0, none.output
    assert none.stdout.splitlines()[1:] == []
