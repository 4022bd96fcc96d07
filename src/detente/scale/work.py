"""What a worker does with one batch of stories: extract, and say how long and how big.

A batch is a list of story groups (near-identical copies of one article, see
:func:`detente.ingest.group_near_duplicates`).  The worker extracts the first
copy of each group, parsing the candidate sentences of the whole batch in one
``nlp.pipe`` call (:func:`detente.nlp.pipeline.extract_many`), and hands back
one outcome per group exactly as :func:`detente.store.store.results_for_group`
makes it in a single process, so the parent stores the same thing either way.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass

from detente.errors import ModelNotInstalledError
from detente.model import Article, Event
from detente.nlp.pipeline import extract_article, extract_many, load_model
from detente.store.records import ArticleResult, IngestSummary
from detente.store.store import results_for_group

GroupOutcome = list[ArticleResult] | IngestSummary


@dataclass(frozen=True)
class BatchDone:
    """One batch's outcomes, in the order of its groups, with the worker's figures."""

    outcomes: tuple[GroupOutcome, ...]
    extract_seconds: float
    worker: str  # "<host>:<pid>" of the process that did it
    peak_rss_bytes: int


def extract_batch(groups: Sequence[Sequence[Article]], cascade: bool = True) -> BatchDone:
    """Extract every group of the batch (the model is loaded once per process)."""
    started = time.perf_counter()
    found = _extract_all([group[0] for group in groups], cascade)
    outcomes = tuple(
        results_for_group(group, _known_or_extract(events, cascade))
        for group, events in zip(groups, found, strict=True)
    )
    return BatchDone(outcomes, time.perf_counter() - started, worker_name(), peak_rss_bytes())


def warm_worker() -> str:
    """Load the model now, so the first batch does not pay for it; the worker's name."""
    load_model()
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
        return list(extract_many(articles, cascade))
    except ModelNotInstalledError:
        raise
    except Exception:  # noqa: BLE001 - attributed to its article on the retry
        return [None] * len(articles)


def _known_or_extract(events: list[Event] | None, cascade: bool):
    if events is None:
        return lambda article: extract_article(article, cascade)
    return lambda _article: events
