"""Missions: the city a consulate stands in, who opens or shuts one, and when a
mission is the actor rather than the thing opened.

* A consulate is mostly in a city that is not a capital ("the consulate in
  Houston", "its consulate-general in Erbil"); the city's state is the mission's
  host (``data/gazetteer/consular_cities.tsv``).  Only the mission's own place
  phrase is read: a city never acts for a government.
* The host that orders a foreign mission shut is the source of CLOSE_MISSION
  (GUIDELINES, *Settled cases*): "Washington ordered China to close its consulate
  in Houston" is USA -> CHN, though China does the closing; "we require the
  closure of the Iranian embassy in London" is the host's demand too.
* No host orders a mission open: a foreign mission inaugurated by the host's
  leaders is opened by its owner.
* "The embassy opened a book of condolences" opens the book: a mission subject is
  the thing opened or closed only when the verb's object is its own doors or work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import permutations

from spacy.tokens import Token

from detente.nlp.actors import is_organisation
from detente.nlp.arguments import governing_subject
from detente.nlp.gazetteer_files import table_rows
from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.syntax import held_in_state

_PLACE_PREPOSITIONS = ("in", "at")
_ORDERING_VERBS = frozenset(
    {"order", "demand", "require", "tell", "instruct", "force", "compel", "direct"}
)
# How a headline's subject hangs on its verb read as a noun: 'Sudan orders', "Chad's"
_HEADLINE_SUBJECTS = frozenset({"compound", "poss", "amod"})
_ORDER_REACH = 3  # 'ordered X to close', 'demanded the closure of', 'required that X close'


@cache
def _consular_cities() -> dict[str, str]:
    return {fold(city): code for city, code in table_rows("consular_cities.tsv")}


def mission_phrase(verb: Token, missions: tuple[Token, ...]) -> list[Token]:
    """The verb, its missions and the nouns between ('resumed the activities of its
    consulate in Mosul': the place may hang on 'activities')."""
    words = [verb, *missions]
    for mission in missions:
        words += [a for a in mission.ancestors if verb in a.ancestors]
    return words


def city_hosts(words: Iterable[Token]) -> list[str]:
    """States of the cities the missions (or the verb acting on them) are placed in:
    'consulate in Houston', 'shut its consulate in Vladivostok'."""
    cities = _consular_cities()
    found: list[str] = []
    for word in words:
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPOSITIONS:
                continue
            for place in prep.children:
                if place.dep_ != "pobj":
                    continue
                name = fold(" ".join(t.text for t in place.subtree if t.pos_ == "PROPN"))
                code = cities.get(name) or cities.get(fold(place.text))
                if code and code not in found:
                    found.append(code)
    return found


def ordered_closure(
    trigger: Token, owners: list[str], hosts: list[str], parse: SentenceParse
) -> list[tuple[str, str]]:
    """(host, owner) pairs for a closure another state orders, or none: the orderer
    named as the ordering verb's subject, else the mission's host when the orderer
    is a pronoun ('we require')."""
    order = _ordering_verb(trigger)
    if order is not None:
        subjects = [c for c in order.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif (order := _headline_order(trigger)) is not None:
        subjects = [c for c in order.children if c.dep_ in _HEADLINE_SUBJECTS and c.i < order.i]
    else:
        return []
    controllers = [c for c in order.children if c.dep_ == "dobj"]
    closers = owners + [s for c in controllers for s in parse.states_of(c) if s not in owners]
    orderers = [s for c in subjects for s in parse.states_of(c)]
    if orderers and set(orderers) <= set(closers):
        return []  # "Iran ordered its embassy shut": the owner closes its own
    sources = [s for s in orderers if s not in closers]
    if not sources and all(c.pos_ == "PRON" for c in subjects):
        sources = [h for h in hosts if h not in closers]
    return [(s, c) for s in sources for c in closers]


def _ordering_verb(trigger: Token) -> Token | None:
    """A verb of ordering the closure hangs from: its complement, object or the
    complement's object ('ordered the closure', 'ordered X to shut')."""
    current = trigger
    for _ in range(_ORDER_REACH):
        if current.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "oprd"):
            return None
        current = current.head
        if current.pos_ == "VERB" and fold(current.lemma_) in _ORDERING_VERBS:
            return current
    return None


def _headline_order(trigger: Token) -> Token | None:
    """A headline's verb of ordering that the tagger read as a plural noun, compounded
    onto the closure or taking it in apposition, its subject compounded onto it:
    'Chad orders closure of Sudanese consulate', "Chad's government orders closure"."""
    nearby = [c for c in trigger.children if c.dep_ == "compound" and c.i == trigger.i - 1]
    if trigger.dep_ == "appos" and trigger.head.i == trigger.i - 1:
        nearby.append(trigger.head)
    return next((c for c in nearby if c.tag_ == "NNS" and fold(c.lemma_) in _ORDERING_VERBS), None)


def ordered_object(verb: Token) -> Token | None:
    """The object of a verb of ordering that performs its complement: 'ordered
    Russia's consulate in Krakow to shut', 'ordered its embassy closed' (the
    complement has no subject of its own), or of a verb that keeps it so."""
    if verb.dep_ not in ("xcomp", "ccomp", "oprd", "dep", "advcl") or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return None
    governor = verb.head
    ordering = verb.dep_ not in ("dep", "advcl") and fold(governor.lemma_) in _ORDERING_VERBS
    if not ordering and not held_in_state(verb):
        return None
    return next((c for c in governor.children if c.dep_ == "dobj"), None)


def owner_opens(agents: list[str], owners: list[str], hosts: list[str]) -> list[tuple[str, str]]:
    """(owner, host) pairs when a state other than the mission's owner performs the
    opening: a host's leader inaugurates or attends it ('Bahrain's king inaugurated
    the Israeli embassy in Manama' is ISR -> BHR).  No host orders a mission open, so
    the owner is the source (GUIDELINES); none when the owner acts itself."""
    if not owners or not agents or set(agents) & set(owners):
        return []
    return [(o, h) for o in owners for h in (hosts or agents) if o != h]


# Objects that leave a mission subject the thing opened or closed: "closed its doors",
# "resumed its operations", "started work".
_OWN_STATE_OBJECTS = frozenset(
    {"door", "doors", "gate", "gates", "operation", "operations", "activity", "activities"}
    | {"work", "function", "functions", "mission", "embassy", "consulate"}
)


def acts_on_something_else(verb: Token) -> bool:
    """Whether the verb takes an object other than the subject's own doors or work:
    'the embassy opened a book of condolences' opens the book, not the embassy."""
    return any(
        child.dep_ == "dobj"
        and fold(child.lemma_) not in _OWN_STATE_OBJECTS
        and not _set_off(child)
        for child in verb.children
    )


def _set_off(phrase: Token) -> bool:
    """A phrase after a comma that the parser took for an object is an apposition to the
    clause: 'the consulate opened on Monday, the eleventh Chinese post in Russia'."""
    start = phrase.left_edge.i
    return start > 0 and phrase.doc[start - 1].text == ","


def placed_noun(clause: Token) -> Token | None:
    """The noun a place phrase locates, when the parser hung a relative clause on the
    place: in 'its embassy in Rabat, which opened on Sunday' what opened is the embassy."""
    place = clause.head
    if clause.dep_ != "relcl" or place.pos_ != "PROPN" or place.dep_ != "pobj":
        return None
    preposition = place.head
    if preposition.lower_ not in ("in", "at") or preposition.head.pos_ != "NOUN":
        return None
    return preposition.head


def mutual_pairs(
    sources: list[str], hosts: list[str], missions: tuple[Token, ...], parse: SentenceParse
) -> list[tuple[str, str]]:
    """Both directions when two states act on missions placed nowhere ('X and Y agreed to
    reopen embassies'), or when bare plural missions nobody owns or places open or close:
    'promised changes include the reopening of embassies' are the two parties' the
    article is about, each in the other's capital."""
    if hosts or len(sources) == 1:
        return []
    return list(permutations(sources or _mutual(missions, parse), 2))


def _mutual(missions: tuple[Token, ...], parse: SentenceParse) -> list[str]:
    if not missions or not all(_bare_plural(m) for m in missions):
        return []
    if any(t.i in parse.actor_at for t in missions[0].sent):
        return []  # a state named here acts or hosts; the context does not decide
    pair = parse.context.group(parse.index, 2)
    return pair if len(pair) == 2 else []


def _bare_plural(mission: Token) -> bool:
    """'embassies', not 'their embassies', 'the embassies in Kyiv', 'Western embassies'."""
    return mission.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "prep", "nummod") for c in mission.children
    )


def headline_mission(verb: Token) -> Token | None:
    """The mission of a headline whose verb the parser read as its place: in 'Saudi
    embassy in Damascus reopens' it takes 'Damascus reopens' for where the embassy is.
    The verb's -s form (a plural noun here) with the city compounded onto it."""
    place = verb.head
    if verb.tag_ != "NNS" or verb.dep_ != "pobj" or place.lower_ not in _PLACE_PREPOSITIONS:
        return None
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in verb.children):
        return None
    return place.head if place.head.pos_ == "NOUN" else None


def subject_of_verb(verb: Token) -> Token | None:
    """The mission a verb without a subject of its own acts on: the object of a verb of
    ordering ('ordered its embassy closed') or a headline's mission."""
    return ordered_object(verb) or headline_mission(verb)


def placed_in_state(
    class_name: str, noun: Token, parse: SentenceParse, previous_text: str = ""
) -> bool:
    """Whether a state's possessive and a state as its place qualify the noun, which then
    needs no 'diplomatic' of its own: 'its mission in Asmara' (an embassy), 'its
    representation in Damascus' (diplomatic representation), or an organisation's
    delegation placed in a state ('the EU closed its delegation in Kabul'); or the
    sentence before placed it ('the mission' after one about an embassy)."""
    if class_name != "mission" and fold(noun.lemma_) != "representation":
        return False
    if class_name == "mission" and named_before(noun, previous_text):
        return True
    if fold(noun.lemma_) == "delegation":
        return _organisation_delegation(noun, parse)
    return _state_mission_in_state(noun, parse)


def _owner_codes(token: Token, parse: SentenceParse) -> list[str]:
    """The actors a mission noun belongs to: its possessive, else an actor modifying it
    ('the British mission', 'the UK mission'); 'its' is the subject of the verb on it."""
    owners = [c for c in token.children if c.dep_ == "poss"] or [
        c for c in token.children if c.dep_ in ("amod", "compound") and c.i in parse.actor_at
    ]
    if owners and owners[0].pos_ == "PRON":
        owners = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        higher = None if owners else governing_subject(token)
        owners = owners or ([higher] if higher is not None else [])  # "decided to close its"
    return [code for owner in owners for code in parse.states_of(owner)]


def _placed_in_actor(token: Token, parse: SentenceParse, prepositions: tuple[str, ...]) -> bool:
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in prepositions
        and any(pobj.dep_ == "pobj" and pobj.i in parse.actor_at for pobj in prep.children)
        for prep in token.children
    )


def _organisation_delegation(token: Token, parse: SentenceParse) -> bool:
    """'Its delegation in Kabul' of the EU, 'the European Union's delegation to Libya': an
    organisation's standing delegation in a state is its embassy there; a state's
    delegation is a group of visitors."""
    codes = _owner_codes(token, parse) or [
        code  # "the EU opened a delegation in Kabul"
        for subject in token.head.children
        if subject.dep_ == "nsubj" and token.dep_ == "dobj"
        for code in parse.states_of(subject)
    ]
    placed = _placed_in_actor(token, parse, ("in", "to")) or (
        token.dep_ == "dobj" and _placed_in_actor(token.head, parse, ("in",))
    )  # "opened a delegation in Kabul": the place may hang on the verb
    return bool(codes) and all(is_organisation(code) for code in codes) and placed


def _state_mission_in_state(token: Token, parse: SentenceParse) -> bool:
    """'Somalia reopened its mission in Asmara', 'Ghana's mission in Abuja', 'the British
    mission in Kabul': a state's mission placed in another state is its embassy (the UN's
    is a peace operation)."""
    codes = _owner_codes(token, parse)
    if not codes or any(is_organisation(code) for code in codes):
        return False
    return _placed_in_actor(token, parse, ("in",))


def reporter_of_own_mission(subject: Token, verb: Token, parse: SentenceParse) -> list[str] | None:
    """The owners of a mission that is its verb's subject under a pronoun ('Bahrain said
    its embassy in Beirut had suspended its work'): 'its' is the reporting clause's
    subject, never the state the mission stands in. None when no pronoun owns it."""
    if subject not in _mission_subjects(verb):
        return None
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return None
    reporter = governing_subject(verb)
    return parse.states_of(reporter) if reporter is not None else []


def _mission_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


_MISSION_MENTION = re.compile(r"\b(?:embassy|consulate|consulate-general)\b")


def it_stands_for_mission(pronoun: Token, previous_text: str) -> bool:
    """'Its embassy in Damascus had been shut since 2012. On Monday, it reopened.' ('its
    reopening'): 'it', the subject of a verb with no object, or 'its' on a noun, after a
    sentence about a mission (folded text)."""
    subject = pronoun.lower_ == "it" and pronoun.dep_ in ("nsubj", "nsubjpass")
    if subject and any(c.dep_ == "dobj" for c in pronoun.head.children):
        return False
    owner = pronoun.lower_ == "its" and pronoun.dep_ == "poss" and pronoun.head.pos_ == "NOUN"
    return (subject or owner) and _MISSION_MENTION.search(previous_text) is not None


def named_before(noun: Token, previous_text: str) -> bool:
    """'Ukraine closed its embassy in Tehran in 2020. The mission reopened on Friday.': a
    bare 'the mission' after a sentence about an embassy or consulate is that one."""
    return (
        fold(noun.lemma_) == "mission"
        and [c.lower_ for c in noun.lefts] == ["the"]
        and _MISSION_MENTION.search(fold(previous_text)) is not None
    )
