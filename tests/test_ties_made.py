"""Ties made and unmade in varied wording: formalised ties, normalisation accords.

Sentences written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente

PUBLISHED = "2024-05-08"


def dated(body: str) -> set[tuple]:
    return {
        (e.type, e.source, e.target, e.date.value, e.modality)
        for e in detente.extract(body, PUBLISHED)
    }


def _both(event_type: str, one: str, other: str, date: str | None) -> set[tuple]:
    return {
        (event_type, one, other, date, "asserted"),
        (event_type, other, one, date, "asserted"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # formalising ties establishes them
        (
            "Bahrain and Israel formalised ties on Sunday.",
            _both("RESTORE_RELATIONS", "BHR", "ISR", "2024-05-05"),
        ),
        (
            "The formalisation of ties between Kosovo and Israel took place by video link "
            "on February 1.",
            _both("RESTORE_RELATIONS", "XKX", "ISR", "2024-02-01"),
        ),
        (
            "Bhutan formalized diplomatic relations with Estonia in March.",
            {("RESTORE_RELATIONS", "BTN", "EST", "2024-03", "asserted")},
        ),
    ],
)
def test_formalised_ties_are_established(body, expected) -> None:
    assert expected <= dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # signing a normalisation agreement, deal or accord establishes relations
        (
            "Sudan signed a normalisation agreement with Israel in January 2021.",
            {("RESTORE_RELATIONS", "SDN", "ISR", "2021-01", "asserted")},
        ),
        (
            "A normalization deal was signed between Israel and Morocco on Wednesday.",
            _both("RESTORE_RELATIONS", "ISR", "MAR", "2024-05-08"),
        ),
        (
            "Israel and Bahrain inked a normalisation accord at the White House in September 2020.",
            _both("RESTORE_RELATIONS", "ISR", "BHR", "2020-09"),
        ),
        (
            "Israel concluded normalization agreements with the UAE and Bahrain in 2020.",
            {
                ("RESTORE_RELATIONS", "ISR", "ARE", "2020", "asserted"),
                ("RESTORE_RELATIONS", "ISR", "BHR", "2020", "asserted"),
            },
        ),
    ],
)
def test_a_signed_normalisation_accord_establishes_relations(body, expected) -> None:
    assert expected <= dated(body)


@pytest.mark.parametrize(
    "body",
    [
        # an accord negotiated or hoped for is signed by nobody; an agrément is no accord
        "Israel and Saudi Arabia are negotiating a normalisation deal.",
        "Riyadh and Jerusalem discussed a possible normalization agreement on Tuesday.",
        "Oman signed a trade agreement with Iran on Monday.",
    ],
)
def test_talks_on_an_accord_sign_nothing(body) -> None:
    assert not {e for e in dated(body) if e[0] == "RESTORE_RELATIONS"}
