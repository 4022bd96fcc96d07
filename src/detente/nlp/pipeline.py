"""The extraction pipeline: article text in, events out.

segment -> actors -> time expressions -> candidate sentences (cheap scan) ->
parse candidates only -> event mentions with modality -> merge within article.
"""

from __future__ import annotations

from datetime import date

from detente.ingest.text import parse_article
from detente.model import Article, Event


def extract(text: str, published: date | str | None = None, doc_id: str = "doc") -> list[Event]:
    """Every diplomatic event the article ``text`` reports.

    ``text`` may start with the seed-format ``date`` header; ``published``
    overrides it.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return extract_article(parse_article(text, doc_id=doc_id, published=published))


def extract_article(article: Article) -> list[Event]:
    """Every diplomatic event reported by one :class:`Article`."""
    raise NotImplementedError("extraction pipeline is being written")
