"""Dates that hang on the sentence's structure: coordinated acts, reported speech.

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
            "Cambodia expelled a senior Thai diplomat and Thailand reciprocated Thursday.",
            ("EXPEL_DIPLOMAT", "KHM", "THA", "2024-05-02"),
        ),
        (
            "Peru expelled the Venezuelan ambassador and recalled its envoy from Caracas on Monday.",
            ("EXPEL_DIPLOMAT", "PER", "VEN", "2024-05-06"),
        ),
        (
            "Ghana closed its embassy in Lome and suspended all flights on Friday.",
            ("CLOSE_MISSION", "GHA", "TGO", "2024-05-03"),
        ),
        (
            "Latvia ordered two Russian diplomats out and tightened visa rules for Russians "
            "on Tuesday.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS", "2024-05-07"),
        ),
        (
            "Kenya recalled its envoy from Somalia and summoned the Somali ambassador "
            "last Thursday.",
            ("RECALL_DIPLOMAT", "KEN", "SOM", "2024-05-02"),
        ),
    ],
)
def test_a_time_on_the_next_coordinated_act_dates_the_first(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norway expelled two Russian diplomats and said on Monday it would review visas.",
            ("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-05"),
        ),
        (
            "Bolivia cut ties with Israel in 2009 and restored them on Monday.",
            ("SEVER_RELATIONS", "BOL", "ISR", "2009"),
        ),
        (
            "Chad recalled its ambassador from Sudan, and the opposition announced on Sunday "
            "a boycott of the vote.",
            ("RECALL_DIPLOMAT", "TCD", "SDN", "2024-05"),
        ),
    ],
)
def test_a_saying_or_an_act_with_its_own_time_keeps_the_first_act_apart(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The minister said earlier that France had expelled two Syrian diplomats.",
            ("EXPEL_DIPLOMAT", "FRA", "SYR", "2024-05"),
        ),
        (
            "Officials said earlier that Spain and Italy were taking steps to expel "
            "Syrian diplomats.",
            ("EXPEL_DIPLOMAT", "ITA", "SYR", "2024-05"),
        ),
        (
            "The ministry announced earlier today that Ecuador had recalled its ambassador "
            "from Mexico.",
            ("RECALL_DIPLOMAT", "ECU", "MEX", "2024-05"),  # GUIDELINES: the saying's day
        ),
        (
            "Sweden's foreign minister told reporters earlier that the country had closed "
            "its embassy in Tehran.",
            ("CLOSE_MISSION", "SWE", "IRN", "2024-05"),
        ),
        (
            "A spokesman confirmed earlier that Ghana has recalled its envoy from Togo.",
            ("RECALL_DIPLOMAT", "GHA", "TGO", "2024-05"),
        ),
    ],
)
def test_said_earlier_reports_the_news_itself(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    "body",
    [
        "Spain earlier expelled two Russian diplomats.",
        "Jordan had previously recalled its ambassador from Israel.",
        "Peru previously closed its embassy in Caracas.",
        "Qatar had earlier shut its embassy in Niger.",
    ],
)
def test_an_act_marked_earlier_stays_undated(body) -> None:
    assert all(value is None for *_, value in dated(body))
