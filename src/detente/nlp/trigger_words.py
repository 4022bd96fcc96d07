"""The words around a trigger that a grammar row requires, excludes or is qualified
by: its own phrase ('cut ties with other Western envoys' sees 'envoys'), a 'to' phrase
after its argument ('upgraded ties to a strategic partnership'), the subject that brings
the act about ('heavy rain forced the temporary closure of the embassy'), and the words
that place a qualified noun ('staff of the embassy').
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold
from detente.nlp.syntax import to_infinitive


def destination_words(arguments: list[Token]) -> set[str]:
    """Words of a 'to' phrase right after the argument, wherever the parser hangs it:
    'the upgrade of ties between Hanoi and Paris to a strategic partnership'."""
    words: set[str] = set()
    for argument in arguments:
        after = argument.right_edge.i + 1
        if after < len(argument.doc) and argument.doc[after].lower_ in ("to", "into"):
            words |= {fold(t.lower_) for t in argument.doc[after].subtree}
    return words


_OUTSIDE_TRIGGER_PHRASE = frozenset(
    {"nsubj", "nsubjpass", "csubj", "advcl", "relcl", "parataxis", "conj", "cc"}
)


def nearby_words(token: Token, depth: int = 3) -> set[str]:
    """Words of the trigger's own phrase, ``depth`` levels down, less its subject and
    side clauses ("cut ties with other Western envoys" sees "envoys")."""
    # "ordered its envoys to X to return", the complement parsed as a side clause
    words = {fold(c.lemma_) for c in token.children if infinitive_of_purpose(c)}
    frontier = [
        c
        for c in token.children
        if c.dep_ not in _OUTSIDE_TRIGGER_PHRASE or c.lower_ in ("persona", "personae")
    ]  # "declared X persona non grata", its small clause parsed as a coordinated verb
    for _ in range(depth):
        for word in frontier:
            words.add(fold(word.lower_))
            words.add(fold(word.lemma_))
        frontier = [
            c for word in frontier for c in word.children if c.dep_ not in _OUTSIDE_TRIGGER_PHRASE
        ]
    return words


def causer_words(token: Token) -> set[str]:
    """'Heavy rain forced the temporary closure of the embassy', 'a storm forced the
    embassy to close': the subject of the verb that brings the act about."""
    if token.dep_ not in ("dobj", "xcomp"):
        return set()
    return {fold(w.lemma_) for c in token.head.children if c.dep_ == "nsubj" for w in c.subtree}


def infinitive_of_purpose(clause: Token) -> bool:
    """'nominated ... to serve as ambassador' (parsed as an adverbial clause)."""
    return clause.dep_ == "advcl" and to_infinitive(clause)


def following_words(token: Token) -> set[str]:
    doc = token.doc
    return {fold(t.lower_) for t in doc[token.i + 1 : token.i + 4]}  # "staff from its embassy"


def of_objects(token: Token) -> set[str]:
    """Words of the phrase that places a qualified noun: 'staff of the embassy',
    'two officials from the Chinese embassy', 'employees at the mission'."""
    words: set[str] = set()
    # "expelled two officials from the embassy": the phrase may hang on the verb;
    # "copies of credentials", "a ban on imports", "staff at the embassy"
    around = [*token.children, *(token.head.children if token.dep_ == "dobj" else ())]
    for child in around:
        if child.dep_ == "prep" and child.lower_ in ("of", "on", "from", "at"):
            for pobj in child.subtree:
                words.add(fold(pobj.lemma_))
    return words
