"""The pipeline: read -> group copies -> extract -> store, the one place that ties the stages.

>>> with Store("sqlite:///events.db") as store:
...     summary = ingest_articles(store, iter_articles(["news/"]))

``detente ingest``, the HTTP ingest endpoint and :mod:`detente.scale` all run
:func:`run_ingest`; they differ only in where the extraction step runs (here,
or on worker processes / a Dask cluster, see :func:`detente.scale.ingest_scaled`).

1. The stream of articles (and :class:`InputError` for unreadable inputs) is
   grouped into stories, near-identical wire copies together
   (:func:`detente.ingest.group_near_duplicates`); articles already stored are
   skipped.
2. Stories go to the extraction step in tasks of ``stories_per_task``; the
   first copy of each is read (:func:`extract_story`) and its events are
   given to every copy as one more source.
3. Results are written through :meth:`Store.add` in transactions of
   ``batch_size`` articles.  One bad article never stops the batch: it is
   counted as failed with its reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from detente.errors import InputError, ModelNotInstalledError, StoreError
from detente.ingest import ArticleGroup, events_in_copy, group_near_duplicates, parse_article
from detente.model import Article, Event
from detente.nlp import pipeline as nlp
from detente.store import ArticleResult, Failure, IngestSummary, Store

BATCH_SIZE = 50  # articles per write transaction
STORIES_PER_TASK = 32  # stories handed to the extraction step at once (one batched parse)

Extractor = Callable[[Article], Sequence[Event]]
Progress = Callable[[int], None]
Report = Callable[[Failure], None]
Story = Sequence[Article]  # near-identical copies of one article; the first is read
StoryOutcome = list[ArticleResult] | IngestSummary  # the results, or why the story failed
# Extracts tasks of stories; yields one outcome per story of each task, tasks in order.
ExtractTasks = Callable[[Iterable[list[Story]]], Iterable[Sequence[StoryOutcome]]]


def extract(text: str, published: date | str | None = None, doc_id: str = "doc") -> list[Event]:
    """Every diplomatic event the article ``text`` reports.

    ``text`` may start with the seed-format ``date`` header; ``published``
    (a date or ``YYYY-MM-DD``) overrides it.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return nlp.extract_article(parse_article(text, doc_id=doc_id, published=published))


def ingest_articles(
    store: Store,
    articles: Iterable[Article | InputError],
    extract: Extractor | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    report: Report | None = None,
) -> IngestSummary:
    """Extract events from every new article in this process and store them.

    ``extract`` replaces the NLP pipeline (tests use it); ``progress`` is
    called with the number of articles handled as they are handled, ``report``
    with each failed article as soon as it is known.
    """
    run = run_ingest(store, articles, in_process(extract), progress, batch_size, report=report)
    return run.summary


@dataclass(frozen=True)
class IngestRun:
    """What an ingest did, and where the time of this process went besides extraction."""

    summary: IngestSummary
    dispatch_seconds: float  # reading, grouping copies and skipping known articles
    store_seconds: float  # writing here (workers that write count their own)


def run_ingest(
    store: Store,
    articles: Iterable[Article | InputError],
    extract_tasks: ExtractTasks,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    stories_per_task: int = STORIES_PER_TASK,
    report: Report | None = None,
) -> IngestRun:
    """Read, group copies, skip known articles, extract with ``extract_tasks``, write.

    ``report`` is called with each failed article as soon as it is known. What was
    extracted is written even when the run breaks off (a worker dies, Ctrl-C).
    """
    report = report or (lambda _failure: None)
    stories = _Stories(store, progress or (lambda _n: None), report)
    writer = _Writer(store, batch_size, report)
    try:
        for outcomes in extract_tasks(stories.tasks(articles, stories_per_task)):
            writer.take(outcomes)
            stories.progress(sum(_articles_in(outcome) for outcome in outcomes))
    finally:
        writer.flush()
    return IngestRun(stories.summary + writer.summary, stories.seconds, writer.seconds)


def in_process(extract: Extractor | None = None, cascade: bool = True) -> ExtractTasks:
    """The extraction step run here, task after task."""
    return lambda tasks: (extract_task(task, extract, cascade) for task in tasks)


def extract_task(
    stories: Sequence[Story], extract: Extractor | None = None, cascade: bool = True
) -> list[StoryOutcome]:
    """One outcome per story.  Without ``extract``, the candidate sentences of all
    stories are parsed in one batch (:func:`detente.nlp.pipeline.extract_many`)."""
    if extract is not None:
        return [extract_story(story, extract) for story in stories]
    found = _extract_all([story[0] for story in stories], cascade)
    return [
        extract_story(story, _known_or_extract(events, cascade))
        for story, events in zip(stories, found, strict=True)
    ]


def extract_story(story: Story, extract: Extractor) -> StoryOutcome:
    """Extract once for a group of near-identical articles; each copy is stored as a source.

    The first article is the one read; the events found in it are stored for
    every copy (so each copy counts as one more source of the same events),
    their mentions pointed into the copy's own text (see
    :func:`detente.ingest.events_in_copy`).
    """
    representative = story[0]
    where = representative.path or representative.doc_id
    try:
        found = tuple(extract(representative))
    except ModelNotInstalledError:
        raise  # breaks every article: stop rather than fail each one
    except InputError as error:
        return _failed(error.where, error.problem) + _copies_failed(story, where)
    except Exception as error:  # noqa: BLE001 - one bad article never stops the batch
        problem = f"extraction failed: {error.__class__.__name__}: {error}"
        return _failed(where, problem) + _copies_failed(story, where)
    copies = [
        ArticleResult(copy, events_in_copy(found, representative, copy)) for copy in story[1:]
    ]
    return [ArticleResult(representative, found), *copies]


def _extract_all(articles: list[Article], cascade: bool) -> list[list[Event] | None]:
    """Events of each article from one batched parse; None for all if any article fails.

    A failure is then retried article by article (in :func:`extract_story`), so
    it is reported against the article that caused it and the others still count.
    """
    try:
        return list(nlp.extract_many(articles, cascade))
    except ModelNotInstalledError:
        raise
    except Exception:  # noqa: BLE001 - attributed to its article on the retry
        return [None] * len(articles)


def _known_or_extract(events: list[Event] | None, cascade: bool) -> Extractor:
    if events is None:
        return lambda article: nlp.extract_article(article, cascade)
    return lambda _article: events


@dataclass
class _Stories:
    """Groups the stream, settles what needs no extraction, and cuts the rest into tasks."""

    store: Store
    progress: Progress
    report: Report
    summary: IngestSummary = field(default_factory=IngestSummary)
    seconds: float = 0.0  # spent here between tasks handed out

    def tasks(self, articles: Iterable[Article | InputError], size: int) -> Iterator[list[Story]]:
        task: list[Story] = []
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
            failed = _failed(item.where, item.problem)
            self.summary = self.summary + failed
            self.report(failed.failures[0])
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
    report: Report
    summary: IngestSummary = field(default_factory=IngestSummary)
    seconds: float = 0.0
    pending: list[ArticleResult] = field(default_factory=list)

    def take(self, outcomes: Iterable[StoryOutcome]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, IngestSummary):
                self._count(outcome)  # failed, or written by a worker
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
                summary = summary + _failed(where, str(error))
        if len(errors) == len(batch):
            raise errors[0]
        return summary

    def _count(self, outcome: IngestSummary) -> None:
        self.summary = self.summary + outcome
        for failure in outcome.failures:
            self.report(failure)


def _articles_in(outcome: StoryOutcome) -> int:
    if isinstance(outcome, IngestSummary):  # failed, or written by a worker
        return outcome.articles_new + outcome.articles_known + outcome.articles_failed
    return len(outcome)


def _failed(where: str, problem: str) -> IngestSummary:
    return IngestSummary(articles_failed=1, failures=(Failure(where, problem),))


def _copies_failed(story: Story, where: str) -> IngestSummary:
    """Copies of a story whose extraction failed are not stored either: say so for each."""
    summary = IngestSummary()
    for copy in story[1:]:
        summary = summary + _failed(copy.path or copy.doc_id, f"copy of {where}, which failed")
    return summary
