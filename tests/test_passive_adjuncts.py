"""A passive participle with no subject of its own, in an 'after' phrase or a clause on
a verb, is undergone by that verb's subject ('left two days after being declared
persona non grata'); a measured 'after' dates it back from the verb's time."""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target, e.date.value) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The EU ambassador left Managua on Sunday, two days after being declared persona "
            "non grata by the government of President Daniel Ortega.",
            ("EXPEL_DIPLOMAT", "NIC", "EU", "2024-05-03"),
        ),
        (
            "The Swedish envoy departed on Friday, a week after being expelled by Iran.",
            ("EXPEL_DIPLOMAT", "IRN", "SWE", "2024-04-26"),
        ),
        (
            "The French ambassador flew home on Saturday, three days after being ordered out "
            "by the junta in Niamey.",
            ("EXPEL_DIPLOMAT", "NER", "FRA", "2024-05-01"),
        ),
        # unmeasured: Monday is the leaving's, not the expulsion's
        (
            "Two Russian diplomats left Oslo on Monday after being declared persona non grata.",
            ("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-05"),
        ),
        (
            "The Dutch ambassador, who left on Tuesday after being expelled by Nicaragua, said "
            "she was sad.",
            ("EXPEL_DIPLOMAT", "NIC", "NLD", "2024-05"),
        ),
    ],
)
def test_the_main_subject_undergoes_the_passive_participle(body, expected) -> None:
    assert events_of(body) == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "The minister resigned on Monday, two days after being expelled from the party.",
        "The student left the country a week after being expelled by the university.",
        "The striker left the club on Friday after being dropped from the squad.",
    ],
)
def test_no_envoy_no_expulsion(body) -> None:
    assert events_of(body) == set()
