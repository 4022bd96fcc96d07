"""An event merged into another keeps answering: its id names the live event.

Two reports naming different persons make two events; a third, dated to the
day and naming both persons, joins them into one, and the other id is deleted.
"""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

import store_helpers
from detente.api import create_app
from detente.model import EventDate
from detente.store import ArticleResult, Store

article, event_in = store_helpers.article, store_helpers.event_in
store_url = store_helpers.store_url  # the fixture: a SQLite file, then a PostgreSQL schema

MARCH = EventDate("2023-03", "month")
MARCH_6 = EventDate("2023-03-06", "day")


def expulsion(doc_id: str, persons: tuple[str, ...], when: EventDate, day: int) -> ArticleResult:
    """One article reporting that Moravia expelled Silesian diplomats (``persons``)."""
    sentence = f"Moravia expelled the Silesian diplomats {' and '.join(persons)}."
    story = article(doc_id, f"{sentence}\nThe ministry in Brno confirmed it.", date(2023, 3, day))
    reported = event_in(story, "EXPEL_DIPLOMAT", "MOR", "SIL", sentence, when, persons=persons)
    return ArticleResult(story, (reported,))


def add_one(store: Store, result: ArticleResult) -> None:
    store.add([result])


@pytest.fixture
def merged_store(store_url):
    """Events 1 (Jan Novak) and 2 (Petr Svoboda), then a report naming both joins them."""
    with Store(store_url) as store:
        add_one(store, expulsion("novak", ("Jan Novak",), MARCH, 10))
        add_one(store, expulsion("svoboda", ("Petr Svoboda",), MARCH, 11))
        assert [event.id for event in store.events()] == [1, 2]
        add_one(store, expulsion("both", ("Jan Novak", "Petr Svoboda"), MARCH_6, 12))
        yield store


def test_a_merged_event_id_names_the_event_it_joined(merged_store):
    assert [(event.id, event.n_articles) for event in merged_store.events()] == [(1, 3)]
    assert merged_store.event(2) is None
    assert merged_store.live_event_id(2) == 1
    assert merged_store.live_event_id(1) == 1
    assert merged_store.live_event_id(3) is None


def test_a_merged_away_id_is_never_given_again(merged_store):
    merged_store.add([expulsion("later", ("Karel Dvorak",), EventDate("2023-05", "month"), 20)])
    assert [event.id for event in merged_store.events()] == [1, 3]
    assert merged_store.live_event_id(2) == 1


def test_aliases_follow_a_chain_to_the_live_event(merged_store):
    # Event 3 with four reports outvotes event 1 (three) when a fourth report joins them.
    for number in range(4):
        add_one(merged_store, expulsion(f"dvorak-{number}", ("Karel Dvorak",), MARCH, 13 + number))
    assert [event.id for event in merged_store.events()] == [1, 3]
    add_one(merged_store, expulsion("jan-karel", ("Jan Novak", "Karel Dvorak"), MARCH_6, 20))
    assert [(event.id, event.n_articles) for event in merged_store.events()] == [(3, 8)]
    assert [merged_store.live_event_id(old) for old in (1, 2, 3)] == [3, 3, 3]


def test_the_api_and_the_page_redirect_to_the_live_event(merged_store):
    with TestClient(create_app(merged_store), follow_redirects=False) as client:
        moved = client.get("/api/events/2")
        assert moved.status_code == 308
        assert moved.headers["location"].endswith("/api/events/1")
        assert client.get("/api/events/2", follow_redirects=True).json()["id"] == 1
        page = client.get("/events/2")
        assert page.status_code == 308
        assert page.headers["location"].endswith("/events/1")
        assert not page.headers["location"].endswith("/api/events/1")
        assert client.get("/events/2", follow_redirects=True).status_code == 200
        assert client.get("/api/events/9").status_code == 404


def test_a_version_1_database_gains_the_alias_table(store_url):
    with Store(store_url) as store:
        add_one(store, expulsion("novak", ("Jan Novak",), MARCH, 10))
        with store.engine.begin() as connection:  # back to how version 1 left it
            connection.execute(sa.text("DROP TABLE event_aliases"))
            connection.execute(sa.text("DROP TABLE change_counter"))
            connection.execute(sa.text("DELETE FROM schema_version WHERE version >= 2"))
    with Store(store_url) as store:
        assert store.schema_version == 3
        add_one(store, expulsion("svoboda", ("Petr Svoboda",), MARCH, 11))
        add_one(store, expulsion("both", ("Jan Novak", "Petr Svoboda"), MARCH_6, 12))
        assert store.live_event_id(2) == 1
