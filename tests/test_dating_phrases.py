"""Times the parser hangs away from the act they date: on the first of two coordinated
verbs, in front of the act's noun, on a participle announcing it.

Sentences are written for these tests; each article is published Wednesday 2024-05-08
unless its own date line says otherwise.
"""

from __future__ import annotations

import pytest

import detente


def dated(body: str, published: str = "2024-05-08") -> set[tuple]:
    return {(e.type, e.source, e.target, e.date.value) for e in detente.extract(body, published)}


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "Poland on Tuesday expelled a Belarusian diplomat and, a day later, closed the "
            "Belarusian consulate in Bialystok.",
            "2024-05-08",
            {
                ("EXPEL_DIPLOMAT", "POL", "BLR", "2024-05-07"),
                ("CLOSE_MISSION", "POL", "BLR", "2024-05-08"),
            },
        ),
        (
            "Ghana on Friday expelled a Togolese attache and, the next day, closed its "
            "consulate in Lome.",
            "2024-05-08",
            {
                ("EXPEL_DIPLOMAT", "GHA", "TGO", "2024-05-03"),
                ("CLOSE_MISSION", "GHA", "TGO", "2024-05-04"),
            },
        ),
        (
            "Moldova expelled a Russian diplomat on 2 May and, a week later, summoned the "
            "Russian ambassador.",
            "2024-05-20",
            {
                ("EXPEL_DIPLOMAT", "MDA", "RUS", "2024-05-02"),
                ("SUMMON_DIPLOMAT", "MDA", "RUS", "2024-05-09"),
            },
        ),
    ],
)
def test_a_time_after_and_dates_the_next_verb(body: str, published: str, expected: set) -> None:
    """'and, a day later, closed': the parser hangs the time on the first verb."""
    assert dated(body, published) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Estonia condemned the 12 April expulsion of its consul by Russia.",
            ("EXPEL_DIPLOMAT", "RUS", "EST", "2024-04-12"),
        ),
        (
            "Ottawa protested the 3 May expulsion of a Canadian diplomat by India.",
            ("EXPEL_DIPLOMAT", "IND", "CAN", "2024-05-03"),
        ),
        (
            "Kyiv denounced the 28 March closure of its consulate in Minsk by Belarus.",
            ("CLOSE_MISSION", "BLR", "UKR", "2024-03-28"),
        ),
    ],
)
def test_a_date_in_front_of_the_act_s_noun_is_its_own(body: str, expected: tuple) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mali's expulsion of the Ivorian ambassador, announced on Sunday, drew "
            "condemnation from the region.",
            ("EXPEL_DIPLOMAT", "MLI", "CIV", "2024-05-05"),
        ),
        (
            "Peru's recall of its ambassador to Mexico, confirmed by the foreign ministry on "
            "Friday, deepened the rift.",
            ("RECALL_DIPLOMAT", "PER", "MEX", "2024-05-03"),
        ),
        (
            "Chad's severance of relations with Qatar, announced last Thursday, caught donors "
            "off guard.",
            ("SEVER_RELATIONS", "TCD", "QAT", "2024-05-02"),
        ),
    ],
)
def test_the_participle_announcing_the_act_dates_it(body: str, expected: tuple) -> None:
    """An announcement and the act it makes are one event (GUIDELINES)."""
    assert expected[3] in {d for t, s, g, d in dated(body) if (t, s, g) == expected[:3]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The embassy of Indonesia in Kabul, closed since August 2021, resumed operations "
            "on Monday.",
            ("CLOSE_MISSION", "IDN", "AFG", "2021-08"),
        ),
        (
            "Britain's embassy in Tehran, shut since 2011, reopened on Sunday.",
            ("CLOSE_MISSION", "GBR", "IRN", "2011"),
        ),
        (
            "Relations between Morocco and Iran, severed since 2018, were restored on Monday.",
            ("SEVER_RELATIONS", "MAR", "IRN", "2018"),
        ),
    ],
)
def test_a_participle_with_its_own_since_is_a_state_dated_by_it(body: str, expected) -> None:
    """GUIDELINES: 'closed since 2012' is a background event dated by 'since', not by
    the time of the verb the participle stands in."""
    assert expected in dated(body)


def test_a_since_of_a_word_beside_the_act_does_not_date_it() -> None:
    body = "Morocco recalled its ambassador to Sweden, absent since January, on Tuesday."
    assert dated(body) == {("RECALL_DIPLOMAT", "MAR", "SWE", "2024-05-07")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Niger's military rulers ordered the French ambassador to leave within 48 hours "
            "on Friday, according to a statement read on state television.",
            ("EXPEL_DIPLOMAT", "NER", "FRA", "2024-05-03"),
        ),
        (
            "Guinea told the Ivorian envoy to leave the country within 72 hours on Monday "
            "after the border clash.",
            ("EXPEL_DIPLOMAT", "GIN", "CIV", "2024-05-06"),
        ),
        (
            "Peru ordered Venezuelan diplomats to leave within 72 hours on Tuesday, the "
            "foreign ministry said.",
            ("EXPEL_DIPLOMAT", "PER", "VEN", "2024-05-07"),
        ),
    ],
)
def test_a_time_after_the_deadline_to_leave_is_the_order_s(body: str, expected) -> None:
    assert expected in dated(body)


def test_a_deadline_to_leave_alone_does_not_date_the_order() -> None:
    assert dated("Mali ordered the French ambassador to leave by Friday.") == {
        ("EXPEL_DIPLOMAT", "MLI", "FRA", "2024-05")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ukraine banned imports of Belarusian fertiliser starting from April 29.",
            ("IMPOSE_SANCTIONS", "UKR", "BLR", "2024-04-29"),
        ),
        (
            "Canada imposed sanctions on Iran, effective May 2, over its drone exports.",
            ("IMPOSE_SANCTIONS", "CAN", "IRN", "2024-05-02"),
        ),
        (
            "The United States eased sanctions on Venezuela's oil sector, effective "
            "immediately, on Friday, the Treasury said.",
            ("LIFT_SANCTIONS", "USA", "VEN", "2024-05-03"),
        ),
        (
            "Starting from May 6, Moscow has barred imports of Moldovan fruit.",
            ("IMPOSE_SANCTIONS", "RUS", "MDA", "2024-05-06"),
        ),
    ],
)
def test_a_clause_of_taking_effect_dates_the_act(body, expected):
    # 'starting from', 'beginning on', 'effective' open the time the act takes effect
    assert expected in dated(body)
