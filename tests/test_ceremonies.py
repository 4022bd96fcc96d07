"""Credentials ceremonies: every envoy of a ceremony's roster presents to the host.

Sentences written for these tests; 2024-03-13 is a Wednesday.
"""

from __future__ import annotations

import pytest

import detente


def credentials_of(body: str) -> set[tuple[str, str]]:
    return {
        (e.source, e.target)
        for e in detente.extract(body, published="2024-03-13")
        if e.type == "PRESENT_CREDENTIALS"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "Name (Country)" in the sentence after the ceremony
            "President Ruto received the credentials of five new ambassadors on Tuesday. "
            "The envoys were Ana Ruiz (Peru), Tom Berg (Norway), Ali Musa (Chad), "
            "Li Wei (Singapore) and Pierre Dumas (Belgium).",
            {("PER", "KEN"), ("NOR", "KEN"), ("TCD", "KEN"), ("SGP", "KEN"), ("BEL", "KEN")},
        ),
        (  # "Name from Country", two sentences after
            "Four new ambassadors presented their letters of credence to President Lula "
            "in Brasilia on Monday. The ceremony lasted an hour. The new ambassadors are "
            "Hans Weber from Austria, Maria Costa from Portugal and Ivan Petrov from Bulgaria.",
            {("AUT", "BRA"), ("PRT", "BRA"), ("BGR", "BRA")},
        ),
        (  # "Country, Name; Country, Name" in the ceremony's own sentence
            "The king received credentials from the ambassadors of Thailand, Somchai Prasert; "
            "Ghana, Kwame Mensah; and Chile, Rosa Vidal, at the palace in Rabat on Monday.",
            {("THA", "MAR"), ("GHA", "MAR"), ("CHL", "MAR")},
        ),
        (  # a plain list of states
            "Japan's emperor will receive credentials from the envoys of Kenya, Brazil, "
            "Latvia and Oman on Friday.",
            {("KEN", "JPN"), ("BRA", "JPN"), ("LVA", "JPN"), ("OMN", "JPN")},
        ),
    ],
)
def test_roster_names_every_sender(body: str, expected: set[tuple[str, str]]) -> None:
    assert credentials_of(body) == expected


def test_a_list_that_is_no_roster_adds_no_sender() -> None:
    body = (
        "The new ambassador of Peru presented his credentials to President Ruto on Tuesday. "
        "He said trade between Kenya, Uganda and Tanzania was growing."
    )
    assert credentials_of(body) == {("PER", "KEN")}
