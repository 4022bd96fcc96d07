"""Rounds of sanctions, and the sanctions an article refers back to.

A round the text marks as earlier than the news ('already had sanctions in place',
'had previously sanctioned', 'existing sanctions') is an event of its own, undated
unless the text dates it.  Articles written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def impositions(body: str) -> list[tuple[str, str, str]]:
    return sorted(
        (e.source, e.target, e.date.value or "")
        for e in detente.extract(body, published="2021-02-19")
        if e.type == "IMPOSE_SANCTIONS" and e.modality == "asserted"
    )


NEWS = "Britain on Thursday imposed sanctions on three Myanmar generals over the coup.\n\n"

EARLIER_ROUNDS = [
    NEWS + "The UK already had sanctions in place on the army chief, Min Aung Hlaing.",
    NEWS + "Britain had previously sanctioned the army chief over abuses against the Rohingya.",
    NEWS + "The new measures add to existing British sanctions on Myanmar's military.",
    NEWS + "London had earlier imposed sanctions on two Myanmar generals.",
]


@pytest.mark.parametrize("body", EARLIER_ROUNDS)
def test_an_earlier_round_is_an_event_of_its_own(body: str) -> None:
    assert impositions(body) == [("GBR", "MMR", ""), ("GBR", "MMR", "2021-02-18")]


SAME_ROUND = [
    # the news restated, or an earlier round dated by the text
    NEWS + "The sanctions freeze the generals' assets in Britain.",
    NEWS + "Britain said earlier on Thursday that it had imposed sanctions on the generals.",
    NEWS + "The UK's sanctions on Myanmar's generals took effect immediately.",
]


@pytest.mark.parametrize("body", SAME_ROUND)
def test_the_news_restated_stays_one_event(body: str) -> None:
    assert impositions(body) == [("GBR", "MMR", "2021-02-18")]


def test_an_earlier_round_joins_the_background_act_it_restates() -> None:
    body = (
        NEWS
        + "Britain first imposed sanctions on Myanmar's army chief in 2019.\n\n"
        + "The existing British sanctions on Myanmar's military remain in force."
    )
    assert impositions(body) == [("GBR", "MMR", "2019"), ("GBR", "MMR", "2021-02-18")]
