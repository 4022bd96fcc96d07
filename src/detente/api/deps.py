"""FastAPI dependencies shared by the API routes and the pages: the store, and
the validated filters of an event listing."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from detente.api import params
from detente.api.views import EventQuery
from detente.api.workers import Extraction
from detente.store import Store

MAX_LIMIT = 1000
MAX_ID = 2**63 - 1  # the largest integer SQLite and PostgreSQL (bigint) store


def get_store(request: Request) -> Store:
    """The store the app was started over."""
    return request.app.state.store


def get_extraction(request: Request) -> Extraction:
    """Where the app runs extraction: worker processes with a time budget."""
    return request.app.state.extraction


def event_query(
    actor: str | None = Query(None, description="Either side: country name or code"),
    dyad: str | None = Query(
        None, description="Two states, either direction: names or codes, e.g. belarus,FRA"
    ),
    source: str | None = Query(None, description="The acting state: name or code"),
    target: str | None = Query(None, description="The state acted upon: name or code"),
    type: str | None = Query(  # noqa: A002 - the domain's word
        None, description="Event type, any case, suffix optional: expel, EXPEL_DIPLOMAT"
    ),
    modality: str | None = Query(
        None, description="asserted, reported, planned or negated (lists the denials)"
    ),
    since: str | None = Query(None, description="YYYY-MM-DD: events that may be on or after"),
    until: str | None = Query(None, description="YYYY-MM-DD: events that may be on or before"),
    q: str | None = Query(None, max_length=200, description="Text in the evidence"),
    limit: int | None = Query(
        None, ge=1, le=MAX_LIMIT, description="Page size: 50 by default, at most 1000"
    ),
    after: int | None = Query(
        None,
        ge=0,
        le=MAX_ID,
        description="Cursor: the change_seq last seen (a page's cursor); lists only "
        "events made or changed since, in change order",
    ),
) -> EventQuery:
    """The listing filters, each checked: unknown countries, dates or types are a 400."""
    return EventQuery(
        actor=params.optional_country(actor, "actor"),
        dyad=params.optional_dyad(dyad),
        source=params.optional_country(source, "source"),
        target=params.optional_country(target, "target"),
        type=params.event_type(type),
        modality=params.modality(modality),
        since=params.optional_day(since, "since"),
        until=params.optional_day(until, "until"),
        q=q.strip() or None if q else None,
        limit=limit,
        after=after,
    )


StoreDep = Annotated[Store, Depends(get_store)]
EventQueryDep = Annotated[EventQuery, Depends(event_query)]
ExtractionDep = Annotated[Extraction, Depends(get_extraction)]
