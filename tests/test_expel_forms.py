"""Expulsions worded as a deadline to leave, a deportation, or a request noun.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dyads(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Niger gave the French envoy 48 hours to leave.", ("EXPEL_DIPLOMAT", "NER", "FRA")),
        (
            "Kenya gave the Somali diplomats 72 hours to depart.",
            ("EXPEL_DIPLOMAT", "KEN", "SOM"),
        ),
        (
            "Bamako gave the French ambassador 72 hours to leave Mali.",
            ("EXPEL_DIPLOMAT", "MLI", "FRA"),
        ),
        ("Ghana deported a Nigerian diplomat on Tuesday.", ("EXPEL_DIPLOMAT", "GHA", "NGA")),
        (
            "Bolivia deported two Venezuelan embassy officials.",
            ("EXPEL_DIPLOMAT", "BOL", "VEN"),
        ),
        (
            "Belarus's request that the EU ambassador leave the country drew protests.",
            ("EXPEL_DIPLOMAT", "BLR", "EU"),
        ),
        (
            "The EU condemned the demand by Minsk that the Polish ambassador leave Belarus.",
            ("EXPEL_DIPLOMAT", "BLR", "POL"),
        ),
        (
            "The order that the Iranian attache leave Senegal was issued by the government "
            "on Monday.",
            ("EXPEL_DIPLOMAT", "SEN", "IRN"),
        ),
    ],
)
def test_expulsion_forms(body, expected) -> None:
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "Hungary gave the Dutch ambassador two days to explain his remarks.",
        "Ghana deported 30 Nigerian traders.",
        "The embassy asked its citizens to leave Lebanon.",
        "Chile's request that Venezuela recall its ambassador was rejected.",
        "The airline gave passengers 48 hours to leave the terminal.",
    ],
)
def test_lookalikes_are_no_expulsion(body) -> None:
    assert not {d for d in dyads(body) if d[0] == "EXPEL_DIPLOMAT"}

