"""The read path: filtered event lists, one event with all its sources, denials."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter

from sqlalchemy import Connection, Select, Table, and_, exists, func, or_, select

from detente.errors import UnknownFilterError
from detente.model import EVENT_TYPES, MODALITIES
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
    is a case-insensitive substring of any evidence sentence.

    ``after`` is a change cursor (:mod:`detente.store.changes`): given, the listing
    is in the order of the events' last changes and holds only those changed
    since the cursor (0: all), so a reader polling with the last ``change_seq``
    it saw sees every new or updated event once.  Without it, the order is by id.
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
    after: int | None = None
    limit: int | None = None

    @property
    def by_change(self) -> bool:
        """Whether the listing is in change order (it is whenever a cursor is given)."""
        return self.after is not None


def event_types(typed: Sequence[str]) -> tuple[str, ...]:
    """The event types ``typed`` names, in any case, with or without their suffix
    (``expel``, ``Expel_diplomat``, ``expel-diplomat`` are all ``EXPEL_DIPLOMAT``).

    Raises :class:`UnknownFilterError` listing the types for any other name.
    """
    return tuple(_event_type(name) for name in typed)


def _event_type(typed: str) -> str:
    wanted = re.sub(r"[\s-]+", "_", typed.strip()).upper()
    # The verb alone names one type: every type starts with a different verb.
    for event_type in EVENT_TYPES:
        if wanted in (event_type, event_type.split("_")[0]):
            return event_type
    raise UnknownFilterError("event type", typed, EVENT_TYPES)


def modalities(typed: Sequence[str]) -> tuple[str, ...]:
    """The modalities ``typed`` names, in any case; :class:`UnknownFilterError` otherwise."""
    found = []
    for name in typed:
        wanted = name.strip().lower()
        if wanted not in MODALITIES:
            raise UnknownFilterError("modality", name, MODALITIES)
        found.append(wanted)
    return tuple(found)


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
        .order_by(*((_events.c.change_seq,) if event_filter.by_change else ()), _events.c.id)
    )
    if event_filter.limit is not None:
        query = query.limit(event_filter.limit)
    return query


def _conditions(f: EventFilter) -> list:
    conditions = _who_and_what(f, _events)
    if f.modalities:
        conditions.append(_events.c.modality.in_(f.modalities))
    if f.since:
        latest = func.coalesce(_events.c.date_end, _events.c.known_by)
        conditions.append(or_(latest.is_(None), latest >= f.since))
    if f.until:
        conditions.append(or_(_events.c.date_start.is_(None), _events.c.date_start <= f.until))
    if f.q:
        conditions.append(_evidence_contains(f.q))
    if f.after is not None:
        conditions.append(_events.c.change_seq > f.after)
    return conditions


def _who_and_what(f: EventFilter, table: Table) -> list:
    """Conditions on the states and the type, which events and reports share."""
    conditions = []
    if f.actor:
        conditions.append(or_(table.c.source == f.actor, table.c.target == f.actor))
    if f.source:
        conditions.append(table.c.source == f.source)
    if f.target:
        conditions.append(table.c.target == f.target)
    if f.pair:
        a, b = f.pair
        conditions.append(
            or_(
                and_(table.c.source == a, table.c.target == b),
                and_(table.c.source == b, table.c.target == a),
            )
        )
    if f.types:
        conditions.append(table.c.type.in_(f.types))
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
    """Events matching ``event_filter``, by id (or change); their mentions too if
    ``with_mentions``.

    Asking for modality ``negated`` lists the denials too (negated reports, which
    never become events): after the events and by report id, or, in change order,
    among the events by their own change numbers.
    """
    if "negated" not in event_filter.modalities:
        return _list_events(connection, event_filter, with_mentions)
    others = tuple(m for m in event_filter.modalities if m != "negated")
    found = (
        _list_events(connection, replace(event_filter, modalities=others), with_mentions)
        if others
        else []
    )
    if event_filter.by_change:
        merged = sorted(found + list_denials(connection, event_filter), key=attrgetter("cursor"))
        return merged[: event_filter.limit]
    if event_filter.limit is not None and len(found) >= event_filter.limit:
        return found
    denials = list_denials(connection, event_filter)
    room = None if event_filter.limit is None else event_filter.limit - len(found)
    return found + denials[:room]


def list_denials(connection: Connection, event_filter: EventFilter) -> list[StoredEvent]:
    """Denials matching ``event_filter`` (but its modalities), by report id (or change).

    Their periods are known only once shaped, so the dates are matched here as in SQL
    for events; ``after`` is a change cursor, as for events.
    """
    where = [_reports.c.modality == "negated", *_who_and_what(event_filter, _reports)]
    if event_filter.q:
        where.append(
            func.lower(_reports.c.evidence).contains(event_filter.q.casefold(), autoescape=True)
        )
    if event_filter.after is not None:
        where.append(_reports.c.change_seq > event_filter.after)
    order = _reports.c.change_seq if event_filter.by_change else _reports.c.id
    denials = [_denial(row) for row in _denial_rows(connection, where, order)]
    return [d for d in denials if _overlaps(d, event_filter.since, event_filter.until)]


def _overlaps(denial: StoredEvent, since: date | None, until: date | None) -> bool:
    latest = denial.date_end or denial.known_by
    if since and latest is not None and latest < since:
        return False
    return not (until and denial.date_start is not None and denial.date_start > until)


def _list_events(
    connection: Connection, event_filter: EventFilter, with_mentions: bool
) -> list[StoredEvent]:
    rows = connection.execute(select_events(event_filter)).mappings().all()
    ids = [row["id"] for row in rows]
    merged = _merged_ids(connection, ids)
    by_event = _mentions_by_event(connection, ids) if with_mentions else {}
    return [
        stored_event(row, tuple(by_event.get(row["id"], ())), merged.get(row["id"], ()))
        for row in rows
    ]


def _merged_ids(connection: Connection, event_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    """The ids of the events merged into each of ``event_ids`` (see :mod:`.aliases`)."""
    aliases = schema.event_aliases
    merged: dict[int, tuple[int, ...]] = {}
    for chunk in range(0, len(event_ids), 500):  # keep IN lists within driver limits
        rows = connection.execute(
            select(aliases.c.event_id, aliases.c.old_id)
            .where(aliases.c.event_id.in_(event_ids[chunk : chunk + 500]))
            .order_by(aliases.c.old_id)
        )
        for event_id, old_id in rows:
            merged[event_id] = (*merged.get(event_id, ()), old_id)
    return merged


def get_event(connection: Connection, event_id: int) -> StoredEvent | None:
    """One event with every mention that supports it, or None."""
    row = (
        connection.execute(select_events(EventFilter()).where(_events.c.id == event_id))
        .mappings()
        .first()
    )
    if row is None:
        return None
    mentions = tuple(event_mentions(connection, event_id))
    return stored_event(row, mentions, _merged_ids(connection, [event_id]).get(event_id, ()))


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
    return [
        _denial(row) for row in _denial_rows(connection, [_reports.c.modality == "negated", where])
    ]


def _denial_rows(connection: Connection, where: list, order=_reports.c.id):
    return (
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
            .where(*where)
            .order_by(order)
        )
        .mappings()
        .all()
    )


def stored_event(
    row, mentions: tuple[StoredMention, ...] = (), merged_ids: tuple[int, ...] = ()
) -> StoredEvent:
    """An ``events`` row (with any ``mentions`` and ``merged_ids`` fetched for it) as a
    :class:`StoredEvent`."""
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
        report_id=row.get("report_id"),
        change_seq=row["change_seq"],
        merged_ids=merged_ids,
    )


def _denial(row) -> StoredEvent:
    """A negated report shaped as an event (id None) so the state machine can guard on it."""
    period = Period.of(row["date_value"], row["date_precision"], row["published"])
    dated = period.start is not None
    return stored_event(
        {
            **row,
            "id": None,
            "report_id": row["id"],
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
