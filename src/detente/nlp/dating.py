"""When a mentioned event happened.

The time expression that modifies the trigger (or a clause that governs it)
dates the event: "In March, it expelled", "recalled ... on Friday", "said on
Wednesday it would immediately recall".  Expressions inside other clauses do
not ("demanded he leave by Monday" is a deadline of the leaving, not the date
of the order).  With no such expression, GUIDELINES §Dates: an event the article
announces gets the publication month (the day when the text says "today"); a
background event ("had broken off", "earlier expelled") or a planned one stays
undated.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from detente.model import UNKNOWN_DATE, EventDate
from detente.nlp.anniversaries import Anniversary, commemorated
from detente.nlp.background_acts import background, past_perfect, reported_background
from detente.nlp.date_arithmetic import (
    counted_from_main_act,
    counted_from_occurrence,
    covers,
    main_act_time,
    measure,
    measured,
    shift,
)
from detente.nlp.dating_phrases import (
    REPORTING_VERBS,
    after_the_deadline,
    announces_the_act,
    aspectual_gerund,
    attributive,
    closes_an_occurrence,
    dates_the_occasion,
    declared_persona_non_grata,
    fronted_time,
    fronted_to_conjunct,
    holds_the_occasion,
    infinitive_time,
    issues_the_report,
    kept_in_force,
    makes_the_agreement,
    nearest_reading,
    of_an_occurrence,
    onsets,
    phrase_end,
    planned_date,
    premodifies,
    reduced_relative,
    sanctions_in_force,
    shares_the_main_time,
    small_clause,
    speaking_participle,
    stranded_preposition,
    taking_effect,
    time_runs_on,
)
from detente.nlp.lexicon import fold, load_lexicon
from detente.nlp.syntax import described_state, held_in_state, misread_as_verb
from detente.nlp.timex import TimeExpression

_CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "conj", "parataxis"})
_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
_DATING_ROLES = frozenset({"point", "deadline", "relative_anchor"})
_NAMING_ROLES = frozenset({"since", "until"})
# Acts whose result lasts, so that "since" dates them.
_LASTING_ACTS = frozenset(
    {"close", "closed", "shut", "shutter", "mothball", "sever", "cut", "break", "suspend",
     "freeze", "ban", "impose", "block", "bar", "downgrade", "sanction", "embargo", "recall",
     "withdraw", "maintain", "keep"}
)  # fmt: skip
_ANSWERS = frozenset({"reciprocate", "retaliate", "respond", "reply", "follow"})


def date_of(
    trigger: Token,
    expressions: dict[str, list[TimeExpression]],
    published: date | None,
    modality: str,
    earlier: EventDate | None = None,
) -> tuple[EventDate, bool]:
    """The event date and whether the text stated it (False: a default or unknown).

    ``expressions`` holds the sentence's time expressions resolved in the past and
    in the future tense; the verb they modify decides which reading applies
    ("announced on August 11 that they planned to": past; "will lift on Monday":
    future).  ``earlier`` is the last time the sentences just before named, for
    "then" when its own sentence names none before the trigger.
    """
    anniversary = commemorated(trigger)
    if anniversary is not None:
        return _before_occasion(trigger, anniversary, expressions["past"], published)
    attached = _own_since(trigger, expressions["past"]) or _attached_expression(
        trigger, expressions["past"]
    )
    if attached is not None and main_act_time(trigger, attached[1]):
        attached = None  # "left on Monday after being declared persona non grata"
    if attached is None and _state_of_affairs(trigger):
        # "closed since 2012", "severed since 1980": dated by "since" (GUIDELINES)
        attached = _attached_expression(trigger, expressions["past"], roles=frozenset({"since"}))
    elif attached is None:  # "shall sever ties as of today": an act dated by its taking effect
        attached = _attached_expression(trigger, onsets(expressions["past"]), frozenset({"since"}))
    counted = counted_from_occurrence(trigger, expressions["past"])
    if counted is not None and (attached is None or attached[0].start == counted[1].start):
        return counted[0], True  # 'two days after the speech on April 4'
    counted_back = counted_from_main_act(
        trigger, lambda act: date_of(act, expressions, published, "asserted", earlier)[0]
    )
    if counted_back is not None:  # 'twelve years after closing it'
        return counted_back, True
    if reported_background(trigger, attached):  # "said on Tuesday it had summoned"
        others = [e for e in expressions["past"] if e.start != attached[0].start]
        attached = _attached_expression(trigger, others)  # the saying's time is not its
    if attached is not None:
        attached = _refined(trigger, attached, expressions["past"])
        expression, verb = attached
        # "by August 1" in May: this year's; so is "agreed to reopen offices in June"
        if expression.role == "deadline" or infinitive_time(trigger, verb):
            expression = nearest_reading(expression, expressions["future"], published)
        if modality == "planned":
            return planned_date(trigger, attached, expressions["future"], _attached_expression)
        if not _after(expression.date, published):
            return expression.date, True
        # "agreed to restore relations within two months": a done act is not dated
        # by a deadline still to come, but by the agreement ("agreed in March").
        others = [e for e in expressions["past"] if e.start != expression.start]
        governing = _attached_expression(trigger, others)
        if governing is not None and not _after(governing[0].date, published):
            return governing[0].date, True
    if _then(trigger):
        before = [e.date for e in expressions["past"] if e.end <= trigger.idx and e.role == "point"]
        then = before[-1] if before else earlier
        if then is not None and then.known:
            return then, True
    relative = _relative_to_main_clause(trigger, expressions, published, earlier)
    if relative is not None:
        return relative
    if modality in ("planned", "negated") or published is None or background(trigger):
        return UNKNOWN_DATE, False
    return EventDate.of_month(published.year, published.month), False


def _relative_to_main_clause(
    trigger: Token,
    expressions: dict[str, list[TimeExpression]],
    published: date | None,
    earlier: EventDate | None,
) -> tuple[EventDate, bool] | None:
    """'restored relations in 2014, five years after Rabat broke them off': an act in a
    clause of 'after' or 'before' is dated from the act of the main clause, shifted by
    the measure ('five years', 'a week'), not by the publication.  Without a measure,
    an act 'after' which (or 'since' which) a dated earlier act happened is background:
    undated rather than given the publication month.  None: no such clause."""
    clause = _temporal_clause(trigger)
    if clause is None:
        return None
    mark = next(c.lower_ for c in clause.children if c.dep_ == "mark")
    main_date, _ = date_of(clause.head, expressions, published, "asserted", earlier)
    distance = measure(clause)
    if distance is not None and main_date.known:
        steps, unit = distance
        return shift(main_date, unit, steps if mark == "before" else -steps), True
    if mark == "since" or (mark == "after" and not covers(main_date, published)):
        return UNKNOWN_DATE, False
    if mark == "after" and measured(clause):  # 'more than a decade after': long past
        return UNKNOWN_DATE, False
    return None


_CLAUSE_MARKS = ("after", "before", "since")


def _temporal_clause(trigger: Token) -> Token | None:
    """The adverbial clause marked 'after', 'before' or 'since' that the trigger heads."""
    clause = trigger
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # 'after Rabat decided to cut ties'
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return clause if marks & set(_CLAUSE_MARKS) else None


def _refined(
    trigger: Token, attached: tuple[TimeExpression, Token], expressions: list[TimeExpression]
) -> tuple[TimeExpression, Token]:
    """'In 2010, Venezuela broke off relations in July': a more precise time of the same
    act within the one found first."""
    year = attached[0].date.value or ""
    finer = [
        e
        for e in expressions
        if e.date.value and e.date.value.startswith(year) and len(e.date.value) > len(year)
    ]
    found = _attached_expression(trigger, finer) if finer else None
    # not a time of a verb above ('over the weekend, the ministry said Monday')
    return found if found is not None and found[1].i == attached[1].i else attached


def _before_occasion(
    trigger: Token,
    anniversary: Anniversary,
    expressions: list[TimeExpression],
    published: date | None,
) -> tuple[EventDate, bool]:
    """An act commemorated years later: the occasion's date less the years counted
    ('celebrated the 60th anniversary ... on Tuesday'; the publication month when the
    occasion names no time), or the act's own date where its phrase gives one that
    agrees ('the establishment of ties on 14 December 1963')."""
    inside = range(trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge))
    outside = [e for e in expressions if e.start not in inside]
    year = _occasion_year(anniversary, outside, published)
    spans = [(e, r) for e in expressions if (r := _token_range(trigger.doc, e)) is not None]
    own = _expression_below(trigger, None, trigger, spans)
    agrees = (
        own is not None
        and own[0].date.known
        and year is not None
        and abs(int(own[0].date.value[:4]) - (year - anniversary.years)) <= 1
        and int(own[0].date.value[:4]) < year  # not the occasion's own time
    )
    if agrees:
        return own[0].date, True
    # the parser may hang the occasion's time on the act ('... of ties next year')
    # GUIDELINES: a derived date takes the precision of its least precise part, the
    # years counted
    year = _occasion_year(anniversary, expressions, published)
    if year is None:
        return UNKNOWN_DATE, False
    return EventDate.of_year(year - anniversary.years), True


def _occasion_date(
    anniversary: Anniversary, expressions: list[TimeExpression], published: date | None
) -> EventDate:
    attached = _attached_expression(anniversary.occasion, expressions)
    if attached is not None and attached[0].date.known:
        return attached[0].date
    if published is None:
        return UNKNOWN_DATE
    return EventDate.of_month(published.year, published.month)  # news of this month


def _occasion_year(
    anniversary: Anniversary, expressions: list[TimeExpression], published: date | None
) -> int | None:
    occasion = _occasion_date(anniversary, expressions, published)
    return int(occasion.value[:4]) if occasion.known else None


def _after(event_date: EventDate, published: date | None) -> bool:
    """Whether the date lies wholly after publication."""
    if published is None or event_date.value is None:
        return False
    return event_date.value > published.isoformat()[: len(event_date.value)]


def _then(trigger: Token) -> bool:
    """'Egypt then expelled the Turkish ambassador': at the time just named."""
    return any(
        c.lower_ == "then" and c.dep_ == "advmod"
        for token in (trigger, trigger.head)
        for c in token.children
    )


def _own_since(
    trigger: Token, expressions: list[TimeExpression]
) -> tuple[TimeExpression, Token] | None:
    """'The embassy, closed since August 2021, resumed operations on Monday': the
    participle of a lasting act with a 'since' of its own is a state dated by it,
    whatever the verb above says."""
    if trigger.lemma_.lower() not in _LASTING_ACTS or not _participle(trigger):
        return None
    lasting = [e for e in expressions if e.role == "since" and e not in onsets(expressions)]
    found = _attached_expression(trigger, lasting, roles=frozenset({"since"})) if lasting else None
    return found if found is not None and found[1].i == trigger.i else None


def _participle(verb: Token) -> bool:
    """A past participle, also one the tagger took for a past right after a comma ('The
    embassy, closed since 2012, ...')."""
    auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and after_comma and not auxiliary)


def _state_of_affairs(trigger: Token) -> bool:
    """'has been closed', 'have remained severed', 'an embargo in force': a perfect or
    a participle describing a state."""
    lasting = trigger.lemma_.lower() in _LASTING_ACTS
    if kept_in_force(trigger) or (lasting and sanctions_in_force(trigger)):
        return True
    if not lasting:
        return False  # "59 envoys have been nominated since 1955" counts acts
    auxiliaries = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    held = held_in_state(trigger)  # "has kept its embassy closed since 2020"
    return bool(auxiliaries & {"has", "have", "had", "been"}) or described_state(trigger) or held


def _attached_expression(
    trigger: Token, expressions: list[TimeExpression], roles: frozenset[str] = _DATING_ROLES
) -> tuple[TimeExpression, Token] | None:
    """The expression modifying the trigger or a clause above it, with that word."""
    every = [(e, _token_range(trigger.doc, e)) for e in expressions]
    every = [(e, r) for e, r in every if r is not None]
    spans = [(e, r) for e, r in every if e.role in roles]
    # "since 1980, when the US cut ties": the 'when' clause happened at that time
    named = [(e, r) for e, r in every if e.role in roles | _NAMING_ROLES]
    if not named:
        return None
    node, came_from = trigger, None
    while True:
        found = _expression_below(node, came_from, trigger, spans)
        if found is None and node.i == trigger.i:
            found = _fronted_on_first_verb(trigger, spans) or _shared_with_next_verb(trigger, spans)
        if found is not None:
            return found
        found = _time_named_by_clause(node, named)
        if found is not None:
            return found
        if node.dep_ in ("relcl", "advcl") and not (
            _names_an_occasion(node) or shares_the_main_time(node)
        ):
            return None
        if node.head.i == node.i or past_perfect(node) or _describes_subject(node):
            return None
        node, came_from = node.head, node


_Spans = list[tuple[TimeExpression, tuple[int, int]]]


def _expression_below(
    node: Token,
    came_from: Token | None,
    trigger: Token,
    spans: _Spans,
    children: list[Token] | None = None,
) -> tuple[TimeExpression, Token] | None:
    """An expression in a phrase under ``node`` that is not another clause; of several
    ('October 1985, but China suspended ties in August 1989'), the most precise, then
    one in a prepositional phrase (a bare date before 'but' is a fragment), then the
    nearest to the trigger."""
    found: list[tuple[TimeExpression, bool, int]] = []
    doc = trigger.doc
    if node.i == trigger.i:  # 'the 12 April expulsion'
        found += [(e, True, 0) for e, (a, z) in spans if premodifies(doc[a : z + 1], node)]
    for child in children if children is not None else node.children:
        if came_from is not None and child.i == came_from.i:
            continue
        conjunct = fronted_to_conjunct(child, node)
        if conjunct is not None and (came_from is None or conjunct.i != came_from.i):
            continue  # the next verb's own time
        fronted = fronted_time(child)  # "recalled it last month after X said": the recall's
        if (
            child.dep_ in _CLAUSAL
            and not fronted
            and not dates_the_occasion(node, child)
            and not declared_persona_non_grata(child)
            and not speaking_participle(child)
            and not small_clause(child)
            and not misread_as_verb(child)
            and not aspectual_gerund(child)
            and not (node.i == trigger.i and announces_the_act(child, node))
            and not after_the_deadline(child)
            and not taking_effect(child)
        ):
            continue
        if closes_an_occurrence(child, node):
            continue
        covered = fronted or range(child.left_edge.i, phrase_end(child).i + 1)
        for expression, (first, last) in spans:
            if stranded_preposition(child, first) or (
                first in covered
                and (last in covered or time_runs_on(doc, covered, last, child))
                and not _inside_other_clause(trigger.doc[first], child)
                and not attributive(doc[first : last + 1], trigger)
                and not of_an_occurrence(doc[first : last + 1].root, child, trigger)
            ):
                distance = min(abs(first - trigger.i), abs(last - trigger.i))
                found.append((expression, child.dep_ != "prep", distance))
    if not found:
        return None
    best = min(found, key=lambda f: (-_PRECISION_RANK[f[0].date.precision or "year"], *f[1:]))
    return best[0], node


def _fronted_on_first_verb(trigger: Token, spans: _Spans) -> tuple[TimeExpression, Token] | None:
    """'expelled a diplomat and, a day later, closed the consulate': the time the parser
    hung on the first verb, between 'and' and this one, is this verb's."""
    if trigger.dep_ != "conj":
        return None
    first = trigger.head
    fronted = [
        c for c in first.children if getattr(fronted_to_conjunct(c, first), "i", -1) == trigger.i
    ]
    found = _expression_below(first, trigger, trigger, spans, fronted) if fronted else None
    return (found[0], trigger) if found is not None else None


def _next_act(verb: Token) -> bool:
    """Another diplomatic act (or an answer to one) coordinated with the verb above it;
    the parser may attach 'and Thailand reciprocated' as an adverbial clause."""
    if verb.pos_ != "VERB" or verb.lemma_ in REPORTING_VERBS or reduced_relative(verb):
        return False
    lemma = fold(verb.lemma_)
    if lemma == "leave" or lemma not in _ANSWERS and not load_lexicon().is_trigger_lemma(lemma):
        return False  # "was ordered out and left the country on Sunday": the leaving's day
    if verb.dep_ == "conj" or (verb.dep_ == "acl" and verb.tag_ == "VBD"):
        return True  # a finite verb 'modifying' the object is a misparsed coordination
    return verb.dep_ == "advcl" and not any(
        c.dep_ in ("mark", "advmod", "aux") for c in verb.children
    )


def _shared_with_next_verb(trigger: Token, spans: _Spans) -> tuple[TimeExpression, Token] | None:
    """'Cambodia expelled a Thai diplomat and Thailand reciprocated Thursday', 'Peru
    expelled the envoy and recalled its own on Monday': a time on the next of two
    coordinated acts dates the first, which names none (not a verb of saying:
    'Oslo expelled two envoys and said on Monday ...')."""
    if trigger.pos_ != "VERB":
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "attr")]
    for verb in [*trigger.children, *(c for o in objects for c in o.children)]:
        if verb.i > trigger.i and _next_act(verb):
            found = _expression_below(verb, None, verb, spans)
            if found is not None:
                return found
    return None


def _describes_subject(node: Token) -> bool:
    """'The newly appointed ambassador met the president on Monday', 'The sanctions
    imposed on Russia were extended on Monday': a participle describing the subject of
    another act does not share that act's time."""
    return (
        node.dep_ in ("amod", "acl")
        and node.tag_ == "VBN"
        and node.head.dep_ in ("nsubj", "nsubjpass")
    )


def _inside_other_clause(token: Token, top: Token) -> bool:
    """Whether a verb other than ``top`` stands between ``token`` and ``top``:
    'in response to freeing prisoners in August' dates the freeing."""
    current = token
    while current.i != top.i and current.head.i != current.i:
        current = current.head
        if (
            current.i != top.i
            and current.pos_ == "VERB"
            and not makes_the_agreement(current)
            and not holds_the_occasion(current)
            and not issues_the_report(current)
            and not misread_as_verb(current)
        ):
            return True
    return False


def _time_named_by_clause(clause: Token, spans: _Spans) -> tuple[TimeExpression, Token] | None:
    """'in January 2023, when Tallinn ordered the ambassador out': a 'when' clause that
    describes a time expression happened at that time."""
    if clause.dep_ != "relcl" or not any(
        c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children
    ):
        return None
    head = clause.head.i
    return next(((e, clause) for e, (first, last) in spans if first <= head <= last), None)


def _names_an_occasion(clause: Token) -> bool:
    """'The last time Jordan recalled its ambassador was 2019': the clause dates itself
    through the noun it describes."""
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in ("time", "occasion")


def _token_range(doc: Doc, expression: TimeExpression) -> tuple[int, int] | None:
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    return (span.start, span.end - 1) if span is not None and len(span) else None
