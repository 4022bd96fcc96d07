"""A state that returns its envoy to another state sends him back to his post: the
representation is back to ambassadors (UPGRADE_RELATIONS, DIPLOMACY §1)."""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target, e.modality) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Saudi Arabia returned its ambassador to Tehran on Tuesday.",
            ("UPGRADE_RELATIONS", "SAU", "IRN", "asserted"),
        ),
        (
            "The UAE returned its envoy to Doha in January after a three-year rift.",
            ("UPGRADE_RELATIONS", "ARE", "QAT", "asserted"),
        ),
        (
            "Turkey will return its ambassador to Israel next month, the ministry said.",
            ("UPGRADE_RELATIONS", "TUR", "ISR", "planned"),
        ),
    ],
)
def test_returning_an_envoy_to_a_state_raises_the_representation(body, expected) -> None:
    assert events_of(body) == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "Iran returned its ambassador to Tehran for consultations.",
        "The court returned the diplomat to prison.",
        "Ankara returned the ambassador's credentials to the embassy.",
        "Italy returned the stolen artefacts to Greece.",
    ],
)
def test_returning_things_or_an_envoy_home_raises_nothing(body) -> None:
    assert {t for t, *_ in events_of(body)} <= {"RECALL_DIPLOMAT"}
