"""Sanctions threatened at a state named as the one warned.

"Trump warned Iraq that he would levy sanctions if it expelled US troops", "Washington
threatened Ankara with sanctions": the sanctions name no target of their own ("on X"),
and the state the warning is addressed to is the one they would hit, not any state the
rest of the sentence names (the Iranian official killed in the strike).
"""

from __future__ import annotations

from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.triggers import Trigger

WARNING_VERBS = frozenset({"warn", "threaten"})


def warned_states(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """The object of the verb of warning or threatening the trigger is, or depends on
    ('Turkey was threatened with sanctions': the passive subject)."""
    for verb in (trigger.token, *trigger.token.ancestors):
        if verb.pos_ == "VERB" and fold(verb.lemma_) in WARNING_VERBS:
            return [
                code
                for child in verb.children
                if child.dep_ in ("dobj", "nsubjpass")
                for code in parse.states_of(child)
            ]
    return []
