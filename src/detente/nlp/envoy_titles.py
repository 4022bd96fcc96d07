"""Whether a name or pronoun stands for an envoy by the titles around it: 'Ambassador
Lynn Tracy', 'Ana Souto, head of the EU delegation', 'named A as envoy, but B rejected
her'."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import Lexicon, fold


def envoy_named_before(pronoun: Token, lexicon: Lexicon) -> bool:
    """Whether an envoy's title comes earlier in the pronoun's sentence."""
    titles = lexicon.classes["diplomat"].lemmas - {"staff", "personnel", "head", "official"}
    return any(fold(t.lemma_) in titles for t in pronoun.doc[: pronoun.i])


def titled_envoy(token: Token, lexicon: Lexicon) -> bool:
    """'ambassador De Lacoste', 'Ambassador Lynn Tracy', 'Ana Souto, head of the EU
    delegation': a name under an envoy's title, or beside a post that its phrase
    qualifies as a mission's."""
    envoy_titles = lexicon.classes["diplomat"].lemmas - {"staff", "personnel", "head"}
    posts = lexicon.classes["diplomat"].qualified
    return any(
        (child.dep_ in ("compound", "appos", "amod") and fold(child.lemma_) in envoy_titles)
        or (child.dep_ == "appos" and posts.get(fold(child.lemma_), set()) & _words_of(child))
        for child in token.children
    )


def _words_of(phrase: Token) -> set[str]:
    return {fold(t.lemma_) for t in phrase.subtree}


_ENVOY_WORDS = frozenset(
    {"ambassador", "envoy", "commissioner", "charge", "diplomat", "chargé", "representative"}
)


def is_envoy(token: Token) -> bool:
    return any(is_envoy_word(t) for t in token.subtree)


def is_envoy_word(token: Token) -> bool:
    return fold(token.lemma_) in _ENVOY_WORDS
