"""``kill -9`` of ``detente ingest --workers 2``: no process outlives it, and a re-run
stores exactly what a clean run stores.  So too for ``--dask local``, killed while its
workers run or while they are still starting (importing, before any code of ours)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from hostile_corpus import PUBLISHED

PAIRS = ("Belarus", "Algeria", "Peru", "Venezuela", "Israel", "Iran", "Nicaragua", "China")


def _news(path: Path, articles: int) -> Path:
    """``articles`` distinct stories, each reporting one recall."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(articles):
            recalled = PAIRS[number % len(PAIRS)]
            text = (
                f"Officials confirmed the step in statement number {number}. France recalled its "
                f"ambassador to {recalled} for consultations on Monday, day {number} of the row."
            )
            out.write(json.dumps({"text": text, "published": PUBLISHED}) + "\n")
    return path


# Workers even for this small input (the CLI keeps inputs under SMALL_INPUT in-process).
_CLI_WITH_WORKERS = "from detente.cli import app, commands; commands.SMALL_INPUT = 1; app()"


def _ingest(*args: str) -> subprocess.Popen:
    command = [sys.executable, "-c", _CLI_WITH_WORKERS, "ingest", *args]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _children(parent: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.add(int(entry.name))
    return found


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _events(url: str) -> list[tuple]:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT type, source, target, date_value, modality FROM events")
        ).all()
        articles = connection.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
    engine.dispose()
    return sorted(tuple(row) for row in rows) + [("articles", articles)]


def test_workers_die_with_a_killed_ingest_and_a_rerun_matches_a_clean_one(tmp_path: Path) -> None:
    # Enough articles that ingest hands them to the workers rather than keeping them.
    news = _news(tmp_path / "news.jsonl", 600)
    killed_db, clean_db = (
        f"sqlite:///{tmp_path / 'killed.db'}",
        f"sqlite:///{tmp_path / 'clean.db'}",
    )
    run = _ingest(str(news), "--workers", "2", "--db", killed_db)
    deadline = time.monotonic() + 300
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.5)
        workers = _children(run.pid)
    while not _stored(tmp_path / "killed.db") and time.monotonic() < deadline:
        time.sleep(0.2)  # the workers run (they die with their parent once started)
    _kill_and_expect_gone(run, workers)

    rerun = _ingest(str(news), "--db", killed_db)
    clean = _ingest(str(news), "--db", clean_db)
    assert rerun.wait(timeout=1800) == 0, rerun.stderr.read().decode()
    assert clean.wait(timeout=1800) == 0, clean.stderr.read().decode()
    assert _events(killed_db) == _events(clean_db)


def test_local_dask_workers_die_with_a_killed_ingest(tmp_path: Path) -> None:
    news = _news(tmp_path / "news.jsonl", 600)
    db = tmp_path / "killed.db"
    run = _ingest(str(news), "--dask", "local", "--db", f"sqlite:///{db}")
    deadline = time.monotonic() + 300
    while not _stored(db) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)  # the cluster is up and its workers extract
    workers = _children(run.pid)
    assert workers, "no worker processes to watch"
    _kill_and_expect_gone(run, workers)


def _kill_and_expect_gone(run: subprocess.Popen, workers: set[int], within: float = 30) -> None:
    """``kill -9`` the ingest while it runs; its workers must end ``within`` seconds."""
    assert run.poll() is None, "the ingest ended before it could be killed"
    run.send_signal(signal.SIGKILL)
    run.wait()
    gone_by = time.monotonic() + within
    while any(_alive(pid) for pid in workers) and time.monotonic() < gone_by:
        time.sleep(0.02)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived their parent"


def _workers_started(parent: int) -> set[int]:
    """The spawned worker processes of ``parent`` (not Python's resource tracker)."""
    found = set()
    for pid in _children(parent):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command or b"worker-python" in command:
            found.add(pid)
    return found


@pytest.mark.parametrize("delay", [0.0, 0.4, 1.2])
def test_local_dask_workers_killed_while_starting_die_with_the_ingest(tmp_path, delay):
    # Spawned workers import for seconds before running any code of ours: killed then,
    # they must still go at once (the kernel kills them), not once their imports are
    # done and a watchdog of theirs notices, up to two seconds later.
    news = _news(tmp_path / "news.jsonl", 40)
    run = _ingest(str(news), "--dask", "local", "--db", f"sqlite:///{tmp_path / 'x.db'}")
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while not workers and time.monotonic() < deadline and run.poll() is None:
        workers = _workers_started(run.pid)
        time.sleep(0.01)
    assert workers, "no worker process started"
    started = time.monotonic()
    while time.monotonic() - started < delay:
        workers |= _workers_started(run.pid)
        time.sleep(0.01)
    workers |= _children(run.pid)
    # well under the watchdog's two seconds, with room for a loaded machine's teardown
    _kill_and_expect_gone(run, workers, within=1.0)
