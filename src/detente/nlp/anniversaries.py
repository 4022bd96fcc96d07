"""Anniversaries: an act commemorated years after it happened.

"Kenya and China celebrated the 60th anniversary of the establishment of diplomatic
relations on Tuesday" does not date the establishment to Tuesday: the act lies sixty
years before the occasion (GUIDELINES, *Settled cases*: "the 30th anniversary two
years ago" is a derived date, at the precision of its least precise part, the year).
The occasion's own frame ("will celebrate", "plans to mark") is no plan of the act:
what is commemorated happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from detente.nlp.lexicon import fold
from detente.nlp.timex_resolve import TIME_WORDS

# Nouns of commemoration; the centenary counts its own years.
_OCCASIONS = {"anniversary": None, "centenary": 100, "centennial": 100, "bicentenary": 200}
_NUMBERED_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")
_REACH = 4  # establishment -> of -> anniversary; established -> (since) years


@dataclass(frozen=True)
class Anniversary:
    """The word naming the occasion and how many years the act lies before it."""

    occasion: Token
    years: int


def counted_back(trigger: Token) -> bool:
    """Whether the trigger is a past act in a clause 'N years (or months) after' another:
    'will reopen its embassy, five years after the two countries broke off relations'
    (nlp/dating.py dates it back from the other act)."""
    if trigger.dep_ != "advcl" or trigger.tag_ not in ("VBD", "VBN"):
        return False
    after = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if after is None:
        return False
    return any(  # the count may hang on 'after'
        child.dep_ == "npadvmod" and fold(child.lemma_) in ("year", "month") and _cardinal(child)
        for child in (*trigger.children, *after.children)
    )


def commemorated(trigger: Token) -> Anniversary | None:
    """The anniversary the trigger's act is commemorated by, if any: 'the 60th
    anniversary of the establishment of ties', '30 years since they established ties'."""
    lasted = _lasted_until(trigger)
    if lasted is not None:
        return lasted
    if fold(trigger.lemma_) in _OCCASIONS:  # "the 70th anniversary of diplomatic ties"
        years = _OCCASIONS[fold(trigger.lemma_)] or _ordinal(trigger)
        return Anniversary(trigger, years) if years else None
    node = trigger
    for _ in range(_REACH):
        if node.head.i == node.i:
            return None
        link, node = node, node.head
        lemma = fold(node.lemma_)
        if lemma in _OCCASIONS:
            years = _OCCASIONS[lemma] or _ordinal(node)
            return Anniversary(node, years) if years else None
        if _since_clause(link):
            counted = _counted_years(node)
            return Anniversary(counted, _cardinal(counted)) if counted is not None else None
    return None


def _lasted_until(trigger: Token) -> Anniversary | None:
    """'reopened on 10 January after a four-year closure', 'restored ties in 2023 after
    an 11-year rupture': the closure began the years it lasted before the act that ended
    it, which stands for the occasion (a derived date, at the year: GUIDELINES)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "after":
        return None
    lasting = next(
        (c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
         and fold(c.lemma_) == "year"),
        None,
    )  # fmt: skip
    years = _cardinal(lasting) if lasting is not None else None
    return Anniversary(trigger.head.head, years) if years else None


def _counted_years(node: Token) -> Token | None:
    """'years' counted before a since-clause, whether the clause hangs on the noun
    or on the verb beside it ('marks 30 years since they established ties')."""
    for word in (node, *node.children):
        if fold(word.lemma_) == "year" and _cardinal(word):
            return word
    return None


def _since_clause(link: Token) -> bool:
    """'30 years since they established ties' (the clause hangs on 'years')."""
    return link.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in link.children
    )


def _ordinal(occasion: Token) -> int | None:
    """'60th', 'sixtieth', 'seventy-fifth' before the occasion noun."""
    for child in occasion.children:
        if child.dep_ not in ("amod", "compound", "nummod"):
            continue
        doc = child.doc
        word = child.lower_
        if child.i >= 2 and doc[child.i - 1].text == "-":  # "seventy-fifth", split at the hyphen
            word = f"{doc[child.i - 2].lower_}-{word}"
        numbered = _NUMBERED_ORDINAL.match(word)
        if numbered:
            return int(numbered.group(1))
        if word in TIME_WORDS["ordinals"]:
            return TIME_WORDS["ordinals"][word]
    return None


def _cardinal(years: Token) -> int | None:
    for child in years.children:
        if child.dep_ == "det" and child.lower_ in ("a", "an"):
            return 1  # "a year after"
        if child.dep_ != "nummod":
            continue
        word = child.lower_
        if word.isdigit():
            return int(word)
        return TIME_WORDS["numbers"].get(word) or TIME_WORDS["round_numbers"].get(word)
    return None
