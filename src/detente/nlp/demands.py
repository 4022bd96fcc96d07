"""Demands that are orders: a government demanding that another state recall its
envoys or close its mission expels them or closes it (GUIDELINES, settled cases).
"""

from __future__ import annotations

from detente.nlp.lexicon import fold
from detente.nlp.roles import GOVERNMENT_NOUNS, SentenceParse
from detente.nlp.subjects import subject_of
from detente.nlp.trigger_roles import Roles
from detente.nlp.triggers import Trigger

_DEMANDING = frozenset({"demand", "ask", "order", "instruct", "tell"})
# A noun of the envoy leaving is demanded with these too: 'called for the departure of'.
_DEMANDING_NOUN = _DEMANDING | {"request", "call", "seek", "want"}


def demanded_recall(trigger: Trigger, parse: SentenceParse) -> Roles | None:
    """'X demanded that Y recall its diplomats', 'X demanded the departure of Y's
    ambassador' is X expelling Y's diplomats (GUIDELINES)."""
    if trigger.rule.type != "RECALL_DIPLOMAT":
        return None
    nominal = trigger.rule.pos == "NOUN"
    for governor in trigger.token.ancestors:
        if fold(governor.lemma_) in (_DEMANDING_NOUN if nominal else _DEMANDING):
            demander = subject_of(governor)
            if demander is None:
                return None
            sources = parse.states_of(demander)
            targets = (
                _envoys_states(trigger, parse, sources) if nominal else _recallers(trigger, parse)
            )
            if sources and targets and set(sources) != set(targets):
                return Roles(agents=sources, owners=targets)
            return None
    return None


def _recallers(trigger: Trigger, parse: SentenceParse) -> list[str]:
    recaller = subject_of(trigger.token)
    return parse.states_of(recaller) if recaller is not None else []


def _envoys_states(trigger: Trigger, parse: SentenceParse, demanders: list[str]) -> list[str]:
    """The states of the envoys a noun is about ('the departure of the French
    ambassador'; 'the withdrawal of its ambassador': the demander's own)."""
    found: list[str] = []
    for argument in trigger.arguments:
        states = parse.states_of(argument, clause_agents=demanders, conjuncts=True)
        found += [c for c in states if c not in found]
    return found


def demanded_closure(trigger: Trigger, parse: SentenceParse) -> bool:
    """'The Kremlin demanded that Washington close its consulate in Vladivostok', 'Iran
    demanded the closure of the British embassy': a government's demand that a foreign
    mission shut is its order, no appeal (GUIDELINES: the host that orders a mission
    shut is the source).  Lawmakers or protesters demanding it decide nothing."""
    if trigger.rule.type != "CLOSE_MISSION":
        return False
    for governor in trigger.token.ancestors:
        if fold(governor.lemma_) == "demand" and governor.pos_ == "VERB":
            demander = subject_of(governor)
            return demander is not None and (
                demander.i in parse.actor_at or fold(demander.lemma_) in GOVERNMENT_NOUNS
            )
    return False
