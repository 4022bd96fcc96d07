"""Store throughput: batches written per second, and how long status and timeline take.

Writes synthetic (article, events) results (seeded; no NLP) through
:meth:`Store.add` in batches of 50, then times :meth:`Store.status` on the
busiest pair and :meth:`Store.timeline` of one state.  SQLite in a temporary
file always; PostgreSQL too when ``--postgres URL`` is given (a fresh schema,
dropped afterwards).  Prints figures only.

Run: python benchmarks/store_throughput.py [--articles 2000] [--postgres URL]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from detente.model import Article, Event, EventDate, Mention
from detente.store import ArticleResult, Store

STATES = ("AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH")
TYPES = (
    "EXPEL_DIPLOMAT",
    "RECALL_DIPLOMAT",
    "APPOINT_AMBASSADOR",
    "PRESENT_CREDENTIALS",
    "DOWNGRADE_RELATIONS",
    "IMPOSE_SANCTIONS",
    "SUMMON_DIPLOMAT",
)


def synthetic_results(count: int, seed: int = 7) -> list[ArticleResult]:
    """``count`` one-event articles between a few states over eight years."""
    rng = random.Random(seed)
    results = []
    for number in range(count):
        source, target = rng.sample(STATES, 2)
        sentence = f"{source} acted against the ambassador of {target} (story {number})."
        when = _random_date(rng)
        article = Article(
            f"story-{number}",
            sentence + " More text follows.",
            date(2023, 1, 1),
            "header",
            outlet=f"outlet-{number % 9}",
        )
        kind = rng.choice(TYPES)
        mention = Mention(kind, source, target, "asserted", when, sentence, 0, len(sentence))
        event = Event(
            article.doc_id,
            kind,
            source,
            target,
            when,
            "asserted",
            (),
            sentence,
            0,
            len(sentence),
            0.8,
            "161",
            -4.0,
            "SANCTION",
            None,
            (mention,),
        )
        results.append(ArticleResult(article, (event,)))
    return results


def _random_date(rng: random.Random) -> EventDate:
    year, month = rng.randint(2015, 2022), rng.randint(1, 12)
    if rng.random() < 0.5:
        return EventDate.of_month(year, month)
    return EventDate.of_day(date(year, month, rng.randint(1, 28)))


def measure(url: str, results: list[ArticleResult], label: str) -> None:
    store = Store(url)
    started = time.perf_counter()
    for start in range(0, len(results), 50):
        store.add(results[start : start + 50])
    written = time.perf_counter() - started
    events = len(store.events())
    started = time.perf_counter()
    status = store.status("AAA", "BBB")
    status_time = time.perf_counter() - started
    started = time.perf_counter()
    timeline = store.timeline("AAA")
    timeline_time = time.perf_counter() - started
    store.close()
    print(
        f"{label}: {len(results) / written:,.0f} articles/s written "
        f"({len(results)} articles, {events} events); "
        f"status AAA-BBB {status_time * 1000:.0f} ms ({len(status.changes)} changes); "
        f"timeline AAA {timeline_time * 1000:.0f} ms ({len(timeline.changes)} changes)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--postgres", metavar="URL", help="e.g. postgresql+psycopg://u@h/db")
    options = parser.parse_args()
    results = synthetic_results(options.articles)
    with tempfile.TemporaryDirectory() as folder:
        measure(f"sqlite:///{Path(folder) / 'bench.db'}", results, "SQLite")
    if options.postgres:
        schema = f"detente_bench_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(options.postgres)
        with admin.begin() as connection:
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        try:
            measure(f"{options.postgres}?options=-csearch_path%3D{schema}", results, "PostgreSQL")
        finally:
            with admin.begin() as connection:
                connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
