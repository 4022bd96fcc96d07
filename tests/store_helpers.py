"""Shared pieces of the store tests: hand-built articles and events, real databases.

``store_url`` gives each test a fresh SQLite file in ``tmp_path`` and, when
the PostgreSQL server on 127.0.0.1:5432 answers, a fresh schema of the
``test`` database (dropped afterwards, so other suites sharing it are safe).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
import sqlalchemy as sa

from detente.model import Article, Event, EventDate, Mention
from detente.nlp import pipeline

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_answers() -> bool:
    try:
        engine = sa.create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except sa.exc.OperationalError:
        return False


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """A URL to an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'detente.db'}"
        return
    if not postgres_answers():
        pytest.skip("no PostgreSQL server answers on 127.0.0.1:5432")
    with fresh_schema() as url:
        yield url


@contextmanager
def fresh_schema(postgres: str = POSTGRES_URL, prefix: str = "detente_test") -> Iterator[str]:
    """A URL to a new, empty schema of the ``postgres`` database, dropped afterwards."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(postgres)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{postgres}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def article(
    doc_id: str,
    text: str,
    published: date | None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    return Article(
        doc_id,
        text,
        published,
        "header" if published else "unknown",
        title=title,
        url=url,
        outlet=outlet,
        path=f"{doc_id}.txt",
    )


CODES = {
    "EXPEL_DIPLOMAT": ("161", -4.0, "SANCTION", "expel"),
    "RECALL_DIPLOMAT": ("161", -4.0, "SANCTION", "withdraw"),
    "PRESENT_CREDENTIALS": ("050", 3.5, "SUPPORT", None),
    "APPOINT_AMBASSADOR": ("050", 3.5, "SUPPORT", None),
    "DOWNGRADE_RELATIONS": ("161", -4.0, "SANCTION", "discontinue"),
    "SEVER_RELATIONS": ("161", -4.0, "SANCTION", "discontinue"),
    "IMPOSE_SANCTIONS": ("163", -8.0, "SANCTION", "discontinue"),
}


def event_in(
    source_article: Article,
    type: str,
    source: str,
    target: str,
    evidence: str,
    when: EventDate | None = None,
    modality: str = "asserted",
    persons: tuple[str, ...] = (),
    confidence: float = 0.8,
    **details,
) -> Event:
    """An Event as extraction would give it, its evidence located in the article text."""
    when = when or EventDate()
    start = source_article.text.index(evidence)
    end = start + len(evidence)
    cameo, goldstein, plover, mode = CODES[type]
    mention = Mention(
        type,
        source,
        target,
        modality,
        when,
        evidence,
        start,
        end,
        persons,
        confidence,
        dict(details),
    )
    return Event(
        source_article.doc_id,
        type,
        source,
        target,
        when,
        modality,
        persons,
        evidence,
        start,
        end,
        confidence,
        cameo,
        goldstein,
        plover,
        mode,
        (mention,),
        dict(details),
    )


def stand_in_for_extraction(monkeypatch: pytest.MonkeyPatch, extract) -> None:
    """Have every ingest path (one article at a time or batched) find the events
    ``extract(article)`` gives instead of running the NLP pipeline."""
    monkeypatch.setattr(pipeline, "extract_article", lambda article, cascade=True: extract(article))
    monkeypatch.setattr(
        pipeline,
        "extract_many",
        lambda articles, cascade=True: (list(extract(article)) for article in articles),
    )
