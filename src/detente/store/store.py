"""The :class:`Store`: the Python API over the event database (the CLI and web print it)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, create_engine, event, func, make_url, select
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import InputError, ModelNotInstalledError, OutputError, StoreError
from detente.ingest import ArticleGroup, events_in_copy, group_near_duplicates
from detente.model import Article, Event
from detente.relations import RelationStatus, StateChange, history, status_on
from detente.store import export as exporters
from detente.store import queries, schema
from detente.store.migrations import migrate
from detente.store.records import (
    ArticleResult,
    Failure,
    IngestSummary,
    StoredEvent,
    Timeline,
)
from detente.store.writer import add_results, article_known

DEFAULT_URL = "sqlite:///detente.db"
BATCH_SIZE = 50

Extractor = Callable[[Article], Sequence[Event]]
Progress = Callable[[int], None]


def resolve_url(url: str | None = None) -> str:
    """The database URL: ``url``, else ``DETENTE_DB``, else ``detente.db`` here.

    A bare path (no ``://``) names a SQLite file.
    """
    url = url or os.environ.get("DETENTE_DB") or DEFAULT_URL
    return url if "://" in url else f"sqlite:///{url}"


class Store:
    """Articles, their events merged across sources, and relationship state on any date.

    >>> store = Store("sqlite:///events.db")
    >>> summary = store.ingest(iter_articles(["articles/"]))
    >>> store.status("BLR", "FRA", on=date(2021, 10, 20))
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine = _open_engine(self.url)
        try:
            with self.engine.begin() as connection:
                foreign = schema.foreign_tables(connection)
                if not foreign:
                    self.schema_version = migrate(connection)
        except (SQLAlchemyError, ImportError) as error:
            raise StoreError.of_database("open or migrate", self._safe_url(), error) from error
        if foreign:
            raise StoreError(
                f"the database at {self._safe_url()} holds tables of another program "
                f"({', '.join(foreign)}): give detente a database of its own"
            )

    def _safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------

    def ingest(
        self,
        articles: Iterable[Article | InputError],
        extract: Extractor | None = None,
        progress: Progress | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> IngestSummary:
        """Extract events from every new article and store them, in batches.

        Items that are :class:`InputError` (unreadable inputs) and articles
        whose extraction fails are counted as failed with their reason; the
        run goes on.  Articles already stored are skipped without extraction.
        Near-copies of one story (wire copies) are grouped as they stream by
        (:func:`detente.ingest.group_near_duplicates`) and extracted once; each
        copy is stored as a source with its own mentions.
        ``progress`` is called with the number of items handled after each.
        """
        if extract is None:
            from detente.nlp.pipeline import extract_article as extract
        summary = IngestSummary()
        batch: list[ArticleResult] = []
        for item in group_near_duplicates(articles):
            outcome, results = self._extract_group(item, extract)
            summary = summary + outcome
            batch.extend(results)
            if len(batch) >= batch_size:
                summary, batch = summary + self.add(batch), []
            if progress:
                for _ in item.articles if isinstance(item, ArticleGroup) else (item,):
                    progress(1)
        return summary + self.add(batch) if batch else summary

    def _extract_group(
        self, item: ArticleGroup | InputError, extract: Extractor
    ) -> tuple[IngestSummary, list[ArticleResult]]:
        if isinstance(item, InputError):
            return _failed(item.where, item.problem), []
        fresh = [article for article in item.articles if not self.known(article)]
        known = IngestSummary(articles_known=len(item.articles) - len(fresh))
        if not fresh:
            return known, []
        outcome = results_for_group(fresh, extract)
        if isinstance(outcome, IngestSummary):
            return known + outcome, []
        return known, outcome

    def add(self, results: Iterable[ArticleResult]) -> IngestSummary:
        """Store a batch of (article, events) in one transaction; known articles are skipped."""
        try:
            with self.engine.begin() as connection:
                return add_results(connection, results)
        except SQLAlchemyError as error:
            raise StoreError.of_database("write to", self._safe_url(), error) from error

    def known(self, article: Article) -> bool:
        """True when an article with the same normalised text is already stored."""
        with self.engine.connect() as connection:
            return article_known(connection, article)

    # -- reading ---------------------------------------------------------

    def events(
        self,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        pair: tuple[str, str] | None = None,
        type: str | Sequence[str] | None = None,  # noqa: A002 - the domain's word
        modality: str | Sequence[str] | None = None,
        since: date | None = None,
        until: date | None = None,
        q: str | None = None,
        limit: int | None = None,
        after_id: int | None = None,
        with_mentions: bool = False,
    ) -> list[StoredEvent]:
        """Stored events matching every filter given, by id (see :class:`EventFilter`).

        Mentions are left out unless ``with_mentions`` (then fetched in one query).
        """
        event_filter = queries.EventFilter(
            actor=actor,
            source=source,
            target=target,
            pair=tuple(pair) if pair else None,
            types=_as_tuple(type),
            modalities=_as_tuple(modality),
            since=since,
            until=until,
            q=q,
            after_id=after_id,
            limit=limit,
        )
        with self.engine.connect() as connection:
            return queries.list_events(connection, event_filter, with_mentions)

    def event(self, event_id: int) -> StoredEvent | None:
        """One event with every mention and its article, or None when there is no such id."""
        with self.engine.connect() as connection:
            return queries.get_event(connection, event_id)

    def status(
        self, a: str, b: str, on: date | str | None = None, charge_after_days: int | None = None
    ) -> RelationStatus:
        """Where ``a`` and ``b`` stand on ``on`` (latest when None): A in B, B in A, the pair.

        ``on`` is a date or ``YYYY-MM-DD``. Every value names the stored events (with
        evidence and article) that set it. ``charge_after_days``: see
        :func:`detente.relations.status_on`.
        """
        if isinstance(on, str):
            on = date.fromisoformat(on)
        return status_on(self.pair_record(a, b), a, b, on, charge_after_days)

    def timeline(self, a: str, b: str | None = None) -> Timeline:
        """Every state change between ``a`` and ``b``, or between ``a`` and anyone."""
        if b is not None:
            return Timeline(a, b, history(self.pair_record(a, b)))
        records = self.events(actor=a) + self.denials([a])
        by_counterpart: dict[str, list[StoredEvent]] = {}
        for record in records:
            other = record.target if record.source == a else record.source
            by_counterpart.setdefault(other, []).append(record)
        histories = [history(group) for group in by_counterpart.values()]
        return Timeline(a, None, interleave(histories))

    def pair_record(self, a: str, b: str) -> list[StoredEvent]:
        """Every stored event between ``a`` and ``b`` (either way) and their denials.

        What :meth:`status` and :meth:`timeline` replay; public so that a page
        showing both reads the pair once.
        """
        return self.events(pair=(a, b)) + self.denials([a, b])

    def denials(self, states: list[str]) -> list[StoredEvent]:
        """Stored denials (negated reports) between two states, or involving one."""
        with self.engine.connect() as connection:
            return queries.pair_denials(connection, states)

    def export(self, fmt: str, out: str | Path | IO, **filters: object) -> int:
        """Write the events (filtered as in :meth:`events`) to ``out``; return how many.

        ``fmt`` is ``jsonl``, ``csv``, ``parquet``, ``gdelt`` (GDELT-like
        tab-separated event columns) or ``plover`` (POLECAT-style JSON lines).
        """
        listed = self.events(**filters, with_mentions=fmt in ("jsonl", "plover"))
        try:
            return exporters.write(fmt, listed, out)
        except OSError as error:  # a missing folder, a full disk
            where = out if isinstance(out, str | Path) else getattr(out, "name", "the output")
            raise OutputError(f"cannot write {where}: {error.strerror or error}") from error

    def articles_count(self) -> int:
        """How many articles are stored."""
        with self.engine.connect() as connection:
            return connection.execute(
                select(func.count()).select_from(schema.articles)
            ).scalar_one()


def results_for_group(
    group: Sequence[Article], extract: Extractor
) -> list[ArticleResult] | IngestSummary:
    """Extract once for a group of near-identical articles; each copy is stored as a source.

    The first article is the one read; the events found in it are stored for
    every copy (so each copy counts as one more source of the same events),
    their mentions pointed into the copy's own text (see
    :func:`detente.ingest.events_in_copy`).
    """
    representative = group[0]
    where = representative.path or representative.doc_id
    try:
        found = tuple(extract(representative))
    except ModelNotInstalledError:
        raise  # breaks every article: stop rather than fail each one
    except InputError as error:
        return _failed(error.where, error.problem) + _copies_failed(group, where)
    except Exception as error:  # noqa: BLE001 - one bad article never stops the batch
        problem = f"extraction failed: {error.__class__.__name__}: {error}"
        return _failed(where, problem) + _copies_failed(group, where)
    copies = [
        ArticleResult(copy, events_in_copy(found, representative, copy)) for copy in group[1:]
    ]
    return [ArticleResult(representative, found), *copies]


def _failed(where: str, problem: str) -> IngestSummary:
    return IngestSummary(articles_failed=1, failures=(Failure(where, problem),))


def _copies_failed(group: Sequence[Article], where: str) -> IngestSummary:
    """Copies of a story whose extraction failed are not stored either: say so for each."""
    summary = IngestSummary()
    for copy in group[1:]:
        summary = summary + _failed(copy.path or copy.doc_id, f"copy of {where}, which failed")
    return summary


def _as_tuple(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def interleave(histories: Sequence[Sequence[StateChange]]) -> tuple[StateChange, ...]:
    """Merge per-pair histories by date, keeping each pair's own replay order.

    Within a pair a month-dated change may rightly follow a later day-dated
    one (see :mod:`detente.relations.ordering`), so each change sorts by the
    latest start seen so far in its own history.
    """
    keyed = []
    for number, changes in enumerate(histories):
        floor = date.min
        for position, change in enumerate(changes):
            # An undated change sorts at the last day it can have happened by.
            floor = max(floor, change.period.start or change.period.end or date.min)
            keyed.append(((floor, number, position), change))
    return tuple(change for _, change in sorted(keyed, key=lambda item: item[0]))


def _open_engine(url: str) -> Engine:
    """The engine for ``url``; an unknown scheme, a missing driver or an in-memory SQLite
    database (gone when the command ends) is a :class:`StoreError`."""
    try:
        parsed = make_url(url)
        engine = create_engine(parsed)
    except (SQLAlchemyError, ImportError, ValueError) as error:
        shown = url.split("://", 1)[0] + "://..."
        raise StoreError.of_database("open", shown, error) from error
    if engine.dialect.name == "sqlite" and parsed.database in (None, "", ":memory:"):
        raise StoreError(
            f"{url} keeps nothing once the command ends: give a file, e.g. --db detente.db"
        )
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_foreign_keys)
    return engine


def _sqlite_foreign_keys(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
