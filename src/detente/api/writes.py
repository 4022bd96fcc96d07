"""The endpoints that run extraction: ``/api/extract`` (nothing stored) and
``/api/articles`` (ingest, token required)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field, model_validator

from detente.api.auth import require_writer
from detente.api.deps import StoreDep
from detente.api.ingest import ArticleInput, ingest_one
from detente.nlp.pipeline import extract

router = APIRouter(prefix="/api", tags=["extract and ingest"])


class ExtractRequest(BaseModel):
    """An article text to extract events from."""

    text: str = Field(min_length=1)
    published: date | None = None


class ArticleRequest(BaseModel):
    """One article to ingest: its text or its HTML page, and what is known about it."""

    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None

    @model_validator(mode="after")
    def _one_body(self) -> ArticleRequest:
        if bool(self.text) == bool(self.html):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


@router.post("/extract", summary="Extract events from a text; nothing is stored")
def extract_events(request: ExtractRequest) -> dict[str, Any]:
    """The events the article reports, as ``detente extract`` prints them."""
    found = extract(request.text, published=request.published, doc_id="request")
    return {"events": [event.to_dict() for event in found]}


@router.post(
    "/articles",
    summary="Ingest one article (Authorization: Bearer <token>)",
    dependencies=[Depends(require_writer)],
)
def ingest_article(request: ArticleRequest, store: StoreDep) -> dict[str, Any]:
    """Store the article and its events through the same path as ``detente ingest``.

    Posting the same text again stores nothing new and returns the same events.
    """
    return ingest_one(store, ArticleInput(**request.model_dump()))
