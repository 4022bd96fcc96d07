"""Missions that change kind, organisations' delegations and holiday closures.

Sentences written for these tests, in varied wording; a case gives the exact
(type, source, target) set the sentence must yield.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


CONVERTED = [
    # a lesser mission turned into an embassy raises the level of representation: that is
    # UPGRADE_RELATIONS only (GUIDELINES, settled cases), not an opening
    (
        "Morocco turned its liaison office in Tel Aviv into an embassy on Thursday.",
        {("UPGRADE_RELATIONS", "MAR", "ISR")},
    ),
    (
        "Seoul converted its liaison office in Hanoi into an embassy in 1992.",
        {("UPGRADE_RELATIONS", "KOR", "VNM")},
    ),
    (
        "Israel will transform its interests section in Rabat into a full embassy.",
        {("UPGRADE_RELATIONS", "ISR", "MAR")},
    ),
    (
        "Kosovo's liaison office in Tirana became a full-fledged embassy on Monday.",
        {("UPGRADE_RELATIONS", "XKX", "ALB")},
    ),
    ("The government turned the old embassy into a museum.", set()),
    ("The city converted the former consulate into a hotel in 2019.", set()),
    ("The embassy became a symbol of resistance.", set()),
]

REDUCED = [
    # an embassy turned into an interests section or cut to a chargé lowers the level
    (
        "Georgia turned its embassy in Moscow into an interests section after the war.",
        {("DOWNGRADE_RELATIONS", "GEO", "RUS")},
    ),
    (
        "Bahrain converted its embassy in Tehran into an interests section in 2016.",
        {("DOWNGRADE_RELATIONS", "BHR", "IRN")},
    ),
    (
        "Sweden reduced its embassy in Tehran to charge d'affaires level on Monday.",
        {("DOWNGRADE_RELATIONS", "SWE", "IRN")},
    ),
    ("Lithuania reduced its embassy in Minsk to a skeleton staff.", set()),
    ("The UN reduced its mission in Mali to a liaison office.", set()),
]

DELEGATIONS = [
    # an organisation's standing delegation in a state is its embassy there (GUIDELINES:
    # organisations are actors); a state's delegation is a group of visitors
    (
        "The European Union closed its delegation in Kabul in August 2021.",
        {("CLOSE_MISSION", "EU", "AFG")},
    ),
    ("The EU reopened its delegation in Tripoli on Monday.", {("OPEN_MISSION", "EU", "LBY")}),
    (
        "The European Union's delegation to Syria resumed work in Damascus on Tuesday.",
        {("OPEN_MISSION", "EU", "SYR")},
    ),
    ("The EU opened a delegation in Kabul in 2002.", {("OPEN_MISSION", "EU", "AFG")}),
    (
        "The Venezuelan government ordered the EU delegation in Caracas closed on Friday.",
        {("CLOSE_MISSION", "VEN", "EU")},
    ),
    ("A Chinese delegation opened the trade fair in Hanoi on Monday.", set()),
    ("China's delegation to the talks in Geneva suspended its participation.", set()),
    ("Iran opened a delegation in Geneva.", set()),
    ("The EU delegation opened an exhibition of European photography in Hanoi.", set()),
]

HOLIDAYS = [
    # a mission shut for a named holiday is no closure (GUIDELINES)
    ("The US embassy in Seoul will be closed on Monday for Memorial Day.", set()),
    ("The British embassy in Cairo will close on Thursday and Friday for Eid al-Fitr.", set()),
    ("The German consulate in Erbil is closed until January 2 for the Christmas period.", set()),
    (
        "The Swedish embassy in Kabul closed on Friday as the Taliban entered the city.",
        {("CLOSE_MISSION", "SWE", "AFG")},
    ),
]


REPORTED_OWN = [
    # a mission that is its verb's subject under 'its' belongs to the reporting clause's
    # subject, not to the state it stands in
    (
        "Bahrain said its embassy in Beirut would suspend its operations until further notice.",
        {("CLOSE_MISSION", "BHR", "LBN")},
    ),
    (
        "Qatar announced that its embassy in Kabul had closed its doors.",
        {("CLOSE_MISSION", "QAT", "AFG")},
    ),
    (
        "The Danish foreign ministry said on Sunday its embassy in Baghdad had ceased operations.",
        {("CLOSE_MISSION", "DNK", "IRQ")},
    ),
    (
        "Kuwait said its embassy in Kyiv would resume its operations next week.",
        {("OPEN_MISSION", "KWT", "UKR")},
    ),
]


BETWEEN_COMMAS = [
    # a participle set off by commas tells the mission's past; the verb after it, which
    # the parser may hang on the participle, is the sentence's own news
    (
        "Romania's embassy in Kyiv, closed at the start of the war, reopened last month.",
        {("CLOSE_MISSION", "ROU", "UKR"), ("OPEN_MISSION", "ROU", "UKR")},
    ),
    (
        "Italy's consulate in Benghazi, closed since 2013, reopened on Tuesday.",
        {("CLOSE_MISSION", "ITA", "LBY"), ("OPEN_MISSION", "ITA", "LBY")},
    ),
    (
        "The Dutch embassy in Tripoli, closed in 2014, reopened in May 2023.",
        {("CLOSE_MISSION", "NLD", "LBY"), ("OPEN_MISSION", "NLD", "LBY")},
    ),
    ("The embassy, built in 1960, hosted a reception on Monday.", set()),
]


EACH_PLACED = [
    # coordinated missions each stand in their own place; a consulate's city names its host
    (
        "Turkey opened an embassy in Lima and a consulate in Houston.",
        {("OPEN_MISSION", "TUR", "PER"), ("OPEN_MISSION", "TUR", "USA")},
    ),
    (
        "Poland will open an embassy in Baku and a consulate in Irkutsk.",
        {("OPEN_MISSION", "POL", "AZE"), ("OPEN_MISSION", "POL", "RUS")},
    ),
    # the owner named again by 'its' in the second conjunct is no host of its own mission
    (
        "Italy reopened its embassy in Tripoli and its consulate in Benghazi.",
        {("OPEN_MISSION", "ITA", "LBY")},
    ),
]

MUST_CLOSE = [
    # a foreign mission that 'must close' with no one named who says so is the host's order
    (
        "Chad accused Sudan of backing the rebels. The Sudanese embassy in N'Djamena must"
        " close within 48 hours.",
        {("CLOSE_MISSION", "TCD", "SDN")},
    ),
    (
        "Tensions rose after the attack. The Iranian embassy in Baku must close by Friday.",
        {("CLOSE_MISSION", "AZE", "IRN")},
    ),
    (
        "The Russian consulate general in Gdansk must cease operations by the end of the month.",
        {("CLOSE_MISSION", "POL", "RUS")},
    ),
    ("The Turkish embassy in Kabul must remain open, the ambassador said.", set()),
]

IT_REOPENED = [
    # 'it' with no object after a sentence about a mission is that mission
    (
        "Sweden closed its embassy in Kabul in 2021. It reopened in March, the ministry said.",
        {("CLOSE_MISSION", "SWE", "AFG"), ("OPEN_MISSION", "SWE", "AFG")},
    ),
    (
        "Saudi Arabia's embassy in Damascus had been shut since 2012. On Monday, it reopened.",
        {("CLOSE_MISSION", "SAU", "SYR"), ("OPEN_MISSION", "SAU", "SYR")},
    ),
    (
        "Italy opened an embassy in Niamey in 2015. It closed in August after the coup.",
        {("OPEN_MISSION", "ITA", "NER"), ("CLOSE_MISSION", "ITA", "NER")},
    ),
    (
        "The British embassy in Tehran hosted a reception. It opened a new exhibition on Monday.",
        set(),
    ),
]

ITS_REOPENING = [
    # 'its' on a nominal opening or closing after a sentence about a mission owns it
    (
        "Saudi Arabia's embassy in Damascus had been shut since 2012. Its reopening was"
        " welcomed by Syria on Monday.",
        {("CLOSE_MISSION", "SAU", "SYR"), ("OPEN_MISSION", "SAU", "SYR")},
    ),
    (
        "Canada opened an embassy in Kigali in 2023. Its closure was announced on Friday.",
        {("OPEN_MISSION", "CAN", "RWA"), ("CLOSE_MISSION", "CAN", "RWA")},
    ),
    (
        "Spain's consulate in Benghazi was shut during the fighting. Its reopening is planned"
        " for June.",
        {("CLOSE_MISSION", "ESP", "LBY"), ("OPEN_MISSION", "ESP", "LBY")},
    ),
]

THE_MISSION = [
    # a bare 'the mission' after a sentence about an embassy or consulate is that one
    (
        "Ukraine closed its embassy in Tehran in 2020. The mission reopened on Friday.",
        {("CLOSE_MISSION", "UKR", "IRN"), ("OPEN_MISSION", "UKR", "IRN")},
    ),
    (
        "Pakistan opened an embassy in Kigali in March. The mission was closed again in December.",
        {("OPEN_MISSION", "PAK", "RWA"), ("CLOSE_MISSION", "PAK", "RWA")},
    ),
    (
        "Qatar's embassy in Kabul suspended its work in 2021. The mission resumed operations"
        " on Monday.",
        {("CLOSE_MISSION", "QAT", "AFG"), ("OPEN_MISSION", "QAT", "AFG")},
    ),
    ("The UN peacekeeping force left Mali last year. The mission closed its last base.", set()),
    ("The IMF team visited Kyiv. The mission ended on Friday.", set()),
]

SAME_MISSION_LATER = [
    # a mission opened or closed again later stands where the article placed it before
    (
        "Hungary's consulate in Erbil was shut in 2014. The consulate reopened on Sunday.",
        {("CLOSE_MISSION", "HUN", "IRQ"), ("OPEN_MISSION", "HUN", "IRQ")},
    ),
    (
        "Italy opened a consulate in Benghazi in 2012. The consulate closed a year later.",
        {("OPEN_MISSION", "ITA", "LBY"), ("CLOSE_MISSION", "ITA", "LBY")},
    ),
    (
        "Turkey reopened its consulate in Mosul in 2019. The consulate was shut again in 2023.",
        {("OPEN_MISSION", "TUR", "IRQ"), ("CLOSE_MISSION", "TUR", "IRQ")},
    ),
]

RETURNED = [
    # a mission that returns to a capital it left resumes work there; moving an embassy to
    # another city opens nothing (DIPLOMACY, false friends)
    (
        "Poland's embassy returned to Kyiv on Monday after relocating to Lviv.",
        {("OPEN_MISSION", "POL", "UKR")},
    ),
    ("The French embassy has returned to Kyiv.", {("OPEN_MISSION", "FRA", "UKR")}),
    ("Denmark moved its embassy back to Kyiv on Tuesday.", {("OPEN_MISSION", "DNK", "UKR")}),
    ("Guatemala's embassy has moved from Tel Aviv to Jerusalem.", set()),
    ("Paraguay moved its embassy to Jerusalem in May 2018.", set()),
    ("Diplomats returned to the Italian embassy in Kyiv on Friday.", set()),
    ("The Indonesian embassy in Kyiv relocated to Rzeszow in February.", set()),
]

SET_OFF = [
    # a phrase after a comma that the parser took for the verb's object tells of the
    # mission; the mission still opened or closed itself
    (
        "China's Consulate General in Khabarovsk officially opened on Monday, the 11th"
        " Chinese consular post in Russia.",
        {("OPEN_MISSION", "CHN", "RUS")},
    ),
    (
        "The Kenyan embassy in Baku opened on Tuesday, a milestone in relations between the"
        " two countries.",
        {("OPEN_MISSION", "KEN", "AZE")},
    ),
    (
        "Vietnam's embassy in Nairobi opened on Thursday, a sign of growing ties with East Africa.",
        {("OPEN_MISSION", "VNM", "KEN")},
    ),
    ("The Russian embassy in London opened a book of condolences on Monday.", set()),
]

OWNED_UNDER_CONTROL = [
    # 'its' in the object of a subjectless complement is the controlling clause's subject
    (
        "Bangladesh decided to close its missions in Nigeria, Greece and Hungary to cut costs.",
        {
            ("CLOSE_MISSION", "BGD", "NGA"),
            ("CLOSE_MISSION", "BGD", "GRC"),
            ("CLOSE_MISSION", "BGD", "HUN"),
        },
    ),
    ("Somalia has decided to reopen its mission in Asmara.", {("OPEN_MISSION", "SOM", "ERI")}),
    (
        "Ghana plans to shut its missions in Jamaica and Cuba next year.",
        {("CLOSE_MISSION", "GHA", "JAM"), ("CLOSE_MISSION", "GHA", "CUB")},
    ),
    ("The UN decided to close its mission in Mali.", set()),
]

AFTER_CLOSING = [
    # a gerund after a preposition of time has the clause's subject: the mission
    (
        "Britain's embassy in Kyiv reopened in April after closing in February.",
        {("OPEN_MISSION", "GBR", "UKR"), ("CLOSE_MISSION", "GBR", "UKR")},
    ),
    (
        "The Spanish embassy in Tripoli resumed work on Sunday after closing in 2014.",
        {("OPEN_MISSION", "ESP", "LBY"), ("CLOSE_MISSION", "ESP", "LBY")},
    ),
    (
        "The Turkish embassy in Kabul closed in August 2021 before reopening a month later.",
        {("OPEN_MISSION", "TUR", "AFG"), ("CLOSE_MISSION", "TUR", "AFG")},
    ),
    ("The embassy in Paris hosted a reception before closing the exhibition.", set()),
]

HELD_SHUT = [
    # a mission kept closed is a closure in force (the owner's, or the host's who keeps a
    # foreign one shut); kept open is no event
    (
        "Brazil has kept its embassy in Caracas closed since 2020.",
        {("CLOSE_MISSION", "BRA", "VEN")},
    ),
    (
        "The Netherlands kept its embassy in Damascus shut throughout the war.",
        {("CLOSE_MISSION", "NLD", "SYR")},
    ),
    ("Canada keeps its embassy in Tehran closed.", {("CLOSE_MISSION", "CAN", "IRN")}),
    (
        "Russia kept the Estonian consulate in St Petersburg closed for a year.",
        {("CLOSE_MISSION", "RUS", "EST")},
    ),
    ("Italy kept its embassy in Tripoli open during the fighting.", set()),
    ("The police kept the road to the embassy closed on Monday.", set()),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Brazil has kept its embassy in Caracas closed since 2020.", "2020"),
        ("Ottawa has kept the Canadian embassy in Tehran shuttered since 2012.", "2012"),
        ("Spain has kept its consulate in Benghazi closed since March 2019.", "2019-03"),
    ],
)
def test_a_mission_kept_shut_is_dated_by_since(body: str, expected: str) -> None:
    (event,) = detente.extract(body, published="2024-05-08")
    assert (event.type, event.date.value) == ("CLOSE_MISSION", expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    EACH_PLACED
    + MUST_CLOSE
    + IT_REOPENED
    + ITS_REOPENING
    + THE_MISSION
    + SAME_MISSION_LATER
    + RETURNED
    + SET_OFF
    + OWNED_UNDER_CONTROL
    + AFTER_CLOSING
    + HELD_SHUT
    + CONVERTED
    + REDUCED
    + DELEGATIONS
    + HOLIDAYS
    + REPORTED_OWN
    + BETWEEN_COMMAS,
)
def test_mission_kinds(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events_of(body) == expected
