"""Reshuffles and nominees: whose appointment it is when the sentence names only posts,
the post of the envoy replaced, envoys deployed, and the post an appointee holds while
named to a new one.

Sentences written for these tests; 2024-05-08 is a Wednesday.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str, event_type: str = "APPOINT_AMBASSADOR") -> set[tuple]:
    return {
        (e.source, e.target, e.date.value)
        for e in detente.extract(body, published="2024-05-08")
        if e.type == event_type
    }


def dyads_of(body: str) -> set[tuple[str, str]]:
    return {(source, target) for source, target, _ in events_of(body)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the sender is the state of the dateline and headline, not 'France'
            "Nigeria posts envoys\n\nABUJA - Ambassador Musa Bello has been posted to Germany, "
            "while Mrs. Ngozi Eze goes to France.",
            {("NGA", "DEU")},
        ),
        (
            "Ghana announces envoys\n\nACCRA - Ambassador Kofi Mensah has been posted to Spain "
            "after four years in Italy, where he served as deputy head of mission.",
            {("GHA", "ESP")},
        ),
        (
            "India named Vikram Rao as high commissioner to Britain on Tuesday. Pranay Verma, "
            "presently ambassador to Vietnam, has been named to succeed Anil Mehta in Tokyo.",
            {("IND", "GBR"), ("IND", "JPN")},
        ),
    ],
)
def test_a_state_named_as_a_post_is_no_sender(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "India named Vikram Rao as high commissioner to Britain. Pranay Verma, presently "
            "ambassador to Vietnam, has been named to replace him in Dhaka.",
            {("IND", "GBR"), ("IND", "BGD")},
        ),
        (
            "Kenya appointed Ana Wanjiru as ambassador to Peru on Monday. Tom Otieno, "
            "currently Kenya's ambassador to Chile, was picked to succeed Peter Kamau in "
            "Brasilia.",
            {("KEN", "PER"), ("KEN", "BRA")},
        ),
        (
            "Egypt named Ahmed Hassan as ambassador to Sudan. Omar Farouk, Egypt's envoy to "
            "Libya, was chosen to replace Ali Nour in Amman.",
            {("EGY", "SDN"), ("EGY", "JOR")},
        ),
    ],
)
def test_the_post_of_the_envoy_replaced_is_the_appointees(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Nigeria envoys\n\nABUJA - Chief Ade Ola was deployed to the United Kingdom as High "
            "Commissioner.",
            {("NGA", "GBR")},
        ),
        ("Nigeria deployed Musa Bello to Germany as ambassador.", {("NGA", "DEU")}),
        ("Ghana has deployed a new ambassador to Spain.", {("GHA", "ESP")}),
    ],
)
def test_envoys_deployed_to_a_post(body, expected) -> None:
    assert dyads_of(body) == expected


def test_troops_deployed_are_no_envoys() -> None:
    assert dyads_of("Nigeria deployed troops to Mali and envoys to the talks in Geneva.") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Pakistan on Friday appointed Ali Khan, currently serving as its ambassador in "
            "Paris, as the new envoy to Washington.",
            {("PAK", "USA")},
        ),
        (
            "Kenya on Monday named Ana Wanjiru, currently serving as its envoy in Pretoria, as "
            "the new ambassador to Japan.",
            {("KEN", "JPN")},
        ),
        (
            "Kenya appointed Tom Otieno, currently serving as its ambassador in Cairo, as the "
            "new envoy to Rome.",
            {("KEN", "ITA")},
        ),
    ],
)
def test_the_post_an_appointee_serves_in_is_not_the_new_one(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The two sides agreed to the appointment of new ambassadors in Moscow and "
            "Washington, the Kremlin said.",
            {("RUS", "USA"), ("USA", "RUS")},
        ),
        (
            "Kenya and Somalia have agreed to the appointment of new ambassadors in Nairobi "
            "and Mogadishu.",
            {("KEN", "SOM"), ("SOM", "KEN")},
        ),
        (
            "The two countries confirmed the appointment of new ambassadors in Riyadh and "
            "Tehran, state media said.",
            {("SAU", "IRN"), ("IRN", "SAU")},
        ),
    ],
)
def test_two_states_envoys_in_each_others_capitals(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the venue of the talks is no post
            "The appointment of Iranian and Saudi ambassadors was announced at talks in "
            "Beijing on Friday.",
            {("IRN", "SAU"), ("SAU", "IRN")},
        ),
        (
            "Rwanda and Burundi welcomed the appointment of Rwandan and Burundian ambassadors "
            "at a summit in Luanda.",
            {("RWA", "BDI"), ("BDI", "RWA")},
        ),
        (
            "The appointment of Egyptian and Turkish ambassadors was confirmed at a meeting in "
            "Rome on Monday.",
            {("EGY", "TUR"), ("TUR", "EGY")},
        ),
    ],
)
def test_two_states_envoys_go_to_each_other_not_to_the_venue(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Morocco named 18 new ambassadors on Tuesday, including envoys to France, Spain "
            "and Germany.",
            {("MAR", "FRA"), ("MAR", "ESP"), ("MAR", "DEU")},
        ),
        (
            "Kenya appointed 12 ambassadors, including envoys to Japan and Brazil.",
            {("KEN", "JPN"), ("KEN", "BRA")},
        ),
        (
            "Indonesia named 12 new ambassadors, including the envoys to India and Nepal.",
            {("IDN", "IND"), ("IDN", "NPL")},
        ),
    ],
)
def test_the_posts_of_the_examples_given(body, expected) -> None:
    assert dyads_of(body) == expected
