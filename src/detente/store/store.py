"""The :class:`Store`: the Python API over the event database (the CLI and web print it)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy import func, or_, select
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import OutputError, StoreError
from detente.model import Article
from detente.relations import RelationStatus, StateChange, history, status_on
from detente.resolve.names import actor_code, optional_actor_code, pair_codes
from detente.store import aliases, queries, schema
from detente.store import export as exporters
from detente.store.engine import in_write_transaction, open_engine
from detente.store.migrations import bring_up_to_date
from detente.store.records import ArticleResult, IngestSummary, StoredEvent, Timeline
from detente.store.writer import add_results, article_known

DEFAULT_URL = "sqlite:///detente.db"


def resolve_url(url: str | None = None) -> str:
    """The database URL: ``url``, else ``DETENTE_DB``, else ``detente.db`` here.

    A bare path (no ``://``) names a SQLite file.
    """
    url = url or os.environ.get("DETENTE_DB") or DEFAULT_URL
    return url if "://" in url else f"sqlite:///{url}"


class Store:
    """Articles, their events merged across sources, and relationship state on any date.

    >>> store = Store("sqlite:///events.db")
    >>> summary = ingest_articles(store, iter_articles(["articles/"]))  # detente.pipeline
    >>> store.status("BLR", "FRA", on=date(2021, 10, 20))
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine = open_engine(self.url)
        try:
            with self.engine.connect() as connection:
                foreign = schema.foreign_tables(connection)
            if not foreign:
                self.schema_version = bring_up_to_date(self.engine)
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

    def add(self, results: Iterable[ArticleResult]) -> IngestSummary:
        """Store a batch of (article, events) in one transaction; known articles are skipped.

        Events merge into the stored events they repeat (see :mod:`detente.store.merge`).
        Any number of processes may add at once: the writer locks the dyads a batch
        touches (:func:`detente.store.writer.add_results`).
        """
        results = list(results)  # a retry writes them again
        try:
            return in_write_transaction(self.engine, lambda c: add_results(c, results))
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
        after: int | None = None,
        with_mentions: bool = False,
    ) -> list[StoredEvent]:
        """Stored events matching every filter given, by id (see :class:`EventFilter`).

        ``after`` is a change cursor: given, only events made or changed (a source
        more, another event merged in) since then are listed, in the order of those
        changes, each with its ``cursor`` to poll on from; 0 lists all in that order.

        States are codes or names (``"BLR"``, ``"belarus"``, ``"Minsk"``); an unknown
        name raises :class:`~detente.errors.UnknownCountryError`.  Types are taken in
        any case and without their suffix (``"expel"``); ``modality="negated"`` lists
        the denials (``id`` None, see :class:`StoredEvent`).  An unknown type or
        modality raises :class:`~detente.errors.UnknownFilterError` naming the valid ones.
        Mentions are left out unless ``with_mentions`` (then fetched in one query).
        """
        event_filter = queries.EventFilter(
            actor=optional_actor_code(actor, self.holds_code),
            source=optional_actor_code(source, self.holds_code),
            target=optional_actor_code(target, self.holds_code),
            pair=pair_codes(*pair, self.holds_code) if pair else None,
            types=queries.event_types(_as_tuple(type)),
            modalities=queries.modalities(_as_tuple(modality)),
            since=since,
            until=until,
            q=q,
            after=after,
            limit=limit,
        )
        with self.engine.connect() as connection:
            return queries.list_events(connection, event_filter, with_mentions)

    def event(self, event_id: int) -> StoredEvent | None:
        """One event with every mention and its article, or None when there is no such id."""
        with self.engine.connect() as connection:
            return queries.get_event(connection, event_id)

    def live_event_id(self, event_id: int) -> int | None:
        """The id an event has now: ``event_id`` itself, or, when that event was merged
        into another as sources came in, the id of the event it went to; None when unknown.
        """
        with self.engine.connect() as connection:
            return aliases.live_event_id(connection, event_id)

    def status(
        self, a: str, b: str, on: date | str | None = None, charge_after_days: int | None = None
    ) -> RelationStatus:
        """Where ``a`` and ``b`` stand on ``on`` (latest when None): A in B, B in A, the pair.

        ``a`` and ``b`` are codes or names of two different states (see :meth:`events`);
        ``on`` is a date or ``YYYY-MM-DD``. Every value names the stored events (with
        evidence and article) that set it. ``charge_after_days``: see
        :func:`detente.relations.status_on`.
        """
        a, b = pair_codes(a, b, self.holds_code)
        if isinstance(on, str):
            on = date.fromisoformat(on)
        return status_on(self.pair_record(a, b), a, b, on, charge_after_days)

    def timeline(self, a: str, b: str | None = None) -> Timeline:
        """Every state change between ``a`` and ``b``, or between ``a`` and anyone."""
        if b is not None:
            a, b = pair_codes(a, b, self.holds_code)
            return Timeline(a, b, history(self.pair_record(a, b)))
        a = actor_code(a, self.holds_code)
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

    def holds_code(self, code: str) -> bool:
        """Whether a stored event or report names ``code`` (a code the gazetteer may not know)."""
        named = [
            select(table.c.id).where(or_(table.c.source == code, table.c.target == code)).limit(1)
            for table in (schema.events, schema.reports)
        ]
        with self.engine.connect() as connection:
            return any(connection.execute(query).first() for query in named)

    def denials(self, states: list[str]) -> list[StoredEvent]:
        """Stored denials (negated reports) between two states, or involving one."""
        with self.engine.connect() as connection:
            return queries.pair_denials(connection, states)

    def export(self, fmt: str, out: str | Path | IO, **filters: object) -> int:
        """Write the events (filtered as in :meth:`events`) to ``out``; return how many.

        ``fmt`` is ``jsonl``, ``csv``, ``parquet``, ``gdelt`` (the GDELT 2.0
        event table's columns, tab-separated) or ``plover`` (POLECAT-style JSON lines).
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
