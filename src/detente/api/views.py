"""One set of queries, two renderers: each function here returns the JSON-ready
dict that the API sends as is and the matching page renders as HTML.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from detente.api.brief import classify, counterpart_brief, country_summary
from detente.api.cache import remembered
from detente.api.errors import ApiError
from detente.relations import RelationStatus, history, status_on
from detente.resolve.names import actor_name
from detente.store import Store, StoredEvent, shapes
from detente.store.queries import EventFilter
from detente.store.summaries import (
    active_dyads,
    country_relations,
    events_newest_first,
    latest_events,
)

DEFAULT_PAGE = 50
STREAM_CHUNK = 500


@dataclass(frozen=True)
class EventQuery:
    """Validated filters of an event listing (see :mod:`detente.api.params`)."""

    actor: str | None = None
    dyad: str | None = None  # "BLR,FRA": either direction, as ``detente events --dyad``
    source: str | None = None
    target: str | None = None
    type: str | None = None
    modality: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None
    limit: int | None = None  # None: 50 a page as JSON, everything when streamed
    after: int | None = None

    @property
    def page_size(self) -> int:
        """How many events one JSON page holds."""
        return self.limit or DEFAULT_PAGE

    def store_filters(self) -> dict[str, Any]:
        """The keyword arguments of :meth:`Store.events` (without limit and cursor)."""
        fields = asdict(self)
        del fields["limit"], fields["after"], fields["dyad"]
        return {**fields, "pair": self.pair}

    @property
    def pair(self) -> tuple[str, str] | None:
        """The two states of ``dyad``, or None."""
        if not self.dyad:
            return None
        first, second = self.dyad.split(",")
        return first, second

    def query_string(self, **changes: Any) -> str:
        """This query as URL parameters (with ``changes``, e.g. ``page=2``), empty ones left out."""
        fields = {**asdict(self), **changes}
        return urlencode(
            {key: _param(value) for key, value in fields.items() if value not in (None, "")}
        )


def _param(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def country_ref(code: str) -> dict[str, str]:
    """``{"code": "BLR", "name": "Belarus"}``."""
    return {"code": code, "name": actor_name(code) or code}


def event_list(store: Store, query: EventQuery, base: str = "/api/events") -> dict[str, Any]:
    """One page of events matching ``query`` in change order, with the link to the next
    page and the cursor to poll from (see :mod:`detente.store.changes`)."""
    size = query.page_size
    found = store.events(**query.store_filters(), limit=size + 1, after=query.after or 0)
    page, more = found[:size], len(found) > size
    cursor = page[-1].cursor if page else query.after or 0
    next_link = f"{base}?{query.query_string(after=cursor)}" if more else None
    return {
        "filters": {
            key: _param(value) for key, value in asdict(query).items() if value is not None
        },
        "count": len(page),
        "next": next_link,
        "cursor": cursor,  # ?after= this, later, lists what has changed since
        "events": [shapes.event_summary(event) for event in page],
    }


def event_page(store: Store, query: EventQuery, page: int, base: str = "/events") -> dict[str, Any]:
    """The ``page``-th page (from 1) of events matching ``query``, newest first."""
    size = query.page_size
    event_filter = EventFilter(
        actor=query.actor,
        pair=query.pair,
        source=query.source,
        target=query.target,
        types=(query.type,) if query.type else (),
        modalities=(query.modality,) if query.modality else (),
        since=query.since,
        until=query.until,
        q=query.q,
        limit=size + 1,
    )
    found = events_newest_first(store, event_filter, offset=(page - 1) * size)
    shown, more = found[:size], len(found) > size
    return {
        "count": len(shown),
        "page": page,
        "next": f"{base}?{query.query_string(page=page + 1)}" if more else None,
        "events": [shapes.event_summary(event) for event in shown],
    }


def event_stream(store: Store, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Every event matching ``query`` (up to its limit, if any), fetched a chunk at a time."""
    left, after = query.limit, query.after or 0
    while left is None or left > 0:
        chunk = min(STREAM_CHUNK, left) if left is not None else STREAM_CHUNK
        found = store.events(**query.store_filters(), limit=chunk, after=after)
        yield from (shapes.event_summary(event) for event in found)
        if len(found) < chunk:
            return
        after = found[-1].cursor
        left = None if left is None else left - len(found)


def merged_into(store: Store, event_id: int) -> int | None:
    """The event ``event_id`` was merged into, when it was; None for a live or unknown id."""
    live = store.live_event_id(event_id)
    return live if live != event_id else None


def event_detail(store: Store, event_id: int) -> dict[str, Any]:
    """One event with every mention and its article; 404 when there is none."""
    event = store.event(event_id)
    if event is None:
        raise ApiError(404, f"no event with id {event_id}")
    return shapes.event_detail(event)


@remembered
def relation_status(store: Store, a: str, b: str, on: date | None) -> dict[str, Any]:
    """Where ``a`` and ``b`` stand on ``on`` (latest when None), with evidence."""
    _different(a, b)
    return _status_view(store.status(a, b, on=on))


@remembered
def relation_timeline(store: Store, a: str, b: str) -> dict[str, Any]:
    """Every state change between ``a`` and ``b`` in date order, and their events."""
    _different(a, b)
    return _timeline_view(a, b, store.pair_record(a, b))


@remembered
def dyad(store: Store, a: str, b: str, on: date | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`relation_status` and :func:`relation_timeline` from one read of the pair."""
    _different(a, b)
    record = store.pair_record(a, b)
    return _status_view(status_on(record, a, b, on)), _timeline_view(a, b, record)


def _status_view(status: RelationStatus) -> dict[str, Any]:
    return {
        **shapes.status_shape(status),
        "state": classify(status),
        "a_name": country_ref(status.a)["name"],
        "b_name": country_ref(status.b)["name"],
    }


def _timeline_view(a: str, b: str, record: list[StoredEvent]) -> dict[str, Any]:
    return {
        "a": country_ref(a),
        "b": country_ref(b),
        "changes": [shapes.change_shape(change) for change in history(record)],
        # Denials (no id) guard the state but are not events of the pair.
        "events": [shapes.event_summary(event) for event in record if event.id is not None],
    }


@remembered
def country_brief(store: Store, code: str, on: date | None, recent: int = 20) -> dict[str, Any]:
    """A country's relationships in brief and its most recent events."""
    statuses = country_relations(store, code, on)
    briefs = [counterpart_brief(status) for status in statuses]
    recent_events = latest_events(store, recent, actor=code) if recent else []
    return {
        "country": country_ref(code),
        "on": shapes.iso(on),
        "summary": country_summary(briefs),
        "relations": briefs,
        "recent_events": [shapes.event_summary(event) for event in recent_events],
    }


@remembered
def home(store: Store, country: str | None, events: int = 15, dyads: int = 10) -> dict[str, Any]:
    """The start page: latest events, most active dyads, relations around one country."""
    busiest = active_dyads(store, limit=dyads)
    if country is None and busiest:
        country = busiest[0].a
    return {
        "latest_events": [shapes.event_summary(e) for e in latest_events(store, events)],
        "active_dyads": [
            {
                "a": country_ref(d.a),
                "b": country_ref(d.b),
                "events": d.events,
                **_latest_of_pair(store, d.a, d.b),
            }
            for d in busiest
        ],
        "map": country_brief(store, country, None, recent=0) if country else None,
    }


def _latest_of_pair(store: Store, a: str, b: str) -> dict[str, str | None]:
    """The date of a pair's latest event as precise as it is known: ``{"latest", "precision"}``."""
    found = store.events(pair=(a, b))
    if not found:
        return {"latest": None, "precision": None}
    newest = max(found, key=lambda e: (e.date_start or e.known_by or date.min, e.id or 0))
    if newest.date:
        return {"latest": newest.date, "precision": newest.date_precision}
    return {"latest": shapes.iso(newest.known_by), "precision": "day"}


def _different(a: str, b: str) -> None:
    if a == b:
        raise ApiError(400, f"a relationship needs two different states, got {a} twice")
