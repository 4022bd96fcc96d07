"""Mentions of one article -> events: one event per (type, source, target).

The event keeps every mention.  Its modality is the most certain one the
mentions support (asserted > reported > planned > negated); its date is the
most precise date a mention states, else a default date, else unknown; its
evidence is the first mention with that modality.
"""

from __future__ import annotations

from collections import defaultdict

from detente.model import Event, EventDate, Mention
from detente.resolve.codes import codes_for

MODALITY_RANK = {"asserted": 0, "reported": 1, "planned": 2, "negated": 3}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def merge_mentions(doc_id: str, mentions: list[Mention]) -> list[Event]:
    """One event per type and dyad, in order of first mention."""
    groups: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[(mention.type, mention.source, mention.target)].append(mention)
    return [_event(doc_id, group) for group in groups.values()]


def _event(doc_id: str, mentions: list[Mention]) -> Event:
    modality = min((m.modality for m in mentions), key=MODALITY_RANK.__getitem__)
    lead = next(m for m in mentions if m.modality == modality)
    codes = codes_for(lead.type, modality)
    persons = tuple(dict.fromkeys(p for m in mentions for p in m.persons))
    details = {k: v for m in reversed(mentions) for k, v in m.details.items() if v}
    details.pop("date_stated", None)
    return Event(
        doc=doc_id, type=lead.type, source=lead.source, target=lead.target,
        date=_best_date(mentions, modality), modality=modality, persons=persons,
        evidence=lead.evidence, start=lead.start, end=lead.end,
        confidence=max(m.confidence for m in mentions),
        cameo=codes.cameo, goldstein=codes.goldstein, plover=codes.plover,
        plover_mode=codes.plover_mode, mentions=tuple(mentions), details=details,
    )


def _best_date(mentions: list[Mention], modality: str) -> EventDate:
    """A stated date beats a default; among stated ones the most precise, then the first."""
    supporting = [m for m in mentions if m.modality == modality] or mentions
    stated = [m.date for m in supporting if m.details.get("date_stated") and m.date.known]
    if stated:
        return min(stated, key=lambda d: _PRECISION_RANK[d.precision])
    defaults = [m.date for m in supporting if m.date.known]
    return defaults[0] if defaults else EventDate()
