"""Schema versions: ordered migration functions and the ``schema_version`` table.

Each migration is a function of an open connection, applied once, in order,
inside the transaction that records it.  A database newer than this code is
refused rather than guessed at.  Processes starting at once migrate one at a
time: on PostgreSQL under an advisory lock, on SQLite under the write lock the
transaction begins with (see :mod:`detente.store.engine`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

from detente.errors import StoreError
from detente.store import changes, schema
from detente.store.engine import in_write_transaction

Migration = tuple[int, str, Callable[[Connection], None]]

# Any constant will do, the same in every process: "dmig".
_MIGRATION_LOCK_KEY = 0x646D6967


def _create_version_1(connection: Connection) -> None:
    schema.metadata.create_all(connection, tables=list(schema.VERSION_1_TABLES))


def _create_event_aliases(connection: Connection) -> None:
    schema.metadata.create_all(connection, tables=[schema.event_aliases])


MIGRATIONS: tuple[Migration, ...] = (
    (1, "articles, events, reports and mentions", _create_version_1),
    (2, "aliases of events merged into others", _create_event_aliases),
    (3, "change sequence of events and denials", changes.add_change_sequence),
)
LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(connection: Connection) -> int:
    """The schema version of the database (0 when empty)."""
    if not inspect(connection).has_table(schema.schema_version.name):
        return 0
    versions = connection.execute(select(schema.schema_version.c.version)).scalars().all()
    return max(versions, default=0)


def bring_up_to_date(engine: Engine) -> int:
    """Migrate the database if it needs it; the version reached.

    A database already at :data:`LATEST_VERSION` is only read, so opening a
    store never waits for the writers at work on it.
    """
    with engine.connect() as connection:
        if current_version(connection) == LATEST_VERSION:
            return LATEST_VERSION
    return in_write_transaction(engine, migrate)


def migrate(connection: Connection) -> int:
    """Bring the database up to :data:`LATEST_VERSION`; return the version reached."""
    if connection.dialect.name == "postgresql":
        # Held to the end of the transaction: a second process waits, then finds it done.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
    schema.metadata.create_all(connection, tables=[schema.schema_version])
    version = current_version(connection)
    if version > LATEST_VERSION:
        raise StoreError(
            f"database schema is version {version}, newer than this detente "
            f"(knows up to {LATEST_VERSION}): upgrade detente"
        )
    for number, description, apply in MIGRATIONS:
        if number > version:
            apply(connection)
            connection.execute(
                schema.schema_version.insert().values(
                    version=number,
                    description=description,
                    applied_at=datetime.now(UTC).replace(tzinfo=None),
                )
            )
    return LATEST_VERSION
