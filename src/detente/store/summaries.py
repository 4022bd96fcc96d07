"""Read-side summaries the web pages and the HTTP API need beyond single events.

Functions of a :class:`~detente.store.Store` (method twins to come):
:func:`latest_events`, :func:`events_newest_first`, :func:`active_dyads`,
:func:`country_relations` and :func:`article_texts`.  They reuse the store's
event SELECT and the relations state machine rather than repeating them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select

from detente.relations import RelationStatus, status_on
from detente.store import queries, schema
from detente.store.merge import article_key
from detente.store.records import StoredEvent

if TYPE_CHECKING:
    from detente.store.store import Store

_events = schema.events


@dataclass(frozen=True)
class DyadActivity:
    """How much two states have done to each other: events either way, and the latest date."""

    a: str
    b: str
    events: int
    latest: date | None


def latest_events(store: Store, limit: int = 20, actor: str | None = None) -> list[StoredEvent]:
    """The most recent events (of ``actor`` if given) by date, newest first.

    Undated events count from their first report.
    """
    when = func.coalesce(_events.c.date_start, _events.c.known_by)
    query = (
        queries.select_events(queries.EventFilter(actor=actor, limit=limit))
        .order_by(None)
        .order_by(when.desc().nulls_last(), _events.c.id.desc())
    )
    with store.engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [queries.stored_event(row) for row in rows]


def events_newest_first(
    store: Store, event_filter: queries.EventFilter, offset: int = 0
) -> list[StoredEvent]:
    """Events matching ``event_filter`` by date, newest first, from the ``offset``-th on.

    Undated events count from their first report; ties go to the later id.
    """
    when = func.coalesce(_events.c.date_start, _events.c.known_by)
    query = (
        queries.select_events(event_filter)
        .order_by(None)
        .order_by(when.desc().nulls_last(), _events.c.id.desc())
        .offset(offset)
    )
    with store.engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [queries.stored_event(row) for row in rows]


def active_dyads(store: Store, limit: int = 10, since: date | None = None) -> list[DyadActivity]:
    """The pairs of states with the most events between them (either direction)."""
    first = case((_events.c.source < _events.c.target, _events.c.source), else_=_events.c.target)
    second = case((_events.c.source < _events.c.target, _events.c.target), else_=_events.c.source)
    when = func.coalesce(_events.c.date_start, _events.c.known_by)
    count = func.count().label("n")
    query = (
        select(first.label("a"), second.label("b"), count, func.max(when).label("latest"))
        .group_by(first, second)
        .order_by(count.desc(), func.max(when).desc())
        .limit(limit)
    )
    if since is not None:
        query = query.where(when >= since)
    with store.engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [DyadActivity(row["a"], row["b"], row["n"], _as_date(row["latest"])) for row in rows]


def country_relations(store: Store, code: str, on: date | None = None) -> list[RelationStatus]:
    """Where ``code`` stands with every state it has events with, on ``on`` (latest if None).

    Two queries whatever the number of counterparts: the country's events and
    its denials, grouped here and replayed pair by pair.
    """
    records = store.events(actor=code) + store.denials([code])
    by_counterpart: dict[str, list[StoredEvent]] = {}
    for record in records:
        other = record.target if record.source == code else record.source
        by_counterpart.setdefault(other, []).append(record)
    return [status_on(group, code, other, on) for other, group in sorted(by_counterpart.items())]


def article_texts(store: Store, article_ids: Iterable[int]) -> dict[int, str]:
    """The stored text of each article id asked for (ids not stored are left out)."""
    wanted = sorted(set(article_ids))
    if not wanted:
        return {}
    articles = schema.articles
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(articles.c.id, articles.c.text).where(articles.c.id.in_(wanted))
        ).all()
    return {row.id: row.text for row in rows}


def _as_date(value: date | str | None) -> date | None:
    # SQLite hands back max() over a DATE column as text.
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def article_events(store: Store, text: str) -> tuple[int | None, list[StoredEvent]]:
    """The stored article with this text (by normalised-text hash) and the events it reports.

    ``(None, [])`` when no such article is stored.
    """
    articles, reports = schema.articles, schema.reports
    with store.engine.connect() as connection:
        article_id = connection.execute(
            select(articles.c.id).where(articles.c.text_hash == article_key(text))
        ).scalar()
        if article_id is None:
            return None, []
        reported = select(reports.c.event_id).where(reports.c.article_id == article_id)
        rows = (
            connection.execute(
                queries.select_events(queries.EventFilter()).where(_events.c.id.in_(reported))
            )
            .mappings()
            .all()
        )
    return article_id, [queries.stored_event(row) for row in rows]


def data_version(store: Store) -> int:
    """A number that changes whenever the store's content does: the last article's id.

    Every write adds an article (events are created and merged only from new
    articles, and nothing is deleted), so an unchanged number means unchanged data.
    """
    with store.engine.connect() as connection:
        return connection.execute(select(func.max(schema.articles.c.id))).scalar() or 0
