"""The write path: store a batch of (article, events) in one transaction, merging events.

Each event an article reports becomes a *report*; a report joins the stored
event it is compatible with (see :mod:`detente.store.merge`) or starts a new
one.  After each join the event's merged fields are recomputed from all its
reports, so the outcome does not depend on the order articles arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from detente.model import Article, Event, Mention
from detente.relations.model import Period
from detente.store import merge, schema
from detente.store.records import ArticleResult, IngestSummary


def add_results(connection: Connection, results: Iterable[ArticleResult]) -> IngestSummary:
    """Store every article not yet known, with its reports, mentions and merged events."""
    summary = IngestSummary()
    for result in results:
        summary = summary + _add_article(connection, result.article, result.events)
    return summary


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


def _add_article(
    connection: Connection, article: Article, events: Iterable[Event]
) -> IngestSummary:
    text_hash, known = _text_key(connection, article)
    if known:
        return IngestSummary(articles_known=1)
    article_id = _insert_article(connection, article, text_hash)
    new = merged = mentions = denials = 0
    for event in events:
        report_id, mention_count = _insert_report(connection, article_id, event)
        mentions += mention_count
        if event.modality == "negated":
            denials += 1  # a denial is kept as evidence but never creates an event
            continue
        event_id = _matching_event(connection, event, article)
        if event_id is None:
            event_id = _insert_event(connection, event)
            new += 1
        else:
            merged += 1
        reports = schema.reports
        connection.execute(
            reports.update().where(reports.c.id == report_id).values(event_id=event_id)
        )
        refresh_event(connection, event_id)
    return IngestSummary(
        articles_new=1,
        events_new=new,
        events_merged=merged,
        mentions_new=mentions,
        denials_new=denials,
    )


def _insert_article(connection: Connection, article: Article, text_hash: str) -> int:
    return connection.execute(
        schema.articles.insert().values(
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
    ).inserted_primary_key[0]


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


def _matching_event(connection: Connection, event: Event, article: Article) -> int | None:
    events = schema.events
    rows = connection.execute(
        select(
            events.c.id,
            events.c.date_value,
            events.c.date_precision,
            events.c.known_by,
            events.c.persons,
            events.c.details,
        ).where(
            events.c.type == event.type,
            events.c.source == event.source,
            events.c.target == event.target,
        )
    ).all()
    candidates = [
        (
            row.id,
            merge.ReportFacts(
                Period.of(row.date_value, row.date_precision, row.known_by),
                tuple(row.persons),
                row.details or {},
            ),
        )
        for row in rows
    ]
    facts = merge.ReportFacts(
        Period.of(event.date.value, event.date.precision, article.published),
        event.persons,
        event.details,
    )
    return merge.best_candidate(facts, candidates)


def _insert_event(connection: Connection, event: Event) -> int:
    return connection.execute(
        schema.events.insert().values(
            **_event_values(event), n_articles=0, n_outlets=0, n_mentions=0, updated_at=_now()
        )
    ).inserted_primary_key[0]


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
