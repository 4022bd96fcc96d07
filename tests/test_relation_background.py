"""Restorations only pursued, and breaks recalled without their actor, are no events.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dyads(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    "body",
    [
        "Qatar and Bahrain agreed to restore relations between the two countries, which "
        "were severed in 2017.",
        "Colombia's envoy arrived in Caracas as the neighbours normalise relations that "
        "were severed three years ago.",
        "Ties between Egypt and Iran, which were cut in 1980, remain frozen.",
        "Relations severed in 2016 were restored by Iran and Saudi Arabia on Friday.",
        "Libya reopened its embassy in Rabat, whose ties with Tripoli were broken off in 2014.",
    ],
)
def test_a_passive_relative_clause_names_no_breaker(body) -> None:
    assert not {d for d in dyads(body) if d[0] == "SEVER_RELATIONS"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Morocco and Iran restored ties, which Rabat had severed in 2018.",
            ("SEVER_RELATIONS", "MAR", "IRN"),
        ),
        (
            "Ghana restored ties with Togo, which were severed by Accra in 2019.",
            ("SEVER_RELATIONS", "GHA", "TGO"),
        ),
        (
            "Relations between Cuba and Panama were broken off in 2004.",
            ("SEVER_RELATIONS", "CUB", "PAN"),
        ),
    ],
)
def test_a_break_with_its_actor_stays(body, expected) -> None:
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "The council will follow developments towards the normalisation of relations "
        "between Eritrea and Djibouti.",
        "Ankara and Cairo said the decision aims to re-establish normal relations between "
        "the two countries.",
        "Israel and Saudi Arabia are working towards normalisation of ties.",
        "The new president is expected to try to normalize relations with Cuba.",
        "The resolution stressed the importance of continuing efforts to normalise relations "
        "between Eritrea and Djibouti.",
    ],
)
def test_a_restoration_only_pursued_is_no_event(body) -> None:
    assert not {d for d in dyads(body) if d[0] == "RESTORE_RELATIONS"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Iran and Egypt agreed to restore diplomatic relations after talks in Baghdad.",
            ("RESTORE_RELATIONS", "IRN", "EGY"),
        ),
        (
            "Iran and Saudi Arabia restored ties on Friday after two years of talks.",
            ("RESTORE_RELATIONS", "SAU", "IRN"),
        ),
        (
            "Damascus and Cairo are in advanced discussions to restore full diplomatic ties.",
            ("RESTORE_RELATIONS", "SYR", "EGY"),
        ),
        (
            "Honduras said it would establish relations with China.",
            ("RESTORE_RELATIONS", "HND", "CHN"),
        ),
    ],
)
def test_restorations_decided_or_negotiated_stay(body, expected) -> None:
    assert expected in dyads(body)
