"""Relations broken or made with no side named: 'ties, which were cut in 1980'.

A passive relative clause (or participle) recalls a past act without its actor.
Of a known pair's relations it is both sides' act (GUIDELINES: a passive takes its
actors from the article, and the merge lets a side the article names win).
"""

from __future__ import annotations

from itertools import permutations

from spacy.tokens import Token

from detente.nlp.arguments import hung_too_high
from detente.nlp.lexicon import fold
from detente.nlp.triggers import Trigger


def agentless_background(trigger: Trigger) -> bool:
    """'restored relations, which were severed in 2017': a passive relative clause
    recalls a past break without saying which side made it."""
    token = trigger.token
    passive = any(c.dep_ == "auxpass" for c in token.children) or (
        token.dep_ == "acl" and token.tag_ == "VBN"  # "relations severed in 2016"
    )
    return (
        token.dep_ in ("relcl", "acl")
        and passive
        and not any(c.dep_ == "agent" for c in token.children)
    )


# 'they' only ever reaches here as relations told before ("cut ties in 2009, but they
# were restored in 2020").
_BILATERAL_NOUNS = frozenset({"relations", "ties", "relationship", "they"})


def both_sides(dyads: list[tuple[str, str]], trigger: Trigger) -> list[tuple[str, str]]:
    """'ties between Egypt and Iran, which were cut in 1980', 'ten years of hostility
    between the two countries, during which ties were cut': relations of a known pair
    broken or made with no side named are both sides' act (GUIDELINES: a passive takes
    its actors from the article; the merge lets a side the article names win).  Of
    anything else ('an embassy which had been downgraded'), or with a third state,
    who acted stays unknown (nothing is annotated)."""
    token = trigger.token
    patients = [c for c in token.children if c.dep_ == "nsubjpass"]
    if token.dep_ in ("relcl", "acl"):
        patients.append(token.head)
        # "relations between the two countries, which were severed": 'which' hangs on
        # the last noun of the phrase
        if token.head.dep_ == "pobj" and token.head.head.dep_ == "prep":
            patients.append(token.head.head.head)
    if not any(fold(p.lower_) in _BILATERAL_NOUNS for p in patients):
        return []
    states = list(dict.fromkeys(state for pair in dyads for state in pair))
    return list(permutations(states, 2)) if len(states) == 2 else []


def agentless_passive(trigger: Trigger) -> bool:
    """'Relations were restored in 2018', 'ties are cut': a passive clause on bare
    relations that names no side and no agent (its 'by' may be another noun's: 'after
    mediation by Saudi Arabia')."""
    token = trigger.token
    patients = [c for c in token.children if c.dep_ == "nsubjpass"]
    return (
        any(c.dep_ == "auxpass" for c in token.children)
        and any(fold(p.lower_) in _BILATERAL_NOUNS and not _owned(p) for p in patients)
        and not any(c.dep_ == "agent" and not hung_too_high(c) for c in token.children)
    )


def _owned(relations: Token) -> bool:
    """'their relations', 'relations with Iran', 'Iran's ties': sides of their own."""
    return any(c.dep_ in ("poss", "prep", "compound") for c in relations.children)
