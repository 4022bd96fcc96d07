"""Envoys told by the title they hold: whose credentials a host receives, and which
post a later appointment of the same person is to, or the next sentence says he takes up.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


def _credentials(source: str, target: str) -> set[tuple[str, str, str]]:
    return {("PRESENT_CREDENTIALS", source, target)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The President of Ghana received the credentials of Marcus Hill as Ambassador "
            "of Australia to Ghana on Thursday.",
            _credentials("AUS", "GHA"),
        ),
        (
            "The Sovereign of Eswatini accepted on Monday the letters of credence of Ms. "
            "Ingrid Holm as Ambassador Extraordinary and Plenipotentiary of Norway to "
            "Eswatini.",
            _credentials("NOR", "SWZ"),
        ),
        (
            "The Head of State received the credentials of Mr. Omar Haddad as High "
            "Commissioner of Malaysia to Kenya.",
            _credentials("MYS", "KEN"),
        ),
        (
            "Chile's President Gabriel Boric received the letters of credence of Sophie "
            "Martin, the new Ambassador of France to Chile.",
            _credentials("FRA", "CHL"),
        ),
    ],
)
def test_the_title_credentials_are_received_under_names_the_sender(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The President of Ghana received the credentials of Marcus Hill as Ambassador "
            "of Australia to Ghana on Thursday. The Australian government confirmed Hill "
            "as ambassador in May.",
            ("AUS", "GHA"),
        ),
        (
            "Chile's President Gabriel Boric received the letters of credence of Sophie "
            "Martin, the new Ambassador of France to Chile. Paris confirmed Martin as "
            "ambassador last spring.",
            ("FRA", "CHL"),
        ),
        (
            "King Harald accepted the credentials of Tomas Berg as Ambassador of Sweden to "
            "Norway. Stockholm named Berg as envoy in March.",
            ("SWE", "NOR"),
        ),
    ],
)
def test_a_title_given_to_an_envoy_told_by_his_title_is_that_post(
    body: str, expected: tuple[str, str]
) -> None:
    found = events_of(body)
    assert ("APPOINT_AMBASSADOR", *expected) in found
    assert ("PRESENT_CREDENTIALS", *expected) in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The German government has nominated Klaus Richter as its new ambassador. "
            "Richter, 58, will head the embassy in Warsaw.",
            ("DEU", "POL"),
        ),
        (
            "Kenya has appointed Grace Achieng as ambassador. Achieng will take up her post "
            "in Addis Ababa next month.",
            ("KEN", "ETH"),
        ),
        (
            "Sweden named Lars Berg as its new envoy on Monday. Berg arrives in Hanoi in June.",
            ("SWE", "VNM"),
        ),
        (
            "Chile appointed Pedro Soto as ambassador. He will head the Chilean mission in "
            "Lima from May.",
            ("CHL", "PER"),
        ),
    ],
)
def test_the_appointee_named_next_where_he_takes_up_the_post_gives_it(
    body: str, expected: tuple[str, str]
) -> None:
    assert events_of(body) == {("APPOINT_AMBASSADOR", *expected)}


def test_the_appointee_named_next_saying_something_gives_no_post() -> None:
    body = (
        "Norway named Kari Nordmann as ambassador. Nordmann said she was honoured to serve "
        "in Ghana."
    )
    assert events_of(body) == set()


@pytest.mark.parametrize(
    ("body", "hosts"),
    [
        (
            "President Tokayev signed a decree appointing Yerlan Bekov as Ambassador "
            "Extraordinary and Plenipotentiary of Kazakhstan to Hungary, with concurrent "
            "accreditation to Slovenia.",
            ("KAZ", "HUN SVN"),
        ),
        (
            "President Mirziyoyev issued a decree naming Aziz Karimov as Uzbekistan's "
            "ambassador to Egypt, with concurrent accreditation to Jordan and Sudan.",
            ("UZB", "EGY JOR SDN"),
        ),
        (
            "The president signed an order appointing Anna Kovacs as ambassador of Hungary "
            "to Kenya, with accreditation to Uganda.",
            ("HUN", "KEN UGA"),
        ),
    ],
)
def test_a_concurrent_accreditation_on_the_decree_is_a_post_too(
    body: str, hosts: tuple[str, str]
) -> None:
    sender, posts = hosts
    assert events_of(body) == {("APPOINT_AMBASSADOR", sender, host) for host in posts.split()}
