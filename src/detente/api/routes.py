"""The read endpoints of the JSON API under ``/api``: events, relations, countries."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import RedirectResponse

from detente.api import params, views
from detente.api.deps import MAX_ID, EventQueryDep, StoreDep
from detente.api.errors import documented
from detente.api.formats import ListFormat, stream_rows
from detente.store.export import FLAT_COLUMNS

router = APIRouter(
    prefix="/api",
    tags=["read"],
    responses=documented(400, 404, 422),
    dependencies=[Depends(params.known_query_only)],
)

_FORMAT = Query("json", description="json, or csv / ndjson streamed")
_ON = Query(None, description="YYYY-MM-DD; the latest state when left out")
# Path parameters: a country name or code, with examples for clients and schemathesis.
_A = Path(description="A country: name or code", examples=["BLR", "belarus"])
_B = Path(description="The other country", examples=["FRA", "united-kingdom"])


# The formats a list endpoint streams besides JSON, for the OpenAPI document.
_STREAMED = {
    200: {
        "description": "JSON, or CSV / NDJSON streamed (format=csv, format=ndjson)",
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
    }
}


@router.get(
    "/events", summary="List events, filtered, in change order with a cursor", responses=_STREAMED
)
def list_events(
    store: StoreDep,
    query: EventQueryDep,
    format: ListFormat = _FORMAT,  # noqa: A002 - the public parameter name
) -> Any:
    """Events matching every filter, least recently changed first; follow ``next`` for
    the next page, and poll with ``after=`` the page's ``cursor`` for what changes later."""
    if format != "json":
        rows = views.event_stream(store, query)
        return stream_rows(rows, format, FLAT_COLUMNS, "events")
    return views.event_list(store, query)


# An event merged into another as sources came in answers with a permanent redirect.
_MERGED = {
    308: {
        "description": "The event was merged into another; Location names it",
        "headers": {"Location": {"description": "/api/events/{id} of the live event"}},
    }
}


@router.get(
    "/events/{event_id}", summary="One event with every mention and its article", responses=_MERGED
)
def get_event(request: Request, store: StoreDep, event_id: int = Path(ge=1, le=MAX_ID)) -> Any:
    """The event, each sentence that reports it with offsets, and each article.

    An id whose event was merged into another redirects (308) to the live event.
    """
    live = views.merged_into(store, event_id)
    if live is not None:
        return RedirectResponse(str(request.url_for("get_event", event_id=live)), status_code=308)
    return views.event_detail(store, event_id)


@router.get("/relations/{a}/{b}", summary="Where two states stand on a date, both ways")
def relation_status(store: StoreDep, a: str = _A, b: str = _B, on: str | None = _ON) -> Any:
    """Head of mission, mission, ties and sanctions in each direction, with evidence."""
    first, second = params.country(a, "a", 404), params.country(b, "b", 404)
    return views.relation_status(store, first, second, params.optional_day(on, "on"))


@router.get(
    "/relations/{a}/{b}/timeline", summary="Every change between two states", responses=_STREAMED
)
def relation_timeline(
    store: StoreDep,
    a: str = _A,
    b: str = _B,
    format: ListFormat = _FORMAT,  # noqa: A002
) -> Any:
    """State changes in date order, each with the events behind it."""
    first, second = params.country(a, "a", 404), params.country(b, "b", 404)
    timeline = views.relation_timeline(store, first, second)
    if format == "json":
        return timeline
    rows = (_flat_change(change) for change in timeline["changes"])
    return stream_rows(rows, format, _CHANGE_COLUMNS, f"timeline-{first}-{second}")


_CHANGE_COLUMNS = (
    "start",
    "end",
    "precision",
    "label",
    "subject",
    "attribute",
    "before",
    "after",
    "confidence",
    "note",
    "event_ids",
    "evidence",
)


def _flat_change(change: dict[str, Any]) -> dict[str, Any]:
    period = change["period"] or {}
    return {
        **{key: period.get(key) for key in ("start", "end", "precision", "label")},
        **{
            key: change[key]
            for key in ("subject", "attribute", "before", "after", "confidence", "note")
        },
        "event_ids": [event["id"] for event in change["events"]],
        "evidence": " | ".join(event["evidence"] for event in change["events"]),
    }


@router.get("/countries/{code}", summary="A country's relationships in brief")
def country_brief(
    store: StoreDep,
    code: str = Path(description="A country: name or code", examples=["BLR", "belarus"]),
    on: str | None = _ON,
) -> Any:
    """Where it has or lacks an ambassador, closed missions, ties, sanctions, recent events."""
    return views.country_brief(
        store, params.country(code, "country", 404), params.optional_day(on, "on")
    )
