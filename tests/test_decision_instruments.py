"""Acts done by a decision, decree or order ('the decision ... by which the ambassador
was declared persona non grata'): the decision's maker acts, at the decision's time
(``nlp/instruments.py``); an envoy named by his post in apposition ('Ana Souto, head of
the EU delegation') is his state's (``nlp/envoy_titles.py``)."""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target, e.date.value) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On Friday the government in Caracas withdrew the resolution adopted on March 4 by "
            "which Ana Souto, head of the European Union delegation, had been declared persona "
            "non grata.",
            ("EXPEL_DIPLOMAT", "VEN", "EU", "2024-03-04"),
        ),
        (
            "Minsk cancelled the order of April 12 by which the Polish consul was told to leave.",
            ("EXPEL_DIPLOMAT", "BLR", "POL", "2024-04-12"),
        ),
        (
            "Ambassador Pedro Ruiz, head of the Spanish embassy in Managua, was expelled on "
            "Monday.",
            ("EXPEL_DIPLOMAT", "NIC", "ESP", "2024-05-06"),
        ),
    ],
)
def test_the_maker_of_the_decision_acts_at_its_time(body, expected) -> None:
    assert events_of(body) == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "Brussels condemned the decision by which its ambassador was declared persona non grata.",
        "The court upheld the ruling by which the company was fined.",
        "Maria Lopez, a critic of Russia, was expelled from the party.",
    ],
)
def test_a_decision_others_judge_names_no_maker(body) -> None:
    assert events_of(body) == set()
