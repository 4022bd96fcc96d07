"""A headline's 'orders' that the tagger read as a plural noun.

"Mali orders French ambassador to leave", "Niger junta orders French envoy out":
the small model reads 'orders' as the head noun of the line, the envoy in apposition
to it and the state before it as a modifier.  Where the line has an envoy in
apposition and the complement of an expulsion ('to leave', 'out'), 'orders' is the
verb, the envoy its object and the name before it its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

_DEPARTING = frozenset({"leave", "depart", "quit", "exit", "out"})
_SUBJECT_DEPS = frozenset({"amod", "compound", "poss", "nmod", "nsubj"})


def headline_order(token: Token) -> bool:
    """Whether ``token`` is a headline's verb 'orders' tagged as a noun."""
    if token.lower_ != "orders" or token.tag_ != "NNS":
        return False
    objects = headline_order_objects(token)
    return any(c.lower_ in _DEPARTING for word in (token, *objects) for c in word.children)


def headline_order_objects(token: Token) -> list[Token]:
    """The envoys the misread 'orders' acts on: in apposition to it, or the noun it
    is compounded onto ('Gabon orders French ambassador out')."""
    found = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    if token.dep_ == "compound" and token.head.i > token.i:
        found.append(token.head)
    return found


def headline_order_subject(token: Token) -> Token | None:
    """The capitalised phrase before the misread 'orders' ('Mali', 'Niger junta',
    "Niger's junta"): its subject."""
    for child in token.lefts:
        if child.dep_ in _SUBJECT_DEPS and _named(child):
            return child
    return None


def _named(word: Token) -> bool:
    return word.text[:1].isupper() or any(_named(c) for c in word.lefts)
