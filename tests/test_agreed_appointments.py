"""Appointments of ambassadors that an agreement between two states provides for:
each state's envoy to the other, planned; and a plan's date, told before the act,
does not date the act.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> dict[tuple[str, str, str], detente.Event]:
    found = detente.extract(body, published="2024-05-08")
    return {(e.type, e.source, e.target): e for e in found}


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "An agreement on the prompt appointment of Russian and Canadian ambassadors was "
            "reached at talks in Geneva on Tuesday.",
            ("RUS", "CAN"),
        ),
        (
            "Officials said an agreement to ensure the swift appointment of Chilean and "
            "Bolivian ambassadors had been reached.",
            ("CHL", "BOL"),
        ),
        (
            "A deal on the appointment of Israeli and Turkish ambassadors was struck in "
            "Ankara last week.",
            ("ISR", "TUR"),
        ),
    ],
)
def test_an_agreement_on_appointing_ambassadors_names_each_to_the_other(
    body: str, pair: tuple[str, str]
) -> None:
    a, b = pair
    found = events_of(body)
    assert set(found) == {("APPOINT_AMBASSADOR", a, b), ("APPOINT_AMBASSADOR", b, a)}


@pytest.mark.parametrize(
    "body",
    [
        "An agreement to ensure the swift appointment of Chilean and Bolivian ambassadors "
        "was reached on Monday.",
        "Both sides signed a deal to ensure the appointment of Israeli and Turkish ambassadors.",
        "The accord was meant to ensure the reopening of the Swedish embassy in Tehran.",
    ],
)
def test_what_an_agreement_is_to_ensure_is_planned(body: str) -> None:
    assert {e.modality for e in events_of(body).values()} == {"planned"}


def test_an_agreement_before_the_appointment_does_not_date_it() -> None:
    body = (
        "date 2025-03-06\n\nAna Ruiz has been appointed as Chile's ambassador to Bolivia. "
        "An agreement to ensure the prompt appointment of Chilean and Bolivian "
        "ambassadors was reached at talks in Lima on February 18."
    )
    found = {(e.type, e.source, e.target): e for e in detente.extract(body)}
    appointed = found[("APPOINT_AMBASSADOR", "CHL", "BOL")]
    assert (appointed.modality, appointed.date.value) == ("asserted", "2025-03")
    assert found[("APPOINT_AMBASSADOR", "BOL", "CHL")].modality == "planned"
