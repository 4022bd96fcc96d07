"""Infinitives that tell an act still to come, whatever governs them: a headline's
('EU to lift sanctions on Belarus') and one set for a time ahead ('decided to open an
embassy in Astana next year').  Read by :mod:`detente.nlp.modality`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.syntax import to_infinitive
from detente.nlp.timex_resolve import TIME_WORDS

# What 'next' or 'later this' may set an act for: 'next year', 'next Monday', 'next spring'.
_TIMES_AHEAD = frozenset(
    {
        "week",
        "month",
        "year",
        *TIME_WORDS["weekdays"],
        *TIME_WORDS["seasons"],
        *TIME_WORDS["months"],
    }
)


def for_a_time_ahead(trigger: Token) -> bool:
    """'decided to open an embassy in Astana next year', 'agreed to reopen consulates
    later this month': an act in the infinitive set for a time still ahead is planned,
    however firm the decision."""
    if not to_infinitive(trigger):
        return False
    for word in trigger.subtree:
        ahead = word.lower_ == "next" or (
            word.lower_ == "this" and word.i > 0 and word.doc[word.i - 1].lower_ == "later"
        )
        if ahead and word.head.lemma_.lower() in _TIMES_AHEAD:
            return True
    return False


def headline_infinitive(trigger: Token) -> bool:
    """'EU to lift sanctions on Belarus', 'The EU is to impose sanctions', and the
    headline the parser hangs on its name ('Trump to lift sanctions on Syria', with
    'Trump' read as the root verb)."""
    to = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return False
    head = trigger.head
    if trigger.dep_ == "ROOT" or (trigger.dep_ == "xcomp" and head.lemma_ == "be"):
        return True
    return (
        trigger.dep_ in ("advcl", "acl")
        and head.i == to.i - 1
        and head.dep_ in ("ROOT", "ccomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in head.children)
    )
