"""The roles of a trigger: who acts, whose envoy or mission it is, and where.

Roles come from the parse: the *agent* (subject, ``by`` phrase, or the subject
of the clause that governs the trigger), the *owner* of the argument ("France's
ambassador", "the Russian consulate"), and *places* given by prepositions
("from France", "to Israel", "with Russia", "on Belarus", "in Damascus").
:mod:`detente.nlp.dyads` reads each event type's source and target off them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from detente.nlp import missions
from detente.nlp.arguments import (
    governing_subject,
    hung_too_high,
    nominal_by_agent,
)
from detente.nlp.co_agents import accompanying_with, co_agents
from detente.nlp.elided_envoys import owners_of_elided
from detente.nlp.envoy_titles import is_envoy
from detente.nlp.lexicon import fold
from detente.nlp.pronoun_antecedents import pronoun_antecedents
from detente.nlp.roles import SentenceParse, owned_relation
from detente.nlp.subjects import subject_of
from detente.nlp.syntax import (
    AGREEING_VERBS,
    person_name,
    preposition_objects,
    to_infinitive,
)
from detente.nlp.triggers import Trigger

_RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Types whose envoy is never the acting state's own.
_OTHERS_ENVOY = frozenset({"EXPEL_DIPLOMAT", "SUMMON_DIPLOMAT", "REVOKE_AGREMENT"})
_MISSION_CLASSES = frozenset({"mission", "liaison_office"})


@dataclass
class Roles:
    agents: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    places: dict[str, list[str]] = field(default_factory=dict)  # preposition -> states
    agent_is_envoy: bool = False
    from_context: int = 0  # roles filled from the article context, not the sentence
    unnamed_agents: bool = False  # "EU member states", "several countries": no code

    def place(self, *prepositions: str) -> list[str]:
        for preposition in prepositions:
            if self.places.get(preposition):
                return self.places[preposition]
        return []


def roles_of(trigger: Trigger, parse: SentenceParse) -> Roles:
    roles = Roles()
    subject = subject_of(trigger.token)
    if subject is not None:
        roles.agents = parse.states_of(subject)
        roles.agent_is_envoy = is_envoy(subject) or _expelled_subject(trigger, subject)
        roles.unnamed_agents = not roles.agents and _unnamed_states(subject)
        if not roles.agents and subject.lower_ in ("he", "she"):
            # "he gave them to the foreign minister": the envoy the article is about
            owner = parse.context.latest_diplomat_owner(parse.index)
            roles.agents, roles.agent_is_envoy = ([owner], True) if owner else ([], False)
    if (
        subject is not None
        and subject in trigger.arguments
        and trigger.arg_class in _MISSION_CLASSES
    ):
        reporters = missions.reporter_of_own_mission(subject, trigger.token, parse)
        roles.agents = roles.agents if reporters is None else reporters
    for other in co_agents(trigger.token, subject, parse.actor_at):
        roles.agents += [c for c in parse.states_of(other) if c not in roles.agents]
    speakers = roles.agents  # whom 'its' means in the phrase
    by_agent = (
        nominal_by_agent(trigger.token, parse.actor_at)
        if trigger.rule.pos == "NOUN"
        else _deciding_by(trigger.token, parse)
    )
    if by_agent is not None:  # "the expulsion of its ambassador by Nicaragua"
        roles.agents = parse.states_of(by_agent)
        if trigger.rule.pos == "VERB":  # "the move by Rabat to reopen its embassy"
            speakers = roles.agents
    elif subject is not None and subject.dep_ == "poss" and trigger.rule.type in _OTHERS_ENVOY:
        # "Ecuador condemned Nicaragua's expulsion of its ambassador": 'its' is Ecuador's
        higher = governing_subject(trigger.token)
        speakers = parse.states_of(higher) if higher is not None else speakers
    # "EU expel envoys", read as a modifier: the names before the verb are its subject's
    before_verb = roles.agents if trigger.token.dep_ in ("compound", "amod") else []
    for argument in _owning_arguments(trigger):
        found = parse.states_of(argument, clause_agents=speakers, conjuncts=False)
        roles.owners += [c for c in found if c not in roles.owners and c not in before_verb]
    for code in _modifiers_of_elided_head(trigger, parse):  # "Georgian and Moldovan wine"
        roles.owners += [code] if code not in roles.owners + before_verb else []
    if not roles.owners:  # "and Bulgaria expelled 70": the envoys counted before
        roles.owners = owners_of_elided(trigger.arguments, parse)
    if not roles.owners:  # "Burhan Koroglu ... was appointed": a diplomat named earlier
        roles.owners = [
            state
            for a in trigger.arguments
            if a.pos_ == "PROPN"
            for state in [parse.context.diplomat_state(person_name(a))]
            if state
        ]
    if trigger.arg_class == "state" and trigger.rule.type == "RESTORE_RELATIONS":
        # "a nation that recognised Taiwan": the state recognised is the other side
        roles.places["with"] = roles.places.get("with") or roles.owners
    exclude = tuple(roles.agents + roles.owners)
    quantities = _quantity_heads(trigger) if trigger.arg_class == "credentials" else []
    antecedents = pronoun_antecedents(trigger)  # "after closing it": the embassy in X
    arguments = (*trigger.arguments, *antecedents, *_of_objects(trigger.arguments))
    for token in (*arguments, *quantities, trigger.token):
        _collect_places(token, parse, roles, exclude)
    parties = [] if roles.places.get("between") else _agreement_between(trigger.token, parse)
    if len(parties) >= 2:  # the parties act, not the states that announce the agreement
        roles.places["between"], roles.unnamed_agents = parties, False
    return roles


def _agreement_between(verb: Token, parse: SentenceParse) -> list[str]:
    """'an agreement has been reached between A and B to resume relations': the parties
    an agreement is between act in the infinitive it governs, whoever announces it."""
    if verb.dep_ not in ("advcl", "acl", "xcomp") or not to_infinitive(verb):
        return []
    agreement = verb.head
    if agreement.lemma_.lower() not in AGREEING_VERBS | {"agreement", "deal", "accord"}:
        return []
    holders = [agreement, *(c for c in agreement.children if c.dep_ == "nsubjpass")]
    return [
        code
        for holder in holders
        for pobj in preposition_objects(holder, "between")
        for code in parse.states_of(pobj)
    ]


def _expelled_subject(trigger: Trigger, subject: Token) -> bool:
    """'Iranian diplomatic staff must leave Britain': the subject is the envoy sent out,
    never the state that acts."""
    return trigger.rule.type == "EXPEL_DIPLOMAT" and subject in trigger.arguments


_STATE_GROUPS = frozenset({"countries", "states", "nations", "allies", "members"})


def _unnamed_states(subject: Token) -> bool:
    """'All EU member states will summon ...', 'several countries closed ...': a plural of
    states the text does not name acts; no state of the article's context stands in
    for it (GUIDELINES: 'EU countries' are not annotated)."""
    # "All EU Member States": capitalised, tagged a proper noun
    group = subject.tag_ in ("NNS", "NNPS", "NNP") and subject.lower_ in _STATE_GROUPS
    return group or owned_relation(subject)  # "Hungary's partners", "its neighbours"


# Nouns whose of-object decides the act of their infinitive: 'the decision of the
# government of Guatemala to establish relations'.
_DECIDING_NOUNS = frozenset({"decision", "move", "plan", "intention", "choice", "bid", "resolve"})


def _deciding_by(verb: Token, parse: SentenceParse) -> Token | None:
    """'the decision by Nicaragua to break off relations', 'a move by Rabat to reopen its
    embassy', 'the decision of the government of Guatemala to establish relations': the
    state in the 'by' phrase (or the 'of' phrase of a noun of deciding) of the noun the
    infinitive completes acts, not the subject of the sentence around it."""
    if verb.dep_ not in ("acl", "xcomp", "relcl") or verb.head.pos_ != "NOUN":
        return None
    if not to_infinitive(verb):
        return None
    agentive = ("by", "of") if verb.head.lemma_.lower() in _DECIDING_NOUNS else ("by",)
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in agentive:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and parse.states_of(pobj):
                    return pobj
    return None


def _quantity_heads(trigger: Trigger) -> list[Token]:
    """'received copies of credentials from the ambassador of Brazil': the place hangs
    on the word the argument is a quantity of."""
    heads: list[Token] = []
    for argument in trigger.arguments:
        chain, word = [], argument  # "a copy of the letters of credence": up the 'of's
        while word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ != "ROOT":
            word = word.head.head
            chain.append(word)
            if word.head.i == trigger.token.i:
                heads += chain
                break
    return heads


def _of_objects(arguments: tuple[Token, ...]) -> list[Token]:
    """'representation of our country in London': the place hangs on the of-object."""
    return [pobj for argument in arguments for pobj in preposition_objects(argument, "of")]


def _modifiers_of_elided_head(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """'banned Georgian and Moldovan wine', parsed as 'Georgian' and 'Moldovan wine': a
    bare state word that an argument is conjoined to modifies that argument's noun too."""
    return [
        code
        for argument in trigger.arguments
        if argument.dep_ == "conj" and argument.head not in trigger.arguments
        for bare in [argument.head]
        if bare.i in parse.actor_at
        and bare.pos_ in ("PROPN", "ADJ")
        and all(child.dep_ in ("cc", "conj", "punct") for child in bare.children)
        for code in parse.states_of(bare, conjuncts=False)
    ]


def _owning_arguments(trigger: Trigger) -> list[Token]:
    """Arguments whose modifiers name a state: the envoy, not the consent given to him."""
    if trigger.arg_class in ("consent", "agrement"):
        # "revoked the consent for the appointment of the US ambassador"; "withdrew its
        # consent for the functioning of the Polish consulate" (consent_for_mission)
        return [
            t
            for t in trigger.token.subtree
            if fold(t.lemma_)
            in (
                "ambassador",
                "envoy",
                "nominee",
                "candidate",
                "designate",
                "ambassador-designate",
                "diplomat",
                "d'affaires",
                "representative",
            )
        ] or consent_for_mission(trigger)
    if trigger.arg_class in ("credentials", "sanctions"):
        return [a for a in trigger.arguments if a.lower_ not in ("them", "it")]
    nouns = [a for a in trigger.arguments if a.ent_type_ != "PERSON"]
    return nouns or list(trigger.arguments)


_MISSION_NOUNS = frozenset({"embassy", "consulate", "consulate-general", "mission", "legation"})


def consent_for_mission(trigger: Trigger) -> list[Token]:
    """The missions a consent concerns when it names no envoy: 'withdrew its consent for
    the functioning of the Polish consulate in Kaliningrad' shuts the consulate."""
    if trigger.arg_class != "consent":
        return []
    return [  # "the Consulate General of Poland": the whole name, not its first word
        t.head if t.dep_ == "compound" else t
        for t in trigger.token.subtree
        if fold(t.lemma_) in _MISSION_NOUNS
    ]


def _collect_places(
    token: Token, parse: SentenceParse, roles: Roles, exclude: tuple[str, ...]
) -> None:
    for child in token.children:
        # "appointing new ambassadors to Japan": 'to' a state, parsed as a dative (not
        # the recipient: 'grant agrément to the Swedish nominee')
        dative = child.dep_ == "dative" and any(c.i in parse.actor_at for c in child.children)
        if (
            child.dep_ != "prep"
            and not dative
            and not (child.dep_ == "advmod" and child.lower_ == "out")
        ) or accompanying_with(child):
            continue
        if hung_too_high(child):
            continue
        preposition = child.lower_
        objects = [c for c in child.children if c.dep_ == "pobj"]
        for nested in child.children:  # "out of Belarus"
            if nested.dep_ == "prep":
                # "40 envoys, including A to France": the example's own preposition
                example = child.lower_ in _EXAMPLES
                preposition = nested.lower_ if example else f"{child.lower_} {nested.lower_}"
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


# Prepositions that pick examples out of a plural: their members' own phrases count.
_EXAMPLES = frozenset({"including", "among", "like"})


def _bare_mission(token: Token) -> bool:
    return token.lemma_.lower() in ("embassy", "mission", "consulate") and not any(
        c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in token.children
    )
