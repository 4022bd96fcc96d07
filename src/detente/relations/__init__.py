"""Events -> per-dyad relationship state over time (DIPLOMACY.md §5).

Pure functions over event-like records: :func:`status_on` says where two
states stand on a date, :func:`history` lists every state change with the
events that caused it.  No database here; the store feeds these functions.
"""

from detente.relations.model import (
    Anomaly,
    DyadState,
    EventLike,
    Guard,
    PairState,
    Period,
    RelationEvent,
    RelationStatus,
    SanctionState,
    StateChange,
    StateValue,
)
from detente.relations.ordering import certain_from, in_order, period_of
from detente.relations.replay import history, replay, status_on

__all__ = [
    "Anomaly",
    "DyadState",
    "EventLike",
    "Guard",
    "PairState",
    "Period",
    "RelationEvent",
    "RelationStatus",
    "SanctionState",
    "StateChange",
    "StateValue",
    "certain_from",
    "history",
    "in_order",
    "period_of",
    "replay",
    "status_on",
]
