"""Trade bans are sanctions on the state the goods come from; easing restrictions lifts
them; withdrawing all staff from an embassy closes it.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Saudi Arabia imposed a ban on all imports from Lebanon.",
            {("IMPOSE_SANCTIONS", "SAU", "LBN")},
        ),
        (
            "Russia banned imports of wine from Georgia and Moldova in 2006.",
            {("IMPOSE_SANCTIONS", "RUS", "GEO"), ("IMPOSE_SANCTIONS", "RUS", "MDA")},
        ),
        (
            "China suspended imports of Australian beef on Monday.",
            {("IMPOSE_SANCTIONS", "CHN", "AUS")},
        ),
        (
            "Kenya halted imports of maize because of the drought.",
            set(),
        ),
    ],
)
def test_an_import_ban_targets_the_origin(body: str, expected: set) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Obama eased travel restrictions on Cuba in 2015.", ("LIFT_SANCTIONS", "USA", "CUB")),
        (
            "The UN terminated the asset freeze imposed on Liberia.",
            ("LIFT_SANCTIONS", "UN", "LBR"),
        ),
        (
            "Japan relaxed trade restrictions on South Korea last week.",
            ("LIFT_SANCTIONS", "JPN", "KOR"),
        ),
    ],
)
def test_restrictions_eased_are_sanctions_lifted(body: str, expected: tuple) -> None:
    assert expected in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Iran withdrew all staff from its embassy in Baku on Friday.",
            {("CLOSE_MISSION", "IRN", "AZE")},
        ),
        (
            "Britain evacuated all its diplomats from its embassy in Kabul on Sunday.",
            {("CLOSE_MISSION", "GBR", "AFG")},
        ),
        (
            "Sweden withdrew the entire staff of its embassy in Tehran on Monday.",
            {("CLOSE_MISSION", "SWE", "IRN")},
        ),
        (
            "Iran withdrew some staff from its embassy in Baku on Friday.",
            {("RECALL_DIPLOMAT", "IRN", "AZE")},
        ),
    ],
)
def test_all_staff_withdrawn_closes_the_mission(body: str, expected: set) -> None:
    assert events_of(body) == expected
