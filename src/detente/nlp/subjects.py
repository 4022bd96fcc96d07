"""Who performs a trigger: the subject written on it, or found by climbing through the
clauses that govern it (control, raising, relative clauses, coordination, nouns of
deciding and agreeing), with the parser's known misattachments repaired."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.arguments import bound_possessive, hung_too_high, subject_of_noun_tagged_verb
from detente.nlp.envoy_titles import is_envoy_word
from detente.nlp.headline_orders import headline_order, headline_order_subject
from detente.nlp.instruments import instrument_maker
from detente.nlp.syntax import (
    AGREEING_VERBS,
    finite_after_infinitive,
    infinitival_relative,
    participle_after_complement,
    passive_adjunct_undergoer,
    passive_infinitive_object,
    stray_subject,
)
from detente.nlp.triggers import mistagged_verb

_RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})


def subject_of(token: Token) -> Token | None:
    """The phrase that performs the trigger, climbing through governing clauses."""
    if headline_order(token):  # "Mali orders French ambassador to leave"
        return headline_order_subject(token)
    if (token.dep_ in ("compound", "amod") or token.pos_ == "NOUN") and mistagged_verb(token):
        named, governor = subject_of_noun_tagged_verb(token)
        if named is not None or governor is None:
            return named
        token = governor  # "expel X and downgrade ties": expel's subject
    stray = stray_subject(token)
    if stray is not None:  # "... and Russia in turn expelled Latvia's envoy"
        return stray
    current, came_through_xcomp = token, False
    for _ in range(5):
        found = _own_subject(current, raised=came_through_xcomp)
        if found is not None:
            return bound_possessive(found)
        if current.i != token.i and (stray := stray_subject(current)) is not None:
            return stray  # "... and Tallinn reacted by expelling": reacted's stray subject
        if current.i == token.i and (maker := instrument_maker(current)) is not None:
            return maker  # "the decision ... by which the ambassador was declared"
        if current.i == token.i and (
            any(c.dep_ == "nsubjpass" for c in current.children)
            or passive_adjunct_undergoer(current) is not None
        ):
            return None  # "the envoy was ordered out, the embassy said": no agent given
        if finite_after_infinitive(current) or participle_after_complement(current):
            current = current.head.head  # "asked X to leave and recalled its envoy": asked's
            continue
        if (decreer := _decreed_by(current)) is not None:
            return decreer  # "the closure of the embassy was ordered by Albania"
        if not _climbs_to_head(current):
            return None
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return None  # "sanctions imposed on Belarus": the imposer is not the head noun's
        came_through_xcomp = current.dep_ == "xcomp"
        if came_through_xcomp and passive_infinitive_object(current) is None:
            controller = _object_controller(current.head)
            if controller is not None:
                return controller  # "ordered Russia to cut its staff": Russia cuts
        came_from, current = current, current.head
        party = _party_to(current, came_from)
        if party is not None:
            return party
    return None


_OBJECT_CONTROL = frozenset(
    {
        "order",
        "ask",
        "tell",
        "force",
        "urge",
        "instruct",
        "require",
        "call",
        "press",
        "pressure",
        "compel",
        "oblige",
        "demand",
        "prompt",
        "lead",
        "push",
        "drive",
        "spur",
        "persuade",
        "convince",
        "encourage",
        "authorise",
        "authorize",
        "direct",
    }
)


def _object_controller(verb: Token) -> Token | None:
    """The object that performs the complement of 'order X to', 'urge X to'."""
    if verb.lemma_.lower() not in _OBJECT_CONTROL:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _own_subject(word: Token, raised: bool) -> Token | None:
    """The subject written on this word itself, if any."""
    for child in word.children:
        if child.dep_ == "agent" and not hung_too_high(child):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    for child in word.children:
        if child.dep_ in ("nsubj", "csubj") and child.lower_ not in _RELATIVE_PRONOUNS:
            return _antecedent_subject(word, child)
        if child.dep_ == "nsubjpass" and raised:
            return child  # "Chile is expected to reopen": the raised subject
        if child.dep_ == "nsubj" and word.dep_ == "relcl":
            return _antecedent_of_which(child) or _described_name(word.head)
        if child.dep_ == "poss" and word.pos_ == "NOUN":
            return child
        if (
            child.dep_ in ("npadvmod", "advmod")
            and child.pos_ == "PROPN"
            and child.i < word.i
            and not any(c.dep_ == "nsubj" for c in word.children)
        ):
            # headline style: "Jordan to recall envoy"; "Nauru cut its ties", parsed
            # with the name as an adverb; not the date opening a timeline entry ("Nov.
            # 2023 - Colombia reopens its consulate")
            return child
    return None


def _described_name(noun: Token) -> Token:
    """The one of an apposition that says whose it is: in 'Grenada, a Caribbean nation
    that recognised Taiwan', what recognised Taiwan is Grenada, not 'a nation' (no state
    of its own); in "Iran's new ambassador, Ali Rezaei, who handed him a copy of his
    credentials", who handed it is Iran's ambassador, not the bare name."""
    if noun.dep_ != "appos":
        return noun
    if noun.head.pos_ == "PROPN" or (noun.pos_ == "PROPN" and noun.head.pos_ == "NOUN"):
        return noun.head
    return noun


def _antecedent_of_which(pronoun: Token) -> Token | None:
    """'recalled its ambassador from South Africa, which then voted to close ...':
    'which' names no person, so when the parser hangs its clause on an envoy the
    thing it refers to is the noun just before it."""
    if pronoun.lower_ != "which" or not is_envoy_word(pronoun.head.head):
        return None
    before = pronoun.i - 1
    while before >= 0 and pronoun.doc[before].is_punct:
        before -= 1
    word = pronoun.doc[before] if before >= 0 else None
    if word is None or word.pos_ not in ("NOUN", "PROPN") or is_envoy_word(word):
        return None
    return word


# Verbs whose passive agent performs the act its subject names; not 'condemned by',
# 'welcomed by': a reaction is no performance.
_DECREEING = frozenset(
    {"order", "announce", "decide", "decree", "approve", "authorise", "authorize"}
)


def _decreed_by(noun: Token) -> Token | None:
    """The agent of the passive verb an act noun is the subject of."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or noun.pos_ != "NOUN" or verb.lemma_.lower() not in _DECREEING:
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _climbs_to_head(word: Token) -> bool:
    """Whether the word's subject is to be found on the word it depends on."""
    return (
        word.dep_
        in (
            "xcomp",
            "conj",
            "acl",
            "advcl",
            "pcomp",
            "ccomp",
            "dobj",
            "pobj",
            "prep",
            "attr",
            "oprd",
            "acomp",  # "Iran and Egypt are close to an agreement to restore ties"
        )
        or infinitival_relative(word)
        or mistagged_verb(word)
    ) and word.head.i != word.i


def _antecedent_subject(verb: Token, subject: Token) -> Token:
    """'X and Y announced that they planned to restore': 'they' is the speakers."""
    if subject.lower_ not in ("they", "it", "we"):
        return subject
    for governor in verb.ancestors:
        for child in governor.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                return child
        for child in governor.lefts:
            if child.dep_ == "npadvmod" and child.pos_ == "PROPN":
                return child  # "Nauru announced that it ...": the name misread as an adverb
    return subject


def _party_to(noun: Token, came_from: Token) -> Token | None:
    """'an agreement to restore ties reached by the two powers': the parties to the
    agreement (a 'by' phrase of a verb of agreeing within its phrase) act in the clause
    it governs."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for word in noun.subtree:
        if word.dep_ == "acl" and word.lemma_.lower() in AGREEING_VERBS:
            for child in word.children:
                if child.dep_ == "agent":
                    return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
