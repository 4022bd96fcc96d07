"""Envoys counted with their noun left out: 'Poland expelled 45 Russian diplomats and
Bulgaria expelled 70', 'Latvia ordered three to leave', 'expelled another 70 the next
day'.

A bare number (or 'four more', 'another 70') as the object of a trigger stands for the
counted envoys told just before: the nearest earlier noun of the sentence that counts
diplomats, or, where the sentence has none, the counted envoys of the sentence before.
Their state is that noun's, or the state of the envoys the article named last.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.nlp.lexicon import fold

if TYPE_CHECKING:  # roles imports the grammar that imports this module
    from detente.nlp.roles import SentenceParse

_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass"})
_MORE = frozenset({"more", "others"})
# Nouns of counted envoys that an elided count may stand for.
_ENVOY_NOUNS = frozenset(
    {"diplomat", "envoy", "ambassador", "staff", "staffer", "employee", "official",
     "personnel", "attache", "attaché", "consul", "worker", "member"}
)  # fmt: skip
_COUNTED_ENVOYS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\s+"
    r"(?:\w+\s+){0,3}?(?:diplomats|envoys|ambassadors|staff|staffers|employees|officials)\b",
    re.I,
)


def elided_count(token: Token) -> bool:
    """A number standing as an object with no noun of its own ('expelled 70', 'four
    more', 'another 70')."""
    if token.dep_ not in _ARGUMENT_DEPS:
        return False
    if token.tag_ == "CD":
        counted = True
    else:
        counted = token.lower_ in _MORE and any(c.tag_ == "CD" for c in token.children)
    return counted and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def counted_envoys_before(token: Token) -> Token | None:
    """The nearest earlier noun of the sentence that counts envoys ('45 Russian
    diplomats'), whom the elided count repeats."""
    for word in reversed(token.doc[: token.i]):
        if fold(word.lemma_) in _ENVOY_NOUNS and any(c.tag_ == "CD" for c in word.children):
            return word
    return None


def stands_for_envoys(token: Token, previous_text: str) -> bool:
    """Whether an elided count stands for envoys of this sentence or the one before."""
    if not elided_count(token):
        return False
    return counted_envoys_before(token) is not None or bool(_COUNTED_ENVOYS.search(previous_text))


def owners_of_elided(arguments: tuple[Token, ...], parse: SentenceParse) -> list[str]:
    """The state of the envoys an elided count stands for: the counted noun's, else
    that of the envoys the article named last."""
    for argument in arguments:
        if not elided_count(argument):
            continue
        counted = counted_envoys_before(argument)
        if counted is not None:  # not its conjuncts: the parser may hang the next clause's
            return parse.states_of(counted, conjuncts=False)  # subjects on it
        owner = parse.context.latest_diplomat_owner(parse.index)
        return [owner] if owner else []
    return []
