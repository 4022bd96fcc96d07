"""The order events apply in: by event date, honest about imprecise dates.

Day-dated events go in date order, same-day ties in the escalation order of
DIPLOMACY.md §5.4.  A month- or year-dated event is not given a made-up day:
it goes among the events inside its period just before the first one that
ranks after it in the tie order (or after them all), so that "recalled on
the 29th" and "downgraded in July" apply recall first, while "appointed in
October" still precedes "presented credentials on 20 October".  Undated
events come first here; :func:`detente.relations.replay.sequence` then
moves each to where it fits, since that depends on the state it meets.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from detente.relations.model import EventLike, Period
from detente.relations.tables import tie_rank


def period_of(event: EventLike) -> Period:
    """The period in which ``event`` happened."""
    return Period.of(event.date, event.date_precision, event.known_by)


def certain_from(event: EventLike) -> date | None:
    """The first day on which ``event`` had surely happened.

    The end of its period, or the day the first article reported it if that
    is earlier: "expelled in October" reported on 18 October is certain from
    the 18th.  A report dated before the period (a plan, or a slip) does not
    make the event certain before the period ends.
    """
    period = period_of(event)
    reported = event.known_by
    if period.start is not None and reported is not None and period.start <= reported < period.end:
        return reported
    return period.end


def in_order(events: Iterable[EventLike]) -> list[EventLike]:
    """``events`` in the order their effects apply."""
    events = list(events)
    undated = sorted(
        (e for e in events if period_of(e).start is None),
        key=lambda e: (period_of(e).end or date.max, tie_rank(e.type), _id_key(e)),
    )
    ordered = sorted(
        (e for e in events if period_of(e).precision == "day"),
        key=lambda e: (period_of(e).start, tie_rank(e.type), e.known_by or date.max, _id_key(e)),
    )
    for precision in ("month", "year"):
        coarse = [e for e in events if period_of(e).precision == precision]
        for event in sorted(
            coarse, key=lambda e: (period_of(e).start, tie_rank(e.type), _id_key(e))
        ):
            ordered.insert(_slot(ordered, event), event)
    return undated + ordered


def _slot(ordered: list[EventLike], event: EventLike) -> int:
    period, rank = period_of(event), tie_rank(event.type)
    inside = [i for i, other in enumerate(ordered) if period.contains(period_of(other))]
    if not inside:
        return next(
            (i for i, other in enumerate(ordered) if period_of(other).start >= period.start),
            len(ordered),
        )
    for i in inside:
        if tie_rank(ordered[i].type) > rank:
            return i
    return inside[-1] + 1


def _id_key(event: EventLike) -> tuple[bool, int]:
    return (event.id is None, event.id or 0)
