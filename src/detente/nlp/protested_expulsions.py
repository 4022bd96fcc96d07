"""An expulsion protested by summoning the other side's envoy.

"Russia summoned Moldova's ambassador over the expulsion of a diplomat": with the
expelled diplomat's state left unsaid, the diplomat is the summoner's and the
summoned envoy's state expelled him; a state summons a foreign envoy over what that
envoy's state did, not over its own expulsions.  Where the diplomat's state is named
("over the expulsion of a Polish consul") the ordinary roles already say who went.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.trigger_roles import Roles
from detente.nlp.triggers import Trigger

_SUMMONING = frozenset({"summon", "summons", "convoke"})
# expulsion -> over -> summoned; expulsion -> against -> protest -> to -> summoned
_REACH = 5
_CLIMBING = frozenset({"pobj", "prep", "xcomp", "advcl", "dobj", "pcomp", "acl"})


def protested_expulsion(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> list[tuple[str, str]]:
    """(expeller, expelled) for a nominal expulsion a summons protests, or none."""
    if event_type != "EXPEL_DIPLOMAT" or trigger.rule.pos != "NOUN":
        return []
    phrase = {t.i for t in trigger.token.subtree}
    if any(parse.states_of(a) for a in trigger.arguments if a.i in phrase):
        return []  # the diplomat's state is named
    summons = _summoning_governor(trigger.token)
    if summons is None:
        return []
    summoned = [
        state
        for child in summons.children
        if child.dep_ in ("dobj", "appos", "nsubjpass")
        for state in parse.states_of(child)
    ]
    subjects = [c for c in summons.children if c.dep_ in ("nsubj", "compound", "poss", "amod")]
    summoners = [s for c in subjects for s in parse.states_of(c) if s not in summoned]
    summoners = summoners or [s for s in roles.agents if s not in summoned]
    return [(e, v) for e in summoned for v in summoners]


def _summoning_governor(noun: Token) -> Token | None:
    """The verb of summoning (a headline's 'summons', tagged a noun) the expulsion is
    a reason for."""
    current = noun
    for _ in range(_REACH):
        if current.dep_ not in _CLIMBING or current.head is current:
            return None
        current = current.head
        if fold(current.lemma_) in _SUMMONING or current.lower_ in _SUMMONING:
            return current
    return None
