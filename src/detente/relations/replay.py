"""Replay events in date order into a history of state changes, and read a state on a date.

Pure functions over event-like records: no database.  ``asserted`` events
change state, ``reported`` ones too but with low confidence; ``planned``
ones wait as pending until a later event of the same type and dyad carries
them out; ``negated`` ones never change state and are kept as guards.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from detente.relations import rules
from detente.relations.model import (
    MISSION_CLOSED,
    NONE,
    SEVERED,
    EventLike,
    Guard,
    RelationStatus,
    StateChange,
)
from detente.relations.ordering import in_order, period_of
from detente.relations.tables import denial_claim
from detente.relations.tracker import RELATIONS, Tracker, pair_subject

_APPLIED = ("asserted", "reported")


def replay(events: Iterable[EventLike]) -> Tracker:
    """Apply ``events`` in date order; return the tracker holding state and history."""
    tracker = Tracker()
    for event in in_order(events):
        if event.modality == "negated":
            tracker.guards.append(Guard(period_of(event), denial_claim(event.type), event))
        elif event.modality == "planned":
            tracker.pending.append(event)
        elif event.modality in _APPLIED:
            _consume_pending(tracker, event)
            rules.apply(tracker, event)
    return tracker


def _consume_pending(tracker: Tracker, event: EventLike) -> None:
    tracker.pending = [
        planned for planned in tracker.pending
        if (planned.type, planned.source, planned.target)
        != (event.type, event.source, event.target)
    ]


def history(events: Iterable[EventLike]) -> tuple[StateChange, ...]:
    """Every state change the events cause, in the order they apply."""
    return tuple(replay(events).changes)


def status_on(
    events: Iterable[EventLike], a: str, b: str, on: date | None = None
) -> RelationStatus:
    """Where ``a`` and ``b`` stand on ``on`` (today's record when None), both directions.

    Only events that may have happened by ``on`` count; those whose period
    runs past ``on`` (a month still under way) are listed as ``tentative``.
    """
    between = [e for e in events if {e.source, e.target} == {a, b}]
    if on is not None:
        between = [e for e in between if period_of(e).possibly_by(on)]
    tracker = replay(between)
    _check_invariants(tracker, a, b)
    tentative = tuple(e for e in between if on is not None and e.modality in _APPLIED
                      and not period_of(e).certainly_by(on))
    return RelationStatus(
        a=a, b=b, on=on,
        forward=tracker.dyad_state(a, b),
        backward=tracker.dyad_state(b, a),
        relations=tracker.pair_state(a, b),
        sanctions=(tracker.sanction_state(a, b), tracker.sanction_state(b, a)),
        changes=tuple(tracker.changes),
        guards=tuple(tracker.guards),
        anomalies=tuple(tracker.anomalies),
        pending=tuple(tracker.pending),
        tentative=tentative,
    )


def _check_invariants(tracker: Tracker, a: str, b: str) -> None:
    """§5.5(1): severed relations leave no head of mission in post; report, never fix."""
    relations = tracker.get(pair_subject(a, b), RELATIONS)
    if relations.value != SEVERED or not relations.caused_by:
        return
    for sending, receiving in ((a, b), (b, a)):
        state = tracker.dyad_state(sending, receiving).head_of_mission
        if state.value not in (SEVERED, MISSION_CLOSED, NONE):
            tracker.note_anomaly(state.caused_by[-1],
                                 f"{sending}->{receiving} is {state.value} "
                                 "although relations are severed")
