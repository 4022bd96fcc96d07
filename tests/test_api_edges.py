"""Requests at the edges of every range get a 4xx with a JSON body or a page,
never a 500: huge ids, the first and last days of the calendar, lone
surrogates, pages the HTML stack cannot read, and unknown parameters."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from api_world import TOKEN, fill
from detente.api import create_app, ingest
from detente.api.workers import InProcess
from detente.model import EventDate
from detente.store import ArticleResult, Store
from store_helpers import article, event_in

HTML = {"Accept": "text/html"}
BEARER = {"Authorization": f"Bearer {TOKEN}"}
TOO_BIG = str(2**63)

# Written for these tests: articles dated at the ends of the calendar.
ANCIENT = "Chile expelled a Bolivian diplomat in January, the chronicle says."
FAR_OFF = "Chile recalled its ambassador from Bolivia in December, the archive says."


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(f"sqlite:///{tmp_path_factory.mktemp('edges') / 'edges.db'}") as opened:
        fill(opened)
        ancient = article("ancient", ANCIENT, date(1, 1, 1), outlet="Chronicle")
        far_off = article("far-off", FAR_OFF, date(9999, 12, 31), outlet="Archive")
        opened.add(
            [
                ArticleResult(
                    ancient,
                    (
                        event_in(
                            ancient,
                            "EXPEL_DIPLOMAT",
                            "CHL",
                            "BOL",
                            ANCIENT.split(",")[0],
                            EventDate("0001-01", "month"),
                        ),
                    ),
                ),
                ArticleResult(
                    far_off,
                    (
                        event_in(
                            far_off,
                            "RECALL_DIPLOMAT",
                            "CHL",
                            "BOL",
                            FAR_OFF.split(",")[0],
                            EventDate("9999-12", "month"),
                        ),
                    ),
                ),
            ]
        )
        yield opened


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store, token=TOKEN, extraction=InProcess())) as test_client:
        yield test_client


def error_of(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("url", "where"),
    [
        (f"/api/events?after={TOO_BIG}", "query.after"),
        (f"/api/events/{TOO_BIG}", "path.event_id"),
        (f"/events/{TOO_BIG}", "path.event_id"),
        (f"/api/events?after={'9' * 40}", "query.after"),
    ],
)
def test_ids_past_the_database_integer_are_a_422(client, url, where):
    assert error_of(client.get(url), 422).startswith(f"{where}: Input should be less than")


def test_the_largest_id_is_answered(client):
    assert client.get(f"/api/events?after={2**63 - 1}").json()["events"] == []
    assert error_of(client.get(f"/api/events/{2**63 - 1}"), 404).startswith("no event with id")


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize(
    "url",
    [
        "/relations/CHL/BOL?on={day}",
        "/relations/BLR/FRA?on={day}",
        "/countries/CHL?on={day}",
        "/events?since={day}",
        "/events?until={day}",
        "/api/relations/CHL/BOL?on={day}",
        "/api/countries/BOL?on={day}",
        "/api/events?since={day}&until={day}",
    ],
)
def test_the_ends_of_the_calendar_are_answered(client, url, day):
    response = client.get(url.format(day=day), headers=HTML)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("url", ["/", "/events", "/relations/CHL/BOL", "/countries/BOL"])
def test_pages_survive_events_stored_at_the_ends_of_the_calendar(client, url):
    page = client.get(url, headers=HTML)
    assert page.status_code == 200
    assert "Jan 0001" in page.text or "Dec 9999" in page.text


def test_the_events_of_the_ends_of_the_calendar_have_pages(client):
    listed = client.get("/api/events", params={"actor": "CHL"}).json()["events"]
    assert {event["date"] for event in listed} == {"0001-01", "9999-12"}
    for event in listed:
        assert client.get(f"/events/{event['id']}", headers=HTML).status_code == 200


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Chile will expel the Bolivian ambassador next year.",
        "Chile expelled the Bolivian ambassador last year.",
        "Chile expelled the Bolivian ambassador on Friday.",
        "Chile will expel the Bolivian ambassador tomorrow.",
        "Chile expelled the Bolivian ambassador three months ago.",
    ],
)
def test_extract_at_the_ends_of_the_calendar(client, sentence, published):
    response = client.post("/api/extract", json={"text": sentence, "published": published})
    assert response.status_code == 200, response.text
    for event in response.json()["events"]:
        year = (event["date"] or "0001").split("-")[0]
        assert len(year) == 4 and "0001" <= year <= "9999", event


def test_a_lone_surrogate_is_stored_as_a_replacement_character(client, store):
    body = (
        '{"text": "Peru recalled its ambassador from Mexico on 3 June 2024 \\ud800.",'
        ' "title": "Lima recalls envoy \\udc00", "published": "2024-06-04"}'
    )
    headers = {**BEARER, "Content-Type": "application/json"}
    response = client.post("/api/articles", content=body, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["article"]["title"] == "Lima recalls envoy \ufffd"
    again = client.post("/api/articles", content=body, headers=headers)
    assert again.json()["article"]["new"] is False


def test_a_nul_character_is_dropped(client):
    posted = {"text": "Peru summoned the Mexican envoy\x00 on 4 June 2024.", "title": "A\x00B"}
    response = client.post("/api/articles", json=posted, headers=BEARER)
    assert response.status_code == 200, response.text
    assert response.json()["article"]["title"] == "AB"


@pytest.mark.parametrize(
    "page",
    [
        "<svg xmlns='http://www.w3.org/2000/svg'><circle r='3'/></svg>",
        "<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'><g><g/></g></svg>",
        "\x00<html>",
    ],
)
def test_a_page_without_article_text_is_a_400(client, page):
    response = client.post("/api/articles", json={"html": page}, headers=BEARER)
    assert error_of(response, 400) == "request body: no article text found in the page"


def test_a_page_the_html_stack_chokes_on_is_a_422(client, monkeypatch):
    def choke(*_args, **_options):
        raise AssertionError  # as lxml and htmldate do on some SVG-only pages

    monkeypatch.setattr(ingest, "article_from_html", choke)
    response = client.post("/api/articles", json={"html": "<svg></svg>"}, headers=BEARER)
    assert error_of(response, 422) == "request body: cannot read this page: AssertionError"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "/api/events?pair=BLR,FRA&after_id=3",
            "unknown query parameters 'after_id', 'pair'; it takes actor, after, dyad, "
            "format, limit, modality, q, since, source, target, type, until",
        ),
        ("/api/relations/BLR/FRA?date=2021-10-20", "unknown query parameter 'date'; it takes on"),
        ("/api/events/1?verbose=1", "unknown query parameter 'verbose'; it takes none"),
    ],
)
def test_unknown_query_parameters_are_a_400_naming_them(client, url, message):
    assert error_of(client.get(url), 400) == message


def test_unknown_query_parameters_on_a_write_are_a_400(client):
    response = client.post("/api/extract?publshed=2021-10-18", json={"text": "Some text."})
    assert error_of(response, 400) == "unknown query parameter 'publshed'; it takes none"


def test_dyad_filters_both_directions_as_the_cli_does(client):
    both = client.get("/api/events", params={"dyad": "belarus,FRA"}).json()
    assert {(e["source"], e["target"]) for e in both["events"]} == {("FRA", "BLR"), ("BLR", "FRA")}
    assert both["filters"]["dyad"] == "BLR,FRA"
    assert (
        "dyad=BLR%2CFRA"
        in client.get("/api/events", params={"dyad": "BLR,FRA", "limit": 1}).json()["next"]
    )


@pytest.mark.parametrize(
    ("dyad", "message"),
    [
        ("BLR", "dyad: expected two states as A,B, got 'BLR'"),
        ("BLR,FRA,GBR", "dyad: expected two states as A,B, got 'BLR,FRA,GBR'"),
        ("BLR,belarus", "dyad: a relationship needs two different states, got BLR twice"),
        ("BLR,Atlantis", "dyad: unknown country or organisation 'Atlantis'"),
    ],
)
def test_a_bad_dyad_is_a_400(client, dyad, message):
    assert error_of(client.get("/api/events", params={"dyad": dyad}), 400) == message
