"""Sanctions and the reason given for them.

A state named in the reason for sanctions on a target the text names is not what
they hit ("sanctions on Lockheed Martin over arms sales to Taiwan").  Sanctions that
name no target of their own hit the state whose act is the reason: "the EU imposed
sanctions after Minsk forced a plane to land", "lifted sanctions after Tehran complied",
"in response to Russia's invasion of Ukraine", "in retaliation for Tokyo's sanctions",
"in response to EU sanctions" (answered sanctions are their imposer's act).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold, load_lexicon
from detente.nlp.roles import SentenceParse
from detente.nlp.triggers import Trigger

_REASONS = frozenset({"over", "because", "for", "after", "amid", "following"})
# "in response to", "in retaliation for", "as punishment for"
_ANSWERING_NOUNS = frozenset(
    {"response", "retaliation", "reaction", "reprisal", "punishment", "revenge", "answer"}
)
_REASON_CLAUSE_MARKS = frozenset({"after", "because"})
# "after the US did", "after Washington followed suit": the act repeated, no reason
_REPEATING_VERBS = frozenset({"do", "follow"})


def reasons(trigger: Trigger) -> list[Token]:
    """The reason phrases on the trigger or its arguments ('over arms sales to Taiwan')."""
    words = (trigger.token, *trigger.arguments)
    return [c for w in words for c in w.children if c.dep_ == "prep" and c.lower_ in _REASONS]


def bystanders(trigger: Trigger) -> list[Token]:
    """Subjects acting beside the sanctions, not on them: in "Following sanctions that
    Washington announced, Canada acted too" Canada is not the one sanctioned; in
    "Venezuela denounced the measures imposed by Washington" it is (they are its object).
    The trigger's own subject and those inside its phrase ("lifted the blockade they had
    imposed on Qatar") are its sides, not bystanders."""
    return [
        subject
        for subject in trigger.token.sent
        if subject.dep_ == "nsubj"
        and subject.head.i != trigger.token.i
        and not any(subject in argument.subtree for argument in trigger.arguments)
        and not any(trigger.token in o.subtree for o in subject.head.children if o.dep_ == "dobj")
    ]


def reason_actors(trigger: Trigger, parse: SentenceParse, agents: list[str]) -> list[str]:
    """The states whose act the text gives as the reason for the sanctions."""
    found: list[str] = []
    for noun in _reason_nouns(trigger):
        for child in noun.children:
            if _acting_modifier(child, noun) and child.i in parse.actor_at:
                found += parse.states_of(child, conjuncts=False)
    for clause in trigger.token.children:
        if _reason_clause(clause):
            for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                found += parse.states_of(subject)
    return [c for c in dict.fromkeys(found) if c not in agents]


def _reason_nouns(trigger: Trigger) -> list[Token]:
    """'over Belarus's crackdown', 'in response to Russia's invasion of Ukraine'."""
    nouns = [p for phrase in reasons(trigger) for p in phrase.children if p.dep_ == "pobj"]
    words = (trigger.token, *trigger.arguments)
    for phrase in (c for w in words for c in w.children):
        if phrase.dep_ != "prep" or phrase.lower_ not in ("in", "as"):
            continue
        for answer in phrase.children:
            if answer.dep_ == "pobj" and fold(answer.lemma_) in _ANSWERING_NOUNS:
                nouns += [
                    p for prep in answer.children if prep.dep_ == "prep" for p in prep.children
                ]
    return [n for n in nouns if n.dep_ == "pobj"]


def _acting_modifier(child: Token, noun: Token) -> bool:
    """Who does what the reason noun names: its possessor ('Russia's invasion'), a
    state's adjective ('the Russian invasion'); a state compounded onto sanctions
    ('EU sanctions'), not onto a place's matter ('the Ukraine war')."""
    if child.dep_ == "poss" or (child.dep_ == "amod" and child.pos_ == "ADJ"):
        return True
    return child.dep_ == "compound" and fold(noun.lemma_) in _sanction_nouns()


def _sanction_nouns() -> frozenset[str]:
    return load_lexicon().classes["sanctions"].lemmas


def _reason_clause(clause: Token) -> bool:
    """'after Tehran complied', 'because Caracas refused'; not 'after the US did' nor
    'after the US imposed similar measures' (a state following suit, or answered)."""
    return (
        clause.dep_ == "advcl"
        and fold(clause.lemma_) not in _REPEATING_VERBS
        and not any(fold(t.lemma_) in _sanction_nouns() for t in clause.subtree)
        and any(c.dep_ == "mark" and c.lower_ in _REASON_CLAUSE_MARKS for c in clause.children)
    )


def answered_imposers(parse: SentenceParse, agents: list[str]) -> list[str]:
    """'Russia said it would respond with countermeasures', after the EU's sanctions on
    Russia: sanctions by a state the article has told sanctioned, naming no target of
    their own, answer whoever sanctioned it last."""
    for kind, source, target in reversed(parse.context.extracted):
        if kind == "IMPOSE_SANCTIONS" and target in agents and source not in agents:
            return [source]
    return []
