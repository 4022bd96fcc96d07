"""Acts the parties only talk over, and the side that acted on 'relations between A and B'.

Talks of two states about their own act are a plan of it ('opened talks on normalising
ties' is planned, not done); relations 'between A and B' name both sides, but a clause
that says who acted keeps the event one-sided.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def events(body: str) -> list[tuple[str, str, str, str]]:
    return sorted(
        (e.type, e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
    )


TALKED_OVER = [
    ("Serbia and Kosovo opened talks on normalising ties on Tuesday.", "RESTORE_RELATIONS"),
    ("Chile held discussions on Monday on reopening its embassy in Caracas.", "OPEN_MISSION"),
    ("Georgia opened negotiations with Russia on restoring ties.", "RESTORE_RELATIONS"),
]


@pytest.mark.parametrize(("body", "event_type"), TALKED_OVER)
def test_an_act_under_discussion_is_planned(body: str, event_type: str) -> None:
    found = events(body)
    assert found and all(t == event_type and m == "planned" for t, _, _, m in found)


DONE_AFTER_TALKS = [
    "After two days of talks, Serbia and Kosovo restored diplomatic relations on Monday.",
    "The talks produced an agreement under which Chile reopened its embassy in Caracas.",
    "Georgia restored ties with Russia on Tuesday following lengthy negotiations.",
]


@pytest.mark.parametrize("body", DONE_AFTER_TALKS)
def test_an_act_done_after_talks_stays_asserted(body: str) -> None:
    found = events(body)
    assert found and all(m == "asserted" for *_, m in found)


ONE_SIDE_ACTED = [
    (
        "Relations between Lithuania and China have been strained since Beijing "
        "downgraded them in 2021.",
        ("DOWNGRADE_RELATIONS", "CHN", "LTU", "asserted"),
    ),
    (
        "Ties between Peru and Mexico have been frozen since Lima cut them in 2023.",
        ("SEVER_RELATIONS", "PER", "MEX", "asserted"),
    ),
    (
        "Relations between Ghana and Togo, which Accra broke off in 1999, remain cool.",
        ("SEVER_RELATIONS", "GHA", "TGO", "asserted"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), ONE_SIDE_ACTED)
def test_the_side_named_as_actor_acts_alone(body: str, expected: tuple) -> None:
    assert events(body) == [expected]


def test_both_sides_act_when_no_one_is_named() -> None:
    body = "Diplomatic relations between Morocco and Germany were restored on Monday."
    assert [e[1:3] for e in events(body)] == [("DEU", "MAR"), ("MAR", "DEU")]
