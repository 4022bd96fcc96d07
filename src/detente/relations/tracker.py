"""The running state of one pair of states while events replay, and the history it leaves.

A private accumulator of the replay: rules call :meth:`Tracker.set` and the
tracker records a :class:`StateChange` whenever a value actually changes,
naming the event that changed it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from detente.relations.model import (
    HIGH,
    LOW,
    NONE,
    UNKNOWN,
    Anomaly,
    DyadState,
    EventLike,
    Guard,
    PairState,
    SanctionState,
    StateChange,
    StateValue,
)
from detente.relations.ordering import period_of

HEAD_OF_MISSION, LEVEL, MISSION, CONSULATES = "head_of_mission", "level", "mission", "consulates"
RELATIONS, SANCTIONS = "relations", "sanctions"

_DEFAULTS: dict[str, Any] = {
    HEAD_OF_MISSION: NONE,
    LEVEL: None,
    MISSION: UNKNOWN,
    CONSULATES: UNKNOWN,
    RELATIONS: UNKNOWN,
    SANCTIONS: NONE,
}


def dyad_subject(sending: str, receiving: str) -> str:
    """How a directed dyad is named in a history: ``FRA->BLR``."""
    return f"{sending}->{receiving}"


def pair_subject(a: str, b: str) -> str:
    """How a pair is named in a history, in alphabetical order: ``BLR-FRA``."""
    first, second = sorted((a, b))
    return f"{first}-{second}"


def sanctions_subject(sender: str, target: str) -> str:
    """How sanctions are named in a history: ``sanctions GBR->BLR``."""
    return f"sanctions {sender}->{target}"


class Tracker:
    """Values by (subject, attribute), the changes so far, and what was noted on the way."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], StateValue] = {}
        self.changes: list[StateChange] = []
        self.persons: dict[str, str | None] = {}
        self.consultations: dict[str, bool] = {}
        self.staff_expulsions: dict[str, list[EventLike]] = {}
        self.summons: dict[str, list[EventLike]] = {}
        self.downgraded_by: dict[str, set[str]] = {}
        self.pending: list[EventLike] = []
        self.guards: list[Guard] = []
        self.anomalies: list[Anomaly] = []

    def fork(self) -> Tracker:
        """A copy to try an event on without touching this one (values are immutable)."""
        copy = Tracker()
        copy.values = dict(self.values)
        copy.persons = dict(self.persons)
        copy.consultations = dict(self.consultations)
        copy.staff_expulsions = {k: list(v) for k, v in self.staff_expulsions.items()}
        copy.summons = {k: list(v) for k, v in self.summons.items()}
        copy.downgraded_by = {k: set(v) for k, v in self.downgraded_by.items()}
        copy.anomalies = list(self.anomalies)
        return copy

    def get(self, subject: str, attribute: str) -> StateValue:
        """The current value of ``attribute`` of ``subject``."""
        return self.values.get((subject, attribute), StateValue(_DEFAULTS[attribute]))

    def set(
        self, subject: str, attribute: str, value: Any, event: EventLike, note: str | None = None
    ) -> None:
        """Give ``attribute`` the ``value`` that ``event`` implies, recording any change."""
        current = self.get(subject, attribute)
        confidence = LOW if event.modality == "reported" else HIGH
        if current.value == value and current.caused_by:
            # Same value again: one more event stands behind it.
            self.values[(subject, attribute)] = replace(
                current,
                caused_by=current.caused_by + (event,),
                confidence=HIGH if HIGH in (confidence, current.confidence) else LOW,
            )
            return
        period = period_of(event)
        self.values[(subject, attribute)] = StateValue(value, period, (event,), confidence, note)
        if current.value != value:
            self.changes.append(
                StateChange(
                    period, subject, attribute, current.value, value, (event,), confidence, note
                )
            )

    def note_anomaly(self, event: EventLike, message: str) -> None:
        """Keep a transition the rules did not expect, to report it."""
        self.anomalies.append(Anomaly(period_of(event), message, event))

    def dyad_state(self, sending: str, receiving: str) -> DyadState:
        """The frozen state of dyad ``sending``->``receiving``."""
        subject = dyad_subject(sending, receiving)
        return DyadState(
            sending_state=sending,
            receiving_state=receiving,
            head_of_mission=self.get(subject, HEAD_OF_MISSION),
            person=self.persons.get(subject),
            level=self.get(subject, LEVEL),
            mission=self.get(subject, MISSION),
            consulates=self.get(subject, CONSULATES),
            for_consultations=self.consultations.get(subject, False),
            staff_expulsions=tuple(self.staff_expulsions.get(subject, ())),
            summons=tuple(self.summons.get(subject, ())),
        )

    def pair_state(self, a: str, b: str) -> PairState:
        """The frozen relations between ``a`` and ``b``."""
        subject = pair_subject(a, b)
        return PairState(
            tuple(sorted((a, b))),
            self.get(subject, RELATIONS),
            tuple(sorted(self.downgraded_by.get(subject, ()))),
        )

    def sanction_state(self, sender: str, target: str) -> SanctionState:
        """The frozen sanctions of ``sender`` on ``target``."""
        return SanctionState(sender, target, self.get(sanctions_subject(sender, target), SANCTIONS))
