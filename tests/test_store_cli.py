"""The store's commands end to end: ingest, events, status, timeline, export.

Most tests stand a hand-written extractor in for the NLP pipeline so that
they test the commands, not extraction.  The seed tests at the end run the
real pipeline on the seed articles: they are the issue's must-show cases.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import store_helpers
from detente.cli import app
from detente.model import EventDate
from detente.store import Store

article, event_in = store_helpers.article, store_helpers.event_in
store_url = store_helpers.store_url  # the fixture: a SQLite file, then a PostgreSQL schema

SEEDS = Path(os.environ.get("DETENTE_SEEDS", "/work/shared/seeds"))

EXPEL_TEXT = (
    "date 2023-03-07\nMoravia expelled the ambassador of Silesia on Monday.\n"
    "Brno said it did not mean it was breaking off relations with Silesia.\n"
)
RETOLD_TEXT = "date 2023-03-20\nSilesia's envoy was ordered out of Moravia earlier this month.\n"
CREDENTIALS_TEXT = (
    "date 2024-02-01\nLooking back: the Silesian envoy presented his "
    "credentials to the Moravian president in May 2021.\n"
)


def fake_extract(item):
    """Events for the three hand-written articles, as the pipeline would report them."""
    if "expelled the ambassador" in item.text:
        return [
            event_in(
                item,
                "EXPEL_DIPLOMAT",
                "MOR",
                "SIL",
                "Moravia expelled the ambassador of Silesia on Monday",
                EventDate("2023-03-06", "day"),
            ),
            event_in(
                item,
                "SEVER_RELATIONS",
                "MOR",
                "SIL",
                "it did not mean it was breaking off relations with Silesia",
                EventDate("2023-03-07", "day"),
                modality="negated",
            ),
        ]
    if "ordered out" in item.text:
        return [
            event_in(
                item,
                "EXPEL_DIPLOMAT",
                "MOR",
                "SIL",
                "Silesia's envoy was ordered out of Moravia earlier this month",
                EventDate("2023-03", "month"),
            )
        ]
    if "credentials" in item.text:
        return [
            event_in(
                item,
                "PRESENT_CREDENTIALS",
                "SIL",
                "MOR",
                "the Silesian envoy presented his credentials to the Moravian "
                "president in May 2021",
                EventDate("2021-05", "month"),
            )
        ]
    raise ValueError("unexpected article")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    store_helpers.stand_in_for_extraction(monkeypatch, fake_extract)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "expel.txt").write_text(EXPEL_TEXT)
    (folder / "retold.txt").write_text(RETOLD_TEXT)
    return folder


def run(*args: str, db: str) -> str:
    result = CliRunner().invoke(app, [*args, "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_twice_then_a_late_article(corpus, store_url, tmp_path):
    first = run("ingest", str(corpus), db=store_url)
    assert first == (
        "articles: 2 new, 0 already known, 0 failed; events: 1 new, 1 merged into "
        "known events (3 mentions, 1 denials)\n"
    )
    again = run("ingest", str(corpus), db=store_url)
    assert again == (
        "articles: 0 new, 2 already known, 0 failed; events: 0 new, 0 merged into "
        "known events (0 mentions, 0 denials)\n"
    )
    late = tmp_path / "late.txt"
    late.write_text(CREDENTIALS_TEXT)
    run("ingest", str(late), db=store_url)
    lines = run("events", "--format", "jsonl", db=store_url).splitlines()
    records = [json.loads(line) for line in lines]
    assert [
        (r["type"], r["date"], r["n_articles"], [m["doc_id"] for m in r["mentions"]])
        for r in records
    ] == [
        ("EXPEL_DIPLOMAT", "2023-03-06", 2, ["expel", "retold"]),
        ("PRESENT_CREDENTIALS", "2021-05", 1, ["late"]),
    ]
    timeline = run("timeline", "SIL", "MOR", db=store_url)
    assert timeline.index("ACCREDITED") < timeline.index("EXPELLED")


def test_status_names_the_evidence(corpus, store_url):
    run("ingest", str(corpus), db=store_url)
    output = run("status", "mor", "SIL", "--on", "2023-03-10", db=store_url)
    assert "SIL->MOR: SIL's head of mission in MOR" in output
    assert "head of mission: EXPELLED since 2023-03-06" in output
    assert "“Moravia expelled the ambassador of Silesia on Monday” [expel, 2023-03-07]" in output
    assert "denied (2023-03-07): relations not severed" in output
    later = run("status", "MOR", "SIL", "--on", "2023-05-01", "--charge-after", "30", db=store_url)
    assert (
        "head of mission: CHARGE_ONLY since 2023-03-06 - assumed: a chargé d'affaires "
        "heads the mission 30 days after EXPELLED" in later
    )
    shaped = json.loads(run("status", "MOR", "SIL", "--on", "2023-03-10", "--json", db=store_url))
    assert shaped["backward"]["head_of_mission"]["value"] == "EXPELLED"
    changes = [
        json.loads(line)
        for line in run("timeline", "MOR", "--json", db=store_url).split("\n")
        if line
    ]
    assert [(c["subject"], c["attribute"], c["after"]) for c in changes] == [
        ("MOR-SIL", "relations", "NORMAL"),
        ("SIL->MOR", "head_of_mission", "EXPELLED"),
    ]
    before = run("status", "MOR", "SIL", "--on", "2023-03-01", db=store_url)
    assert "head of mission: NONE (nothing on record)" in before
    assert "EXPELLED" not in before


def test_events_filters_and_formats(corpus, store_url):
    run("ingest", str(corpus), db=store_url)
    rows = list(
        csv.DictReader(
            io.StringIO(run("events", "--format", "csv", "--dyad", "SIL", "MOR", db=store_url))
        )
    )
    assert [(r["type"], r["n_outlets"], r["n_mentions"]) for r in rows] == [
        ("EXPEL_DIPLOMAT", "0", "2")
    ]
    assert (
        run("events", "--format", "csv", "--type", "recall_diplomat", db=store_url).splitlines()[1:]
        == []
    )
    assert (
        run("events", "--format", "csv", "--since", "2023-04-01", db=store_url).splitlines()[1:]
        == []
    )
    table = run("events", "--actor", "MOR", db=store_url)
    assert "1 events" in table and "EXPEL_DIPLOMAT" in table


def test_export_formats(corpus, store_url, tmp_path):
    run("ingest", str(corpus), db=store_url)
    gdelt = run("export", "--format", "gdelt", db=store_url).splitlines()
    assert gdelt[1].split("\t")[:2] == ["1", "20230306"]
    plover = json.loads(run("export", "--format", "plover", db=store_url))
    assert (plover["event_type"], plover["detente_type"]) == ("SANCTION", "EXPEL_DIPLOMAT")
    result = CliRunner().invoke(app, ["export", "--format", "parquet", "--db", store_url])
    assert result.exit_code == 2 and "parquet needs --output FILE" in result.output
    target = tmp_path / "events.parquet"
    run("export", "--format", "parquet", "--output", str(target), db=store_url)
    assert target.stat().st_size > 0


def test_bad_inputs_are_reported_and_the_run_goes_on(corpus, tmp_path):
    (corpus / "empty.txt").write_text("date 2023-01-01\n   \n")
    db = str(tmp_path / "events.db")
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 1
    assert f"error: {corpus / 'empty.txt'}: article is empty" in result.output
    assert "articles: 2 new, 0 already known, 1 failed" in result.output


def test_db_from_environment(corpus, tmp_path):
    db = tmp_path / "from-env.db"
    result = CliRunner().invoke(app, ["ingest", str(corpus)], env={"DETENTE_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_status_takes_names_short_forms_and_capitals(store_url):
    Store(store_url).close()  # an empty store: read commands make none
    output = run("status", "Russia", "norway", db=store_url)
    assert output.startswith("RUS and NOR")
    for typed, code in (("UK", "GBR"), ("US", "USA"), ("Britain", "GBR"), ("Minsk", "BLR")):
        assert run("status", typed, "Türkiye", db=store_url).startswith(f"{code} and TUR")


def test_an_unknown_name_is_an_error_suggesting_close_matches(store_url):
    Store(store_url).close()  # an empty store: read commands make none
    result = CliRunner().invoke(app, ["status", "Belarsu", "FRA", "--db", store_url])
    assert result.exit_code == 2
    assert "unknown country or organisation 'Belarsu'; did you mean Belarus (BLR)?" in (
        result.output
    )
    result = CliRunner().invoke(app, ["events", "--actor", "Narnia", "--db", store_url])
    assert result.exit_code == 2 and "'Narnia'" in result.output


def test_a_pair_of_one_state_twice_is_an_error(store_url):
    Store(store_url).close()  # an empty store: read commands make none
    for typed in (("BLR", "BLR"), ("BLR", "belarus")):
        result = CliRunner().invoke(app, ["status", *typed, "--db", store_url])
        assert result.exit_code == 2
        assert "both BLR: a pair needs two states" in result.output


def test_codes_only_a_store_holds_are_taken_in_any_case(corpus, store_url):
    run("ingest", str(corpus), db=store_url)
    assert run("status", "mor", "sil", db=store_url).startswith("MOR and SIL")


def test_real_pipeline_two_wordings_of_one_expulsion_make_one_event(tmp_path):
    (tmp_path / "first.txt").write_text(
        "date 2023-03-07\nMoldova expelled the Russian ambassador on Monday, giving him "
        "72 hours to leave the country.\n"
    )
    (tmp_path / "second.txt").write_text(
        "date 2023-03-09\nRussia's envoy has been ordered out of Moldova, the foreign "
        "ministry in Chisinau said this week.\n"
    )
    db = str(tmp_path / "events.db")
    run("ingest", str(tmp_path / "first.txt"), str(tmp_path / "second.txt"), db=db)
    lines = run("events", "--format", "jsonl", db=db).splitlines()
    records = [json.loads(line) for line in lines]
    expulsions = [r for r in records if r["type"] == "EXPEL_DIPLOMAT"]
    assert [(r["source"], r["target"], r["date"], r["n_articles"]) for r in expulsions] == [
        ("MDA", "RUS", "2023-03-06", 2)
    ]
    assert {m["doc_id"] for m in expulsions[0]["mentions"]} == {"first", "second"}


# The must-show cases: the real pipeline on the seed articles.

seeds_present = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed articles at {SEEDS}")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("seeds") / "detente.db")
    first = CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", db])
    assert first.exit_code == 0, first.output
    second = CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", db])
    assert "articles: 0 new, 2 already known, 0 failed; events: 0 new, 0 merged" in second.output
    return db


@seeds_present
def test_seed_france_expelled_after_copies(seeded):
    output = run("status", "BLR", "FRA", "--on", "2021-10-20", db=seeded)
    france = output[output.index("FRA->BLR: France's head of mission in Belarus") :]
    assert "head of mission: EXPELLED" in france
    assert "since 2021-10" in france
    assert "never accredited to the head of state" in france
    assert "France's ambassador has been ordered out of Belarus" in france
    assert "000_398bc6f668dae2cc" in france


@seeds_present
def test_seed_belarus_recalled_and_downgraded_not_severed(seeded):
    output = run("status", "BLR", "GBR", "--on", "2022-08-01", db=seeded)
    belarus = output[
        output.index("BLR->GBR: Belarus's head of mission in United Kingdom") : output.index(
            "GBR->BLR"
        )
    ]
    assert "head of mission: CHARGE_ONLY" in belarus
    assert "-> RECALLED" in belarus
    assert "lower the level of diplomatic representation" in belarus
    assert "002_0cfb34ac8e455e38" in belarus
    assert "relations: DOWNGRADED by BLR" in output
    assert "SEVERED" not in output
    assert date(2022, 8, 1).isoformat() in output
