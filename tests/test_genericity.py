"""Generic statements of how diplomacy works report no event; news in the present does.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str, str]]:
    return {
        (e.type, e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
    }


@pytest.mark.parametrize(
    "body",
    [
        "Peru and Chile restored relations last year. When two states establish relations, "
        "they usually exchange ambassadors and open embassies.",
        "Kenya named a new envoy to Japan on Monday. There is a set procedure for "
        "appointing an ambassador to a foreign state.",
        "Japan's emperor received the credentials of Peru's ambassador on Monday. After they "
        "hand over their letters of credence to the emperor, he welcomes them.",
        "Ghana recalled its envoy from Togo in May. The decree designates a diplomat as "
        "ambassador to another sovereign state.",
        "Norway received the credentials of Chile's envoy on Monday. This is arranged to "
        "present the letters of credence.",
    ],
)
def test_an_explainer_adds_no_event(body: str) -> None:
    first_sentence = body.split(". ")[0] + "."
    assert events_of(body) == events_of(first_sentence)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenya recalls its ambassador from Somalia.", ("RECALL_DIPLOMAT", "KEN", "SOM")),
        ("Ghana expels two Nigerian diplomats.", ("EXPEL_DIPLOMAT", "GHA", "NGA")),
        (
            "Peru and Chile restored relations in March. Promised steps include the "
            "reopening of embassies.",
            ("OPEN_MISSION", "PER", "CHL"),
        ),
    ],
)
def test_news_in_the_present_stays(body: str, expected: tuple) -> None:
    assert expected in {event[:3] for event in events_of(body)}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Ghana and Togo fell out in 2019.\n\n2021: The two countries restore relations.",
            ("RESTORE_RELATIONS", "GHA", "TGO", "asserted"),
        ),
        (
            "Peru and Bolivia quarrelled over the border. Both governments now reopen "
            "their embassies.",
            ("OPEN_MISSION", "PER", "BOL", "asserted"),
        ),
        (
            "Chile and Peru broke off ties in March. The two nations restore relations, "
            "the statement says.",
            ("RESTORE_RELATIONS", "CHL", "PER", "asserted"),
        ),
    ],
)
def test_states_referred_back_to_in_the_present_act(body: str, expected) -> None:
    assert expected in events_of(body)
