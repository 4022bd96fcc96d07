"""Precision of modality: conditions, drafts and claims said to be false.

Sentences written for these tests (GUIDELINES, Settled cases: Modality).
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str, str]]:
    return {
        (e.type, e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
    }


@pytest.mark.parametrize(
    "body",
    [
        "The EU said sanctions on Belarus could be eased if political prisoners are freed.",
        "Washington may lift some sanctions on Caracas if the elections are free, officials said.",
        "Sanctions against Iran might be relaxed provided Tehran returns to the talks.",
    ],
)
def test_a_possibility_under_a_condition_is_no_event(body: str) -> None:
    assert events_of(body) == set()


def test_a_promise_under_a_condition_stays_planned() -> None:
    body = "Canada will lift sanctions on Cuba if Havana frees the prisoners, Ottawa said."
    assert events_of(body) == {("LIFT_SANCTIONS", "CAN", "CUB", "planned")}


@pytest.mark.parametrize(
    "body",
    [
        "The UN General Assembly debated a draft resolution that would impose sanctions "
        "on Myanmar.",
        "EU ministers discussed a draft decision to lift sanctions on Belarus.",
        "Lawmakers in Lima tabled a draft law that would sever relations with Caracas.",
    ],
)
def test_a_draft_debated_is_no_event(body: str) -> None:
    assert events_of(body) == set()


def test_an_adopted_draft_decides() -> None:
    body = "The Security Council adopted a draft resolution that imposes sanctions on Mali."
    assert events_of(body) == {("IMPOSE_SANCTIONS", "UN", "MLI", "asserted")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The rumour that the United States is planning to close its embassy in Maputo "
            "could not be further from the truth.",
            ("CLOSE_MISSION", "USA", "MOZ", "negated"),
        ),
        (
            "Reports that Ghana had expelled the Nigerian envoy were untrue, the ministry said.",
            ("EXPEL_DIPLOMAT", "GHA", "NGA", "negated"),
        ),
        (
            "Claims that Peru will recall its ambassador from Mexico are baseless.",
            ("RECALL_DIPLOMAT", "PER", "MEX", "negated"),
        ),
    ],
)
def test_a_claim_said_to_be_false_is_negated(body: str, expected: tuple) -> None:
    assert events_of(body) == {expected}


def test_a_confirmed_report_stays_reported() -> None:
    body = "Reports that Ghana had expelled the Nigerian envoy were confirmed by the ministry."
    assert events_of(body) == {("EXPEL_DIPLOMAT", "GHA", "NGA", "reported")}


@pytest.mark.parametrize(
    "body",
    [
        "The resolution underlined the importance of efforts to normalise relations "
        "between Eritrea and Djibouti.",
        "The UN encouraged Eritrea and Djibouti to restore diplomatic relations.",
        "Norway welcomed efforts by Chile and Peru to restore relations.",
    ],
)
def test_encouragement_and_efforts_of_others_are_no_event(body: str) -> None:
    assert events_of(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a semicolon joins two statements: the negation of the second does not reach
        # the first, however the parser hung them together
        (
            "Ecuador restored ties with Mexico on Friday; Mexico has not yet responded.",
            ("RESTORE_RELATIONS", "ECU", "MEX", "asserted"),
        ),
        (
            "Latvia expelled two Russian diplomats on Monday; Moscow did not comment.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS", "asserted"),
        ),
        (
            "Peru reopened its embassy in Caracas on Monday; no date was given for talks.",
            ("OPEN_MISSION", "PER", "VEN", "asserted"),
        ),
    ],
)
def test_a_negation_past_a_semicolon_negates_nothing_before_it(body: str, expected) -> None:
    assert expected in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Estonia expels Russian ambassador, Moscow vows retaliation",
            ("EXPEL_DIPLOMAT", "EST", "RUS", "asserted"),
        ),
        (
            "Lithuania expels Belarusian diplomat, Minsk promises a tough response",
            ("EXPEL_DIPLOMAT", "LTU", "BLR", "asserted"),
        ),
        (
            "Germany expels two Iranian diplomats, Tehran threatens countermeasures",
            ("EXPEL_DIPLOMAT", "DEU", "IRN", "asserted"),
        ),
    ],
)
def test_headline_clause_before_a_vow_of_something_else_is_a_fact(body, expected) -> None:
    """The vow or threat after the comma is of its own object; the clause before it
    is the news, not what is vowed."""
    assert expected in events_of(body)


def test_act_still_vowed_stays_planned() -> None:
    body = "Iran threatens to expel German envoy"
    assert ("EXPEL_DIPLOMAT", "IRN", "DEU", "planned") in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a decided act set for a time still ahead is planned
        (
            "Bahrain decided to open an embassy in Astana next year.",
            ("OPEN_MISSION", "BHR", "KAZ", "planned"),
        ),
        (
            "The president welcomed the decision of Oman to open a consulate in Almaty next "
            "spring.",
            ("OPEN_MISSION", "OMN", "KAZ", "planned"),
        ),
        (
            "Peru has decided to restore diplomatic relations with Bolivia later this month.",
            ("RESTORE_RELATIONS", "PER", "BOL", "planned"),
        ),
        # with no time ahead the decision is the act
        (
            "Bahrain decided to open an embassy in Astana.",
            ("OPEN_MISSION", "BHR", "KAZ", "asserted"),
        ),
    ],
)
def test_a_decided_act_set_for_a_time_ahead_is_planned(body, expected) -> None:
    assert events_of(body) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what came of a denied act, in a trailing participle, happened
        (
            "The US did not renew the general licence, reimposing sanctions on Venezuela's "
            "oil sector.",
            ("IMPOSE_SANCTIONS", "USA", "VEN", "asserted"),
        ),
        (
            "Moscow did not hesitate, expelling ten Latvian diplomats.",
            ("EXPEL_DIPLOMAT", "RUS", "LVA", "asserted"),
        ),
        (
            "Canada did not wait for its allies, freezing the assets of four Haitian "
            "officials on Monday.",
            ("IMPOSE_SANCTIONS", "CAN", "HTI", "asserted"),
        ),
    ],
)
def test_a_trailing_participle_of_a_denied_clause_happened(body, expected) -> None:
    assert events_of(body) == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "Niger has never before expelled a French diplomat.",
        "Bamako had not previously expelled a Western envoy, officials noted.",
        "Jordan has never previously closed its embassy in Damascus.",
    ],
)
def test_a_first_told_as_never_before_is_no_event(body: str) -> None:
    assert events_of(body) == set()


def test_a_plain_never_stays_negated() -> None:
    body = "Jordan has never closed its embassy in Damascus."
    assert events_of(body) == {("CLOSE_MISSION", "JOR", "SYR", "negated")}
