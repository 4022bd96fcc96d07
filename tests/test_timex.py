"""Time expressions found in news-like sentences and resolved to exact dates."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import EventDate
from detente.nlp.timex import TimeExpression, find_time_expressions

MONDAY = date(2021, 10, 18)  # a Monday in October 2021
WEDNESDAY = date(2021, 10, 20)
SUNDAY = date(2024, 12, 15)


def only(text: str, published: date | None, tense: str = "past", **kwargs) -> TimeExpression:
    """The single expression found in ``text``; fails when there are more or none."""
    found = find_time_expressions(text, published, tense, **kwargs)
    assert len(found) == 1, found
    return found[0]


def summary(text: str, published: date | None, tense: str = "past", **kwargs):
    return [
        (e.text, e.date.value, e.date.precision, e.role)
        for e in find_time_expressions(text, published, tense, **kwargs)
    ]


# --- weekdays ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "tense", "expected"),
    [
        ("The envoy was summoned on Sunday.", MONDAY, "past", "2021-10-17"),
        ("The envoy was summoned on Monday.", MONDAY, "past", "2021-10-18"),
        ("Ministers will meet on Monday.", MONDAY, "future", "2021-10-18"),
        ("Ministers will meet on Friday.", WEDNESDAY, "future", "2021-10-22"),
        ("The embassy closed on Saturday.", WEDNESDAY, "past", "2021-10-16"),
        ("The mission reopened on Saturday.", SUNDAY, "past", "2024-12-14"),
        ("He was assigned the post on Thursday.", SUNDAY, "past", "2024-12-12"),
        ("The ministry said Thursday it would respond.", MONDAY, "past", "2021-10-14"),
        ("Protesters gathered on Friday night.", MONDAY, "past", "2021-10-15"),
        ("The decree was signed late Tuesday.", WEDNESDAY, "past", "2021-10-19"),
        ("The talks ended last Monday.", WEDNESDAY, "past", "2021-10-18"),
        ("The talks ended last Monday.", MONDAY, "past", "2021-10-11"),
        ("The cabinet meets next Monday.", MONDAY, "future", "2021-10-25"),
        ("The cabinet meets next Friday.", WEDNESDAY, "future", "2021-10-22"),
    ],
)
def test_weekday_resolves_to_nearest_day_in_tense(sentence, published, tense, expected):
    found = only(sentence, published, tense)
    assert found.date == EventDate(expected, "day")
    assert found.role == "point"
    assert sentence[found.start : found.end] == found.text


def test_weekday_span_includes_preposition():
    found = only("Algeria recalled its ambassador on Saturday, the presidency said.", MONDAY)
    assert (found.start, found.end, found.text) == (32, 43, "on Saturday")


def test_sunday_in_a_future_sentence_is_the_coming_sunday():
    assert only("Voters go to the polls on Sunday.", MONDAY, "future").date.value == "2021-10-24"


# --- deadlines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "tense", "expected"),
    [
        (
            "Diplomats were told to leave by Monday, 18 October.",
            date(2021, 10, 14),
            "past",
            ("by Monday, 18 October", "2021-10-18", "day", "deadline"),
        ),
        (
            "The attaché must leave the country by Monday.",
            WEDNESDAY,
            "future",
            ("by Monday", "2021-10-25", "day", "deadline"),
        ),
        (
            "By August, Minsk had revoked the consent for the envoy.",
            MONDAY,
            "past",
            ("By August", "2021-08", "month", "deadline"),
        ),
        (
            "Diplomats were ordered to leave within 72 hours.",
            date(2024, 7, 30),
            "past",
            ("within 72 hours", "2024-08-02", "day", "deadline"),
        ),
        (
            "The consulate must close within a week.",
            MONDAY,
            "future",
            ("within a week", "2021-10-25", "day", "deadline"),
        ),
        (
            "Envoys must return no later than 1 December.",
            MONDAY,
            "future",
            ("no later than 1 December", "2021-12-01", "day", "deadline"),
        ),
    ],
)
def test_deadline(sentence, published, tense, expected):
    assert summary(sentence, published, tense) == [expected]


def test_weekday_with_day_picks_the_year_where_they_agree():
    # 18 October 2021 is a Monday, 18 October 2020 a Sunday: the weekday decides.
    found = only("The staff must go by Monday, 18 October.", date(2021, 1, 5))
    assert found.date == EventDate("2021-10-18", "day")


# --- months ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("In March, the ministry expelled the embassy's staff.", "past", "2021-03"),
        ("The envoy who in December had been confirmed resigned.", "past", "2020-12"),
        ("The envoy will be confirmed in December.", "future", "2021-12"),
        ("The talks resumed in October.", "past", "2021-10"),
        ("The talks resume in October.", "future", "2021-10"),
        ("The embassy will reopen in March.", "future", "2022-03"),
        ("The ties were cut in early March.", "past", "2021-03"),
        ("Relations soured in mid-November.", "past", "2020-11"),
        ("Relations were restored last March.", "past", "2021-03"),
        ("Relations were restored last October.", "past", "2020-10"),
        ("A summit is planned for next October.", "future", "2022-10"),
        ("The sanctions expire in March next year.", "future", "2022-03"),
        ("The ambassador arrived in July last year.", "past", "2020-07"),
        ("Sanctions have applied since June.", "past", "2021-06"),
    ],
)
def test_month_without_year_resolves_around_publication(sentence, tense, expected):
    found = only(sentence, MONDAY, tense)
    assert found.date == EventDate(expected, "month")


def test_month_roles_follow_the_preposition():
    assert summary("The embargo lasted from May until September.", MONDAY) == [
        ("from May", "2021-05", "month", "since"),
        ("until September", "2021-09", "month", "until"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The government may expel more diplomats.",
        "May the talks succeed, the minister said.",
        "Thousands will march on the embassy.",
        "Supporters held a March rally outside the embassy.",
    ],
)
def test_month_names_without_a_cue_do_not_fire(sentence):
    assert find_time_expressions(sentence, MONDAY) == []


# --- relative periods and days ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last month", EventDate("2021-09", "month")),
        ("earlier this month", EventDate("2021-10", "month")),
        ("this month", EventDate("2021-10", "month")),
        ("last year", EventDate("2020", "year")),
        ("this year", EventDate("2021", "year")),
        ("earlier this year", EventDate("2021", "year")),
        ("late last year", EventDate("2020", "year")),
        ("at the end of last year", EventDate("2020", "year")),
        ("yesterday", EventDate("2021-10-17", "day")),
        ("yesterday afternoon", EventDate("2021-10-17", "day")),
        ("last night", EventDate("2021-10-17", "day")),
        ("today", EventDate("2021-10-18", "day")),
        ("earlier today", EventDate("2021-10-18", "day")),
        ("this morning", EventDate("2021-10-18", "day")),
        ("tonight", EventDate("2021-10-18", "day")),
        ("the day before yesterday", EventDate("2021-10-16", "day")),
    ],
)
def test_relative_phrase_in_past_sentence(phrase, expected):
    sentence = f"The foreign ministry summoned the envoy {phrase}."
    found = only(sentence, MONDAY)
    assert (found.text, found.date, found.role) == (phrase, expected, "point")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("tomorrow", EventDate("2021-10-19", "day")),
        ("next month", EventDate("2021-11", "month")),
        ("next year", EventDate("2022", "year")),
        ("next week", EventDate("2021-10", "month")),
    ],
)
def test_relative_phrase_in_future_sentence(phrase, expected):
    assert only(f"The new ambassador arrives {phrase}.", MONDAY, "future").date == expected


def test_weeks_give_the_month_of_a_day_in_that_week():
    # Published Tuesday 2 November: seven days earlier is still October.
    published = date(2021, 11, 2)
    assert only("The consul was expelled last week.", published).date == EventDate(
        "2021-10", "month"
    )
    assert only("Talks were held this week.", published).date == EventDate("2021-11", "month")
    assert only("Talks were held earlier this week.", published).date == EventDate(
        "2021-11", "month"
    )


def test_today_capitalised_at_sentence_start():
    assert only("Today the embassy resumed work.", MONDAY).date == EventDate("2021-10-18", "day")


def test_the_last_year_is_a_span_not_a_date():
    assert find_time_expressions("Trade fell sharply over the last year.", MONDAY) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a decade ago", EventDate("2011", "year")),
        ("two years ago", EventDate("2019", "year")),
        ("a year ago", EventDate("2020", "year")),
        ("three days ago", EventDate("2021-10-15", "day")),
        ("10 days ago", EventDate("2021-10-08", "day")),
        ("six months ago", EventDate("2021-04", "month")),
        ("two weeks ago", EventDate("2021-10", "month")),
        ("three weeks ago", EventDate("2021-09", "month")),
    ],
)
def test_ago(phrase, expected):
    found = only(f"The embassy was shut {phrase}.", MONDAY)
    assert (found.text, found.date, found.role) == (phrase, expected, "point")


# --- explicit dates ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("The embassy ceased all work on March 26, 2012.", "on March 26, 2012", "2012-03-26"),
        ("The embassy ceased all work on 26 March 2012.", "on 26 March 2012", "2012-03-26"),
        ("The decree was signed on August 24, 2022.", "on August 24, 2022", "2022-08-24"),
        ("He was nominated May 6, 2022 by the president.", "May 6, 2022", "2022-05-06"),
        ("Update 7/29/2022: the envoy has left.", "7/29/2022", "2022-07-29"),
        ("Posted 2022-07-29 by the desk.", "2022-07-29", "2022-07-29"),
        ("The note is dated 29.07.2022.", "29.07.2022", "2022-07-29"),
        ("Talks opened on Sept. 3, 2020 in Doha.", "on Sept. 3, 2020", "2020-09-03"),
        (
            "Talks opened on the 3rd of September 2020.",
            "on the 3rd of September 2020",
            "2020-09-03",
        ),
        (
            "Talks opened on Thursday, September 3, 2020.",
            "on Thursday, September 3, 2020",
            "2020-09-03",
        ),
        ("The visit on 13/5/2019 was cancelled.", "on 13/5/2019", "2019-05-13"),
    ],
)
def test_explicit_day(sentence, text, expected):
    found = only(sentence, MONDAY)
    assert (found.text, found.date, found.role) == (text, EventDate(expected, "day"), "point")


@pytest.mark.parametrize(
    ("sentence", "published", "tense", "expected"),
    [
        ("The ambassador was summoned on March 7.", date(2024, 3, 7), "past", "2024-03-07"),
        ("The ambassador was summoned on March 7.", date(2024, 5, 1), "past", "2024-03-07"),
        ("The ambassador was summoned on March 7.", date(2024, 2, 1), "past", "2023-03-07"),
        ("The ambassador will be received on March 7.", date(2024, 5, 1), "future", "2025-03-07"),
        ("The ambassador was summoned on 7 March.", date(2024, 3, 8), "past", "2024-03-07"),
        ("The order takes effect starting April 19.", date(2021, 4, 17), "future", "2021-04-19"),
        ("The envoy had to leave by April 19.", date(2021, 4, 17), "past", "2021-04-19"),
        ("The envoy had to leave by April 29.", date(2021, 4, 17), "past", "2020-04-29"),
        ("The envoy will present credentials on May 2.", date(2021, 5, 6), "future", "2021-05-02"),
        ("The envoy will present credentials on May 2.", date(2021, 5, 12), "future", "2022-05-02"),
        ("It had been annexed on February 29.", date(2021, 3, 1), "past", "2020-02-29"),
        ("The treaty was signed on July 4 last year.", date(2021, 10, 18), "past", "2020-07-04"),
    ],
)
def test_day_without_year(sentence, published, tense, expected):
    assert only(sentence, published, tense).date == EventDate(expected, "day")


def test_starting_is_a_since_role():
    found = only("The envoy must leave, starting April 19.", date(2021, 4, 17), "future")
    assert (found.text, found.role) == ("starting April 19", "since")


def test_month_and_year():
    found = only("Relations were cut in March 2021.", MONDAY)
    assert (found.text, found.date, found.role) == (
        "in March 2021",
        EventDate("2021-03", "month"),
        "point",
    )


@pytest.mark.parametrize(
    ("sentence", "text", "expected", "role"),
    [
        ("The last embassy closed in 2019.", "in 2019", "2019", "point"),
        ("He was the first envoy since 2008.", "since 2008", "2008", "since"),
        ("Sanctions were expanded until mid-2012.", "until mid-2012", "2012", "until"),
        ("Ties were cut in mid-2012.", "in mid-2012", "2012", "point"),
        ("Ties were cut in early 2019.", "in early 2019", "2019", "point"),
        ("The mission will open by 2025.", "by 2025", "2025", "deadline"),
        ("Ties had been frozen before 2014.", "before 2014", "2014", "before"),
        ("The envoy left in the summer of 2016.", "in the summer of 2016", "2016", "point"),
        ("The last time it recalled its envoy was 2019.", "2019", "2019", "point"),
    ],
)
def test_year(sentence, text, expected, role):
    found = only(sentence, MONDAY)
    assert (found.text, found.date, found.role) == (text, EventDate(expected, "year"), role)


# --- anchored expressions ----------------------------------------------------


def test_that_year_takes_the_year_named_earlier():
    text = "The crisis began in 2019. Caracas broke off ties early that year."
    assert summary(text, date(2022, 8, 29)) == [
        ("in 2019", "2019", "year", "point"),
        ("early that year", "2019", "year", "relative_anchor"),
    ]


def test_that_year_without_anchor_is_dropped():
    assert find_time_expressions("Caracas broke off ties early that year.", MONDAY) == []


def test_that_year_uses_anchor_year_param():
    found = only("Caracas broke off ties early that year.", MONDAY, anchor_year=2019)
    assert (found.date, found.role) == (EventDate("2019", "year"), "relative_anchor")


def test_anchor_from_text_wins_over_param():
    text = "In 2013 Cairo expelled the envoy; later that year ties were downgraded."
    assert summary(text, MONDAY, anchor_year=2019)[1] == (
        "later that year",
        "2013",
        "year",
        "relative_anchor",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy was summoned on March 7. Three days later he left.", "2024-03-10"),
        ("The envoy was summoned on March 7. The next day he left.", "2024-03-08"),
        ("The envoy was summoned on March 7. On the same day Moscow replied.", "2024-03-07"),
        ("Ties were cut in 2013. The following year both envoys returned.", "2014"),
        ("Ties were cut in 2013. Two years later both envoys returned.", "2015"),
        ("The embassy shut in March 2020. The following month staff left.", "2020-04"),
        # a count of weeks from a day is a day (GUIDELINES knows no week)
        (
            "The envoy was expelled on March 7. A week after the expulsion Oslo replied.",
            "2024-03-14",
        ),
        ("Ties were cut on 2 June. The day after the break, staff left.", "2023-06-03"),
        ("The envoy left on 9 May. Two days before his departure the embassy shut.", "2023-05-07"),
        ("Kyiv closed the mission on Monday. Earlier in the day envoys left.", "2024-03-18"),
        ("The envoy left on March 7. Two weeks later Moscow replied.", "2024-03-21"),
    ],
)
def test_anchored_shift(text, expected):
    anchored = find_time_expressions(text, date(2024, 3, 20))[1]
    assert anchored.date.value == expected
    assert anchored.role == "relative_anchor"


@pytest.mark.parametrize(
    "text",
    [
        "Ties were cut in 2013. Two days after the vote both envoys left.",  # a year: no day
        "Bahrain reopened its embassy seven years after it shut the mission.",  # a clause
        "Protests grew in the days after the vote.",
    ],
)
def test_a_count_after_an_event_needs_a_precise_anchor_and_a_noun(text):
    assert all(e.role != "relative_anchor" for e in find_time_expressions(text, MONDAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ties were cut in 2019. The embassies have been closed since then.", "2019"),
        ("The mission shut in March 2020 and has stayed shut since then.", "2020-03"),
        ("On 4 May 2021 the border closed; it has been closed since then.", "2021-05-04"),
    ],
)
def test_since_then_is_since_the_time_just_named(text, expected):
    found = find_time_expressions(text, MONDAY)[-1]
    assert (found.text, found.date.value, found.role) == ("since then", expected, "since")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envoys left in the first week of April.", ("2021-04", "month")),
        ("Ties were cut in the first half of 2019.", ("2019", "year")),
        ("The embassy shut during the last days of March.", ("2021-03", "month")),
        ("Talks were held on 5 and 6 May 2019.", ("2019-05-05", "day")),
        ("Talks were held on 3-4 March.", ("2021-03-03", "day")),
        ("Talks were held on the 3rd and 4th of June.", ("2021-06-03", "day")),
    ],
)
def test_parts_of_a_month_and_spans_of_days(text, expected):
    found = only(text, MONDAY)
    assert (found.date.value, found.date.precision) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ties were cut on 2 March 2023. The following Monday, envoys left.", "2023-03-06"),
        ("The talks ended on Monday, 11 October. The next Friday they resumed.", "2021-10-15"),
        ("Ties were cut on 2 March 2023. Days later, envoys left.", "2023-03"),
        ("The envoy left on 30 March 2023. A few days after the expulsion, staff left.", "2023-04"),
    ],
)
def test_weekdays_and_days_counted_from_the_day_just_named(text, expected):
    found = find_time_expressions(text, MONDAY)[-1]
    assert (found.date.value, found.role) == (expected, "relative_anchor")


@pytest.mark.parametrize(
    "text",
    [
        "The following Monday envoys left.",  # nothing named before
        "Ties were cut in 2019. Days later, envoys left.",  # a year: no month to count in
        "Ties were cut on 2 March. Protests grew in the days after the vote.",
    ],
)
def test_counts_from_no_day_are_no_time(text):
    assert all(e.role != "relative_anchor" for e in find_time_expressions(text, MONDAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The embassy has been closed since the 2011 uprising.", ("since the 2011", "2011")),
        ("Ties have been frozen since the 2016 attack on the mission.", ("since the 2016", "2016")),
    ],
)
def test_since_an_event_of_a_year_is_since_that_year(text, expected):
    found = only(text, MONDAY)
    assert (found.text, found.date.value, found.role) == (*expected, "since")


@pytest.mark.parametrize(
    "text", ["Ties were cut after the 2016 attack.", "He spoke about the 2016 attack."]
)
def test_a_year_of_an_event_is_no_time_without_since(text):
    assert find_time_expressions(text, MONDAY) == []


def test_then_alone_is_no_time():
    assert find_time_expressions("Then the embassy closed in a hurry.", MONDAY) == []


def test_a_count_from_a_coarser_anchor_keeps_the_anchor_precision():
    """GUIDELINES: a derived date takes the precision of its least precise part."""
    found = summary("Ties were cut in 2013. The following month envoys left.", MONDAY)
    assert found == [
        ("in 2013", "2013", "year", "point"),
        ("The following month", "2013", "year", "relative_anchor"),
    ]
    found = summary("Ties were cut in May 2013. Two days later envoys left.", MONDAY)
    assert found[1][1:3] == ("2013-05", "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ties were cut in May 2013. A day earlier envoys left.", "2013-05"),
        ("Ties were cut in 2013. Two months earlier envoys left.", "2013"),
        ("Ties were cut in 2013. Three weeks later envoys left.", "2013"),
        ("Ties were cut in March 2013. Five weeks later envoys left.", "2013-04"),
    ],
)
def test_a_short_count_from_a_coarse_period_stays_in_it(text, expected):
    """Counted from the middle of the month or year: a day before May is mostly in May."""
    assert summary(text, MONDAY)[1][1] == expected


# --- things that are not dates -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The staff have 72 hours to leave.",
        "He was sentenced to 11 years in prison.",
        "Ties were restored after a three-year break.",
        "Envoys were named for the first time in a decade.",
        "The 67-year-old leader spoke to reporters.",
        "He is seeking a sixth presidential term.",
        "The dispute goes back to the 2020 election.",
        "The army fired 25 missiles at the border.",
        "Prague expelled 18 Russian diplomats.",
        "The mission reopened after a hiatus of 12 years.",
        "Relations thawed in recent years.",
        "The embassy employs 2019 local staff.",
    ],
)
def test_non_dates_do_not_fire(sentence):
    assert find_time_expressions(sentence, MONDAY) == []


# --- missing publication date ------------------------------------------------


def test_without_publication_only_absolute_dates_resolve():
    text = (
        "On Sunday the envoy was summoned; last month another left, "
        "in March a third, and on 26 March 2012 the embassy closed, as it had in 2008."
    )
    assert summary(text, None) == [
        ("on 26 March 2012", "2012-03-26", "day", "point"),
        ("in 2008", "2008", "year", "point"),
    ]


def test_several_expressions_left_to_right():
    text = "Belarus expelled the envoy on Monday; in March it had expelled Latvia's staff."
    assert summary(text, MONDAY) == [
        ("on Monday", "2021-10-18", "day", "point"),
        ("in March", "2021-03", "month", "point"),
    ]


def test_unknown_tense_is_refused():
    with pytest.raises(ValueError, match="tense"):
        find_time_expressions("on Monday", MONDAY, "present")


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Published 2022-07-29T10:42 by the wire.",
            None,
            [("2022-07-29", "2022-07-29", "day", "point")],
        ),
        (
            "Sunday's expulsion surprised Paris.",
            MONDAY,
            [("Sunday", "2021-10-17", "day", "point")],
        ),
        (
            "Ties were cut after March 2021 and restored on Sept 3rd, 2022.",
            MONDAY,
            [
                ("after March 2021", "2021-03", "month", "after"),
                ("on Sept 3rd, 2022", "2022-09-03", "day", "point"),
            ],
        ),
        (
            "The embassy closed on 4 May 2020; later that month the staff left.",
            MONDAY,
            [
                ("on 4 May 2020", "2020-05-04", "day", "point"),
                ("later that month", "2020-05", "month", "relative_anchor"),
            ],
        ),
        (
            "Sanctions have been in force since last year.",
            MONDAY,
            [("since last year", "2020", "year", "since")],
        ),
    ],
)
def test_mixed_forms(sentence, published, expected):
    assert summary(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("The embassy will reopen next year.", date(9999, 12, 31)),
        ("The embassy will reopen next month.", date(9999, 12, 31)),
        ("The ambassador leaves tomorrow.", date(9999, 12, 31)),
        ("The envoy arrives on Friday.", date(9999, 12, 31)),
        ("The envoy will arrive within two weeks.", date(9999, 12, 31)),
        ("The talks will resume in the next decade.", date(9995, 6, 1)),
        ("The embassy closed last year.", date(1, 1, 1)),
        ("The envoy left yesterday.", date(1, 1, 1)),
        ("The consulate closed three months ago.", date(1, 1, 1)),
        ("The embassy closed on 3 March, a week earlier than planned.", date(1, 1, 1)),
    ],
)
def test_dates_past_the_calendar_are_left_out_not_wrapped(sentence, published):
    for found in find_time_expressions(sentence, published, tense="future"):
        year = found.date.value.split("-")[0]
        assert len(year) == 4 and "0001" <= year <= "9999", found


# --- decades, seasons, quarters ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Relations were frosty in the 1990s.",
        "Senegal closed its embassy in Tripoli in the early 2010s.",
        "The consulate has been shut since the mid-1980s.",
    ],
)
def test_a_decade_names_a_time_of_no_precision(sentence):
    """Found, so that the act it dates is not given the publication month, but unknown."""
    (found,) = find_time_expressions(sentence, MONDAY)
    assert "19" in found.text or "20" in found.text
    assert not found.date.known


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Kenya closed its embassy in Tehran last summer.", date(2025, 3, 10), "2024"),
        ("Kenya closed its embassy in Tehran last summer.", date(2024, 9, 4), "2024"),
        ("The envoy was recalled last autumn.", date(2024, 11, 20), "2023"),
        ("The embassy will reopen next spring.", date(2025, 4, 2), "2026"),
        ("The mission opened this winter.", date(2025, 1, 13), "2025"),
    ],
)
def test_a_season_named_from_publication_is_its_year(sentence, published, expected):
    (found,) = find_time_expressions(sentence, published)
    assert (found.date.value, found.date.precision) == (expected, "year")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lesotho named an envoy in the first quarter of 2024.", "2024"),
        ("The embassy shut during the final quarter of 2019.", "2019"),
        ("Sanctions were eased in the third quarter of last year.", "2020"),
    ],
)
def test_a_quarter_keeps_the_year(sentence, expected):
    assert [(e.date.value, e.date.precision) for e in find_time_expressions(sentence, MONDAY)] == [
        (expected, "year")
    ]


# --- numeric dates ordered by publication -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Serbia expelled the envoy on 10/01/2025.", date(2025, 1, 13), "2025-01-10"),
        ("The statement of 12/04/2024 recalled the ambassador.", date(2024, 5, 8), "2024-04-12"),
        ("The consulate closed on 03/04/2024.", date(2024, 5, 8), "2024-03-04"),
        ("The talks were held on 7/29/2022.", date(2022, 8, 1), "2022-07-29"),
    ],
)
def test_a_slashed_date_takes_the_reading_on_the_side_of_its_tense(sentence, published, expected):
    """US order unless only the day-first reading lies before publication (past tense)."""
    assert [e.date.value for e in find_time_expressions(sentence, published)] == [expected]


# --- times counted from the time just named ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ties were cut in December 2021. In May of that year envoys had left.", "2021-05"),
        ("In 2019 the embassy shut. On 3 March of that year its staff left.", "2019-03-03"),
        ("The war began in 2014. In June of the same year the envoy was recalled.", "2014-06"),
    ],
)
def test_a_month_of_that_year_is_in_the_year_just_named(text, expected):
    assert find_time_expressions(text, MONDAY)[-1].date.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia recalled its envoy on 6 March. Belarus had summoned him the day before.",
            "2024-03-05",
        ),
        ("Ties were cut on 2 June. The day after, Rabat expelled the staff.", "2024-06-03"),
        (
            "The embassy closed on 3 June. Staff had left the week before over threats.",
            "2024-05-27",
        ),
    ],
)
def test_the_day_before_with_no_noun_after_counts_from_the_time_named(text, expected):
    assert find_time_expressions(text, date(2024, 7, 1))[-1].date.value == expected


@pytest.mark.parametrize(
    ("text", "day_anchor", "expected"),
    [
        (
            "On 3 February Nauru cut ties. It had recognised Taipei in 1980. The same day, "
            "Taiwan closed its embassy.",
            None,
            "2024-02-03",
        ),
        (
            "On 5 May the envoy left; relations dated from 1992; that same day the embassy shut.",
            None,
            "2024-05-05",
        ),
        (
            "Ties had been cut in 2019. That day, the embassy shut.",
            EventDate("2024-04-02", "day"),
            "2024-04-02",
        ),
        ("Ties had been cut in 2019. The same day, the embassy shut.", None, "2019"),
    ],
)
def test_the_same_day_is_the_last_day_named_past_a_coarser_time(text, day_anchor, expected):
    found = find_time_expressions(text, date(2024, 5, 8), day_anchor=day_anchor)
    assert found[-1].date.value == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Lima recalled its envoy from La Paz in recent days.",
        "Several diplomats were expelled in the past few weeks.",
        "In the last few days, Quito summoned two ambassadors.",
    ],
)
def test_recent_days_are_the_news_of_the_publication_month(sentence):
    assert [(e.date.value, e.role) for e in find_time_expressions(sentence, MONDAY)] == [
        ("2021-10", "point")
    ]


def test_for_the_past_few_days_is_a_duration_not_a_date():
    assert find_time_expressions("Talks have gone on for the past few days.", MONDAY) == []
