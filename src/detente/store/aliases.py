"""Ids of events merged away: each names the live event its reports went to.

When a new report joins two stored events into one, regrouping keeps one id
and deletes the other (see :func:`detente.store.writer.regroup`).  The deleted
id is kept in ``event_aliases``, so that a saved link or id still finds the
event, and is never given to a new event.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, func, select

from detente.store import schema


def most_went_to(destinations: Counter) -> int:
    """The event most of a stored event's reports went to (ties: the lowest id)."""
    return min(destinations, key=lambda event_id: (-destinations[event_id], event_id))


def record(connection: Connection, merged: dict[int, int]) -> None:
    """Record that each emptied event id (key) now names the live event (value).

    Aliases that named an emptied id are pointed on, so every alias names a live event.
    """
    aliases = schema.event_aliases
    for old_id, event_id in sorted(merged.items()):
        connection.execute(
            aliases.update().where(aliases.c.event_id == old_id).values(event_id=event_id)
        )
    connection.execute(aliases.delete().where(aliases.c.old_id.in_(list(merged))))
    connection.execute(
        aliases.insert(),
        [{"old_id": old_id, "event_id": event_id} for old_id, event_id in sorted(merged.items())],
    )


def live_event_id(connection: Connection, event_id: int) -> int | None:
    """The id of the stored event ``event_id`` names: itself, or the event it merged into."""
    events, aliases = schema.events, schema.event_aliases
    if connection.execute(select(events.c.id).where(events.c.id == event_id)).first():
        return event_id
    return connection.execute(
        select(aliases.c.event_id).where(aliases.c.old_id == event_id)
    ).scalar_one_or_none()


def fresh_event_id(connection: Connection) -> dict[str, int]:
    """Values for a new event's insert: on SQLite, an id past every event and alias.

    SQLite numbers a row one past the highest id left, so the id of the latest
    event, once merged away, would come back; PostgreSQL's sequence never repeats.
    """
    if connection.dialect.name == "postgresql":
        return {}
    highest = select(func.max(schema.events.c.id)).union_all(
        select(func.max(schema.event_aliases.c.old_id))
    )
    taken = [value for value in connection.execute(highest).scalars() if value is not None]
    return {"id": max(taken, default=0) + 1}
