"""Many writers on one store end with exactly the events of one sequential ingest.

Separate processes each ingest the whole generated corpus (``concurrent_corpus``),
from different places in it, at once, on SQLite and on PostgreSQL; twenty
threads post it to ``/api/articles``.  Nothing may fail, nothing may be lost
or stored twice, and the events (type, dyad, date, persons, source counts)
must be those one process ingesting the corpus alone stores; so too after
writers are killed (``kill -9``) mid-run and the ingest is run again.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from concurrent_corpus import (
    duplicate_groups,
    news_corpus,
    stored_events,
    table_counts,
    write_part,
)
from detente.api import create_app
from detente.api.workers import InProcess
from detente.pipeline import ingest_articles
from detente.store import Store
from detente.store.merge import article_key
from store_helpers import stand_in_for_extraction, store_url  # noqa: F401 - the fixture

SEED = 14
TOKEN = "concurrent-writers-token-0123456789"


@pytest.fixture(scope="module")
def sequential(tmp_path_factory):
    """The events and table sizes of the corpus ingested by one writer, in corpus order."""
    url = f"sqlite:///{tmp_path_factory.mktemp('sequential') / 'one.db'}"
    write_part(url, SEED, start=0, batch_size=50)
    return stored_events(url), table_counts(url)


def run_writers(url: str, writers: int, batch_size: int = 4) -> list[int]:
    """Start ``writers`` processes on the empty store at once; their exit codes."""
    context = multiprocessing.get_context("fork")  # no start-up imports: they all start at once
    barrier = context.Barrier(writers)
    size = len(news_corpus(SEED))
    share = min(size, 2 * size // writers + 1)  # every article is written by two or more
    processes = [
        context.Process(
            target=write_part,
            args=(url, SEED, number * size // writers, batch_size, barrier),
            kwargs={"count": share},
        )
        for number in range(writers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=240)
    for process in processes:
        if process.is_alive():
            process.kill()
    return [process.exitcode for process in processes]


@pytest.mark.slow
@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_writers_store_the_events_of_one_sequential_ingest(
    store_url,  # noqa: F811 - the fixture
    sequential,
    writers,
):
    events, counts = sequential
    assert run_writers(store_url, writers) == [0] * writers
    stored = stored_events(store_url)
    assert duplicate_groups(stored) == duplicate_groups(events)
    assert stored == events
    assert table_counts(store_url) == counts


def test_the_events_do_not_depend_on_the_order_articles_come_in(tmp_path, sequential):
    items = news_corpus(SEED)
    found = {item.article.doc_id: item.events for item in items}
    for seed in (1,):
        random.Random(seed).shuffle(items)
        url = f"sqlite:///{tmp_path / f'order-{seed}.db'}"
        with Store(url) as store:
            ingest_articles(
                store,
                (item.article for item in items),
                extract=lambda article: found[article.doc_id],
                batch_size=7,
            )
        assert stored_events(url) == sequential[0]


@pytest.mark.slow
def test_twenty_threads_posting_articles_lose_nothing(tmp_path, monkeypatch, sequential):
    items = news_corpus(SEED)
    by_text = {article_key(item.article.text): item.events for item in items}

    stand_in_for_extraction(monkeypatch, lambda article: by_text[article_key(article.text)])
    posts = [
        {
            "text": item.article.text,
            "outlet": item.article.outlet,
            "url": item.article.url,
            "published": item.article.published.isoformat(),
        }
        for item in items
    ]
    posts += posts[::3]  # a third of them twice: two requests race to store it
    random.Random(SEED).shuffle(posts)
    url = f"sqlite:///{tmp_path / 'posted.db'}"
    # extraction in the request threads: the store's writers are what is under test
    with (
        Store(url) as store,
        TestClient(create_app(store, token=TOKEN, extraction=InProcess())) as client,
    ):

        def post(body: dict) -> int:
            headers = {"Authorization": f"Bearer {TOKEN}"}
            return client.post("/api/articles", json=body, headers=headers).status_code

        with ThreadPoolExecutor(max_workers=20) as threads:
            codes = list(threads.map(post, posts))
    assert codes == [200] * len(posts)
    assert stored_events(url) == sequential[0]
    assert table_counts(url) == sequential[1]


@pytest.mark.slow
def test_writers_killed_at_random_then_a_re_run_store_the_sequential_events(
    store_url,  # noqa: F811 - the fixture
    sequential,
):
    context = multiprocessing.get_context("fork")
    size = len(news_corpus(SEED))
    pace = random.Random(SEED)
    Store(store_url).close()  # the tables, to count articles in
    for _ in range(2):  # each round kills writers mid-run, on what the last round left
        processes = [
            context.Process(target=write_part, args=(store_url, SEED, start, 4))
            for start in (0, size // 2)
        ]
        for process in processes:
            process.start()
        wait_for_articles(store_url, pace.randrange(size // 2), processes)
        for process in processes:
            os.kill(process.pid, signal.SIGKILL)
            process.join()
    write_part(store_url, SEED, start=0, batch_size=50)
    assert stored_events(store_url) == sequential[0]
    assert table_counts(store_url) == sequential[1]


def wait_for_articles(url: str, count: int, writers, timeout: float = 60.0) -> None:
    """Return once ``count`` more articles are stored (or the writers are done)."""
    engine = sa.create_engine(url)
    query = sa.text("SELECT count(*) FROM articles")
    try:
        with engine.connect() as connection:
            target = connection.execute(query).scalar_one() + count
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and any(w.is_alive() for w in writers):
            with engine.connect() as connection:
                if connection.execute(query).scalar_one() >= target:
                    return
            time.sleep(0.02)
    finally:
        engine.dispose()
