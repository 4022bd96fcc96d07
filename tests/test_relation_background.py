"""Restorations only pursued are no events; breaks recalled without their actor are
both sides' act unless the article names one.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dyads(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Qatar and Bahrain agreed to restore relations between the two countries, which "
            "were severed in 2017.",
            {"QAT", "BHR"},
        ),
        (
            "Ties between Egypt and Iran, which were cut in 1980, remain frozen.",
            {"EGY", "IRN"},
        ),
        (
            "Relations severed in 2016 were restored by Iran and Saudi Arabia on Friday.",
            {"IRN", "SAU"},
        ),
        (
            "Libya reopened its embassy in Rabat, whose ties with Tripoli were broken off in 2014.",
            {"LBY", "MAR"},
        ),
        (
            "The accord ends a decade of hostility between Chad and Sudan, during which "
            "diplomatic ties were cut.",
            {"TCD", "SDN"},
        ),
    ],
)
def test_a_passive_relative_clause_with_no_breaker_is_both_sides_act(body, pair) -> None:
    severed = {d[1:] for d in dyads(body) if d[0] == "SEVER_RELATIONS"}
    assert severed == {tuple(pair), tuple(reversed(tuple(pair)))}


@pytest.mark.parametrize(
    "body",
    [
        "Caracas broke off ties with Bogota in 2019. Colombia's envoy arrived in Caracas on "
        "Monday as the neighbours normalise relations that were severed in 2019.",
        "Relations between Ghana and Togo, severed in 2019, were restored on Monday. Accra "
        "had cut ties with Lome in 2019 after a border clash.",
    ],
)
def test_a_side_the_article_names_wins_over_both_sides(body) -> None:
    severed = {d[1:] for d in dyads(body) if d[0] == "SEVER_RELATIONS"}
    assert len(severed) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Mali restored ties with Niger and Chad, which were severed in 2021.",
        "Turkey's embassy in Tel Aviv, which had been downgraded in 2018, is now fully staffed.",
    ],
)
def test_a_third_state_or_an_embassy_leaves_the_actor_unknown(body) -> None:
    assert not {d for d in dyads(body) if d[0] != "RESTORE_RELATIONS"}


def break_dates(body: str) -> set[tuple]:
    return {
        (e.source, e.target, e.date.value)
        for e in detente.extract(body, "2024-05-08")
        if e.type == "SEVER_RELATIONS"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chile and Peru restored diplomatic relations in March 2023 after a five-month "
            "rupture.",
            {("CHL", "PER", "2022-10"), ("PER", "CHL", "2022-10")},
        ),
        (
            "Bolivia and Paraguay resumed diplomatic relations in April 2021 following a "
            "three-year suspension of ties.",
            {("BOL", "PRY", "2018"), ("PRY", "BOL", "2018")},
        ),
        (
            "Belize restored ties with Honduras on May 2, 2022 after a 10-day rupture of "
            "relations.",
            {("BLZ", "HND", "2022-04-22")},
        ),
        (
            "Chile and Peru restored diplomatic relations last year after a five-month rupture.",
            {("CHL", "PER", None), ("PER", "CHL", None)},
        ),
    ],
)
def test_a_break_told_by_its_length_starts_that_long_before_its_end(body, expected) -> None:
    assert break_dates(body) == expected


def restorations(body: str) -> set[tuple]:
    return {
        (e.source, e.target, e.date.value)
        for e in detente.extract(body, "2024-05-08")
        if e.type == "RESTORE_RELATIONS"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Jordan's new ambassador presented his credentials to the Emir of Qatar on "
            "Tuesday, completing the restoration of ties between the two countries. Jordan "
            "and Qatar restored relations in January 2023.",
            {("JOR", "QAT", "2023-01"), ("QAT", "JOR", "2023-01")},
        ),
        (
            "Laos and Cambodia normalised relations in June 2023. Laos's new envoy presented "
            "his letters of credence to King Norodom Sihamoni on Monday, marking the full "
            "normalisation of relations.",
            {("LAO", "KHM", "2023-06"), ("KHM", "LAO", "2023-06")},
        ),
        (
            "Kenya and Tanzania agreed to restore ties in July 2023. Kenya's new ambassador "
            "handed his credentials to President Hassan on Monday, a step that crowns the "
            "restoration of relations between Nairobi and Dodoma.",
            {("KEN", "TZA", "2023-07"), ("TZA", "KEN", "2023-07")},
        ),
    ],
)
def test_a_step_completing_a_restoration_is_no_new_restoration(body, expected) -> None:
    assert restorations(body) == expected


def test_a_restoration_marked_without_completion_stays_its_own() -> None:
    body = "Malaysia reopened its embassy in Pyongyang on Monday, marking the resumption of ties."
    assert restorations(body) <= {("MYS", "PRK", "2024-05-06")}
