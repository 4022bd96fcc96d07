"""A transcript, wire story or release carries its own date at its head; its deixis
('yesterday', 'on Monday') counts from that day, not from a later posting day.

Texts written for these tests; the posting day 2024-05-09 is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

import detente
from detente.nlp.filing_day import filing_day
from detente.nlp.timex import find_time_expressions


def dates(body: str, published: str = "2024-05-09") -> set[tuple[str, str | None]]:
    return {(e.type, e.date.value) for e in detente.extract(body, published=published)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Thursday, May 9, 2024\n\nMinistry Press Briefing - May 8, 2024\n\n"
            "Yesterday President Biden nominated Jane Doe as US ambassador to Kenya.",
            {("APPOINT_AMBASSADOR", "2024-05-07")},
        ),
        (
            "Foreign Office spokesperson's briefing\nWellington\n8 May 2024\n\n"
            "New Zealand expelled two Russian diplomats yesterday, the spokesperson said.",
            {("EXPEL_DIPLOMAT", "2024-05-07")},
        ),
        (
            "May 8, 2024 (NAIROBI) - Kenya recalled its ambassador from Somalia on "
            "Monday, the foreign ministry said.",
            {("RECALL_DIPLOMAT", "2024-05-06")},
        ),
        (
            "Press release\nOttawa, May 8, 2024\n\nCanada today imposed new sanctions on "
            "Belarus over its support for Russia.",
            {("IMPOSE_SANCTIONS", "2024-05-08")},
        ),
        (
            "BUCHAREST, May 8 (Reuters) - Romania expelled a Russian diplomat yesterday "
            "over what it called espionage.",
            {("EXPEL_DIPLOMAT", "2024-05-07")},
        ),
    ],
)
def test_deixis_counts_from_the_date_at_the_head(body: str, expected: set) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "ABU DHABI, 8th May, 2024 (WAM) -- The President received today the credentials "
            "of the new ambassador of Estonia to the UAE.",
            {("PRESENT_CREDENTIALS", "2024-05-08")},
        ),
        (
            "ISLAMABAD, 8 May (APP): Pakistan today summoned the Afghan charge d'affaires "
            "over cross-border firing.",
            {("SUMMON_DIPLOMAT", "2024-05-08")},
        ),
        (
            "MANAMA, 7th May 2024 (BNA) -- Bahrain yesterday recalled its ambassador from "
            "Lebanon for consultations.",
            {("RECALL_DIPLOMAT", "2024-05-06")},
        ),
    ],
)
def test_a_day_first_wire_dateline_is_the_filing_day(body: str, expected: set) -> None:
    """Gulf and South Asian agencies put the day first, with an ordinal and often the
    year: their 'today' is that day, not the posting day."""
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stamp after the posting (a crawl, an update) is not the text's day
        ("Monday, May 13, 2024\n\nKenya recalled its envoy yesterday.", date(2024, 5, 9)),
        # a date in a long line is an event's, not the text's
        (
            "The ministry recalled the ambassador it had sent to Mogadishu on a visit of "
            "several weeks that ended on May 8, 2024\n",
            date(2024, 5, 9),
        ),
        # a head date long before the posting is some other day
        ("April 2, 2024\n\nKenya recalled its envoy yesterday.", date(2024, 5, 9)),
        ("Thursday 9 May 2024 | 10:31 GMT\nKenya recalled its envoy.", date(2024, 5, 9)),
        ("Mogadishu, 7 May 2024, 18:01\nKenya recalled its envoy.", date(2024, 5, 7)),
        ("WASHINGTON, May 8 (Xinhua) -- Kenya recalled its envoy.", date(2024, 5, 8)),
        (
            "News release\n\nMay 7, 2024 - Ottawa, Ontario - Global Affairs Canada\n\n"
            "The Minister today announced sanctions.",
            date(2024, 5, 7),
        ),
        ("Kabul, May 7 - Kenya recalled its envoy.", date(2024, 5, 7)),
        ("NAIROBI, Dec 31 (Reuters) - Kenya recalled its envoy.", date(2024, 5, 9)),
    ],
)
def test_only_a_head_date_shortly_before_posting_is_the_filing_day(text, expected) -> None:
    assert filing_day(text, date(2024, 5, 9)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "BEIJING, Tuesday (Xinhua) -- China lodged a protest and summoned the Japanese "
            "ambassador over the visit to the shrine.",
            {("SUMMON_DIPLOMAT", "2024-05-07")},
        ),
        (
            "RABAT, Monday (Reuters) -- Morocco has recalled its ambassador to Sweden for "
            "consultations, a ministry source said.",
            {("RECALL_DIPLOMAT", "2024-05-06")},
        ),
        (
            "Manila summons envoy\n\nMANILA, Wednesday (AFP) - The Philippines protested and "
            "summoned China's deputy chief of mission over the water cannon attack.\nIt was "
            "the third such protest this year.",
            {("SUMMON_DIPLOMAT", "2024-05-08")},
        ),
        (
            "DHAKA, Tuesday (UNB) -- Bangladesh criticised the remarks and recalled its high "
            "commissioner from New Delhi.",
            {("RECALL_DIPLOMAT", "2024-05-07")},
        ),
    ],
)
def test_a_weekday_dateline_dates_the_lead_s_acts(body: str, expected: set) -> None:
    """'RABAT, Monday (Reuters) -' names the day as 'on Monday' would, for the acts its
    paragraph tells with no time of their own (posted Thursday 2024-05-09); a date
    dateline does not (the gold sets keep those acts at the month)."""
    assert dates(body) == expected


def test_a_december_dateline_posted_in_january_is_of_the_year_before() -> None:
    text = "NAIROBI, Dec 31 (Reuters) - Kenya recalled its envoy yesterday."
    assert filing_day(text, date(2025, 1, 1)) == date(2024, 12, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kuwait recalled its ambassador on Wednesday last week.", "2024-05-01"),
        ("Kuwait recalled its ambassador on Monday of last week.", "2024-04-29"),
        ("Kuwait will send its ambassador back on Friday next week.", "2024-05-17"),
        ("The envoy left on Thursday this week.", "2024-05-09"),
    ],
)
def test_a_weekday_of_a_named_week_is_that_week_s_day(text: str, expected: str) -> None:
    """Counted in the calendar week (from Monday) before, of or after posting, whatever
    the weekday of the posting (here Friday 2024-05-10)."""
    found = find_time_expressions(text, date(2024, 5, 10), "past")
    assert [e.date.value for e in found] == [expected]
