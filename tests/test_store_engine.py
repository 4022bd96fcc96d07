"""Write transactions outlast other writers: SQLite's lock, PostgreSQL's deadlocks."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pytest
import sqlalchemy as sa

from detente.store import ArticleResult, Store
from detente.store import engine as store_engine
from store_helpers import article, event_in


class _DriverError(Exception):
    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


def _failing_first(error: Exception):
    calls = []

    def work(connection):
        calls.append(connection)
        if len(calls) == 1:
            raise sa.exc.OperationalError("SELECT 1", {}, error)
        return len(calls)

    return work, calls


@pytest.mark.parametrize(
    "error",
    [
        _DriverError("deadlock detected", "40P01"),
        _DriverError("could not serialize access", "40001"),
        _DriverError("database is locked"),
    ],
)
def test_a_transaction_that_loses_a_race_runs_again(tmp_path, error):
    engine = store_engine.open_engine(f"sqlite:///{tmp_path / 'retry.db'}")
    work, calls = _failing_first(error)
    assert store_engine.in_write_transaction(engine, work) == 2
    engine.dispose()


def test_other_errors_are_raised_at_once(tmp_path):
    engine = store_engine.open_engine(f"sqlite:///{tmp_path / 'retry.db'}")
    work, calls = _failing_first(_DriverError("duplicate key", "23505"))
    with pytest.raises(sa.exc.OperationalError):
        store_engine.in_write_transaction(engine, work)
    assert len(calls) == 1
    engine.dispose()


def test_a_write_waits_out_another_process_holding_the_sqlite_lock(tmp_path, monkeypatch):
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_SECONDS", 0.05)  # give up waiting soon
    path = tmp_path / "locked.db"
    with Store(f"sqlite:///{path}") as store:
        with store.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar_one()
        assert mode == "wal"
        other = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock for a while
        threading.Timer(0.6, other.commit).start()
        report = article("locked", "Ruritania expelled two Freedonian diplomats.", date(2023, 5, 2))
        found = event_in(report, "EXPEL_DIPLOMAT", "RUR", "FRE", "Ruritania expelled two")
        summary = store.add([ArticleResult(report, (found,))])
        other.close()
        assert (summary.articles_new, summary.events_new) == (1, 1)
