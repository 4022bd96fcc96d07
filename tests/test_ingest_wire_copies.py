"""Three outlets running one agency story: one event with three sources, extracted once.

The first tests use a stand-in extractor (it reports the sentence holding
"expelled") so that what ingest and the store do with copies is pinned down
whatever the pipeline finds; the last runs the real pipeline end to end.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.ingest import iter_articles
from detente.model import Article, Event, EventDate, Mention
from detente.pipeline import ingest_articles
from detente.store.store import Store
from wire_story import COPY_EDITED, COPY_WITH_INTRO, EDITED_LEAD, LEAD, OTHER_STORY, WIRE

OUTLETS = {"agency": "Baltic Wire", "intro": "Riga Evening News", "edited": "Tallinn Post"}
TEXTS = {"agency": WIRE, "intro": COPY_WITH_INTRO, "edited": COPY_EDITED, "other": OTHER_STORY}


def write_dump(folder: Path) -> Path:
    records = [
        {
            "id": doc,
            "text": TEXTS[doc],
            "published": "2023-04-04",
            "outlet": outlet,
            "url": f"https://{doc}.example/latvia",
        }
        for doc, outlet in OUTLETS.items()
    ]
    records.insert(
        1, {"id": "other", "text": OTHER_STORY, "published": "2023-04-04", "outlet": "Baltic Wire"}
    )
    dump = folder / "wire.jsonl"
    dump.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return dump


def expulsion_finder(calls: list[str]):
    """A stand-in extractor: one EXPEL_DIPLOMAT event per sentence containing 'expelled'."""

    def extract(article: Article) -> list[Event]:
        calls.append(article.doc_id)
        start = article.text.find("Latvia")
        if "expelled" not in article.text or start < 0:
            return []
        end = article.text.index(".", start) + 1
        sentence = article.text[start:end]
        day = EventDate("2023-04-04", "day")
        mention = Mention("EXPEL_DIPLOMAT", "LVA", "RUS", "asserted", day, sentence, start, end)
        return [
            Event(
                article.doc_id,
                "EXPEL_DIPLOMAT",
                "LVA",
                "RUS",
                day,
                "asserted",
                (),
                sentence,
                start,
                end,
                0.9,
                "1623",
                -5.0,
                "REDUCE",
                "expel",
                (mention,),
            )
        ]

    return extract


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(f"sqlite:///{tmp_path / 'events.db'}") as opened:
        yield opened


def test_three_copies_give_one_event_with_three_sources_extracted_once(tmp_path, store):
    calls: list[str] = []
    summary = ingest_articles(
        store, iter_articles([write_dump(tmp_path)]), extract=expulsion_finder(calls)
    )
    # The wire story is extracted once, for its longest copy; the unrelated story once.
    assert sorted(calls) == ["intro", "other"]
    assert (summary.articles_new, summary.events_new, summary.events_merged) == (4, 1, 2)
    [event] = store.events()
    assert (event.type, event.source, event.target, event.n_articles, event.n_outlets) == (
        "EXPEL_DIPLOMAT",
        "LVA",
        "RUS",
        3,
        3,
    )
    assert store.articles_count() == 4


def test_each_copy_mention_quotes_and_points_into_its_own_text(tmp_path, store):
    ingest_articles(store, iter_articles([write_dump(tmp_path)]), extract=expulsion_finder([]))
    [listed] = store.events()
    mentions = store.event(listed.id).mentions
    assert sorted((m.doc_id, m.evidence, m.outlet) for m in mentions) == [
        ("agency", LEAD, "Baltic Wire"),
        ("edited", EDITED_LEAD, "Tallinn Post"),
        ("intro", LEAD, "Riga Evening News"),
    ]
    for mention in mentions:
        assert TEXTS[mention.doc_id][mention.start : mention.end] == mention.evidence


def test_real_pipeline_three_copies_one_expulsion_three_sources(tmp_path, store):
    summary = ingest_articles(store, iter_articles([write_dump(tmp_path)]))
    assert summary.articles_failed == 0, summary.failures
    expulsions = store.events(type="EXPEL_DIPLOMAT")
    assert [(e.source, e.target, e.n_articles, e.n_outlets) for e in expulsions] == [
        ("LVA", "RUS", 3, 3)
    ]
    mentions = store.event(expulsions[0].id).mentions
    assert {m.doc_id for m in mentions} == {"agency", "intro", "edited"}
    for mention in mentions:
        assert TEXTS[mention.doc_id][mention.start : mention.end] == mention.evidence


def test_verbatim_copies_from_three_outlets_are_three_sources(tmp_path, store):
    dump = tmp_path / "verbatim.jsonl"
    records = [
        {
            "id": f"copy-{n}",
            "text": WIRE,
            "published": "2023-04-04",
            "outlet": outlet,
            "url": f"https://{n}.example/latvia",
        }
        for n, outlet in enumerate(OUTLETS.values())
    ]
    dump.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    calls: list[str] = []
    first = ingest_articles(store, iter_articles([dump]), extract=expulsion_finder(calls))
    assert (first.articles_new, first.articles_known, calls) == (3, 0, ["copy-0"])
    [event] = store.events()
    assert (event.n_articles, event.n_outlets) == (3, 3)
    # Read again, every copy is known: the same text from the same place.
    again = ingest_articles(store, iter_articles([dump]), extract=expulsion_finder(calls))
    assert (again.articles_new, again.articles_known, calls) == (0, 3, ["copy-0"])


def test_the_same_text_without_a_place_is_one_article_per_name(tmp_path, store):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("date 2023-04-04\n" + WIRE, encoding="utf-8")
    summary = ingest_articles(store, iter_articles([tmp_path]), extract=expulsion_finder([]))
    assert (summary.articles_new, summary.articles_known) == (2, 0)
    again = ingest_articles(
        store, iter_articles([tmp_path / "a.txt"]), extract=expulsion_finder([])
    )
    assert (again.articles_new, again.articles_known) == (0, 1)
