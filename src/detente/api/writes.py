"""The endpoints that run extraction: ``/api/extract`` (nothing stored) and
``/api/articles`` (ingest, token required)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from detente.api.auth import require_writer
from detente.api.deps import StoreDep
from detente.api.errors import documented
from detente.api.ingest import ArticleRequest, ingest_one
from detente.pipeline import extract

router = APIRouter(prefix="/api", tags=["extract and ingest"], responses=documented(413, 422))


class ExtractRequest(BaseModel):
    """An article text to extract events from."""

    text: str = Field(min_length=1)
    published: date | None = None


@router.post("/extract", summary="Extract events from a text; nothing is stored")
def extract_events(request: ExtractRequest) -> dict[str, Any]:
    """The events the article reports, as ``detente extract`` prints them."""
    found = extract(request.text, published=request.published, doc_id="request")
    return {"events": [event.to_dict() for event in found]}


@router.post(
    "/articles",
    summary="Ingest one article (Authorization: Bearer <token>)",
    dependencies=[Depends(require_writer)],
    responses=documented(400, 401, 403, 500),
)
def ingest_article(request: ArticleRequest, store: StoreDep) -> dict[str, Any]:
    """Store the article and its events through the same path as ``detente ingest``.

    Posting the same text again stores nothing new and returns the same events.
    """
    return ingest_one(store, request)
