"""One article posted over HTTP (API or form), ingested as ``detente ingest`` would."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from detente.api import params
from detente.api.errors import ApiError
from detente.api.text import clean_text
from detente.api.workers import Extraction, Refused
from detente.errors import InputError
from detente.ingest.html import article_from_html
from detente.ingest.language import ENGLISH, UNDETERMINED, article_language
from detente.ingest.records import ReadOptions
from detente.ingest.text import parse_article
from detente.model import Article, Event
from detente.nlp import pipeline as nlp_pipeline
from detente.pipeline import ingest_articles
from detente.store import Store, shapes
from detente.store.merge import article_key
from detente.store.summaries import article_events

WHERE = "request body"


class ArticleRequest(BaseModel):
    """One article to ingest: its text or its HTML page, and what is known about it."""

    # Exactly one body, said in the schema too, so that clients (and schemathesis) know.
    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["html"]}]}
    )

    text: str = Field(None, min_length=1, description="The article text (or give html)")
    html: str = Field(None, min_length=1, description="The article's HTML page (or give text)")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None

    _clean = field_validator("text", "html", "title", "url", "outlet", mode="before")(clean_text)

    _published_as_text = field_validator("published", mode="before")(params.date_as_text)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleRequest:
        if bool(self.text) == bool(self.html):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


def ingest_one(store: Store, posted: ArticleRequest, extraction: Extraction) -> dict[str, Any]:
    """Store the article and return it with its events; a repeat stores nothing new.

    Reading and extraction run on ``extraction`` (worker processes, within a
    time budget); only the write happens here.
    """
    article, language, extracted = extraction.run(read_and_extract, posted)
    if language not in (ENGLISH, UNDETERMINED):
        raise ApiError(422, f"{WHERE}: the article is in {language!r}; detente reads English")
    summary = ingest_articles(store, [article], extract=lambda _article: extracted)
    if summary.failures:
        failure = summary.failures[0]
        raise ApiError(500, f"{failure.where}: {failure.problem}")
    article_id, events = article_events(store, article.text)
    return {
        "article": {
            "id": article_id,
            "doc_id": article.doc_id,
            "title": article.title,
            "url": article.url,
            "outlet": article.outlet,
            "published": shapes.iso(article.published),
            "published_from": article.published_from,
            "new": summary.articles_new == 1,
        },
        "events": [shapes.event_summary(event) for event in events],
    }


def read_and_extract(posted: ArticleRequest) -> tuple[Article, str, list[Event]]:
    """The posted article, its language, and its events (none unless it is in English).

    A task for :class:`~detente.api.workers.ExtractionPool`: it runs in a worker.
    """
    try:
        article = read_posted(posted)
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - a page the HTML stack chokes on is bad input
        raise Refused(422, f"{WHERE}: cannot read this page: {type(error).__name__}") from None
    language = article_language(article.text)
    if language not in (ENGLISH, UNDETERMINED):
        return article, language, []
    return article, language, nlp_pipeline.extract_article(article)


def read_posted(posted: ArticleRequest) -> Article:
    """The :class:`Article` of a posted text (seed-format date header allowed) or page."""
    if posted.html:
        article = article_from_html(
            posted.html.encode("utf-8"),
            "posted",
            WHERE,
            ReadOptions(published=posted.published),
            url=posted.url,
        )
        given = {
            key: value
            for key, value in (("title", posted.title), ("outlet", posted.outlet))
            if value
        }
        article = dataclasses.replace(article, **given)
    else:
        article = parse_article(
            posted.text or "",
            doc_id="posted",
            where=WHERE,
            published=posted.published,
            title=posted.title,
            url=posted.url,
            outlet=posted.outlet,
        )
    # The same text always gets the same id, so a repeat names the same document.
    return dataclasses.replace(article, doc_id=f"posted-{article_key(article.text)[:12]}")
