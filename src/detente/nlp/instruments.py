"""The act an instrument performs: 'the decision ... by which the EU ambassador was
declared persona non grata', 'the decree under which two envoys were expelled'.

A passive relative clause opened by 'by which' (or 'under', 'through') on a decision,
decree or order tells the act without its agent; the agent is whoever the decision is
of: its possessor ('Caracas's decision by which'), or the subject of the verb that takes,
issues, rescinds or reverses it ('the government decided to rescind the decision ...
by which').  A decision that others condemn or welcome is not theirs: no agent.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.model import EventDate
from detente.nlp.timex import TimeExpression

_INSTRUMENTS = frozenset({"decision", "decree", "order", "resolution", "ruling", "measure"})
_MEANS = frozenset({"by", "under", "through", "with"})
# Verbs only the maker of a decision does to it.
_MAKERS_VERBS = frozenset(
    {"take", "adopt", "issue", "sign", "make", "announce", "rescind", "revoke", "reverse"}
    | {"cancel", "annul", "lift", "withdraw", "overturn", "suspend", "repeal", "retract"}
)


def _instrument(verb: Token) -> Token | None:
    """The decision noun whose 'by which' clause ``verb`` heads (or hangs on its 'of'
    phrase: 'its decree of May 3 under which')."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head if noun.head.head.lemma_.lower() in _INSTRUMENTS else noun
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in _INSTRUMENTS:
        return None
    if not any(
        c.dep_ == "prep" and c.lower_ in _MEANS and any(p.lower_ == "which" for p in c.children)
        for c in verb.children
    ):
        return None
    return noun


def instrument_time(verb: Token, expressions: list[TimeExpression]) -> EventDate | None:
    """'the decision taken on June 29, by which ... was declared': the act is the
    decision's, and so is its time (a time in the decision's phrase outside the clause)."""
    noun = _instrument(verb)
    if noun is None:
        return None
    inside = range(noun.left_edge.idx, noun.right_edge.idx + 1)
    clause = range(verb.left_edge.idx, verb.right_edge.idx + 1)
    for expression in expressions:
        if expression.start in inside and expression.start not in clause:
            return expression.date if expression.date.known else None
    return None


def instrument_maker(verb: Token) -> Token | None:
    """The maker of the decision by which ``verb``'s passive act was done, or None."""
    noun = _instrument(verb)
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    handler = noun.head
    if noun.dep_ != "dobj" or handler.lemma_.lower() not in _MAKERS_VERBS:
        return None
    for clause in (handler, handler.head) if handler.dep_ == "xcomp" else (handler,):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None
