"""Time expressions: find dates in a sentence and resolve them to :class:`EventDate`.

An event is dated by when it happened, so every expression is resolved against
the article's publication date ("on Sunday" in an article of Monday 2021-10-18
is 2021-10-17), or against a time mentioned earlier in the same text ("early
that year").  Words (months, weekdays, prepositions, number words) live in
``data/lexicon/time_words.json``; this module holds the patterns,
:mod:`detente.nlp.timex_resolve` the arithmetic.

Roles (``TimeExpression.role``) say how the event relates to the time, read
from the preposition in front of it; the preposition is part of the span:

``point``
    the event happened (or will happen) then: "on Sunday", "in March",
    "7 March 2024", "said Thursday", "two years ago", "last year".
``deadline``
    the event must happen by then: "by Monday, 18 October", "by August",
    "within 72 hours" (publication date plus the duration).
``since`` / ``until`` / ``before`` / ``after``
    "since 2008", "starting April 19"; "until mid-2012"; "before March";
    "after 2019".
``relative_anchor``
    a point resolved against a time named earlier in the text (or the
    caller's ``anchor_year``) rather than the publication date: "that year",
    "early that year", "the following month", "three days later".  With a
    non-point preposition ("since that year") the preposition's role wins.

Resolution choices, where the text is vague:

* A bare weekday, month, or day-and-month without a year resolves under
  ``tense``: ``past`` takes the most recent one on or before publication,
  ``future`` the next one on or after it.  "last"/"next" in front make it
  strictly before/after.  A day and month stay in the publication year when
  they fall at most 7 days on the other side of publication.  Deadlines follow
  ``tense`` too ("By August, Minsk had revoked..." is past).  A weekday
  written with a day and month ("Monday, 18 October") picks the nearby year in
  which that day is that weekday.
* No week precision exists: "last week" is the month of the day 7 days before
  publication, "this week"/"earlier this week" the month of publication,
  "next week" the month 7 days after; "N weeks ago" likewise gives a month.
* Early/mid/late and seasons keep the precision of what they modify: "in
  mid-2012" is 2012, "in early March" is a month, "in the first week of April" a
  month.  A span of days ("on 5 and 6 May") is dated by its first day.
* Counts from the time just named need it at least as precise as the count: "a
  week after the expulsion" and "the day after the break" (only before a noun
  phrase: "seven years after it shut" counts back from another act), "the
  following Monday", "earlier in the day", "since then"; "days later" is the
  month a few days on.
* "last night" is the day before publication (articles are mostly written the
  morning after).
* A bare year or a bare month fires only after a preposition ("in 2019", "since
  2008", "by August"), a modifier ("mid-2012", "late March"), or, for a year,
  as the complement of "was"/"were" at the end of a clause ("The last time
  was 2019.").  So "the 2020 election", "25 missiles", "72 hours",
  "11 years in prison", "a three-year break" and "may" never fire.  A decade
  ("in the 1990s") names a time of no precision GUIDELINES knows: it resolves to an
  unknown date, so that the act it dates is not given the publication's.
* "last summer", "this autumn" are the year of that season; winter is the year of
  its January.  A quarter ("the first quarter of 2024") keeps the year's precision.
* "the same day" after a coarser time ("had recognised Taipei in 1980. The same
  day, ...") is the last day named before, where one is.
* Numeric dates: ``2022-07-29``; ``7/29/2022`` is US month/day unless the first
  number exceeds 12 or only the day-first reading lies on the tense's side of
  publication; ``29.07.2022`` and ``29-07-2022`` are day first.
* Without a publication date, everything relative to it (weekdays, "last
  month", bare months, dates without a year) is dropped; explicit dates and
  anchored expressions still resolve.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from detente.model import EventDate
from detente.nlp.timex_resolve import (
    TIME_WORDS,
    ResolutionContext,
    Resolver,
    alternation,
    normal,
    resolve_ago,
    resolve_anchor_itself,
    resolve_anchored,
    resolve_anchored_weekday,
    resolve_day_of_month,
    resolve_day_without_year,
    resolve_day_word,
    resolve_days_later,
    resolve_decade,
    resolve_full_date,
    resolve_iso,
    resolve_month,
    resolve_month_year,
    resolve_numeric,
    resolve_recent,
    resolve_relative_period,
    resolve_same_day,
    resolve_season,
    resolve_weekday,
    resolve_weekend,
    resolve_within,
    resolve_year,
)

TENSES: tuple[str, ...] = ("past", "future")
ROLES: tuple[str, ...] = (
    "point",
    "deadline",
    "since",
    "until",
    "before",
    "after",
    "relative_anchor",
)


@dataclass(frozen=True)
class TimeExpression:
    """A resolved time expression; ``start``/``end`` are offsets in the text given."""

    start: int
    end: int
    text: str
    date: EventDate
    role: str


def find_time_expressions(
    text: str,
    published: date | None,
    tense: str = "past",
    anchor_year: int | EventDate | None = None,
    day_anchor: EventDate | None = None,
) -> list[TimeExpression]:
    """All resolvable time expressions in ``text``, left to right.

    ``tense`` is ``"past"`` or ``"future"`` and decides how bare weekdays,
    months and days without a year resolve (past: the most recent one on or
    before ``published``; future: the next one on or after it).
    ``anchor_year`` is the year that "that year" refers to when the text itself
    names none before it (e.g. the year of an earlier sentence), or an earlier date.
    ``day_anchor`` is the last day named before the text, for "the same day" when
    a coarser time ("in 1980") was named since.
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {TENSES}, not {tense!r}")
    anchor = EventDate.of_year(anchor_year) if isinstance(anchor_year, int) else anchor_year
    framing = _FRAMING_YEAR.match(text)
    context = ResolutionContext(
        published, tense, anchor, int(framing["year"]) if framing else None, day_anchor
    )
    found: list[TimeExpression] = []
    for candidate in _non_overlapping(_candidates(text)):
        resolved = _within_calendar(candidate.pattern.resolve, candidate.match, context)
        if resolved is None:
            continue
        start, end = candidate.start, candidate.end
        found.append(TimeExpression(start, end, text[start:end], resolved, _role(candidate)))
        context = replace(context, anchor=resolved)
        if resolved.precision == "day":
            context = replace(context, day_anchor=resolved)
    return found


# A year that frames the sentence: a timeline heading ("2010: ...", "2010 - ...") or a
# fronted "In 2010, ...".  "in August" later in it is August 2010, where "the embargo,
# imposed in 2019, was lifted in March" leaves March to the publication date.
_FRAMING_YEAR = re.compile(r"\A\s*(?:(?i:in)\s+)?(?P<year>1[89]\d\d|20\d\d)(?:\s*:|\s+[-–—]\s|,)")


def _within_calendar(
    resolve: Callable[[re.Match[str], ResolutionContext], EventDate | None],
    match: re.Match[str],
    context: ResolutionContext,
) -> EventDate | None:
    """The resolved date, or None when the arithmetic leaves years 1..9999
    ("next year" in a text published 9999-12-31)."""
    try:
        resolved = resolve(match, context)
    except (OverflowError, ValueError):
        return None
    if resolved is None or resolved.value is None:
        return resolved
    year = resolved.value.split("-")[0]
    return resolved if len(year) == 4 and year != "0000" else None


# --- patterns --------------------------------------------------------------

# Month and weekday names are matched capitalised only, so "may", "march" and
# "august" as ordinary words never fire.
_MONTH = (
    rf"(?P<month>(?:{alternation(TIME_WORDS['months'], True)})\b"
    rf"|(?:{alternation(TIME_WORDS['month_abbreviations'], True)})\b\.?)"
)
_WEEKDAY = rf"(?P<weekday>{alternation(TIME_WORDS['weekdays'], True)})\b"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:18|19|20)\d\d)\b(?![-–/.]\d)"
_NUMBER = rf"(?P<count>\d{{1,3}}|(?i:{alternation(TIME_WORDS['numbers'])}))"
_MODIFIER = rf"(?:(?P<mod>(?i:{alternation(TIME_WORDS['period_modifiers'])}))(?:\s+|-))?"
_SEASON = rf"(?:(?P<season>(?:the\s+)?(?i:{alternation(TIME_WORDS['seasons'])}))(?:\s+of)?\s+)?"
_DAY_PART = rf"(?:\s+(?i:{alternation(TIME_WORDS['day_parts'])}))?"
_YEAR_WORD = r"(?:,?\s+(?:of\s+)?(?P<yearword>(?i:this|last|next|that|the\s+same))\s+year\b)?"
_LEADING_WEEKDAY = rf"(?:{_WEEKDAY},?\s+)?"
_TO_DAY = r"\s*(?:and|to|-|–|&)\s*(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
# Bare months and years need a preposition that is not "on"/"at" ("on March"
# is not English; "at 2019" is a score or a time).
_CUE_PREPOSITIONS = frozenset(normal(p) for p in TIME_WORDS["role_prepositions"]) - {"on", "at"}


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    resolve: Resolver
    needs_cue: bool = False  # bare month/year: fires only with a preposition or modifier
    only_after: str | None = None  # a duration is a date only after "within"
    anchored: bool = False  # resolved against an earlier time, not publication
    # every match holds a digit (a day, a year): not tried on a sentence without one
    needs_digit: bool = False


@dataclass(frozen=True)
class _Candidate:
    start: int  # including the preposition
    end: int
    pattern: _Pattern
    match: re.Match[str]
    preposition: str | None  # normalised, e.g. "no later than"


def _pattern(body: str, resolve: Resolver, **flags: Any) -> _Pattern:
    return _Pattern(re.compile(rf"\b{body}"), resolve, **flags)


def _with_copula(body: str) -> str:
    # "The last time was 2019." -- a year closing a clause after was/were.
    return rf"(?:(?<=\bwas\s)|(?<=\bwere\s)){body}(?=\s*(?:[.;,)]|$))"


_PATTERNS: tuple[_Pattern, ...] = (
    _pattern(
        r"(?P<year>\d{4})-(?P<month_number>\d\d)-(?P<day>\d\d)(?!\d)", resolve_iso, needs_digit=True
    ),
    _pattern(
        r"(?P<first>\d{1,2})(?P<separator>[/.-])(?P<second>\d{1,2})(?P=separator)"
        r"(?P<year>\d{4})\b",
        resolve_numeric,
        needs_digit=True,
    ),
    _pattern(
        rf"{_LEADING_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}", resolve_full_date, needs_digit=True
    ),
    _pattern(
        rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
        resolve_full_date,
        needs_digit=True,
    ),
    # "on 5 and 6 May 2023", "3-4 March": a span of days is dated by its first day
    _pattern(
        rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY}{_TO_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
        resolve_full_date,
        needs_digit=True,
    ),
    _pattern(
        rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY}{_TO_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR_WORD}",
        resolve_day_without_year,
        needs_digit=True,
    ),
    _pattern(rf"{_MODIFIER}{_MONTH},?\s+(?:of\s+)?{_YEAR}", resolve_month_year, needs_digit=True),
    _pattern(
        rf"{_LEADING_WEEKDAY}{_MONTH}\s+{_DAY}{_YEAR_WORD}",
        resolve_day_without_year,
        needs_digit=True,
    ),
    _pattern(
        rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR_WORD}",
        resolve_day_without_year,
        needs_digit=True,
    ),
    _pattern(
        rf"{_MODIFIER}(?:(?P<which>(?i:last|this|next))\s+)?{_MONTH}{_YEAR_WORD}",
        resolve_month,
        needs_cue=True,
    ),
    _pattern(rf"{_MODIFIER}{_SEASON}{_YEAR}", resolve_year, needs_cue=True, needs_digit=True),
    _Pattern(re.compile(_with_copula(_YEAR)), resolve_year, needs_digit=True),
    # "last summer", "this autumn": the year of that season
    _pattern(
        rf"(?P<which>(?i:last|this|next))\s+(?P<season>(?i:{alternation(TIME_WORDS['seasons'])}))\b",
        resolve_season,
    ),
    # "in recent days", "in the past few weeks": the news, the month of publication
    _pattern(
        r"(?:(?i:the)\s+)?(?i:recent|past\s+few|last\s+few)\s+(?i:days|weeks)\b",
        resolve_recent,
        only_after="in",
    ),
    # "in the 1990s", "since the early 2000s": a time named, but no year of it
    _pattern(
        r"(?i:the)\s+(?:(?i:early|mid|late)[-\s]+)?(?:18|19|20)\d0'?s\b",
        resolve_decade,
        needs_digit=True,
    ),
    # "on the 5th": an ordinal day of no month named (with a month, the longer date wins)
    _Pattern(
        re.compile(
            r"(?<=\bon\s)the\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[.,;:)]|$)|\s+(?:of|and|after|before|when|as|in|at|amid|over)\b)"
        ),
        resolve_day_of_month,
        needs_digit=True,
    ),
    _pattern(
        rf"(?:(?P<which>(?i:last|this|next))\s+|(?i:early|late)\s+)?{_WEEKDAY}{_DAY_PART}"
        rf"(?:\s+(?:of\s+)?(?P<week>(?i:last|this|next))\s+week\b)?",  # 'Monday last week'
        resolve_weekday,
    ),
    _pattern(
        rf"(?P<dayword>(?i:{alternation(TIME_WORDS['day_words'])})){_DAY_PART}\b", resolve_day_word
    ),
    _pattern(
        rf"{_MODIFIER}(?<!\bthe\s)(?P<which>(?i:this|last|next))\s+(?P<unit>(?i:week|month|year))\b",
        resolve_relative_period,
    ),
    # "over the weekend", "last weekend": two days, so the month of its Saturday
    _pattern(
        r"(?:(?<=\b[Oo]ver\s)|(?<=\b[Aa]t\s)|(?<=\b[Dd]uring\s)|(?<=\b[Oo]n\s))(?i:the)\s+weekend\b"
        r"|(?P<which>(?i:this|last|next))\s+weekend\b",
        resolve_weekend,
    ),
    _pattern(
        rf"{_NUMBER}\s+(?P<unit>(?i:hours?|days?|weeks?|fortnights?|months?|years?|decades?))"
        # "ten years ago this week", "a year ago today": the count names the time
        r"\s+(?i:ago)\b(?:\s+(?i:this\s+(?:week|month)|today)\b)?",
        resolve_ago,
    ),
    _pattern(
        rf"(?:(?i:the\s+next)\s+)?{_NUMBER}\s+(?P<unit>(?i:hours?|days?|weeks?|months?|years?))\b",
        resolve_within,
        only_after="within",
    ),
    _pattern(
        rf"{_MODIFIER}(?i:that|the\s+same|that\s+same)\s+(?P<unit>(?i:year|month|day))\b",
        resolve_anchored,
        anchored=True,
    ),
    _pattern(
        r"(?i:the)\s+(?P<direction>(?i:following|next|previous|preceding|prior))\s+"
        r"(?P<unit>(?i:year|month|week|day))\b",
        resolve_anchored,
        anchored=True,
    ),
    _pattern(
        rf"{_NUMBER}\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+"
        r"(?P<direction>(?i:later|earlier))\b",
        resolve_anchored,
        anchored=True,
    ),
    # "Hours later, Baghdad retaliated in kind": the day of the act just told.
    _pattern(
        rf"(?:(?:(?i:a\s+few|several)|{_NUMBER})\s+)?(?i:hours|minutes)\s+(?i:later|afterwards)\b",
        resolve_same_day,
        anchored=True,
    ),
    # "a week after the expulsion", "two days before the vote": counted from the time
    # just named, when a noun phrase follows (before a clause, "seven years after it
    # shut", the count runs back from the act of the main clause instead).
    _pattern(
        rf"(?:{_NUMBER}|(?i:the)(?=\s+(?i:day|week|month|year)\s))\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+"
        r"(?P<direction>(?i:after|before))(?=\s+(?i:the|this|that|its|their|his|her)\s)",
        resolve_anchored,
        anchored=True,
    ),
    # "had summoned him the day before", "The week after, Rabat ...": with no noun
    # phrase after it, counted from the time just named
    _pattern(
        r"(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<direction>(?i:after|before))"
        r"(?=\s*(?:[.,;:)]|$)|\s+(?:over|in|at|amid|during|to|for|with|as|and|but)\b)",
        resolve_anchored,
        anchored=True,
    ),
    # "days later", "a few days after the expulsion": the month a few days on ("a few
    # days earlier": back)
    _pattern(
        r"(?<!the\s)(?:(?i:a\s+few|several|some|just)\s+)?(?i:days)\s+(?P<direction>"
        r"(?i:later|earlier|(?:after|before)(?=\s+(?:the|this|that|its|their|his|her)\s)))",
        resolve_days_later,
        anchored=True,
    ),
    # "the following Monday": the first Monday after the day just named
    _pattern(
        rf"(?i:the\s+(?:following|next))\s+{_WEEKDAY}",
        resolve_anchored_weekday,
        anchored=True,
    ),
    # "closed since the 2011 uprising": the year of the event it has lasted since
    _pattern(
        rf"(?i:the)\s+{_YEAR}(?=\s+[a-z])", resolve_year, only_after="since", needs_digit=True
    ),
    # "closed since then": since the time just named
    _pattern(r"(?i:then)\b", resolve_anchor_itself, only_after="since", anchored=True),
    # "earlier in the day", "later in the month": the day or month just named
    _pattern(
        r"(?i:earlier|later)\s+in\s+the\s+(?P<unit>(?i:day|month|year))\b",
        resolve_anchored,
        anchored=True,
    ),
)

# Prepositions are looked for right before a match rather than inside every
# pattern: an optional leading alternation tried at each position is slow.
_PRECEDING_PREPOSITION = re.compile(
    rf"\b(?P<prep>(?i:{alternation(TIME_WORDS['role_prepositions'])}))\s+\Z"
)
_DIGIT = re.compile(r"\d")
_LONGEST_PREPOSITION = max(map(len, TIME_WORDS["role_prepositions"])) + 8


def _preceding_preposition(text: str, start: int) -> re.Match[str] | None:
    return _PRECEDING_PREPOSITION.search(text, max(0, start - _LONGEST_PREPOSITION), start)


def _has_cue(match: re.Match[str], preposition: str | None) -> bool:
    groups = match.groupdict()
    return bool(
        preposition in _CUE_PREPOSITIONS
        or groups.get("mod")
        or groups.get("which")
        or groups.get("yearword")
        or groups.get("season")
    )


# A sentence's times are read for both tenses, then again as the next sentences' anchor:
# the patterns are tried once (they cost more than the rest of the dating).
@lru_cache(maxsize=32)
def _candidates(text: str) -> tuple[_Candidate, ...]:
    found = []
    digits = _DIGIT.search(text) is not None  # most sentences have none
    for pattern in _PATTERNS:
        if pattern.needs_digit and not digits:
            continue
        for match in pattern.regex.finditer(text):
            before = _preceding_preposition(text, match.start())
            preposition = normal(before["prep"]) if before else None
            if pattern.needs_cue and not _has_cue(match, preposition):
                continue
            if pattern.only_after is not None and preposition != pattern.only_after:
                continue
            start = before.start() if before else match.start()
            found.append(_Candidate(start, match.end(), pattern, match, preposition))
    return tuple(found)


def _non_overlapping(candidates: tuple[_Candidate, ...]) -> list[_Candidate]:
    """The longest candidates that do not overlap, in text order."""
    chosen: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(candidate.end <= c.start or candidate.start >= c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def _role(candidate: _Candidate) -> str:
    preposition = candidate.preposition
    role = TIME_WORDS["role_prepositions"][preposition] if preposition else "point"
    if candidate.pattern.anchored and role == "point":
        return "relative_anchor"
    return role
