"""Sanctions as news words them beyond 'A imposed sanctions on B': the noun naming the
event ('U.S. sanctions on Iran'), headlines where 'sanctions' is the verb, designations,
entity lists, export controls, delisting, and what is no event.  Sentences written for
these tests; each case gives the exact (type, source, target) set it must yield among
asserted or reported events.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {
        (e.type, e.source, e.target)
        for e in detente.extract(body, published="2024-05-08")
        if e.modality in ("asserted", "reported")
    }


def _impose(source: str, *targets: str) -> set[tuple[str, str, str]]:
    return {("IMPOSE_SANCTIONS", source, target) for target in targets}


def _lift(source: str, *targets: str) -> set[tuple[str, str, str]]:
    return {("LIFT_SANCTIONS", source, target) for target in targets}


NAMED_BY_THE_NOUN = [
    # the sanctions noun names both sides: the sanctioning state before it, the target after
    ("New US sanctions target Russia's energy sector.", _impose("USA", "RUS")),
    ("Fresh British sanctions hit Iranian commanders on Tuesday.", _impose("GBR", "IRN")),
    ("The new EU sanctions target 15 Russian banks.", _impose("EU", "RUS")),
    ("Australia's sanctions on Russia took effect on Monday.", _impose("AUS", "RUS")),
    ("New US sanctions against Venezuela came into force on Friday.", _impose("USA", "VEN")),
    ("EU sanctions on Syrian oil entered into force last week.", _impose("EU", "SYR")),
    ("U.S. sanctions on Iran have cut its oil exports by half.", _impose("USA", "IRN")),
    (
        "The EU's 14th sanctions package against Russia targets liquefied natural gas.",
        _impose("EU", "RUS"),
    ),
    ("The UN arms embargo on Libya was widely flouted.", _impose("UN", "LBY")),
    (
        "Venezuela has been hit by sanctions from the United States and the European Union.",
        _impose("USA", "VEN") | _impose("EU", "VEN"),
    ),
    ("The UK already had sanctions in place on Myanmar's army chief.", _impose("GBR", "MMR")),
    ("Canada has had sanctions against Iran since 2012.", _impose("CAN", "IRN")),
    # one side missing: talk about sanctions, not an event
    ("Sanctions on Russia have hurt European exporters.", set()),
    ("Western sanctions on Russia have hurt European exporters.", set()),
    ("The US sanctions programme is run by the Treasury.", set()),
    # another trigger takes the noun: one event, the lifting
    ("Washington lifted U.S. sanctions on Sudan in 2017.", _lift("USA", "SDN")),
    ("Japan joined U.S. sanctions on Russia on Friday.", _impose("JPN", "RUS")),
]

HEADLINE_VERBS = [
    # headlines without a verb: 'sanctions' between a state and a noun phrase is the verb
    ("US sanctions Iranian oil network", _impose("USA", "IRN")),
    ("Britain sanctions Russian oligarchs over Ukraine war", _impose("GBR", "RUS")),
    ("Treasury sanctions North Korean hackers", _impose("USA", "PRK")),
    ("EU sanctions Belarusian officials after crackdown", _impose("EU", "BLR")),
    ("Canada sanctions Iran", _impose("CAN", "IRN")),
    ("EU sanctions package", set()),
    ("US sanctions on Iran", _impose("USA", "IRN")),
]

TITLE_CASE_HEADLINES = [
    # a title-case headline's grammar words are read as words, not names
    ("EU Imposes New Sanctions On Russia Over Navalny Death", _impose("EU", "RUS")),
    ("US Slaps Sanctions On Chinese Firms Over Iran Oil Purchases", _impose("USA", "CHN")),
    ("UK Sanctions Russian Spies Over Skripal Poisoning", _impose("GBR", "RUS")),
    ("China Sanctions 20 US Defense Firms", _impose("CHN", "USA")),
    ("Canada Lifts Sanctions On Syria", _lift("CAN", "SYR")),
    ("Kenya Recalls Ambassador To Somalia", {("RECALL_DIPLOMAT", "KEN", "SOM")}),
    ("Sanctions Bite As Russian Economy Slows", set()),
]

LISTS_AND_DESIGNATIONS = [
    ("The Commerce Department added 30 Chinese firms to its entity list.", _impose("USA", "CHN")),
    (
        "Washington added Huawei and other Chinese companies to the Entity List on Thursday.",
        _impose("USA", "CHN"),
    ),
    (
        "The US placed seven Chinese supercomputing entities on its entity list.",
        _impose("USA", "CHN"),
    ),
    ("The Treasury Department designated five North Korean officials.", _impose("USA", "PRK")),
    ("OFAC designated 12 Russian entities on Wednesday.", _impose("USA", "RUS")),
    (
        "Three Iranian firms were designated by the US Treasury for supplying drones.",
        _impose("USA", "IRN"),
    ),
    ("The EU delisted three Iranian banks.", _lift("EU", "IRN")),
    ("Britain delisted two Russian businessmen on Monday.", _lift("GBR", "RUS")),
    # a designation that is no sanction
    ("The US designated two Iranian militias as terrorist organisations.", set()),
    ("The U.S. delisted Cuba as a state sponsor of terrorism.", set()),
    (
        "Kenya designated a new ambassador to Somalia.",
        {("APPOINT_AMBASSADOR", "KEN", "SOM")},
    ),
]

DESIGNEES_OF_ANY_KIND = [
    # whatever the sanctioned body is, its nationality names the state
    (
        "The U.S. Treasury sanctioned a Chinese refinery for buying Iranian oil.",
        _impose("USA", "CHN"),
    ),
    ("Britain sanctioned three Russian arms manufacturers.", _impose("GBR", "RUS")),
    ("Canada blacklisted two Iranian shipping executives.", _impose("CAN", "IRN")),
    (
        "The order removes 500 Syrian individuals from the Treasury's sanctions list.",
        _lift("USA", "SYR"),
    ),
    ("President Biden ended the U.S. sanctions program on Burundi.", _lift("USA", "BDI")),
]

EXPORT_CONTROLS = [
    ("The United States imposed export controls on China's chip industry.", _impose("USA", "CHN")),
    ("Japan tightened export controls on South Korea in 2019.", _impose("JPN", "KOR")),
    ("Washington announced new export controls targeting Russia.", _impose("USA", "RUS")),
    ("Britain unveiled its largest sanctions package yet against Moscow.", _impose("GBR", "RUS")),
    ("Kenya introduced price controls on maize.", set()),
]

BANS_ON_EXPORTS_AND_ENTRY = [
    # a ban on exports or on entry aims where the goods or persons would go
    ("Washington banned the export of advanced chips to China.", _impose("USA", "CHN")),
    ("China banned exports of gallium to the United States.", _impose("CHN", "USA")),
    (
        "The Commerce Department restricted exports to 12 Chinese companies.",
        _impose("USA", "CHN"),
    ),
    ("Indonesia banned exports of nickel ore in 2020.", set()),
    ("Russia banned entry to 500 Americans, including Barack Obama.", _impose("RUS", "USA")),
    ("Moscow barred 25 British officials from entering the country.", _impose("RUS", "GBR")),
    ("Russia added 41 Japanese citizens to its stop list.", _impose("RUS", "JPN")),
    ("Trade grew last year, driven by exports of machinery to Japan.", set()),
]

OTHER_WAYS_TO_SANCTION = [
    ("Several Russian banks have been hit with U.S. sanctions.", _impose("USA", "RUS")),
    ("Iran was slapped with new EU sanctions on Monday.", _impose("EU", "IRN")),
    ("Russia retaliated with sanctions against nine EU officials.", _impose("RUS", "EU")),
    ("Norway aligned itself with the EU sanctions on Belarus.", _impose("NOR", "BLR")),
    ("Britain extended its asset freeze targeting Russian oligarchs.", _impose("GBR", "RUS")),
    ("The EU renewed sanctions targeting Iran's drone programme.", _impose("EU", "IRN")),
    (
        "Beijing announced countersanctions on Lockheed Martin and other American arms makers.",
        _impose("CHN", "USA"),
    ),
]

NOMINALISED = [
    # the act told by its noun; a state reacting to it in the governing clause is the
    # target when the sanctions are another state's
    ("The EU's extension of sanctions against Russia angered Moscow.", _impose("EU", "RUS")),
    (
        "The renewal of the UN arms embargo on South Sudan passed by nine votes.",
        _impose("UN", "SSD"),
    ),
    ("Iran condemned the reimposition of U.S. sanctions in 2018.", _impose("USA", "IRN")),
    ("Moscow welcomed the lifting of US sanctions on Belarus.", _lift("USA", "BLR")),
    ("The EU welcomed the adoption of UN sanctions on Iran.", _impose("UN", "IRN")),
    ("Analysts expect an extension of sanctions on Russia.", set()),
    ("The EU called for an expansion of sanctions against Iran.", set()),
]

NO_EVENT = [
    ("The US threatened to impose sanctions on Turkey.", set()),
    ("Lawmakers called for sanctions against Russia.", set()),
    ("Lawmakers pushed for tougher U.S. sanctions against Russia.", set()),
    ("The EU could impose sanctions on Belarus if the crackdown continues.", set()),
    ("France circulated a draft resolution that would impose sanctions on Mali.", set()),
    ("The threat of U.S. sanctions on Turkey has rattled markets.", set()),
    ("The prospect of EU sanctions on Israel divided the bloc.", set()),
    ("Any new EU sanctions on Belarus would need unanimity.", set()),
    ("Hungary vetoed EU sanctions on Russian oil.", set()),
    ("The US warned that it was ready to sanction Chinese banks.", set()),
]

ALL = (
    NAMED_BY_THE_NOUN
    + HEADLINE_VERBS
    + TITLE_CASE_HEADLINES
    + LISTS_AND_DESIGNATIONS
    + DESIGNEES_OF_ANY_KIND
    + EXPORT_CONTROLS
    + BANS_ON_EXPORTS_AND_ENTRY
    + OTHER_WAYS_TO_SANCTION
    + NOMINALISED
    + NO_EVENT
)


@pytest.mark.parametrize(("body", "expected"), ALL)
def test_sanctions_in_news_wording(body: str, expected: set) -> None:
    assert events_of(body) == expected


def test_a_sanctions_noun_joins_the_event_it_restates() -> None:
    """'U.S. sanctions on Cuba, in place since 1962' dates the regime: it adds no
    second event beside the act the article reports."""
    body = (
        "The United States tightened sanctions on Cuba on Monday.\n\n"
        "U.S. sanctions against Cuba have been in place since 1962."
    )
    events = detente.extract(body, published="2024-05-08")
    assert [(e.type, e.source, e.target, e.date.value) for e in events] == [
        ("IMPOSE_SANCTIONS", "USA", "CUB", "2024-05-06")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the sanctioning side named before: 'US sanctions' are whose, not on whom
        (
            "Washington lifted sanctions on Belarus's potash industry on Friday.\n\n"
            "Minsk said the lifting of US sanctions would ease the country's position.",
            _lift("USA", "BLR"),
        ),
        (
            "The EU eased sanctions on Syria on Monday.\n\n"
            "Officials said the easing of EU sanctions on the energy sector would help.",
            _lift("EU", "SYR"),
        ),
        # the target left implicit: the one the article's sanctions aim at, not a state
        # acting in the sentence
        (
            "Britain imposed sanctions on Myanmar's generals on Thursday.\n\n"
            "Following sanctions that Washington announced last week, Canada acted too.",
            _impose("GBR", "MMR") | _impose("USA", "MMR"),
        ),
        (
            "Venezuela denounced the unilateral coercive measures imposed by Washington.",
            _impose("USA", "VEN"),
        ),
        ("Cuba condemned the sanctions announced by Washington on Friday.", _impose("USA", "CUB")),
        (
            "Russia announced retaliatory measures against Japanese officials.",
            _impose("RUS", "JPN"),
        ),
        (
            "Japan froze the assets of five Russian banks on Monday.\n\n"
            "Australia said it had followed suit. The sanctions announced by Canberra "
            "took effect on Tuesday.",
            _impose("JPN", "RUS") | _impose("AUS", "RUS"),
        ),
    ],
)
def test_implicit_sides_of_sanctions_come_from_the_article(body: str, expected: set) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Burundi isolation ends\n\nKenya and Uganda agreed on Friday to restore full ties "
            "with Burundi. The two states also lifted the sanctions they had imposed on "
            "Burundi in 2019.",
            {("KEN", "BDI"), ("UGA", "BDI")},
        ),
        (
            "Mali welcomes relief\n\nSenegal and Ghana met officials from Mali on Monday. Both "
            "countries also lifted the sanctions they had imposed on Mali in 2022.",
            {("SEN", "MLI"), ("GHA", "MLI")},
        ),
        (
            "Cuba thaw\n\nMexico and Brazil restored ties with Cuba on Monday. The two "
            "governments also eased the embargo they had placed on Cuba in 2021.",
            {("MEX", "CUB"), ("BRA", "CUB")},
        ),
    ],
)
def test_the_imposers_of_lifted_sanctions_are_no_bystanders(body, sides):
    """'lifted the sanctions they had imposed on X': 'they' imposed them, so the state
    'they' may be read as is no bystander to keep out of the sanctioned side."""
    lifted = detente.extract(body, published="2024-05-08")
    assert {(e.source, e.target) for e in lifted if e.type == "LIFT_SANCTIONS"} == sides


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Beijing has blocked imports from Lithuania since December 2021.", ("CHN", "2021-12")),
        ("India has blocked all imports from Pakistan since February 2019.", ("IND", "2019-02")),
        ("Ankara has barred imports of Armenian goods since 1993.", ("TUR", "1993")),
    ],
)
def test_a_ban_in_force_since_a_time_is_dated_by_it(body, expected):
    """A blocking or barring that lasts is a state of affairs that 'since' dates
    (GUIDELINES), like 'closed since 2012'."""
    found = detente.extract(body, published="2024-05-08")
    assert {(e.source, e.date.value) for e in found if e.type == "IMPOSE_SANCTIONS"} == {expected}
