"""Roles -> dyads: each event type's source and target states (GUIDELINES §Event types).

A role the sentence leaves implicit comes from the article context (a ``by``
phrase, the speaker, an earlier mention of the same event, the most salient
actor); each such fill is counted on :class:`Roles` and lowers the confidence.
"""

from __future__ import annotations

from itertools import permutations

from spacy.tokens import Span

from detente.nlp.actors import is_organisation
from detente.nlp.arguments import governing_subject
from detente.nlp.envoy_lists import mission_post, posts_named, roster_senders, slate_posts
from detente.nlp.lexicon import fold
from detente.nlp.missions import city_hosts, ordered_closure, owner_opens
from detente.nlp.roles import SentenceParse
from detente.nlp.trade_bans import import_origins, is_import_ban
from detente.nlp.trigger_roles import Roles, consent_for_mission, is_envoy_word
from detente.nlp.triggers import Trigger

RELATION_TYPES = frozenset(
    {"DOWNGRADE_RELATIONS", "UPGRADE_RELATIONS", "SEVER_RELATIONS", "RESTORE_RELATIONS"}
)
SANCTION_TYPES = frozenset({"IMPOSE_SANCTIONS", "LIFT_SANCTIONS"})


def dyads_of(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> list[tuple[str, str]]:
    if event_type in RELATION_TYPES:
        if _agentless_background(trigger):
            return []
        return _relation_dyads(event_type, roles, parse)
    if event_type in SANCTION_TYPES:
        return _sanction_dyads(event_type, trigger, roles, parse)
    if event_type in ("CLOSE_MISSION", "OPEN_MISSION"):
        return _mission_dyads(event_type, trigger, roles, parse)
    sources, targets = _personal_roles(event_type, trigger, roles, parse)
    return [(s, t) for s in sources for t in targets]


def _agentless_background(trigger: Trigger) -> bool:
    """'restored relations, which were severed in 2017': a passive relative clause
    recalls a past break without saying which side made it (GUIDELINES: where one
    side stays unknown, nothing is annotated)."""
    token = trigger.token
    passive = any(c.dep_ == "auxpass" for c in token.children) or (
        token.dep_ == "acl" and token.tag_ == "VBN"  # "relations severed in 2016"
    )
    return (
        token.dep_ in ("relcl", "acl")
        and passive
        and not any(c.dep_ == "agent" for c in token.children)
    )


def _personal_roles(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> tuple[list[str], list[str]]:
    """Events about one envoy: who acts, and the envoy's or host's state."""
    states_only = [c for c in roles.agents if not is_organisation(c)] or roles.agents
    agents = [] if roles.agent_is_envoy else states_only
    if event_type == "EXPEL_DIPLOMAT":
        sources = agents or roles.place("from", "out of", "out", "in")
        # "Kenya expelled diplomats from Somalia": with the expeller named, 'from' is origin
        origin = [c for c in roles.place("from") if c not in sources] if agents else []
        targets = roles.owners or origin or _diplomat_from_context(parse, sources)
    elif event_type == "SUMMON_DIPLOMAT":
        sources = agents or roles.place("to", "at", "by", "in")  # "its envoy in Tehran"
        targets = [c for c in roles.owners if c not in sources] or _diplomat_from_context(
            parse, sources
        )
    elif event_type == "RECALL_DIPLOMAT":
        sources = agents or roles.owners
        # Headline style "Jordan to recall Israel envoy": the envoy's post, not his state.
        targets = [c for c in roles.place("from", "to", "in", "at") if c not in sources] or [
            c for c in roles.owners if c not in sources
        ]
    elif event_type == "REVOKE_AGREMENT":
        # The host refuses; "its ambassador to Belgium" names the host even when the
        # sentence's subject is the sending state reacting to the refusal.
        sources = roles.place("to", "in") or agents
        targets = [c for c in roles.owners if c not in sources]
    elif event_type == "APPOINT_AMBASSADOR":
        sources = agents or roles.owners
        if roles.owners and agents and not set(roles.owners) & set(agents):
            sources = roles.owners  # "Biden's pick": the envoy's state sends
        targets = [c for c in roles.place("to", "in", "at", "for") if c not in sources]
        owners, hosts = mission_post(trigger.token, parse)
        if hosts:  # "appointed to Turkey's embassy in Gabon"
            sources, targets = owners or [c for c in sources if c not in hosts], hosts
        # "named A as ambassador to Kenya and B as ambassador to Peru"
        targets += [c for c in posts_named(trigger.token, parse) if c not in sources + targets]
        targets += [c for c in slate_posts(parse.context, parse.index, sources) if c not in targets]
    else:  # PRESENT_CREDENTIALS
        if trigger.rule.host_is_agent:
            targets = agents or roles.place("to", "in")
            sources = roles.place("from") or roles.owners
            sources += roster_senders(parse.context, parse.index, exclude=targets + sources)
            if not sources:
                return [], []
        else:
            sources = (roles.agents if roles.agent_is_envoy else agents) or roles.owners
            senders, hosts = _envoys_named(trigger.token.sent, parse)
            if len(senders) > len(sources):
                # a ceremony's list: "the Ambassador of Chad to Kenya, A, and the
                # Nepalese Ambassador, B, also presented...", "Those who presented were..."
                sources = senders
            targets = [c for c in roles.place("to", "in") or hosts if c not in sources]
            sources += roster_senders(parse.context, parse.index, exclude=targets + sources)
    sources = _or_context(sources, parse, roles, exclude=targets, event_type=event_type)
    targets = _or_counterpart(targets, parse, roles, exclude=sources, event_type=event_type)
    return sources, targets


def _envoys_named(sentence: Span, parse: SentenceParse) -> tuple[list[str], list[str]]:
    """The sending states of every envoy the sentence names, and the states they are
    sent to ('the Ambassador of Chad to Kenya': Chad, Kenya)."""
    senders: list[str] = []
    hosts: list[str] = []
    for token in sentence:
        if token.pos_ not in ("NOUN", "PROPN") or not is_envoy_word(token):
            continue
        senders += [c for c in parse.states_of(token, conjuncts=False) if c not in senders]
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for pobj in prep.children:
                    hosts += [c for c in parse.states_of(pobj, conjuncts=False) if c not in hosts]
    return [c for c in senders if c not in hosts], hosts


def _diplomat_from_context(parse: SentenceParse, sources: list[str]) -> list[str]:
    owner = parse.context.latest_diplomat_owner(parse.index)
    return [owner] if owner and owner not in sources else []


def _relation_dyads(event_type: str, roles: Roles, parse: SentenceParse) -> list[tuple[str, str]]:
    between = roles.place("between", "among")
    if len(between) >= 2:
        return list(permutations(between, 2))
    # "lowered its representation in London" names the other side; "restored ties in
    # Beijing" names where it was done
    places = ("with", "to", "toward", "towards", "against")
    if event_type in ("DOWNGRADE_RELATIONS", "UPGRADE_RELATIONS"):
        places = ("with", "in", *places[1:])
    targets = roles.place(*places)
    # "their relations", "the representation of our country": the owner acts when
    # nobody else is named; "Israeli-Turkish ties" name both sides.
    agents = roles.agents or [c for c in roles.owners if c not in targets]
    if not targets and roles.agents:
        targets = [c for c in roles.owners if c not in agents]
    if len(agents) >= 2 and not targets:
        return list(permutations(agents, 2))
    agents = _or_context(agents, parse, roles, exclude=targets, event_type=event_type)
    targets = _or_counterpart(targets, parse, roles, exclude=agents, event_type=event_type)
    return [(a, t) for a in agents for t in targets]


def _sanction_dyads(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> list[tuple[str, str]]:
    if trigger.arg_class in ("state", "designees"):
        targets = roles.owners  # "added two Iranian banks to its sanctions list"
    elif is_import_ban(trigger):
        # "banned imports from Lebanon", "a ban on Georgian imports": no origin, no target
        # ("lifted its ban on Australian wine imports": 'its' is the banning state's)
        origins = roles.place("from") or import_origins(trigger, parse) or roles.owners
        targets = [c for c in origins if c not in roles.agents]
        if not targets:
            return []
    else:
        targets = roles.place("on", "against", "targeting", "over", "for", "to")
    agents = roles.agents
    if not targets:
        targets = [c for c in roles.owners if c not in agents]
    elif not agents:
        agents = [c for c in roles.owners if c not in targets]
    agents = _or_context(
        agents, parse, roles, exclude=targets, event_type=event_type, organisations=True
    )
    targets = _or_counterpart(targets, parse, roles, exclude=agents, event_type=event_type)
    return [(a, t) for a in agents for t in targets]


def _mission_dyads(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> list[tuple[str, str]]:
    """Owner closes its own mission -> owner is source; host orders it shut -> host is source."""
    hosts = roles.place("in", "at", "to") or city_hosts((trigger.token, *trigger.arguments))
    agents, owners = roles.agents, [c for c in roles.owners if c not in hosts]
    if event_type == "CLOSE_MISSION":
        ordered = ordered_closure(trigger.token, owners, hosts, parse)
        if ordered:  # "Washington ordered China to close its consulate"
            return ordered
        if trigger.arg_class == "consent":
            # consent for a foreign consulate is the host's to withdraw
            places = [w for m in consent_for_mission(trigger) for w in m.subtree]
            hosts = hosts or city_hosts(places)
            if owners and (agents or hosts):
                return [(s, o) for s in agents or hosts for o in owners if s != o]
        announced = _announced_by_host(trigger, agents, owners, hosts, parse)
        if announced:  # "Moscow announced that the Estonian consulate would be closed"
            return announced
    elif owner_opens(agents, owners, hosts):  # "Bahrain's king inaugurated Israel's embassy"
        return owner_opens(agents, owners, hosts)
    if agents and owners and not set(agents) & set(owners):
        return [(a, o) for a in agents for o in owners]
    sources = agents or owners
    if not sources and len(hosts) == 2 and not _possessed(trigger):
        return list(permutations(hosts, 2))  # "embassies in both countries were shut"
    if len(sources) >= 2 and not hosts:
        return list(permutations(sources, 2))  # "X and Y agreed to reopen embassies"
    sources = _or_context(sources, parse, roles, exclude=hosts, event_type=event_type)
    hosts = _or_counterpart(
        [h for h in hosts if h not in sources], parse, roles, exclude=sources, event_type=event_type
    )
    return [(s, h) for s in sources for h in hosts]


_MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "consulate-general"})
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
    if not speakers or set(speakers) & set(owners) or not set(speakers) <= set(hosts):
        return []
    return [(s, o) for s in speakers for o in owners]


def _possessed(trigger: Trigger) -> bool:
    """'its embassies in Norway and Lithuania' belong to one state the sentence leaves
    implicit, not to each host in turn."""
    return any(c.dep_ == "poss" for a in trigger.arguments for c in a.children)


def _or_context(
    found: list[str],
    parse: SentenceParse,
    roles: Roles,
    exclude: list[str],
    event_type: str,
    organisations: bool = False,
) -> list[str]:
    """The acting side the sentence leaves implicit: a 'by X' phrase, an earlier
    mention of the same event, else the article's most salient actor."""
    if found:
        return found
    roles.from_context += 1
    by_phrase = [
        span.code
        for i, span in parse.actor_at.items()
        if parse.doc[i].head.lower_ == "by" and span.code not in exclude
    ]
    if by_phrase:
        return by_phrase[:1]
    speaker = _speaker(parse, exclude)
    if speaker:
        return [speaker]
    for target in exclude or [None]:
        earlier = parse.context.remembered(event_type, target=target)
        if earlier:
            return [earlier[0][0]]
    salient = parse.context.salient_actor(
        parse.index + 1, exclude=tuple(exclude), organisations=organisations
    )
    return [salient] if salient else []


def _speaker(parse: SentenceParse, exclude: list[str]) -> str | None:
    """'..., the White House said Tuesday': the government that speaks for the act."""
    for token in parse.doc:
        if token.lemma_ in ("say", "announce", "state", "confirm") and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj":
                    states = [c for c in parse.states_of(child) if c not in exclude]
                    if states:
                        return states[0]
    return None


def _or_counterpart(
    found: list[str], parse: SentenceParse, roles: Roles, exclude: list[str], event_type: str
) -> list[str]:
    """The other side the sentence leaves implicit: an earlier mention of the same
    event, else the state named most recently."""
    if found:
        return found
    roles.from_context += 1
    for source in exclude or [None]:
        # an earlier event of one of the sources, whose other side is not itself a source
        # ('the envoys of Peru and Chile' after 'Peru's envoy presented ... to Chile')
        earlier = [
            dyad
            for dyad in parse.context.remembered(event_type, source=source)
            if dyad[1] not in exclude
        ]
        if earlier:
            return [earlier[0][1]]
    other = parse.context.counterpart(parse.index, tuple(exclude))
    return [other] if other else []
