"""A break told by its length from the act that ended it: 'restored relations in March
2023 after a five-month rupture', 'reopened its embassy, ending a seven-year rift'.

The break is background of the restoration; it began its length before the
restoration, at the precision both parts allow (GUIDELINES: a derived date takes the
precision of its least precise part).  A length finer than the restoration's date
('last year after a five-month rupture') leaves the start unknown, never the
restoration's own date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from detente.model import UNKNOWN_DATE, EventDate
from detente.nlp.date_arithmetic import shift
from detente.nlp.timex import TIME_WORDS

# Words that link a break to the act that ends it: 'after', 'following' a rupture,
# 'ending' or 'ended' a rift.
_ENDING_LINKS = frozenset({"after", "following", "end"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_LENGTH_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}


def break_length(noun: Token) -> tuple[int, str] | None:
    """'a five-month rupture', 'a two-year break': the count and unit its modifier gives."""
    for child in noun.children:
        unit = _LENGTH_UNITS.get(child.lemma_.lower())
        if unit is None or child.dep_ not in ("compound", "amod", "nmod"):
            continue
        counts = [c for c in child.children if c.dep_ == "nummod"]
        if counts and counts[0].like_num:
            word = counts[0].lower_
            count = int(word) if word.isdigit() else TIME_WORDS["numbers"].get(word)
            return (count, unit) if count else None
    return None


def own_year(noun: Token) -> EventDate | None:
    """'the 2016 break in ties', 'since the rift of 2018': the year naming the break."""
    named = [c for c in noun.children if c.dep_ in ("compound", "nummod", "amod", "nmod")]
    named += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    years = [w for w in named if _YEAR.fullmatch(w.text)]
    return EventDate.of_year(int(years[0].text)) if years else None


def ending_act(noun: Token) -> Token | None:
    """The verb whose act ends the break: 'restored ties after a rupture' (the object of
    its 'after' or 'following'), 'reopened it, ending a rift' (the object of 'ending')."""
    link = noun.head
    if noun.dep_ == "pobj" and link.lower_ in _ENDING_LINKS and link.head.pos_ == "VERB":
        return link.head
    if noun.dep_ == "dobj" and link.lemma_.lower() in _ENDING_LINKS and link.dep_ == "advcl":
        return link.head
    return None


def dated_from_its_end(noun: Token, date_of_act: Callable[[Token], EventDate]) -> EventDate | None:
    """The start of a break: the year it is named by ('the 2016 rift', 'the break of
    2017'), else counted back by its length from the act ending it, else unknown for a
    break told only as what an act ended ('restored ties after the rupture': not the
    restoration's date); None where the noun is no such break."""
    if noun.pos_ != "NOUN":
        return None
    year = own_year(noun)
    if year is not None:
        return year
    length = break_length(noun)
    act = ending_act(noun)
    if act is None:
        return None
    if length is None:
        return UNKNOWN_DATE
    count, unit = length
    end = date_of_act(act)
    start = shift(end, unit, -count) if end.known else end
    if start == end:  # a length finer than the end's date: no start within reach
        return UNKNOWN_DATE
    if unit in ("year", "decade"):
        return EventDate.of_year(int((start.value or "")[:4]))
    return start
