"""The change sequence: the cursor a reader polls the store with.

An event's id stays put as sources come in, so "events after id N" misses an
event made before N that has since gained a source, or that another event was
merged into.  Instead every write numbers what it changed from one store-wide
counter: each event it made or whose reports it changed, then each denial it
stored.  A reader that keeps the highest ``change_seq`` it has seen and asks for
those above it (``detente events --after``, ``/api/events?after=``) sees every
event again each time it changes, in the order of the changes.

Numbers are given at the end of the write transaction, under the counter row's
lock (held to the commit on PostgreSQL; SQLite has one writer at a time), so a
higher number is never visible before a lower one: a poller never skips one.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, func, inspect, select, text

from detente.store import schema

_COUNTER_ROW = 1


def stamp(connection: Connection, event_ids: Sequence[int], denial_ids: Sequence[int]) -> None:
    """Number the events changed and the denials stored by this write, in that order."""
    count = len(event_ids) + len(denial_ids)
    if not count:
        return
    first = _take(connection, count)
    events, reports = schema.events, schema.reports
    for table, ids, start in (
        (events, event_ids, first),
        (reports, denial_ids, first + len(event_ids)),
    ):
        if ids:
            connection.execute(
                table.update()
                .where(table.c.id == bindparam("row_id"))
                .values(change_seq=bindparam("seq")),
                [{"row_id": row_id, "seq": start + n} for n, row_id in enumerate(ids)],
            )


def _take(connection: Connection, count: int) -> int:
    """The first of ``count`` new numbers; the counter row stays locked to the commit."""
    counter = schema.change_counter
    connection.execute(
        counter.update()
        .where(counter.c.id == _COUNTER_ROW)
        .values(last_seq=counter.c.last_seq + count)
    )
    last = connection.execute(
        select(counter.c.last_seq).where(counter.c.id == _COUNTER_ROW)
    ).scalar_one()
    return last - count + 1


def add_change_sequence(connection: Connection) -> None:
    """Migration 3: the ``change_seq`` columns and the counter, on a database of any version.

    A store made before numbers its events by id, then its denials after them, so a
    cursor saved then (an event id) still lists what came after it.
    """
    events, reports = schema.events, schema.reports
    for table in (events, reports):
        present = {column["name"] for column in inspect(connection).get_columns(table.name)}
        if "change_seq" not in present:  # a store made before version 3
            connection.execute(text(f"ALTER TABLE {table.name} ADD COLUMN change_seq BIGINT"))
    for index in events.indexes:
        index.create(connection, checkfirst=True)
    schema.metadata.create_all(connection, tables=[schema.change_counter])
    connection.execute(
        events.update().where(events.c.change_seq.is_(None)).values(change_seq=events.c.id)
    )
    top = connection.execute(select(func.max(events.c.change_seq))).scalar_one() or 0
    connection.execute(
        reports.update()
        .where(reports.c.modality == "negated", reports.c.change_seq.is_(None))
        .values(change_seq=reports.c.id + top)
    )
    last = connection.execute(select(func.max(reports.c.change_seq))).scalar_one() or 0
    connection.execute(
        schema.change_counter.insert().values(id=_COUNTER_ROW, last_seq=max(last, top))
    )
