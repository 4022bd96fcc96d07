"""A mission referred to by a pronoun stands where its antecedent was placed.

"The United States reopened its embassy in the Solomon Islands on Thursday, three
decades after closing it in 1993, amid competition with China": 'it' is the embassy
in the Solomon Islands, so the closure's host is the Solomon Islands, not the last
state the sentence names.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold, load_lexicon
from detente.nlp.triggers import Trigger

_PRONOUNS = {"it": False, "them": True}  # pronoun -> plural antecedent


def mission_antecedents(trigger: Trigger) -> list[Token]:
    """The mission nouns earlier in the sentence that the trigger's pronoun arguments
    stand for: the nearest one agreeing in number."""
    if trigger.arg_class != "mission":
        return []
    missions = load_lexicon().classes["mission"].lemmas
    found: list[Token] = []
    for argument in trigger.arguments:
        plural = _PRONOUNS.get(argument.lower_)
        if plural is None:
            continue
        for earlier in reversed(argument.doc[: argument.i]):
            if (
                earlier.pos_ == "NOUN"
                and (earlier.tag_ == "NNS") == plural
                and fold(earlier.lemma_) in missions
            ):
                found.append(earlier)
                break
    return found
