"""How news words opening and closing missions.

Sentences written for these tests, in varied wording; a case gives the exact
(type, source, target) set the sentence must yield.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


def _close(source: str, target: str) -> set[tuple[str, str, str]]:
    return {("CLOSE_MISSION", source, target)}


EVACUATED = [
    # evacuating an embassy closes it
    ("Canada evacuated its embassy in Port-au-Prince on Friday.", _close("CAN", "HTI")),
    ("Seoul evacuated its embassy in Khartoum amid the fighting.", _close("KOR", "SDN")),
    ("The United States evacuated its embassy in Kabul on Sunday.", _close("USA", "AFG")),
    ("Italy has evacuated its embassy in Tripoli.", _close("ITA", "LBY")),
    ("Residents evacuated the area around the stadium.", set()),
]

TEMPORARY = [
    # a closure in a crisis is a closure even while called temporary (GUIDELINES:
    # only holiday or weather closures are not)
    (
        "Germany temporarily closed its embassy in Kabul as the Taliban advanced.",
        _close("DEU", "AFG"),
    ),
    ("Spain temporarily suspended operations at its embassy in Kyiv.", _close("ESP", "UKR")),
    ("Norway shut its embassy in Tehran temporarily over security concerns.", _close("NOR", "IRN")),
    (
        "The temporary closure of the Dutch embassy in Kyiv was announced on Monday.",
        _close("NLD", "UKR"),
    ),
    ("The embassy will be temporarily closed on Monday for a public holiday.", set()),
]


CITIES = [
    # a consulate stands in a city that is no capital; the city's state is the host
    ("Turkey opened a consulate general in Erbil on Monday.", {("OPEN_MISSION", "TUR", "IRQ")}),
    ("Canada shut its consulate in Vladivostok.", _close("CAN", "RUS")),
    ("India will open a consulate in Bali next year.", {("OPEN_MISSION", "IND", "IDN")}),
    ("Russia closed the US consulate general in Yekaterinburg.", _close("RUS", "USA")),
    ("Italy has evacuated its consulate in Benghazi.", _close("ITA", "LBY")),
    ("The general said the army would withdraw from Benghazi.", set()),
]

ORDERED = [
    # the host that orders a foreign mission shut is the source (GUIDELINES)
    ("Washington ordered China to close its consulate in Houston.", _close("USA", "CHN")),
    ("Russia ordered Poland to close its consulate in Kaliningrad.", _close("RUS", "POL")),
    ("Poland ordered Russia's consulate in Krakow to shut.", _close("POL", "RUS")),
    ("We require the immediate closure of the Iranian embassy in London.", _close("GBR", "IRN")),
    ("Germany ordered the closure of three Iranian consulates.", _close("DEU", "IRN")),
    # the owner ordering its own mission shut closes it itself
    ("Iran ordered its embassy in London closed.", _close("IRN", "GBR")),
    ("The ministry ordered the embassy to remain open.", set()),
]


def _open(source: str, target: str) -> set[tuple[str, str, str]]:
    return {("OPEN_MISSION", source, target)}


OPENED = [
    # establishing, launching or setting up a mission opens it; so does its starting work
    ("Indonesia established an embassy in Kigali.", _open("IDN", "RWA")),
    ("The Gambia launched its embassy in Ankara.", _open("GMB", "TUR")),
    ("Hungary set up an embassy in Kigali in 2021.", _open("HUN", "RWA")),
    ("The UAE embassy in Tel Aviv began operating on Thursday.", _open("ARE", "ISR")),
    ("Qatar's new embassy in Nairobi started operations on Monday.", _open("QAT", "KEN")),
    ("Kenya's embassy in Seoul commenced operations last week.", _open("KEN", "KOR")),
    ("The embassy launched a campaign on social media.", set()),
    ("The embassy started work on a new visa system.", set()),
]


OWNER_OPENS = [
    # a host's leader inaugurating or attending a foreign mission's opening: the owner
    # opens it
    (
        "South Korea's foreign minister inaugurated Kenya's new embassy in Seoul.",
        _open("KEN", "KOR"),
    ),
    ("Bahrain's King Hamad inaugurated the new Israeli embassy in Manama.", _open("ISR", "BHR")),
    (
        "The Emirati embassy in Israel was inaugurated by Israeli Prime Minister Yair Lapid.",
        _open("ARE", "ISR"),
    ),
    ("Israel welcomed the reopening of the Egyptian embassy.", _open("EGY", "ISR")),
    (
        "Israeli President Isaac Herzog attended the opening of the UAE embassy in Tel Aviv.",
        _open("ARE", "ISR"),
    ),
]

MISSION_AS_ACTOR = [
    # a mission that opens or closes something else is the actor, not the thing opened
    ("The Russian embassy in London opened a book of condolences on Monday.", set()),
    ("The US embassy in Kyiv opened a hotline for citizens.", set()),
    ("The Turkish embassy in Berlin opened a new cultural centre.", set()),
    ("The German embassy in Beijing closed its doors on Friday.", _close("DEU", "CHN")),
    ("The Czech embassy in Kyiv has resumed its activities.", _open("CZE", "UKR")),
    ("Israel's embassy in Manama officially opened on Wednesday.", _open("ISR", "BHR")),
]

BUILDINGS = [
    # a mission's building or premises stands for the mission
    ("Vietnam opened its new embassy building in Canberra on Friday.", _open("VNM", "AUS")),
    (
        "Indian Prime Minister Modi inaugurated the new Indian embassy building in Tashkent.",
        _open("IND", "UZB"),
    ),
    ("The Dutch minister reopened the renovated embassy premises in Cairo.", _open("NLD", "EGY")),
    ("Kenya closed its embassy building in Oslo to save costs.", _close("KEN", "NOR")),
    ("Protesters gathered outside the embassy building in Paris on Monday.", set()),
    ("Chile opened a new office building in Santiago on Monday.", set()),
]

PLACED_RELATIVES = [
    # "its embassy in Rabat, which opened": the parser hangs the relative clause on the
    # place, but what opened is the mission the place locates
    (
        "Ghana's new embassy in Rabat, which opened on Sunday, will be headed by a veteran.",
        _open("GHA", "MAR"),
    ),
    (
        "Hussein Ali will head Iraq's embassy in Riyadh, which reopened after 27 years.",
        _open("IRQ", "SAU"),
    ),
    (
        "Visitors queued at the Italian consulate in Erbil, which resumed operations in March.",
        _open("ITA", "IRQ"),
    ),
    (
        "The ambassador toured the Emirati embassy in Tel Aviv, which opened in 2021.",
        _open("ARE", "ISR"),
    ),
    ("Officials met at the embassy in Paris, which hosted a reception.", set()),
]

HOST_REACTS = [
    # no state opens a mission on its own soil: a host welcoming a reopening leaves the
    # owner to the article
    (
        "Sudan welcomed the reopening of the embassy in Khartoum, which Cairo had shut in 2023.",
        {("OPEN_MISSION", "EGY", "SDN"), ("CLOSE_MISSION", "EGY", "SDN")},
    ),
    (
        "Egypt shut its embassy in Khartoum in 2023. On Monday Sudan hailed the reopening "
        "of the embassy in Khartoum.",
        {("OPEN_MISSION", "EGY", "SDN"), ("CLOSE_MISSION", "EGY", "SDN")},
    ),
    (
        "Estonia's embassy resumed work on Monday, Russia said. Moscow welcomed the "
        "reopening of the embassy in Moscow.",
        _open("EST", "RUS"),
    ),
    ("Jordan reopened its embassy in Doha on Monday.", _open("JOR", "QAT")),
]

ALL = (
    EVACUATED
    + TEMPORARY
    + CITIES
    + ORDERED
    + OPENED
    + OWNER_OPENS
    + MISSION_AS_ACTOR
    + BUILDINGS
    + PLACED_RELATIVES
    + HOST_REACTS
)


@pytest.mark.parametrize(("body", "expected"), ALL)
def test_mission_forms(body: str, expected: set) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the host decreeing a foreign mission's closure shuts it (GUIDELINES)
        (
            "The Russian foreign ministry announced that the Estonian consulate in Saint "
            "Petersburg would be closed.",
            _close("RUS", "EST"),
        ),
        (
            "Poland said Russia's consulate in Gdansk must cease operations by Saturday.",
            _close("POL", "RUS"),
        ),
        (
            "China declared that the American consulate in Chengdu will be shut.",
            _close("CHN", "USA"),
        ),
        # the owner telling of its own closure, or named as the closer, closes it
        (
            "Estonia announced that its consulate in Saint Petersburg would be closed.",
            _close("EST", "RUS"),
        ),
        (
            "Russia said Estonia had closed its consulate in Saint Petersburg.",
            _close("EST", "RUS"),
        ),
        # a closure only reported names no decider
        ("Iran said the British embassy in Tehran was closed on Friday.", _close("GBR", "IRN")),
    ],
)
def test_a_host_decreeing_a_closure_is_its_source(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # consent withdrawn for a consulate (no envoy named) shuts the consulate
        (
            "Russia withdrew its consent for the functioning of the Polish consulate general "
            "in Kaliningrad.",
            _close("RUS", "POL"),
        ),
        (
            "Moscow revoked its approval for the operation of the Finnish consulate in Saint "
            "Petersburg on Friday.",
            _close("RUS", "FIN"),
        ),
        (
            "Russia withdrew its consent for the appointment of the Polish ambassador.",
            {("REVOKE_AGREMENT", "RUS", "POL")},
        ),
    ],
)
def test_consent_withdrawn_for_a_consulate_closes_it(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Italian embassy in Kyiv reopens", ("OPEN_MISSION", "ITA", "UKR")),
        ("Swedish embassy in Baghdad closes after attack", ("CLOSE_MISSION", "SWE", "IRQ")),
        ("Dutch consulate in St Petersburg shuts", ("CLOSE_MISSION", "NLD", "RUS")),
    ],
)
def test_a_headline_verb_tagged_as_a_plural_noun_with_the_mission_as_subject(body, expected):
    assert {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")} == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tehran and Riyadh have exchanged ambassadors and reopened embassies.",
            {("OPEN_MISSION", "IRN", "SAU"), ("OPEN_MISSION", "SAU", "IRN")},
        ),
        (
            "Russia expelled two Estonian diplomats and closed consulates in Narva.",
            {("CLOSE_MISSION", "RUS", "EST")},
        ),
        (
            "Ghana and Togo restored ties and reopened embassies on Monday.",
            {("OPEN_MISSION", "GHA", "TGO"), ("OPEN_MISSION", "TGO", "GHA")},
        ),
    ],
)
def test_a_past_tense_read_as_a_modifier_of_its_object_acts(body, expected) -> None:
    found = {e for e in events_of(body) if e[0] in ("OPEN_MISSION", "CLOSE_MISSION")}
    assert found == expected


def test_missions_described_by_a_participle_open_nothing() -> None:
    body = "The accord covered trade, restored flights and reopened embassies."
    assert not events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a state's 'mission' placed in another state is its embassy, though the
        # sentence says neither 'embassy' nor 'diplomatic'
        ("Britain closed its mission in Kabul in August 2021.", _close("GBR", "AFG")),
        ("Portugal's mission in Bamako was shut on Friday.", _close("PRT", "MLI")),
        (
            "India reopened its mission in Kabul on Thursday, three years after the takeover.",
            {("OPEN_MISSION", "IND", "AFG")},
        ),
        # peace operations, other bodies' and qualified missions are no embassy
        ("The UN closed its mission in Mali in December.", set()),
        ("Sweden ended its military mission in Mali.", set()),
        ("The IMF's mission in Kyiv closed its review on Friday.", set()),
    ],
)
def test_a_states_mission_in_another_state_is_its_embassy(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Turkey resumed the activities of its consulate general in Mosul on Monday.",
            ("OPEN_MISSION", "TUR", "IRQ"),
        ),
        (
            "Georgia resumed the work of its consulate in Trabzon after a year.",
            ("OPEN_MISSION", "GEO", "TUR"),
        ),
        (
            "Ukraine suspended the operations of its consulate in Batumi.",
            ("CLOSE_MISSION", "UKR", "GEO"),
        ),
    ],
)
def test_city_placing_the_work_of_a_consulate_is_its_host(body, expected) -> None:
    """The parser may hang the consulate's city on 'the activities' or 'the work'
    rather than on the consulate: the place still names the host."""
    assert expected in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Russia shut its consulate in Gothenburg on Friday.", ("CLOSE_MISSION", "RUS", "SWE")),
        ("Poland will open a consulate in Irkutsk.", ("OPEN_MISSION", "POL", "RUS")),
        ("Sudan reopened its consulate in Aqaba in March.", ("OPEN_MISSION", "SDN", "JOR")),
    ],
)
def test_consular_cities_name_their_host(body, expected) -> None:
    assert expected in events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # weather or a holiday that brings a closure about closes no mission
        ("Heavy rain forced the temporary closure of the Indian embassy in Dhaka.", set()),
        ("A storm forced the British embassy in Manila to close for two days.", set()),
        ("The national holiday forced the closure of the Thai consulate in Yangon.", set()),
        # a state that brings it about does
        ("Iran forced the closure of the British embassy in Tehran.", _close("IRN", "GBR")),
    ],
)
def test_what_brings_a_closure_about_decides_whether_it_counts(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 'it' after a state that takes part in its clause is that state, not a mission
        (
            "The UAE reopened its embassy in Damascus in 2018, and the Arab League "
            "readmitted Syria in 2023 after suspending it in 2011.",
            {("OPEN_MISSION", "ARE", "SYR")},
        ),
        (
            "Chile reopened its embassy in Caracas, and the bloc welcomed Venezuela back "
            "after suspending it for years.",
            {("OPEN_MISSION", "CHL", "VEN")},
        ),
        # a state that only places the mission leaves 'it' to the mission
        (
            "Britain closed its embassy in Tehran in 2011 after protesters stormed it.",
            _close("GBR", "IRN"),
        ),
    ],
)
def test_it_after_a_state_in_its_clause_is_no_mission(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The visa section of the Canadian embassy in Dakar closed on Monday.", set()),
        ("Italy shut the consular section of its embassy in Tripoli on Friday.", set()),
        ("The trade office of the Japanese consulate in Busan was closed on Tuesday.", set()),
        ("Tehran closed the Egyptian interests section on Monday.", _close("IRN", "EGY")),
    ],
)
def test_a_section_of_an_embassy_is_no_mission_of_its_own(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The closure of the Iranian embassy in Tirana was ordered by Albania on Wednesday.",
            ("CLOSE_MISSION", "ALB", "IRN"),
        ),
        (
            "The closure of the Russian consulate in Gdansk was announced by Poland on Monday.",
            ("CLOSE_MISSION", "POL", "RUS"),
        ),
        (
            "The shutdown of Russia's consulate in Gdansk was ordered by the Polish government "
            "on Monday.",
            ("CLOSE_MISSION", "POL", "RUS"),
        ),
    ],
)
def test_a_closure_decreed_by_the_host_is_the_hosts(body, expected) -> None:
    """The agent of 'was ordered/announced' performs the closure its subject names."""
    assert events_of(body) == {expected}
