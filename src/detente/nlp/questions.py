"""Yes-no questions: 'Will Canada expel Indian diplomats?', 'Could Poland sever ties with
Belarus?'.  A question asks whether an act will happen; it states neither the act nor a
decision to do it, so it is no event (GUIDELINES, modality).  A wh-question ('Why did
Russia expel the envoys?') takes its act as given and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold

# Auxiliaries that open a yes-no question when put before the subject.
_INVERTED = frozenset(
    {"will", "would", "could", "can", "should", "shall", "may", "might", "must"}
    | {"is", "are", "was", "were", "do", "does", "did", "has", "have", "had"}
)


def asked_only(trigger: Token) -> bool:
    """Whether the trigger's clause is a yes-no question: the sentence ends in a question
    mark and opens with an auxiliary that governs the trigger."""
    sentence = trigger.sent
    words = [t for t in sentence if not t.is_punct and not t.is_quote]
    if not words or sentence[-1].text != "?":
        return False
    opener = words[0]
    if fold(opener.lower_) not in _INVERTED or opener.i == trigger.i:
        return False
    clause = opener if opener.dep_ == "ROOT" else opener.head
    return clause.i == trigger.i or clause in trigger.ancestors
