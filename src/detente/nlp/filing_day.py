"""The day an article speaks from, which its deixis ('yesterday', 'on Monday') counts from.

Usually the publication day.  A transcript, a wire story or a press release posted a
day later carries its own date at its head ("Department Press Briefing - August 14,
2018", "November 14, 2018 (ADDIS ABABA) -", "LONDON, 3 March 2023 -"): its
'yesterday' is the day before that date, not before the posting.  Only a head date a
few days before publication is taken: a later one is a crawl or update stamp, a much
earlier one is not the day of this text.  A wire dateline may name the weekday
instead ("RABAT, Monday (Reuters) -"): that day, as 'on Monday' in its lead would.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil import parser as dateutil_parser

_HEAD_LINES = 12  # non-empty lines at the top where a head date stands
_HEAD_LINE_CHARS = 90  # longer lines are prose, whose dates are events
_FILING_REACH = timedelta(days=3)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
_DAY = rf"(?P<day>{_WEEKDAY}?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}))"
_TIME = r"(?:[\s,|/-]+(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|[AP]M|[A-Z]{2,4}|\(?UTC[^)]*\)?))*"
# A line that is the date (with a weekday, a time, a zone), or a title or place and
# then the date ("Department Press Briefing - August 14, 2018", "Santiago, 5 May 2022").
_DATE_LINE = re.compile(rf"^\W*(?:[^\n]{{0,60}}?(?:\s[-–—|]|,)\s*)?{_DAY}{_TIME}\W*$")
# A release's head line that opens with its date: "May 7, 2024 - Ottawa, Ontario - Global
# Affairs Canada".
_DATE_FIRST_LINE = re.compile(rf"^\s*{_DAY}\s*[-–—|]\s*[^\n]{{0,70}}$")
# A lead that opens with its date and place: "November 14, 2018 (ADDIS ABABA) -".
_DATED_LEAD = re.compile(rf"^\s*{_DAY}\s*\([A-Z][A-Za-z .'-]+\)\s*[-–—:]")
# A wire dateline, the year often left out: "WASHINGTON, March 19 (Xinhua) --", "Kabul,
# Aug 2 -", and day first as the Gulf and South Asian agencies write it: "ABU DHABI, 29th
# June, 2022 (WAM) --", "ISLAMABAD, 5 May (APP):".
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_WIRE_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .'-]{{2,40}},\s*"
    rf"(?P<day>(?:{_MONTH}\s+{_ORDINAL}|{_ORDINAL}\s+{_MONTH})(?P<year>,?\s+\d{{4}})?)"
    r"\s*(?:\([^)]{2,30}\)\s*)?[-–—:]"
)
# A wire dateline naming the weekday instead: "RABAT, Monday (Reuters) -", "BEIJING,
# Tuesday (Xinhua) --".
_WEEKDAY_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{2,40},\s*(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"\s*(?:\([^)]{2,30}\)\s*)?[-–—:]"
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def filing_day(text: str, published: date | None) -> date | None:
    """The day the article's deixis counts from: its head date when that lies a few
    days before ``published``, else ``published``."""
    if published is None:
        return None
    found = None
    for line in _head_lines(text):
        short = len(line) <= _HEAD_LINE_CHARS
        match = (_DATE_LINE.match(line) or _DATE_FIRST_LINE.match(line)) if short else None
        match = match or _DATED_LEAD.match(line)
        when = _day(match.group("day")) if match else _wire_day(line, published)
        when = when or weekday_dateline_day(line, published)
        if when is not None and published - _FILING_REACH <= when <= published:
            found = when  # the last one: the text's own date follows the page's
    return found or published


def _head_lines(text: str) -> list[str]:
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line][:_HEAD_LINES]


def _wire_day(line: str, published: date) -> date | None:
    """The day of a dateline without its year: the posting's year, or the one before
    for a dateline of late December posted in January."""
    match = _WIRE_DATELINE.match(line)
    if match and match.group("year"):
        return _day(match.group("day"))
    when = _day(f"{match.group('day')} {published.year}") if match else None
    if when is not None and when > published:
        when = _day(f"{match.group('day')} {published.year - 1}")
    return when


def weekday_dateline_day(line: str, published: date) -> date | None:
    """The day a weekday dateline names ('RABAT, Monday (Reuters) -'): that weekday on or
    before publication.  None for a line that opens with no such dateline."""
    match = _WEEKDAY_DATELINE.match(line.lstrip())
    if match is None:
        return None
    back = (published.weekday() - _WEEKDAYS.index(match.group("weekday"))) % 7
    return published - timedelta(days=back)


def _day(text: str) -> date | None:
    try:
        return dateutil_parser.parse(text.replace(".", ""), fuzzy=False).date()
    except (ValueError, OverflowError):
        return None
