"""Envoys told by the mission they serve at: whose they are, and where they serve.

An expulsion often names no expeller but says where the envoys work, and the host
of that mission is who expels them:

    "Two diplomats at the Russian embassy in Sofia have been expelled."
    "The Russian embassy in Sofia said two of its staff had been declared unwelcome."
    "Two Russian diplomats based in Sofia were ordered to leave."

:func:`envoys_posted` reads the mission's owner and host (or the place the envoys are
based in) from the envoy's own phrase, or from the mission that speaks of "its" staff.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.arguments import governing_subject
from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.syntax import preposition_objects

_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation", "commission"})
_AT_MISSION = frozenset({"at", "of", "from", "in", "with"})
_BASED = frozenset({"base", "station", "post", "accredit", "serve", "work"})
_WORKING = _BASED | {"employ", "attach", "assign"}
_WORKING_AT = frozenset({"at", "for", "by", "to", "in", "with"})
_OWNING_PRONOUNS = frozenset({"its", "their"})
_PLACING = ("in", "at")  # "the embassy in Sofia", "based at Sofia"


def envoys_posted(
    arguments: tuple[Token, ...], parse: SentenceParse
) -> tuple[list[str], list[str]]:
    """The states whose envoys ``arguments`` are, and the states they serve in, as far
    as their missions or bases tell; both empty when nothing tells."""
    owners: list[str] = []
    hosts: list[str] = []
    for envoy in _envoys(arguments):
        for mission in missions_served(envoy):
            owners += _owners(mission, parse)
            hosts += parse.states_after(mission, _PLACING)
        for clause in envoy.children:  # "diplomats based in Sofia"
            if clause.dep_ == "acl" and fold(clause.lemma_) in _BASED:
                hosts += parse.states_after(clause, _PLACING)
    owners = list(dict.fromkeys(owners))
    return owners, [code for code in dict.fromkeys(hosts) if code not in owners]


def _envoys(arguments: tuple[Token, ...]) -> list[Token]:
    """The arguments, and the nouns of 'two of its staff'."""
    found = list(arguments)
    for word in arguments:
        found += preposition_objects(word, "of")
    return found


def missions_served(envoy: Token) -> list[Token]:
    """The missions an envoy or staff noun is told to serve at: 'staff at the
    embassy', 'embassy staff', and 'its staff' when the subject that speaks of them is a
    mission ('The Russian embassy said two of its staff ...')."""
    missions = [
        pobj
        for prep in envoy.children
        if prep.dep_ == "prep" and prep.lower_ in _AT_MISSION
        for pobj in prep.children
        if pobj.dep_ == "pobj" and fold(pobj.lemma_) in _MISSIONS
    ]
    missions += [c for c in envoy.children if c.dep_ == "compound" and _is_mission(c)]
    missions += _missions_worked_at(envoy)
    if any(c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS for c in envoy.children):
        speaker = governing_subject(envoy)
        if speaker is not None and _is_mission(speaker):
            missions.append(speaker)
        missions += _mission_acted_on_before(envoy)
    return missions


def _missions_worked_at(envoy: Token) -> list[Token]:
    """'two Chinese nationals working at the embassy', 'a man employed by the
    consulate', 'officers attached to the mission': a participle places them there; so
    does the verb they are the subject of ('two of the expelled envoys worked at the
    embassy', 'the diplomat was posted at the consulate')."""
    clauses = [c for c in envoy.children if c.dep_ == "acl"]
    subject = envoy.head.head if envoy.dep_ == "pobj" and envoy.head.lower_ == "of" else envoy
    if subject.dep_ in ("nsubj", "nsubjpass"):
        clauses.append(subject.head)
    return [
        pobj
        for clause in clauses
        if fold(clause.lemma_) in _WORKING
        for prep in clause.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _WORKING_AT
        for pobj in prep.children
        if pobj.dep_ == "pobj" and fold(pobj.lemma_) in _MISSIONS
    ]


def _mission_acted_on_before(envoy: Token) -> list[Token]:
    """'closed the British embassy and expelled its staff': the mission the verb before,
    coordinated with this one, acted on is whose staff 'its' means."""
    verb = envoy.head
    if envoy.dep_ != "dobj" or verb.dep_ != "conj":
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj" and _is_mission(c)]


def _is_mission(word: Token) -> bool:
    return fold(word.lemma_) in _MISSIONS


def _owners(mission: Token, parse: SentenceParse) -> list[str]:
    return [
        code
        for c in mission.children
        if c.dep_ in ("poss", "compound", "amod", "nmod")
        for code in parse.states_of(c, conjuncts=False)
    ]
