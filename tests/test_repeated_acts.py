"""A bare act told as repeating one before ('too', 'also', 'likewise') is with that
act's other side, not between its own subjects (``arguments.repeated_act_partner``)."""

from __future__ import annotations

import pytest

import detente


def dyads_of(body: str, event_type: str) -> set[tuple]:
    return {
        (e.source, e.target) for e in detente.extract(body, "2024-05-08") if e.type == event_type
    }


@pytest.mark.parametrize(
    ("body", "event_type", "expected"),
    [
        (
            "Riyadh cut ties with Tehran in 2016. Bahrain and Sudan severed relations too.",
            "SEVER_RELATIONS",
            {("SAU", "IRN"), ("BHR", "IRN"), ("SDN", "IRN")},
        ),
        (
            "Mali broke off relations with Ukraine on Sunday. Niger and Burkina Faso also cut "
            "ties.",
            "SEVER_RELATIONS",
            {("MLI", "UKR"), ("NER", "UKR"), ("BFA", "UKR")},
        ),
        (
            "Honduras established relations with China in March. Nicaragua and Panama had "
            "likewise established ties earlier.",
            "RESTORE_RELATIONS",
            {("HND", "CHN"), ("NIC", "CHN"), ("PAN", "CHN")},
        ),
    ],
)
def test_a_repeated_act_is_with_the_earlier_act_s_partner(body, event_type, expected) -> None:
    assert dyads_of(body, event_type) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Egypt and Qatar restored ties in 2021.",
        "Egypt and Qatar also restored ties in 2021.",
        "Chad expelled a Libyan diplomat. Egypt and Qatar also restored ties.",
    ],
)
def test_with_no_earlier_act_of_its_kind_two_subjects_act_on_each_other(body) -> None:
    assert dyads_of(body, "RESTORE_RELATIONS") == {("EGY", "QAT"), ("QAT", "EGY")}


@pytest.mark.parametrize(
    "body",
    [
        "Saudi Arabia cut ties with Iran on Sunday after attacks on its missions. Bahrain and "
        "Sudan followed on Monday. The UAE downgraded its ties on Monday.",
        "Saudi Arabia severed relations with Iran on Sunday. Bahrain did the same on Monday. "
        "The United Arab Emirates downgraded its diplomatic relations on Monday.",
        "Saudi Arabia broke off relations with Iran on Sunday. Sudan's leaders followed suit "
        "hours later. The UAE then lowered the level of its ties.",
    ],
)
def test_bare_ties_after_acts_against_one_state_are_with_that_state(body) -> None:
    """Not with the state named last, who only followed the first act."""
    assert dyads_of(body, "DOWNGRADE_RELATIONS") == {("ARE", "IRN")}
