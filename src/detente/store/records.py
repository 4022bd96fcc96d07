"""The records the store hands back: stored events with their sources, ingest summaries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from detente.model import Article, Event, JsonRecord
from detente.relations.model import StateChange


@dataclass(frozen=True)
class StoredMention:
    """One sentence of one stored article that reports an event.

    ``start``/``end`` are character offsets of ``evidence`` in the article
    text; ``article_id`` and ``doc_id`` name that article.
    """

    id: int
    event_id: int | None
    article_id: int
    doc_id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None
    evidence: str
    start: int
    end: int
    modality: str
    date: str | None
    date_precision: str | None
    confidence: float
    persons: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredEvent(JsonRecord):
    """One event as merged across every article that reports it.

    ``modality`` is the most certain one its sources support; ``date`` the most
    precise one they give; ``known_by`` the earliest publication date of a
    source (an undated event happened no later than that).  ``mentions`` is
    filled by :meth:`Store.event` and left empty by :meth:`Store.events`.
    ``id`` is ``None`` only for a denial (a negated report, which never
    becomes an event): listed by :meth:`Store.events` for ``modality="negated"``
    and handed to the state machine as a guard; ``report_id`` names it.
    ``change_seq`` numbers the event's last change (the cursor of ``after``);
    ``merged_ids`` are the ids of events merged into this one as sources came in.
    """

    id: int | None
    type: str
    source: str
    target: str
    date: str | None
    date_precision: str | None
    date_start: date | None
    date_end: date | None
    known_by: date | None
    modality: str
    persons: tuple[str, ...]
    evidence: str
    confidence: float
    cameo: str | None
    goldstein: float | None
    plover: str | None
    plover_mode: str | None
    n_articles: int
    n_outlets: int
    n_mentions: int
    details: Mapping[str, Any] = field(default_factory=dict)
    doc_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    mentions: tuple[StoredMention, ...] = ()
    report_id: int | None = None
    change_seq: int | None = None
    merged_ids: tuple[int, ...] = ()

    @property
    def cursor(self) -> int:
        """What a listing continues after (``after``): the number of the event's last
        change, or of the denial's storing (see :mod:`detente.store.changes`)."""
        return self.change_seq if self.change_seq is not None else 0

    def __str__(self) -> str:
        ident = f"event {self.id}" if self.id is not None else "denial"
        articles = f"{self.n_articles} article{'s' if self.n_articles != 1 else ''}"
        evidence = self.evidence if len(self.evidence) <= 100 else self.evidence[:99] + "…"
        return (
            f"{ident}: {self.type} {self.source}->{self.target} {self.date or 'undated'}, "
            f'{self.modality}, {articles}: "{evidence}"'
        )


@dataclass(frozen=True)
class ArticleResult:
    """One article and the events extraction found in it, ready to store.

    Near-identical copies of an article share one extraction: each copy is
    its own ``ArticleResult`` carrying the same ``events``.
    """

    article: Article
    events: tuple[Event, ...]


@dataclass(frozen=True)
class Failure:
    """An item that could not be ingested, and why."""

    where: str
    problem: str


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest run did."""

    articles_new: int = 0
    articles_known: int = 0
    articles_failed: int = 0
    events_new: int = 0
    events_merged: int = 0
    mentions_new: int = 0
    denials_new: int = 0
    failures: tuple[Failure, ...] = ()

    def __add__(self, other: IngestSummary) -> IngestSummary:
        return IngestSummary(
            self.articles_new + other.articles_new,
            self.articles_known + other.articles_known,
            self.articles_failed + other.articles_failed,
            self.events_new + other.events_new,
            self.events_merged + other.events_merged,
            self.mentions_new + other.mentions_new,
            self.denials_new + other.denials_new,
            self.failures + other.failures,
        )


@dataclass(frozen=True)
class Timeline(JsonRecord):
    """Every state change involving ``actor`` (and ``counterpart`` if given), in order."""

    actor: str
    counterpart: str | None
    changes: tuple[StateChange, ...]

    def __str__(self) -> str:
        title = f"{self.actor} and {self.counterpart or 'all counterparts'}"
        lines = [f"{title}: {len(self.changes)} state changes"]
        return "\n".join(lines + [f"  {change}" for change in self.changes])
