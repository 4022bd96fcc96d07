"""Sanctions told as an earlier round than the news.

"The UK already had sanctions in place on the army chief", "Britain had previously
sanctioned him", "the new measures add to existing British sanctions", "Beijing has
sanctioned the firm several times in the past": each round of sanctions is an event
of its own (GUIDELINES: two acts on different days are two events), so a round the
text marks as earlier is not the news it is told beside, even with no date of its own.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from detente.model import EventDate
from detente.nlp.dating_phrases import REPORTING_VERBS
from detente.nlp.lexicon import fold, load_lexicon
from detente.nlp.timex import TimeExpression

# "already had sanctions in place", "had previously sanctioned", "were first imposed"
_EARLIER_ADVERBS = frozenset(
    {"already", "previously", "earlier", "formerly", "first", "initially", "originally"}
)
# "existing sanctions", "an earlier round of sanctions", "previous restrictions"
_EARLIER_ADJECTIVES = frozenset({"existing", "earlier", "previous", "prior", "past"})


def earlier_round(token: Token, arguments: tuple[Token, ...]) -> bool:
    """Whether the sanctions the trigger (verb or noun) and its arguments tell are a
    round the text marks as earlier than the news."""
    nouns = [token, *arguments]
    if any(_marked_earlier(noun) for noun in nouns):
        return True
    verbs = [token] if token.pos_ in ("VERB", "AUX") else []
    verbs += [noun.head for noun in nouns if noun.dep_ in ("dobj", "nsubjpass", "nsubj")]
    return any(_done_earlier(verb) for verb in verbs)


def _marked_earlier(noun: Token) -> bool:
    """'existing sanctions', 'a previous round of sanctions'."""
    phrase = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        phrase.append(noun.head.head)  # "an earlier round of sanctions"
    return any(
        child.dep_ == "amod" and fold(child.lower_) in _EARLIER_ADJECTIVES
        for word in phrase
        for child in word.children
    )


def _done_earlier(verb: Token) -> bool:
    """'already had', 'previously sanctioned', 'in the past'; not 'said earlier that'."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in REPORTING_VERBS:
        return False
    return any(_earlier_adverb(child) or _in_the_past(child) for child in verb.children)


def _earlier_adverb(child: Token) -> bool:
    """'already', 'previously'; 'earlier this month' is a time of its own, dated as such."""
    return (
        child.dep_ == "advmod"
        and fold(child.lower_) in _EARLIER_ADVERBS
        and not any(c.dep_ in ("npadvmod", "pobj", "prep") for c in child.children)
    )


def _in_the_past(child: Token) -> bool:
    return (
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(fold(c.lower_) == "past" and c.dep_ == "pobj" for c in child.children)
    )


def imposed_on_the_lifted(participle: Token) -> bool:
    """'lifted the sanctions imposed on Liberia', 'the lifting of measures imposed on
    the country': what is lifted was imposed before, not at the lifting's time."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return False
    noun = participle.head
    while noun.dep_ == "conj":  # "the travel ban and asset freeze imposed on"
        noun = noun.head
    governors = [noun.head, *(c for c in noun.children if c.dep_ == "amod")]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        governors.append(noun.head.head)  # "the lifting of sanctions imposed on"
    return any(fold(word.lemma_) in _lifting_words() for word in governors)


def own_times(expressions: list[TimeExpression], participle: Token) -> list[TimeExpression]:
    """The time expressions inside the participle's phrase ('imposed in 2004')."""
    start = participle.left_edge.idx
    end = participle.right_edge.idx + len(participle.right_edge)
    return [e for e in expressions if start <= e.start and e.end <= end]


@cache
def _lifting_words() -> frozenset[str]:
    return frozenset(
        lemma
        for rule in load_lexicon().rules
        if rule.type == "LIFT_SANCTIONS" and rule.args == ("sanctions",) and not rule.modality
        for lemma in rule.lemmas
    )


_OCCASION_PREPOSITIONS = frozenset({"after", "following"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def occasion_year(trigger: Token) -> EventDate | None:
    """'first imposed following Russia's 2014 annexation of Crimea': an act that
    followed an occasion dated only by a year modifying it happened that year (a date
    derived from the text takes the precision of its least precise part)."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPOSITIONS:
            continue
        for occasion in (c for c in prep.children if c.dep_ == "pobj"):
            for modifier in occasion.children:
                if modifier.i < occasion.i and _YEAR.fullmatch(modifier.text):
                    return EventDate.of_year(int(modifier.text))
    return None
