"""The event store: SQLite by default, PostgreSQL by URL, one SQLAlchemy Core schema.

>>> from detente.store import Store
>>> store = Store()                      # DETENTE_DB, else sqlite:///detente.db
>>> store.add(results)                   # -> IngestSummary (detente.pipeline extracts)
>>> store.status("BLR", "FRA", on=date(2021, 10, 20))
"""

from detente.relations.model import (
    DyadState,
    Guard,
    PairState,
    Period,
    RelationStatus,
    SanctionState,
    StateChange,
    StateValue,
)
from detente.store.export import FORMATS
from detente.store.queries import EventFilter
from detente.store.records import (
    ArticleResult,
    Failure,
    IngestSummary,
    StoredEvent,
    StoredMention,
    Timeline,
)
from detente.store.store import Store, resolve_url

__all__ = [
    "FORMATS",
    "ArticleResult",
    "DyadState",
    "EventFilter",
    "Failure",
    "Guard",
    "IngestSummary",
    "PairState",
    "Period",
    "RelationStatus",
    "SanctionState",
    "StateChange",
    "StateValue",
    "Store",
    "StoredEvent",
    "StoredMention",
    "Timeline",
    "resolve_url",
]
