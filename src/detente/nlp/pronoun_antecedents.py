"""A mission or relations referred to by a pronoun stand where their antecedent was placed.

"The United States reopened its embassy in the Solomon Islands on Thursday, three
decades after closing it in 1993, amid competition with China": 'it' is the embassy
in the Solomon Islands, so the closure's host is the Solomon Islands, not the last
state the sentence names.  "Rwanda broke off relations with France in 2006 and
restored them in 2009": 'them' are the relations with France, whatever partner the
article told of before.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold, load_lexicon
from detente.nlp.triggers import Trigger

_PRONOUNS = {"it": False, "them": True}  # pronoun -> plural antecedent
_PLACED_CLASSES = ("mission", "relations")  # argument classes whose phrase names a partner


def pronoun_antecedents(trigger: Trigger) -> list[Token]:
    """The nouns of the trigger's argument class earlier in the sentence that its
    pronoun arguments stand for: the nearest one agreeing in number."""
    if trigger.arg_class not in _PLACED_CLASSES:
        return []
    lemmas = load_lexicon().classes[trigger.arg_class].lemmas
    found: list[Token] = []
    for argument in trigger.arguments:
        plural = _PRONOUNS.get(argument.lower_)
        if plural is None:
            continue
        for earlier in reversed(argument.doc[: argument.i]):
            if (
                earlier.pos_ == "NOUN"
                and (earlier.tag_ == "NNS") == plural
                and (fold(earlier.lemma_) in lemmas or fold(earlier.lower_) in lemmas)
            ):
                found.append(earlier)
                break
    return found
