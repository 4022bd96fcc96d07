"""What a worker does with one batch of stories: extract, and say how long and how big.

A batch is a list of story groups (near-identical copies of one article, see
:func:`detente.ingest.group_near_duplicates`).  The worker extracts the first
copy of each group, parsing the candidate sentences of the whole batch in one
``nlp.pipe`` call (:func:`detente.nlp.pipeline.extract_many`), and hands back
one outcome per group exactly as :func:`detente.store.store.results_for_group`
makes it in a single process, so the parent stores the same thing either way.
"""

from __future__ import annotations

import dataclasses
import os
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import ModelNotInstalledError, StoreError
from detente.model import Article, Event
from detente.nlp import parser, pipeline
from detente.store.records import ArticleResult, IngestSummary
from detente.store.store import Store, results_for_group
from detente.store.writer import add_results

GroupOutcome = list[ArticleResult] | IngestSummary


@dataclass(frozen=True)
class BatchDone:
    """One batch's outcomes, in the order of its groups, with the worker's figures."""

    outcomes: tuple[GroupOutcome, ...]
    extract_seconds: float
    extract_cpu_seconds: float  # CPU time of this process, whatever else ran on the machine
    worker: str  # "<host>:<pid>" of the process that did it
    peak_rss_bytes: int
    store_seconds: float = 0.0  # when the worker wrote the results itself


def extract_batch(groups: Sequence[Sequence[Article]], cascade: bool = True) -> BatchDone:
    """Extract every group of the batch (the model is loaded once per process)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    found = _extract_all([group[0] for group in groups], cascade)
    outcomes = tuple(
        results_for_group(group, _known_or_extract(events, cascade))
        for group, events in zip(groups, found, strict=True)
    )
    return BatchDone(
        outcomes,
        time.perf_counter() - started,
        time.process_time() - cpu_started,
        worker_name(),
        peak_rss_bytes(),
    )


def extract_and_store(
    groups: Sequence[Sequence[Article]], cascade: bool = True, store_url: str = ""
) -> BatchDone:
    """Extract the batch and write it to the store at ``store_url`` from this worker.

    For PostgreSQL, where workers on several machines can write: the batch is
    one transaction holding an advisory lock, so two batches never merge their
    events into the store at the same time (the merge reads, then writes).
    Outcomes come back as summaries only.
    """
    done = extract_batch(groups, cascade)
    results = [
        r for outcome in done.outcomes if not isinstance(outcome, IngestSummary) for r in outcome
    ]
    started = time.perf_counter()
    written = _write_exclusively(_worker_store(store_url), results)
    failed = [outcome for outcome in done.outcomes if isinstance(outcome, IngestSummary)]
    return dataclasses.replace(
        done, outcomes=(*failed, written), store_seconds=time.perf_counter() - started
    )


def warm_worker() -> str:
    """Load the model now, so the first batch does not pay for it; the worker's name."""
    parser.load_model()
    return worker_name()


def worker_name() -> str:
    return f"{os.uname().nodename}:{os.getpid()}"


def peak_rss_bytes() -> int:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _extract_all(articles: list[Article], cascade: bool) -> list[list[Event] | None]:
    """Events of each article from one batched parse; None for all if any article fails.

    A failure is then retried article by article (in ``results_for_group``), so
    it is reported against the article that caused it and the others still count.
    """
    try:
        return list(pipeline.extract_many(articles, cascade))
    except ModelNotInstalledError:
        raise
    except Exception:  # noqa: BLE001 - attributed to its article on the retry
        return [None] * len(articles)


def _known_or_extract(events: list[Event] | None, cascade: bool):
    if events is None:
        return lambda article: pipeline.extract_article(article, cascade)
    return lambda _article: events


# One store (engine and connection pool) per worker process and URL.
_STORES: dict[str, Store] = {}
# Any constant key will do: it only has to be the same in every writer.
_WRITE_LOCK_KEY = 0x64657465  # "dete"


def _worker_store(url: str) -> Store:
    if url not in _STORES:
        _STORES[url] = Store(url)
    return _STORES[url]


def _write_exclusively(store: Store, results: list[ArticleResult]) -> IngestSummary:
    if not results:
        return IngestSummary()
    try:
        with store.engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK_KEY})
            return add_results(connection, results)
    except SQLAlchemyError as error:
        where = store.engine.url.render_as_string(hide_password=True)
        raise StoreError.of_database("write to", where, error) from error
