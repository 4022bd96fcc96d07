"""'They' that stands for relations told before in its sentence ('cut ties in 2009, but
they were restored in 2020'): a passive on them names no side, so both sides act."""

from __future__ import annotations

import pytest

import detente


def events_of(body: str, event_type: str) -> set[tuple]:
    return {
        (e.source, e.target, e.date.value, e.modality)
        for e in detente.extract(body, "2024-05-08")
        if e.type == event_type
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bolivia cut ties with Israel in 2009, but they were restored in 2020.",
            {("BOL", "ISR", "2020", "asserted"), ("ISR", "BOL", "2020", "asserted")},
        ),
        (
            "Egypt cut ties with Qatar in 2017, and they were re-established in January 2021.",
            {("EGY", "QAT", "2021-01", "asserted"), ("QAT", "EGY", "2021-01", "asserted")},
        ),
        (
            "Senegal broke off relations with Gambia in 1990, though they were resumed in 1992.",
            {("SEN", "GMB", "1992", "asserted"), ("GMB", "SEN", "1992", "asserted")},
        ),
    ],
)
def test_relations_restored_as_they_are_both_sides(body, expected) -> None:
    assert events_of(body, "RESTORE_RELATIONS") == expected


@pytest.mark.parametrize(
    "body",
    [
        "Morocco broke off relations with Iran in 2018; they have not been restored since.",
        "The two ministers met in 2019, and they were restored to their posts in 2020.",
        "Russia expelled two Czech diplomats, and they were restored to duty in Prague.",
    ],
)
def test_no_restoration_asserted(body) -> None:
    assert {m for *_, m in events_of(body, "RESTORE_RELATIONS")} <= {"negated"}
