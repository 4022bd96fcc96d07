"""Roles -> dyads: each event type's source and target states (GUIDELINES §Event types).

A role the sentence leaves implicit comes from the article context (a ``by``
phrase, the speaker, an earlier mention of the same event, the most salient
actor); each such fill is counted on :class:`Roles` and lowers the confidence.
"""

from __future__ import annotations

from itertools import permutations

from spacy.tokens import Span, Token

from detente.nlp.actors import is_organisation
from detente.nlp.agentless import agentless_background, agentless_passive, both_sides
from detente.nlp.appointments import (
    appointee_sender,
    appointment_hosts,
    compound_posts,
    consenting_host,
    hung_on_governor,
    the_other_party,
)
from detente.nlp.arguments import pairs_or_each_other, repeated_act_partner
from detente.nlp.departures import expelled_from_unnamed
from detente.nlp.envoy_lists import (
    earlier_roster,
    mission_post,
    named_presenters,
    posts_named,
    received_presentation,
    roster_senders,
    slate_posts,
)
from detente.nlp.envoy_titles import is_envoy_word
from detente.nlp.implicit_sides import or_context, or_counterpart
from detente.nlp.lexicon import fold
from detente.nlp.mission_dyads import mission_dyads
from detente.nlp.posted_envoys import envoys_posted
from detente.nlp.roles import SentenceParse
from detente.nlp.sanction_nouns import (
    aimed_elsewhere,
    named_sanction_dyads,
    reacting_side,
)
from detente.nlp.sanction_reasons import (
    answered_imposers,
    bystanders,
    reason_actors,
    reasons,
)
from detente.nlp.subjects import subject_of
from detente.nlp.syntax import person_name
from detente.nlp.told_acts import act_told_before
from detente.nlp.told_posts import post_told_next, pronoun_post
from detente.nlp.trade_bans import sanction_targets
from detente.nlp.trigger_roles import Roles
from detente.nlp.triggers import Trigger

RELATION_TYPES = frozenset(
    {"DOWNGRADE_RELATIONS", "UPGRADE_RELATIONS", "SEVER_RELATIONS", "RESTORE_RELATIONS"}
)
SANCTION_TYPES = frozenset({"IMPOSE_SANCTIONS", "LIFT_SANCTIONS"})


def dyads_of(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> list[tuple[str, str]]:
    if _unnamed_states_act(trigger, parse):
        return []
    told_before = act_told_before(trigger, event_type, roles.agents, parse)
    if told_before:  # "the restoration of ties was welcomed by the US"
        return told_before
    if event_type in RELATION_TYPES:
        told = parse.context.relations_told(RELATION_TYPES)
        if told and agentless_passive(trigger) and not (roles.agents or roles.places):
            return [told, told[::-1]]  # "X cut ties with Y. Relations were restored in 2018"
        dyads = _relation_dyads(event_type, trigger, roles, parse)
        if agentless_background(trigger):
            return both_sides(dyads, trigger)
        return dyads
    if event_type in SANCTION_TYPES:
        return _sanction_dyads(event_type, trigger, roles, parse)
    if event_type in ("CLOSE_MISSION", "OPEN_MISSION"):
        return mission_dyads(event_type, trigger, roles, parse)
    sources, targets = _personal_roles(event_type, trigger, roles, parse)
    return pairs_or_each_other(event_type, sources, targets, parse)


_STATES_UNNAMED = frozenset({"countries", "states", "nations", "governments", "capitals"})
_QUANTIFIERS = frozenset({"several", "many", "some", "most", "other", "few", "various", "numerous"})


def _unnamed_states_act(trigger: Trigger, parse: SentenceParse) -> bool:
    """'Several Muslim-majority countries summoned Swedish diplomats': states the text
    does not name act, and none of them is annotated (GUIDELINES: 'most Arab states'
    are no actor); the context must not lend the act to a state named nearby."""
    subject = subject_of(trigger.token)
    if subject is None or subject.lower_ not in _STATES_UNNAMED:
        return False
    if any(t.i in parse.actor_at for t in subject.subtree):
        return False  # "Gulf states such as Bahrain", "the countries of the EU"
    return any(c.lower_ in _QUANTIFIERS for c in subject.children)


def _unnamed_envoys_act(trigger: Trigger, parse: SentenceParse) -> bool:
    """'the ambassadors handed copies of their credentials': envoys the sentence does
    not place act."""
    subject = subject_of(trigger.token)
    return (
        subject is not None
        and subject.lower_ in ("ambassadors", "envoys")
        and not any(t.i in parse.actor_at for t in subject.subtree)
    )


def _personal_roles(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> tuple[list[str], list[str]]:
    """Events about one envoy: who acts, and the envoy's or host's state."""
    agents = [] if roles.agent_is_envoy else roles.agents
    if event_type == "EXPEL_DIPLOMAT":
        if agents and set(agents) <= set(roles.owners):
            # "prompting the expulsion of an Estonian envoy from Moscow", "Moscow
            # protested against the expulsion of a Russian diplomat": nobody expels its
            # own envoys, so the clause's subject is not the expeller
            agents = []
        posted_owners, posted_hosts = envoys_posted(trigger.arguments, parse)
        if not agents:  # "two diplomats at the Russian embassy in Sofia were expelled"
            agents = posted_hosts
        sources = agents or roles.place("from", "out of", "out", "in")
        if not sources and expelled_from_unnamed(trigger.token):
            return [], []  # "from two dozen countries": said, but by no one state
        # "Kenya expelled diplomats from Somalia": with the expeller named, 'from' is origin
        origin = [c for c in roles.place("from") if c not in sources] if agents else []
        targets = roles.owners or origin or posted_owners
        targets = targets or _diplomat_from_context(parse, sources)
    elif event_type == "SUMMON_DIPLOMAT":
        sources = agents or roles.place("to", "at", "by", "in")  # "its envoy in Tehran"
        targets = [c for c in roles.owners if c not in sources] or _diplomat_from_context(
            parse, sources
        )
    elif event_type == "RECALL_DIPLOMAT":
        if _recalls_anothers_envoy(trigger, roles, agents, parse):
            # "Kenya criticised the recall of the Somali ambassador": a state recalls only
            # its own envoys, so the clause's subject is not the recaller
            agents = []
        sources = agents or roles.owners or _recalled_home(trigger.token, parse)
        # Headline style "Jordan to recall Israel envoy": the envoy's post, not his state.
        targets = [c for c in roles.place("from", "to", "in", "at") if c not in sources] or [
            c for c in roles.owners if c not in sources
        ]
        targets = targets or _post_told(parse, sources)
    elif event_type == "REVOKE_AGREMENT":
        # The host refuses; "its ambassador to Belgium" names the host even when the
        # sentence's subject is the sending state reacting to the refusal.
        # "revoked its consent to the appointment of the Estonian ambassador": a 'to'
        # naming the envoy's own state is the consent's object, not his post
        owners = roles.owners
        posts = ([c for c in roles.places.get(p, []) if c not in owners] for p in ("to", "in"))
        sources = next((found for found in posts if found), []) or agents
        if any(is_organisation(c) for c in roles.owners):
            return [], []  # agrément is for states' envoys: 'blocked the appointment of a UN envoy'
        targets = [c for c in roles.owners if c not in sources] or _nominators(parse, sources)
    elif event_type == "APPOINT_AMBASSADOR" and consenting_host(
        trigger.token, trigger.arg_class, agents, roles.owners, roles.place("to", "in")
    ):
        # "Senegal was granted agrément by France for its nominee": the host consents to
        # another state's envoy, never to its own, whatever 'its' seemed to say
        sources = the_other_party(trigger.arguments, parse, agents)
        targets = agents
    elif event_type == "APPOINT_AMBASSADOR" and _envoy_got_from(trigger, roles.places):
        # "Malta gets a new envoy from Japan": the subject is the host, 'from' the sender
        sources = _envoy_got_from(trigger, roles.places)
        targets = [c for c in agents if c not in sources]
    elif event_type == "APPOINT_AMBASSADOR":
        sources = agents or roles.owners
        posted = compound_posts(trigger.arguments, parse)
        if roles.owners and agents and not set(roles.owners) & set(agents):
            # "Biden's pick": the envoy's state sends; "names Cuba envoy": his post
            sources = agents if set(roles.owners) <= set(posted) else roles.owners
        nominee_state = appointee_sender(trigger.token, parse)
        if nominee_state is not None:  # "rejected the ambassador-designate"
            sources = nominee_state
        targets = appointment_hosts(trigger.token, trigger.arguments, roles.places, parse, sources)
        targets += [c for c in posted if c not in sources + targets]
        owners, hosts = mission_post(trigger.token, parse)
        if hosts:  # "appointed to Turkey's embassy in Gabon"
            sources, targets = owners or [c for c in sources if c not in hosts], hosts
        # "named A as ambassador to Kenya and B as ambassador to Peru"
        targets += [c for c in posts_named(trigger.token, parse) if c not in sources + targets]
        for post in hung_on_governor(trigger.token):  # "signed the nominations ... to Peru"
            targets += [c for c in parse.states_of(post) if c not in sources + targets]
        targets += [c for c in slate_posts(parse.context, parse.index, sources) if c not in targets]
    else:  # PRESENT_CREDENTIALS
        if trigger.rule.host_is_agent or received_presentation(trigger.token):
            targets = [c for c in agents if c not in roles.owners] or roles.place("to", "in")
            # the host, the subject, presents nothing: 'his credentials' are the envoy's
            # "received the credentials of Ana Ruiz as Ambassador of Peru": the title
            # they are presented under names the envoy's state
            given = roles.place("from") or roles.owners or roles.place("as")
            given = given or named_presenters(trigger.token, parse)
            sources = [c for c in given if c not in agents[:1]]
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
            if _unnamed_envoys_act(trigger, parse):  # "the ambassadors" of a roster told before
                sources = earlier_roster(parse.context, parse.index, exclude=targets) or sources
    sources = or_context(sources, parse, roles, exclude=targets, event_type=event_type)
    if event_type == "APPOINT_AMBASSADOR" and not targets:
        # an appointment is tied to a receiving state in its own sentence, or is one the
        # article told before ('assigning him to the role'), or is tied to none
        told = _told_before(parse, sources)
        post = None if told else pronoun_post(trigger.token, trigger.arguments, parse, sources)
        if post:  # "Riyadh appointed him": the post of the envoy just named
            return post
        told = told or the_other_party(trigger.arguments, parse, sources)
        appointees = [
            person_name(o)
            for o in trigger.token.children
            if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "PROPN"
        ]
        following = post_told_next(parse.context, parse.index, sources, appointees)
        return sources, told or following
    targets = or_counterpart(targets, parse, roles, exclude=sources, event_type=event_type)
    filed_in = parse.context.filed_in  # "HANOI - The Ambassador of Korea presented ...":
    presented_there = event_type == "PRESENT_CREDENTIALS" and filed_in not in (None, *sources)
    return sources, targets or ([filed_in] if presented_there else [])


def _recalls_anothers_envoy(
    trigger: Trigger, roles: Roles, agents: list[str], parse: SentenceParse
) -> bool:
    """A nominal recall whose envoy belongs to a state other than the clause's subject;
    not a headline's "recall of Israel envoy", whose compound names the post."""
    if trigger.token.pos_ != "NOUN" or not roles.owners or set(agents) & set(roles.owners):
        return False
    return not any(
        child.dep_ == "compound" and child.i in parse.actor_at
        for argument in trigger.arguments
        for child in argument.children
    )


_ENVOY_TYPES = frozenset({"APPOINT_AMBASSADOR", "PRESENT_CREDENTIALS", "RECALL_DIPLOMAT"})


def _post_told(parse: SentenceParse, sources: list[str]) -> list[str]:
    """'named X its new ambassador to Spain, twenty months after Algiers recalled its
    previous envoy over Madrid's support for Morocco's plan': a recall naming no post is
    from the post the article last gave the same state's envoy, not from the state
    named last."""
    return next(
        ([target] for kind, source, target in reversed(parse.context.extracted)
         if kind in _ENVOY_TYPES and source in sources and target not in sources),
        [],
    )  # fmt: skip


def _recalled_home(trigger: Token, parse: SentenceParse) -> list[str]:
    """'he was recalled to Paris', 'recalled him to Ankara': with nobody else named as
    the recalling side, a to-phrase on the verb itself (not on 'its ambassador to
    Spain') is where the envoy is called home to."""
    if trigger.pos_ != "VERB":
        return []
    return parse.states_after(trigger, ("to", "back"))


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


def _told_before(parse: SentenceParse, sources: list[str]) -> list[str]:
    """The receiving state of the sender's appointment mentioned last."""
    for source in sources:
        for _, target in parse.context.remembered("APPOINT_AMBASSADOR", source=source):
            if target not in sources:
                return [target]
    return []


def _nominators(parse: SentenceParse, hosts: list[str]) -> list[str]:
    """'... but Dhaka did not approve her nomination': whose nominee a host refuses,
    when the sentence does not say, is the state the article has seen appoint
    someone to that host."""
    for host in hosts:
        for sender, _ in parse.context.remembered("APPOINT_AMBASSADOR", target=host):
            if sender not in hosts:
                return [sender]
    return []


def _diplomat_from_context(parse: SentenceParse, sources: list[str]) -> list[str]:
    owner = parse.context.latest_diplomat_owner(parse.index)
    return [owner] if owner and owner not in sources else []


def _relation_dyads(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> list[tuple[str, str]]:
    among = roles.place("among")
    if len(among) >= 2:
        return list(permutations(among, 2))
    between = roles.place("between")
    acting = [c for c in roles.agents if c in between]
    if len(between) >= 2 and 0 < len(acting) < len(between):
        # "relations between Lithuania and China, since Beijing downgraded them": the
        # clause names who acted, and only that side did
        return [(a, c) for a in acting for c in between if c not in acting]
    if len(between) >= 2:
        # 'between' is two-sided: "ties between Israel and Bolivia, Belize and Colombia"
        # are Israel's with each of the others
        hub, others = between[0], between[1:]
        return [(hub, c) for c in others] + [(c, hub) for c in others]
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
    if agents and not targets:  # "Bahrain and Sudan severed relations too"
        targets = repeated_act_partner(event_type, agents, parse)
    if len(agents) >= 2 and not targets:
        return list(permutations(agents, 2))
    agents = or_context(agents, parse, roles, exclude=targets, event_type=event_type)
    if not targets and len(agents) == 1:  # bare 'ties': those of the agent told last
        partner = parse.context.relations_partner(RELATION_TYPES, agents[0])
        partner = partner or _state_acted_against(parse, agents[0])
        targets = [partner] if partner else []
    # a partner left unsaid is never a state that acts in a clause after it ('Panama cut
    # ties in 2017, followed by the Dominican Republic')
    unsaid = [*agents, *_later_actors(trigger, parse)]
    targets = or_counterpart(targets, parse, roles, exclude=unsaid, event_type=event_type)
    return [(a, t) for a in agents for t in targets]


def _state_acted_against(parse: SentenceParse, agent: str) -> str | None:
    """'Riyadh cut ties with Tehran. Bahrain and Sudan followed. The UAE downgraded its
    ties': bare ties told after other states' acts against one state are with that
    state, not with the state named last (who may have only followed)."""
    told = [(s, t) for kind, s, t in parse.context.extracted if kind in RELATION_TYPES]
    if not told or agent in told[-1]:
        return None
    return told[-1][1]


# Verbs after an act whose subjects or 'by' agents do the same act ('followed by Chad',
# 'as did Chad', 'Chad followed suit'): they are no partner of it.
_REPEATING_VERBS = frozenset({"follow", "do", "join"})


def _later_actors(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """States after the trigger that repeat its act in a clause of their own."""
    return [
        code
        for token in parse.doc[trigger.token.i + 1 :]
        if token.i in parse.actor_at
        and (token.dep_ == "nsubj" or token.head.dep_ == "agent")
        and _clause_verb(token).lemma_.lower() in _REPEATING_VERBS
        for state in (token, *token.conjuncts)
        for code in parse.states_of(state)
    ]


def _clause_verb(token: Token) -> Token:
    return token.head.head if token.head.dep_ == "agent" else token.head


def _sanction_dyads(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> list[tuple[str, str]]:
    if trigger.rule.self_argument:  # "U.S. sanctions on Iran": both sides named, or none
        return named_sanction_dyads(trigger.token, parse)
    targets = sanction_targets(trigger, roles, parse)
    if targets is None:
        return []
    # "Venezuela was hit with sanctions by the US and the EU": the 'by' on the noun
    agents = roles.agents or (roles.place("by") if trigger.arg_class == "sanctions" else [])
    if reacting_side(trigger, roles, parse):
        # "Iran condemned the reimposition of U.S. sanctions": whose the sanctions are
        # acts; the subject of the clause that governs the noun reacts to them
        agents, targets = roles.owners, targets or agents
    imposers = [c for c in roles.owners if parse.context.remembered(event_type, source=c)]
    if not targets and not agents and (aimed_elsewhere(trigger.arguments) or imposers):
        # "the lifting of US sanctions on the domestic potash industry": sanctions aimed
        # at a phrase naming no state, or 'US' already the lifting side in the article:
        # 'US' is whose the sanctions are, not their target ('Russia sanctions' is)
        agents = imposers or roles.owners
    elif not targets and not agents and _possessors(trigger, parse):
        # "the tightening of the EU's sanctions policy": whose the sanctions are imposes them
        agents = _possessors(trigger, parse)
    elif not targets:
        targets = [c for c in roles.owners if c not in agents]
    elif not agents:
        agents = [c for c in roles.owners if c not in targets]
    if not agents and not parse.actor_at and not _sanctioned_before(parse, []):
        # "sanctions imposed due to its nuclear programme", in a sentence naming no state
        # and an article that told no sanctions before: whose they are is a guess
        return []
    agents = or_context(
        agents, parse, roles, exclude=targets, event_type=event_type, organisations=True
    )
    if not targets:
        targets = (
            reason_actors(trigger, parse, agents)
            or answered_imposers(parse, agents)
            or _sanctioned_before(parse, agents)
        )
    if not targets:
        actors = [c for t in bystanders(trigger) for c in parse.states_of(t)]
        actors += [
            parse.actor_at[w.i].code
            for t in reasons(trigger)
            for w in t.subtree
            if w.i in parse.actor_at
        ]
        targets = or_counterpart([], parse, roles, exclude=agents + actors, event_type=event_type)
    return [(a, t) for a in agents for t in targets]


def _possessors(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """The states named as the possessor of the sanctions a trigger takes ('the EU's',
    "Japan's sanctions regime")."""
    if trigger.arg_class != "sanctions":
        return []
    return [
        code
        for argument in trigger.arguments
        for phrase in (argument, argument.head)
        if phrase is argument or argument.dep_ == "compound"
        for child in phrase.children
        if child.dep_ == "poss" and child.i in parse.actor_at
        for code in parse.states_of(child)
    ]


def _sanctioned_before(parse: SentenceParse, exclude: list[str]) -> list[str]:
    """The state the article's sanctions so far were aimed at, newest first: 'the
    measures', 'the sanctions announced last week' leave it implicit."""
    for kind, _, target in reversed(parse.context.extracted):
        if kind in SANCTION_TYPES and target not in exclude:
            return [target]
    return []


def _envoy_got_from(trigger: Trigger, places: dict[str, list[str]]) -> list[str]:
    """The states a host 'gets' its new envoy from ('gets its first envoy from Vietnam');
    not those it gets agrément from, which are hosts themselves."""
    gets_envoy = fold(trigger.token.lemma_) == "get" and "diplomat" in trigger.rule.args
    return places.get("from", []) if gets_envoy else []
