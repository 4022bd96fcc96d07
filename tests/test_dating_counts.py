"""Dates counted from another act: 'hours after', 'three and a half years after',
'a few days earlier'.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dated(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target, e.date.value) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Iran summoned the British charge d'affaires late on Saturday, hours after London "
            "imposed new sanctions on Iranian officials.",
            ("IMPOSE_SANCTIONS", "GBR", "IRN", "2024-05-04"),
        ),
        (
            "Chile recalled its ambassador from Israel on Tuesday, just hours after Bolivia "
            "severed its ties with Israel.",
            ("SEVER_RELATIONS", "BOL", "ISR", "2024-05-07"),
        ),
        (
            "Niger closed its border with Benin on 2 April, a few hours after Benin expelled "
            "the Nigerien ambassador.",
            ("EXPEL_DIPLOMAT", "BEN", "NER", "2024-04-02"),
        ),
    ],
)
def test_an_act_hours_before_another_shares_its_day(body: str, expected: tuple) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Qatar and Egypt restored relations in January 2021, three and a half years "
            "after Cairo cut them.",
            ("SEVER_RELATIONS", "EGY", "QAT", "2017-07"),
        ),
        (
            "Kuwait restored ties with Iran in March 2020, a year and a half after it "
            "severed them.",
            ("SEVER_RELATIONS", "KWT", "IRN", "2018-09"),
        ),
        (
            "Tonga reopened its embassy in Canberra in May 2023, two and a half years after "
            "it closed it.",
            ("CLOSE_MISSION", "TON", "AUS", "2020-11"),
        ),
    ],
)
def test_a_measure_and_a_half_counts_the_half(body: str, expected: tuple) -> None:
    """A derived date keeps the precision of its least precise part (GUIDELINES): the
    months the half adds."""
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Jordan recalled its ambassador to Israel on 1 November 2023. Israel had recalled "
            "its own envoy from Amman a few days earlier.",
            ("RECALL_DIPLOMAT", "ISR", "JOR", "2023-10"),
        ),
        (
            "Gabon closed its embassy in Niamey on 2 August. Days earlier, Niger had "
            "expelled the Gabonese ambassador.",
            ("EXPEL_DIPLOMAT", "NER", "GAB", "2023-07"),
        ),
        (
            "Sweden summoned the Iraqi charge d'affaires on 3 July; Iraq had expelled the "
            "Swedish ambassador several days before the protest.",
            ("EXPEL_DIPLOMAT", "IRQ", "SWE", "2023-06"),
        ),
    ],
)
def test_days_earlier_is_the_month_a_few_days_back(body: str, expected: tuple) -> None:
    """No day is given: the month of a day a few days before the one just named."""
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Saudi Arabia reopened its embassy in Damascus on Tuesday, twelve years after "
            "closing it.",
            ("CLOSE_MISSION", "SAU", "SYR", "2012"),
        ),
        (
            "Qatar restored ties with Chad in February 2018, eight months after severing them.",
            ("SEVER_RELATIONS", "QAT", "TCD", "2017-06"),
        ),
        (
            "Canada restored relations with Iran in 2023, twenty years after cutting them.",
            ("SEVER_RELATIONS", "CAN", "IRN", "2003"),
        ),
    ],
)
def test_a_gerund_after_a_measure_counts_back_from_the_main_act(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ten years ago this week, Russia and Ukraine recalled their ambassadors after the "
            "annexation of Crimea.",
            ("RECALL_DIPLOMAT", "RUS", "UKR", "2014"),
        ),
        (
            "Exactly a year ago today, Chad severed diplomatic relations with Israel.",
            ("SEVER_RELATIONS", "TCD", "ISR", "2023"),
        ),
        (
            "Two years ago this month, Lithuania expelled the Russian ambassador.",
            ("EXPEL_DIPLOMAT", "LTU", "RUS", "2022"),
        ),
    ],
)
def test_a_count_ago_this_week_is_the_count(body: str, expected: tuple) -> None:
    assert expected in dated(body)
