"""States that cannot both hold: show the better-supported one, report the other.

A replay can end with values that contradict each other, e.g. a mission
closed "in August" beside relations restored on 11 August, or relations
severed beside an ambassador accredited since (DIPLOMACY.md §5.5(1)).  Such
pairs are never shown side by side as fact: the weaker value's events are
set aside, the replay runs again without them, and an :class:`Anomaly`
names what was set aside and why.

The better-supported value is the later-dated one when dates order them,
else the one with more sources, then the one at the finer date precision;
on a full tie the pair's relations stand over one side's mission.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from detente.relations.model import (
    ACCREDITED,
    AGREMENT_REVOKED,
    CHARGE_ONLY,
    COPIES_PRESENTED,
    EXPELLED,
    MISSION_CLOSED,
    NOMINATED,
    NORMAL,
    RECALLED,
    SEVERED,
    Anomaly,
    EventLike,
    Period,
    StateValue,
)
from detente.relations.ordering import period_of
from detente.relations.tracker import (
    HEAD_OF_MISSION,
    RELATIONS,
    Tracker,
    dyad_subject,
    pair_subject,
)

# Head-of-mission states that need diplomatic relations.
_IN_POST = (
    NOMINATED,
    AGREMENT_REVOKED,
    COPIES_PRESENTED,
    ACCREDITED,
    RECALLED,
    EXPELLED,
    CHARGE_ONLY,
)
# Events that say relations stand again.
_RESTORING = ("RESTORE_RELATIONS", "OPEN_MISSION", "UPGRADE_RELATIONS")
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_ROUNDS = 8  # each round sets events aside; a handful settles any real record

Replay = Callable[[list[EventLike]], Tracker]


@dataclass(frozen=True)
class _Conflict:
    """Two values that cannot both hold, as ``(label, value)`` pairs."""

    dyad: tuple[str, StateValue]
    relations: tuple[str, StateValue]


def settle(ordered: list[EventLike], a: str, b: str, replay: Replay) -> Tracker:
    """Replay ``ordered`` and set aside the weaker side of each contradiction, noting it."""
    tracker, noted = replay(ordered), []
    for _ in range(_ROUNDS):
        conflict = _first_conflict(tracker, a, b)
        if conflict is None:
            break
        kept, dropped = _stronger(conflict)
        aside = set(map(id, dropped[1].caused_by))
        ordered = [event for event in ordered if id(event) not in aside]
        noted.append(_anomaly(kept, dropped))
        tracker = replay(ordered)
    tracker.anomalies.extend(noted)
    return tracker


def _first_conflict(tracker: Tracker, a: str, b: str) -> _Conflict | None:
    relations = tracker.get(pair_subject(a, b), RELATIONS)
    if not relations.caused_by:
        return None
    for sending, receiving in ((a, b), (b, a)):
        subject = dyad_subject(sending, receiving)
        head = tracker.get(subject, HEAD_OF_MISSION)
        if head.caused_by and _contradict(head, relations):
            return _Conflict(
                (f"{subject} head of mission {head.value}", head),
                (f"relations {relations.value}", relations),
            )
    return None


def _contradict(head: StateValue, relations: StateValue) -> bool:
    if relations.value == SEVERED:
        return head.value in _IN_POST
    if relations.value == NORMAL and head.value == MISSION_CLOSED:
        # A mission closed before a restoration may stay closed after it; one closed
        # at a time the dates cannot tell from the restoration contradicts it.
        restorations = [e for e in relations.caused_by if e.type in _RESTORING]
        return any(_overlap(period_of(r), head.since) for r in restorations)
    return False


def _overlap(first: Period, second: Period | None) -> bool:
    if second is None or first.start is None or second.start is None:
        return False
    return first.start <= second.end and second.start <= first.end


def _stronger(conflict: _Conflict) -> tuple[tuple[str, StateValue], tuple[str, StateValue]]:
    """``(kept, dropped)``: the later-dated, else more sources, else finer precision."""
    dyad, relations = conflict.dyad, conflict.relations
    if _later(dyad[1], relations[1]):
        return dyad, relations
    if _later(relations[1], dyad[1]):
        return relations, dyad
    if _support(dyad[1]) > _support(relations[1]):
        return dyad, relations
    return relations, dyad


def _later(first: StateValue, second: StateValue) -> bool:
    one, other = first.since, second.since
    if one is None or other is None or one.start is None or other.start is None:
        return False
    return one.start > other.end


def _support(value: StateValue) -> tuple[int, int]:
    """More sources first, then finer precision (a higher tuple is better supported)."""
    sources = sum(_sources(event) for event in value.caused_by)
    finest = min(
        (_PRECISION_RANK.get(period_of(e).precision or "", 3) for e in value.caused_by), default=3
    )
    return sources, -finest


def _sources(event: EventLike) -> int:
    # Stored events count their articles; a plain RelationEvent is one source.
    return int(getattr(event, "n_articles", 1) or 1)


def _anomaly(kept: tuple[str, StateValue], dropped: tuple[str, StateValue]) -> Anomaly:
    (kept_label, kept_value), (dropped_label, dropped_value) = kept, dropped
    first = dropped_value.caused_by[0]
    message = (
        f"{dropped_label} ({_evidence(dropped_value)}) contradicts {kept_label} "
        f"({_evidence(kept_value)}); shown: {kept_label}, the better supported"
    )
    return Anomaly(period_of(first), message, first)


def _evidence(value: StateValue) -> str:
    events = value.caused_by
    sources = sum(_sources(event) for event in events)
    label = ", ".join(f"{e.type} {period_of(e).label}" for e in events)
    return f"{label}; {sources} report{'s' if sources != 1 else ''}"
