"""Ingest on all cores or on a cluster: workers extract, this process writes.

The pipeline (:func:`detente.pipeline.run_ingest`) runs here: it groups the
stream into stories, skips stories already stored and hands the rest out in
tasks; this module runs each task's extraction step on the runner's workers.
Results come back in input order and are written in transactions of
``batch_size`` articles by this process alone (SQLite has one writer); the
store ends up exactly as :func:`detente.pipeline.ingest_articles` leaves it.
On PostgreSQL the workers write their own batches instead (:meth:`Store.add`,
which locks the dyads a batch touches), as workers on other machines can.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from detente.errors import InputError
from detente.model import Article
from detente.pipeline import BATCH_SIZE, STORIES_PER_TASK, Story, StoryOutcome, run_ingest
from detente.scale.runners import InProcessRunner, Runner, open_runner
from detente.scale.work import BatchDone, extract_and_store, extract_batch
from detente.store import Failure, IngestSummary, Store

GROUPS_PER_TASK = STORIES_PER_TASK


@dataclass(frozen=True)
class ScaledIngest:
    """What a scaled ingest did, and where its time went."""

    summary: IngestSummary
    wall_seconds: float
    extract_seconds: float  # summed over workers
    extract_cpu_seconds: float  # CPU time of the workers' extraction, summed
    store_seconds: float  # writing (in this process, or summed over writing workers)
    dispatch_seconds: float  # reading, grouping copies and skipping known articles, here
    peak_rss_bytes: dict[str, int]  # per worker, "<host>:<pid>" -> bytes


def ingest_scaled(
    store: Store,
    articles: Iterable[Article | InputError],
    runner: Runner,
    cascade: bool = True,
    progress: Callable[[int], None] | None = None,
    groups_per_task: int = GROUPS_PER_TASK,
    batch_size: int = BATCH_SIZE,
    workers_write: bool | None = None,
    report: Callable[[Failure], None] | None = None,
) -> ScaledIngest:
    """Extract on ``runner``'s workers and store every new article, as the pipeline does.

    ``workers_write`` (by default: when the store is PostgreSQL and the runner
    is not this process) has each worker write its own batches, one at a time
    across all workers (see :func:`detente.scale.work.extract_and_store`);
    the events stored are the same, their ids may come in another order.
    ``report`` is called with each failed article as soon as it is known.
    """
    started = time.perf_counter()
    if workers_write is None:
        workers_write = _shared_store(store) and not isinstance(runner, InProcessRunner)
    on_workers = _OnWorkers(runner, cascade, store.url if workers_write else None)
    run = run_ingest(
        store, articles, on_workers.extract, progress, batch_size, groups_per_task, report
    )
    return ScaledIngest(
        summary=run.summary,
        wall_seconds=time.perf_counter() - started,
        extract_seconds=on_workers.extract_seconds,
        extract_cpu_seconds=on_workers.extract_cpu_seconds,
        store_seconds=run.store_seconds + on_workers.store_seconds,
        dispatch_seconds=run.dispatch_seconds,
        peak_rss_bytes=on_workers.peak_rss,
    )


@dataclass
class _OnWorkers:
    """The pipeline's extraction step on a runner, adding up the workers' figures."""

    runner: Runner
    cascade: bool
    store_url: str | None  # the workers write to this store themselves when set
    extract_seconds: float = 0.0
    extract_cpu_seconds: float = 0.0
    store_seconds: float = 0.0
    peak_rss: dict[str, int] = field(default_factory=dict)

    def extract(self, tasks: Iterable[list[Story]]) -> Iterator[Sequence[StoryOutcome]]:
        if self.store_url:
            done_batches = self.runner.map(
                extract_and_store, tasks, cascade=self.cascade, store_url=self.store_url
            )
        else:
            done_batches = self.runner.map(extract_batch, tasks, cascade=self.cascade)
        for done in done_batches:
            self._count(done)
            yield done.outcomes

    def _count(self, done: BatchDone) -> None:
        self.extract_seconds += done.extract_seconds
        self.extract_cpu_seconds += done.extract_cpu_seconds
        self.store_seconds += done.store_seconds
        self.peak_rss[done.worker] = max(self.peak_rss.get(done.worker, 0), done.peak_rss_bytes)


def _shared_store(store: Store) -> bool:
    """Whether several processes can write to the store at once (PostgreSQL, not SQLite)."""
    return store.engine.dialect.name == "postgresql"


def ingest_with(
    store: Store,
    articles: Iterable[Article | InputError],
    workers: int | None = None,
    dask: str | None = None,
    progress: Callable[[int], None] | None = None,
    report: Callable[[Failure], None] | None = None,
) -> IngestSummary:
    """``detente ingest --workers N`` / ``--dask ADDRESS|local``: start, ingest, stop."""
    runner = open_runner(workers, dask)
    try:
        return ingest_scaled(store, articles, runner, progress=progress, report=report).summary
    finally:
        runner.close()
