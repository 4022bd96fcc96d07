"""Recalls whose wording names the recalling state only by where the envoy goes home to.

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
        (
            "The French ambassador to Italy returned to Rome on Friday, a week after he was "
            "recalled to Paris.",
            ("RECALL_DIPLOMAT", "FRA", "ITA"),
        ),
        (
            "Mexico's top diplomat in Lima has been called back to Mexico City for talks, "
            "officials in Peru said.",
            ("RECALL_DIPLOMAT", "MEX", "PER"),
        ),
        (
            "Relations with Chile soured further when the envoy was recalled to Buenos Aires "
            "on Monday.",
            ("RECALL_DIPLOMAT", "ARG", "CHL"),
        ),
    ],
)
def test_recalled_to_a_capital_names_the_recalling_state(body, expected) -> None:
    """A to-phrase on the verb is home, not the post ('its ambassador to Spain' is)."""
    assert expected in dyads(body)
    assert (expected[0], expected[2], expected[1]) not in dyads(body)
