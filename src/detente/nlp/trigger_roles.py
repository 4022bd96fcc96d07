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
    bound_possessive,
    governing_subject,
    hung_too_high,
    nominal_by_agent,
    subject_of_noun_tagged_verb,
)
from detente.nlp.co_agents import accompanying_with, co_agents
from detente.nlp.elided_envoys import owners_of_elided
from detente.nlp.headline_orders import headline_order, headline_order_subject
from detente.nlp.instruments import instrument_maker
from detente.nlp.lexicon import fold
from detente.nlp.pronoun_antecedents import pronoun_antecedents
from detente.nlp.roles import SentenceParse, owned_relation
from detente.nlp.syntax import (
    AGREEING_VERBS,
    finite_after_infinitive,
    infinitival_relative,
    participle_after_complement,
    passive_adjunct_undergoer,
    passive_infinitive_object,
    person_name,
    preposition_objects,
    stray_subject,
    to_infinitive,
)
from detente.nlp.triggers import Trigger, mistagged_verb

_RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Types whose envoy is never the acting state's own.
_OTHERS_ENVOY = frozenset({"EXPEL_DIPLOMAT", "SUMMON_DIPLOMAT", "REVOKE_AGREMENT"})
_MISSIONS = frozenset({"mission", "liaison_office"})


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
    if subject is not None and subject in trigger.arguments and trigger.arg_class in _MISSIONS:
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


_MISSIONS = frozenset({"embassy", "consulate", "consulate-general", "mission", "legation"})


def consent_for_mission(trigger: Trigger) -> list[Token]:
    """The missions a consent concerns when it names no envoy: 'withdrew its consent for
    the functioning of the Polish consulate in Kaliningrad' shuts the consulate."""
    if trigger.arg_class != "consent":
        return []
    return [  # "the Consulate General of Poland": the whole name, not its first word
        t.head if t.dep_ == "compound" else t
        for t in trigger.token.subtree
        if fold(t.lemma_) in _MISSIONS
    ]


def subject_of(token: Token) -> Token | None:
    """The phrase that performs the trigger, climbing through governing clauses."""
    if headline_order(token):  # "Mali orders French ambassador to leave"
        return headline_order_subject(token)
    if (token.dep_ in ("compound", "amod") or token.pos_ == "NOUN") and mistagged_verb(token):
        named, governor = subject_of_noun_tagged_verb(token)
        if named is not None or governor is None:
            return named
        token = governor  # "expel X and downgrade ties": expel's subject
    stray = stray_subject(token)
    if stray is not None:  # "... and Russia in turn expelled Latvia's envoy"
        return stray
    current, came_through_xcomp = token, False
    for _ in range(5):
        found = _own_subject(current, raised=came_through_xcomp)
        if found is not None:
            return bound_possessive(found)
        if current.i != token.i and (stray := stray_subject(current)) is not None:
            return stray  # "... and Tallinn reacted by expelling": reacted's stray subject
        if current.i == token.i and (maker := instrument_maker(current)) is not None:
            return maker  # "the decision ... by which the ambassador was declared"
        if current.i == token.i and (
            any(c.dep_ == "nsubjpass" for c in current.children)
            or passive_adjunct_undergoer(current) is not None
        ):
            return None  # "the envoy was ordered out, the embassy said": no agent given
        if finite_after_infinitive(current) or participle_after_complement(current):
            current = current.head.head  # "asked X to leave and recalled its envoy": asked's
            continue
        if not _climbs_to_head(current):
            return None
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return None  # "sanctions imposed on Belarus": the imposer is not the head noun's
        came_through_xcomp = current.dep_ == "xcomp"
        if came_through_xcomp and passive_infinitive_object(current) is None:
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
        if child.dep_ == "agent" and not hung_too_high(child):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    for child in word.children:
        if child.dep_ in ("nsubj", "csubj") and child.lower_ not in _RELATIVE_PRONOUNS:
            return _antecedent_subject(word, child)
        if child.dep_ == "nsubjpass" and raised:
            return child  # "Chile is expected to reopen": the raised subject
        if child.dep_ == "nsubj" and word.dep_ == "relcl":
            return _antecedent_of_which(child) or _described_name(word.head)
        if child.dep_ == "poss" and word.pos_ == "NOUN":
            return child
        if (
            child.dep_ in ("npadvmod", "advmod")
            and child.pos_ == "PROPN"
            and child.i < word.i
            and not any(c.dep_ == "nsubj" for c in word.children)
        ):
            # headline style: "Jordan to recall envoy"; "Nauru cut its ties", parsed
            # with the name as an adverb; not the date opening a timeline entry ("Nov.
            # 2023 - Colombia reopens its consulate")
            return child
    return None


def _described_name(noun: Token) -> Token:
    """The one of an apposition that says whose it is: in 'Grenada, a Caribbean nation
    that recognised Taiwan', what recognised Taiwan is Grenada, not 'a nation' (no state
    of its own); in "Iran's new ambassador, Ali Rezaei, who handed him a copy of his
    credentials", who handed it is Iran's ambassador, not the bare name."""
    if noun.dep_ != "appos":
        return noun
    if noun.head.pos_ == "PROPN" or (noun.pos_ == "PROPN" and noun.head.pos_ == "NOUN"):
        return noun.head
    return noun


# Nouns whose of-object decides the act of their infinitive: 'the decision of the
# government of Guatemala to establish relations'.
_DECIDING_NOUNS = frozenset({"decision", "move", "plan", "intention", "choice", "bid", "resolve"})


def _antecedent_of_which(pronoun: Token) -> Token | None:
    """'recalled its ambassador from South Africa, which then voted to close ...':
    'which' names no person, so when the parser hangs its clause on an envoy the
    thing it refers to is the noun just before it."""
    if pronoun.lower_ != "which" or not is_envoy_word(pronoun.head.head):
        return None
    before = pronoun.i - 1
    while before >= 0 and pronoun.doc[before].is_punct:
        before -= 1
    word = pronoun.doc[before] if before >= 0 else None
    if word is None or word.pos_ not in ("NOUN", "PROPN") or is_envoy_word(word):
        return None
    return word


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
            "acomp",  # "Iran and Egypt are close to an agreement to restore ties"
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
        for child in governor.lefts:
            if child.dep_ == "npadvmod" and child.pos_ == "PROPN":
                return child  # "Nauru announced that it ...": the name misread as an adverb
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


def is_envoy(token: Token) -> bool:
    return any(is_envoy_word(t) for t in token.subtree)


def is_envoy_word(token: Token) -> bool:
    return fold(token.lemma_) in _ENVOY_WORDS


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
