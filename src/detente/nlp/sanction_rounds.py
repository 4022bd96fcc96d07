"""Sanctions told as an earlier round than the news.

"The UK already had sanctions in place on the army chief", "Britain had previously
sanctioned him", "the new measures add to existing British sanctions", "Beijing has
sanctioned the firm several times in the past": each round of sanctions is an event
of its own (GUIDELINES: two acts on different days are two events), so a round the
text marks as earlier is not the news it is told beside, even with no date of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.dating_phrases import REPORTING_VERBS
from detente.nlp.lexicon import fold

# "already had sanctions in place", "had previously sanctioned", "earlier imposed"
_EARLIER_ADVERBS = frozenset({"already", "previously", "earlier", "formerly"})
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
