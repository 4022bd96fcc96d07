"""Phrases whose time is not the act's, or is though the parser hides it.

:mod:`detente.nlp.dating` walks from a trigger up its clauses for the time expression
that dates it; these tests say which phrases on the way to look into or past: a
verbless complement ("declared X unwelcome on Monday") is the verb's own predicate; a
statement "issued on Tuesday" dates what it reports; a date on the noun of a cause
("following the December 2008 attack") or closing the phrase of another occurrence
("an attempt on the president on 25 November") is that occurrence's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.model import EventDate
from detente.nlp.syntax import AGREEING_VERBS
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
    ) or _let_lapse(clause)


def _let_lapse(clause: Token) -> bool:
    """'let its sanctions expire in February': the lapse is the letting's own act."""
    return (
        clause.dep_ in ("ccomp", "xcomp")
        and clause.lemma_.lower() in ("expire", "lapse", "run")
        and clause.head.lemma_.lower() in ("let", "allow")
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
    attach: Callable[..., tuple[TimeExpression, Token] | None],
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
    others = [e for e in future if e.start != expression.start]
    # "will ease sanctions from June 1, the Treasury said on Tuesday": the act's onset
    intended = attach(trigger, others) or attach(trigger, onsets(others), frozenset({"since"}))
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
    if word.i == trigger.i or (trigger.dep_ == "conj" and trigger.head.i == word.i):
        # "said on Monday it would cut ties and recognise China": the saying's time for both
        return not before_the_reported_clause(word, expression)
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


# Verbs whose act carries out the purpose named after it ('signed ... to restore ties').
_MAKING_VERBS = AGREEING_VERBS - {"negotiate"} | {"ink", "issue", "adopt"}


def shares_the_main_time(clause: Token) -> bool:
    """An adverbial clause that happened when its main clause did: a participle of
    result ('raised the flag on Saturday, marking the resumption'), a clause of the
    same moment ('on Tuesday when Lima expelled the envoy'), the purpose of a signing
    ('signed a communique on Tuesday to normalise relations': the signing restores)."""
    if clause.dep_ != "advcl":
        return False
    if clause.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in clause.children):
        return True
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as") for c in clause.children):
        return True
    return (
        clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
        and clause.head.lemma_.lower() in _MAKING_VERBS
    )


def infinitive_time(trigger: Token, word: Token) -> bool:
    """A time on an act in the infinitive or the future ('agreed on Monday to reopen the
    offices in June', 'will take up her post in September'): when the act is to take
    effect, read as the nearest such time, not as the last one gone."""
    return word.i == trigger.i and any(
        (c.dep_ == "aux" and c.tag_ == "TO") or (c.tag_ == "MD" and c.lower_ in ("will", "shall"))
        for c in trigger.children
    )


# What brings in the time an act takes effect ('as of today'), unlike 'since' (a state's).
_ONSET = re.compile(r"(?:as\s+(?:of|from)|effective|with\s+effect\s+from|from|starting)\b", re.I)


def onsets(expressions: list[TimeExpression]) -> list[TimeExpression]:
    """The expressions that say when an act takes effect: 'severs ties as of today',
    'the ban applies effective 1 June' (an act, not a lasting state, is dated so)."""
    return [e for e in expressions if e.role == "since" and _ONSET.match(e.text)]


def stranded_preposition(child: Token, first: int) -> bool:
    """'On Monday Saudi Arabia expelled ...': with no comma the parser hangs the time's
    noun on the subject and leaves its preposition on the verb, without an object;
    the time the preposition opens is still the verb's."""
    return (
        child.dep_ == "prep"
        and child.i == first
        and not any(c.dep_ in ("pobj", "pcomp") for c in child.children)
    )


_SPEAKING = frozenset({"speak", "address", "talk", "tell", "brief", "write", "announce"})


def speaking_participle(clause: Token) -> bool:
    """'Speaking on Tuesday, the minister said ...', 'Addressing reporters on Monday, he
    announced ...': the participle's time is the saying's own."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.lemma_.lower() in _SPEAKING
        and not any(c.dep_ in ("mark", "nsubj") for c in clause.children)
    )


def reduced_relative(verb: Token) -> bool:
    """'restored relations with Israel, severed in 2009 by Morales': a participle after a
    comma, with no subject or auxiliary of its own, describes the noun before it (the
    parser may coordinate it with the verb); its time is not the verb's."""
    doc = verb.doc
    return (
        # a 'by' agent with no auxiliary marks a passive participle the tagger took as past
        (verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children))
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


_KEEPING = frozenset({"maintain", "keep", "enforce", "retain", "uphold", "have"})


def kept_in_force(measure: Token) -> bool:
    """The measure, or the verb keeping it: 'has maintained an embargo against Cuba
    since 1962', 'has had sanctions against Iran since 2012' is a lasting state, which
    'since' dates (GUIDELINES)."""
    keeper = measure.head if measure.dep_ == "dobj" else measure
    return keeper.lemma_.lower() in _KEEPING and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in keeper.children
    )


def time_runs_on(doc: Doc, covered: range, last: int, child: Token) -> bool:
    """Whether a time runs on past the phrase the parser closed: 'on Friday, | 3 May'
    (the date after a weekday's comma hung elsewhere names the same day), 'Later | in
    the month' (an adverb split from its phrase)."""
    end = covered[-1] if covered else -1
    if child.dep_ == "advmod" and end + 1 < len(doc):
        following = doc[end + 1]
        if following.dep_ == "prep" and following.head.i == child.head.i:
            return last <= phrase_end(following).i
    tail = doc[end + 1 : last + 1]
    return (
        end >= 0
        and len(tail) > 1
        and tail[0].text == ","
        and doc[end].lower_ in TIME_WORDS["weekdays"]
        and all(t.like_num or t.pos_ == "PROPN" or t.text == "," for t in tail[1:])
    )


_IN_FORCE = frozenset({"place", "force", "effect"})


def sanctions_in_force(noun: Token) -> bool:
    """'Iran has been under US sanctions since 1979', 'a UN arms embargo on Libya has
    been in place since 2011': sanctions told as a state of affairs."""
    head = noun.head if noun.dep_ == "conj" else noun  # "under EU and US sanctions"
    if head.dep_ == "pobj" and head.head.lower_ == "under":
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        prep.dep_ == "prep" and prep.lower_ == "in" and pobj.lower_ in _IN_FORCE
        for prep in noun.head.children
        for pobj in prep.children
    )


def declared_persona_non_grata(clause: Token) -> bool:
    """'declared the head of the embassy persona non grata on Monday', parsed with
    'persona' as a clause of 'declared': the declaring's own words, and its time."""
    return clause.lower_ in ("persona", "grata", "personae", "gratae")


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


_OCCASIONS = frozenset({"ceremony", "event", "meeting", "audience", "reception", "function"})


def holds_the_occasion(verb: Token) -> bool:
    """'presented his credentials at a ceremony held at State House on 12 May': the
    occasion's participle dates the act done at it."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in _OCCASIONS


def makes_the_agreement(verb: Token) -> bool:
    return verb.dep_ == "acl" and verb.lemma_.lower() in AGREEING_VERBS


def dates_the_occasion(node: Token, clause: Token) -> bool:
    """'The last time Jordan recalled its ambassador was 2019' (parsed with 'was 2019'
    as a clause of the verb and 'time' as its adverbial)."""
    return clause.lemma_ == "be" and any(
        c.lemma_.lower() in ("time", "occasion") for c in node.children if c.dep_ == "npadvmod"
    )


# Verbs of phase whose gerund is the act itself: 'began operating an embassy on Monday'.
_PHASE_VERBS = frozenset({"begin", "start", "resume", "cease", "stop", "commence"})


def aspectual_gerund(clause: Token) -> bool:
    """'Kenya began operating an embassy in Hanoi on Monday': the gerund a verb of phase
    governs is no clause of its own, so its time dates the act."""
    return clause.dep_ == "xcomp" and clause.tag_ == "VBG" and clause.head.lemma_ in _PHASE_VERBS


def fronted_to_conjunct(phrase: Token, verb: Token) -> Token | None:
    """'expelled a diplomat on Tuesday and, a day later, closed the consulate': a phrase
    between 'and' and the next verb, which the parser hangs on the first verb, is the
    next verb's; that verb, or None."""
    if phrase.dep_ not in ("prep", "advmod", "npadvmod") or phrase.i < verb.i:
        return None
    before = phrase.left_edge.i - 1  # 'and, a day later', 'and then, on Friday'
    while before > verb.i and (phrase.doc[before].is_punct or phrase.doc[before].lower_ == "then"):
        before -= 1
    if before <= verb.i or phrase.doc[before].dep_ != "cc":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > phrase.right_edge.i
        ),
        None,
    )


def premodifies(span: Span, noun: Token) -> bool:
    """'the 12 April expulsion', 'the March 2022 closure': a date in front of an act's
    noun, its words hung on the noun one by one, is the act's own."""
    inside = range(span.start, span.end)
    return (
        noun.pos_ == "NOUN"
        and span.end <= noun.i
        and all(t.head.i == noun.i or t.head.i in inside for t in span)
        and any(t.head.i == noun.i for t in span)
    )


_ANNOUNCING = frozenset({"announce", "confirm", "declare", "decide", "order", "unveil"})


def announces_the_act(clause: Token, noun: Token) -> bool:
    """ "Mali's expulsion of the envoy, announced on Sunday, ...": the participle that
    announces the act's own noun dates it (an announcement and the act it makes are
    one event, GUIDELINES)."""
    return (
        clause.dep_ == "acl"
        and clause.head.i == noun.i
        and noun.pos_ == "NOUN"
        and clause.tag_ in ("VBN", "VBD")
        and clause.lemma_.lower() in _ANNOUNCING
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children)
    )


_DEPARTING = frozenset({"leave", "depart", "quit", "exit"})


def after_the_deadline(clause: Token) -> bool:
    """'ordered the ambassador to leave within 48 hours on Friday': the leaving has its
    deadline, so another time on it is the order's."""
    return (
        clause.dep_ == "xcomp"
        and clause.lemma_.lower() in _DEPARTING
        and any(c.dep_ == "prep" and c.lower_ in ("within", "by") for c in clause.children)
    )


# Words that open the time an act takes effect as a clause of its own ('starting from').
_TAKING_EFFECT = frozenset({"start", "effective"})


def taking_effect(clause: Token) -> bool:
    """'banned imports starting from April 5', 'imposed sanctions, effective April 5': a
    subjectless clause that only says when the act takes effect is a phrase of the act's
    time, not another clause."""
    return (
        clause.dep_ == "advcl"
        and clause.lemma_.lower() in _TAKING_EFFECT
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in clause.children)
    )
