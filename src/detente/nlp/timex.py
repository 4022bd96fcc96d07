"""Time expressions: find dates in a sentence and resolve them to :class:`EventDate`.

An event is dated by when it happened, so every expression is resolved against
the article's publication date ("on Sunday" in an article of Monday 2021-10-18
is 2021-10-17), or against a time mentioned earlier in the same text ("early
that year").  Words (months, weekdays, prepositions, number words) live in
``data/lexicon/time_words.json``; this module holds only the patterns and the
arithmetic.

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
  mid-2012" is 2012, "in early March" is a month.
* "last night" is the day before publication (articles are mostly written the
  morning after).
* A bare year or a bare month fires only after a preposition ("in 2019", "since
  2008", "by August"), a modifier ("mid-2012", "late March"), or, for a year,
  as the complement of "was"/"were" at the end of a clause ("The last time
  was 2019.").  So "the 2020 election", "25 missiles", "72 hours",
  "11 years in prison", "a three-year break" and "may" never fire.  Decades
  ("the 1990s") give no precision and are skipped.
* Numeric dates: ``2022-07-29``; ``7/29/2022`` is US month/day unless the first
  number exceeds 12; ``29.07.2022`` and ``29-07-2022`` are day first.
* Without a publication date, everything relative to it (weekdays, "last
  month", bare months, dates without a year) is dropped; explicit dates and
  anchored expressions still resolve.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from importlib.resources import files
from typing import Any, TypeVar

from dateutil.relativedelta import relativedelta

from detente.model import EventDate

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
) -> list[TimeExpression]:
    """All resolvable time expressions in ``text``, left to right.

    ``tense`` is ``"past"`` or ``"future"`` and decides how bare weekdays,
    months and days without a year resolve (past: the most recent one on or
    before ``published``; future: the next one on or after it).
    ``anchor_year`` is the year that "that year" refers to when the text itself
    names none before it (e.g. the year of an earlier sentence), or an earlier date.
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {TENSES}, not {tense!r}")
    anchor = EventDate.of_year(anchor_year) if isinstance(anchor_year, int) else anchor_year
    context = _Context(published, tense, anchor)
    found: list[TimeExpression] = []
    for candidate in _non_overlapping(_candidates(text)):
        resolved = _within_calendar(candidate.pattern.resolve, candidate.match, context)
        if resolved is None:
            continue
        start, end = candidate.start, candidate.end
        found.append(TimeExpression(start, end, text[start:end], resolved, _role(candidate)))
        context = replace(context, anchor=resolved)
    return found


def _within_calendar(
    resolve: Callable[[re.Match[str], _Context], EventDate | None],
    match: re.Match[str],
    context: _Context,
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


# --- vocabulary ------------------------------------------------------------


def _load_lexicon() -> dict[str, Any]:
    path = files("detente").joinpath("data", "lexicon", "time_words.json")
    return json.loads(path.read_text(encoding="utf-8"))


_LEX = _load_lexicon()


def _alternation(words: Iterable[str], capitalise: bool = False) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run."""
    ordered = sorted(words, key=len, reverse=True)
    escaped = (re.escape(w.capitalize() if capitalise else w) for w in ordered)
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped)


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _month_number(name: str) -> int:
    key = name.rstrip(".").lower()
    return _LEX["months"].get(key) or _LEX["month_abbreviations"][key]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _LEX["numbers"][word.lower()]


# Month and weekday names are matched capitalised only, so "may", "march" and
# "august" as ordinary words never fire.
_MONTH = (
    rf"(?P<month>(?:{_alternation(_LEX['months'], True)})\b"
    rf"|(?:{_alternation(_LEX['month_abbreviations'], True)})\b\.?)"
)
_WEEKDAY = rf"(?P<weekday>{_alternation(_LEX['weekdays'], True)})\b"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:18|19|20)\d\d)\b(?![-–/.]\d)"
_NUMBER = rf"(?P<count>\d{{1,3}}|(?i:{_alternation(_LEX['numbers'])}))"
_MODIFIER = rf"(?:(?P<mod>(?i:{_alternation(_LEX['period_modifiers'])}))(?:\s+|-))?"
_SEASON = rf"(?:(?P<season>(?:the\s+)?(?i:{_alternation(_LEX['seasons'])}))(?:\s+of)?\s+)?"
_DAY_PART = rf"(?:\s+(?i:{_alternation(_LEX['day_parts'])}))?"
_YEAR_WORD = r"(?:,?\s+(?:of\s+)?(?P<yearword>(?i:this|last|next))\s+year\b)?"
_LEADING_WEEKDAY = rf"(?:{_WEEKDAY},?\s+)?"
# Bare months and years need a preposition that is not "on"/"at" ("on March"
# is not English; "at 2019" is a score or a time).
_CUE_PREPOSITIONS = frozenset(_normal(p) for p in _LEX["role_prepositions"]) - {"on", "at"}


# --- resolution ------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    published: date | None
    tense: str
    anchor: EventDate | None  # the last time resolved in the text, for "that year"


_Ordered = TypeVar("_Ordered", date, tuple[int, int])


def _pick(
    candidates: Iterable[_Ordered], pivot: _Ordered, tense: str, which: str | None
) -> _Ordered | None:
    """The candidate nearest ``pivot`` on the side that ``which`` or ``tense`` says."""
    pool = list(candidates)
    if which == "last":
        return max((c for c in pool if c < pivot), default=None)
    if which == "next":
        return min((c for c in pool if c > pivot), default=None)
    if tense == "past":
        return max((c for c in pool if c <= pivot), default=None)
    return min((c for c in pool if c >= pivot), default=None)


def _word(match: re.Match[str], group: str) -> str | None:
    value = match.groupdict().get(group)
    return _normal(value) if value else None


def _day_of(year: int, month: int, day: int) -> EventDate | None:
    try:
        return EventDate.of_day(date(year, month, day))
    except ValueError:
        return None


def _year_from_word(match: re.Match[str], ctx: _Context) -> int | None:
    """The year "this/last/next year" after a month names, if any and resolvable."""
    offset = {"last": -1, "this": 0, "next": 1}.get(_word(match, "yearword") or "")
    if offset is None or ctx.published is None:
        return None
    return ctx.published.year + offset


def _resolve_iso(match: re.Match[str], ctx: _Context) -> EventDate | None:
    return _day_of(int(match["year"]), int(match["month_number"]), int(match["day"]))


def _resolve_numeric(match: re.Match[str], ctx: _Context) -> EventDate | None:
    first, second = int(match["first"]), int(match["second"])
    if match["separator"] == "/" and first <= 12:  # US order: 7/29/2022
        first, second = second, first
    return _day_of(int(match["year"]), second, first)


def _resolve_full_date(match: re.Match[str], ctx: _Context) -> EventDate | None:
    return _day_of(int(match["year"]), _month_number(match["month"]), int(match["day"]))


def _resolve_month_year(match: re.Match[str], ctx: _Context) -> EventDate | None:
    return EventDate.of_month(int(match["year"]), _month_number(match["month"]))


# A day without a year that lies only days on the wrong side of publication
# ("starting April 19" in a past-tense sentence of 17 April) is this year's: a
# whole year off would be the worse mistake.
_DAY_GRACE = timedelta(days=7)


def _resolve_day_without_year(match: re.Match[str], ctx: _Context) -> EventDate | None:
    month, day = _month_number(match["month"]), int(match["day"])
    year = _year_from_word(match, ctx)
    if year is not None:
        return _day_of(year, month, day)
    if ctx.published is None:
        return None
    candidates = []
    for year in range(ctx.published.year - 1, ctx.published.year + 2):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 29 February outside leap years
            continue
    weekday = _word(match, "weekday")
    if weekday is not None:
        agreeing = [c for c in candidates if c.weekday() == _LEX["weekdays"][weekday]]
        if agreeing:
            return EventDate.of_day(min(agreeing, key=lambda c: abs(c - ctx.published)))
    grace = _DAY_GRACE if ctx.tense == "past" else -_DAY_GRACE
    chosen = _pick(candidates, ctx.published + grace, ctx.tense, None)
    return EventDate.of_day(chosen) if chosen else None


def _resolve_month(match: re.Match[str], ctx: _Context) -> EventDate | None:
    month = _month_number(match["month"])
    year = _year_from_word(match, ctx)
    if year is not None:
        return EventDate.of_month(year, month)
    if ctx.published is None:
        return None
    which = _word(match, "which")
    if which == "this":
        return EventDate.of_month(ctx.published.year, month)
    pivot = (ctx.published.year, ctx.published.month)
    years = range(ctx.published.year - 1, ctx.published.year + 2)
    chosen = _pick(((y, month) for y in years), pivot, ctx.tense, which)
    return EventDate.of_month(*chosen) if chosen else None


def _resolve_year(match: re.Match[str], ctx: _Context) -> EventDate | None:
    return EventDate.of_year(int(match["year"]))


def _resolve_weekday(match: re.Match[str], ctx: _Context) -> EventDate | None:
    if ctx.published is None:
        return None
    weekday = _LEX["weekdays"][_normal(match["weekday"])]
    nearby = (ctx.published + timedelta(days=k) for k in range(-7, 8))
    candidates = (d for d in nearby if d.weekday() == weekday)
    chosen = _pick(candidates, ctx.published, ctx.tense, _word(match, "which"))
    return EventDate.of_day(chosen) if chosen else None


def _resolve_day_word(match: re.Match[str], ctx: _Context) -> EventDate | None:
    if ctx.published is None:
        return None
    offset = _LEX["day_words"][_normal(match["dayword"])]
    return EventDate.of_day(ctx.published + timedelta(days=offset))


def _resolve_relative_period(match: re.Match[str], ctx: _Context) -> EventDate | None:
    if ctx.published is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[_normal(match["which"])]
    return _shifted(ctx.published, _normal(match["unit"]), step)


def _shifted(day: date, unit: str, steps: int) -> EventDate:
    """``day`` moved by ``steps`` units, at the precision of the unit."""
    if unit in ("hour", "day"):
        hours = steps if unit == "hour" else 24 * steps
        return EventDate.of_day(day + timedelta(hours=hours))  # whole days only
    if unit == "week":  # no week precision: the month of a day in that week
        moved = day + timedelta(weeks=steps)
        return EventDate.of_month(moved.year, moved.month)
    if unit == "month":
        moved = day + relativedelta(months=steps)
        return EventDate.of_month(moved.year, moved.month)
    years = steps * (10 if unit == "decade" else 1)
    return EventDate.of_year(day.year + years)


def _unit(match: re.Match[str]) -> str:
    return _normal(match["unit"]).removesuffix("s")


def _resolve_ago(match: re.Match[str], ctx: _Context) -> EventDate | None:
    if ctx.published is None:
        return None
    return _shifted(ctx.published, _unit(match), -_count(match["count"]))


def _resolve_within(match: re.Match[str], ctx: _Context) -> EventDate | None:
    if ctx.published is None:
        return None
    unit, count = _unit(match), _count(match["count"])
    if unit == "week":  # a deadline is a day: keep the day, not the week's month
        return EventDate.of_day(ctx.published + timedelta(weeks=count))
    return _shifted(ctx.published, unit, count)


_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
_ANCHOR_STEPS = {
    "following": 1, "next": 1, "later": 1,
    "previous": -1, "preceding": -1, "prior": -1, "earlier": -1,
}  # fmt: skip


def _resolve_anchored(match: re.Match[str], ctx: _Context) -> EventDate | None:
    anchor = ctx.anchor
    unit = _unit(match)
    needed = "year" if unit == "decade" else unit
    if anchor is None or _PRECISION_RANK[anchor.precision] < _PRECISION_RANK[needed]:
        return None
    steps = _ANCHOR_STEPS.get(_word(match, "direction") or "", 0)
    if match.groupdict().get("count"):
        steps *= _count(match["count"])
    value = anchor.value or ""
    month = int(value[5:7]) if anchor.precision != "year" else 1
    day = int(value[8:10]) if anchor.precision == "day" else 1
    return _shifted(date(int(value[:4]), month, day), unit, steps)


# --- patterns --------------------------------------------------------------

Resolver = Callable[[re.Match[str], _Context], "EventDate | None"]


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    resolve: Resolver
    needs_cue: bool = False  # bare month/year: fires only with a preposition or modifier
    only_after: str | None = None  # a duration is a date only after "within"
    anchored: bool = False  # resolved against an earlier time, not publication


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
    _pattern(r"(?P<year>\d{4})-(?P<month_number>\d\d)-(?P<day>\d\d)(?!\d)", _resolve_iso),
    _pattern(
        r"(?P<first>\d{1,2})(?P<separator>[/.-])(?P<second>\d{1,2})(?P=separator)"
        r"(?P<year>\d{4})\b",
        _resolve_numeric,
    ),
    _pattern(rf"{_LEADING_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}", _resolve_full_date),
    _pattern(
        rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
        _resolve_full_date,
    ),
    _pattern(rf"{_MODIFIER}{_MONTH},?\s+(?:of\s+)?{_YEAR}", _resolve_month_year),
    _pattern(rf"{_LEADING_WEEKDAY}{_MONTH}\s+{_DAY}{_YEAR_WORD}", _resolve_day_without_year),
    _pattern(
        rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR_WORD}",
        _resolve_day_without_year,
    ),
    _pattern(
        rf"{_MODIFIER}(?:(?P<which>(?i:last|this|next))\s+)?{_MONTH}{_YEAR_WORD}",
        _resolve_month,
        needs_cue=True,
    ),
    _pattern(rf"{_MODIFIER}{_SEASON}{_YEAR}", _resolve_year, needs_cue=True),
    _Pattern(re.compile(_with_copula(_YEAR)), _resolve_year),
    _pattern(
        rf"(?:(?P<which>(?i:last|this|next))\s+|(?i:early|late)\s+)?{_WEEKDAY}{_DAY_PART}",
        _resolve_weekday,
    ),
    _pattern(
        rf"(?P<dayword>(?i:{_alternation(_LEX['day_words'])})){_DAY_PART}\b", _resolve_day_word
    ),
    _pattern(
        rf"{_MODIFIER}(?<!\bthe\s)(?P<which>(?i:this|last|next))\s+(?P<unit>(?i:week|month|year))\b",
        _resolve_relative_period,
    ),
    _pattern(
        rf"{_NUMBER}\s+(?P<unit>(?i:hours?|days?|weeks?|months?|years?|decades?))\s+(?i:ago)\b",
        _resolve_ago,
    ),
    _pattern(
        rf"(?:(?i:the\s+next)\s+)?{_NUMBER}\s+(?P<unit>(?i:hours?|days?|weeks?|months?|years?))\b",
        _resolve_within,
        only_after="within",
    ),
    _pattern(
        rf"{_MODIFIER}(?i:that|the\s+same|that\s+same)\s+(?P<unit>(?i:year|month|day))\b",
        _resolve_anchored,
        anchored=True,
    ),
    _pattern(
        r"(?i:the)\s+(?P<direction>(?i:following|next|previous|preceding|prior))\s+"
        r"(?P<unit>(?i:year|month|day))\b",
        _resolve_anchored,
        anchored=True,
    ),
    _pattern(
        rf"{_NUMBER}\s+(?P<unit>(?i:days?|months?|years?|decades?))\s+"
        r"(?P<direction>(?i:later|earlier))\b",
        _resolve_anchored,
        anchored=True,
    ),
)

# Prepositions are looked for right before a match rather than inside every
# pattern: an optional leading alternation tried at each position is slow.
_PRECEDING_PREPOSITION = re.compile(
    rf"\b(?P<prep>(?i:{_alternation(_LEX['role_prepositions'])}))\s+\Z"
)
_LONGEST_PREPOSITION = max(map(len, _LEX["role_prepositions"])) + 8


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


def _candidates(text: str) -> list[_Candidate]:
    found = []
    for pattern in _PATTERNS:
        for match in pattern.regex.finditer(text):
            before = _preceding_preposition(text, match.start())
            preposition = _normal(before["prep"]) if before else None
            if pattern.needs_cue and not _has_cue(match, preposition):
                continue
            if pattern.only_after is not None and preposition != pattern.only_after:
                continue
            start = before.start() if before else match.start()
            found.append(_Candidate(start, match.end(), pattern, match, preposition))
    return found


def _non_overlapping(candidates: list[_Candidate]) -> list[_Candidate]:
    """The longest candidates that do not overlap, in text order."""
    chosen: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(candidate.end <= c.start or candidate.start >= c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def _role(candidate: _Candidate) -> str:
    preposition = candidate.preposition
    role = _LEX["role_prepositions"][preposition] if preposition else "point"
    if candidate.pattern.anchored and role == "point":
        return "relative_anchor"
    return role
