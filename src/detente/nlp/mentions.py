"""Triggers -> event mentions: who acted on whom, per event type.

A trigger's roles (:mod:`detente.nlp.trigger_roles`) give its dyads
(:mod:`detente.nlp.dyads`); this module checks modality and genericity, dates the
event, and assembles one :class:`Mention` per dyad with its confidence, details
and the envoys named.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations

from spacy.tokens import Token

from detente.model import UNKNOWN_DATE, EventDate, Mention
from detente.nlp.agentless import agentless_background, agentless_passive
from detente.nlp.appointments import agrement_withheld_by
from detente.nlp.arguments import own_envoy_type, reciprocal, reported_owner
from detente.nlp.dating import date_of
from detente.nlp.demands import demanded_closure, demanded_recall
from detente.nlp.departures import (
    cuts_foreign_staff,
    expels_its_own,
    gives_a_deadline,
    members_recall,
    not_an_expulsion,
    ordered_cut,
    passively_ordered_cut,
    result_of_expulsion,
)
from detente.nlp.discussions import under_discussion
from detente.nlp.dyads import RELATION_TYPES, SANCTION_TYPES, dyads_of
from detente.nlp.envoy_lists import withheld_consent
from detente.nlp.envoy_titles import is_envoy
from detente.nlp.genericity import is_generic
from detente.nlp.instruments import instrument_time
from detente.nlp.lasting_breaks import dated_from_its_end
from detente.nlp.lexicon import Lexicon, fold
from detente.nlp.modality import modality_of
from detente.nlp.noun_arguments import LOOSE_BREAKS
from detente.nlp.parser import ensure_entities
from detente.nlp.protested_expulsions import protested_expulsion
from detente.nlp.questions import asked_only
from detente.nlp.recognition_switches import favoured_partners
from detente.nlp.roles import SentenceParse
from detente.nlp.sanction_rounds import (
    earlier_round,
    imposed_on_the_lifted,
    occasion_year,
    own_times,
)
from detente.nlp.subjects import subject_of
from detente.nlp.syntax import decided_act
from detente.nlp.timex import TimeExpression
from detente.nlp.told_acts import completes_an_earlier_act
from detente.nlp.trigger_roles import consent_for_mission, roles_of
from detente.nlp.triggers import Trigger

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
_CONTEXT_PENALTY = 0.2


def mentions_of(
    trigger: Trigger,
    parse: SentenceParse,
    lexicon: Lexicon,
    expressions: dict[str, list[TimeExpression]],
    published: date | None,
    earlier: EventDate | None = None,
) -> list[Mention]:
    """The mentions one trigger yields (several for 'X and Y restored ties')."""
    event_type = trigger.rule.type
    converted = (
        demanded_recall(trigger, parse)
        or ordered_cut(trigger, parse)
        or passively_ordered_cut(trigger, parse)
    )
    if converted and not converted.agents:
        return []  # "the embassy was told to cut its staff": a host's order, host unnamed
    if converted:
        event_type, roles, modality = "EXPEL_DIPLOMAT", converted, "asserted"
    else:
        modality = modality_of(trigger.token, trigger.rule, lexicon)
        if modality is None and demanded_closure(trigger, parse):
            modality = "asserted"  # "Moscow demanded that Washington close its consulate"
        # a row continuing the sentence before ("They include ...") is anchored by it
        generic = trigger.rule.previous_cue is None and is_generic(trigger.token, parse)
        if modality is None or generic or asked_only(trigger.token):
            return []
        if modality == "asserted" and under_discussion(trigger.token):
            modality = "planned"  # "opened talks on normalising ties"
        roles = roles_of(trigger, parse)
        if event_type == "REVOKE_AGREMENT" and consent_for_mission(trigger):
            event_type = "CLOSE_MISSION"  # consent withdrawn for a consulate, not an envoy
        if members_recall(trigger, roles.agents):
            return []  # "EU pulls ambassadors from Honduras": its members' envoys
        if roles.unnamed_agents or not_an_expulsion(trigger, roles.owners, parse):
            return []  # "several EU countries closed their embassies": no state named
        if result_of_expulsion(trigger) or expels_its_own(trigger):
            return []  # "expelled 45 diplomats, reducing the embassy's staff": told once
        if trigger.rule.pos == "VERB" and not roles.agent_is_envoy:
            roles.owners = reported_owner(
                trigger.token, parse, event_type, roles.agents, roles.owners
            )
            if gives_a_deadline(trigger) and set(roles.owners) <= set(roles.agents):
                roles.owners = []  # 'gave him 48 hours to leave': 'him' is no envoy of its
            event_type = own_envoy_type(event_type, roles.agents, roles.owners)
            if cuts_foreign_staff(trigger, roles.agents, roles.owners, parse):
                event_type = "EXPEL_DIPLOMAT"  # "cut the staff of the Russian embassy"
    consenting = withheld_consent(trigger.token) if modality == "negated" else None
    if event_type == "APPOINT_AMBASSADOR" and consenting is not None:
        event_type, modality = "REVOKE_AGREMENT", "asserted"  # "did not approve her nomination"
        host = subject_of(consenting) if consenting is not trigger.token else None
        if host is not None and parse.states_of(host):  # the host is who withholds consent
            roles.agents = parse.states_of(host)
    withheld = (
        agrement_withheld_by(trigger.token, trigger.arguments, roles.places, parse, roles.agents)
        if event_type == "APPOINT_AMBASSADOR" and modality == "negated"
        else []
    )
    if withheld:  # "Israel has not received agrément from Egypt": Egypt withholds it
        event_type, modality = "REVOKE_AGREMENT", "asserted"
        roles.owners, roles.agents = roles.agents, withheld
    # "tit-for-tat expulsions between Russia and Moldova": no envoy named, both parties'
    parties = roles.agents if trigger.arguments else roles.agents or roles.place("between")
    if (reciprocal(trigger.token) or not trigger.arguments) and len(parties) >= 2:
        pairs = list(permutations(parties, 2))  # "from each other's capitals"
    else:
        pairs = protested_expulsion(event_type, trigger, roles, parse) or dyads_of(
            event_type, trigger, roles, parse
        )
    if not pairs:
        return []
    if event_type == "EXPEL_DIPLOMAT" and modality != "planned":
        expressions = _without_deadlines(expressions)
    lifted = event_type == "IMPOSE_SANCTIONS" and imposed_on_the_lifted(trigger.token)
    if lifted:  # "lifted the sanctions imposed on Liberia": the lifting's time is not theirs
        expressions = {
            tense: own_times(found, trigger.token) for tense, found in expressions.items()
        }
    event_date, stated = date_of(trigger.token, expressions, published, modality, earlier)
    started = event_type == "SEVER_RELATIONS" and dated_from_its_end(
        trigger.token, lambda act: date_of(act, expressions, published, "asserted", earlier)[0]
    )
    if started:  # "restored ties in March 2023 after a five-month rupture"
        event_date, stated = started, started.known
    decided = instrument_time(trigger.token, expressions["past"])
    if decided is not None:  # "the decision of June 29 by which the envoy was expelled"
        event_date, stated = decided, True
    if event_type in RELATION_TYPES and completes_an_earlier_act(trigger.token):
        event_date, stated = UNKNOWN_DATE, False  # "..., completing the restoration of ties"
    occasion = occasion_year(trigger.token) if event_type in SANCTION_TYPES else None
    if occasion is not None and not stated:  # "following Russia's 2014 annexation"
        event_date, stated = occasion, True
    earlier_sanctions = event_type in SANCTION_TYPES and (
        lifted or earlier_round(trigger.token, trigger.arguments)
    )
    if earlier_sanctions and not stated:
        event_date = UNKNOWN_DATE  # "already had sanctions in place": no time of the news
    confidence = round(
        max(
            0.3,
            0.9 - _CONTEXT_PENALTY * roles.from_context - (0.1 if modality == "reported" else 0.0),
        ),
        2,
    )
    details = _details(trigger, event_type, stated)
    if event_type in SANCTION_TYPES:  # rounds of sanctions are told apart (resolve/merge.py)
        details["earlier_round"] = earlier_sanctions
        details["published_year"] = published.year if published else None
    persons = _persons(trigger, event_type)
    if event_type == "SEVER_RELATIONS":  # "cut ties with Taipei in favour of Beijing"
        pairs = pairs + [
            (source, partner, "RESTORE_RELATIONS")
            for partner in _favoured(trigger.token, parse)
            for source in dict.fromkeys(source for source, _ in pairs)
        ]
    return [
        Mention(
            type=kind[0] if kind else event_type,
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
        for source, target, *kind in pairs
        if source != target
    ]


def _favoured(cut: Token, parse: SentenceParse) -> list[str]:
    return [code for partner in favoured_partners(cut) for code in parse.states_of(partner)]


def _without_deadlines(
    expressions: dict[str, list[TimeExpression]],
) -> dict[str, list[TimeExpression]]:
    """A done expulsion is dated by the order, never by the deadline to leave ('must
    leave by Friday', 'within 72 hours')."""
    return {
        tense: [e for e in found if e.role != "deadline"] for tense, found in expressions.items()
    }


def _details(trigger: Trigger, event_type: str, date_stated: bool) -> dict[str, object]:
    text = fold(trigger.token.sent.text)
    # "U.S. sanctions on Cuba, in place since 1962": a sanctions noun restates sanctions
    # the article reports; its date dates the regime and never splits off an event of its own
    stated = date_stated and not trigger.rule.self_argument
    details: dict[str, object] = {
        "trigger": trigger.token.text,
        "date_stated": stated,
        "told_as_act": _told_as_act(trigger.token),
        "agreed": decided_act(trigger.token),
    }
    if event_type in ("RECALL_DIPLOMAT", "EXPEL_DIPLOMAT") and _names_whom(trigger):
        # only true values survive merging: one key for each answer
        details["head_of_mission" if _names_head_of_mission(trigger) else "staff_only"] = True
    if event_type in RELATION_TYPES:
        details["agentless"] = (
            agentless_background(trigger)
            or agentless_passive(trigger)
            # 'since the 2016 rift' names no side
            or (trigger.rule.pos == "NOUN" and fold(trigger.token.lemma_) in LOOSE_BREAKS)
        )
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
    if event_type == "LIFT_SANCTIONS":
        details["partial"] = _eases_only(trigger)
    if event_type == "UPGRADE_RELATIONS" and trigger.rule.subject_arg:
        # an envoy back at his post raises his own state's representation only
        details["own_side"] = True
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


# The heads of a mission, as the words that name the people a recall or expulsion is of.
_HEAD_OF_MISSION_WORDS = frozenset(
    {"ambassador", "envoy", "commissioner", "charge", "chargé", "nuncio", "head"}
)


# Sanctions eased or suspended, or lifted only in part, are not lifted (DIPLOMACY §5.3).
_EASING_VERBS = frozenset(
    {"ease", "relax", "loosen", "soften", "suspend", "scale", "roll", "relief", "suspension"}
)
_PART_WORDS = frozenset({"partially", "partly", "some", "several", "certain", "part", "selected"})


def _eases_only(trigger: Trigger) -> bool:
    """Whether a lifting leaves sanctions partly in force: 'eased sanctions', 'suspended
    them for 180 days', 'partially lifted', 'lifted some of the sanctions' (status EASED);
    'lifted all sanctions' or 'lifted sanctions' ends them (LIFTED)."""
    verb = trigger.token
    if fold(verb.lemma_) in _EASING_VERBS or fold(verb.text).startswith("eas"):
        return True
    near = [child for child in verb.children if child.dep_ in ("advmod", "dobj", "nsubjpass")]
    near += [grand for child in near for grand in child.children if grand.dep_ in ("det", "amod")]
    return any(fold(token.lemma_) in _PART_WORDS for token in near)


def _names_whom(trigger: Trigger) -> bool:
    """Whether the arguments say whom a recall or expulsion is of: 'recalled her' does
    not (a pronoun); the state machine then reads the sentence ('Rabat recalled her' of
    'Morocco's ambassador ... will return')."""
    return any(argument.tag_ != "PRP" for argument in trigger.arguments)


def _names_head_of_mission(trigger: Trigger) -> bool:
    """Whether the people recalled or expelled include the head of mission ('its
    ambassador', 'four diplomats including the ambassador'), not only other staff
    ('demanded that Poland cut its diplomatic staff'): the state machine moves the head
    of mission only for the first (DIPLOMACY §5.3)."""
    return any(
        fold(token.lemma_) in _HEAD_OF_MISSION_WORDS
        for argument in trigger.arguments
        for token in argument.subtree
    )


def _told_as_act(verb: Token) -> bool:
    """'Chad has given the envoy 72 hours', 'Oslo expelled two diplomats': an active
    verb with its own subject tells the act as news, where 'ties were cut' or 'the
    sanctions imposed on' refer to an act the reader is taken to know."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    children = {child.dep_: child for child in verb.children}
    if "auxpass" in children or "nsubj" not in children:
        return False
    return verb.tag_ != "VBN" or children.get("aux") is not None


# Words the entity recogniser now and then takes for a person ("a staff member of
# the Embassy of Russia").
_INSTITUTIONS = frozenset({"embassy", "consulate", "ministry", "mission", "government"})


def _persons(trigger: Trigger, event_type: str) -> tuple[str, ...]:
    if event_type not in _PERSONAL_TYPES:
        return ()
    doc = trigger.token.doc
    scope: set[int] = set()
    for argument in trigger.arguments:
        scope |= {t.i for t in argument.subtree}
        scope |= {t.i for t in argument.head.children if t.dep_ == "appos"}
    subject = subject_of(trigger.token)
    if subject is not None and is_envoy(subject):
        scope |= {t.i for t in subject.subtree}
    if event_type == "APPOINT_AMBASSADOR":  # "Ana Ruiz was posted to Lima as envoy"
        appointees = (c for c in trigger.token.children if c.dep_ in ("dobj", "nsubjpass"))
        scope |= {t.i for c in appointees if c.pos_ == "PROPN" for t in c.subtree}
    for agent in (c for c in trigger.token.children if c.dep_ == "agent"):
        scope -= {t.i for t in agent.subtree}  # "Mensah, who was appointed by President X"
    if not any(doc[i].pos_ == "PROPN" for i in scope):
        return ()  # no name here: spare the entity recogniser
    ensure_entities(doc)
    names = [
        ent.text
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and ent.start in scope
        and doc[ent.start].pos_ == "PROPN"
        and _INSTITUTIONS.isdisjoint(fold(w) for w in ent.text.split())
    ]
    return tuple(dict.fromkeys(names))
