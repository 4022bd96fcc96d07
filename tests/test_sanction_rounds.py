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
    NEWS + "London first imposed sanctions on Myanmar's generals over the Rohingya crackdown.",
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


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {
        (e.type, e.source, e.target)
        for e in detente.extract(body, published="2024-05-08")
        if e.modality in ("asserted", "reported")
    }


AIMED_BY_THEIR_REASON = [
    # sanctions naming no target hit the state whose act is their reason
    (
        "The United States lifted sanctions on Saturday after Tehran complied with the deal.",
        {("LIFT_SANCTIONS", "USA", "IRN")},
    ),
    (
        "Washington eased sanctions after Caracas agreed to hold elections.",
        {("LIFT_SANCTIONS", "USA", "VEN")},
    ),
    (
        "The EU imposed sanctions after Minsk forced a Ryanair plane to land.",
        {("IMPOSE_SANCTIONS", "EU", "BLR")},
    ),
    (
        "Britain imposed sanctions in response to Russia's invasion of Ukraine.",
        {("IMPOSE_SANCTIONS", "GBR", "RUS")},
    ),
    (
        "Moscow banned entry to 63 officials in retaliation for Tokyo's sanctions.",
        {("IMPOSE_SANCTIONS", "RUS", "JPN")},
    ),
    # the state in a relative clause the sanctions are subject of
    (
        "The United States lifted sanctions that had crippled Iran's economy after the UN"
        " watchdog confirmed Tehran had complied.",
        {("LIFT_SANCTIONS", "USA", "IRN")},
    ),
    (
        "The European Union eased sanctions which hit Belarusian potash exporters.",
        {("LIFT_SANCTIONS", "EU", "BLR")},
    ),
    # no reason of another state's: the state named is no target
    ("Canada imposed sanctions after the United States did.", set()),
]


@pytest.mark.parametrize(("body", "expected"), AIMED_BY_THEIR_REASON)
def test_sanctions_without_a_target_hit_the_state_of_their_reason(body: str, expected: set) -> None:
    assert events_of(body) == expected


def dated(body: str, published: str) -> list[tuple[str, str, str, str]]:
    return sorted(
        (e.type, e.source, e.target, e.date.value or "")
        for e in detente.extract(body, published=published)
        if e.modality == "asserted"
    )


@pytest.mark.parametrize(
    ("body", "imposed"),
    [
        ("The UN Security Council on Wednesday terminated the sanctions imposed on Liberia.", ""),
        ("Last September, the UN lifted the travel ban and asset freeze imposed on Liberia.", ""),
        ("The UN on Wednesday approved the lifting of sanctions imposed on Liberia.", ""),
        (
            "The UN on Wednesday lifted the arms embargo imposed on Liberia in 2003.",
            "2003",
        ),
    ],
)
def test_what_is_lifted_was_imposed_before_the_lifting(body: str, imposed: str) -> None:
    impositions = [e for e in dated(body, "2016-05-26") if e[0] == "IMPOSE_SANCTIONS"]
    assert impositions == [("IMPOSE_SANCTIONS", "UN", "LBR", imposed)]


@pytest.mark.parametrize(
    "restated",
    [
        "UN sanctions on Liberia had crippled its timber exports.",
        "The UN's sanctions against Liberia had hurt its economy.",
        "UN sanctions on Liberia's timber had hurt its economy.",
    ],
)
def test_a_noun_restating_lifted_sanctions_joins_their_imposition(restated: str) -> None:
    body = "The UN on Wednesday lifted the sanctions imposed on Liberia.\n\n" + restated
    impositions = [e for e in dated(body, "2016-05-26") if e[0] == "IMPOSE_SANCTIONS"]
    assert impositions == [("IMPOSE_SANCTIONS", "UN", "LBR", "")]


def all_events(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "The European Union on Monday adopted new sanctions against Russia, targeting"
            " firms in Armenia and Kyrgyzstan.\n\n"
            "Russia's foreign ministry said it would respond with countermeasures.",
            ("IMPOSE_SANCTIONS", "RUS", "EU"),
        ),
        (
            "Japan on Monday froze the assets of three Russian banks and a Chinese supplier.\n\n"
            "Moscow retaliated on Tuesday with an entry ban on 20 officials.",
            ("IMPOSE_SANCTIONS", "RUS", "JPN"),
        ),
        (
            "Canada on Monday imposed sanctions on four Chinese officials over Xinjiang,"
            " joining Britain.\n\n"
            "Beijing hit back on Tuesday with sanctions on two lawmakers and an institute.",
            ("IMPOSE_SANCTIONS", "CHN", "CAN"),
        ),
    ],
)
def test_sanctions_of_a_sanctioned_state_answer_its_sanctioner(
    body: str, answer: tuple[str, str, str]
) -> None:
    found = {e for e in all_events(body) if e[1] == answer[1]}
    assert found == {answer}


EXTENSION = (
    "EU extends Russia sanctions\n\n"
    "The European Union on Friday extended sanctions against Russia for six months.\n\n"
)


@pytest.mark.parametrize(
    "first_round",
    [
        "The sanctions were first imposed following Russia's 2014 annexation of Crimea.",
        "The sanctions were initially adopted after the 2014 annexation of Crimea.",
        "The EU originally imposed the sanctions after Moscow's 2014 seizure of Crimea.",
    ],
)
def test_a_first_round_is_dated_by_the_occasion_it_followed(first_round: str) -> None:
    impositions = [
        e for e in dated(EXTENSION + first_round, "2016-07-02") if e[0] == "IMPOSE_SANCTIONS"
    ]
    assert impositions == [
        ("IMPOSE_SANCTIONS", "EU", "RUS", "2014"),
        ("IMPOSE_SANCTIONS", "EU", "RUS", "2016-07-01"),
    ]


@pytest.mark.parametrize(
    ("body", "targets"),
    [
        (
            "Washington imposed sanctions on entities in China, Turkey and the UAE.",
            {"CHN", "TUR", "ARE"},
        ),
        (
            "The Treasury on Wednesday sanctioned four companies based in Hong Kong and the UAE.",
            {"CHN", "ARE"},
        ),
        (
            "The Treasury designated three Iranian nationals and two firms registered in Malaysia.",
            {"IRN", "MYS"},
        ),
        ("The EU blacklisted five shipping firms from India on Monday.", {"IND"}),
    ],
)
def test_sanctioned_firms_belong_to_the_state_they_are_in(body: str, targets: set) -> None:
    found = {e for e in events_of(body) if e[0] == "IMPOSE_SANCTIONS"}
    assert {e[2] for e in found} == targets


def test_leaders_meeting_somewhere_act_for_no_host() -> None:
    body = (
        "The bloc lifted sanctions on Mali.\n\nLeaders in Accra had long been discussing"
        " the lifting of sanctions."
    )
    assert not {e for e in all_events(body) if e[1] == "GHA"}


@pytest.mark.parametrize(
    "body",
    [
        "China on Tuesday sanctioned five American defence firms.\n\n"
        "The measures freeze the companies' assets in China and bar their executives"
        " from entering the country.",
        "Beijing on Tuesday sanctioned three US arms makers.\n\n"
        "The sanctions freeze the firms' assets in China and bar their executives from entering"
        " the country.",
        "China on Tuesday sanctioned two US defence contractors.\n\n"
        "Officials seized the contractors' property in China and barred their executives"
        " from entering.",
    ],
)
def test_their_after_a_plural_possessor_is_that_possessor(body: str) -> None:
    assert ("IMPOSE_SANCTIONS", "USA", "CHN") not in all_events(body)


@pytest.mark.parametrize(
    ("body", "intended"),
    [
        (
            "Washington will ease sanctions on Venezuela from June 1, the Treasury said on"
            " Tuesday.",
            "2024-06-01",
        ),
        (
            "The EU will impose sanctions on Belarus from Monday, officials said on Friday.",
            "2024-05-13",
        ),
        (
            "Britain will lift its sanctions on Iran as of June 3, ministers said on Monday.",
            "2024-06-03",
        ),
    ],
)
def test_a_planned_round_is_dated_by_its_onset_not_its_announcement(
    body: str, intended: str
) -> None:
    planned = [e for e in detente.extract(body, published="2024-05-08") if e.modality == "planned"]
    assert [e.date.value for e in planned] == [intended]


@pytest.mark.parametrize(
    "body",
    [
        "North Korea closed its embassy in Spain.\n\nThe country is struggling under extended"
        " sanctions imposed due to its nuclear programme.",
        "Pyongyang shut its mission in Uganda.\n\nIts economy has shrunk since sanctions were"
        " tightened over its missile tests.",
        "Syria closed its embassy in Libya.\n\nThe country has suffered since sanctions were"
        " imposed over its war.",
    ],
)
def test_sanctions_naming_no_state_in_an_article_without_sanctions_are_no_guess(
    body: str,
) -> None:
    assert not {e for e in all_events(body) if e[0] == "IMPOSE_SANCTIONS"}
