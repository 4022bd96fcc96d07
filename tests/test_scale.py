"""Ingest on a pool of worker processes and on a local Dask cluster stores what one process does."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import store_helpers
from detente.cli import app
from detente.cli import commands as cli_commands
from detente.errors import InputError
from detente.model import Article
from detente.nlp import pipeline
from detente.pipeline import ingest_articles
from detente.scale import ClusterError, DaskRunner, PoolRunner, ingest_scaled, open_runner
from detente.scale import runners as scale_runners
from detente.store import Store
from scale_corpus import HARD_CASES, generated_news

store_url = store_helpers.store_url  # the fixture: a SQLite file, then a PostgreSQL schema


def _stream() -> list[Article | InputError]:
    """Hard cases, a wire copy of one, an unreadable item, general news, and a repeat."""
    expulsion = HARD_CASES[0]
    wire_copy = dataclasses.replace(
        expulsion,
        doc_id="pronoun-expulsion-wire",
        text=expulsion.text.replace("sharply", "steeply"),
        outlet="Wire Copy",
    )
    news = generated_news()[:10]
    return [
        *HARD_CASES[:5],
        wire_copy,
        InputError("dump.jsonl:7", "not JSON"),
        *HARD_CASES[5:],
        *news,
        news[0],  # the same article again
    ]


def _contents(store: Store) -> tuple[list, int]:
    # Not the change numbers nor the ids merged away: they follow the writes, which
    # batching makes more or fewer.
    events = store.events(with_mentions=True)
    plain = [dataclasses.replace(e, change_seq=None, merged_ids=()) for e in events]
    return plain, store.articles_count()


@pytest.fixture(scope="module")
def single_process(tmp_path_factory):
    """The store one process leaves (:meth:`Store.ingest`), and its summary."""
    with Store(str(tmp_path_factory.mktemp("single") / "events.db")) as store:
        summary = ingest_articles(store, _stream())
        return summary, _contents(store)


@pytest.fixture(scope="module")
def pool():
    runner = PoolRunner(2)
    yield runner
    runner.close()


def test_two_worker_processes_store_what_one_process_stores(tmp_path, pool, single_process):
    summary, contents = single_process
    with Store(str(tmp_path / "events.db")) as store:
        done = ingest_scaled(store, _stream(), pool, groups_per_task=4, batch_size=5)
        assert done.summary == summary
        assert _contents(store) == contents
    assert summary.articles_new == 21 and summary.articles_known == 1
    assert summary.failures[0].where == "dump.jsonl:7"
    assert len(contents[0]) >= 10
    assert len(set(pool.workers)) == 2  # two processes, each with its own model
    assert set(done.peak_rss_bytes) <= set(pool.workers)
    assert all(0 < rss < 1 << 30 for rss in done.peak_rss_bytes.values())


def test_a_second_run_finds_every_article_known(tmp_path, pool):
    stream = _stream()
    with Store(str(tmp_path / "events.db")) as store:
        first = ingest_scaled(store, stream, pool)
        again = ingest_scaled(store, stream, pool)
    assert again.summary.articles_known == first.summary.articles_new + 1  # + the repeat
    assert (again.summary.articles_new, again.summary.events_new) == (0, 0)


def test_a_local_dask_cluster_stores_what_one_process_stores(tmp_path, single_process):
    summary, contents = single_process
    runner = DaskRunner("local")
    try:
        assert len(runner.workers) == 2
        with Store(str(tmp_path / "events.db")) as store:
            done = ingest_scaled(store, _stream(), runner, groups_per_task=4)
            assert done.summary == summary
            assert _contents(store) == contents
    finally:
        runner.close()
    assert set(done.peak_rss_bytes) <= set(runner.workers)


def test_a_scheduler_is_reached_at_its_tcp_address(tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://")
        runner = DaskRunner(cluster.scheduler_address)
        try:
            with Store(str(tmp_path / "events.db")) as store:
                done = ingest_scaled(store, list(HARD_CASES), runner)
                events = store.events()
        finally:
            runner.close()
    assert done.summary.articles_new == len(HARD_CASES)
    assert list(done.peak_rss_bytes) == runner.workers
    assert ("EGY", "TUR") in {(e.source, e.target) for e in events if e.type == "RECALL_DIPLOMAT"}


def test_an_article_whose_extraction_fails_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    def batch_fails(articles, cascade=True):
        raise RuntimeError("parser crashed")

    real_extract = pipeline.extract_article

    def one_fails(article, cascade=True):
        if article.doc_id == "headline-capitals":
            raise RuntimeError("parser crashed")
        return real_extract(article, cascade)

    monkeypatch.setattr(pipeline, "extract_many", batch_fails)
    monkeypatch.setattr(pipeline, "extract_article", one_fails)
    runner = open_runner()  # in this process, so the stand-ins apply
    with Store(str(tmp_path / "events.db")) as store:
        done = ingest_scaled(store, list(HARD_CASES), runner)
    assert done.summary.articles_failed == 1
    assert done.summary.failures[0].where == "headline-capitals"
    assert done.summary.failures[0].problem == "extraction failed: RuntimeError: parser crashed"
    assert done.summary.articles_new == len(HARD_CASES) - 1


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(scale_runners, "CONNECT_TIMEOUT_SECONDS", 1)
    with pytest.raises(ClusterError, match=r"cannot use the Dask cluster at tcp://127.0.0.1:9"):
        DaskRunner("tcp://127.0.0.1:9")


def _write_jsonl(path: Path, articles: list[Article]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(
                json.dumps(
                    {
                        "id": article.doc_id,
                        "text": article.text,
                        "published": article.published.isoformat(),
                    }
                )
                + "\n"
            )
    return path


@pytest.mark.parametrize("options", [["--workers", "2"], ["--dask", "local"]])
def test_detente_ingest_on_workers_prints_what_one_process_prints(tmp_path, options, monkeypatch):
    monkeypatch.setattr(cli_commands, "SMALL_INPUT", 1)  # on workers, however small the input
    feed = _write_jsonl(tmp_path / "feed.jsonl", [*HARD_CASES, *generated_news()[:4]])
    cli = CliRunner()
    alone = cli.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "one.db")])
    scaled = cli.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "n.db"), *options])
    assert alone.exit_code == 0, alone.output
    assert scaled.exit_code == 0, scaled.output
    assert scaled.stdout == alone.stdout
    with Store(str(tmp_path / "one.db")) as one, Store(str(tmp_path / "n.db")) as scaled_store:
        assert _contents(scaled_store) == _contents(one)
        assert one.articles_count() == 14


def test_detente_ingest_names_a_scheduler_it_cannot_reach(tmp_path, monkeypatch):
    monkeypatch.setattr(scale_runners, "CONNECT_TIMEOUT_SECONDS", 1)
    monkeypatch.setattr(cli_commands, "SMALL_INPUT", 1)  # on the cluster, however small
    feed = _write_jsonl(tmp_path / "feed.jsonl", list(HARD_CASES[:1]))
    result = CliRunner().invoke(
        app, ["ingest", str(feed), "--db", str(tmp_path / "n.db"), "--dask", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == 2
    assert "cannot use the Dask cluster at tcp://127.0.0.1:9" in result.output


def _without_ids(events: list) -> list:
    """Stored events as comparable across stores whose rows were written in another order."""
    plain = []
    for event in events:
        mentions = sorted(
            (dataclasses.replace(m, id=0, event_id=None, article_id=0) for m in event.mentions),
            key=lambda m: (m.doc_id, m.start),
        )
        plain.append(dataclasses.replace(event, id=None, change_seq=None, mentions=tuple(mentions)))
    return sorted(plain, key=lambda e: (e.type, e.source, e.target, e.evidence, e.doc_id or ""))


def test_on_postgresql_the_workers_write_their_own_batches(store_url, pool, single_process):
    """On SQLite the parent writes; on PostgreSQL each worker writes, under a lock."""
    summary, (events, articles) = single_process
    with Store(store_url) as store:
        done = ingest_scaled(store, _stream(), pool, groups_per_task=2)
        assert done.store_seconds > 0
        assert done.summary.articles_new == summary.articles_new
        assert done.summary.articles_known == summary.articles_known
        assert done.summary.events_new + done.summary.events_merged == (
            summary.events_new + summary.events_merged
        )
        assert done.summary.failures == summary.failures
        assert store.articles_count() == articles
        assert _without_ids(store.events(with_mentions=True)) == _without_ids(events)
