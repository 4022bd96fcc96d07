"""Date arithmetic on phrases: how far a measured clause ('five years after'), an
anniversary ('the 30th anniversary of') or a shift moves a date, at the precision both
parts allow (GUIDELINES: a derived date takes the precision of its least precise part).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Token

from detente.model import EventDate
from detente.nlp.syntax import passive_adjunct_undergoer
from detente.nlp.timex import TIME_WORDS, TimeExpression
from detente.nlp.timex_resolve import first_day, shifted

_RANK = {"decade": 0, "year": 1, "month": 2, "day": 3}  # finer units rank higher
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade",
          "hour": "hour", "minute": "hour"}  # fmt: skip
# 'three and a half years': the count in the next finer unit, and its half.
_HALVES = {"year": (12, "month"), "month": (4, "week"), "week": (7, "day"), "day": (1, "day")}


def measure(clause: Token) -> tuple[int, str] | None:
    """'five years', 'a week' before the mark: how far the clause's act lies (the
    parser hangs the measure on the verb or on its 'after')."""
    for child in _measures(clause):
        unit = _UNITS.get(child.lemma_.lower())
        if unit == "hour":
            return 0, "day"  # 'hours after London imposed sanctions': the same day
        counts = [c for c in child.children if c.dep_ in ("nummod", "det")]
        if not counts or _approximate(child):
            return None  # 'decades after', 'more than a decade after': too vague to shift
        count = TIME_WORDS["numbers"].get(counts[0].lower_)
        if counts[0].lower_.isdigit():
            count = int(counts[0].lower_)
        if count and any(t.lower_ == "half" for t in child.subtree) and unit in _HALVES:
            per, finer = _HALVES[unit]  # 'a year and a half after': eighteen months
            return count * per + per // 2, finer
        return (count, unit) if count else None
    return None


def measured(clause: Token) -> bool:
    """Whether a measure of years, however vague, stands before the clause's mark: 'years
    after', 'more than a decade after' it shut its embassy tell an act long past ('days
    after' may tell one of the news month)."""
    return any(_UNITS[m.lemma_.lower()] in ("year", "decade") for m in _measures(clause))


def _measures(clause: Token) -> list[Token]:
    """The measures on the clause or its mark, or hung on the verb above right before
    the clause ('would resume work, more than a decade after it shut ...')."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    hung = [c for c in clause.head.children if c.right_edge.i == clause.left_edge.i - 1]
    return [
        child
        for child in (*clause.children, *(m for mark in marks for m in mark.children), *hung)
        if child.dep_ == "npadvmod" and child.lemma_.lower() in _UNITS
    ]


# Words that make a measure a bound, not a length: 'more than a decade' (an estimate,
# 'some seven years', still dates the act).
_BOUNDS = frozenset({"more", "over", "longer"})


def _approximate(measure_word: Token) -> bool:
    return any(t.lower_ in _BOUNDS for t in measure_word.subtree)


def shift(anchor: EventDate, unit: str, steps: int) -> EventDate:
    """``anchor`` moved by ``steps`` units, no finer than either ('2014' less five
    years is 2009; a day less a week is a day)."""
    if unit == "week":
        unit, steps = "day", 7 * steps
    if _RANK.get(unit, 0) > _RANK.get(anchor.precision or "", 3):
        return anchor  # 'a day after' a month or a year: within it, not at its edge
    moved = shifted(first_day(anchor), unit, steps)
    if anchor.precision == "year" or moved.precision == "year":
        return EventDate.of_year(int((moved.value or "")[:4]))
    if anchor.precision == "month" or moved.precision == "month":
        return EventDate(moved.value[:7] if moved.value else None, "month")
    return moved


def covers(event_date: EventDate, published: date | None) -> bool:
    """Whether the date's period includes the publication month (or is unknown)."""
    if published is None or not event_date.known:
        return True
    return published.isoformat().startswith((event_date.value or "")[:7])


_COUNTING_PREPOSITIONS = {"after": 1, "before": -1}
_COUNTED = ("point", "after", "before")  # "after the 7 October attack" reads as "after"


def counted_from_occurrence(
    trigger: Token, expressions: list[TimeExpression]
) -> tuple[EventDate, TimeExpression] | None:
    """'expelled the envoy two days after the speech on April 4', 'a week after the
    July 26 coup': the occurrence's date moved by the measure, with the expression it
    counts from.  None without a measured 'after'/'before' phrase holding a time."""
    verb = trigger
    while verb.dep_ in ("xcomp", "conj", "prt") and verb.head.i != verb.i:
        verb = verb.head  # 'ordered the ambassador out a week after'
    for preposition in (c for c in (*trigger.children, *verb.children) if c.dep_ == "prep"):
        sign = _COUNTING_PREPOSITIONS.get(preposition.lower_)
        distance = measure(preposition) if sign else None
        if distance is None:
            continue
        inside = range(preposition.idx, preposition.right_edge.idx + len(preposition.right_edge))
        for expression in expressions:
            if expression.start in inside and expression.date.known and expression.role in _COUNTED:
                steps, unit = distance
                return shift(expression.date, unit, sign * steps), expression
    return None


def main_act_time(trigger: Token, dated: Token) -> bool:
    """Whether a time found on ``dated`` is the main act's, not the trigger's: a passive
    participle's 'after' ('left on Monday after being declared persona non grata') tells
    what followed the act (the leaving), not when the act was."""
    return (
        passive_adjunct_undergoer(trigger) is not None
        and trigger.dep_ == "pcomp"
        and dated.i == trigger.head.head.i
    )


def counted_from_main_act(
    trigger: Token, date_of_act: Callable[[Token], EventDate]
) -> EventDate | None:
    """'reopened it on Tuesday, twelve years after closing it': an act told in the gerund
    of a measured 'after' or 'before' lies that far from the act the phrase modifies.
    None without such a phrase, or when that act's date is unknown."""
    preposition = trigger.head
    sign = _COUNTING_PREPOSITIONS.get(preposition.lower_)
    if trigger.dep_ != "pcomp" or sign is None or preposition.head.i == preposition.i:
        return None
    distance = measure(preposition)
    main_date = date_of_act(preposition.head) if distance is not None else None
    if main_date is None or not main_date.known:
        return None
    steps, unit = distance
    return shift(main_date, unit, -sign * steps)
