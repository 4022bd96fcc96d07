"""The endpoints that run extraction: ``/api/extract`` (nothing stored) and
``/api/articles`` (ingest, token required)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field, field_validator

from detente.api import params
from detente.api.auth import require_writer
from detente.api.deps import ExtractionDep, StoreDep
from detente.api.errors import documented
from detente.api.ingest import ArticleRequest, ingest_one
from detente.api.text import clean_text
from detente.pipeline import extract

router = APIRouter(
    prefix="/api",
    tags=["extract and ingest"],
    responses=documented(400, 413, 422, 500, 503),
    dependencies=[Depends(params.known_query_only)],
)


class ExtractRequest(BaseModel):
    """An article text to extract events from."""

    text: str = Field(min_length=1)
    published: date | None = None

    _published_as_text = field_validator("published", mode="before")(params.date_as_text)

    _clean = field_validator("text", mode="before")(clean_text)


def extract_text(text: str, published: date | None) -> list[dict[str, Any]]:
    """The events of ``text`` as JSON-ready dicts (a task for the extraction workers)."""
    found = extract(text, published=published, doc_id="request")
    return [event.to_dict() for event in found]


@router.post("/extract", summary="Extract events from a text; nothing is stored")
def extract_events(request: ExtractRequest, extraction: ExtractionDep) -> dict[str, Any]:
    """The events the article reports, as ``detente extract`` prints them."""
    return {"events": extraction.run(extract_text, request.text, request.published)}


@router.post(
    "/articles",
    summary="Ingest one article (Authorization: Bearer <token>)",
    dependencies=[Depends(require_writer)],
    responses=documented(401, 403),
)
def ingest_article(
    request: ArticleRequest, store: StoreDep, extraction: ExtractionDep
) -> dict[str, Any]:
    """Store the article and its events through the same path as ``detente ingest``.

    Posting the same text again stores nothing new and returns the same events.
    """
    return ingest_one(store, request, extraction)
