"""Opening the database and running write transactions that survive other writers.

Any number of processes may write to one store at once.  SQLite runs in WAL
mode (readers never wait for the writer), waits for a busy database instead
of failing at once, and takes the write lock when a write transaction begins
(``BEGIN IMMEDIATE``), so two writers queue rather than deadlock.  On
PostgreSQL the merge is kept race-free by locks the writer takes
(:mod:`detente.store.writer`, :mod:`detente.store.migrations`); a transaction
that still loses a deadlock or a serialization check is run again, whole.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from detente.errors import StoreError

T = TypeVar("T")

# How long SQLite waits for another writer before "database is locked".
SQLITE_BUSY_SECONDS = 30.0
# Attempts of a write transaction before its error is raised.
WRITE_ATTEMPTS = 8
# PostgreSQL states worth a retry: deadlock detected, serialization failure.
_RETRY_SQLSTATES = frozenset({"40P01", "40001"})
_SQLITE_BUSY_WORDS = ("database is locked", "database is busy", "database table is locked")
_IMMEDIATE = "detente_immediate"


def open_engine(url: str) -> Engine:
    """An engine for ``url``, set up for many writers when the database is SQLite.

    An unknown scheme, a missing driver or an in-memory SQLite database (gone when
    the command ends) is a :class:`StoreError`.
    """
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            return create_engine(parsed)
    except (SQLAlchemyError, ImportError, ValueError) as error:
        shown = url.split("://", 1)[0] + "://..."
        raise StoreError.of_database("open", shown, error) from error
    if parsed.database in (None, "", ":memory:"):
        raise StoreError(
            f"{url} keeps nothing once the command ends: give a file, e.g. --db detente.db"
        )
    engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_SECONDS})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def in_write_transaction(engine: Engine, work: Callable[[Connection], T]) -> T:
    """``work(connection)`` in one write transaction, run again when it loses a race.

    ``work`` must be repeatable: a retry runs it from the start on a fresh
    transaction (nothing of the failed attempt was kept).
    """
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with engine.connect() as connection:
                connection.execution_options(**{_IMMEDIATE: True})
                with connection.begin():
                    return work(connection)
        except DBAPIError as error:
            if attempt == WRITE_ATTEMPTS or not retryable(error):
                raise
            # Back off a little, at random, so the losers do not collide again.
            time.sleep(random.uniform(0.05, 0.2) * attempt)
    raise AssertionError("unreachable")  # the last attempt returns or raises


def retryable(error: DBAPIError) -> bool:
    """True when another writer made the transaction fail, and running it again may pass."""
    original = error.orig
    sqlstate = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    if sqlstate in _RETRY_SQLSTATES:
        return True
    message = str(original).casefold()
    return any(words in message for words in _SQLITE_BUSY_WORDS)


def _sqlite_connect(dbapi_connection, _record) -> None:
    # The driver's own implicit BEGIN is turned off: _sqlite_begin says which kind.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")  # no-op for :memory:
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable enough in WAL mode, much faster
    except sqlite3.OperationalError:
        pass  # a read-only file keeps its journal: WAL only lets readers and a writer overlap
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # A writer takes the write lock at once: a read that later turns into a write
    # would fail with "database is locked" whenever another writer got in between.
    immediate = connection.get_execution_options().get(_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
