"""Hand-built events and gold records for the scorer and CLI tests."""

from __future__ import annotations

from detente.model import Event, EventDate

_PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}


def precision_of(date: str | None) -> str | None:
    """``day``, ``month`` or ``year`` from the shape of a date value."""
    return _PRECISION_BY_LENGTH[len(date)] if date else None


def system_event(
    type_: str,
    source: str,
    target: str,
    date: str | None = None,
    modality: str = "asserted",
    doc: str = "d1",
    evidence: str = "",
) -> Event:
    """An event as the pipeline would return it, with only the scored fields chosen."""
    return Event(
        doc=doc,
        type=type_,
        source=source,
        target=target,
        date=EventDate(date, precision_of(date)),
        modality=modality,
        persons=(),
        evidence=evidence,
        start=0,
        end=len(evidence),
        confidence=0.9,
        cameo="",
        goldstein=0.0,
        plover="",
        plover_mode=None,
    )


def gold_event(
    type_: str,
    source: str,
    target: str,
    date: str | None = None,
    modality: str = "asserted",
    evidence: str = "",
) -> dict:
    """One event of a gold file, as JSON."""
    return {
        "type": type_,
        "source": source,
        "target": target,
        "date": date,
        "date_precision": precision_of(date),
        "persons": [],
        "modality": modality,
        "evidence": evidence,
    }


def gold_record(doc: str, *events: dict) -> dict:
    """A whole gold file, as JSON."""
    return {"doc": doc, "published": "2024-03-11", "source_url": None, "events": list(events)}
