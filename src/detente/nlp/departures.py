"""Envoys who 'must leave' a country (or 'have 48 hours' to), or staff that 'must'
be cut: an expulsion only when the host says so.

"Russian diplomats must leave Estonia by Friday" tells the host's order (EXPEL,
the country left -> the envoys' state).  The same words from the envoys' own
government ("US diplomats must leave Sudan, Washington said") are an ordered
departure, and with no state owning the envoys ("foreign diplomats must leave
Kabul") nobody is expelled.  "Russia must cut its embassy staff by half, Poland
said" is the host's order of staff cuts: EXPEL, Poland -> Russia (GUIDELINES).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.actors import is_organisation
from detente.nlp.dating_phrases import REPORTING_VERBS
from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.subjects import subject_of
from detente.nlp.trigger_roles import Roles
from detente.nlp.triggers import Trigger

# The grammar's rows whose subject is the envoys: 'must leave', 'have 48 hours to leave'.
_LEAVING = frozenset({"leave", "have"})
_CUTTING = frozenset({"cut", "reduce", "slash", "downsize", "halve"})
_EXPELLING = frozenset({"expel", "oust", "eject", "deport", "order", "declare"})


def not_an_expulsion(trigger: Trigger, owners: list[str], parse: SentenceParse) -> bool:
    """Whether a 'must leave' trigger tells no host's order: the envoys have no named
    state, or their own state is the one that says they must go."""
    if trigger.rule.type != "EXPEL_DIPLOMAT" or not trigger.rule.lemmas <= _LEAVING:
        return False
    if not owners:
        return True
    speaker = _reporter(trigger.token)
    return speaker is not None and bool(set(parse.states_of(speaker)) & set(owners))


# What a deadline to leave is counted in: 'gave them 48 hours to leave'.
_DEADLINE_UNITS = frozenset({"hour", "hours", "day", "days", "week", "weeks"})


def gives_a_deadline(trigger: Trigger) -> bool:
    """Whether an expulsion is a deadline given to leave ('gave them 48 hours to
    leave'): only a host gives one, so the envoys are never the giver's own."""
    return trigger.rule.type == "EXPEL_DIPLOMAT" and bool(trigger.rule.requires & _DEADLINE_UNITS)


def result_of_expulsion(trigger: Trigger) -> bool:
    """Whether a staff cut is what an expulsion did: 'expelled 45 Russian diplomats,
    reducing the embassy's staff to 25' tells the expulsion again, no recall."""
    token = trigger.token
    if trigger.rule.type != "RECALL_DIPLOMAT" or fold(token.lemma_) not in _CUTTING:
        return False
    return (
        token.dep_ in ("advcl", "conj")
        and token.tag_ == "VBG"
        and fold(token.head.lemma_) in _EXPELLING
    )


def expels_its_own(trigger: Trigger) -> bool:
    """Whether an expulsion's only envoys are 'its own' ('responded by expelling two of
    its own'): the state's own envoys are recalled, not expelled, and whose ones the
    writer means is left to the reader."""
    arguments = trigger.arguments
    return (
        trigger.rule.type == "EXPEL_DIPLOMAT"
        and bool(arguments)
        and all(fold(a.lower_) == "own" for a in arguments)
    )


def cuts_foreign_staff(
    trigger: Trigger, agents: list[str], owners: list[str], parse: SentenceParse
) -> bool:
    """Whether a state cuts another state's embassy staff ('Prague cut the number of
    diplomats at the Russian embassy by 63'): the host's order, an expulsion
    (GUIDELINES), not a recall."""
    if trigger.rule.type != "RECALL_DIPLOMAT" or fold(trigger.token.lemma_) not in _CUTTING:
        return False
    owners = owners or [
        state
        for word in (trigger.token, *trigger.arguments)
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "of")
        for mission in prep.children
        for state in parse.states_of(mission, agents)  # 'its embassy': the agent's
    ]
    return bool(agents and owners) and not set(agents) & set(owners)


def _reporter(leave: Token) -> Token | None:
    """The subject of the verb that reports the leaving ('..., Washington said')."""
    for verb in leave.ancestors:
        if verb.lemma_.lower() in REPORTING_VERBS:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            return subjects[0] if subjects else None
    return None


def ordered_cut(trigger: Trigger, parse: SentenceParse) -> Roles | None:
    """'Russia must cut its embassy staff, Poland said': the staff cut another state says
    must happen is that state's order (its roles as an expulsion), or None."""
    token = trigger.token
    if trigger.rule.type != "RECALL_DIPLOMAT" or token.lemma_.lower() not in _CUTTING:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "must" for c in token.children):
        return None
    speaker, cutter = _reporter(token), subject_of(token)
    if speaker is None or cutter is None:
        return None
    hosts, senders = parse.states_of(speaker), parse.states_of(cutter)
    if hosts and senders and not set(hosts) & set(senders):
        return Roles(agents=hosts, owners=senders)
    return None


# Verbs that pass an order on to their object: 'was told to cut its staff'.
_ORDERING = frozenset({"order", "tell", "ask", "instruct", "direct", "require", "force"})


def passively_ordered_cut(trigger: Trigger, parse: SentenceParse) -> Roles | None:
    """'The US embassy in Moscow was told to cut its staff', 'was ordered by the junta to
    reduce its personnel': a cut another state orders is no recall but that state's
    expulsion (GUIDELINES), by the 'by' agent or else the host the mission sits in.
    Roles with no agent when the host is left unnamed: the cut is then nobody's recall."""
    token = trigger.token
    if trigger.rule.type != "RECALL_DIPLOMAT" or fold(token.lemma_) not in _CUTTING:
        return None
    order = token.head
    if token.dep_ != "xcomp" or fold(order.lemma_) not in _ORDERING:
        return None
    cutters = [c for c in order.children if c.dep_ == "nsubjpass"]
    if not cutters:
        return None
    senders = parse.states_of(cutters[0])
    hosts = _states_after(order, ("agent",), parse) or [
        state
        for word in (cutters[0], *trigger.arguments)
        for state in _states_after(word, ("prep",), parse, ("in", "at"))
    ]
    hosts = [h for h in hosts if h not in senders]
    return Roles(agents=hosts if senders else [], owners=senders)


def _states_after(
    word: Token, deps: tuple[str, ...], parse: SentenceParse, prepositions: tuple[str, ...] = ()
) -> list[str]:
    """States named in the phrases ``word`` governs as ``deps`` ('by the junta', 'in
    Minsk')."""
    return [
        state
        for phrase in word.children
        if phrase.dep_ in deps and (not prepositions or phrase.lower_ in prepositions)
        for pobj in phrase.children
        if pobj.dep_ == "pobj"
        for state in parse.states_of(pobj)
    ]


_HEADS_OF_MISSION = frozenset({"ambassador", "envoy"})


def members_recall(trigger: Trigger, agents: list[str]) -> bool:
    """'EU pulls ambassadors from Honduras': an organisation has one envoy in a state, so
    bare plural ambassadors it recalls are its members' (GUIDELINES: 'EU countries'
    are not EU)."""
    return (
        trigger.rule.type == "RECALL_DIPLOMAT"
        and bool(agents)
        and all(is_organisation(code) for code in agents)
        and any(_bare_plural_envoys(a) for a in trigger.arguments)
    )


def _bare_plural_envoys(noun: Token) -> bool:
    """'ambassadors' with no owner, count or article: envoys of states in general; 'our
    two ambassadors' counts the ones the organisation speaks for."""
    return (
        fold(noun.lemma_) in _HEADS_OF_MISSION
        and noun.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("poss", "nummod", "det") for c in noun.children)
    )


def expelled_from_unnamed(trigger: Token) -> bool:
    """Whether the expulsion names its expellers only as a number of states ('from two
    dozen countries', 'from several EU states'): no one state to guess."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "from"
        and pobj.tag_ == "NNS"
        and pobj.lemma_.lower() in ("country", "state", "nation", "government", "capital")
        for word in (trigger, *trigger.children)
        for child in word.children
        for pobj in child.children
    )
