"""The store on real databases: a SQLite file, and PostgreSQL when its server answers."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import date

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

import store_helpers
from detente.errors import InputError, StoreError
from detente.model import EventDate
from detente.pipeline import extract_story, ingest_articles
from detente.store import ArticleResult, Store, resolve_url

article, event_in = store_helpers.article, store_helpers.event_in
store_url = store_helpers.store_url  # the fixture: a SQLite file, then a PostgreSQL schema

EXPULSION_TEXT = (
    "Moravia expelled the ambassador of Silesia on Monday, giving him 72 hours to leave.\n"
    "The foreign ministry in Brno said the decision was final."
)
EXPULSION_RETOLD = (
    "Silesia's envoy has been ordered out of Moravia, officials said this month.\n"
    "It is the first such step in thirty years."
)


def expulsion_reports():
    first = article(
        "wire-1",
        EXPULSION_TEXT,
        date(2023, 3, 7),
        outlet="Wire One",
        url="https://wire-one.example/a1",
        title="Moravia expels envoy",
    )
    second = article(
        "paper-2",
        EXPULSION_RETOLD,
        date(2023, 3, 20),
        outlet="Daily Paper",
        url="https://www.paper.example/b2",
    )
    return [
        ArticleResult(
            first,
            (
                event_in(
                    first,
                    "EXPEL_DIPLOMAT",
                    "MOR",
                    "SIL",
                    "Moravia expelled the ambassador of Silesia on Monday",
                    EventDate("2023-03-06", "day"),
                ),
            ),
        ),
        ArticleResult(
            second,
            (
                event_in(
                    second,
                    "EXPEL_DIPLOMAT",
                    "MOR",
                    "SIL",
                    "Silesia's envoy has been ordered out of Moravia",
                    EventDate("2023-03", "month"),
                    modality="reported",
                ),
            ),
        ),
    ]


def count_rows(store: Store, table: str) -> int:
    with store.engine.connect() as connection:
        return connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_two_reports_of_one_expulsion_become_one_event(store_url):
    store = Store(store_url)
    summary = store.add(expulsion_reports())
    assert (summary.articles_new, summary.events_new, summary.events_merged) == (2, 1, 1)
    [stored] = store.events()
    assert (stored.type, stored.source, stored.target) == ("EXPEL_DIPLOMAT", "MOR", "SIL")
    assert (stored.date, stored.date_precision) == ("2023-03-06", "day")
    assert (stored.date_start, stored.date_end) == (date(2023, 3, 6), date(2023, 3, 6))
    assert stored.modality == "asserted"
    assert (stored.n_articles, stored.n_outlets, stored.n_mentions) == (2, 2, 2)
    assert stored.evidence == "Moravia expelled the ambassador of Silesia on Monday"
    assert (stored.doc_id, stored.outlet, stored.title) == (
        "wire-1",
        "Wire One",
        "Moravia expels envoy",
    )
    assert stored.known_by == date(2023, 3, 7)
    full = store.event(stored.id)
    assert [
        (m.doc_id, m.outlet, m.url, m.published, m.evidence, m.start, m.end, m.modality)
        for m in full.mentions
    ] == [
        (
            "wire-1",
            "Wire One",
            "https://wire-one.example/a1",
            date(2023, 3, 7),
            "Moravia expelled the ambassador of Silesia on Monday",
            0,
            52,
            "asserted",
        ),
        (
            "paper-2",
            "Daily Paper",
            "https://www.paper.example/b2",
            date(2023, 3, 20),
            "Silesia's envoy has been ordered out of Moravia",
            0,
            47,
            "reported",
        ),
    ]
    assert EXPULSION_RETOLD[0:47] == full.mentions[1].evidence
    store.close()


def test_ingesting_twice_adds_nothing(store_url):
    store = Store(store_url)
    store.add(expulsion_reports())
    again = store.add(expulsion_reports())
    assert (
        again.articles_new,
        again.articles_known,
        again.events_new,
        again.events_merged,
        again.mentions_new,
    ) == (0, 2, 0, 0, 0)
    first = expulsion_reports()[0].article
    respaced = dataclasses.replace(first, text="  " + first.text.replace(" ", "  ") + "\n")
    assert store.known(respaced)
    # Under another name the same text is one more source (issue 13 item 11).
    assert not store.known(dataclasses.replace(first, doc_id="copy", url=None, outlet=None))
    assert [count_rows(store, t) for t in ("articles", "events", "reports", "mentions")] == [
        2,
        1,
        2,
        2,
    ]
    store.close()


def test_dates_or_persons_that_disagree_keep_events_apart(store_url):
    store = Store(store_url)
    text = (
        "Moravia expelled Silesian envoy Jan Novak on 2 May. "
        "Moravia expelled Silesian envoy Petr Svoboda on 2 May. "
        "Moravia had expelled a Silesian envoy on 9 April."
    )
    source = article("three", text, date(2023, 5, 3))
    events = (
        event_in(
            source,
            "EXPEL_DIPLOMAT",
            "MOR",
            "SIL",
            "Moravia expelled Silesian envoy Jan Novak on 2 May",
            EventDate("2023-05-02", "day"),
            persons=("Jan Novak",),
        ),
        event_in(
            source,
            "EXPEL_DIPLOMAT",
            "MOR",
            "SIL",
            "Moravia expelled Silesian envoy Petr Svoboda on 2 May",
            EventDate("2023-05-02", "day"),
            persons=("Petr Svoboda",),
        ),
        event_in(
            source,
            "EXPEL_DIPLOMAT",
            "MOR",
            "SIL",
            "Moravia had expelled a Silesian envoy on 9 April",
            EventDate("2023-04-09", "day"),
        ),
    )
    summary = store.add([ArticleResult(source, events)])
    assert (summary.events_new, summary.events_merged) == (3, 0)
    assert [(e.date, e.persons) for e in store.events()] == [
        ("2023-05-02", ("Jan Novak",)),
        ("2023-05-02", ("Petr Svoboda",)),
        ("2023-04-09", ()),
    ]
    store.close()


def test_most_certain_modality_wins_and_undated_reports_join(store_url):
    store = Store(store_url)
    first = article(
        "plan", "Moravia will expel the Silesian ambassador, Brno said.", date(2023, 3, 1)
    )
    later = article(
        "done", "Moravia expelled the Silesian ambassador last week.", date(2023, 3, 10)
    )
    undated = article(
        "background", "Moravia once expelled the Silesian ambassador.", date(2023, 6, 1)
    )
    store.add(
        [
            ArticleResult(
                first,
                (
                    event_in(
                        first,
                        "EXPEL_DIPLOMAT",
                        "MOR",
                        "SIL",
                        "Moravia will expel the Silesian ambassador",
                        EventDate("2023-03", "month"),
                        modality="planned",
                    ),
                ),
            ),
            ArticleResult(
                later,
                (
                    event_in(
                        later,
                        "EXPEL_DIPLOMAT",
                        "MOR",
                        "SIL",
                        "Moravia expelled the Silesian ambassador last week",
                        EventDate("2023-03", "month"),
                    ),
                ),
            ),
        ]
    )
    summary = store.add(
        [
            ArticleResult(
                undated,
                (
                    event_in(
                        undated,
                        "EXPEL_DIPLOMAT",
                        "MOR",
                        "SIL",
                        "Moravia once expelled the Silesian ambassador",
                    ),
                ),
            )
        ]
    )
    assert (summary.events_new, summary.events_merged) == (0, 1)
    [stored] = store.events()
    assert (stored.modality, stored.date, stored.n_articles, stored.known_by) == (
        "asserted",
        "2023-03",
        3,
        date(2023, 3, 1),
    )
    assert stored.evidence == "Moravia expelled the Silesian ambassador last week"
    store.close()


def test_a_denial_creates_no_event_but_guards_the_status(store_url):
    store = Store(store_url)
    text = "Brno said the expulsion does not mean it is breaking off relations with Silesia."
    source = article("denial", text, date(2023, 3, 7))
    summary = store.add(
        [
            ArticleResult(
                source,
                (
                    event_in(
                        source,
                        "SEVER_RELATIONS",
                        "MOR",
                        "SIL",
                        "the expulsion does not mean it is breaking off relations with Silesia",
                        EventDate("2023-03-07", "day"),
                        modality="negated",
                    ),
                ),
            )
        ]
    )
    assert (summary.events_new, summary.denials_new, summary.mentions_new) == (0, 1, 1)
    assert store.events() == []
    status = store.status("MOR", "SIL")
    assert [(g.claim, g.event.id, g.event.doc_id) for g in status.guards] == [
        ("relations not severed", None, "denial")
    ]
    assert status.relations.relations.value == "UNKNOWN"
    store.close()


def test_a_later_article_about_an_earlier_event_lands_in_place(store_url):
    store = Store(store_url)
    recall_text = "Silesia recalled its ambassador from Moravia on 4 July 2022."
    recall = article("recall", recall_text, date(2022, 7, 5))
    store.add(
        [
            ArticleResult(
                recall,
                (
                    event_in(
                        recall,
                        "RECALL_DIPLOMAT",
                        "SIL",
                        "MOR",
                        recall_text[:-1],
                        EventDate("2022-07-04", "day"),
                    ),
                ),
            )
        ]
    )
    assert store.status("SIL", "MOR").forward.head_of_mission.value == "RECALLED"
    memoir_text = "Ambassador Anna Kral presented her credentials in Brno in March 2019."
    memoir = article("memoir", memoir_text, date(2024, 1, 15))
    store.add(
        [
            ArticleResult(
                memoir,
                (
                    event_in(
                        memoir,
                        "PRESENT_CREDENTIALS",
                        "SIL",
                        "MOR",
                        memoir_text[:-1],
                        EventDate("2019-03", "month"),
                        persons=("Anna Kral",),
                    ),
                ),
            )
        ]
    )
    timeline = store.timeline("SIL", "MOR")
    assert [
        (c.period.label, c.after, c.caused_by[0].doc_id)
        for c in timeline.changes
        if c.attribute == "head_of_mission"
    ] == [("2019-03", "ACCREDITED", "memoir"), ("2022-07-04", "RECALLED", "recall")]
    in_2020 = store.status("SIL", "MOR", on=date(2020, 6, 1))
    assert in_2020.forward.head_of_mission.value == "ACCREDITED"
    assert in_2020.forward.person == "Anna Kral"
    assert store.timeline("MOR").changes == timeline.changes
    store.close()


def test_event_filters_and_pagination(store_url):
    store = Store(store_url)
    store.add(expulsion_reports())
    text = (
        "Silesia imposed sanctions on 40% of Moravian officials in 2022. "
        "Moravia recalled its ambassador from Bohemia on 1 June 2023."
    )
    source = article("more", text, date(2023, 6, 2))
    store.add(
        [
            ArticleResult(
                source,
                (
                    event_in(
                        source,
                        "IMPOSE_SANCTIONS",
                        "SIL",
                        "MOR",
                        "Silesia imposed sanctions on 40% of Moravian officials in 2022",
                        EventDate("2022", "year"),
                    ),
                    event_in(
                        source,
                        "RECALL_DIPLOMAT",
                        "MOR",
                        "BOH",
                        "Moravia recalled its ambassador from Bohemia on 1 June 2023",
                        EventDate("2023-06-01", "day"),
                        modality="reported",
                    ),
                ),
            )
        ]
    )

    def ids(**filters):
        return [(e.type, e.source, e.target) for e in store.events(**filters)]

    expel, sanctions, recall = (
        ("EXPEL_DIPLOMAT", "MOR", "SIL"),
        ("IMPOSE_SANCTIONS", "SIL", "MOR"),
        ("RECALL_DIPLOMAT", "MOR", "BOH"),
    )
    assert ids() == [expel, sanctions, recall]
    assert ids(actor="BOH") == [recall]
    assert ids(source="MOR") == [expel, recall]
    assert ids(target="MOR") == [sanctions]
    assert ids(pair=("SIL", "MOR")) == [expel, sanctions]
    assert ids(type=["RECALL_DIPLOMAT", "IMPOSE_SANCTIONS"]) == [sanctions, recall]
    assert ids(modality="reported") == [recall]
    assert ids(since=date(2023, 1, 1)) == [expel, recall]
    assert ids(until=date(2022, 12, 31)) == [sanctions]
    assert ids(since=date(2023, 3, 6), until=date(2023, 3, 6)) == [expel]
    assert ids(q="ORDERED OUT") == [expel]  # matches the second source's sentence
    assert ids(q="40%") == [sanctions]
    assert ids(q="4_%") == []
    first_page = store.events(limit=2, after=0)
    assert [e.type for e in first_page] == ["EXPEL_DIPLOMAT", "IMPOSE_SANCTIONS"]
    assert ids(after=first_page[-1].cursor, limit=2) == [recall]
    assert store.event(10_000) is None
    store.close()


def test_exports(store_url, tmp_path):
    store = Store(store_url)
    store.add(expulsion_reports())
    out = io.StringIO()
    assert store.export("jsonl", out) == 1
    record = json.loads(out.getvalue())
    assert (record["type"], record["date"], record["n_articles"]) == (
        "EXPEL_DIPLOMAT",
        "2023-03-06",
        2,
    )
    assert [m["doc_id"] for m in record["mentions"]] == ["wire-1", "paper-2"]

    out = io.StringIO()
    store.export("csv", out)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["source"], row["target"], row["date_start"], row["n_outlets"]) == (
        "MOR",
        "SIL",
        "2023-03-06",
        "2",
    )

    store.export("parquet", tmp_path / "events.parquet")
    table = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert [(r["type"], r["date"], r["n_mentions"]) for r in table] == [
        ("EXPEL_DIPLOMAT", "2023-03-06", 2)
    ]

    out = io.StringIO()
    store.export("gdelt", out)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert (
        row["SQLDATE"],
        row["Actor1Code"],
        row["Actor2Code"],
        row["EventCode"],
        row["EventRootCode"],
        row["QuadClass"],
        row["GoldsteinScale"],
        row["NumArticles"],
        row["NumSources"],
        row["SOURCEURL"],
    ) == (
        "20230306",
        "MOR",
        "SIL",
        "161",
        "16",
        "4",
        "-4.0",
        "2",
        "2",
        "https://wire-one.example/a1",
    )

    out = io.StringIO()
    store.export("plover", out)
    record = json.loads(out.getvalue())
    assert (
        record["event_type"],
        record["event_mode"],
        record["contexts"],
        record["actor"]["code"],
        record["recipient"]["code"],
        record["num_sources"],
    ) == ("SANCTION", "expel", ["diplomatic"], "MOR", "SIL", 2)
    with pytest.raises(Exception, match="unknown export format 'xml'"):
        store.export("xml", io.StringIO())
    store.close()


def test_ingest_reports_bad_items_and_goes_on(store_url):
    store = Store(store_url)
    good = article("good", "Moravia expelled the Silesian ambassador today.", date(2023, 3, 7))
    broken = article("broken", "This article breaks the extractor.", date(2023, 3, 7))

    def extract(item):
        if item.doc_id == "broken":
            raise ValueError("no sentence boundary")
        return [
            event_in(
                item,
                "EXPEL_DIPLOMAT",
                "MOR",
                "SIL",
                "Moravia expelled the Silesian ambassador today",
                EventDate("2023-03-07", "day"),
            )
        ]

    seen = []
    items = [InputError("empty.txt", "article is empty"), broken, good, good]
    summary = ingest_articles(store, items, extract=extract, progress=seen.append, batch_size=1)
    assert (
        summary.articles_new,
        summary.articles_known,
        summary.articles_failed,
        summary.events_new,
    ) == (1, 1, 2, 1)
    assert [(f.where, f.problem) for f in summary.failures] == [
        ("empty.txt", "article is empty"),
        ("broken.txt", "extraction failed: ValueError: no sentence boundary"),
    ]
    assert sum(seen) == len(items)  # every article counted once, failed or not
    store.close()


def test_a_failed_extraction_fails_every_copy_of_the_story():
    story = article("agency", "Moravia expelled the Silesian ambassador.", date(2023, 3, 7))
    copy = article("reprint", "Moravia expelled the Silesian ambassador!", date(2023, 3, 7))

    def extract(item):
        raise ValueError("parser crashed")

    outcome = extract_story([story, copy], extract)
    assert outcome.articles_failed == 2
    assert [(f.where, f.problem) for f in outcome.failures] == [
        ("agency.txt", "extraction failed: ValueError: parser crashed"),
        ("reprint.txt", "copy of agency.txt, which failed"),
    ]


def test_schema_is_versioned_and_newer_schemas_are_refused(store_url):
    store = Store(store_url)
    assert store.schema_version == 3
    with store.engine.begin() as connection:
        rows = connection.execute(sa.text("SELECT version, description FROM schema_version"))
        assert sorted(tuple(r) for r in rows) == [
            (1, "articles, events, reports and mentions"),
            (2, "aliases of events merged into others"),
            (3, "change sequence of events and denials"),
        ]
        connection.execute(
            sa.text(
                "INSERT INTO schema_version (version, description, applied_at) "
                "VALUES (99, 'from the future', CURRENT_TIMESTAMP)"
            )
        )
    store.close()
    with pytest.raises(StoreError, match="newer than this detente"):
        Store(store_url)


def test_store_url_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("DETENTE_DB", raising=False)
    assert resolve_url() == "sqlite:///detente.db"
    assert resolve_url("events.db") == "sqlite:///events.db"
    monkeypatch.setenv("DETENTE_DB", "postgresql+psycopg://u@h/db")
    assert resolve_url() == "postgresql+psycopg://u@h/db"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    with pytest.raises(StoreError, match="cannot open or migrate the store"):
        Store(f"sqlite:///{tmp_path}/missing-dir/x.db")
