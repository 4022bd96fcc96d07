"""What the extractor tells the state machine beside type and sides, and what the state
machine makes of it: sanctions eased (not lifted), a recall of 'her' (whom the sentence
names elsewhere), an envoy sent back to his post.  Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

import detente
from detente.relations import RelationEvent, status_on


def details_of(body: str, event_type: str) -> list[dict]:
    return [
        {key: value for m in e.mentions for key, value in m.details.items()}
        for e in detente.extract(body, published="2024-05-08")
        if e.type == event_type
    ]


@pytest.mark.parametrize(
    ("body", "partial"),
    [
        ("The European Union eased sanctions on Zimbabwe on Monday.", True),
        ("Ottawa partially lifted its sanctions on Minsk on Tuesday.", True),
        ("Washington lifted some of the sanctions on Caracas on Tuesday.", True),
        ("Brussels suspended its sanctions on Harare for six months on Monday.", True),
        ("Canada lifted all sanctions on Myanmar on Monday.", False),
        ("Japan lifted its sanctions on Laos on Friday.", False),
    ],
)
def test_a_lifting_tells_whether_sanctions_stay_partly_in_force(body, partial):
    assert [d["partial"] for d in details_of(body, "LIFT_SANCTIONS")] == [partial]


@pytest.mark.parametrize(
    "body",
    [
        "Ghana's ambassador will return to Lome, a year after Accra recalled her for "
        "consultations in May 2021.",
        "Chile's envoy Ana Rojas is back in Lima, six months after Santiago withdrew her "
        "over the border row.",
        "Kenya's ambassador, whom Nairobi recalled in March, will not return to Kampala, "
        "officials said, eight months after Nairobi recalled him.",
    ],
)
def test_a_recall_told_with_a_pronoun_is_not_of_other_staff(body):
    # 'recalled her' names nobody: the state machine reads the sentence's 'ambassador'
    assert all(not d.get("staff_only") for d in details_of(body, "RECALL_DIPLOMAT"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Paris sent its ambassador back to Rome on Friday.", ("FRA", "ITA")),
        ("Tunisia sends its ambassador back to Tripoli after a month-long row", ("TUN", "LBY")),
        ("Norway's ambassador to Kenya returned to his post on Monday.", ("NOR", "KEN")),
        # the post placed in a city or state names the host, not the envoy's own state
        ("France's ambassador returned to his post in Rome on Monday.", ("FRA", "ITA")),
        ("The Dutch ambassador returned to his post in Ankara on Monday.", ("NLD", "TUR")),
        ("Chile's envoy returned on Sunday to his posting in Lima.", ("CHL", "PER")),
    ],
)
def test_an_envoy_sent_back_to_his_post_raises_the_representation(body, expected):
    found = {(e.source, e.target) for e in detente.extract(body, published="2024-05-08")}
    assert expected in found
    assert {
        e.type
        for e in detente.extract(body, published="2024-05-08")
        if (e.source, e.target) == expected
    } == {"UPGRADE_RELATIONS"}


@pytest.mark.parametrize(
    "body",
    [
        "The French ambassador returned home on Friday after being recalled.",
        "Mexico's ambassador returned to Mexico City for consultations.",
        "The ambassador returned to Paris as foreign minister in 2019.",
        # a return that only could happen under a condition is no decision (GUIDELINES)
        "Norway's ambassador to Kenya could return to his post once the situation allows.",
        "Paris might send its ambassador back to Rome if the attacks stopped.",
        "Tunisia's envoy to Libya may go back to his post once security improves.",
    ],
)
def test_an_envoy_going_home_is_no_return_to_post(body):
    found = detente.extract(body, published="2024-05-08")
    assert not [e for e in found if e.type == "UPGRADE_RELATIONS"]


def _event(id, type, source, target, day, persons=(), **details):
    return RelationEvent(id, type, source, target, day, "day", "asserted", persons, details)


@pytest.mark.parametrize(
    ("recall", "back", "expected"),
    [
        # recalled for consultations, sent back: accredited again (DIPLOMACY §4.2)
        ({"for_consultations": True}, (), "ACCREDITED"),
        # the same envoy back after a recall: he heads the mission again
        ({}, ("Ana Rojas",), "ACCREDITED"),
        # recalled for good: the upgrade waits for a new envoy
        ({}, (), "RECALLED"),
    ],
)
def test_an_envoy_back_at_his_post_heads_the_mission_again(recall, back, expected):
    events = [
        _event(1, "PRESENT_CREDENTIALS", "CHL", "PER", "2020-01-10", ("Ana Rojas",)),
        _event(
            2,
            "RECALL_DIPLOMAT",
            "CHL",
            "PER",
            "2021-03-01",
            ("Ana Rojas",),
            head_of_mission=True,
            **recall,
        ),
        _event(3, "UPGRADE_RELATIONS", "CHL", "PER", "2021-03-20", back, own_side=True),
    ]
    status = status_on(events, "CHL", "PER", date(2021, 4, 1))
    assert status.forward.head_of_mission.value == expected
    assert not status.forward.for_consultations or expected == "RECALLED"


@pytest.mark.parametrize(
    ("lift", "expected"),
    [({"partial": True}, "EASED"), ({"partial": False}, "LIFTED"), ({}, "LIFTED")],
)
def test_eased_sanctions_stay_partly_in_force(lift, expected):
    events = [
        _event(1, "IMPOSE_SANCTIONS", "USA", "SDN", "1997-11-04"),
        _event(2, "LIFT_SANCTIONS", "USA", "SDN", "2017-01-13", **lift),
    ]
    status = status_on(events, "USA", "SDN", date(2017, 6, 1))
    assert status.sanctions[0].status.value == expected


@pytest.mark.parametrize(
    "body",
    [
        "Norway's ambassador to Kenya returned to his post on Monday.",
        "Paris decided on Tuesday to send its ambassador back to Rome.",
        "Chile's envoy returned on Sunday to his posting in Lima, the ministry said.",
    ],
)
def test_an_envoy_back_at_his_post_is_his_own_side_only(body):
    assert [d.get("own_side") for d in details_of(body, "UPGRADE_RELATIONS")] == [True]


@pytest.mark.parametrize(
    "body",
    [
        "Turkey and Israel upgraded their relations to the level of ambassadors in August.",
        "Jordan and Qatar raised their ties to ambassadorial level on Monday.",
        "Chile and Peru upgraded diplomatic relations to ambassador level on Friday.",
    ],
)
def test_relations_raised_between_two_states_send_no_envoy_back(body):
    upgrades = [
        e for e in detente.extract(body, published="2024-05-08") if e.type == "UPGRADE_RELATIONS"
    ]
    assert upgrades
    sender, host = upgrades[0].source, upgrades[0].target
    recall = _event(
        1,
        "RECALL_DIPLOMAT",
        sender,
        host,
        "2020-03-01",
        head_of_mission=True,
        for_consultations=True,
    )
    details = {k: v for m in upgrades[0].mentions for k, v in m.details.items()}
    raised = _event(2, "UPGRADE_RELATIONS", sender, host, "2024-05-06", **details)
    status = status_on([recall, raised], sender, host, date(2024, 6, 1))
    # years on, an upgrade of relations is no return of the envoy recalled for consultations
    assert status.forward.head_of_mission.value == "RECALLED"


@pytest.mark.parametrize(
    "before",
    [
        # relations cut and restored, no envoy named yet: the reopened mission has a chargé
        [("SEVER_RELATIONS", "2017-06-05"), ("RESTORE_RELATIONS", "2021-01-05")],
        # a mission closed, relations then restored
        [("CLOSE_MISSION", "2019-03-01"), ("RESTORE_RELATIONS", "2021-01-05")],
        # an older rupture, mended years before the embassy reopens
        [("SEVER_RELATIONS", "2012-02-01"), ("RESTORE_RELATIONS", "2015-04-10")],
    ],
)
def test_a_mission_reopened_after_a_restoration_is_headed_by_a_charge(before):
    events = [_event(i, kind, "ARE", "QAT", day) for i, (kind, day) in enumerate(before, 1)]
    events.append(_event(9, "OPEN_MISSION", "ARE", "QAT", "2023-06-19"))
    status = status_on(events, "ARE", "QAT", date(2023, 7, 1))
    assert status.forward.head_of_mission.value == "CHARGE_ONLY"
    assert status.forward.mission.value == "OPEN"
