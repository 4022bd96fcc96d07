"""Phrases whose time is not the act's, or is though the parser hides it.

:mod:`detente.nlp.dating` walks from a trigger up its clauses for the time expression
that dates it; these tests say which phrases on the way to look into or past: a
verbless complement ("declared X unwelcome on Monday") is the verb's own predicate; a
statement "issued on Tuesday" dates what it reports; a date on the noun of a cause
("following the December 2008 attack") or closing the phrase of another occurrence
("an attempt on the president on 25 November") is that occurrence's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from detente.model import EventDate
from detente.nlp.timex import TimeExpression
from detente.nlp.timex_resolve import TIME_WORDS, first_day

# Prepositions that bring in the cause or the occasion of an act, not its time.
_CAUSE_PREPOSITIONS = frozenset(
    {"after", "following", "over", "amid", "before", "despite", "against", "at", "to"}
)


def attributive(span: Span, trigger: Token) -> bool:
    """'broke ties following the December 2008 Gaza attack', 'in protest at the May 3
    raid': a date in front of the noun of a cause dates the cause, not the act ('the
    December 2 decision to expel' still dates the expulsion)."""
    root = span.root
    noun = root.head
    while noun.dep_ in ("compound", "nmod") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # 'the December 2008 Gaza Strip attack'
    return (
        root.dep_ in ("nmod", "compound", "amod")
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.i > root.i
        and noun.i != trigger.i
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _CAUSE_PREPOSITIONS
    )


_OCCURRENCES = frozenset(TIME_WORDS["occurrence_nouns"])


def of_an_occurrence(token: Token, top: Token, trigger: Token) -> bool:
    """'recalled its envoy after the attack on the border post on Tuesday': a time
    inside the phrase of another occurrence is that occurrence's."""
    while token.i != top.i and token.head.i != token.i:
        token = token.head
        if _is_occurrence(token) and token.i != trigger.i:
            return True
    return False


def _is_occurrence(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in _OCCURRENCES


def closes_an_occurrence(phrase: Token, verb: Token) -> bool:
    """'expelled him for assisting in an attempt on the president on 25 November': a
    time phrase right after a phrase naming another occurrence (an attack, a vote, a
    visit) tells when that happened, though the parser hangs it on the verb."""
    if phrase.dep_ != "prep" or phrase.i == 0 or phrase.i < verb.i:
        return False
    token = phrase.doc[phrase.i - 1]
    while token.i != verb.i and token.head.i != token.i:
        if _is_occurrence(token):
            return True
        token = token.head
    return False


def small_clause(clause: Token) -> bool:
    """'declared four diplomats unwelcome on Monday', 'declared the envoy persona non
    grata on Tuesday': a verbless complement that the parser reads as a clause is part
    of the verb's own predicate, so a time the parser hangs on it dates the verb."""
    return (
        clause.dep_ in ("ccomp", "xcomp")
        and clause.pos_ in ("ADJ", "NOUN", "PROPN")
        and not any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in clause.children)
    )


_REPORTS = frozenset(
    {"statement", "report", "communique", "communiqué", "announcement", "decree", "note",
     "notice", "release", "letter", "order", "resolution", "post", "message"}
)  # fmt: skip
_ISSUING = frozenset({"issue", "release", "publish", "post", "send", "circulate", "make", "sign"})


def issues_the_report(verb: Token) -> bool:
    """'according to a statement issued on Tuesday', 'in a decree published on 3 May':
    the day a report came out is the day of the act it reports, as for a verb of
    saying ('X expelled Y, the agency reported on Sunday')."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in _ISSUING
        and verb.head.lemma_.lower() in _REPORTS
    )


def planned_date(
    trigger: Token,
    attached: tuple[TimeExpression, Token],
    future: list[TimeExpression],
    attach: Callable[[Token, list[TimeExpression]], tuple[TimeExpression, Token] | None],
) -> tuple[EventDate, bool]:
    """A planned act is dated by its intended date (GUIDELINES): a time on the act
    itself ('will close on Friday') rather than one on the saying above it ('said on
    Monday it would recall its envoy on May 20': May 20).

    ``attached`` is the time found for the act, read in the past; ``future`` the
    sentence's times read ahead; ``attach`` finds the time that modifies the act.
    With no time of its own, the act keeps the time of its announcement ('said on
    Monday it would recall'), as the gold sets date such announcements.
    """
    expression, verb = attached
    if looks_ahead(verb, trigger, expression):
        return next((e for e in future if e.start == expression.start), expression).date, True
    intended = attach(trigger, [e for e in future if e.start != expression.start])
    if intended is not None and looks_ahead(intended[1], trigger, intended[0]):
        return intended[0].date, True
    return expression.date, True


def phrase_end(phrase: Token) -> Token:
    """The last word of a phrase, with a bare noun of time the parser hung beside it
    ('in September | last year': one time, 'year' attached to the verb)."""
    end = phrase.right_edge
    for sibling in phrase.head.children:
        if sibling.dep_ == "npadvmod" and sibling.left_edge.i == end.i + 1:
            return sibling.right_edge
    return end


def nearest_reading(
    expression: TimeExpression, future: list[TimeExpression], published: date | None
) -> TimeExpression:
    """Of an expression's past and future readings, the one nearer publication: a
    deadline with no year ('must leave by August 1') in a May article is this August,
    in a December article the August gone."""
    ahead = next((e for e in future if e.start == expression.start), expression)
    if published is None or not (ahead.date.known and expression.date.known):
        return expression
    distance = abs((first_day(ahead.date) - published).days)
    return ahead if distance < abs((first_day(expression.date) - published).days) else expression


REPORTING_VERBS = frozenset(
    {"say", "announce", "confirm", "state", "tell", "report", "add", "declare"}
)


def looks_ahead(word: Token, trigger: Token, expression: TimeExpression) -> bool:
    """Whether a time on ``word`` lies ahead for a planned act: on the act itself or a
    verb not in the past ('will close on Friday'), not on a word above that reports
    it ('said Thursday it would close', "Thursday's announcement that it would close")."""
    if word.i == trigger.i:
        return not before_the_reported_clause(trigger, expression)
    return word.pos_ in ("VERB", "AUX") and word.tag_ not in ("VBD", "VBN")


def before_the_reported_clause(trigger: Token, expression: TimeExpression) -> bool:
    """'said on Monday it would expel': a time between a past verb of saying and the
    subject of the clause it reports is the saying's, though the parser may hang it on
    the reported verb."""
    head = trigger.head
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        trigger.dep_ == "ccomp"
        and head.lemma_ in REPORTING_VERBS
        and head.tag_ == "VBD"
        and subject is not None
        and head.idx < expression.start
        and expression.end <= subject.idx
    )


# Words that open a clause of time: "last month after the two countries announced".
_TIME_CLAUSE_MARKS = frozenset({"after", "before", "when", "as", "once", "following"})


def fronted_time(clause: Token) -> range | None:
    """The words of an adverbial clause that come before its 'after'/'when': the parser
    hangs 'last month' in "recalled its envoy last month after X said ..." on the
    clause, but it dates the verb the clause modifies."""
    if clause.dep_ != "advcl":
        return None
    mark = next(
        (c for c in clause.children if c.dep_ == "mark" and c.lower_ in _TIME_CLAUSE_MARKS), None
    )
    if mark is None or clause.left_edge.i >= mark.i:
        return None
    return range(clause.left_edge.i, mark.i)
