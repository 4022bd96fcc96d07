"""Recalls whose wording names the recalling state only by where the envoy goes home to.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dyads(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The French ambassador to Italy returned to Rome on Friday, a week after he was "
            "recalled to Paris.",
            ("RECALL_DIPLOMAT", "FRA", "ITA"),
        ),
        (
            "Mexico's top diplomat in Lima has been called back to Mexico City for talks, "
            "officials in Peru said.",
            ("RECALL_DIPLOMAT", "MEX", "PER"),
        ),
        (
            "Relations with Chile soured further when the envoy was recalled to Buenos Aires "
            "on Monday.",
            ("RECALL_DIPLOMAT", "ARG", "CHL"),
        ),
    ],
)
def test_recalled_to_a_capital_names_the_recalling_state(body, expected) -> None:
    """A to-phrase on the verb is home, not the post ('its ambassador to Spain' is)."""
    assert expected in dyads(body)
    assert (expected[0], expected[2], expected[1]) not in dyads(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # representations or a protest lodged with an envoy summon him (DIPLOMACY)
        (
            "China's vice foreign minister on Thursday lodged solemn representations with "
            "Japanese Ambassador Kenji Sato.",
            {("SUMMON_DIPLOMAT", "CHN", "JPN")},
        ),
        (
            "Seoul lodged a strong protest with the Japanese ambassador over the textbooks.",
            {("SUMMON_DIPLOMAT", "KOR", "JPN")},
        ),
        (
            "Hanoi lodged a diplomatic protest with the Chinese envoy on Monday.",
            {("SUMMON_DIPLOMAT", "VNM", "CHN")},
        ),
        # with a state, or by an envoy, it summons nobody
        ("Beijing lodged representations with Japan over the visit.", set()),
        ("The Indian envoy lodged a protest with the Pakistani foreign ministry.", set()),
    ],
)
def test_representations_lodged_with_an_envoy_summon_him(body, expected) -> None:
    assert dyads(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the envoy named in a clause inside the protest is not what the protest acts on
        "Russia summoned the Moldovan ambassador to lodge a strong protest over the decision "
        "to expel a Russian embassy employee.",
        "Peru lodged a protest over Chile's move to expel a Peruvian consul.",
        "Ghana lodged a protest about the plan to recall the Ghanaian ambassador.",
    ],
)
def test_an_envoy_in_a_clause_inside_a_protest_is_not_its_argument(body) -> None:
    assert not {d for d in dyads(body) if d[0] == "RECALL_DIPLOMAT"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Following the request of the People's Republic of China, the Ambassador of "
            "Lithuania to China, Diana Mickeviciene, was recalled to Vilnius on Friday.",
            {("RECALL_DIPLOMAT", "LTU", "CHN")},
        ),
        (
            "Following the decision of Brazil, the Ambassador of Argentina, Juan Perez, was "
            "expelled on Friday.",
            {("EXPEL_DIPLOMAT", "BRA", "ARG")},
        ),
        (
            "In line with the decision of the Government of Mali, the Ambassador of France to "
            "Mali was summoned on Monday.",
            {("SUMMON_DIPLOMAT", "MLI", "FRA")},
        ),
    ],
)
def test_a_subject_hung_on_a_fronted_phrase(body: str, expected: set) -> None:
    """The parser hangs the subject on the name ending a fronted phrase, as an apposition."""
    assert {
        (e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")
    } == expected


@pytest.mark.parametrize(
    ("body", "recall"),
    [
        (
            "Mexico named Ana Ruiz as its new ambassador to Peru on Monday, a year after it "
            "recalled its previous envoy over Lima's dispute with Bolivia.",
            ("MEX", "PER"),
        ),
        (
            "Chile appointed Pedro Soto as ambassador to Argentina on Friday, months after "
            "Santiago withdrew its previous ambassador over remarks about Bolivia.",
            ("CHL", "ARG"),
        ),
        (
            "Ghana's new ambassador presented her credentials to the President of Nigeria on "
            "Tuesday. Accra had recalled its previous envoy in 2022 over a row involving Togo.",
            ("GHA", "NGA"),
        ),
        (
            "Egypt named a new ambassador to Turkey on Sunday, ten years after Cairo withdrew "
            "its ambassador over Ankara's stance on Qatar.",
            ("EGY", "TUR"),
        ),
    ],
)
def test_a_recall_naming_no_post_is_from_the_post_told(body, recall):
    """The post the article gave the same state's envoy, not the state a reason names."""
    assert {(s, t) for kind, s, t in dyads(body) if kind == "RECALL_DIPLOMAT"} == {recall}


@pytest.mark.parametrize(
    "body",
    [
        "Kenya criticised on Tuesday the recall of the Somali ambassador from Nairobi.",
        "Officials in Nairobi regretted the withdrawal of the Somali ambassador from Kenya.",
        "Kenya protested against Somalia's recall of its envoy from Nairobi on Monday.",
        "Kenya on Friday denounced the recall of Somalia's ambassador to Nairobi.",
    ],
)
def test_a_nominal_recall_is_made_by_the_envoys_own_state(body) -> None:
    """The clause's subject reacting to a recall is not the recaller: a state recalls
    only its own envoys."""
    assert dyads(body) == {("RECALL_DIPLOMAT", "SOM", "KEN")}


def test_a_headline_recall_of_a_post_named_envoy_keeps_its_subject() -> None:
    assert dyads("Jordan announces recall of Israel envoy") == {("RECALL_DIPLOMAT", "JOR", "ISR")}
