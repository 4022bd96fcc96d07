"""A dateline in title case ('Rabat -', 'Beijing, May 6 (Xinhua) --') names where a
story was filed: the capital is no actor of the sentence after it.

Sentences written for these tests; 2024-05-08 is a Wednesday.
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
            "Rabat - The new Spanish ambassador to Morocco, Pedro Alvarez, presented his "
            "credentials to King Mohammed VI on Monday.",
            {("PRESENT_CREDENTIALS", "ESP", "MAR")},
        ),
        (
            "Moscow, 6 May 2024 (TASS) - Lithuania's new ambassador presented a copy of his "
            "credentials to the Russian foreign ministry on Monday.",
            {("PRESENT_CREDENTIALS", "LTU", "RUS")},
        ),
        (
            "Addis Ababa: The Kenyan ambassador handed his letters of credence to President "
            "Taye of Ethiopia on Tuesday.",
            {("PRESENT_CREDENTIALS", "KEN", "ETH")},
        ),
        (
            "Kigali - Belgium's ambassador to Rwanda was expelled on Monday.",
            {("EXPEL_DIPLOMAT", "RWA", "BEL")},
        ),
    ],
)
def test_a_title_case_dateline_is_no_actor(body: str, expected: set) -> None:
    assert events_of(body) == expected
