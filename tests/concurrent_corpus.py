"""A generated news corpus for the concurrent-writer tests, and the writers themselves.

``news_corpus(seed)`` writes short news-like articles about diplomatic
incidents.  Most incidents are told by several outlets in their own words, at
different date precisions (a day, a month, no date), some articles tell two
incidents, some are verbatim wire copies from another outlet and some are
denials, so that ingesting them merges reports across articles.  Each article
comes with the events extraction should find in it, so the writers need no
model: ``write_part`` (run in a separate process) ingests part of the corpus
through :meth:`Store.ingest` with those events standing in for extraction.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from detente.model import Article, Event, EventDate
from detente.pipeline import ingest_articles
from detente.store import Store
from store_helpers import article, event_in

COUNTRIES = (
    ("FRA", "France", "French"),
    ("DEU", "Germany", "German"),
    ("RUS", "Russia", "Russian"),
    ("LVA", "Latvia", "Latvian"),
    ("NGA", "Nigeria", "Nigerian"),
    ("GHA", "Ghana", "Ghanaian"),
    ("JPN", "Japan", "Japanese"),
    ("VNM", "Vietnam", "Vietnamese"),
    ("BRA", "Brazil", "Brazilian"),
    ("KEN", "Kenya", "Kenyan"),
)
OUTLETS = ("Daily Ledger", "Harbour Times", "Capital Wire", "Evening Courier", "North Star")
ENVOYS = ("Ana Ribeiro", "Tomas Berzins", "Akiko Mori", "Samuel Okafor", "Lena Vogel")

# type -> sentence; {s}/{t} are names, {ta} the target's adjective, {when} the date phrase.
SENTENCES = {
    "EXPEL_DIPLOMAT": "{s} expelled {n} {ta} diplomats {when}, accusing them of spying",
    "RECALL_DIPLOMAT": "{s} recalled its ambassador to {t} {when} for consultations",
    "APPOINT_AMBASSADOR": "{s} named {person} as its new ambassador to {t} {when}",
    "IMPOSE_SANCTIONS": "{s} imposed sanctions on {ta} officials {when}",
    "DOWNGRADE_RELATIONS": "{s} downgraded its diplomatic relations with {t} {when}",
}
# Background sentences: a speaker and what they said, so that no two outlets'
# stories of one incident read as near-copies of each other.
SPEAKERS = (
    "The foreign ministry",
    "A government spokesman",
    "Opposition lawmakers",
    "Analysts in the capital",
    "A senior diplomat",
    "The embassy",
    "Business groups",
    "A regional expert",
)
REMARKS = (
    "said trade between the two countries had grown steadily over the past decade",
    "called the decision regrettable but necessary",
    "demanded a full briefing in parliament before the weekend",
    "warned that the move was likely to strain ties further",
    "said the consular section would stay open for visa requests",
    "declined to say whether other measures were being planned",
    "noted that the two governments last held formal talks two years ago",
    "described the atmosphere at the ministry as tense but calm",
)


def _fillers(rng: random.Random, count: int) -> list[str]:
    pairs = rng.sample([(s, r) for s in SPEAKERS for r in REMARKS], count)
    return [f"{speaker} {remark}." for speaker, remark in pairs]


@dataclass(frozen=True)
class Incident:
    type: str
    source: tuple[str, str, str]
    target: tuple[str, str, str]
    day: date
    person: str | None


@dataclass(frozen=True)
class Item:
    """One generated article and the events extraction finds in it."""

    article: Article
    events: tuple[Event, ...]


def news_corpus(seed: int = 14, incidents: int = 36) -> list[Item]:
    """Articles telling ``incidents`` incidents, several articles per incident."""
    rng = random.Random(seed)
    told = [_incident(rng) for _ in range(incidents)]
    items: list[Item] = []
    for number, incident in enumerate(told):
        for outlet in rng.sample(OUTLETS, rng.randint(1, 4)):
            also = rng.choice(told) if rng.random() < 0.2 else None
            items.append(_report(rng, f"a{len(items):03d}", outlet, incident, also))
        if number % 6 == 0:  # a verbatim wire copy run by another outlet
            items.append(_copy(items[-1], f"a{len(items):03d}"))
        if number % 9 == 0:
            items.append(_denial(rng, f"a{len(items):03d}", incident))
    rng.shuffle(items)
    return items


def _incident(rng: random.Random) -> Incident:
    source, target = rng.sample(COUNTRIES, 2)
    kind = rng.choice(sorted(SENTENCES))
    person = rng.choice(ENVOYS) if kind == "APPOINT_AMBASSADOR" else None
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(300))
    return Incident(kind, source, target, day, person)


def _when(rng: random.Random, day: date) -> tuple[str, EventDate]:
    precision = rng.choice(("day", "day", "month", "none"))
    if precision == "day":
        return f"on {day.day} {day:%B %Y}", EventDate.of_day(day)
    if precision == "month":
        return f"in {day:%B %Y}", EventDate.of_month(day.year, day.month)
    return "this week", EventDate()


def _sentence(rng: random.Random, incident: Incident) -> tuple[str, EventDate]:
    when, event_date = _when(rng, incident.day)
    sentence = SENTENCES[incident.type].format(
        s=incident.source[1],
        t=incident.target[1],
        ta=incident.target[2],
        person=incident.person,
        n=rng.choice(("two", "three", "four")),
        when=when,
    )
    return sentence + ".", event_date


def _report(
    rng: random.Random, doc_id: str, outlet: str, incident: Incident, also: Incident | None
) -> Item:
    told = [incident] + ([also] if also is not None and also != incident else [])
    sentences = [_sentence(rng, one) for one in told]
    fillers = _fillers(rng, 4)
    text = "\n\n".join(
        [f"{outlet} reports. {sentences[0][0]}", *fillers[:2]]
        + [s for s, _ in sentences[1:]]
        + fillers[2:]
    )
    published = incident.day + timedelta(days=rng.randint(0, 3))
    made = article(doc_id, text, published, outlet=outlet, url=f"https://{doc_id}.example/news")
    events = tuple(
        event_in(
            made,
            one.type,
            one.source[0],
            one.target[0],
            sentence,
            when=event_date,
            persons=(one.person,) if one.person else (),
        )
        for one, (sentence, event_date) in zip(told, sentences, strict=True)
    )
    return Item(made, events)


def _copy(item: Item, doc_id: str) -> Item:
    original = item.article
    copied = article(doc_id, original.text, original.published, outlet="Wire Reprints")
    return Item(copied, item.events)


def _denial(rng: random.Random, doc_id: str, incident: Incident) -> Item:
    source, target = incident.source, incident.target
    sentence = f"{source[1]} denied that it had expelled any {target[2]} diplomats."
    text = "\n\n".join([sentence, *_fillers(rng, 3)])
    made = article(doc_id, text, incident.day + timedelta(days=5), outlet="North Star")
    event = event_in(made, "EXPEL_DIPLOMAT", source[0], target[0], sentence, modality="negated")
    return Item(made, (event,))


def events_by_doc(items: list[Item]) -> dict[str, tuple[Event, ...]]:
    return {item.article.doc_id: item.events for item in items}


def write_part(
    url: str,
    seed: int,
    start: int,
    batch_size: int,
    barrier=None,
    incidents: int = 36,
    count: int | None = None,
) -> None:
    """One writer (run in its own process): ingest ``count`` articles from ``start`` on, wrapping.

    Writers given overlapping parts (by default each the whole corpus, from
    another place in it) race on the same articles and the same events.
    """
    items = news_corpus(seed, incidents)
    events = events_by_doc(items)
    if barrier is not None:
        barrier.wait()  # all writers open the (empty) store at once: migrations race too
    with Store(url) as store:
        order = (items[start:] + items[:start])[:count]
        summary = ingest_articles(
            store,
            (item.article for item in order),
            extract=lambda found: events[found.doc_id],
            batch_size=batch_size,
        )
    if summary.failures:
        raise RuntimeError(f"writer from {start} failed: {summary.failures}")


def stored_events(url: str) -> Counter:
    """Each stored event as what a reader sees of it: type, dyad, date, persons and counts."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT type, source, target, date_value, date_precision, modality, "
                    "persons, n_articles, n_outlets, n_mentions FROM events"
                )
            ).all()
    finally:
        engine.dispose()
    return Counter((*row[:6], tuple(sorted(_json(row.persons))), *row[7:]) for row in rows)


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def duplicate_groups(events: Counter) -> int:
    """How many (type, dyad, date) keys are stored more often than once."""
    keys = Counter(event[:5] for event in events.elements())
    return sum(1 for count in keys.values() if count > 1)


def table_counts(url: str) -> dict[str, int]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table: connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("articles", "reports", "mentions", "events")
            }
    finally:
        engine.dispose()
