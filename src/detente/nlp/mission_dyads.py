"""The sides of opening and closing a mission: its owner, its host, and which of them
acts (GUIDELINES: the owner closes its own mission; a host that orders a foreign
mission shut is the source)."""

from __future__ import annotations

from itertools import permutations

from detente.nlp.arguments import governing_subject
from detente.nlp.implicit_sides import or_context, or_counterpart
from detente.nlp.lexicon import fold
from detente.nlp.missions import (
    city_hosts,
    mission_phrase,
    mutual_pairs,
    ordered_closure,
    owner_opens,
)
from detente.nlp.roles import SentenceParse
from detente.nlp.trigger_roles import Roles, consent_for_mission
from detente.nlp.triggers import Trigger


def mission_dyads(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> list[tuple[str, str]]:
    """Owner closes its own mission -> owner is source; host orders it shut -> host is source."""
    phrase = mission_phrase(trigger.token, trigger.arguments)
    # "an embassy in Lima and a consulate in Houston": each mission's own place
    hosts = roles.place("in", "at", "to")
    hosts = hosts + [c for c in city_hosts(phrase) if c not in hosts]
    if len(hosts) > 1:  # "Italy reopened its embassy in Tripoli and its consulate in ...":
        hosts = [h for h in hosts if h not in roles.agents] or hosts  # no mission at home
    agents, owners = roles.agents, [c for c in roles.owners if c not in hosts]
    if event_type == "CLOSE_MISSION":
        ordered = ordered_closure(trigger.token, owners, hosts, parse)
        if ordered:  # "Washington ordered China to close its consulate"
            return ordered
        if trigger.arg_class == "consent":
            # consent for a foreign consulate is the host's to withdraw
            places = list(trigger.token.subtree) if consent_for_mission(trigger) else []
            hosts = hosts or city_hosts(places)
            if owners and (agents or hosts):
                return [(s, o) for s in hosts or agents for o in owners if s != o]
        announced = _announced_by_host(trigger, agents, owners, hosts, parse)
        if announced:  # "Moscow announced that the Estonian consulate would be closed"
            return announced
    elif owner_opens(agents, owners, hosts):  # "Bahrain's king inaugurated Israel's embassy"
        return owner_opens(agents, owners, hosts)
    elif not owners and agents and set(agents) <= set(hosts):
        # "Sudan welcomed the reopening of the embassy in Khartoum": no state opens a
        # mission on its own soil; the owner is the other side the article names
        sources = or_context([], parse, roles, exclude=hosts, event_type=event_type)
        return [(s, h) for s in sources for h in hosts]
    if agents and owners and not set(agents) & set(owners):
        return [(a, o) for a in agents for o in owners]
    sources = agents or owners
    if not sources and len(hosts) == 2 and not _possessed(trigger):
        return list(permutations(hosts, 2))  # "embassies in both countries were shut"
    if pairs := mutual_pairs(sources, hosts, trigger.arguments, parse):
        return pairs  # "X and Y agreed to reopen embassies", "the reopening of embassies"
    sources = or_context(sources, parse, roles, exclude=hosts, event_type=event_type)
    hosts = or_counterpart(
        [h for h in hosts if h not in sources], parse, roles, exclude=sources, event_type=event_type
    )
    return [(s, h) for s in sources for h in hosts]


_MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "consulate-general", "general"})
_DECREED = frozenset({"must", "will", "would", "shall", "should"})


def _announced_by_host(
    trigger: Trigger, agents: list[str], owners: list[str], hosts: list[str], parse: SentenceParse
) -> list[tuple[str, str]]:
    """(host, owner) when the host tells of a foreign mission's closure that names no
    other closer ('Moscow announced that the Estonian consulate in St Petersburg would be
    closed', 'Poland said Russia's consulate in Gdansk must cease operations'): the host
    shuts it (GUIDELINES)."""
    if not owners or not hosts or (agents and not set(agents) <= set(owners)):
        return []
    verb = trigger.token
    closer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if closer is not None and fold(closer.lemma_) not in _MISSION_NOUNS:
        return []  # "Russia said Estonia had closed its consulate": Estonia closes it
    if not any(c.dep_ == "aux" and c.lower_ in _DECREED for c in verb.children):
        return []  # "was closed on Friday" reports; "must cease", "would be closed" decree
    speaker = governing_subject(verb)
    speakers = parse.states_of(speaker) if speaker is not None else []
    if speaker is None and any(c.lower_ == "must" for c in verb.children):
        speakers = hosts  # "the Sudanese embassy in N'Djamena must close": a host's order
    if not speakers or set(speakers) & set(owners) or not set(speakers) <= set(hosts):
        return []
    return [(s, o) for s in speakers for o in owners]


def _possessed(trigger: Trigger) -> bool:
    """'its embassies in Norway and Lithuania' belong to one state the sentence leaves
    implicit, not to each host in turn."""
    return any(c.dep_ == "poss" for a in trigger.arguments for c in a.children)
