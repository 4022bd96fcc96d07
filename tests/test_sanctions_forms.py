"""How news words imposing and lifting sanctions, beyond 'imposed sanctions on'.

Each mechanism is held by sentences written for these tests, in varied wording; a
case gives the exact (type, source, target) set the sentence must yield.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


def _one(event_type: str, source: str, target: str) -> set[tuple[str, str, str]]:
    return {(event_type, source, target)}


KEPT_IN_PLACE = [
    # keeping sanctions in force extends them (GUIDELINES: extend = IMPOSE_SANCTIONS)
    (
        "Canada has kept its sanctions on Iran in place since 2012.",
        _one("IMPOSE_SANCTIONS", "CAN", "IRN"),
    ),
    ("Britain will keep sanctions against Syria in place.", _one("IMPOSE_SANCTIONS", "GBR", "SYR")),
    (
        "Australia kept its sanctions on Fiji in place after the vote.",
        _one("IMPOSE_SANCTIONS", "AUS", "FJI"),
    ),
    ("The EU maintained its arms embargo on China.", _one("IMPOSE_SANCTIONS", "EU", "CHN")),
    ("The EU will maintain its sanctions against Belarus.", _one("IMPOSE_SANCTIONS", "EU", "BLR")),
    ("Russia maintains that the sanctions are illegal.", set()),
]

REGIMES = [
    # "sanctions regime": the regime is the sanctions
    (
        "The Security Council lifted the sanctions regime on Eritrea in November.",
        _one("LIFT_SANCTIONS", "UN", "ERI"),
    ),
    ("The UN ended the sanctions regime against Liberia.", _one("LIFT_SANCTIONS", "UN", "LBR")),
    (
        "The UN Security Council renewed the sanctions regime on Mali.",
        _one("IMPOSE_SANCTIONS", "UN", "MLI"),
    ),
    (
        "Washington tightened its sanctions regime against Cuba on Friday.",
        _one("IMPOSE_SANCTIONS", "USA", "CUB"),
    ),
    ("The EU extended its embargo regime against Syria.", _one("IMPOSE_SANCTIONS", "EU", "SYR")),
    ("The Iranian regime condemned the decision.", set()),
]

RELEASES = [
    # unfreezing assets and letting banned imports back in lift sanctions
    (
        "Washington unfroze the assets of two Venezuelan banks.",
        _one("LIFT_SANCTIONS", "USA", "VEN"),
    ),
    ("South Korea unblocked $6 billion of Iranian funds.", _one("LIFT_SANCTIONS", "KOR", "IRN")),
    ("Russia resumed imports of Moldovan wine in 2013.", _one("LIFT_SANCTIONS", "RUS", "MDA")),
    (
        "China restored imports of Australian barley last year.",
        _one("LIFT_SANCTIONS", "CHN", "AUS"),
    ),
    ("Taiwan allowed imports of Japanese food again.", _one("LIFT_SANCTIONS", "TWN", "JPN")),
    ("Kenya resumed imports of maize after the drought.", set()),
]

DESIGNEES = [
    # sanctions on a state's leaders, bodies and forces count against the state
    (
        "The US sanctioned Nicaragua's vice president on Wednesday.",
        _one("IMPOSE_SANCTIONS", "USA", "NIC"),
    ),
    ("Britain sanctioned Myanmar's military on Thursday.", _one("IMPOSE_SANCTIONS", "GBR", "MMR")),
    ("Canada sanctioned two Russian ministries.", _one("IMPOSE_SANCTIONS", "CAN", "RUS")),
    (
        "The US sanctioned the family of Belarus's president.",
        _one("IMPOSE_SANCTIONS", "USA", "BLR"),
    ),
    ("Japan sanctioned three Iranian state agencies.", _one("IMPOSE_SANCTIONS", "JPN", "IRN")),
]


LISTS = [
    # a sanctions list or blacklist: added to it is sanctioned, taken off it is lifted
    (
        "The EU added 20 Russian individuals to its sanctions list.",
        _one("IMPOSE_SANCTIONS", "EU", "RUS"),
    ),
    (
        "Britain put three Iranian officials on its sanctions blacklist.",
        _one("IMPOSE_SANCTIONS", "GBR", "IRN"),
    ),
    (
        "The US removed three Venezuelan officials from its sanctions list.",
        _one("LIFT_SANCTIONS", "USA", "VEN"),
    ),
    ("Washington took Sudan off its sanctions list.", _one("LIFT_SANCTIONS", "USA", "SDN")),
    (
        "The EU dropped two Belarusian companies from its blacklist.",
        _one("LIFT_SANCTIONS", "EU", "BLR"),
    ),
    ("The company added two Russian engineers to its staff despite sanctions.", set()),
]

COUNTERMEASURES = [
    (
        "Beijing announced countermeasures against nine US defense firms.",
        _one("IMPOSE_SANCTIONS", "CHN", "USA"),
    ),
    (
        "Russia imposed countermeasures on Japanese officials.",
        _one("IMPOSE_SANCTIONS", "RUS", "JPN"),
    ),
    ("China lifted its countermeasures against Lithuania.", _one("LIFT_SANCTIONS", "CHN", "LTU")),
]

IMPORT_BANS_LIFTED = [
    # the state that lifts its own ban on imports is not their origin
    ("China lifted its ban on Australian wine imports.", _one("LIFT_SANCTIONS", "CHN", "AUS")),
    ("India lifted its ban on Malaysian palm oil imports.", _one("LIFT_SANCTIONS", "IND", "MYS")),
    ("Moscow ended its embargo on Turkish tomato imports.", _one("LIFT_SANCTIONS", "RUS", "TUR")),
    ("China lifted its ban on imports of Australian wine.", _one("LIFT_SANCTIONS", "CHN", "AUS")),
    ("Russia banned Georgian imports in 2006.", _one("IMPOSE_SANCTIONS", "RUS", "GEO")),
]

VERBS_OF_IMPOSING = [
    # issuing, unleashing, rolling out sanctions impose them; rolling them back lifts
    ("The EU rolled out new sanctions on Russia.", _one("IMPOSE_SANCTIONS", "EU", "RUS")),
    ("Washington rolled back sanctions on Venezuela.", _one("LIFT_SANCTIONS", "USA", "VEN")),
    (
        "The US Treasury issued sanctions against three Iranian firms.",
        _one("IMPOSE_SANCTIONS", "USA", "IRN"),
    ),
    (
        "The White House unleashed sweeping sanctions on Russia.",
        _one("IMPOSE_SANCTIONS", "USA", "RUS"),
    ),
    (
        "Biden authorized sanctions against Sudanese generals.",
        _one("IMPOSE_SANCTIONS", "USA", "SDN"),
    ),
    ("Canada targeted Iran with new sanctions on Monday.", _one("IMPOSE_SANCTIONS", "CAN", "IRN")),
    ("Israel targeted Iran with missiles.", set()),
    ("The ministry issued a statement on the sanctions.", set()),
]

PRONOUNS_FOR_SANCTIONS = [
    # 'it'/'them' lifting sanctions named earlier in the sentence: aimed where they were
    (
        "Sudan was under U.S. sanctions for two decades until Washington lifted them in 2017.",
        {("IMPOSE_SANCTIONS", "USA", "SDN"), ("LIFT_SANCTIONS", "USA", "SDN")},
    ),
    (
        "Laos lived under a Western arms embargo until the United States eased it in 2012.",
        _one("LIFT_SANCTIONS", "USA", "LAO"),
    ),
    (
        "Libya was under a UN arms embargo until 2003, when the Security Council lifted it.",
        {("IMPOSE_SANCTIONS", "UN", "LBY"), ("LIFT_SANCTIONS", "UN", "LBY")},
    ),
    (
        "Vietnam was under a U.S. trade embargo until 1994, when President Clinton lifted it.",
        {("IMPOSE_SANCTIONS", "USA", "VNM"), ("LIFT_SANCTIONS", "USA", "VNM")},
    ),
]

COMMODITY_BANS = [
    # a ban on a state's wine, seafood or coal is a ban on imports from it (GUIDELINES)
    ("Belarus banned Lithuanian pork and dairy in 2019.", _one("IMPOSE_SANCTIONS", "BLR", "LTU")),
    (
        "Beijing imposed a ban on Taiwanese pineapples in March 2021.",
        _one("IMPOSE_SANCTIONS", "CHN", "TWN"),
    ),
    ("Seoul lifted its ban on Japanese seafood on Friday.", _one("LIFT_SANCTIONS", "KOR", "JPN")),
    ("Russia ended its embargo on Norwegian salmon.", _one("LIFT_SANCTIONS", "RUS", "NOR")),
    ("Moscow barred imports of Turkish tomatoes in 2016.", _one("IMPOSE_SANCTIONS", "RUS", "TUR")),
    (
        "Russia restricted imports of Moldovan fruit last month.",
        _one("IMPOSE_SANCTIONS", "RUS", "MDA"),
    ),
    ("Kazakhstan banned wheat exports in April.", set()),
    ("Egypt halted oil shipments through the canal.", set()),
    ("The league banned Belarusian players from the tournament.", set()),
]

DEALING_BANS = [
    # barring one's own persons from dealing with a state sanctions that state
    (
        "The Treasury on Monday prohibited U.S. persons from dealing in Russian sovereign debt.",
        _one("IMPOSE_SANCTIONS", "USA", "RUS"),
    ),
    (
        "Tokyo barred Japanese companies from investing in Iranian oil fields.",
        _one("IMPOSE_SANCTIONS", "JPN", "IRN"),
    ),
    (
        "The decree forbids Ukrainian citizens from doing business with Russian firms.",
        _one("IMPOSE_SANCTIONS", "UKR", "RUS"),
    ),
    (
        "Canada prohibited its banks from lending to the Venezuelan government in 2019.",
        _one("IMPOSE_SANCTIONS", "CAN", "VEN"),
    ),
    ("Russia banned foreign investors from selling Russian shares.", set()),
    ("The regulator barred the broker from trading in Chinese stocks for a year.", set()),
    ("Argentina banned its farmers from exporting beef for 30 days.", set()),
]

PENALTIES_ON_DESIGNEES = [
    # penalties or restrictions on a state's officials or firms are sanctions on it
    (
        "Ottawa announced penalties on 12 Sri Lankan entities linked to the army.",
        _one("IMPOSE_SANCTIONS", "CAN", "LKA"),
    ),
    (
        "Beijing placed restrictions on Lithuanian firms in 2021.",
        _one("IMPOSE_SANCTIONS", "CHN", "LTU"),
    ),
    (
        "China lifted restrictions on three Australian meat exporters on Friday.",
        _one("LIFT_SANCTIONS", "CHN", "AUS"),
    ),
    ("Regulators imposed penalties on the bank for money laundering.", set()),
    ("The league imposed penalties on two Serbian clubs.", set()),
]

ALL = (
    PENALTIES_ON_DESIGNEES
    + DEALING_BANS
    + COMMODITY_BANS
    + PRONOUNS_FOR_SANCTIONS
    + VERBS_OF_IMPOSING
    + IMPORT_BANS_LIFTED
    + KEPT_IN_PLACE
    + REGIMES
    + RELEASES
    + DESIGNEES
    + LISTS
    + COUNTERMEASURES
)


@pytest.mark.parametrize(("body", "expected"), ALL)
def test_sanction_forms(body: str, expected: set) -> None:
    assert events_of(body) == expected
