"""Ingest on all cores or on a cluster: workers extract, this process writes.

The stream is grouped into stories here (:func:`detente.ingest.group_near_duplicates`),
stories already stored are skipped here, and the rest go to the runner in
tasks of ``groups_per_task`` stories.  Results come back in input order and
are written in transactions of ``batch_size`` articles by this process alone
(SQLite has one writer); the store ends up exactly as :meth:`Store.ingest`
leaves it.  On PostgreSQL the workers write their own batches instead, one
batch at a time under an advisory lock, as workers on other machines can.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from detente.errors import InputError, StoreError
from detente.ingest import ArticleGroup, group_near_duplicates
from detente.model import Article
from detente.scale.runners import InProcessRunner, Runner, open_runner
from detente.scale.work import BatchDone, extract_and_store, extract_batch
from detente.store import Store
from detente.store.records import ArticleResult, Failure, IngestSummary
from detente.store.store import BATCH_SIZE

GROUPS_PER_TASK = 32


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
    """Extract on ``runner``'s workers and store every new article, as :meth:`Store.ingest`.

    ``workers_write`` (by default: when the store is PostgreSQL and the runner
    is not this process) has each worker write its own batches, one at a time
    across all workers (see :func:`detente.scale.work.extract_and_store`);
    the events stored are the same, their ids may come in another order.
    ``report`` is called with each failed article as soon as it is known. What
    was extracted is written even when the run breaks off (a worker dies, Ctrl-C).
    """
    started = time.perf_counter()
    report = report or (lambda _failure: None)
    dispatch = _Dispatch(store, progress or (lambda _n: None), report)
    writer = _Writer(store, batch_size, report)
    extract_seconds, extract_cpu_seconds, worker_store_seconds, peak_rss = 0.0, 0.0, 0.0, {}
    tasks = dispatch.tasks(articles, groups_per_task)
    if workers_write is None:
        workers_write = _shared_store(store) and not isinstance(runner, InProcessRunner)
    if workers_write:
        done_batches = runner.map(extract_and_store, tasks, cascade=cascade, store_url=store.url)
    else:
        done_batches = runner.map(extract_batch, tasks, cascade=cascade)
    try:
        for done in done_batches:
            extract_seconds += done.extract_seconds
            extract_cpu_seconds += done.extract_cpu_seconds
            worker_store_seconds += done.store_seconds
            peak_rss[done.worker] = max(peak_rss.get(done.worker, 0), done.peak_rss_bytes)
            writer.take(done)
            dispatch.progress(sum(_articles_in(outcome) for outcome in done.outcomes))
    finally:
        writer.flush()
    return ScaledIngest(
        summary=dispatch.summary + writer.summary,
        wall_seconds=time.perf_counter() - started,
        extract_seconds=extract_seconds,
        extract_cpu_seconds=extract_cpu_seconds,
        store_seconds=writer.seconds + worker_store_seconds,
        dispatch_seconds=dispatch.seconds,
        peak_rss_bytes=peak_rss,
    )


@dataclass
class _Dispatch:
    """Groups the stream, settles what needs no worker, and cuts the rest into tasks."""

    store: Store
    progress: Callable[[int], None]
    report: Callable[[Failure], None]
    summary: IngestSummary = field(default_factory=IngestSummary)
    seconds: float = 0.0  # spent here between tasks handed out

    def tasks(
        self, articles: Iterable[Article | InputError], size: int
    ) -> Iterator[list[list[Article]]]:
        task: list[list[Article]] = []
        resumed = time.perf_counter()
        for item in group_near_duplicates(articles):
            fresh = self._fresh(item)
            if fresh:
                task.append(fresh)
            if len(task) >= size:
                self.seconds += time.perf_counter() - resumed
                yield task
                task, resumed = [], time.perf_counter()
        self.seconds += time.perf_counter() - resumed
        if task:
            yield task

    def _fresh(self, item: ArticleGroup | InputError) -> list[Article]:
        if isinstance(item, InputError):
            failure = Failure(item.where, item.problem)
            self.summary = self.summary + IngestSummary(articles_failed=1, failures=(failure,))
            self.report(failure)
            self.progress(1)
            return []
        fresh = [article for article in item.articles if not self.store.known(article)]
        known = len(item.articles) - len(fresh)
        if known:
            self.summary = self.summary + IngestSummary(articles_known=known)
            self.progress(known)
        return fresh


@dataclass
class _Writer:
    """Stores results in transactions of ``batch_size`` articles, timing the writes."""

    store: Store
    batch_size: int
    report: Callable[[Failure], None]
    summary: IngestSummary = field(default_factory=IngestSummary)
    seconds: float = 0.0
    pending: list[ArticleResult] = field(default_factory=list)

    def take(self, done: BatchDone) -> None:
        for outcome in done.outcomes:
            if isinstance(outcome, IngestSummary):
                self._count(outcome)  # the story failed to extract, or a worker wrote it
            else:
                self.pending.extend(outcome)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        if not batch:
            return
        started = time.perf_counter()
        try:
            self._count(self.store.add(batch))
        except StoreError:
            if len(batch) == 1:
                raise
            self._count(self._one_by_one(batch))
        self.seconds += time.perf_counter() - started

    def _one_by_one(self, batch: list[ArticleResult]) -> IngestSummary:
        """A batch the store refused, written article by article so that only the
        article at fault is lost (and named); if none can be written, the store is at fault."""
        summary, errors = IngestSummary(), []
        for result in batch:
            try:
                summary = summary + self.store.add([result])
            except StoreError as error:
                errors.append(error)
                where = result.article.path or result.article.doc_id
                summary = summary + IngestSummary(
                    articles_failed=1, failures=(Failure(where, str(error)),)
                )
        if len(errors) == len(batch):
            raise errors[0]
        return summary

    def _count(self, outcome: IngestSummary) -> None:
        self.summary = self.summary + outcome
        for failure in outcome.failures:
            self.report(failure)


def _articles_in(outcome: list[ArticleResult] | IngestSummary) -> int:
    if isinstance(outcome, IngestSummary):  # failed, or written by the worker
        return outcome.articles_new + outcome.articles_known + outcome.articles_failed
    return len(outcome)


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
