"""Writing over HTTP: the token, body limits, extraction and idempotent ingest."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api_world import EXPULSION_ARTICLE, LATVIA, LATVIA_TEXT, TOKEN, latvia_extractor
from detente.api import create_app
from detente.api.limits import MAX_BODY_BYTES
from detente.api.workers import InProcess
from detente.store import Store
from store_helpers import stand_in_for_extraction


@pytest.fixture
def stand_in_extraction(monkeypatch):
    stand_in_for_extraction(monkeypatch, latvia_extractor)


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'writes.db'}") as opened:
        yield opened


@pytest.fixture
def writer(store):
    """Extraction in the test's process, where the stand-in extraction is patched in."""
    with TestClient(create_app(store, token=TOKEN, extraction=InProcess())) as client:
        yield client


@pytest.fixture
def pooled_writer(store):
    """Extraction in worker processes, as ``detente serve`` runs it."""
    with TestClient(create_app(store, token=TOKEN)) as client:
        yield client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def latvia_article(**extra) -> dict:
    return {
        "text": LATVIA_TEXT,
        "title": "Latvia expels envoy",
        "outlet": "Baltic Wire",
        "url": "https://baltic.example.net/flag",
        "published": "2021-05-26",
        **extra,
    }


@pytest.mark.parametrize(
    "headers",
    [
        {},
        bearer("wrong"),
        bearer(TOKEN[:-1]),
        bearer(TOKEN + "x"),
        {"Authorization": TOKEN},
        {"Authorization": f"Basic {TOKEN}"},
        bearer(""),
    ],
)
def test_a_wrong_or_missing_token_is_401_and_writes_nothing(
    writer, store, headers, stand_in_extraction
):
    response = writer.post("/api/articles", json=latvia_article(), headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["message"] == (
        "missing or wrong token: send 'Authorization: Bearer <token>'"
    )
    assert response.headers["www-authenticate"] == "Bearer"
    assert store.articles_count() == 0


def test_without_a_configured_token_writing_is_off(store, monkeypatch, stand_in_extraction):
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    with TestClient(create_app(store, extraction=InProcess())) as client:
        response = client.post("/api/articles", json=latvia_article(), headers=bearer(TOKEN))
    assert response.status_code == 403
    assert response.json()["error"]["message"].startswith("writing over HTTP is off")
    assert store.articles_count() == 0


def test_the_token_can_come_from_the_environment(store, monkeypatch, stand_in_extraction):
    monkeypatch.setenv("DETENTE_TOKEN", "from-env")
    with TestClient(create_app(store, extraction=InProcess())) as client:
        response = client.post("/api/articles", json=latvia_article(), headers=bearer("from-env"))
    assert response.status_code == 200


def test_ingest_returns_the_events_and_a_repeat_stores_nothing_new(
    writer, store, stand_in_extraction
):
    first = writer.post("/api/articles", json=latvia_article(), headers=bearer(TOKEN))
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["article"] == {
        "id": 1,
        "doc_id": body["article"]["doc_id"],
        "title": "Latvia expels envoy",
        "url": "https://baltic.example.net/flag",
        "outlet": "Baltic Wire",
        "published": "2021-05-26",
        "published_from": "override",
        "new": True,
    }
    assert body["article"]["doc_id"].startswith("posted-")
    [event] = body["events"]
    assert (
        event["id"],
        event["type"],
        event["source"],
        event["target"],
        event["date"],
        event["evidence"],
    ) == (1, "EXPEL_DIPLOMAT", "LVA", "BLR", "2021-05-25", LATVIA)
    again = writer.post("/api/articles", json=latvia_article(), headers=bearer(TOKEN)).json()
    assert again["article"]["new"] is False
    assert again["events"] == body["events"]
    assert again["article"]["doc_id"] == body["article"]["doc_id"]
    assert store.articles_count() == 1
    assert [e.id for e in store.events()] == [1]


def test_ingest_reads_the_seed_date_header(writer, stand_in_extraction):
    posted = {"text": f"date 2021-05-26\n{LATVIA_TEXT}"}
    body = writer.post("/api/articles", json=posted, headers=bearer(TOKEN)).json()
    assert (body["article"]["published"], body["article"]["published_from"]) == (
        "2021-05-26",
        "header",
    )


def test_ingest_from_html(writer, stand_in_extraction):
    page = (
        "<html><head><title>Latvia expels envoy</title>"
        '<meta property="og:site_name" content="Baltic Wire"></head><body><article>'
        f"<h1>Latvia expels envoy</h1><p>{LATVIA}</p>"
        "<p>The foreign ministry in Riga said the envoy had 72 hours to leave.</p>"
        "</article></body></html>"
    )
    response = writer.post(
        "/api/articles",
        headers=bearer(TOKEN),
        json={"html": page, "published": "2021-05-26", "outlet": "BW"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["article"]["outlet"] == "BW"
    assert [e["evidence"] for e in body["events"]] == [LATVIA]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"title": "no body"}, "body: Value error, give exactly one of 'text' or 'html'"),
        (
            {"text": "x", "html": "<p>x</p>"},
            "body: Value error, give exactly one of 'text' or 'html'",
        ),
        (
            {"text": LATVIA_TEXT, "published": "26/05/2021"},
            "body.published: Value error, expected a date as YYYY-MM-DD text",
        ),
        (
            {"text": LATVIA_TEXT, "published": 20210526},
            "body.published: Value error, expected a date as YYYY-MM-DD text",
        ),
        ([1, 2], "body: Input should be a valid dictionary or object to extract fields from"),
    ],
)
def test_malformed_articles_are_422(writer, store, payload, message):
    response = writer.post("/api/articles", json=payload, headers=bearer(TOKEN))
    assert response.status_code == 422
    assert response.json()["error"]["message"] == message
    assert store.articles_count() == 0


def test_an_empty_article_is_a_400_naming_the_body(writer, store):
    response = writer.post("/api/articles", json={"text": "   \n  "}, headers=bearer(TOKEN))
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "request body: article is empty"


def test_an_article_not_in_english_is_refused(writer, store):
    french = (
        "L'ambassadeur de France a quitté la Biélorussie dimanche après avoir été "
        "expulsé par les autorités de Minsk, a indiqué le ministère des affaires "
        "étrangères dans un communiqué publié lundi matin à Paris."
    )
    response = writer.post("/api/articles", json={"text": french}, headers=bearer(TOKEN))
    assert response.status_code == 422
    assert response.json()["error"]["message"] == (
        "request body: the article is in 'fr'; detente reads English"
    )
    assert store.articles_count() == 0


@pytest.mark.parametrize("path", ["/api/articles", "/api/extract"])
def test_invalid_json_is_422(writer, path):
    response = writer.post(
        path,
        content=b'{"text": "unterminated',
        headers={**bearer(TOKEN), "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("body.")
    assert "JSON decode error" in response.json()["error"]["message"]


def test_a_body_over_5_mb_is_413(writer, store):
    text = "a" * (MAX_BODY_BYTES + 1)
    response = writer.post("/api/articles", json={"text": text}, headers=bearer(TOKEN))
    assert response.status_code == 413
    assert response.json()["error"]["message"] == ("request body is over the 5,242,880-byte limit")
    assert store.articles_count() == 0


def test_a_streamed_body_over_5_mb_without_a_length_is_413(writer):
    def chunks():
        for _ in range(6):
            yield b" " * (1024 * 1024)

    response = writer.post(
        "/api/extract", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert "content-length" not in response.request.headers
    assert response.status_code == 413


def test_extract_stores_nothing(writer, store, stand_in_extraction):
    response = writer.post("/api/extract", json={"text": LATVIA_TEXT, "published": "2021-05-26"})
    assert response.status_code == 200
    [event] = response.json()["events"]
    assert (
        event["type"],
        event["source"],
        event["target"],
        event["evidence"],
        event["date"],
        event["date_precision"],
    ) == ("EXPEL_DIPLOMAT", "LVA", "BLR", LATVIA, "2021-05-25", "day")
    assert event["mentions"][0]["start"] == 0
    assert store.articles_count() == 0


def test_extract_refuses_an_empty_text(writer):
    response = writer.post("/api/extract", json={"text": ""})
    assert response.status_code == 422
    assert response.json()["error"]["message"] == (
        "body.text: String should have at least 1 character"
    )


def test_ingest_then_status_with_the_real_pipeline(pooled_writer):
    writer = pooled_writer
    response = writer.post("/api/articles", json={"text": EXPULSION_ARTICLE}, headers=bearer(TOKEN))
    assert response.status_code == 200, response.text
    found = {(e["type"], e["source"], e["target"], e["date"]) for e in response.json()["events"]}
    assert ("EXPEL_DIPLOMAT", "BLR", "FRA", "2021-10") in found
    status = writer.get("/api/relations/BLR/FRA", params={"on": "2021-10-20"}).json()
    head = status["backward"]["head_of_mission"]
    assert head["value"] == "EXPELLED"
    assert head["events"][0]["evidence"].startswith("France's ambassador has been ordered out")


def test_extract_with_the_real_pipeline(pooled_writer):
    response = pooled_writer.post("/api/extract", json={"text": EXPULSION_ARTICLE})
    assert response.status_code == 200, response.text
    events = response.json()["events"]
    assert [
        (e["type"], e["source"], e["target"], e["date"], e["date_precision"])
        for e in events
        if e["type"] == "EXPEL_DIPLOMAT"
    ] == [("EXPEL_DIPLOMAT", "BLR", "FRA", "2021-10", "month")]
    # Offsets index the text as posted, date header included.
    first = events[0]
    assert EXPULSION_ARTICLE[first["start"] : first["end"]] == first["evidence"]
    assert first["start"] > 0
