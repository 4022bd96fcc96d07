"""The Holy See is a state for diplomatic acts: the Pope receives credentials as its head.

"Pope Leo", "the Pope", "the Pontiff" and "the Holy Father" act for the Holy See (VAT);
the Coptic Pope does not.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def sides(body: str) -> list[tuple[str, str, str]]:
    return sorted(
        (e.type, e.source, e.target) for e in detente.extract(body, published="2025-10-08")
    )


RECEIVED_BY_THE_POPE = [
    ("Pope Leo received the credentials of the new ambassador of Peru on Monday.", "PER"),
    ("The Pope on Thursday accepted the letters of credence of Kenya's new ambassador.", "KEN"),
    ("Ghana's new envoy presented her credentials to the Pontiff on Friday.", "GHA"),
    ("The Holy Father received the credentials of Chile's ambassador on Monday.", "CHL"),
]


@pytest.mark.parametrize(("body", "sender"), RECEIVED_BY_THE_POPE)
def test_the_pope_receives_for_the_holy_see(body: str, sender: str) -> None:
    assert sides(body) == [("PRESENT_CREDENTIALS", sender, "VAT")]


def test_the_coptic_pope_is_no_head_of_state() -> None:
    body = "Coptic Pope Tawadros II met the new ambassador of Ethiopia in Cairo on Monday."
    assert all("VAT" not in e for e in sides(body))
