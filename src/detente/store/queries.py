"""The read path: filtered event lists, one event with all its sources, denials."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Select, and_, exists, func, or_, select

from detente.relations.model import Period
from detente.store import schema
from detente.store.records import StoredEvent, StoredMention

_events, _reports, _articles, _mentions = (
    schema.events,
    schema.reports,
    schema.articles,
    schema.mentions,
)


@dataclass(frozen=True)
class EventFilter:
    """Which events to list; every field is optional and they combine with AND.

    ``actor`` matches either side, ``pair`` either direction between two
    states; ``since``/``until`` keep events whose period may overlap them (an
    undated event may have happened any time before its first report); ``q``
    is a case-insensitive substring of any evidence sentence; ``after_id``
    continues a listing after the last id seen (keyset pagination, by id).
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    pair: tuple[str, str] | None = None
    types: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    q: str | None = None
    after_id: int | None = None
    limit: int | None = None


def select_events(event_filter: EventFilter) -> Select:
    """The SELECT for events matching ``event_filter``, with their primary article."""
    query = (
        select(_events, _articles.c.doc_id, _articles.c.title, _articles.c.outlet, _articles.c.url)
        .select_from(
            _events.outerjoin(_reports, _reports.c.id == _events.c.primary_report_id).outerjoin(
                _articles, _articles.c.id == _reports.c.article_id
            )
        )
        .where(*_conditions(event_filter))
        .order_by(_events.c.id)
    )
    if event_filter.limit is not None:
        query = query.limit(event_filter.limit)
    return query


def _conditions(f: EventFilter) -> list:
    conditions = []
    if f.actor:
        conditions.append(or_(_events.c.source == f.actor, _events.c.target == f.actor))
    if f.source:
        conditions.append(_events.c.source == f.source)
    if f.target:
        conditions.append(_events.c.target == f.target)
    if f.pair:
        a, b = f.pair
        conditions.append(
            or_(
                and_(_events.c.source == a, _events.c.target == b),
                and_(_events.c.source == b, _events.c.target == a),
            )
        )
    if f.types:
        conditions.append(_events.c.type.in_(f.types))
    if f.modalities:
        conditions.append(_events.c.modality.in_(f.modalities))
    if f.since:
        latest = func.coalesce(_events.c.date_end, _events.c.known_by)
        conditions.append(or_(latest.is_(None), latest >= f.since))
    if f.until:
        conditions.append(or_(_events.c.date_start.is_(None), _events.c.date_start <= f.until))
    if f.q:
        conditions.append(_evidence_contains(f.q))
    if f.after_id is not None:
        conditions.append(_events.c.id > f.after_id)
    return conditions


def _evidence_contains(text: str):
    needle = text.casefold()
    mention_has = (
        select(_mentions.c.id)
        .join(_reports, _reports.c.id == _mentions.c.report_id)
        .where(
            _reports.c.event_id == _events.c.id,
            func.lower(_mentions.c.evidence).contains(needle, autoescape=True),
        )
    )
    return or_(
        func.lower(_events.c.evidence).contains(needle, autoescape=True), exists(mention_has)
    )


def list_events(
    connection: Connection, event_filter: EventFilter, with_mentions: bool = False
) -> list[StoredEvent]:
    """Events matching ``event_filter``, by id; their mentions too if ``with_mentions``."""
    rows = connection.execute(select_events(event_filter)).mappings().all()
    if not with_mentions:
        return [stored_event(row) for row in rows]
    by_event = _mentions_by_event(connection, [row["id"] for row in rows])
    return [stored_event(row, tuple(by_event.get(row["id"], ()))) for row in rows]


def get_event(connection: Connection, event_id: int) -> StoredEvent | None:
    """One event with every mention that supports it, or None."""
    row = (
        connection.execute(select_events(EventFilter()).where(_events.c.id == event_id))
        .mappings()
        .first()
    )
    if row is None:
        return None
    return stored_event(row, mentions=tuple(event_mentions(connection, event_id)))


def event_mentions(connection: Connection, event_id: int) -> list[StoredMention]:
    """Every sentence behind ``event_id``, with its article, oldest source first."""
    return _mentions_by_event(connection, [event_id]).get(event_id, [])


def _mentions_by_event(
    connection: Connection, event_ids: Sequence[int]
) -> dict[int, list[StoredMention]]:
    by_event: dict[int, list[StoredMention]] = {}
    for chunk in range(0, len(event_ids), 500):  # keep IN lists within driver limits
        rows = (
            connection.execute(
                select(
                    _mentions,
                    _reports.c.event_id,
                    _articles.c.doc_id,
                    _articles.c.title,
                    _articles.c.outlet,
                    _articles.c.url,
                    _articles.c.published,
                )
                .join(_reports, _reports.c.id == _mentions.c.report_id)
                .join(_articles, _articles.c.id == _mentions.c.article_id)
                .where(_reports.c.event_id.in_(event_ids[chunk : chunk + 500]))
                .order_by(_articles.c.published, _mentions.c.id)
            )
            .mappings()
            .all()
        )
        for row in rows:
            by_event.setdefault(row["event_id"], []).append(_stored_mention(row))
    return by_event


def pair_denials(connection: Connection, states: Sequence[str]) -> list[StoredEvent]:
    """Negated reports between (or, with one state, involving) ``states``, as guards."""
    if len(states) == 1:
        where = or_(_reports.c.source == states[0], _reports.c.target == states[0])
    else:
        a, b = states
        where = or_(
            and_(_reports.c.source == a, _reports.c.target == b),
            and_(_reports.c.source == b, _reports.c.target == a),
        )
    rows = (
        connection.execute(
            select(
                _reports,
                _articles.c.doc_id,
                _articles.c.title,
                _articles.c.outlet,
                _articles.c.url,
                _articles.c.published,
            )
            .join(_articles, _articles.c.id == _reports.c.article_id)
            .where(_reports.c.modality == "negated", where)
            .order_by(_reports.c.id)
        )
        .mappings()
        .all()
    )
    return [_denial(row) for row in rows]


def stored_event(row, mentions: tuple[StoredMention, ...] = ()) -> StoredEvent:
    """An ``events`` row (with any ``mentions`` fetched for it) as a :class:`StoredEvent`."""
    return StoredEvent(
        id=row["id"],
        type=row["type"],
        source=row["source"],
        target=row["target"],
        date=row["date_value"],
        date_precision=row["date_precision"],
        date_start=row["date_start"],
        date_end=row["date_end"],
        known_by=row["known_by"],
        modality=row["modality"],
        persons=tuple(row["persons"] or ()),
        evidence=row["evidence"],
        confidence=row["confidence"],
        cameo=row["cameo"],
        goldstein=row["goldstein"],
        plover=row["plover"],
        plover_mode=row["plover_mode"],
        n_articles=row["n_articles"],
        n_outlets=row["n_outlets"],
        n_mentions=row["n_mentions"],
        details=row["details"] or {},
        doc_id=row["doc_id"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        mentions=mentions,
    )


def _denial(row) -> StoredEvent:
    """A negated report shaped as an event (id None) so the state machine can guard on it."""
    period = Period.of(row["date_value"], row["date_precision"], row["published"])
    dated = period.start is not None
    return stored_event(
        {
            **row,
            "id": None,
            "date_start": period.start,
            "date_end": period.end if dated else None,
            "known_by": row["published"],
            "n_articles": 1,
            "n_outlets": 0,
            "n_mentions": 1,
        }
    )


def _stored_mention(row) -> StoredMention:
    return StoredMention(
        id=row["id"],
        event_id=row["event_id"],
        article_id=row["article_id"],
        doc_id=row["doc_id"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        published=row["published"],
        evidence=row["evidence"],
        start=row["start_offset"],
        end=row["end_offset"],
        modality=row["modality"],
        date=row["date_value"],
        date_precision=row["date_precision"],
        confidence=row["confidence"],
        persons=tuple(row["persons"] or ()),
    )
