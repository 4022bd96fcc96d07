"""Answers to a diplomatic act: the expelled state's counter-expulsion, told in the
same sentence or the next one, in the many ways news words a retaliation.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dyads(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Russia expelled the Estonian ambassador and Tallinn reacted by expelling the "
            "Russian charge d'affaires.",
            ("EXPEL_DIPLOMAT", "EST", "RUS"),
        ),
        (
            "Latvia expelled the Russian ambassador and Moscow responded by ordering the "
            "Latvian charge d'affaires to leave.",
            ("EXPEL_DIPLOMAT", "RUS", "LVA"),
        ),
        (
            "Serbia expelled the Croatian envoy and Zagreb answered by expelling Serbia's "
            "ambassador.",
            ("EXPEL_DIPLOMAT", "HRV", "SRB"),
        ),
        (
            "Poland closed the Russian consulate in Gdansk and Moscow retaliated by closing "
            "the Polish consulate in Irkutsk.",
            ("CLOSE_MISSION", "RUS", "POL"),
        ),
    ],
)
def test_answering_clause_subject_hung_on_the_first_clause(body, answer) -> None:
    """The parser hangs the answering state on the first clause's object ('the Estonian
    ambassador and Tallinn') and leaves 'reacted' without a subject: the answer is that
    state's act, not the first actor's act on its own envoy (a recall)."""
    found = dyads(body)
    assert answer in found
    assert not any(kind == "RECALL_DIPLOMAT" for kind, _, _ in found)
