"""Replay events in date order into a history of state changes, and read a state on a date.

Pure functions over event-like records: no database.  ``asserted`` events
change state, ``reported`` ones too but with low confidence; ``planned``
ones wait as pending until a later event of the same type and dyad carries
them out; ``negated`` ones never change state and are kept as guards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from detente.relations import rules
from detente.relations.conflicts import settle
from detente.relations.model import (
    CHARGE_ONLY,
    CLOSED,
    EXPELLED,
    RECALLED,
    DyadState,
    EventLike,
    Guard,
    Period,
    RelationStatus,
    StateChange,
)
from detente.relations.ordering import certain_from, in_order, period_of
from detente.relations.tables import denial_claim
from detente.relations.tracker import HEAD_OF_MISSION, Tracker

_APPLIED = ("asserted", "reported")


def replay(events: Iterable[EventLike]) -> Tracker:
    """Apply ``events`` in date order; return the tracker holding state and history."""
    return _replay_in_order(sequence(events))


def _replay_in_order(ordered: Iterable[EventLike]) -> Tracker:
    tracker = Tracker()
    for event in ordered:
        _step(tracker, event)
    return tracker


def sequence(events: Iterable[EventLike]) -> list[EventLike]:
    """The order events apply in: dated ones by date, undated ones where they fit.

    An undated event is known only to have happened by its first report.  It
    goes at the latest place, among the events that may precede that report,
    where its transition is one the rules expect and it changes no value that
    dated evidence set; failing that, first.  So copies of credentials
    reported without a date fall between a dated appointment and a dated
    expulsion, and an undated "sanctions were imposed" never undoes a dated
    lifting.
    """
    ordered = in_order(events)
    undated = [e for e in ordered if period_of(e).start is None]
    placed = _coherent([e for e in ordered if period_of(e).start is not None])
    for event in undated:
        placed.insert(_undated_slot(placed, event), event)
    return placed


def _coherent(ordered: list[EventLike]) -> list[EventLike]:
    """Reorder events whose dates cannot tell their order, when the tie order contradicts itself.

    The tie order (§5.4) decides same-period events, but where it makes a
    transition the rules do not expect (copies of credentials "in October"
    applied after an expulsion "in October"), an event of the offending
    overlap is moved within the span its date allows to the place that
    leaves fewest unexpected transitions.  Dates are never contradicted, and
    a sequence the rules accept is left as it is.
    """
    anomalies = _replay_in_order(ordered).anomalies
    budget = _SEARCH_BUDGET  # replays; the search is a courtesy, never a cost explosion
    for anomaly in anomalies:
        best, tried = _best_move(ordered, anomaly.period, len(anomalies), budget)
        budget -= tried
        if best is not None:
            ordered, anomalies = best, _replay_in_order(best).anomalies
        if budget <= 0 or not anomalies:
            break
    return ordered


_SEARCH_BUDGET = 200


def _best_move(
    ordered: list[EventLike], troubled: Period, current: int, budget: int
) -> tuple[list[EventLike] | None, int]:
    best, best_count, tried = None, current, 0
    for count, moved in _alternatives(ordered, troubled):
        tried += 1
        if count < best_count:
            best, best_count = moved, count
        if tried >= budget:
            break
    return best, tried


def _alternatives(ordered: list[EventLike], troubled: Period):
    """Each single move, within its date span, of an event whose date overlaps ``troubled``."""
    for index, event in enumerate(ordered):
        period = period_of(event)
        if not _overlap(period, troubled):
            continue
        rest = ordered[:index] + ordered[index + 1 :]
        low, high = _span(rest, period_of(event))
        for position in range(low, high + 1):
            if position != index:
                moved = rest[:position] + [event] + rest[position:]
                yield _anomaly_count(moved), moved


def _span(others: list[EventLike], period) -> tuple[int, int]:
    """The positions among ``others`` where an event of ``period`` may stand by date."""
    low = max((i + 1 for i, e in enumerate(others) if period_of(e).end < period.start), default=0)
    high = min(
        (i for i, e in enumerate(others) if period_of(e).start > period.end), default=len(others)
    )
    return low, max(low, high)


def _overlap(a: Period, b: Period) -> bool:
    return a.start <= b.end and b.start <= a.end


def _anomaly_count(ordered: list[EventLike]) -> int:
    return len(_replay_in_order(ordered).anomalies)


def _undated_slot(placed: list[EventLike], event: EventLike) -> int:
    deadline = period_of(event).end
    tracker, slot = Tracker(), 0
    for position in range(len(placed) + 1):
        if position:
            previous = placed[position - 1]
            start = period_of(previous).start
            if deadline is not None and start is not None and start > deadline:
                break
            _step(tracker, previous)
        if _fits(tracker, event):
            slot = position
    return slot


def _fits(tracker: Tracker, event: EventLike) -> bool:
    trial = tracker.fork()
    _step(trial, event)
    if len(trial.anomalies) > len(tracker.anomalies):
        return False
    for key, value in trial.values.items():
        before = tracker.values.get(key)
        if key[1] == HEAD_OF_MISSION:
            continue  # its transitions are checked against the table (anomalies) instead
        if (
            before is not None
            and before.value != value.value
            and any(period_of(cause).start is not None for cause in before.caused_by)
        ):
            return False
    return True


def _step(tracker: Tracker, event: EventLike) -> None:
    if event.modality == "negated":
        tracker.guards.append(Guard(period_of(event), denial_claim(event.type), event))
    elif event.modality == "planned":
        tracker.pending.append(event)
    elif event.modality in _APPLIED:
        _consume_pending(tracker, event)
        rules.apply(tracker, event)


def _consume_pending(tracker: Tracker, event: EventLike) -> None:
    tracker.pending = [
        planned
        for planned in tracker.pending
        if (planned.type, planned.source, planned.target)
        != (event.type, event.source, event.target)
    ]


def history(events: Iterable[EventLike]) -> tuple[StateChange, ...]:
    """Every state change the events cause, in the order they apply.

    The events of one pair are settled as :func:`status_on` settles them, so
    that a history never ends in values its status shows as contradicted.
    """
    ordered = sequence(events)
    pairs = {frozenset((e.source, e.target)) for e in ordered}
    if len(pairs) != 1 or len(next(iter(pairs))) != 2:
        return tuple(_replay_in_order(ordered).changes)
    a, b = sorted(next(iter(pairs)))
    return tuple(settle(ordered, a, b, _replay_in_order).changes)


def status_on(
    events: Iterable[EventLike],
    a: str,
    b: str,
    on: date | None = None,
    charge_after_days: int | None = None,
) -> RelationStatus:
    """Where ``a`` and ``b`` stand on ``on`` (today's record when None), both directions.

    Only events certain by ``on`` change the state (see
    :func:`~detente.relations.ordering.certain_from`); those whose period has
    begun but that were not yet certain (a month still under way, not yet
    reported) are listed as ``tentative``: possible, with their period.
    With ``charge_after_days``, a head of mission RECALLED or EXPELLED that
    long before ``on``, from a mission not closed, is shown as CHARGE_ONLY
    (§5.2: the mission goes on under a chargé d'affaires ad interim).
    """
    between = sequence(e for e in events if {e.source, e.target} == {a, b})
    tentative: tuple[EventLike, ...] = ()
    if on is not None:
        tentative = tuple(e for e in between if e.modality in _APPLIED and _possible_on(e, on))
        between = _certain_by(between, on)
    tracker = settle(between, a, b, _replay_in_order)
    return RelationStatus(
        a=a,
        b=b,
        on=on,
        forward=_after_departure(tracker.dyad_state(a, b), on, charge_after_days),
        backward=_after_departure(tracker.dyad_state(b, a), on, charge_after_days),
        relations=tracker.pair_state(a, b),
        sanctions=(tracker.sanction_state(a, b), tracker.sanction_state(b, a)),
        changes=tuple(tracker.changes),
        guards=tuple(tracker.guards),
        anomalies=tuple(tracker.anomalies),
        pending=tuple(tracker.pending),
        tentative=tentative,
    )


def _after_departure(dyad: DyadState, on: date | None, days: int | None) -> DyadState:
    """RECALLED/EXPELLED decays to CHARGE_ONLY ``days`` after the event, if the mission is open."""
    state = dyad.head_of_mission
    if (
        days is None
        or on is None
        or state.value not in (RECALLED, EXPELLED)
        or dyad.mission.value == CLOSED
        or state.since is None
        or state.since.end is None
        or (on - state.since.end).days <= days
    ):
        return dyad
    note = f"assumed: a chargé d'affaires heads the mission {days} days after {state.value}"
    return replace(
        dyad,
        head_of_mission=replace(state, value=CHARGE_ONLY, note=note),
        level=replace(dyad.level, value=1),
    )


def _possible_on(event: EventLike, on: date) -> bool:
    """True when ``event``'s period has begun by ``on`` but it is not yet certain."""
    start, certain = period_of(event).start, certain_from(event)
    return start is not None and start <= on and (certain is None or on < certain)


def _certain_by(ordered: list[EventLike], on: date) -> list[EventLike]:
    """The events certain by ``on``, in their replay order.

    A dated event counts from the end of its period or its first report,
    whichever is earlier.  An undated one counts once it was reported, or
    when it was placed before a dated event that counts (it preceded that
    event, so it had happened too).
    """
    kept: list[EventLike] = []
    later_dated_counts = False
    for event in reversed(ordered):
        period = period_of(event)
        if period.start is not None:
            certain = certain_from(event)
            counts = certain is not None and certain <= on
            later_dated_counts = later_dated_counts or counts
        else:
            counts = later_dated_counts or (period.end is not None and period.end <= on)
        if counts:
            kept.append(event)
    return kept[::-1]
