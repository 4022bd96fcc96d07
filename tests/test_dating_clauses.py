"""Adverbial clauses that happened when their main clause did, so that the main
clause's time dates an act in them: the purpose of a signing ('signed a communique on
Tuesday to normalise relations': the signing restores them), a participle of result,
a clause of the same moment.

Sentences written for these tests; 2024-05-08 is a Wednesday.
"""

from __future__ import annotations

import pytest

import detente


def dates(body: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.date.value) for e in detente.extract(body, published="2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kiribati and China signed a joint communique in Beijing yesterday to establish "
            "diplomatic relations.",
            {("RESTORE_RELATIONS", "2024-05-07")},
        ),
        (
            "Nicaragua and China inked a joint statement on Friday to restore ties, the "
            "official news agency reported.",
            {("RESTORE_RELATIONS", "2024-05-03")},
        ),
        (
            "On Monday, Saudi Arabia and Iran signed a deal to reopen their embassies.",
            {("OPEN_MISSION", "2024-05-06")},
        ),
        (
            "The foreign ministers of Egypt and Turkey signed a protocol on 2 May to restore "
            "relations at ambassadorial level.",
            {("UPGRADE_RELATIONS", "2024-05-02")},
        ),
    ],
)
def test_the_signing_dates_the_act_it_was_signed_for(body: str, expected: set) -> None:
    assert dates(body) == expected


def test_the_purpose_of_a_meeting_is_not_carried_out_by_it() -> None:
    body = "Officials of Egypt and Iran met in Baghdad on Monday to discuss restoring relations."
    assert ("RESTORE_RELATIONS", "2024-05-06") not in dates(body)


@pytest.mark.parametrize(
    "body",
    [
        "Israel and Morocco signed an agreement on Monday to reopen their liaison offices in June.",
        "Ankara and Cairo agreed to exchange ambassadors in July.",
        "The two governments decided to reopen their embassies in September, the statement said.",
    ],
)
def test_a_time_on_an_infinitive_act_is_not_last_years(body: str) -> None:
    """The act is to take effect then: never the month of that name gone by."""
    assert all(value is None or value >= "2024-05" for _, value in dates(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Honduras severs diplomatic relations with Taiwan effective today.",
            {("SEVER_RELATIONS", "2024-05-08")},
        ),
        (
            "Ghana suspended its ties with Taipei with effect from Monday, the statement said.",
            {("SEVER_RELATIONS", "2024-05-06")},
        ),
        (
            "Canada will close its embassy in Tehran as of Friday.",
            {("CLOSE_MISSION", "2024-05-10")},
        ),
        (
            "Egypt severed ties with Qatar from 5 June 2017.",
            {("SEVER_RELATIONS", "2017-06-05")},
        ),
    ],
)
def test_an_act_is_dated_by_when_it_takes_effect(body: str, expected: set) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Grenada resumed diplomatic relations with China in Beijing on Thursday.\nThe foreign "
        "minister said the resumption of diplomatic relations between China and Grenada was "
        "of historic significance.",
        "Kiribati restored diplomatic ties with China on Thursday.\nBeijing hailed the "
        "restoration of relations between China and Kiribati as a victory for its policy.",
        "Israel upgraded its relations with Morocco to full diplomatic ties on Thursday.\nThe "
        "upgrading of relations between Morocco and Israel follows years of quiet contacts.",
    ],
)
def test_ties_restored_together_take_the_day_told_from_either_side(body: str) -> None:
    """Both directions of one joint act take the day the neighbour states for one."""
    assert {value for _, value in dates(body)} == {"2024-05-02"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chad expelled the German ambassador two days after the president's speech on April 4.",
            {("EXPEL_DIPLOMAT", "2024-04-06")},
        ),
        (
            "Niger ordered the French ambassador out a week after the July 26 coup.",
            {("EXPEL_DIPLOMAT", "2023-08-02")},
        ),
        (
            "Two weeks after the 7 October attack, Bahrain recalled its ambassador from Israel.",
            {("RECALL_DIPLOMAT", "2023-10-21")},
        ),
        # the act's own time wins over one it is counted from
        (
            "Morocco recalled its ambassador to Paris on Monday, three days after the vote of "
            "2 May.",
            {("RECALL_DIPLOMAT", "2024-05-06")},
        ),
    ],
)
def test_a_measure_after_a_dated_occurrence_counts_from_it(body: str, expected: set) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On 29 October 2021 Saudi Arabia expelled the Lebanese ambassador.",
            {("EXPEL_DIPLOMAT", "2021-10-29")},
        ),
        (
            "On Monday Saudi Arabia expelled the Lebanese ambassador.",
            {("EXPEL_DIPLOMAT", "2024-05-06")},
        ),
        (
            "In March South Africa recalled its ambassador from Israel.",
            {("RECALL_DIPLOMAT", "2024-03")},
        ),
    ],
)
def test_an_opening_time_without_a_comma_dates_the_verb(body: str, expected: set) -> None:
    """The parser hangs the time's noun on a named subject and strands the preposition."""
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kuwait recalled its ambassador to Lebanon in 2021. Saudi Arabia did the same two "
            "days later.",
            {("RECALL_DIPLOMAT", "2021")},
        ),
        (
            "Bahrain expelled the Iranian charge d'affaires in January 2016. Two days later, "
            "Sudan expelled the Iranian ambassador.",
            {("EXPEL_DIPLOMAT", "2016-01")},
        ),
        (
            "Jordan recalled its ambassador to Israel in 2023. The following week Bahrain "
            "recalled its ambassador from Israel.",
            {("RECALL_DIPLOMAT", "2023")},
        ),
    ],
)
def test_a_count_from_a_coarser_time_keeps_its_precision(body: str, expected: set) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Speaking on Tuesday, the foreign minister said Moldova was expelling the Russian "
            "ambassador.",
            {("EXPEL_DIPLOMAT", "2024-05-07")},
        ),
        (
            "Addressing reporters in Chisinau on Tuesday, Moldova's foreign minister announced "
            "the expulsion of the Russian ambassador.",
            {("EXPEL_DIPLOMAT", "2024-05-07")},
        ),
        (
            "Talking to journalists on Monday, Kenya's president said the country was "
            "recalling its ambassador to Somalia.",
            {("RECALL_DIPLOMAT", "2024-05-06")},
        ),
        # the saying's day does not date an act told as before it (GUIDELINES)
        (
            "Speaking on Tuesday, the minister said Moldova had expelled the Russian ambassador.",
            {("EXPEL_DIPLOMAT", "2024-05")},
        ),
    ],
)
def test_a_participle_of_speaking_dates_the_saying(body: str, expected: set) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Moldova expelled the Russian ambassador over the weekend, the ministry said Monday.",
            {("EXPEL_DIPLOMAT", "2024-05")},
        ),
        (
            "Venezuela broke off relations with Panama at the weekend.",
            {("SEVER_RELATIONS", "2024-05")},
        ),
        (
            "Over the weekend, Niger ordered the French ambassador to leave, state television "
            "reported on Monday.",
            {("EXPEL_DIPLOMAT", "2024-05")},
        ),
        (
            "Kenya recalled its ambassador to Somalia last weekend, officials said on Tuesday.",
            {("RECALL_DIPLOMAT", "2024-05")},
        ),
    ],
)
def test_a_weekend_is_a_time_of_its_own_not_the_reporting_day(body: str, expected: set) -> None:
    """A weekend is two days: the month of its Saturday, not the day of the report."""
    assert dates(body) == expected


def test_a_weekend_at_the_turn_of_a_month_is_the_saturday_s_month() -> None:
    found = detente.extract(
        "Kenya recalled its ambassador to Somalia over the weekend.", published="2024-06-03"
    )
    assert [e.date.value for e in found] == ["2024-06"]
    found = detente.extract(
        "Kenya recalled its ambassador to Somalia last weekend.", published="2024-07-01"
    )
    assert [e.date.value for e in found] == ["2024-06"]


@pytest.mark.parametrize(
    "body",
    [
        "Bolivia will restore diplomatic relations with Israel, severed in 2009 by Evo Morales.",
        "Bolivia restored diplomatic relations with Israel, broken off in 2009 by Evo Morales.",
        "Paraguay has announced that it will renew diplomatic relations with Venezuela, cut "
        "off in 2019 by the former government.",
    ],
)
def test_a_participle_describing_the_ties_does_not_date_their_renewal(body: str) -> None:
    """'relations, severed in 2009': the participle's time is the severing's."""
    restored = {value for kind, value in dates(body) if kind == "RESTORE_RELATIONS"}
    assert restored and not restored & {"2009", "2019"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kenya has recalled its ambassador to Somalia, a day after Somalia expelled Kenya's "
            "envoy.",
            {("RECALL_DIPLOMAT", "2024-05"), ("EXPEL_DIPLOMAT", "2024-05")},
        ),
        (
            "Bahrain cut ties with Iran in January 2016, two days after Saudi Arabia severed "
            "relations with Tehran.",
            {("SEVER_RELATIONS", "2016-01")},
        ),
        (
            "Sudan expelled the Iranian ambassador in 2016, a week after Riyadh cut ties with "
            "Tehran.",
            {("EXPEL_DIPLOMAT", "2016"), ("SEVER_RELATIONS", "2016")},
        ),
    ],
)
def test_a_count_finer_than_its_anchor_stays_within_it(body: str, expected: set) -> None:
    """'a day after' an act of May is of May too, not of the last day of April."""
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The United States has maintained an embargo against Cuba since 1962.",
            {("IMPOSE_SANCTIONS", "1962")},
        ),
        (
            "Washington has enforced sanctions against Iran since 1979.",
            {("IMPOSE_SANCTIONS", "1979")},
        ),
        (
            "The European Union has maintained an arms embargo on China since June 1989, the "
            "report noted.",
            {("IMPOSE_SANCTIONS", "1989-06")},
        ),
        # sanctions a state 'has had' since a time are as lasting as those it kept
        ("Canada has had sanctions against Syria since 2011.", {("IMPOSE_SANCTIONS", "2011")}),
        (
            "The EU has had an arms embargo on Sudan in place since 1994.",
            {("IMPOSE_SANCTIONS", "1994")},
        ),
        (
            "Washington has had a trade embargo on North Korea since June 1950.",
            {("IMPOSE_SANCTIONS", "1950-06")},
        ),
    ],
)
def test_a_measure_kept_since_a_time_is_dated_by_since(body: str, expected: set) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kuwait recalled its ambassador to Lebanon on Sunday, 5 May.",
            {("RECALL_DIPLOMAT", "2024-05-05")},
        ),
        (
            "Ecuador expelled the Mexican ambassador on Friday, 3 May, the ministry said.",
            {("EXPEL_DIPLOMAT", "2024-05-03")},
        ),
        (
            "Kuwait recalled its ambassador to Lebanon a fortnight ago.",
            {("RECALL_DIPLOMAT", "2024-04")},
        ),
    ],
)
def test_a_weekday_with_its_date_after_a_comma_and_a_fortnight(body, expected) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The United States imposed sanctions on Venezuela earlier in the day.",
            {("IMPOSE_SANCTIONS", "2024-05-08")},
        ),
        (
            "Earlier in the day, Kenya had summoned the Somali ambassador, officials said.",
            {("SUMMON_DIPLOMAT", "2024-05-08")},
        ),
        # a day just named is the day
        (
            "Peru expelled Mexico's ambassador on Monday. Earlier in the day Mexico had "
            "recalled its ambassador from Peru.",
            {("EXPEL_DIPLOMAT", "2024-05-06"), ("RECALL_DIPLOMAT", "2024-05-06")},
        ),
    ],
)
def test_earlier_in_the_day_with_no_day_named_is_the_news_day(body: str, expected: set) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenya recalled its ambassador to Somalia earlier in the month.", "2024-05"),
        ("Kenya recalled its ambassador to Somalia earlier in the year.", "2024"),
        (
            "Jordan recalled its ambassador to Israel in 2023. Bahrain recalled its "
            "ambassador from Israel later in the month.",
            "2023",
        ),
    ],
)
def test_earlier_in_the_month_is_the_news_month_or_the_time_named(body, expected) -> None:
    assert {value for _, value in dates(body)} == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Later in the day, Kenya recalled its ambassador to Somalia.", {"2024-05-08"}),
        ("Kenya recalled its ambassador to Somalia later in the day.", {"2024-05-08"}),
        (
            "Jordan recalled its ambassador to Israel in 2023. Later in the month, Bahrain "
            "recalled its ambassador from Israel.",
            {"2023"},
        ),
    ],
)
def test_an_adverb_the_parser_split_from_its_time_still_dates(body: str, expected: set) -> None:
    assert {value for _, value in dates(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The dispute dates back to 2016, when Riyadh cut ties with Tehran.", "2016"),
        (
            "The feud goes back to March 2019, when Caracas broke off relations with Bogota.",
            "2019-03",
        ),
        ("Their rift can be traced back to 1994, when Argentina expelled Iran's envoy.", "1994"),
    ],
)
def test_a_when_clause_on_a_time_traced_back_to_is_dated_by_it(body: str, expected: str) -> None:
    assert {value for _, value in dates(body)} == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "Jane Smith will take up her post as the UK's next High Commissioner to Ghana in "
        "September.",
        "Peru will reopen its embassy in Caracas in December, the ministry said.",
        "Kenji Sato will present his credentials to the Emperor of Japan in June as Brazil's "
        "new ambassador.",
    ],
)
def test_a_month_on_an_act_in_the_future_is_not_last_years(body: str) -> None:
    assert all(value is None or value >= "2024" for _, value in dates(body))
