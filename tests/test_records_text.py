"""The records the Python API returns print readably and turn into JSON-ready dicts."""

from __future__ import annotations

import json
from datetime import date

from detente.model import EventDate
from detente.store import Store
from detente.store.records import ArticleResult
from store_helpers import article, event_in

EXPULSION = "Minsk ordered France's ambassador, Claire Dumont, to leave Belarus."
APPOINTMENT = "Paris named Claire Dumont its ambassador to Minsk in 2020."
TEXT = f"{APPOINTMENT}\n{EXPULSION}\n"


def _store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'd.db'}")
    story = article("minsk", TEXT, date(2021, 10, 18))
    events = (
        event_in(story, "APPOINT_AMBASSADOR", "FRA", "BLR", APPOINTMENT, EventDate("2020", "year"),
                 persons=("Claire Dumont",)),
        event_in(story, "EXPEL_DIPLOMAT", "BLR", "FRA", EXPULSION, EventDate("2021-10", "month"),
                 persons=("Claire Dumont",), head_of_mission=True),
    )  # fmt: skip
    store.add([ArticleResult(story, events)])
    return store


def test_status_prints_in_a_few_readable_lines_and_has_a_dict(tmp_path):
    with _store(tmp_path) as store:
        status = store.status("BLR", "FRA", on="2021-10-20")
    text = str(status)
    assert len(text) < 600, text
    assert text.splitlines()[0] == "BLR and FRA on 2021-10-20"
    assert "  FRA in BLR: head of mission Claire Dumont: EXPELLED since 2021-10 [event 2]" in text
    assert "  relations: NORMAL since 2020" in text
    record = status.to_dict()
    assert json.loads(json.dumps(record)) == record
    assert record["backward"]["head_of_mission"]["value"] == "EXPELLED"
    assert record["backward"]["head_of_mission"]["since"]["label"] == "2021-10"
    assert record["backward"]["head_of_mission"]["caused_by"][0]["evidence"] == EXPULSION
    assert record["on"] == "2021-10-20"


def test_events_and_timelines_print_one_line_each_and_have_dicts(tmp_path):
    with _store(tmp_path) as store:
        events = store.events()
        timeline = store.timeline("BLR", "FRA")
    assert str(events[1]) == (
        f'event 2: EXPEL_DIPLOMAT BLR->FRA 2021-10, asserted, 1 article: "{EXPULSION}"'
    )
    record = events[1].to_dict()
    assert (record["persons"], record["known_by"]) == (["Claire Dumont"], "2021-10-18")
    assert json.dumps(record)
    lines = str(timeline).splitlines()
    assert lines[0] == "BLR and FRA: 4 state changes"
    assert "  2021-10: FRA->BLR head_of_mission NOMINATED -> EXPELLED [event 2]" in lines
    assert json.loads(json.dumps(timeline.to_dict()))["changes"][0]["period"]["label"] == "2020"


def test_the_page_lists_what_is_possible_but_not_yet_certain(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from detente.api import create_app

    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    with _store(tmp_path) as store:
        status = store.status("BLR", "FRA", on="2021-10-05")
        assert status.backward.head_of_mission.value == "NOMINATED"
        with TestClient(create_app(store), headers={"Accept": "text/html"}) as client:
            page = client.get("/relations/BLR/FRA", params={"on": "2021-10-05"}).text
    assert "Possible, not yet certain:" in page
    assert "Oct 2021" in page or "2021-10" in page
