"""States that cannot both hold are never shown side by side: the better supported one is."""

from __future__ import annotations

import json
from datetime import date

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.api import create_app
from detente.cli import app
from detente.model import Article, Event, EventDate
from detente.relations import RelationEvent, history, status_on
from detente.store import Store
from detente.store.records import ArticleResult


def event(id, type, source, target, when, known_by=date(2022, 8, 29), **details):
    precision = {10: "day", 7: "month", 4: "year"}[len(when)]
    return RelationEvent(
        id, type, source, target, when, precision, details=details, known_by=known_by
    )


# Relations cut in 2019 (missions shut then), restored on 11 August 2022, an ambassador
# named on the 24th; one sentence misread as a closure "in August 2022".
SEVER = event(1, "SEVER_RELATIONS", "ARG", "URY", "2019")
RESTORE = event(2, "RESTORE_RELATIONS", "ARG", "URY", "2022-08-11")
RESTORE_TOO = event(3, "RESTORE_RELATIONS", "URY", "ARG", "2022-08")
APPOINT = event(4, "APPOINT_AMBASSADOR", "ARG", "URY", "2022-08-24")
CLOSE = event(5, "CLOSE_MISSION", "ARG", "URY", "2022-08")


def test_a_closure_dated_like_a_restoration_gives_way_to_the_better_supported_restoration():
    status = status_on([SEVER, RESTORE, RESTORE_TOO, APPOINT, CLOSE], "ARG", "URY")
    assert status.relations.relations.value == "NORMAL"
    assert status.forward.head_of_mission.value == "NOMINATED"  # not MISSION_CLOSED beside it
    [anomaly] = status.anomalies
    assert anomaly.event is CLOSE
    assert "ARG->URY head of mission MISSION_CLOSED" in anomaly.message
    assert "shown: relations NORMAL" in anomaly.message


def test_the_history_of_the_pair_leaves_the_contradicted_closure_out():
    changes = history([SEVER, RESTORE, RESTORE_TOO, APPOINT, CLOSE])
    assert [
        c.after for c in changes if c.subject == "ARG->URY" and c.attribute == "head_of_mission"
    ] == [
        "SEVERED",
        "NONE",
        "NOMINATED",
    ]


def test_a_closure_better_supported_than_the_restoration_is_the_one_shown():
    close = RelationEvent(
        5, "CLOSE_MISSION", "ARG", "URY", "2022-08-15", "day", known_by=date(2022, 8, 29)
    )
    weak_restore = event(2, "RESTORE_RELATIONS", "ARG", "URY", "2022-08")
    status = status_on([SEVER, weak_restore, close], "ARG", "URY")
    assert status.forward.head_of_mission.value == "MISSION_CLOSED"
    assert status.relations.relations.value == "SEVERED"
    assert [a.event for a in status.anomalies] == [weak_restore]


def test_a_closure_before_the_restoration_stays_without_an_anomaly():
    # Closed in 2019, restored in 2022, not yet reopened: both hold.
    close_2019 = event(5, "CLOSE_MISSION", "ARG", "URY", "2019-03")
    status = status_on([close_2019, RESTORE], "ARG", "URY")
    assert status.forward.head_of_mission.value == "MISSION_CLOSED"
    assert status.relations.relations.value == "NORMAL"
    assert status.anomalies == ()


def test_severed_relations_beside_a_later_ambassador_yield_to_the_later_date():
    sever = event(1, "SEVER_RELATIONS", "ARG", "URY", "2019-05-02")
    credentials = event(2, "PRESENT_CREDENTIALS", "ARG", "URY", "2021-03-04")
    status = status_on([sever, credentials], "ARG", "URY")
    assert status.forward.head_of_mission.value == "ACCREDITED"
    assert status.relations.relations.value != "SEVERED"
    assert [a.event for a in status.anomalies] == [sever]


# The same through the store, the CLI (text and JSON) and the page, from two articles.
RESTORED = "date 2022-08-12\nArgentina and Uruguay restored diplomatic relations on Thursday.\n"
REOPENED = (
    "date 2022-08-29\nThe embassies of both countries were shut down in August. "
    "Buenos Aires has reopened talks.\n"
)


def _event(doc, text, sentence, type_, source, target, when, precision):
    start = text.index(sentence)
    return Event(
        doc, type_, source, target, EventDate(when, precision), "asserted", (), sentence,
        start, start + len(sentence), 0.9, "", 0.0, "", None,
    )  # fmt: skip


def _fill(store):
    closed = "The embassies of both countries were shut down in August."
    restored = "Argentina and Uruguay restored diplomatic relations on Thursday."
    store.add(
        [
            ArticleResult(
                Article("restored", RESTORED, date(2022, 8, 12)),
                (
                    _event("restored", RESTORED, restored, "RESTORE_RELATIONS", "ARG", "URY",
                           "2022-08-11", "day"),
                ),
            ),
            ArticleResult(
                Article("reopened", REOPENED, date(2022, 8, 29)),
                (
                    _event("reopened", REOPENED, closed, "CLOSE_MISSION", "ARG", "URY",
                           "2022-08", "month"),
                ),
            ),
        ]
    )  # fmt: skip


def test_the_cli_json_and_page_show_the_anomaly_and_one_state(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'd.db'}"
    with Store(url) as store:
        _fill(store)
        runner = CliRunner()
        text = runner.invoke(app, ["status", "ARG", "URY", "--db", url]).stdout
        assert "MISSION_CLOSED" not in text.split("unexpected")[0]
        assert "contradicts relations NORMAL" in text
        shape = json.loads(
            runner.invoke(app, ["status", "ARG", "URY", "--db", url, "--json"]).stdout
        )
        assert shape["forward"]["head_of_mission"]["value"] != "MISSION_CLOSED"
        assert shape["relations"]["value"] == "NORMAL"
        assert len(shape["anomalies"]) == 1
        monkeypatch.delenv("DETENTE_TOKEN", raising=False)
        with TestClient(create_app(store), headers={"Accept": "text/html"}) as client:
            page = client.get("/relations/ARG/URY").text
        assert "Conflicting evidence" in page
        assert "contradicts relations NORMAL" in page
