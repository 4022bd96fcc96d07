"""What a worker does with one batch of stories: extract, and say how long and how big.

A batch is a list of stories (near-identical copies of one article, see
:func:`detente.ingest.group_near_duplicates`).  The worker runs the pipeline's
extraction step on it (:func:`detente.pipeline.extract_task`: one batched
parse of the candidate sentences of every story) and hands back one outcome
per story exactly as in a single process, so the parent stores the same
thing either way.
"""

from __future__ import annotations

import dataclasses
import os
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass

from detente.model import Article
from detente.nlp import parser
from detente.pipeline import StoryOutcome, extract_task
from detente.store import IngestSummary, Store


@dataclass(frozen=True)
class BatchDone:
    """One batch's outcomes, in the order of its groups, with the worker's figures."""

    outcomes: tuple[StoryOutcome, ...]
    extract_seconds: float
    extract_cpu_seconds: float  # CPU time of this process, whatever else ran on the machine
    worker: str  # "<host>:<pid>" of the process that did it
    peak_rss_bytes: int
    store_seconds: float = 0.0  # when the worker wrote the results itself


def extract_batch(groups: Sequence[Sequence[Article]], cascade: bool = True) -> BatchDone:
    """Extract every group of the batch (the model is loaded once per process)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    outcomes = tuple(extract_task(groups, cascade=cascade))
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
    one transaction that locks the dyads it touches, so two batches never merge
    into the same events at once (the merge reads, then writes).
    Outcomes come back as summaries only.
    """
    done = extract_batch(groups, cascade)
    results = [
        r for outcome in done.outcomes if not isinstance(outcome, IngestSummary) for r in outcome
    ]
    started = time.perf_counter()
    written = _worker_store(store_url).add(results) if results else IngestSummary()
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


# One store (engine and connection pool) per worker process and URL.
_STORES: dict[str, Store] = {}


def _worker_store(url: str) -> Store:
    if url not in _STORES:
        _STORES[url] = Store(url)
    return _STORES[url]
