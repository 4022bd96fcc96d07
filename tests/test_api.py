"""The JSON API over a real SQLite file and the real PostgreSQL, driven over HTTP."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from fastapi.testclient import TestClient

from api_world import (
    CREDENTIALS,
    EXPULSION,
    EXPULSION_TEXT,
    IDS,
    RECALL,
    SANCTIONS,
    fill,
)
from detente.api import create_app
from detente.api.cache import ViewCache
from detente.model import EVENT_TYPES, MODALITIES, EventDate
from detente.store import ArticleResult, Store
from detente.store.export import FLAT_COLUMNS
from store_helpers import article, event_in, fresh_schema, postgres_answers


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def world_url(request, tmp_path_factory):
    """A database holding the small world: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'world.db'}"
        with Store(url) as store:
            fill(store)
        yield url
        return
    if not postgres_answers():
        pytest.skip("no PostgreSQL server answers on 127.0.0.1:5432")
    with fresh_schema(prefix="detente_api") as url:
        with Store(url) as store:
            fill(store)
        yield url


@pytest.fixture(scope="module")
def client(world_url):
    store = Store(world_url)
    with TestClient(create_app(store)) as test_client:
        yield test_client
    store.close()


def ids(response) -> list[int]:
    assert response.status_code == 200, response.text
    return [event["id"] for event in response.json()["events"]]


def error_of(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()["error"]["message"]


# -- relations -----------------------------------------------------------------


def test_expulsion_of_frances_ambassador_with_its_evidence(client):
    body = client.get("/api/relations/BLR/FRA", params={"on": "2021-10-20"}).json()
    assert (body["a"], body["b"], body["on"]) == ("BLR", "FRA", "2021-10-20")
    france_in_belarus = body["backward"]
    assert france_in_belarus["sending_state"] == "FRA"
    head = france_in_belarus["head_of_mission"]
    assert head["value"] == "EXPELLED"
    assert head["since"] == {
        "start": "2021-10-17",
        "end": "2021-10-17",
        "precision": "day",
        "label": "2021-10-17",
    }
    [cause] = head["events"]
    assert {
        key: cause[key]
        for key in (
            "id",
            "type",
            "source",
            "target",
            "date",
            "date_precision",
            "modality",
            "evidence",
            "doc_id",
            "title",
            "outlet",
            "url",
        )
    } == {
        "id": IDS["expulsion"],
        "type": "EXPEL_DIPLOMAT",
        "source": "BLR",
        "target": "FRA",
        "date": "2021-10-17",
        "date_precision": "day",
        "modality": "asserted",
        "evidence": EXPULSION,
        "doc_id": "expulsion",
        "title": "French envoy ordered out",
        "outlet": "Euro Wire",
        "url": "https://news.example.org/france-envoy",
    }
    assert france_in_belarus["person"] == "Étienne Roux"
    assert body["state"] == {
        "state": "no-ambassador",
        "label": "France's ambassador in Belarus expelled",
    }


def test_state_before_the_expulsion_is_the_accredited_ambassador(client):
    body = client.get("/api/relations/BLR/FRA", params={"on": "2021-10-01"}).json()
    head = body["backward"]["head_of_mission"]
    assert head["value"] == "ACCREDITED"
    assert [event["evidence"] for event in head["events"]] == [CREDENTIALS]
    assert body["forward"]["head_of_mission"]["value"] == "NONE"


def test_country_names_work_as_codes(client):
    by_name = client.get("/api/relations/belarus/france", params={"on": "2021-10-20"})
    by_code = client.get("/api/relations/blr/FRA", params={"on": "2021-10-20"})
    assert by_name.status_code == 200
    assert by_name.json() == by_code.json()
    kingdom = client.get("/api/relations/united-kingdom/belarus").json()
    assert (kingdom["a"], kingdom["b"]) == ("GBR", "BLR")


def test_month_precision_is_kept_and_reported_recall_has_low_confidence(client):
    body = client.get("/api/relations/BLR/GBR").json()
    head = body["forward"]["head_of_mission"]
    assert head["value"] == "RECALLED"
    assert head["since"] == {
        "start": "2022-03-01",
        "end": "2022-03-31",
        "precision": "month",
        "label": "2022-03",
    }
    assert head["confidence"] == "low"
    assert head["events"][0]["evidence"] == RECALL
    gbr_on_blr = [s for s in body["sanctions"] if s["sender"] == "GBR"][0]
    assert gbr_on_blr["status"]["value"] == "IN_FORCE"
    assert gbr_on_blr["status"]["events"][0]["evidence"] == SANCTIONS


def test_timeline_lists_every_change_in_date_order(client):
    body = client.get("/api/relations/FRA/BLR/timeline").json()
    steps = [
        (c["period"]["label"], c["subject"], c["attribute"], c["before"], c["after"])
        for c in body["changes"]
    ]
    assert steps == [
        ("2020-06-01", "BLR-FRA", "relations", "UNKNOWN", "NORMAL"),
        ("2020-06-01", "FRA->BLR", "head_of_mission", "NONE", "ACCREDITED"),
        ("2020-06-01", "FRA->BLR", "level", None, 3),
        ("2020-06-01", "FRA->BLR", "mission", "UNKNOWN", "OPEN"),
        ("2021-10-17", "FRA->BLR", "head_of_mission", "ACCREDITED", "EXPELLED"),
    ]
    assert [event["id"] for event in body["events"]] == [IDS["credentials"], IDS["expulsion"]]
    assert body["a"] == {"code": "FRA", "name": "France"}


def test_timeline_as_csv(client):
    response = client.get("/api/relations/FRA/BLR/timeline", params={"format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["start"], r["subject"], r["after"]) for r in rows][-1] == (
        "2021-10-17",
        "FRA->BLR",
        "EXPELLED",
    )
    assert rows[-1]["evidence"] == EXPULSION
    assert rows[-1]["event_ids"] == str(IDS["expulsion"])


def test_relations_of_a_state_with_itself_is_a_400(client):
    assert "two different states" in error_of(client.get("/api/relations/FRA/france"), 400)


# -- events ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [1, 2, 3, 4, 5, 6]),
        ({"actor": "belarus"}, [1, 2, 3, 4, 5]),
        ({"source": "BLR"}, [2, 3]),
        ({"target": "Belarus", "type": "expel_diplomat"}, [5]),
        ({"type": "EXPEL_DIPLOMAT"}, [2, 5]),
        ({"type": "expel"}, [2, 5]),
        ({"type": "Recall-Diplomat", "modality": "Reported"}, [3]),
        ({"modality": "reported"}, [3]),
        ({"since": "2022-01-01"}, [3, 5]),
        ({"until": "2020-12-31"}, [1, 6]),
        ({"since": "2021-01-01", "until": "2021-12-31"}, [2, 4]),
        ({"q": "MINSK LEFT"}, [2]),
        ({"q": "Paris"}, []),
        ({"q": "ordered him OUT"}, [2]),
        ({"q": "'; DROP TABLE events; --"}, []),
        ({"actor": "MAR", "target": "IRN"}, [6]),
    ],
)
def test_event_filters(client, filters, expected):
    assert ids(client.get("/api/events", params=filters)) == expected


def test_filters_reach_sql_as_parameters_only(client):
    client.get("/api/events", params={"q": "x'); DELETE FROM events; --", "actor": "FRA"})
    assert ids(client.get("/api/events")) == [1, 2, 3, 4, 5, 6]


def test_cursor_pagination_walks_every_event_once(client):
    first = client.get("/api/events", params={"limit": 4, "actor": "BLR"}).json()
    assert [e["id"] for e in first["events"]] == [1, 2, 3, 4]
    assert first["next"] == "/api/events?actor=BLR&limit=4&after=4"
    second = client.get(first["next"]).json()
    assert [e["id"] for e in second["events"]] == [5]
    assert second["next"] is None
    assert first["count"] == 4


def test_event_listing_fields(client):
    [event] = client.get("/api/events", params={"type": "RECALL_DIPLOMAT"}).json()["events"]
    assert {
        key: event[key]
        for key in (
            "source",
            "target",
            "date",
            "date_precision",
            "modality",
            "evidence",
            "doc_id",
            "outlet",
        )
    } == {
        "source": "BLR",
        "target": "GBR",
        "date": "2022-03",
        "date_precision": "month",
        "modality": "reported",
        "evidence": RECALL,
        "doc_id": "recall",
        "outlet": "State Media Watch",
    }


def test_one_event_with_every_mention_and_its_offsets(client):
    body = client.get(f"/api/events/{IDS['expulsion']}").json()
    assert body["persons"] == ["Étienne Roux"]
    [mention] = body["mentions"]
    assert mention["evidence"] == EXPULSION
    assert EXPULSION_TEXT[mention["start"] : mention["end"]] == EXPULSION
    assert mention["article"] == {
        "id": 2,
        "doc_id": "expulsion",
        "title": "French envoy ordered out",
        "outlet": "Euro Wire",
        "url": "https://news.example.org/france-envoy",
        "published": "2021-10-18",
    }


def test_events_as_csv_and_ndjson(client):
    response = client.get("/api/events", params={"format": "csv", "source": "BLR"})
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    # The columns of `detente export --format csv`.
    assert response.text.splitlines()[0] == ",".join(FLAT_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["id"], r["type"], r["date"], r["evidence"]) for r in rows] == [
        ("2", "EXPEL_DIPLOMAT", "2021-10-17", EXPULSION),
        ("3", "RECALL_DIPLOMAT", "2022-03", RECALL),
    ]
    assert rows[0]["persons"] == "Étienne Roux"
    lines = client.get("/api/events", params={"format": "ndjson", "limit": 2}).text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [1, 2]


def test_csv_of_nothing_is_the_header(client):
    response = client.get("/api/events", params={"format": "csv", "actor": "JPN"})
    assert response.text.strip().split(",")[:3] == ["id", "type", "source"]
    assert len(response.text.strip().splitlines()) == 1


# -- countries ---------------------------------------------------------------------


def test_country_brief(client):
    body = client.get("/api/countries/belarus").json()
    assert body["country"] == {"code": "BLR", "name": "Belarus"}
    assert body["summary"] == {
        "has_ambassador_in": [],
        "lacks_ambassador_in": ["GBR"],
        "hosts_ambassador_of": [],
        "missions_closed": [],
        "ties_cut": [],
        "ties_downgraded": [],
        "sanctions_imposed_on": [],
        "sanctions_suffered_from": ["GBR"],
    }
    states = {r["counterpart"]["code"]: r["state"] for r in body["relations"]}
    assert states == {"FRA": "no-ambassador", "GBR": "no-ambassador", "LTU": "normal"}
    assert [e["id"] for e in body["recent_events"]] == [5, 3, 2, 4, 1]


def test_country_brief_on_a_date_and_severed_ties(client):
    body = client.get("/api/countries/BLR", params={"on": "2021-01-01"}).json()
    assert body["summary"]["hosts_ambassador_of"] == ["FRA"]
    morocco = client.get("/api/countries/morocco").json()
    assert morocco["summary"]["ties_cut"] == ["IRN"]
    assert morocco["relations"][0]["state"] == "severed"


# -- bad input: always a 4xx JSON error that says what is wrong -----------------------


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/relations/BLR/Atlantis", 404, "b: unknown country or organisation 'Atlantis'"),
        ("/api/countries/narnia", 404, "country: unknown country or organisation 'narnia'"),
        (
            "/api/relations/BLR/FRA?on=2021-02-30",
            400,
            "on: malformed date '2021-02-30' (day is out of range for month); expected YYYY-MM-DD",
        ),
        (
            "/api/relations/BLR/FRA?on=20-10-2021",
            400,
            "on: malformed date '20-10-2021' (Invalid isoformat string: '20-10-2021'); "
            "expected YYYY-MM-DD",
        ),
        (
            "/api/events?since=yesterday",
            400,
            "since: malformed date 'yesterday' (expected YYYY-MM-DD); expected YYYY-MM-DD",
        ),
        ("/api/events?actor=Atlantis", 400, "actor: unknown country or organisation 'Atlantis'"),
        ("/api/events?limit=-1", 422, "query.limit: Input should be greater than or equal to 1"),
        ("/api/events?limit=1001", 422, "query.limit: Input should be less than or equal to 1000"),
        (
            "/api/events?limit=99999999999999999999",
            422,
            "query.limit: Input should be less than or equal to 1000",
        ),
        (
            "/api/events?limit=ten",
            422,
            "query.limit: Input should be a valid integer, unable to parse string as an integer",
        ),
        ("/api/events?after=-5", 422, "query.after: Input should be greater than or equal to 0"),
        ("/api/events?format=xml", 422, "query.format: Input should be 'json', 'csv' or 'ndjson'"),
        (
            "/api/events?modality=maybe",
            400,
            "modality: unknown modality 'maybe'; expected one of "
            "asserted, reported, planned, negated",
        ),
        ("/api/events/999", 404, "no event with id 999"),
        ("/api/events/0", 422, "path.event_id: Input should be greater than or equal to 1"),
        (
            "/api/events/abc",
            422,
            "path.event_id: Input should be a valid integer, unable to parse string as an integer",
        ),
        ("/api/nowhere", 404, "Not Found"),
    ],
)
def test_bad_input_is_a_json_4xx(client, url, status, message):
    assert error_of(client.get(url), status) == message


def test_unknown_type_names_the_valid_ones(client):
    message = error_of(client.get("/api/events", params={"type": "INVADE"}), 400)
    assert message.startswith(
        "type: unknown event type 'INVADE'; expected one of EXPEL_DIPLOMAT, RECALL_DIPLOMAT,"
    )


@pytest.mark.parametrize(("parameter", "valid"), [("type", EVENT_TYPES), ("modality", MODALITIES)])
def test_an_unknown_filter_value_is_a_400_listing_the_valid_ones(client, parameter, valid):
    response = client.get("/api/events", params={parameter: "expell"})
    assert response.status_code == 400
    assert response.json()["error"]["detail"] == {"parameter": parameter, "valid": list(valid)}


def test_openapi_describes_every_endpoint_and_its_errors(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert sorted(paths) == [
        "/api/articles",
        "/api/countries/{code}",
        "/api/events",
        "/api/events/{event_id}",
        "/api/extract",
        "/api/relations/{a}/{b}",
        "/api/relations/{a}/{b}/timeline",
    ]
    ingest = paths["/api/articles"]["post"]["responses"]
    assert sorted(ingest) == ["200", "400", "401", "403", "413", "422", "500", "503"]
    assert ingest["401"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorBody"
    }
    names = [p["name"] for p in paths["/api/events"]["get"]["parameters"]]
    assert sorted(names) == sorted(
        [
            "actor",
            "dyad",
            "source",
            "target",
            "type",
            "modality",
            "since",
            "until",
            "q",
            "limit",
            "after",
            "format",
        ]
    )


def test_views_follow_the_store_when_it_changes(tmp_path):
    with (
        Store(f"sqlite:///{tmp_path / 'changing.db'}") as store,
        TestClient(create_app(store)) as client,
    ):
        fill(store)
        before = client.get("/api/relations/BLR/FRA").json()
        assert before["backward"]["head_of_mission"]["value"] == "EXPELLED"
        assert client.get("/api/relations/BLR/FRA").json() == before  # kept, same data
        # Another process (here: the store directly) adds an article: the next view sees it.
        text = "France appointed a new ambassador to Belarus on 1 June 2023."
        later = article("appointment", text, date(2023, 6, 2), outlet="Paris Daily")
        store.add(
            [
                ArticleResult(
                    later,
                    (
                        event_in(
                            later,
                            "APPOINT_AMBASSADOR",
                            "FRA",
                            "BLR",
                            text[:-1],
                            EventDate("2023-06-01", "day"),
                        ),
                    ),
                )
            ]
        )
        after = client.get("/api/relations/BLR/FRA").json()
        assert after["backward"]["head_of_mission"]["value"] == "NOMINATED"
        assert client.get("/api/countries/FRA").json()["recent_events"][0]["type"] == (
            "APPOINT_AMBASSADOR"
        )


def test_view_cache_keeps_the_most_recently_used():
    cache, computed = ViewCache(size=2), []

    def compute(key):
        computed.append(key)
        return key.upper()

    assert [cache.get(k, lambda k=k: compute(k)) for k in ("a", "b", "a", "c", "b", "a")] == [
        "A",
        "B",
        "A",
        "C",
        "B",
        "A",
    ]
    assert computed == ["a", "b", "c", "b", "a"]  # b fell out when c came, a when b came back
