"""Acts dated by a count from another act: "five years after closing it", "seven years
after it shuttered its embassy", "three months before the vote".

:mod:`detente.nlp.dating` finds the date of the act the count leads to; this module
reads the count off the parse and does the arithmetic, at the precision of the less
precise of the two (GUIDELINES: a derived date takes the precision of its least
precise part).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from spacy.tokens import Token

from detente.model import EventDate
from detente.nlp.timex_resolve import TIME_WORDS

_UNITS = frozenset({"year", "decade", "month", "day", "week"})


@dataclass(frozen=True)
class Count:
    main: Token  # the act the counted one leads to
    unit: str
    steps: int  # negative: the counted act lies before the main one


def counted_link(trigger: Token) -> Count | None:
    """The count that places ``trigger``'s clause before ('after it shut') or after
    ('before it shut') the clause it hangs on."""
    if trigger.dep_ == "advcl":  # "seven years after it shut its embassy"
        link = next((c for c in trigger.children if c.dep_ == "mark"), None)
        holder = trigger
    elif trigger.dep_ == "pcomp":  # "five years after closing it"
        link = holder = trigger.head
    else:
        return None
    if link is None or link.lower_ not in ("after", "before"):
        return None
    amount = next((c for c in holder.children if c.dep_ == "npadvmod"), None)
    if amount is None or amount.lemma_.lower() not in _UNITS:
        return None
    count = _count_of(amount)
    if count is None:
        return None
    steps = -count if link.lower_ == "after" else count
    return Count(holder.head, amount.lemma_.lower(), steps)


def _count_of(amount: Token) -> int | None:
    """'seven years', '3 months', 'a year' -> 7, 3, 1."""
    number = next((c for c in amount.children if c.dep_ == "nummod"), None)
    if number is None:
        return 1 if any(c.lower_ in ("a", "one") for c in amount.children) else None
    word = number.lower_
    return int(word) if word.isdigit() else TIME_WORDS["numbers"].get(word)


def news_time(published: date | None, unit: str) -> EventDate | None:
    """The time of an undated act of the news, as precise as a count of ``unit`` needs."""
    if published is None or unit in ("day", "week"):
        return None  # a count of days needs the day it counts from
    if unit in ("year", "decade"):
        return EventDate.of_year(published.year)
    return EventDate.of_month(published.year, published.month)


def shifted(base: EventDate, unit: str, steps: int) -> EventDate | None:
    """``base`` moved by ``steps`` units, at the precision of the less precise."""
    value = base.value or ""
    if unit in ("year", "decade"):
        return EventDate.of_year(int(value[:4]) + steps * (10 if unit == "decade" else 1))
    if base.precision == "year":
        return None
    first = date(int(value[:4]), int(value[5:7]), int(value[8:10]) if len(value) == 10 else 1)
    if unit == "month":
        moved = first + relativedelta(months=steps)
        return EventDate.of_month(moved.year, moved.month)
    if base.precision != "day":
        return None
    moved = first + timedelta(days=steps * (7 if unit == "week" else 1))
    if unit == "week":  # no week precision (timex): the month
        return EventDate.of_month(moved.year, moved.month)
    return EventDate.of_day(moved)
