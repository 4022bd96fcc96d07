"""A day the parser joins to the verb's object ('received on Sunday copies of
credentials'): detente.nlp.time_compounds.  Sentences written for these tests;
2024-05-08 is a Wednesday.
"""

from __future__ import annotations

import pytest

import detente
from detente.nlp.parser import parse


def dyads_of(body: str, event_type: str) -> set[tuple[str, str]]:
    return {
        (e.source, e.target)
        for e in detente.extract(body, published="2024-05-08")
        if e.type == event_type
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kuwait's foreign minister received on Sunday copies of credentials from the "
            "ambassadors of Iraq and Oman.",
            {("IRQ", "KWT"), ("OMN", "KWT")},
        ),
        (
            "Oman's sultan received on Monday credentials from the new ambassadors of Chad "
            "and Niger.",
            {("TCD", "OMN"), ("NER", "OMN")},
        ),
        (
            "Egypt's president accepted in March credentials from the ambassadors of Peru and "
            "Chile.",
            {("PER", "EGY"), ("CHL", "EGY")},
        ),
        # near misses: the object is no envoy's credentials
        ("Qatar's emir received on Sunday delegations from Chad and Niger.", set()),
        ("Kuwait's minister spoke on Sunday night about the ambassadors of Iraq and Oman.", set()),
    ],
)
def test_a_day_before_the_object_leaves_it_the_verbs(body, expected) -> None:
    assert dyads_of(body, "PRESENT_CREDENTIALS") == expected


def test_the_day_is_the_prepositions_object_again() -> None:
    doc = next(parse(["The minister received on Tuesday copies of the letters."]))
    assert (doc[4].dep_, doc[4].head.text) == ("pobj", "on")
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "received")


def test_a_day_modifying_a_noun_with_no_preposition_is_left_alone() -> None:
    doc = next(parse(["The minister attended Sunday talks in Doha."]))
    assert doc[3].dep_ == "compound" and doc[3].head.text == "talks"
