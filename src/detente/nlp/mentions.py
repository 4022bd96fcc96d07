"""Triggers -> event mentions: who acted on whom, per event type.

Roles come from the parse: the *agent* (subject, ``by`` phrase, or the subject
of the clause that governs the trigger), the *owner* of the argument ("France's
ambassador", "the Russian consulate"), and *places* given by prepositions
("from France", "to Israel", "with Russia", "on Belarus", "in Damascus").  Each
event type reads its source and target off those roles (GUIDELINES §Event
types); a role the sentence leaves implicit comes from the article context, at
lower confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import permutations

from spacy.tokens import Span, Token

from detente.model import Mention
from detente.nlp.actors import is_organisation
from detente.nlp.arguments import (
    bound_possessive,
    co_agents,
    governing_subject,
    nominal_by_agent,
    own_envoy_type,
    reciprocal,
    subject_of_noun_tagged_verb,
)
from detente.nlp.dating import date_of
from detente.nlp.envoy_lists import (
    mission_post,
    posts_named,
    roster_senders,
    slate_posts,
    withheld_consent,
)
from detente.nlp.genericity import is_generic
from detente.nlp.lexicon import Lexicon, fold
from detente.nlp.modality import modality_of
from detente.nlp.parser import ensure_entities
from detente.nlp.roles import SentenceParse
from detente.nlp.syntax import AGREEING_VERBS, infinitival_relative, person_name
from detente.nlp.timex import TimeExpression
from detente.nlp.trade_bans import import_origins, is_import_ban
from detente.nlp.triggers import Trigger, mistagged_verb

RELATION_TYPES = frozenset(
    {"DOWNGRADE_RELATIONS", "UPGRADE_RELATIONS", "SEVER_RELATIONS", "RESTORE_RELATIONS"}
)
SANCTION_TYPES = frozenset({"IMPOSE_SANCTIONS", "LIFT_SANCTIONS"})
_PERSONAL_TYPES = frozenset(
    {
        "EXPEL_DIPLOMAT",
        "RECALL_DIPLOMAT",
        "SUMMON_DIPLOMAT",
        "REVOKE_AGREMENT",
        "APPOINT_AMBASSADOR",
        "PRESENT_CREDENTIALS",
    }
)
_RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Types whose envoy is never the acting state's own.
_OTHERS_ENVOY = frozenset({"EXPEL_DIPLOMAT", "SUMMON_DIPLOMAT", "REVOKE_AGREMENT"})
_CONTEXT_PENALTY = 0.2


@dataclass
class Roles:
    agents: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    places: dict[str, list[str]] = field(default_factory=dict)  # preposition -> states
    agent_is_envoy: bool = False
    from_context: int = 0  # roles filled from the article context, not the sentence

    def place(self, *prepositions: str) -> list[str]:
        for preposition in prepositions:
            if self.places.get(preposition):
                return self.places[preposition]
        return []


def mentions_of(
    trigger: Trigger,
    parse: SentenceParse,
    lexicon: Lexicon,
    expressions: dict[str, list[TimeExpression]],
    published: date | None,
    earlier_year: int | None = None,
) -> list[Mention]:
    """The mentions one trigger yields (several for 'X and Y restored ties')."""
    event_type = trigger.rule.type
    converted = _demanded_recall(trigger, parse)
    if converted:
        event_type, roles, modality = "EXPEL_DIPLOMAT", converted, "asserted"
    else:
        modality = modality_of(trigger.token, trigger.rule, lexicon)
        # a row continuing the sentence before ("They include ...") is anchored by it
        generic = trigger.rule.previous_cue is None and is_generic(trigger.token, parse)
        if modality is None or generic:
            return []
        roles = _roles(trigger, parse)
        if trigger.rule.pos == "VERB" and not roles.agent_is_envoy:
            event_type = own_envoy_type(event_type, roles.agents, roles.owners)
    if event_type == "APPOINT_AMBASSADOR" and modality == "negated" and withheld_consent(trigger):
        event_type, modality = "REVOKE_AGREMENT", "asserted"  # "did not approve her nomination"
    if reciprocal(trigger.token) and len(roles.agents) >= 2:
        pairs = list(permutations(roles.agents, 2))  # "from each other's capitals"
    else:
        pairs = _dyads(event_type, trigger, roles, parse)
    if not pairs:
        return []
    event_date, stated = date_of(trigger.token, expressions, published, modality, earlier_year)
    confidence = round(
        max(
            0.3,
            0.9 - _CONTEXT_PENALTY * roles.from_context - (0.1 if modality == "reported" else 0.0),
        ),
        2,
    )
    details = _details(trigger, event_type, stated)
    persons = _persons(trigger, event_type)
    return [
        Mention(
            type=event_type,
            source=source,
            target=target,
            modality=modality,
            date=event_date,
            evidence=parse.sentence.text,
            start=parse.sentence.start,
            end=parse.sentence.end,
            persons=persons,
            confidence=confidence,
            details=details,
        )
        for source, target in pairs
        if source != target
    ]


def _roles(trigger: Trigger, parse: SentenceParse) -> Roles:
    roles = Roles()
    subject = _subject(trigger.token)
    if subject is not None:
        roles.agents = parse.states_of(subject)
        roles.agent_is_envoy = _is_envoy(subject)
        if not roles.agents and subject.lower_ in ("he", "she"):
            # "he gave them to the foreign minister": the envoy the article is about
            owner = parse.context.latest_diplomat_owner(parse.index)
            roles.agents, roles.agent_is_envoy = ([owner], True) if owner else ([], False)
    for other in co_agents(trigger.token, subject, parse.actor_at):
        roles.agents += [c for c in parse.states_of(other) if c not in roles.agents]
    speakers = roles.agents  # whom 'its' means in the phrase
    by_agent = (
        nominal_by_agent(trigger.token, parse.actor_at) if trigger.rule.pos == "NOUN" else None
    )
    if by_agent is not None:  # "the expulsion of its ambassador by Nicaragua"
        roles.agents = parse.states_of(by_agent)
    elif subject is not None and subject.dep_ == "poss" and trigger.rule.type in _OTHERS_ENVOY:
        # "Ecuador condemned Nicaragua's expulsion of its ambassador": 'its' is Ecuador's
        higher = governing_subject(trigger.token)
        speakers = parse.states_of(higher) if higher is not None else speakers
    # "EU expel envoys", read as a modifier: the names before the verb are its subject's
    before_verb = roles.agents if trigger.token.dep_ in ("compound", "amod") else []
    for argument in _owning_arguments(trigger):
        found = parse.states_of(argument, clause_agents=speakers, conjuncts=False)
        roles.owners += [c for c in found if c not in roles.owners and c not in before_verb]
    if not roles.owners:  # "Burhan Koroglu ... was appointed": a diplomat named earlier
        roles.owners = [
            state
            for a in trigger.arguments
            if a.pos_ == "PROPN"
            for state in [parse.context.diplomat_state(person_name(a))]
            if state
        ]
    exclude = tuple(roles.agents + roles.owners)
    for token in (*trigger.arguments, *_of_objects(trigger.arguments), trigger.token):
        _collect_places(token, parse, roles, exclude)
    return roles


def _of_objects(arguments: tuple[Token, ...]) -> list[Token]:
    """'representation of our country in London': the place hangs on the of-object."""
    return [
        pobj
        for argument in arguments
        for prep in argument.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _owning_arguments(trigger: Trigger) -> list[Token]:
    """Arguments whose modifiers name a state: the envoy, not the consent given to him."""
    if trigger.arg_class == "consent":
        # "revoked the consent for the appointment of the US ambassador"
        return [
            t
            for t in trigger.token.subtree
            if fold(t.lemma_)
            in (
                "ambassador",
                "envoy",
                "nominee",
                "candidate",
                "diplomat",
                "d'affaires",
                "representative",
            )
        ]
    if trigger.arg_class in ("credentials", "sanctions"):
        return [a for a in trigger.arguments if a.lower_ not in ("them", "it")]
    nouns = [a for a in trigger.arguments if a.ent_type_ != "PERSON"]
    return nouns or list(trigger.arguments)


def _subject(token: Token) -> Token | None:
    """The phrase that performs the trigger, climbing through governing clauses."""
    if token.dep_ in ("compound", "amod") and mistagged_verb(token):
        named, governor = subject_of_noun_tagged_verb(token)
        if named is not None or governor is None:
            return named
        token = governor  # "expel X and downgrade ties": expel's subject
    current, came_through_xcomp = token, False
    for _ in range(5):
        found = _own_subject(current, raised=came_through_xcomp)
        if found is not None:
            return bound_possessive(found)
        if current.i == token.i and any(c.dep_ == "nsubjpass" for c in current.children):
            return None  # "the envoy was ordered out, the embassy said": no agent given
        if not _climbs_to_head(current):
            return None
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return None  # "sanctions imposed on Belarus": the imposer is not the head noun's
        came_through_xcomp = current.dep_ == "xcomp"
        if came_through_xcomp:
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
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    for child in word.children:
        if child.dep_ in ("nsubj", "csubj") and child.lower_ not in _RELATIVE_PRONOUNS:
            return _antecedent_subject(word, child)
        if child.dep_ == "nsubjpass" and raised:
            return child  # "Chile is expected to reopen": the raised subject
        if child.dep_ == "nsubj" and word.dep_ == "relcl":
            return word.head
        if child.dep_ == "poss" and word.pos_ == "NOUN":
            return child
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i < word.i:
            return child  # headline style: "Jordan to recall envoy"
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


_ENVOY_WORDS = frozenset(
    {"ambassador", "envoy", "commissioner", "charge", "diplomat", "chargé", "representative"}
)


def _is_envoy(token: Token) -> bool:
    return any(_is_envoy_word(t) for t in token.subtree)


def _is_envoy_word(token: Token) -> bool:
    return fold(token.lemma_) in _ENVOY_WORDS


def _collect_places(
    token: Token, parse: SentenceParse, roles: Roles, exclude: tuple[str, ...]
) -> None:
    for child in token.children:
        if child.dep_ != "prep" and not (child.dep_ == "advmod" and child.lower_ == "out"):
            continue
        preposition = child.lower_
        objects = [c for c in child.children if c.dep_ == "pobj"]
        for nested in child.children:  # "out of Belarus"
            if nested.dep_ == "prep":
                preposition = f"{child.lower_} {nested.lower_}"
                objects += [c for c in nested.children if c.dep_ == "pobj"]
        for pobj in objects:
            if preposition in ("for", "at", "to") and _bare_mission(pobj):
                host = parse.context.latest_mission_host(parse.index)
                found = [host] if host else []  # "chargé d'affaires for the reopened mission"
            else:
                found = parse.states_of(pobj, clause_agents=roles.agents, exclude=exclude)
            if found:
                known = roles.places.setdefault(preposition, [])
                known += [c for c in found if c not in known]


def _bare_mission(token: Token) -> bool:
    return token.lemma_.lower() in ("embassy", "mission", "consulate") and not any(
        c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in token.children
    )


def _demanded_recall(trigger: Trigger, parse: SentenceParse) -> Roles | None:
    """'X demanded that Y recall its diplomats' is X expelling Y's diplomats (GUIDELINES)."""
    if trigger.rule.type != "RECALL_DIPLOMAT":
        return None
    for governor in trigger.token.ancestors:
        if fold(governor.lemma_) in ("demand", "ask", "order", "instruct", "tell"):
            demander = _subject(governor)
            recaller = _subject(trigger.token)
            if demander is None or recaller is None:
                return None
            sources = parse.states_of(demander)
            targets = parse.states_of(recaller)
            if sources and targets and set(sources) != set(targets):
                return Roles(agents=sources, owners=targets)
            return None
    return None


def _dyads(
    event_type: str, trigger: Trigger, roles: Roles, parse: SentenceParse
) -> list[tuple[str, str]]:
    if event_type in RELATION_TYPES:
        return _relation_dyads(event_type, roles, parse)
    if event_type in SANCTION_TYPES:
        return _sanction_dyads(event_type, trigger, roles, parse)
    if event_type in ("CLOSE_MISSION", "OPEN_MISSION"):
        return _mission_dyads(event_type, roles, parse)
    sources, targets = _personal_roles(event_type, trigger, roles, parse)
    return [(s, t) for s in sources for t in targets]


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
        if token.pos_ not in ("NOUN", "PROPN") or not _is_envoy_word(token):
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
    targets = roles.place("with", "in", "to", "toward", "towards", "against")
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
    if trigger.arg_class == "state":
        targets = roles.owners
    elif is_import_ban(trigger):
        # "banned imports from Lebanon", "a ban on Georgian imports": no origin, no target
        targets = roles.place("from") or roles.owners or import_origins(trigger, parse)
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


def _mission_dyads(event_type: str, roles: Roles, parse: SentenceParse) -> list[tuple[str, str]]:
    """Owner closes its own mission -> owner is source; host orders it shut -> host is source."""
    hosts = roles.place("in", "at", "to")
    agents, owners = roles.agents, [c for c in roles.owners if c not in hosts]
    if agents and owners and not set(agents) & set(owners):
        return [(a, o) for a in agents for o in owners]
    sources = agents or owners
    if not sources and len(hosts) == 2:
        return list(permutations(hosts, 2))  # "embassies in both countries were shut"
    if len(sources) >= 2 and not hosts:
        return list(permutations(sources, 2))  # "X and Y agreed to reopen embassies"
    sources = _or_context(sources, parse, roles, exclude=hosts, event_type=event_type)
    hosts = _or_counterpart(
        [h for h in hosts if h not in sources], parse, roles, exclude=sources, event_type=event_type
    )
    return [(s, h) for s in sources for h in hosts]


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
        earlier = parse.context.remembered(event_type, source=source)
        if earlier:
            return [earlier[0][1]]
    other = parse.context.counterpart(parse.index, tuple(exclude))
    return [other] if other else []


def _details(trigger: Trigger, event_type: str, date_stated: bool) -> dict[str, object]:
    text = fold(trigger.token.sent.text)
    details: dict[str, object] = {"trigger": trigger.token.text, "date_stated": date_stated}
    if event_type == "RECALL_DIPLOMAT":
        details["for_consultations"] = "consultation" in text
    if event_type == "PRESENT_CREDENTIALS":
        details["copies"] = "cop" in {fold(a.lemma_)[:3] for a in trigger.arguments} or (
            "copies" in text or "copy of" in text
        )
    if event_type == "EXPEL_DIPLOMAT":
        details["entire_staff"] = any(
            w in text for w in ("entire staff", "all diplomats", "all staff", "whole staff")
        )
    if event_type in ("CLOSE_MISSION", "OPEN_MISSION"):
        details["mission"] = "consulate" if "consul" in text and "embass" not in text else "embassy"
    if event_type == "DOWNGRADE_RELATIONS":
        details["own_side"] = any(
            w in text
            for w in (
                "its representation",
                "our country",
                "its embassy",
                "its mission",
                "representation of",
            )
        )
    return details


def _persons(trigger: Trigger, event_type: str) -> tuple[str, ...]:
    if event_type not in _PERSONAL_TYPES:
        return ()
    doc = trigger.token.doc
    scope: set[int] = set()
    for argument in trigger.arguments:
        scope |= {t.i for t in argument.subtree}
        scope |= {t.i for t in argument.head.children if t.dep_ == "appos"}
    subject = _subject(trigger.token)
    if subject is not None and _is_envoy(subject):
        scope |= {t.i for t in subject.subtree}
    if not any(doc[i].pos_ == "PROPN" for i in scope):
        return ()  # no name here: spare the entity recogniser
    ensure_entities(doc)
    names = [
        ent.text
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent.start in scope and doc[ent.start].pos_ == "PROPN"
    ]
    return tuple(dict.fromkeys(names))
