"""The records of relationship state: what the state machine reads and what it returns.

The state machine reads any object shaped like :class:`EventLike` (the store's
``StoredEvent`` is one; :class:`RelationEvent` is the plain one for callers
without a store) and returns frozen records in which every value names the
event(s) that set it, so that a state can always be explained.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Protocol

from detente.model import JsonRecord

# Head-of-mission states of a directed dyad S->R (DIPLOMACY.md §5.2).
NONE = "NONE"
NOMINATED = "NOMINATED"
AGREMENT_REVOKED = "AGREMENT_REVOKED"
COPIES_PRESENTED = "COPIES_PRESENTED"
ACCREDITED = "ACCREDITED"
RECALLED = "RECALLED"
EXPELLED = "EXPELLED"
CHARGE_ONLY = "CHARGE_ONLY"
MISSION_CLOSED = "MISSION_CLOSED"
SEVERED = "SEVERED"
HEAD_OF_MISSION_STATES: tuple[str, ...] = (
    NONE,
    NOMINATED,
    AGREMENT_REVOKED,
    COPIES_PRESENTED,
    ACCREDITED,
    RECALLED,
    EXPELLED,
    CHARGE_ONLY,
    MISSION_CLOSED,
    SEVERED,
)

# Mission, relation and sanction values (§5.1).
OPEN, CLOSED, UNKNOWN = "OPEN", "CLOSED", "UNKNOWN"
NORMAL, DOWNGRADED = "NORMAL", "DOWNGRADED"
IN_FORCE, EASED, LIFTED = "IN_FORCE", "EASED", "LIFTED"

HIGH, LOW = "high", "low"

# Levels of representation as the state machine numbers them (the ``level`` attribute).
REPRESENTATION_LEVELS: dict[int, str] = {
    3: "ambassador",
    2: "minister",
    1: "chargé d'affaires",
    0: "none",
}


class EventLike(Protocol):
    """What the state machine needs to know about an event.

    ``date`` is ``YYYY-MM-DD``/``YYYY-MM``/``YYYY`` at ``date_precision`` or
    ``None``; ``known_by`` is the earliest publication date of a source
    reporting it, the latest day an undated event can have happened.
    """

    id: int | None
    type: str
    source: str
    target: str
    date: str | None
    date_precision: str | None
    modality: str
    persons: tuple[str, ...]
    details: Mapping[str, Any]
    known_by: date | None
    evidence: str


@dataclass(frozen=True)
class RelationEvent:
    """A plain :class:`EventLike`, for using the state machine without a store."""

    id: int | None
    type: str
    source: str
    target: str
    date: str | None
    date_precision: str | None
    modality: str = "asserted"
    persons: tuple[str, ...] = ()
    details: Mapping[str, Any] = field(default_factory=dict)
    known_by: date | None = None
    evidence: str = ""


@dataclass(frozen=True)
class Period:
    """When something happened, no more precisely than the sources say.

    A day is ``start == end``; a month or a year spans its first to last day;
    an undated event has ``start=None`` and ends at the publication date that
    first reported it (``end=None`` when even that is unknown).
    """

    start: date | None
    end: date | None
    precision: str | None

    @classmethod
    def of(cls, value: str | None, precision: str | None, known_by: date | None) -> Period:
        """The period of an event dated ``value`` at ``precision`` (or undated)."""
        return _period_of(value, precision, known_by)

    @classmethod
    def _compute(cls, value: str | None, precision: str | None, known_by: date | None) -> Period:
        if value is None or precision is None:
            return cls(None, known_by, None)
        year = int(value[:4])
        if precision == "year":
            return cls(date(year, 1, 1), date(year, 12, 31), "year")
        month = int(value[5:7])
        if precision == "month":
            last = calendar.monthrange(year, month)[1]
            return cls(date(year, month, 1), date(year, month, last), "month")
        day = date.fromisoformat(value[:10])
        return cls(day, day, "day")

    @property
    def label(self) -> str:
        """How a reader should see it: ``2021-10-17``, ``2021-10``, ``no later than ...``."""
        if self.start is None:
            return f"no later than {self.end.isoformat()}" if self.end else "date unknown"
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()

    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "precision", "label"}``, dates as ISO strings."""
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "label": self.label,
        }

    def contains(self, other: Period) -> bool:
        """True when ``other`` lies wholly inside this period (both dated)."""
        return (
            self.start is not None
            and other.start is not None
            and self.start <= other.start
            and other.end <= self.end
        )


@cache  # replays ask for the same few periods over and over
def _period_of(value: str | None, precision: str | None, known_by: date | None) -> Period:
    return Period._compute(value, precision, known_by)


@dataclass(frozen=True)
class StateValue:
    """One attribute's value, when it was set and by which events.

    ``confidence`` is ``low`` when the setting event was only ``reported``.
    """

    value: Any
    since: Period | None = None
    caused_by: tuple[EventLike, ...] = ()
    confidence: str = HIGH
    note: str | None = None

    def __str__(self) -> str:
        if not self.caused_by:
            return f"{'unknown' if self.value is None else self.value} (nothing on record)"
        since = f" since {self.since.label}" if self.since else ""
        low = " (only reported)" if self.confidence == LOW else ""
        note = f" - {self.note}" if self.note else ""
        return f"{self.value}{since}{low}{note} [{_event_ids(self.caused_by)}]"


@dataclass(frozen=True)
class DyadState:
    """The sending state's representation in the receiving state (dyad S->R)."""

    sending_state: str
    receiving_state: str
    head_of_mission: StateValue
    person: str | None
    level: StateValue
    mission: StateValue
    consulates: StateValue = StateValue(UNKNOWN)
    for_consultations: bool = False
    staff_expulsions: tuple[EventLike, ...] = ()
    summons: tuple[EventLike, ...] = ()


@dataclass(frozen=True)
class Guard:
    """A denial on record: the sources say something did *not* happen then."""

    period: Period
    claim: str
    event: EventLike


@dataclass(frozen=True)
class Anomaly:
    """A transition the rules did not expect (reported, never silently fixed)."""

    period: Period
    message: str
    event: EventLike


@dataclass(frozen=True)
class PairState:
    """Relations between two states, with who downgraded them."""

    states: tuple[str, str]
    relations: StateValue
    downgraded_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class SanctionState:
    """Sanctions by ``sender`` on ``target``."""

    sender: str
    target: str
    status: StateValue


@dataclass(frozen=True)
class StateChange(JsonRecord):
    """One step of a history: ``subject``'s ``attribute`` went from ``before`` to ``after``.

    ``subject`` is ``"FRA->BLR"`` for a dyad, ``"BLR-FRA"`` for the pair's
    relations and ``"sanctions GBR->BLR"`` for sanctions.
    """

    period: Period
    subject: str
    attribute: str
    before: Any
    after: Any
    caused_by: tuple[EventLike, ...]
    confidence: str = HIGH
    note: str | None = None

    def __str__(self) -> str:
        low = " (only reported)" if self.confidence == LOW else ""
        return (
            f"{self.period.label}: {self.subject} {self.attribute} {self.before} -> "
            f"{self.after}{low} [{_event_ids(self.caused_by)}]"
        )


@dataclass(frozen=True)
class RelationStatus(JsonRecord):
    """Where a pair of states stands on a date: both dyads, relations and sanctions.

    ``forward`` is A's representation in B and ``backward`` B's in A, for the
    ``a``/``b`` asked.  ``pending`` holds planned events not yet carried out;
    ``tentative`` the events possible on ``on`` but not yet certain (their
    period has begun; they do not change the state shown).
    """

    a: str
    b: str
    on: date | None
    forward: DyadState
    backward: DyadState
    relations: PairState
    sanctions: tuple[SanctionState, ...]
    changes: tuple[StateChange, ...]
    guards: tuple[Guard, ...] = ()
    anomalies: tuple[Anomaly, ...] = ()
    pending: tuple[EventLike, ...] = ()
    tentative: tuple[EventLike, ...] = ()

    def __str__(self) -> str:
        """Both directions, the relations and sanctions, one line each, then what is uncertain."""
        on = self.on.isoformat() if self.on else "the latest record"
        lines = [f"{self.a} and {self.b} on {on}"]
        for dyad in (self.forward, self.backward):
            where = f"  {dyad.sending_state} in {dyad.receiving_state}:"
            person = f" {dyad.person}" if dyad.person else ""
            lines.append(f"{where} head of mission{person}: {dyad.head_of_mission}")
            if dyad.mission.caused_by:
                lines.append(f"{where} mission: {dyad.mission}")
        downgraded = self.relations.downgraded_by
        by = f" by {', '.join(downgraded)}" if downgraded else ""
        lines.append(f"  relations: {self.relations.relations}{by}")
        for sanction in self.sanctions:
            if sanction.status.caused_by:
                lines.append(
                    f"  sanctions {sanction.sender} on {sanction.target}: {sanction.status}"
                )
        lines += [f"  possible, not yet certain: {_event_label(e)}" for e in self.tentative]
        lines += [f"  planned: {_event_label(e)}" for e in self.pending]
        lines += [f"  denied ({g.period.label}): {g.claim}" for g in self.guards]
        lines += [f"  anomaly ({a.period.label}): {a.message}" for a in self.anomalies]
        return "\n".join(lines)


def _event_label(event: EventLike) -> str:
    when = Period.of(event.date, event.date_precision, event.known_by).label
    ident = f"event {event.id}: " if event.id is not None else ""
    return f"{ident}{event.type} {event.source}->{event.target} {when}, {event.modality}"


def _event_ids(events: tuple[EventLike, ...]) -> str:
    ids = [str(e.id) for e in events if e.id is not None]
    return f"event{'s' if len(ids) > 1 else ''} {', '.join(ids)}" if ids else "denial"
