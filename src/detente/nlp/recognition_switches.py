"""Ties cut with one partner in favour of another: 'Nauru cut ties with Taipei in favour
of Beijing'.  The cut is a switch of recognition, which is RESTORE_RELATIONS with the new
partner besides the SEVER_RELATIONS the text states with the old (GUIDELINES, Settled
cases: switching recognition).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold

# 'in favour of', 'in favor of': the partner preferred to the one dropped.
_PREFERENCES = frozenset({"favour", "favor"})


def favoured_partners(trigger: Token) -> list[Token]:
    """The words naming whom the cut favours, hung on the cutting verb or on its object."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return [
        partner
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and fold(prep.lower_) == "in"
        for preference in prep.children
        if preference.dep_ == "pobj" and fold(preference.lemma_) in _PREFERENCES
        for of in preference.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for partner in of.children
        if partner.dep_ == "pobj"
    ]
