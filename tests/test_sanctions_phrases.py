"""Sanctions named by the phrases around them: a sanctions policy, whose sanctions.

Each mechanism is held by sentences written for these tests, in varied wording; a
case gives the exact (type, source, target) set the sentence must yield.
"""

from __future__ import annotations

import pytest

import detente

IMPOSE, LIFT = "IMPOSE_SANCTIONS", "LIFT_SANCTIONS"


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


SANCTIONS_POLICY = [
    # a sanctions policy is the sanctions: extended or tightened, they are imposed
    (
        "Washington extended its sanctions policy against Cuba for another year.",
        {(IMPOSE, "USA", "CUB")},
    ),
    ("Canada has broadened its sanctions policy on Iran.", {(IMPOSE, "CAN", "IRN")}),
    ("Japan relaxed its embargo policy toward North Korea in 2014.", {(LIFT, "JPN", "PRK")}),
    ("The EU's foreign policy chief visited Minsk.", set()),
    ("The US tightened its policy on Cuba.", set()),
]

POSSESSED = [
    # whose the sanctions are imposes them, though the target stands outside the phrase
    (
        "Amid the continuation and tightening of the EU's sanctions policy, Belarus "
        "turned to China for loans.",
        {(IMPOSE, "EU", "BLR")},
    ),
    ("The tightening of the EU's sanctions policy hurt Belarus.", {(IMPOSE, "EU", "BLR")}),
    ("The expansion of Japan's sanctions policy was a blow to Russia.", {(IMPOSE, "JPN", "RUS")}),
    ("The renewal of Britain's sanctions was a blow to Iran.", {(IMPOSE, "GBR", "IRN")}),
]

INCLUDED_SENDERS = [
    # senders listed after 'including', beside a 'from' phrase or as 'those of X'
    (
        "Caracas has been the subject of mounting pressure and sanctions from abroad, "
        "including the United States and the European Union, over the election.",
        {(IMPOSE, "USA", "VEN"), (IMPOSE, "EU", "VEN")},
    ),
    (
        "Iran has faced sanctions from Western powers, including Britain and France.",
        {(IMPOSE, "GBR", "IRN"), (IMPOSE, "FRA", "IRN")},
    ),
    (
        "Russia has been under Western sanctions, including those of the US and Japan, since 2022.",
        {(IMPOSE, "USA", "RUS"), (IMPOSE, "JPN", "RUS")},
    ),
    (
        "Belarus has weathered waves of sanctions, including those of Britain and Switzerland.",
        {(IMPOSE, "GBR", "BLR"), (IMPOSE, "CHE", "BLR")},
    ),
    ("Iran has faced sanctions on many sectors, including Iranian banks.", set()),
    ("The EU has imposed sanctions on Iran, including Iranian banks.", {(IMPOSE, "EU", "IRN")}),
]

CURBS = [
    # curbs are restrictions: on trade, exports or a state's firms they are sanctions
    (
        "Japan on Monday eased the export curbs it imposed on South Korea in 2019.",
        {(LIFT, "JPN", "KOR"), (IMPOSE, "JPN", "KOR")},
    ),
    (
        "Washington tightened export curbs on Chinese chipmakers on Tuesday.",
        {(IMPOSE, "USA", "CHN")},
    ),
    ("Beijing lifted curbs on Australian coal imports in January.", {(LIFT, "CHN", "AUS")}),
    ("The central bank eased curbs on lending.", set()),
    ("India imposed export curbs on onions.", set()),
]

UNDER_IMPOSED = [
    # sanctions a relative clause imposes are aimed at whoever lives under them
    (
        "Tehran's economy has struggled under the sanctions Washington reimposed after "
        "quitting the nuclear deal in 2018.",
        {(IMPOSE, "USA", "IRN")},
    ),
    (
        "Iran's oil exports collapsed under the sanctions Washington reimposed in 2018.",
        {(IMPOSE, "USA", "IRN")},
    ),
    (
        "Venezuela has suffered under the sanctions which the US imposed in 2019.",
        {(IMPOSE, "USA", "VEN")},
    ),
    (
        "Syria's economy has buckled under the embargo the EU adopted in 2011.",
        {(IMPOSE, "EU", "SYR")},
    ),
    ("Investors fled under the rules Washington adopted last year.", set()),
]

SETTLERS = [
    # settlers are a state's people: sanctions on them count against it
    (
        "The UK sanctioned Israeli settlers who attacked Palestinians in the West Bank.",
        {(IMPOSE, "GBR", "ISR")},
    ),
    (
        "Canada imposed sanctions on four extremist Israeli settlers on Thursday.",
        {(IMPOSE, "CAN", "ISR")},
    ),
    (
        "Australia has sanctioned seven Israeli settlers accused of violence.",
        {(IMPOSE, "AUS", "ISR")},
    ),
]

ALL = SANCTIONS_POLICY + POSSESSED + INCLUDED_SENDERS + CURBS + UNDER_IMPOSED + SETTLERS


@pytest.mark.parametrize(("body", "expected"), ALL)
def test_sanction_phrases(body: str, expected: set) -> None:
    assert events_of(body) == expected
