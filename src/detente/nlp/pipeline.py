"""The extraction pipeline: article text in, events out.

segment -> actors (every sentence, cheap) -> candidate sentences (cheap scan)
-> tag and parse candidates only (parser.py) -> triggers -> mentions with
roles, modality, date and persons (named entities recognised on demand) ->
discourse over the article (discourse.py: dates from neighbours and headings,
answers in kind, lifted embargoes) -> merge within the article.  ``cascade=False``
runs every spaCy component on every sentence; it exists to prove the cascade loses
nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice

from spacy.tokens import Doc
from spacy.util import minibatch

from detente.model import Article, Event, Mention
from detente.nlp.actors import is_organisation, resolve_actor
from detente.nlp.context import ArticleContext
from detente.nlp.diplomat_titles import names_diplomats
from detente.nlp.discourse import revise
from detente.nlp.discourse_time import time_named_before
from detente.nlp.filing_day import filing_day
from detente.nlp.lexicon import load_lexicon
from detente.nlp.mentions import mentions_of
from detente.nlp.parser import parse, untitled
from detente.nlp.roles import SentenceParse
from detente.nlp.scan import candidate_scan
from detente.nlp.segment import MAX_SENTENCE_CHARS, Sentence, filed_in, sentences
from detente.nlp.timex import find_time_expressions
from detente.nlp.triggers import find_triggers
from detente.resolve.merge import merge_mentions

_ARTICLE_BATCH = 64
_log = logging.getLogger(__name__)


def extract_article(article: Article, cascade: bool = True) -> list[Event]:
    """Every diplomatic event reported by one :class:`Article`."""
    return merge_mentions(article.doc_id, list(article_mentions(article, cascade)))


def extract_many(articles: Iterable[Article], cascade: bool = True) -> Iterator[list[Event]]:
    """Events of each article in turn (the model is loaded once).

    The candidate sentences of up to ``_ARTICLE_BATCH`` articles are parsed in
    one ``nlp.pipe`` call: a firehose article has only a sentence or two to
    parse, and spaCy runs about twice as fast on full batches.
    """
    for chunk in minibatch(articles, _ARTICLE_BATCH):
        readings = [_Reading.of(article, cascade) for article in chunk]
        texts = (text for reading in readings for text in reading.parser_texts())
        docs = parse(texts, every_component=not cascade)
        for reading in readings:
            own = list(islice(docs, len(reading.chosen)))
            yield merge_mentions(reading.article.doc_id, list(reading.mentions(own)))


def article_mentions(article: Article, cascade: bool = True) -> Iterator[Mention]:
    """Every event mention in the article, sentence by sentence."""
    reading = _Reading.of(article, cascade)
    yield from reading.mentions(parse(reading.parser_texts(), every_component=not cascade))


@dataclass(frozen=True)
class _Reading:
    """An article cut into sentences, its context, and the sentences chosen for the parser.

    The context (every sentence's actors) is built when first asked for: most articles
    of a firehose have no sentence to parse and name no diplomat, and need none.
    """

    article: Article
    found: list[Sentence]
    context: Callable[[], ArticleContext]
    chosen: list[Sentence]

    @classmethod
    def of(cls, article: Article, cascade: bool) -> _Reading:
        found = sentences(article.text)
        cut = sum(1 for sentence in found if sentence.cut)
        if cut:
            _log.warning(
                "warning: %s: sentences over %d characters cut into %d parts for the parser",
                article.path or article.doc_id,
                MAX_SENTENCE_CHARS,
                cut,
            )
        context = cache(lambda: ArticleContext.build(found, _filed_in(article.text)))
        # without a diplomat named, the context knows no diplomat to look for
        asked = context if names_diplomats(article.text) else None
        chosen = [s for s in found if not cascade or _is_candidate(s, found, asked)]
        return cls(article, found, context, chosen)

    def parser_texts(self) -> list[str]:
        """The chosen sentences as the parser sees them: a line break inside a sentence
        (a wrapped line) becomes a space, a title-case headline's grammar words are
        lower-cased, so offsets stay the same."""
        return [untitled(sentence.text.replace("\n", " ")) for sentence in self.chosen]

    def mentions(self, docs: Iterable[Doc]) -> Iterator[Mention]:
        """The mentions in the chosen sentences, given their parses in order."""
        if not self.chosen:
            return
        lexicon, article, context = load_lexicon(), self.article, self.context()
        found: list[Mention] = []
        now = filing_day(article.text, article.published)  # what 'yesterday' counts from
        for sentence, doc in zip(self.chosen, docs, strict=True):
            parse = SentenceParse.build(doc, sentence, context.actors[sentence.index], context)
            previous = self.found[sentence.index - 1].text if sentence.index else ""
            triggers = list(find_triggers(parse, lexicon, previous))
            if not triggers:
                continue  # most candidates have none: skip the time expressions
            earlier_year = _last_year_named(article.text, sentence.start)
            anchor = time_named_before(self.found, sentence.index, now)
            last_day = time_named_before(self.found, sentence.index, now, "day")
            expressions = {
                tense: find_time_expressions(
                    sentence.text, now, tense, anchor or earlier_year, day_anchor=last_day
                )
                for tense in ("past", "future")
            }
            for trigger in triggers:
                for mention in mentions_of(trigger, parse, lexicon, expressions, now, anchor):
                    context.extracted.append((mention.type, mention.source, mention.target))
                    context.pairs_told.append((sentence.index, mention.source, mention.target))
                    found.append(mention)
        yield from revise(found, context, article.text, now)


_PERSON_PRONOUN = re.compile(r"\b(?:he|him|she|her)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _filed_in(text: str) -> str | None:
    """The state whose place the article's dateline names, if any."""
    place = filed_in(text)
    code = resolve_actor(place) if place else None
    return None if code is None or is_organisation(code) else code


def _last_year_named(text: str, before: int) -> int | None:
    """The last year the article named before offset ``before`` ('in 2019 ... early that year').

    Only the 2,000 characters before are looked at (and copied): slicing from the
    start for every sentence would cost the square of the article's length.
    """
    years = _YEAR.findall(text, max(0, before - 2000), before)
    return int(years[-1]) if years else None


def _is_candidate(
    sentence: Sentence,
    found: list[Sentence],
    context: Callable[[], ArticleContext] | None,
) -> bool:
    """The cascade's cheap test: a trigger word near an argument word, a named
    diplomat, or a pronoun whose antecedent sentence has one; ``context`` is None
    where the article names no diplomat."""
    scan = candidate_scan()
    if scan.is_candidate(sentence.text):
        return True
    if not scan.has_trigger(sentence.text):
        return False
    if sentence.text.rstrip().endswith(":"):
        return True  # "announced the following appointments:", a list's heading
    if context is not None:
        known = context()
        if any(name.split()[-1] in sentence.text for name in known.diplomat_states):
            return True
        # "Riyadh appointed him in August", after "its new ambassador to Iran, A, arrived"
        if _PERSON_PRONOUN.search(sentence.text) and known.latest_post(sentence.index - 1, []):
            return True
    # a trigger that needs a cue ('has', 'new') is too common to follow a candidate alone
    previous = found[sentence.index - 1].text if sentence.index else ""
    return (
        bool(previous)
        and scan.has_trigger(sentence.text, unconditional=True)
        and scan.is_candidate(previous)
    )
