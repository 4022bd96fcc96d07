"""How news words opening and closing missions.

Sentences written for these tests, in varied wording; a case gives the exact
(type, source, target) set the sentence must yield.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


def _close(source: str, target: str) -> set[tuple[str, str, str]]:
    return {("CLOSE_MISSION", source, target)}


EVACUATED = [
    # evacuating an embassy closes it
    ("Canada evacuated its embassy in Port-au-Prince on Friday.", _close("CAN", "HTI")),
    ("Seoul evacuated its embassy in Khartoum amid the fighting.", _close("KOR", "SDN")),
    ("The United States evacuated its embassy in Kabul on Sunday.", _close("USA", "AFG")),
    ("Italy has evacuated its embassy in Tripoli.", _close("ITA", "LBY")),
    ("Residents evacuated the area around the stadium.", set()),
]

TEMPORARY = [
    # a closure in a crisis is a closure even while called temporary (GUIDELINES:
    # only holiday or weather closures are not)
    (
        "Germany temporarily closed its embassy in Kabul as the Taliban advanced.",
        _close("DEU", "AFG"),
    ),
    ("Spain temporarily suspended operations at its embassy in Kyiv.", _close("ESP", "UKR")),
    ("Norway shut its embassy in Tehran temporarily over security concerns.", _close("NOR", "IRN")),
    (
        "The temporary closure of the Dutch embassy in Kyiv was announced on Monday.",
        _close("NLD", "UKR"),
    ),
    ("The embassy will be temporarily closed on Monday for a public holiday.", set()),
]


@pytest.mark.parametrize(("body", "expected"), EVACUATED + TEMPORARY)
def test_mission_forms(body: str, expected: set) -> None:
    assert events_of(body) == expected
