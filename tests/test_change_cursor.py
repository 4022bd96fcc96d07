"""The ``--after`` cursor is a change sequence: a poller sees every event again when it changes.

An event that gains a source, or that another event is merged into, keeps its id;
a cursor by id would never show it again.  Each write numbers what it changed
(:mod:`detente.store.changes`), and ``after`` lists what changed since, in order.
Runs on SQLite and on the PostgreSQL server when it answers.
"""

from __future__ import annotations

import json
import threading
from datetime import date

import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import store_helpers
from detente.api import create_app
from detente.cli import app
from detente.model import EventDate
from detente.store import ArticleResult, Store, changes

article, event_in = store_helpers.article, store_helpers.event_in
store_url = store_helpers.store_url  # the fixture: a SQLite file, then a PostgreSQL schema

MARCH = EventDate("2023-03", "month")
MARCH_6 = EventDate("2023-03-06", "day")


def expulsion(
    doc_id: str, persons: tuple[str, ...], when: EventDate, day: int, outlet: str = "Brno Post"
) -> ArticleResult:
    """One article reporting that Moravia expelled Silesian diplomats (``persons``)."""
    sentence = f"Moravia expelled the Silesian diplomats {' and '.join(persons)}."
    text = f"{sentence}\nThe ministry in Brno confirmed it ({doc_id})."
    story = article(doc_id, text, date(2023, 3, day), outlet=outlet)
    reported = event_in(story, "EXPEL_DIPLOMAT", "MOR", "SIL", sentence, when, persons=persons)
    return ArticleResult(story, (reported,))


def recall(doc_id: str, day: int, modality: str = "asserted") -> ArticleResult:
    """An article on Bohemia recalling its ambassador from Moravia (or denying it)."""
    sentence = (
        "Bohemia denied that it had recalled its ambassador from Moravia."
        if modality == "negated"
        else "Bohemia recalled its ambassador from Moravia on Monday."
    )
    story = article(doc_id, f"{sentence}\nPrague gave no reason ({doc_id}).", date(2023, 4, day))
    when = EventDate("2023-04-03", "day") if modality != "negated" else EventDate()
    reported = event_in(story, "RECALL_DIPLOMAT", "BOH", "MOR", sentence, when, modality=modality)
    return ArticleResult(story, (reported,))


def changed_since(store: Store, cursor: int) -> list[tuple[int | None, int]]:
    """(event id, number of articles) of what changed after ``cursor``, in change order."""
    return [(e.id, e.n_articles) for e in store.events(after=cursor)]


def test_an_event_gaining_a_source_is_listed_again_after_the_cursor(store_url):
    with Store(store_url) as store:
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        store.add([recall("prague", 4)])
        seen = store.events(after=0)
        assert [(e.id, e.n_articles) for e in seen] == [(1, 1), (2, 1)]
        cursor = seen[-1].cursor
        assert changed_since(store, cursor) == []
        # A second outlet reports the expulsion: event 1 keeps its id, and changes.
        store.add([expulsion("novak-2", ("Jan Novak",), MARCH_6, 11, outlet="Olomouc Herald")])
        assert changed_since(store, cursor) == [(1, 2)]
        assert store.events(after=cursor)[0].cursor > cursor


def test_the_event_another_was_merged_into_is_listed_again(store_url):
    with Store(store_url) as store:
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        store.add([expulsion("svoboda", ("Petr Svoboda",), MARCH, 11)])
        cursor = store.events(after=0)[-1].cursor
        store.add([expulsion("both", ("Jan Novak", "Petr Svoboda"), MARCH_6, 12)])
        assert changed_since(store, cursor) == [(1, 3)]  # event 2 went into event 1
        assert store.live_event_id(2) == 1
        # The listing says so: a poller that had event 2 learns it is now event 1.
        assert [e.merged_ids for e in store.events(after=cursor)] == [(2,)]
        assert store.event(1).merged_ids == (2,)
        with TestClient(create_app(store)) as client:
            [listed] = client.get("/api/events", params={"after": cursor}).json()["events"]
            assert (listed["id"], listed["merged_ids"]) == (1, [2])


def test_a_known_article_again_changes_nothing(store_url):
    with Store(store_url) as store:
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        cursor = store.events(after=0)[-1].cursor
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        assert changed_since(store, cursor) == []


def test_listing_in_change_order_pages_without_loss_as_events_change(store_url):
    with Store(store_url) as store:
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        store.add([recall("prague", 4)])
        store.add([expulsion("dvorak", ("Karel Dvorak",), EventDate("2023-05", "month"), 20)])
        first_page = store.events(after=0, limit=2)
        assert [e.id for e in first_page] == [1, 2]
        store.add([recall("prague-2", 5)])  # event 2, already seen, changes meanwhile
        rest = store.events(after=first_page[-1].cursor, limit=2)
        assert [(e.id, e.n_articles) for e in rest] == [(3, 1), (2, 2)]
        assert [e.id for e in store.events()] == [1, 2, 3]  # without a cursor: by id


def test_denials_take_their_turn_among_the_events(store_url):
    with Store(store_url) as store:
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        store.add([recall("denial", 4, modality="negated")])
        store.add([recall("prague", 5)])
        listed = store.events(modality=["asserted", "negated"], after=0)
        assert [(e.id, e.modality) for e in listed] == [
            (1, "asserted"),
            (None, "negated"),
            (2, "asserted"),
        ]
        cursors = [e.cursor for e in listed]
        assert cursors == sorted(cursors) and len(set(cursors)) == 3
        after_denial = store.events(modality=["asserted", "negated"], after=cursors[1])
        assert [e.id for e in after_denial] == [2]


def test_the_cli_lists_what_changed_after_a_change_seq(store_url, tmp_path, monkeypatch):
    with Store(store_url) as store:
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        store.add([recall("prague", 4)])

    def listed(*args: str) -> list[dict]:
        result = CliRunner().invoke(app, ["events", "--format", "jsonl", "--db", store_url, *args])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    cursor = listed()[-1]["change_seq"]
    assert listed("--after", str(cursor)) == []
    with Store(store_url) as store:
        store.add([expulsion("novak-2", ("Jan Novak",), MARCH, 11, outlet="Olomouc Herald")])
    [again] = listed("--after", str(cursor))
    assert (again["id"], again["n_articles"]) == (1, 2)
    assert again["change_seq"] > cursor
    assert [e["id"] for e in listed("--limit", "1", "--after", str(cursor))] == [1]


def test_the_api_hands_back_a_cursor_to_poll_with(store_url):
    with Store(store_url) as store:
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        store.add([recall("prague", 4)])
        with TestClient(create_app(store)) as client:
            page = client.get("/api/events").json()
            assert page["next"] is None
            cursor = page["cursor"]
            assert cursor == page["events"][-1]["change_seq"]
            quiet = client.get("/api/events", params={"after": cursor}).json()
            assert (quiet["events"], quiet["cursor"]) == ([], cursor)
            store.add([recall("prague-2", 5)])
            [changed] = client.get("/api/events", params={"after": cursor}).json()["events"]
            assert (changed["id"], changed["n_articles"]) == (2, 2)
            streamed = client.get("/api/events", params={"after": cursor, "format": "ndjson"})
            assert [json.loads(line)["id"] for line in streamed.text.splitlines()] == [2]


def test_concurrent_writers_never_share_a_change_seq(store_url):
    with Store(store_url) as store:
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])

    def write(number: int) -> None:
        with Store(store_url) as writer:
            for day in range(4):
                writer.add([recall(f"writer-{number}-{day}", 1 + day)])
                writer.add([expulsion(f"w{number}-{day}", ("Jan Novak",), MARCH, 11 + day)])

    threads = [threading.Thread(target=write, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with Store(store_url) as store, store.engine.connect() as connection:
        given = connection.execute(sa.text("SELECT last_seq FROM change_counter")).scalar_one()
        assert given == 1 + 3 * 4 * 2  # one number per event change, none lost or shared
        assert sorted(e.n_articles for e in store.events(after=0)) == [12, 13]


def _back_to_version_2(store: Store) -> None:
    """The database as detente before the change sequence left it."""
    with store.engine.begin() as connection:
        connection.execute(sa.text("DROP INDEX ix_events_change"))
        for table in ("events", "reports"):
            connection.execute(sa.text(f"ALTER TABLE {table} DROP COLUMN change_seq"))
        connection.execute(sa.text("DROP TABLE change_counter"))
        connection.execute(sa.text("DELETE FROM schema_version WHERE version = 3"))


def test_a_version_2_database_numbers_its_events_by_id_then_its_denials(store_url):
    with Store(store_url) as store:
        store.add([recall("denial", 4, modality="negated")])
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        store.add([recall("prague", 5)])
        _back_to_version_2(store)
    with Store(store_url) as store:
        assert store.schema_version == 3
        listed = store.events(modality=["asserted", "negated"], after=0)
        assert [(e.id, e.cursor) for e in listed] == [(1, 1), (2, 2), (None, 3)]
        assert [e.id for e in store.events(after=1)] == [2]  # an id saved as cursor still works
        store.add([expulsion("novak-2", ("Jan Novak",), MARCH, 11, outlet="Olomouc Herald")])
        assert [(e.id, e.cursor) for e in store.events(after=3)] == [(1, 4)]


def test_a_number_is_never_visible_before_a_lower_one(store_url):
    # A write holding numbers it has not committed makes the next writer wait for
    # it, so a poller that sees the later number has already seen the earlier.
    with Store(store_url) as store:
        store.add([expulsion("novak", ("Jan Novak",), MARCH, 10)])
        with store.engine.connect() as first:
            first.execution_options(detente_immediate=True)  # SQLite: take the write lock
            with first.begin():
                changes.stamp(first, [1], [])
                second = threading.Thread(target=store.add, args=([recall("prague", 4)],))
                second.start()
                second.join(timeout=1.0)
                assert second.is_alive()  # waiting for the first write to commit
                assert store.events(after=1) == []  # the uncommitted number is not seen
        second.join(timeout=30)
        assert [(e.id, e.cursor) for e in store.events(after=1)] == [(1, 2), (2, 3)]
