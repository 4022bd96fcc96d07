"""The write path: store a batch of (article, events) in one transaction, merging events.

Each event an article reports becomes a *report*.  After a batch, every
report of each (type, source, target) the batch touched is grouped into
events anew, in a fixed order (see :func:`detente.store.merge.group_reports`),
and each event's merged fields are recomputed from its reports, so the events
depend only on which articles are stored, never on the order they came in.
Last, the events the batch made or changed and the denials it stored take their
change numbers, the cursor readers poll with (:mod:`detente.store.changes`).

Many writers may add batches at once.  Regrouping reads a dyad's reports, then
writes, so on PostgreSQL a batch first takes a transaction-scoped advisory lock
on every (type, source, target) it touches, in one order, so that two batches
merging into one dyad take turns and never deadlock (SQLite has one writer at a
time anyway).  An article two writers store at once is inserted only once: the
loser's insert is ignored and it reads back what the winner stored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.dialects import postgresql, sqlite

from detente.model import Article, Event, Mention
from detente.relations.model import Period
from detente.store import aliases, changes, merge, schema
from detente.store.records import ArticleResult, IngestSummary


def add_results(connection: Connection, results: Iterable[ArticleResult]) -> IngestSummary:
    """Store every article not yet known, with its reports, mentions and merged events."""
    results = list(results)
    _lock_dyads(connection, results)
    summary = IngestSummary()
    touched: set[Dyad] = set()
    denials: list[int] = []
    for result in results:
        summary += _add_article(connection, result.article, result.events, touched, denials)
    events_before = _count_events(connection, touched)
    changes.stamp(connection, regroup(connection, touched), denials)
    # Net new events: a report that joins two events into one makes fewer.
    new = max(0, _count_events(connection, touched) - events_before)
    return summary + IngestSummary(events_new=new, events_merged=-new)


def article_known(connection: Connection, article: Article) -> bool:
    """True when the article is stored: the same normalised text from the same place.

    A verbatim copy of a stored text from another URL, outlet or (lacking
    both) under another name (a wire story republished) is one more source of
    it, not a known article (see :func:`_text_key`).
    """
    return _text_key(connection, article)[1]


def _text_key(connection: Connection, article: Article) -> tuple[str, bool]:
    """The ``text_hash`` to store ``article`` under, and whether one is stored under it.

    The first copy of a text is keyed by the text alone, so that looking an article
    up by its text finds it; a verbatim copy from another place by its text and place.
    """
    articles = schema.articles
    key = merge.article_key(article.text)
    first = connection.execute(
        select(articles.c.url, articles.c.outlet, articles.c.doc_id).where(
            articles.c.text_hash == key
        )
    ).first()
    if first is None:
        return key, False
    origin = _origin(article.url, article.outlet, article.doc_id)
    if origin == _origin(first.url, first.outlet, first.doc_id):
        return key, True
    copy_key = merge.article_key(f"{article.text}\n{origin}")
    found = connection.execute(
        select(articles.c.id).where(articles.c.text_hash == copy_key)
    ).first()
    return copy_key, found is not None


def _origin(url: str | None, outlet: str | None, doc_id: str) -> str:
    return url or (outlet.strip().casefold() if outlet else f"name:{doc_id}")


def _lock_dyads(connection: Connection, results: list[ArticleResult]) -> None:
    """On PostgreSQL, wait for and hold until commit the merge lock of each dyad written."""
    if connection.dialect.name != "postgresql":
        return
    dyads = {(e.type, e.source, e.target) for r in results for e in r.events}
    for key in sorted({merge.dyad_lock_key(*dyad) for dyad in dyads}):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _add_article(
    connection: Connection,
    article: Article,
    events: Iterable[Event],
    touched: set[Dyad],
    denials: list[int],
) -> IngestSummary:
    """Store the article and its reports; the dyads of its reports are added to
    ``touched``, the report ids of its denials to ``denials``.

    The summary counts every report that is no denial as merged; the caller
    moves those that made new events to ``events_new``.
    """
    article_id = _store_article(connection, article)
    if article_id is None:
        return IngestSummary(articles_known=1)
    reported = mentions = 0
    denied_before = len(denials)
    for event in events:
        report_id, sentences = _insert_report(connection, article_id, event)
        mentions += sentences
        if event.modality == "negated":
            denials.append(report_id)  # kept as evidence, but never creates an event
        else:
            reported += 1
            touched.add((event.type, event.source, event.target))
    return IngestSummary(
        articles_new=1,
        events_merged=reported,
        mentions_new=mentions,
        denials_new=len(denials) - denied_before,
    )


def _store_article(connection: Connection, article: Article) -> int | None:
    """The id of the article as newly stored, or None when it is known.

    Another writer may store the same text between the look-up and the insert:
    the insert is then ignored, and the look-up again sees what it stored.
    """
    for _ in range(3):
        text_hash, known = _text_key(connection, article)
        if known:
            return None
        article_id = _insert_article(connection, article, text_hash)
        if article_id is not None:
            return article_id
    raise RuntimeError(f"article {article.doc_id!r} was stored and removed again meanwhile")


def _insert_article(connection: Connection, article: Article, text_hash: str) -> int | None:
    """Insert the article, or nothing when its ``text_hash`` is taken; its id or None."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    return connection.execute(
        dialect.insert(schema.articles)
        .on_conflict_do_nothing(index_elements=["text_hash"])
        .returning(schema.articles.c.id)
        .values(
            text_hash=text_hash,
            doc_id=article.doc_id,
            title=article.title,
            url=article.url,
            outlet=article.outlet,
            path=article.path,
            published=article.published,
            published_from=article.published_from,
            text=article.text,
            ingested_at=_now(),
        )
    ).scalar_one_or_none()


Dyad = tuple[str, str, str]  # (type, source, target): the reports that may merge
_EVENT_FIELDS = (
    "type",
    "source",
    "target",
    "date_value",
    "date_precision",
    "modality",
    "persons",
    "confidence",
    "evidence",
    "cameo",
    "goldstein",
    "plover",
    "plover_mode",
    "details",
)


def _event_values(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "source": event.source,
        "target": event.target,
        "date_value": event.date.value,
        "date_precision": event.date.precision,
        "modality": event.modality,
        "persons": list(event.persons),
        "confidence": float(event.confidence),
        "evidence": event.evidence,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "plover_mode": event.plover_mode,
        "details": _json_safe(event.details),
    }


def _insert_report(connection: Connection, article_id: int, event: Event) -> tuple[int, int]:
    report_id = connection.execute(
        schema.reports.insert().values(
            article_id=article_id,
            start_offset=event.start,
            end_offset=event.end,
            **_event_values(event),
        )
    ).inserted_primary_key[0]
    # An event built without mentions is its own single mention.
    sentences = event.mentions or (
        Mention(
            event.type,
            event.source,
            event.target,
            event.modality,
            event.date,
            event.evidence,
            event.start,
            event.end,
            event.persons,
            event.confidence,
            dict(event.details),
        ),
    )
    connection.execute(
        schema.mentions.insert(),
        [_mention_values(report_id, article_id, mention) for mention in sentences],
    )
    return report_id, len(sentences)


def _mention_values(report_id: int, article_id: int, mention: Mention) -> dict[str, Any]:
    return {
        "report_id": report_id,
        "article_id": article_id,
        "modality": mention.modality,
        "date_value": mention.date.value,
        "date_precision": mention.date.precision,
        "evidence": mention.evidence,
        "start_offset": mention.start,
        "end_offset": mention.end,
        "persons": list(mention.persons),
        "confidence": float(mention.confidence),
        "details": _json_safe(mention.details),
    }


def regroup(connection: Connection, dyads: Iterable[Dyad]) -> list[int]:
    """Group every report of these types and dyads into events anew (:func:`merge.group_reports`).

    Each group keeps the stored event most of its reports were already in, so
    event ids stay put as sources come in; new events are numbered in the order
    their first report came, and events left without reports go, each leaving
    an alias to the event most of its reports went to.  Returns the ids of the
    events made or changed (their reports changed), in order.
    """
    was: dict[int, int | None] = {}
    groups = []
    for dyad in sorted(dyads):
        rows = _dyad_reports(connection, dyad)
        was |= {row["id"]: row["event_id"] for row in rows}
        groups += merge.group_reports(rows)
    kept: set[int] = set()
    changed: set[int] = set()
    went_to: dict[int, Counter] = {}  # stored event -> where its reports went, how many
    for group in sorted(groups, key=lambda rows: min(row["id"] for row in rows)):
        event_id = _event_for(connection, group, was, kept)
        kept.add(event_id)
        for row in group:
            if was[row["id"]] is not None:
                went_to.setdefault(was[row["id"]], Counter())[event_id] += 1
        moved = [row["id"] for row in group if was[row["id"]] != event_id]
        if moved:
            reports = schema.reports
            connection.execute(
                reports.update().where(reports.c.id.in_(moved)).values(event_id=event_id)
            )
            changed |= {event_id} | {was[report_id] for report_id in moved}
    emptied = {event_id for event_id in was.values() if event_id is not None} - kept
    if emptied:
        connection.execute(schema.events.delete().where(schema.events.c.id.in_(emptied)))
        aliases.record(connection, {old: aliases.most_went_to(went_to[old]) for old in emptied})
    refreshed = sorted(changed & kept)
    for event_id in refreshed:
        refresh_event(connection, event_id)
    return refreshed


def _event_for(
    connection: Connection, group: list[Mapping[str, Any]], was: dict[int, int | None], kept: set
) -> int:
    """The stored event most of the group's reports were in, else a new one."""
    votes = Counter(was[row["id"]] for row in group)
    held = [event_id for event_id in votes if event_id is not None and event_id not in kept]
    if held:
        return min(held, key=lambda event_id: (-votes[event_id], event_id))
    primary = merge.primary_report(group)
    values = {column: primary[column] for column in _EVENT_FIELDS}
    return connection.execute(
        schema.events.insert().values(
            **values,
            **aliases.fresh_event_id(connection),
            n_articles=0,
            n_outlets=0,
            n_mentions=0,
            updated_at=_now(),
        )
    ).inserted_primary_key[0]


def _dyad_reports(connection: Connection, dyad: Dyad) -> list[Mapping[str, Any]]:
    """The reports of one type and dyad that can make events (not denials)."""
    reports, articles = schema.reports, schema.articles
    event_type, source, target = dyad
    return list(
        connection.execute(
            select(reports, articles.c.published, articles.c.text_hash)
            .join(articles, articles.c.id == reports.c.article_id)
            .where(
                reports.c.type == event_type,
                reports.c.source == source,
                reports.c.target == target,
                reports.c.modality != "negated",
            )
        )
        .mappings()
        .all()
    )


def _count_events(connection: Connection, dyads: set[Dyad]) -> int:
    events = schema.events
    return sum(
        connection.execute(
            select(func.count())
            .select_from(events)
            .where(events.c.type == t, events.c.source == s, events.c.target == g)
        ).scalar_one()
        for t, s, g in dyads
    )


def refresh_event(connection: Connection, event_id: int) -> None:
    """Recompute an event's merged fields from all the reports that point at it."""
    reports, articles = schema.reports, schema.articles
    rows = (
        connection.execute(
            select(reports, articles.c.published, articles.c.outlet, articles.c.url)
            .join(articles, articles.c.id == reports.c.article_id)
            .where(reports.c.event_id == event_id)
        )
        .mappings()
        .all()
    )
    n_mentions = connection.execute(
        select(func.count())
        .select_from(schema.mentions)
        .where(schema.mentions.c.report_id.in_([r["id"] for r in rows]))
    ).scalar_one()
    connection.execute(
        schema.events.update()
        .where(schema.events.c.id == event_id)
        .values(**_merged_values(rows), n_mentions=n_mentions, updated_at=_now())
    )


def _merged_values(rows: list[Mapping[str, Any]]) -> dict[str, Any]:
    primary = merge.primary_report(rows)
    date_value, precision = merge.merged_date(rows)
    published = [r["published"] for r in rows if r["published"] is not None]
    known_by = min(published, default=None)
    period = Period.of(date_value, precision, known_by)
    outlets = {merge.outlet_key(r["outlet"], r["url"]) for r in rows} - {None}
    return {
        "date_value": date_value,
        "date_precision": precision,
        "date_start": period.start,
        "date_end": period.end if period.start is not None else None,
        "known_by": known_by,
        "modality": primary["modality"],
        "persons": list(merge.merged_persons(rows)),
        "confidence": max(r["confidence"] for r in rows),
        "evidence": primary["evidence"],
        "cameo": primary["cameo"],
        "goldstein": primary["goldstein"],
        "plover": primary["plover"],
        "plover_mode": primary["plover_mode"],
        "details": merge.merged_details(rows, primary),
        "n_articles": len({r["article_id"] for r in rows}),
        "n_outlets": len(outlets),
        "primary_report_id": primary["id"],
    }


def _json_safe(details: Mapping[str, Any]) -> dict[str, Any]:
    """Details as JSON can hold them: tuples become lists, other objects their text."""

    def convert(value: Any) -> Any:
        if isinstance(value, str | int | float | bool) or value is None:
            return value
        if isinstance(value, list | tuple | set):
            return [convert(v) for v in value]
        if isinstance(value, Mapping):
            return {str(k): convert(v) for k, v in value.items()}
        return str(value)

    return {str(key): convert(value) for key, value in (details or {}).items()}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
