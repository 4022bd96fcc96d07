"""Time expressions -> :class:`EventDate`: the time words and the date arithmetic.

:mod:`detente.nlp.timex` finds an expression and hands its match to one of the
``resolve_*`` functions here, with the publication date, the tense and the last
time resolved in the text (:class:`ResolutionContext`).  The choices made where
the text is vague are listed in :mod:`detente.nlp.timex`'s docstring.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.resources import files
from typing import Any, TypeVar

from dateutil.relativedelta import relativedelta

from detente.model import EventDate

# --- vocabulary ------------------------------------------------------------


def _load_lexicon() -> dict[str, Any]:
    path = files("detente").joinpath("data", "lexicon", "time_words.json")
    return json.loads(path.read_text(encoding="utf-8"))


TIME_WORDS = _load_lexicon()


def alternation(words: Iterable[str], capitalise: bool = False) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run."""
    ordered = sorted(words, key=len, reverse=True)
    escaped = (re.escape(w.capitalize() if capitalise else w) for w in ordered)
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped)


def normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _month_number(name: str) -> int:
    key = name.rstrip(".").lower()
    return TIME_WORDS["months"].get(key) or TIME_WORDS["month_abbreviations"][key]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else TIME_WORDS["numbers"][word.lower()]


# --- resolution ------------------------------------------------------------


@dataclass(frozen=True)
class ResolutionContext:
    published: date | None
    tense: str
    anchor: EventDate | None  # the last time resolved in the text, for "that year"
    # The year the text opens on ("2010: ...", "In 2010, ..."): a frame for the months
    # it names without a year.
    framing_year: int | None = None
    # The last day named, which "the same day" means when a coarser time came since.
    day_anchor: EventDate | None = None


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
    return normal(value) if value else None


def _day_of(year: int, month: int, day: int) -> EventDate | None:
    try:
        return EventDate.of_day(date(year, month, day))
    except ValueError:
        return None


def _year_from_word(match: re.Match[str], ctx: ResolutionContext) -> int | None:
    """The year "this/last/next year" after a month names, if any and resolvable; "that
    year" ("in May of that year") is the year of the time just named."""
    word = _word(match, "yearword") or ""
    if word in ("that", "the same"):
        anchor = ctx.anchor
        return int(anchor.value[:4]) if anchor is not None and anchor.value else None
    offset = {"last": -1, "this": 0, "next": 1}.get(word)
    if offset is None or ctx.published is None:
        return None
    return ctx.published.year + offset


def resolve_iso(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    return _day_of(int(match["year"]), int(match["month_number"]), int(match["day"]))


def resolve_numeric(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """Day first ('29.07.2022'), but with slashes US order ('7/29/2022') unless the
    first number exceeds 12 or only the day-first reading lies on the side of
    publication that the tense says ('expelled ... on 10/01/2025' in January 2025)."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    day_first = _day_of(year, second, first)
    if match["separator"] != "/" or first > 12:
        return day_first
    month_first = _day_of(year, first, second)
    if day_first is None or month_first is None or ctx.published is None:
        return month_first or day_first
    if _on_tense_side(day_first, ctx) and not _on_tense_side(month_first, ctx):
        return day_first
    return month_first


def _on_tense_side(when: EventDate, ctx: ResolutionContext) -> bool:
    """Whether the day lies no later than publication (past) or no earlier (future)."""
    day, published = when.value or "", ctx.published.isoformat() if ctx.published else ""
    return day <= published if ctx.tense == "past" else published <= day


def resolve_full_date(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    return _day_of(int(match["year"]), _month_number(match["month"]), int(match["day"]))


def resolve_month_year(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    return EventDate.of_month(int(match["year"]), _month_number(match["month"]))


# A day without a year that lies only days on the wrong side of publication
# ("starting April 19" in a past-tense sentence of 17 April) is this year's: a
# whole year off would be the worse mistake.
_DAY_GRACE = timedelta(days=7)


def resolve_day_without_year(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
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
        agreeing = [c for c in candidates if c.weekday() == TIME_WORDS["weekdays"][weekday]]
        if agreeing:
            return EventDate.of_day(min(agreeing, key=lambda c: abs(c - ctx.published)))
    grace = _DAY_GRACE if ctx.tense == "past" else -_DAY_GRACE
    chosen = _pick(candidates, ctx.published + grace, ctx.tense, None)
    return EventDate.of_day(chosen) if chosen else None


def resolve_day_of_month(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """'on the 5th': that day of the publication month, or of the month before (after,
    in the future tense) when it lies on the other side of publication; after a month
    named just before ('In April, ... on the 3rd'), a day of that month."""
    anchor = ctx.anchor
    if anchor is not None and anchor.precision == "month" and anchor.value:
        return _day_of(int(anchor.value[:4]), int(anchor.value[5:7]), int(match["day"]))
    if ctx.published is None:
        return None
    first = ctx.published.replace(day=1)
    months = (first - relativedelta(months=1), first, first + relativedelta(months=1))
    candidates = []
    for month in months:
        found = _day_of(month.year, month.month, int(match["day"]))
        if found is not None and found.value is not None:
            candidates.append(date.fromisoformat(found.value))
    chosen = _pick(candidates, ctx.published, ctx.tense, None)
    return EventDate.of_day(chosen) if chosen else None


def resolve_month(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    month = _month_number(match["month"])
    year = _year_from_word(match, ctx)
    if year is not None:
        return EventDate.of_month(year, month)
    if ctx.published is None:
        return None
    which = _word(match, "which")
    if which is None and ctx.framing_year is not None:
        return EventDate.of_month(ctx.framing_year, month)
    if which == "this":
        return EventDate.of_month(ctx.published.year, month)
    pivot = (ctx.published.year, ctx.published.month)
    years = range(ctx.published.year - 1, ctx.published.year + 2)
    chosen = _pick(((y, month) for y in years), pivot, ctx.tense, which)
    return EventDate.of_month(*chosen) if chosen else None


def resolve_year(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    return EventDate.of_year(int(match["year"]))


# The months a season spans (northern), the first and the last; winter runs into the
# next year, which holds most of it.
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                  "winter": (12, 14)}  # fmt: skip


def resolve_season(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """'last summer': the year of the last such season over before publication; 'this
    summer' the one of the publication year (or under way), 'next summer' the first
    one to begin after it."""
    if ctx.published is None:
        return None
    first, last = _SEASON_MONTHS[normal(match["season"])]
    which = normal(match["which"])
    pivot = ctx.published.year * 12 + ctx.published.month - 1
    years = range(ctx.published.year - 2, ctx.published.year + 2)
    spans = [(y, y * 12 + first - 1, y * 12 + last - 1) for y in years]
    if which == "last":
        chosen = max(y for y, _, end in spans if end < pivot)
    elif which == "next":
        chosen = min(y for y, start, _ in spans if start > pivot)
    else:
        under_way = [y for y, start, end in spans if start <= pivot <= end]
        chosen = under_way[0] if under_way else ctx.published.year
    return EventDate.of_year(chosen + (1 if last > 12 else 0))


def resolve_recent(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """'in recent days': the news of the publication month, as 'this week' is."""
    if ctx.published is None:
        return None
    return EventDate.of_month(ctx.published.year, ctx.published.month)


def resolve_decade(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """'in the 1990s': the time is named, but no year, month or day of it (GUIDELINES
    knows no decades), so the act is dated by nothing, not by the publication."""
    return EventDate()


def resolve_weekday(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    if ctx.published is None:
        return None
    weekday = TIME_WORDS["weekdays"][normal(match["weekday"])]
    if match["week"]:  # 'on Wednesday last week': that day of the calendar week named
        step = {"last": -1, "this": 0, "next": 1}[normal(match["week"])]
        monday = ctx.published - timedelta(days=ctx.published.weekday())
        return EventDate.of_day(monday + timedelta(weeks=step, days=weekday))
    nearby = (ctx.published + timedelta(days=k) for k in range(-7, 8))
    candidates = (d for d in nearby if d.weekday() == weekday)
    chosen = _pick(candidates, ctx.published, ctx.tense, _word(match, "which"))
    return EventDate.of_day(chosen) if chosen else None


def resolve_day_word(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    if ctx.published is None:
        return None
    offset = TIME_WORDS["day_words"][normal(match["dayword"])]
    return EventDate.of_day(ctx.published + timedelta(days=offset))


def resolve_relative_period(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    if ctx.published is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[normal(match["which"])]
    return shifted(ctx.published, normal(match["unit"]), step)


def resolve_weekend(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """'over the weekend': the month of the Saturday of the weekend gone (ahead for the
    future tense or 'next'); a weekend is two days, so no day is given."""
    if ctx.published is None:
        return None
    which = _word(match, "which")
    ahead = which == "next" or (which != "last" and ctx.tense == "future")
    saturday = ctx.published - timedelta(days=(ctx.published.weekday() - 5) % 7)
    if ahead and saturday < ctx.published:
        saturday += timedelta(weeks=1)
    if which == "last" and ctx.published.weekday() >= 5:
        saturday -= timedelta(weeks=1)  # 'last weekend' said on a Sunday: the one before
    return EventDate.of_month(saturday.year, saturday.month)


def shifted(day: date, unit: str, steps: int) -> EventDate:
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
    return normal(match["unit"]).removesuffix("s")


def resolve_ago(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    if ctx.published is None:
        return None
    unit, count = _unit(match), _count(match["count"])
    if unit == "fortnight":  # 'a fortnight ago': two weeks
        unit, count = "week", 2 * count
    return shifted(ctx.published, unit, -count)


def resolve_within(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    if ctx.published is None:
        return None
    unit, count = _unit(match), _count(match["count"])
    if unit == "week":  # a deadline is a day: keep the day, not the week's month
        return EventDate.of_day(ctx.published + timedelta(weeks=count))
    return shifted(ctx.published, unit, count)


_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
_ANCHOR_STEPS = {
    "following": 1, "next": 1, "later": 1, "after": 1,
    "previous": -1, "preceding": -1, "prior": -1, "earlier": -1, "before": -1,
}  # fmt: skip


def resolve_anchored(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    anchor = ctx.anchor
    unit = _unit(match)
    # a count of weeks is a count of days; a decade, of years
    needed = {"decade": "year", "week": "day"}.get(unit, unit)
    direction = _word(match, "direction") or ""
    coarse = anchor is not None and _PRECISION_RANK[anchor.precision] < _PRECISION_RANK[needed]
    if coarse and needed == "day" and ctx.day_anchor is not None:
        # 'On 3 February ... had recognised Taipei in 1980. The same day, ...': a day
        # is counted from the last day named, not from the year told in between
        anchor, coarse = ctx.day_anchor, False
    within = match.group(0).lower().startswith(("earlier", "later"))  # 'earlier in the day'
    if within and ctx.published and (anchor is None or (coarse and unit == "day")):
        return shifted(ctx.published, unit, 0)  # no day named: today's
    # 'two days after the vote' counts from the vote, which a coarser time need not be
    if anchor is None or not anchor.known or (coarse and direction in ("after", "before")):
        return None
    steps = _ANCHOR_STEPS.get(direction, 0)
    if match.groupdict().get("count"):
        steps *= _count(match["count"])
    if not coarse and unit == "week":  # 'a week after the expulsion' on 3 May: 10 May
        return EventDate.of_day(first_day(anchor) + timedelta(weeks=steps))
    if not coarse:
        return shifted(first_day(anchor), unit, steps)
    # 'in May ... a day earlier' is still May: count from the middle of a coarse period
    moved = shifted(_middle(anchor), unit, steps)
    if not moved.value:
        return moved
    # 'in 2021 ... two days later': GUIDELINES, a derived date takes the precision of
    # its least precise part
    width = {"year": 4, "month": 7}[anchor.precision]
    return EventDate(moved.value[:width], anchor.precision)


def _middle(when: EventDate) -> date:
    """The middle of a month's or a year's period: 15 May 2024, 1 July 2014."""
    start = first_day(when)
    return start.replace(day=15) if when.precision == "month" else start.replace(month=7)


def first_day(when: EventDate) -> date:
    """The first day of a known date's period: '2014' is 1 January 2014."""
    value = when.value or ""
    month = int(value[5:7]) if when.precision != "year" else 1
    day = int(value[8:10]) if when.precision == "day" else 1
    return date(int(value[:4]), month, day)


def resolve_same_day(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """'hours later': the anchor's day, when the anchor is a day."""
    anchor = ctx.anchor
    return anchor if anchor is not None and anchor.precision == "day" else None


def resolve_anchor_itself(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """'since then': the time just named, as it was named."""
    return ctx.anchor


def resolve_anchored_weekday(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """'the following Monday': the first such weekday after the day just named."""
    anchor = ctx.anchor
    if anchor is None or anchor.precision != "day" or not anchor.value:
        return None
    weekday = TIME_WORDS["weekdays"][normal(match["weekday"])]
    day = date.fromisoformat(anchor.value)
    ahead = (weekday - day.weekday() - 1) % 7 + 1
    return EventDate.of_day(day + timedelta(days=ahead))


_FEW_DAYS = timedelta(days=3)


def resolve_days_later(match: re.Match[str], ctx: ResolutionContext) -> EventDate | None:
    """'days later': no day is given, so the month a few days after the day just named
    ('a few days earlier': before it)."""
    anchor = ctx.anchor
    if anchor is None or anchor.precision != "day" or not anchor.value:
        return None
    back = normal(match["direction"]) in ("earlier", "before")
    later = date.fromisoformat(anchor.value) + (-_FEW_DAYS if back else _FEW_DAYS)
    return EventDate.of_month(later.year, later.month)


# What every pattern of detente.nlp.timex resolves its match with.
Resolver = Callable[[re.Match[str], ResolutionContext], "EventDate | None"]
