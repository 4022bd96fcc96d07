"""Switching recognition from Taipei to Beijing (GUIDELINES, Settled cases).

A switch is RESTORE_RELATIONS with the new partner; SEVER_RELATIONS with the old one
only where the text says ties were cut.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def events(body: str) -> list[tuple[str, str, str, str | None]]:
    return sorted(
        (e.type, e.source, e.target, e.date.value)
        for e in detente.extract(body, published="2024-05-08")
    )


CUT_IN_FAVOUR = [
    (
        "Nauru cut ties with Taipei in favour of Beijing on Monday.",
        [
            ("RESTORE_RELATIONS", "NRU", "CHN", "2024-05-06"),
            ("SEVER_RELATIONS", "NRU", "TWN", "2024-05-06"),
        ],
    ),
    (
        "Kiribati broke off relations with Taiwan on Friday in favor of China.",
        [
            ("RESTORE_RELATIONS", "KIR", "CHN", "2024-05-03"),
            ("SEVER_RELATIONS", "KIR", "TWN", "2024-05-03"),
        ],
    ),
    (
        "On Tuesday Panama severed its diplomatic ties with Taiwan in favour of China.",
        [
            ("RESTORE_RELATIONS", "PAN", "CHN", "2024-05-07"),
            ("SEVER_RELATIONS", "PAN", "TWN", "2024-05-07"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CUT_IN_FAVOUR)
def test_a_cut_in_favour_of_another_restores_ties_with_it(body: str, expected: list) -> None:
    assert events(body) == expected


SWITCHED = [
    (
        "Honduras switched diplomatic recognition from Taipei to Beijing on Sunday.",
        [("RESTORE_RELATIONS", "HND", "CHN", "2024-05-05")],
    ),
    (
        "Nicaragua switched its recognition to Beijing on Thursday.",
        [("RESTORE_RELATIONS", "NIC", "CHN", "2024-05-02")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), SWITCHED)
def test_a_switch_alone_restores_ties_with_the_new_partner(body: str, expected: list) -> None:
    assert events(body) == expected


def test_favouring_is_no_switch_outside_a_cut() -> None:
    body = "Guatemala voted in favour of Taiwan's bid to join the assembly on Monday."
    assert events(body) == []
