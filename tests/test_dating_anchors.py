"""Dates read off times that lean on others or on the page: 'the same day' past a
background year, 'the day before', decades, seasons, slashed dates, live-page entries
and day-first timeline headings.

Articles are written for these tests; each is published on Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target, e.date.value) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On April 3, Nauru cut diplomatic ties with Taiwan. Nauru had first recognised "
            "Taipei in 1980. The same day, Taiwan closed its embassy in Yaren.",
            ("CLOSE_MISSION", "TWN", "NRU", "2024-04-03"),
        ),
        (
            "Guatemala expelled the Venezuelan ambassador on 22 April. The two countries "
            "had restored relations in 2019. That day, Caracas recalled its envoy from "
            "Guatemala City.",
            ("RECALL_DIPLOMAT", "VEN", "GTM", "2024-04-22"),
        ),
        (
            "Zambia recalled its high commissioner from Malawi on Friday. Malawi had opened "
            "a mission in Lusaka in 1966. On the same day Lilongwe expelled a Zambian "
            "diplomat.",
            ("EXPEL_DIPLOMAT", "MWI", "ZMB", "2024-05-03"),
        ),
    ],
)
def test_the_same_day_is_the_last_day_named_not_a_background_year(body, expected) -> None:
    assert expected in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Armenia recalled its ambassador from Minsk on Thursday. Belarus had summoned "
            "the Armenian envoy the day before over remarks by the prime minister.",
            ("SUMMON_DIPLOMAT", "BLR", "ARM", "2024-05-01"),
        ),
        (
            "Bolivia closed its embassy in Lima on 10 April. Peru had expelled the Bolivian "
            "charge d'affaires the day before.",
            ("EXPEL_DIPLOMAT", "PER", "BOL", "2024-04-09"),
        ),
        (
            "Rwanda severed relations with Burundi on 2 March. The day after, Burundi "
            "closed its embassy in Kigali.",
            ("CLOSE_MISSION", "BDI", "RWA", "2024-03-03"),
        ),
    ],
)
def test_the_day_before_or_after_counts_from_the_day_just_named(body, expected) -> None:
    assert expected in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Senegal closed its embassy in Tripoli in the early 2010s.",
            ("CLOSE_MISSION", "SEN", "LBY", None),
        ),
        (
            "Portugal and Indonesia restored diplomatic relations in the 1990s.",
            ("RESTORE_RELATIONS", "PRT", "IDN", None),
        ),
        (
            "Iran expelled the Azerbaijani ambassador in the late 1990s, officials recall.",
            ("EXPEL_DIPLOMAT", "IRN", "AZE", None),
        ),
    ],
)
def test_an_act_of_a_decade_is_not_dated_by_the_publication(body, expected) -> None:
    assert expected in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kenya closed its embassy in Tehran last summer.",
            ("CLOSE_MISSION", "KEN", "IRN", "2023"),
        ),
        (
            "Lesotho appointed a new high commissioner to South Africa in the first quarter "
            "of 2022.",
            ("APPOINT_AMBASSADOR", "LSO", "ZAF", "2022"),
        ),
        (
            "Croatia expelled a Serbian diplomat on 12/04/2024, the ministry said.",
            ("EXPEL_DIPLOMAT", "HRV", "SRB", "2024-04-12"),
        ),
    ],
)
def test_seasons_quarters_and_slashed_dates(body, expected) -> None:
    assert expected in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ukraine war live: the latest\n\n10:42 GMT - Norway has expelled three Russian "
            "diplomats, the foreign ministry said.",
            ("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-05-08"),
        ),
        (
            "Middle East live\n\n14:05\n\nBahrain has recalled its ambassador from Lebanon, "
            "the state news agency said.",
            ("RECALL_DIPLOMAT", "BHR", "LBN", "2024-05-08"),
        ),
        (
            "0942 GMT: Kuwait has summoned the Iraqi charge d'affaires over a maritime dispute.",
            ("SUMMON_DIPLOMAT", "KWT", "IRQ", "2024-05-08"),
        ),
    ],
)
def test_a_live_entry_stamped_with_a_clock_time_is_news_of_the_day(body, expected) -> None:
    assert expected in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chronology:\n- 12 May 2022: Bolivia appoints ambassador to Chile\n"
            "- 3 June 2022: Chile recalls ambassador from Bolivia",
            ("RECALL_DIPLOMAT", "CHL", "BOL", "2022-06-03"),
        ),
        (
            "Key dates\n\n14 March 2021: Ghana opens an embassy in Abu Dhabi.\n\n"
            "2 October 2023: Ghana closes its consulate in Dubai.",
            ("CLOSE_MISSION", "GHA", "ARE", "2023-10-02"),
        ),
        (
            "How the row unfolded\n\n• 9 Jan 2020 - Oman recalls its ambassador from Yemen.",
            ("RECALL_DIPLOMAT", "OMN", "YEM", "2020-01-09"),
        ),
    ],
)
def test_a_timeline_entry_headed_by_a_day_before_its_month(body, expected) -> None:
    assert expected in events_of(body)
