"""detente: diplomatic events between states, from news, with their sources and dates.

>>> import detente
>>> events = detente.extract(text, published="2021-10-18")
>>> articles = detente.iter_articles(["saved_pages/", "feed.xml", "dump.jsonl.gz"])
>>> detente.ingest_articles(detente.Store("sqlite:///events.db"), articles)
"""

from detente.errors import DetenteError, InputError, ModelNotInstalledError, StoreError
from detente.evaluate import evaluate_dir, score_document
from detente.ingest import iter_articles
from detente.model import EVENT_TYPES, Article, Event, EventDate, Mention
from detente.nlp.pipeline import extract_article
from detente.pipeline import extract, ingest_articles
from detente.relations import RelationStatus
from detente.store import Store

__all__ = [
    "EVENT_TYPES",
    "Article",
    "DetenteError",
    "Event",
    "EventDate",
    "InputError",
    "Mention",
    "ModelNotInstalledError",
    "RelationStatus",
    "Store",
    "StoreError",
    "evaluate_dir",
    "extract",
    "extract_article",
    "ingest_articles",
    "iter_articles",
    "score_document",
]
__version__ = "0.1.0"
