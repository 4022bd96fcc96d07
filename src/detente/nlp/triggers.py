"""Trigger words and their arguments in a parsed sentence.

A trigger is a token whose lemma is in a grammar row and which governs an
argument of the row's class: "expelled" + "the French ambassador" (diplomat),
"lifts" + "sanctions", "reopened" + "three diplomatic missions".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from detente.nlp import missions
from detente.nlp.appointments import appoints_envoy
from detente.nlp.arguments import (
    adjective_tagged_verb,
    noun_tagged_verb,
    reciprocal,
    relative_antecedents,
)
from detente.nlp.elided_envoys import stands_for_envoys
from detente.nlp.envoy_lists import list_heading
from detente.nlp.envoy_titles import envoy_named_before, titled_envoy
from detente.nlp.headline_orders import headline_order, headline_order_objects
from detente.nlp.lexicon import Lexicon, TriggerRule, fold, inflections, load_lexicon
from detente.nlp.noun_arguments import ACTIVITIES, expand, noun_arguments
from detente.nlp.posted_envoys import missions_served
from detente.nlp.roles import SentenceParse
from detente.nlp.syntax import (
    as_complements,
    fronted_subject,
    gerund_of_time,
    lent_subject,
    modifier_words,
    participle_object,
    passive_adjunct_undergoer,
    passive_infinitive_object,
    person_name,
    preposition_objects,
    titled,
    to_infinitive,
)
from detente.nlp.trigger_words import (
    causer_words,
    destination_words,
    following_words,
    infinitive_of_purpose,
    nearby_words,
    of_objects,
)

_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd", "dative", "npadvmod"})
_CLAUSAL_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
_PRONOUN_ARGUMENTS = frozenset({"him", "her", "his", "them", "it", "its"})


@dataclass(frozen=True)
class Trigger:
    token: Token
    rule: TriggerRule
    arguments: tuple[Token, ...]  # heads of the argument phrases (class matched)
    arg_class: str


def find_triggers(
    parse: SentenceParse, lexicon: Lexicon, previous_text: str = ""
) -> Iterator[Trigger]:
    """Every trigger in the sentence: per token, the first matching row, and further
    rows only for arguments no earlier row took ("resume relations and embassies").
    A noun that names the event itself ("U.S. sanctions on Iran") counts only where no
    other trigger takes it as argument ("lifted U.S. sanctions on Iran" is one lifting)."""
    nominal: list[Trigger] = []
    argued: set[int] = set()
    for token in parse.doc:
        pos = _trigger_pos(token)
        if pos is None:
            continue
        taken: set[int] = set()
        for rule in lexicon.rules_for(fold(token.lemma_), pos):
            trigger = _match(token, rule, parse, lexicon, previous_text)
            if trigger and not taken & {a.i for a in trigger.arguments}:
                if rule.self_argument:
                    nominal.append(trigger)
                    break
                yield trigger
                taken |= {a.i for a in trigger.arguments}
        # the whole phrase an argument heads: 'a package of sanctions' holds 'sanctions'
        argued |= {t.i for i in taken for t in parse.doc[i].subtree}
    yield from (t for t in nominal if t.token.i not in argued)


def _trigger_pos(token: Token) -> str | None:
    if token.pos_ in ("VERB", "AUX") or mistagged_verb(token):
        return "VERB"
    return "NOUN" if token.pos_ == "NOUN" else None


def mistagged_verb(token: Token) -> bool:
    """A bare verb after 'and'/'to' tagged as an adjective of its object: 'agreed to
    restore ties and reopen embassies' parses 'reopen' as modifying 'embassies'."""
    return (
        (
            (token.pos_ == "ADJ" or token.tag_ == "VB")  # 'to re-establish relations'
            and token.dep_ == "amod"
            and token.i > 0
            and token.nbor(-1).lower_ in ("and", "or", "to")
            and token.lower_ == token.lemma_.lower()
        )
        or _past_tense_modifier(token)
        or noun_tagged_verb(token, _verb_forms())
        or adjective_tagged_verb(token)
        or _plural_tagged_verb(token)
        or headline_order(token)
    )


def _past_tense_modifier(token: Token) -> bool:
    """'have exchanged ambassadors and reopened embassies': a past tense after 'and',
    read as a modifier of its object, which continues the object list of a verb in the
    same tense."""
    if token.dep_ != "amod" or token.tag_ not in ("VBD", "VBN") or token.i == 0:
        return False
    if token.nbor(-1).lower_ != "and":
        return False
    first = token.head
    while first.dep_ == "conj" and first.head.i != first.i and first.pos_ != "VERB":
        first = first.head
    # the object continues the verb's object list, or is hung on the verb itself
    verb = first if first.pos_ == "VERB" else first.head if first.dep_ == "dobj" else None
    return verb is not None and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN")


def _plural_tagged_verb(token: Token) -> bool:
    """Headline 'Algeria severs diplomatic ties with Morocco': a verb's -s form tagged
    as a plural noun taking a subject ('Italian embassy in Kyiv reopens') or an
    object, or compounded onto it; not a noun of the
    grammar's own ('UK
    sanctions Russian spies' is read by nlp/sanction_nouns.py)."""
    return (
        token.pos_ == "NOUN"
        and token.lower_ in _verb_forms()
        and not load_lexicon().is_noun_of_grammar(fold(token.lemma_))
        and (
            any(c.dep_ in ("dobj", "nsubj") for c in token.children)
            or (token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i > token.i)
            or missions.headline_mission(token) is not None  # "Saudi embassy in Damascus reopens"
        )
    )


@cache
def _verb_forms() -> frozenset[str]:
    """Surface forms of the grammar's verb triggers ('cut', 'downgrade'), less the
    nouns the generous inflections also make ('restoration')."""
    rules = load_lexicon().rules
    return frozenset(
        form
        for rule in rules
        if rule.pos == "VERB"
        for lemma in rule.lemmas
        for form in inflections(lemma)
        if not form.endswith(("ion", "ment"))
    )


def _match(
    token: Token, rule: TriggerRule, parse: SentenceParse, lexicon: Lexicon, previous_text: str
) -> Trigger | None:
    nearby = nearby_words(token)
    if rule.requires and not rule.requires & nearby:
        return None
    if rule.excludes & (nearby | causer_words(token)):
        return None
    if rule.governed_by and not rule.governed_by & {fold(a.lemma_) for a in _governors(token)}:
        return None
    if rule.sentence_cue and not rule.sentence_cue.search(parse.doc.text):
        return None
    if rule.previous_cue and not rule.previous_cue.search(previous_text):
        return None
    candidates = list(_argument_candidates(token, rule, lexicon))
    for arg_class in rule.args:
        matched = [
            c
            for c in candidates
            if _of_class(argument_class(c, parse, lexicon, previous_text), arg_class)
        ]
        if matched and (rule.arg_requires or rule.arg_excludes):
            words = {fold(t.lower_) for m in matched for t in m.subtree} | nearby
            # "withdrew its consent for the functioning of the Polish consulate": the
            # parser may hang the argument's 'for' phrase on the verb
            words |= {
                fold(t.lower_)
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for t in c.subtree
            }
            if rule.arg_requires and not rule.arg_requires & words:
                continue
            if rule.arg_excludes & (words | destination_words(matched)):
                continue  # "upgraded ties to a strategic partnership"
        if matched:
            arguments = tuple(matched)
            appointing = rule.type == "APPOINT_AMBASSADOR" and arg_class == "diplomat"
            if appointing and not appoints_envoy(token, arguments, parse):
                return None  # an envoy cited, or given another post (appointments.py)
            return Trigger(token, rule, arguments, arg_class)
    if rule.type == "EXPEL_DIPLOMAT" and rule.pos == "NOUN" and _mutual_expulsions(token, parse):
        return Trigger(token, rule, (), "diplomat")  # "tit-for-tat expulsions between A and B"
    if rule.type == "APPOINT_AMBASSADOR" and "diplomat" in rule.args:
        heading = list_heading(token)  # "announced the following appointments:"
        if heading is not None and appoints_envoy(token, (heading,), parse):
            return Trigger(token, rule, (heading,), "diplomat")
    return None


def _governors(token: Token) -> list[Token]:
    """Tokens above the trigger, up to the root."""
    return list(token.ancestors)


def _argument_candidates(token: Token, rule: TriggerRule, lexicon: Lexicon) -> Iterator[Token]:
    if rule.self_argument:
        yield token
        return
    if rule.pos == "NOUN":
        yield from noun_arguments(token, lexicon)
        return
    # a row that requires its object ('took up his duties') acts on its subject
    if rule.subject_arg and (rule.requires or not missions.acts_on_something_else(token)):
        subject = inherited_subject(token) or missions.subject_of_verb(token)
        if subject is not None:
            yield from expand(subject, lexicon)
    # "ordered the envoy to be summoned", "left after being declared persona non grata"
    undergoer = passive_infinitive_object(token) or passive_adjunct_undergoer(token)
    if undergoer is not None:
        yield from expand(undergoer, lexicon)
    fronted = fronted_subject(token)  # "Following X's request, the Ambassador of Y was"
    if fronted is not None and any(c.dep_ == "auxpass" for c in token.children):
        yield from expand(fronted, lexicon)
    if headline_order(token):  # "Mali orders French ambassador to leave"
        yield from (t for c in headline_order_objects(token) for t in expand(c, lexicon))
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            yield from expand(child, lexicon)
            for antecedent in relative_antecedents(child):  # "ties, which X severed"
                yield from expand(antecedent, lexicon)
            if rule.type == "REVOKE_AGREMENT" and fold(child.lemma_) in _NOMINATIONS:
                # "blocked the appointment of the Dutch ambassador": the nominee blocked
                yield from (t for o in preposition_objects(child, "of") for t in expand(o, lexicon))
            if rule.requires & {fold(t.lower_) for t in child.subtree}:
                # "declared a Russian diplomat persona non grata" parses the diplomat
                # as a modifier inside the "persona non grata" phrase
                yield from (
                    t
                    for t in child.subtree
                    if t.pos_ == "NOUN" and t is not child and not _clause_between(t, child)
                )
            if rule.requires & {fold(child.lower_), fold(child.lemma_)}:
                # "lodged representations with the ambassador": the 'with' of the object
                yield from (
                    t for pobj in preposition_objects(child, "with") for t in expand(pobj, lexicon)
                )
            if child.lemma_.lower() in ACTIVITIES:  # "suspended operations at its embassy"
                yield from (
                    pobj
                    for prep in token.children
                    if prep.dep_ == "prep" and prep.lower_ in ("at", "in")
                    for pobj in prep.children
                    if pobj.dep_ == "pobj"
                )
        elif child.dep_ == "prep" and (
            child.lower_ == "with" or (fold(child.lower_) in rule.requires and not rule.subject_arg)
        ):  # a row on its subject requires a place, not an argument: 'returned to Kyiv'
            # "called in the charge d'affaires" (parsed as a preposition of the particle
            # the rule requires)
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from expand(pobj, lexicon)
        elif (
            child.dep_ in _CLAUSAL_COMPLEMENTS or infinitive_of_purpose(child)
        ) and not _tells_its_own_event(child, lexicon):
            # "agreed to lift embargoes": the embargoes are the lifting's, not the agreeing's
            # "chosen to become ambassador", "refused to approve its ambassador"
            if child.lower_ == "ties":  # headline "Oman upgrades Syria ties to ...": the
                yield child  # object read as a clause
            for grandchild in child.children:
                if grandchild.dep_ in ("attr", "dobj", "oprd") or (
                    grandchild.dep_ == "nsubj"
                    and rule.requires
                    and (child.dep_ == "ccomp" or fold(child.lemma_) in rule.requires)
                ):
                    # "declared two diplomats persona non grata", "demanded he leave",
                    # headline "orders Lithuanian diplomats to leave" (the object read as
                    # the complement's subject)
                    yield from expand(grandchild, lexicon)
                elif grandchild.dep_ == "prep" and grandchild.lower_ == "as":
                    for pobj in grandchild.children:
                        yield from expand(pobj, lexicon)
    for post in as_complements(token):  # "appointed as ambassador", "posted X as envoy"
        yield from expand(post, lexicon)
    if (
        (token.dep_ in ("acl", "relcl", "amod") or mistagged_verb(token))
        and token.head.pos_ in ("NOUN", "PROPN")
        and (rule.subject_arg or not _subject_relative(token))
    ):
        yield from expand(token.head, lexicon)  # "sanctions imposed on Belarus"
        placed = missions.placed_noun(token)
        if placed is not None:
            yield from expand(placed, lexicon)
    described = participle_object(token)  # "sanctions on Iran, first imposed in 2012"
    if described is not None:
        yield from expand(described, lexicon)


def _clause_between(word: Token, top: Token) -> bool:
    """Whether a verb stands between ``word`` and ``top``: 'a protest over the decision to
    expel a Russian employee' holds the employee in a clause of its own."""
    return any(a.pos_ == "VERB" for a in word.ancestors if a.i != top.i and top in a.ancestors)


def _subject_relative(clause: Token) -> bool:
    """'sanctions which hit Belarusian exporters': the noun is the clause's subject,
    not what its verb acts on ('sanctions that Washington imposed')."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children
    )


def _tells_its_own_event(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a complement verb is a trigger that can fire by itself: its objects are
    its own ('agreed to lift embargoes', 'chose X to become ambassador').  'nominated
    X to serve as ambassador' tells the nomination: 'serve' counts only as 'will serve'."""
    lemma = fold(clause.lemma_)
    infinitive = to_infinitive(clause)
    if lemma == "be" and (clause.dep_ == "xcomp" or infinitive):
        return False  # "nominated X to be its ambassador": the copula acts on nobody
    nearby = nearby_words(clause)
    return any(
        lemma in row.lemmas and (not row.requires or row.requires & nearby) for row in lexicon.rules
    )


def inherited_subject(token: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ('... but ceased')
    or whose purpose it tells ('the envoy arrived in Cairo to take up his duties')."""
    current = token
    for _ in range(3):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if gerund_of_time(current):  # "the embassy reopened in April after closing in May"
            current = current.head.head
            continue
        if current.dep_ != "conj" and not infinitive_of_purpose(current):
            return lent_subject(current)  # "The embassy, closed since 2015, was reopened"
        current = current.head
    return None


# Words for a government that a recognising state may name instead of the state.
_REGIME_NOUNS = frozenset({"regime", "authority", "authorities"})


def _mutual_expulsions(noun: Token, parse: SentenceParse) -> bool:
    """'tit-for-tat expulsions between Russia and Moldova', 'Poland and Belarus traded
    expulsions': expulsions of both parties' envoys, though no envoy is named."""
    if noun.tag_ != "NNS":
        return False
    return reciprocal(noun) or len(parse.states_after(noun, ("between",), conjuncts=True)) >= 2


def _of_class(found: str | None, wanted: str) -> bool:
    # counted nationals ("two Russians") are still their state where a rule wants one
    return found == wanted or (found == "nationals" and wanted == "state")


# Words that count the people of their 'of' phrase: 'the same number of Poles'.
_COUNTING = frozenset({"number", "dozen", "dozens", "hundreds", "scores", "group", "handful"})


def _counted_nationals(token: Token, parse: SentenceParse) -> bool:
    """'expelled two Russians', 'expelling the same number of Poles': people counted by
    their nationality."""
    if parse.actor_at[token.i].kind != "demonym" or not token.lower_.endswith("s"):
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return token.tag_ in ("NNS", "NNPS")
    counter = token.head.head if token.head.lower_ == "of" else None
    return counter is not None and (counter.lower_ in _COUNTING or counter.tag_ == "CD")


# Classes of mission whose qualifier no mission they belong to can replace: 'the
# interests section' is a mission, 'the visa section of the embassy' is a desk of one.
_MISSION_PARTS = frozenset({"liaison_office", "representative_office"})


def argument_class(
    token: Token, parse: SentenceParse, lexicon: Lexicon, previous_text: str = ""
) -> str | None:
    """The argument class of a phrase head, or None: 'ambassador' -> diplomat, ..."""
    if token.i in parse.actor_at and token.ent_type_ != "PERSON":
        return "nationals" if _counted_nationals(token, parse) else "state"
    lemma = fold(token.lemma_)
    if token.tag_ in ("NNP", "NNPS") and lemma == fold(token.lower_) and lemma.endswith("s"):
        lemma = lemma[:-1]  # "the Ambassadors of Egypt": a title's plural, left unlemmatised
    if lemma in _REGIME_NOUNS and any(c.i in parse.actor_at for c in token.children):
        return "state"  # "recognized the Taiwan authorities"
    for cls in lexicon.classes.values():
        if lemma not in cls.lemmas and fold(token.lower_) not in cls.lemmas:
            continue
        modifiers = modifier_words(token)
        if cls.false_friends & modifiers:
            # "cut trade ties with Israel": ties of trade are trade (GUIDELINES: a ban on
            # trade is a sanction), not diplomatic relations
            return "trade" if cls.name == "relations" and modifiers & _OF_TRADE else None
        qualifiers = cls.qualified.get(lemma) or cls.qualified.get(fold(token.lower_))
        if (
            qualifiers
            and not qualifiers & (modifiers | following_words(token) | of_objects(token))
            and not missions.placed_in_state(cls.name, token, parse, previous_text)
            # "the embassy said two of its staff ...": staff serve at a mission, but "the
            # visa section of the embassy" is a part of the mission, not an office of its own
            and not (cls.name not in _MISSION_PARTS and missions_served(token))
        ):
            continue
        return cls.name
    if token.pos_ == "PROPN" and (
        parse.context.diplomat_state(person_name(token)) or titled_envoy(token, lexicon)
    ):
        return "diplomat"
    if titled(token, lexicon.classes["designees"].lemmas):
        return "designees"  # "sanctioned Russian businessman Oleg Deripaska"
    if token.lower_ in ("them", "they", "it"):
        found = _antecedent_class(token, parse, lexicon)
        # 'they' is the relations it stands for ('cut ties, but they were restored'),
        # never envoys: 'they were expelled' may be any people the sentence names
        if found and (token.lower_ != "they" or found == "relations"):
            return found
    if token.lower_ in _PRONOUN_ARGUMENTS and previous_text:
        found = _class_from_previous(token, lexicon, previous_text)
        if found:
            return found
    if stands_for_envoys(token, previous_text):
        return "diplomat"  # "Poland expelled 45 Russian diplomats and Bulgaria 70"
    if token.lower_ in ("he", "him", "his", "she", "her") and (
        parse.context.latest_diplomat_owner(parse.index) is not None
        or envoy_named_before(token, lexicon)  # "named A as envoy, but B rejected her"
    ):
        return "diplomat"
    return None


# Nouns for a nominee's appointment, which a host may block or reject.
_NOMINATIONS = frozenset({"appointment", "nomination", "accreditation"})
# Modifiers that make relations or ties a trade: 'trade ties', 'commercial relations'.
_OF_TRADE = frozenset({"trade", "commercial", "economic"})
# Where a state takes part in a clause, not just places a noun.
_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos"})


def _antecedent_class(pronoun: Token, parse: SentenceParse, lexicon: Lexicon) -> str | None:
    """'cut ties with Israel in 1972 but restored them in 2019': the class of the
    nearest earlier noun of the sentence that agrees in number.  A state named nearer
    is what 'it' means ('readmitted Syria after suspending it'): no class of a noun."""
    plural = pronoun.lower_ in ("them", "they")
    for earlier in reversed(pronoun.doc[: pronoun.i]):
        if (
            not plural
            and earlier.i in parse.actor_at
            and earlier.dep_ in _PARTICIPANTS
            and earlier.head.i != pronoun.head.i  # 'the US eased it': not its own subject
        ):
            return None  # nor a state that places a noun ('its embassy in Tehran')
        if earlier.pos_ == "NOUN" and (earlier.tag_ == "NNS") == plural:
            found = argument_class(earlier, parse, lexicon)
            if found and found != "state":
                return found
    return None


def _class_from_previous(token: Token, lexicon: Lexicon, previous_text: str) -> str | None:
    folded = fold(previous_text)
    if token.lower_ == "them" and "credential" in folded:
        return "credentials"
    if token.lower_ in ("him", "her", "his") and any(
        word in folded for word in ("ambassador", "envoy", "diplomat", "charge d")
    ):
        return "diplomat"
    if missions.it_stands_for_mission(token, folded):
        return "mission"  # "Its embassy in Damascus had been shut. On Monday, it reopened."
    return None
