"""The JSON shapes of the store's records, in one place: events, statuses and timelines.

What the HTTP API returns and the pages render, what ``detente events --format
jsonl``, ``status --json`` and ``timeline --json`` print, and the records the
exports write (:mod:`detente.store.export`).  One function per record; dates are
ISO strings and every event carries the evidence sentence and the article it
came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from detente.relations import DyadState, Period, RelationStatus, StateChange, StateValue
from detente.relations.model import EventLike, Guard, SanctionState
from detente.resolve.names import actor_name
from detente.store.records import StoredEvent, StoredMention

FLAT_COLUMNS: tuple[str, ...] = (
    "id",
    "type",
    "source",
    "target",
    "date",
    "date_precision",
    "date_start",
    "date_end",
    "known_by",
    "modality",
    "persons",
    "evidence",
    "confidence",
    "cameo",
    "goldstein",
    "plover",
    "plover_mode",
    "n_articles",
    "n_outlets",
    "n_mentions",
    "doc_id",
    "title",
    "outlet",
    "url",
)

# Flat formats (CSV, Parquet): the store's columns with each country's name beside its code.
EXPORT_COLUMNS: tuple[str, ...] = tuple(
    name
    for column in FLAT_COLUMNS
    for name in ((column, f"{column}_name") if column in ("source", "target") else (column,))
)


def iso(value: date | None) -> str | None:
    """``2021-10-17`` or None."""
    return value.isoformat() if value else None


def event_summary(event: StoredEvent) -> dict[str, Any]:
    """An event as listed: the store's flat columns (as ``detente export``), persons a list."""
    record = {column: getattr(event, column) for column in FLAT_COLUMNS}
    record.update(
        persons=list(event.persons),
        date_start=iso(event.date_start),
        date_end=iso(event.date_end),
        known_by=iso(event.known_by),
    )
    if event.id is None:  # a denial, listed for modality "negated": named by its report
        record["report_id"] = event.report_id
    record["change_seq"] = event.change_seq  # the cursor of ?after= (detente.store.changes)
    record["merged_ids"] = list(event.merged_ids)  # ids now standing for this event
    return record


def event_detail(event: StoredEvent) -> dict[str, Any]:
    """One event with every mention that supports it."""
    return {
        **event_summary(event),
        "details": dict(event.details),
        "mentions": [mention_shape(mention) for mention in event.mentions],
    }


def mention_shape(mention: StoredMention) -> dict[str, Any]:
    """One evidence sentence with its offsets and its article."""
    return {
        "id": mention.id,
        "evidence": mention.evidence,
        "start": mention.start,
        "end": mention.end,
        "modality": mention.modality,
        "date": mention.date,
        "date_precision": mention.date_precision,
        "persons": list(mention.persons),
        "confidence": mention.confidence,
        "article": {
            "id": mention.article_id,
            "doc_id": mention.doc_id,
            "title": mention.title,
            "outlet": mention.outlet,
            "url": mention.url,
            "published": iso(mention.published),
        },
    }


def causes(events: Iterable[EventLike]) -> list[dict[str, Any]]:
    """The events behind a state; the store hands the state machine its stored events."""
    return [event_summary(event) for event in events]  # type: ignore[arg-type]


def period_shape(period: Period | None) -> dict[str, Any] | None:
    """``{"start", "end", "precision", "label"}``: as precise as the sources, no more."""
    if period is None:
        return None
    return {
        "start": iso(period.start),
        "end": iso(period.end),
        "precision": period.precision,
        "label": period.label,
    }


def value_shape(value: StateValue) -> dict[str, Any]:
    """One attribute's value, since when, how sure, and the events behind it."""
    return {
        "value": value.value,
        "since": period_shape(value.since),
        "confidence": value.confidence,
        "note": value.note,
        "events": causes(value.caused_by),
    }


def dyad_shape(dyad: DyadState) -> dict[str, Any]:
    """The sending state's representation in the receiving state."""
    return {
        "sending_state": dyad.sending_state,
        "receiving_state": dyad.receiving_state,
        "head_of_mission": value_shape(dyad.head_of_mission),
        "person": dyad.person,
        "level": value_shape(dyad.level),
        "mission": value_shape(dyad.mission),
        "consulates": value_shape(dyad.consulates),
        "for_consultations": dyad.for_consultations,
        "staff_expulsions": causes(dyad.staff_expulsions),
        "summons": causes(dyad.summons),
    }


def sanction_shape(sanction: SanctionState) -> dict[str, Any]:
    """Sanctions by one state on the other."""
    return {
        "sender": sanction.sender,
        "target": sanction.target,
        "status": value_shape(sanction.status),
    }


def guard_shape(guard: Guard) -> dict[str, Any]:
    """A denial on record."""
    return {
        "period": period_shape(guard.period),
        "claim": guard.claim,
        "event": causes([guard.event])[0],
    }


def status_shape(status: RelationStatus) -> dict[str, Any]:
    """Where a pair stands on a date, both directions, each part with its evidence."""
    return {
        "a": status.a,
        "b": status.b,
        "on": iso(status.on),
        "forward": dyad_shape(status.forward),
        "backward": dyad_shape(status.backward),
        "relations": {
            **value_shape(status.relations.relations),
            "downgraded_by": list(status.relations.downgraded_by),
        },
        "sanctions": [sanction_shape(sanction) for sanction in status.sanctions],
        "pending": causes(status.pending),
        "tentative": causes(status.tentative),
        "guards": [guard_shape(guard) for guard in status.guards],
        "anomalies": [
            {"period": period_shape(a.period), "message": a.message, "event": causes([a.event])[0]}
            for a in status.anomalies
        ],
    }


def change_shape(change: StateChange) -> dict[str, Any]:
    """One step of a history."""
    return {
        "period": period_shape(change.period),
        "subject": change.subject,
        "attribute": change.attribute,
        "before": change.before,
        "after": change.after,
        "confidence": change.confidence,
        "note": change.note,
        "events": causes(change.caused_by),
    }


def flat_record(event: StoredEvent) -> dict[str, Any]:
    """One event as a flat row of :data:`EXPORT_COLUMNS` (CSV, Parquet), persons a list."""
    record = {column: getattr(event, column) for column in FLAT_COLUMNS}
    record["persons"] = list(event.persons)
    record["source_name"] = actor_name(event.source)
    record["target_name"] = actor_name(event.target)
    return {column: record[column] for column in EXPORT_COLUMNS}


def full_record(event: StoredEvent) -> dict[str, Any]:
    """One event with its details and every mention, JSON-ready."""
    return event.to_dict()
