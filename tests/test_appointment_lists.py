"""Slates of nominees given one a line: under a heading that ends on a colon, after a
line that introduces them, and lines that open on the post ('Japan: Jose Santos').

Sentences written for these tests; 2024-05-08 is a Wednesday.
"""

from __future__ import annotations

import pytest

import detente


def appointments_of(body: str) -> set[tuple[str, str]]:
    return {
        (e.source, e.target)
        for e in detente.extract(body, published="2024-05-08")
        if e.type == "APPOINT_AMBASSADOR"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Foreign Minister Penny Wong today announced the following diplomatic "
            "appointments:\nMs Jane Smith as Ambassador to Japan;\nMr John Brown as High "
            "Commissioner to Fiji; and\nMs Kate Green as Ambassador to Mexico.",
            {("AUS", "JPN"), ("AUS", "FJI"), ("AUS", "MEX")},
        ),
        (
            "The White House on Tuesday sent the following nominations to the Senate:\n\n"
            "Jane Doe, of California, to be Ambassador Extraordinary and Plenipotentiary of "
            "the United States of America to the Republic of Chile.\n\nJohn Roe, of Texas, to "
            "be Ambassador Extraordinary and Plenipotentiary of the United States of America "
            "to the Kingdom of Norway.",
            {("USA", "CHL"), ("USA", "NOR")},
        ),
        (
            "President Joe Biden on Monday announced his intent to nominate the following "
            "individuals:\n\nAlan Smith, Nominee for Ambassador to the Republic of Peru\n"
            "Rosa Jones, Nominee for Ambassador to the Kingdom of Morocco",
            {("USA", "PER"), ("USA", "MAR")},
        ),
    ],
)
def test_a_heading_on_a_colon_heads_the_slate(body, expected) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "MANILA - President Ferdinand Marcos Jr. has appointed three new ambassadors, "
            "the palace said.\n\nThe new envoys are:\n- Jose Santos – Japan\n"
            "- Maria Cruz – Germany\n- Antonio Reyes – Brazil",
            {("PHL", "JPN"), ("PHL", "DEU"), ("PHL", "BRA")},
        ),
        (
            "Ghana's president named four ambassadors on Monday.\n\nThey are:\n\n"
            "Kofi Mensah - Spain\nAma Owusu - Egypt\nYaw Boateng - Canada",
            {("GHA", "ESP"), ("GHA", "EGY"), ("GHA", "CAN")},
        ),
        (
            "Peru's cabinet approved the nomination of two ambassadors. The nominees:\n"
            "Luis Vega, ambassador to Chile\nRosa Diaz, ambassador to Japan",
            {("PER", "CHL"), ("PER", "JPN")},
        ),
    ],
)
def test_a_line_that_introduces_the_slate_is_passed_over(body, expected) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ghana's president named four ambassadors on Monday. They are:\n\n"
            "Spain: Kofi Mensah\nEgypt: Ama Owusu\nCanada: Yaw Boateng",
            {("GHA", "ESP"), ("GHA", "EGY"), ("GHA", "CAN")},
        ),
        (
            "Sri Lanka named new envoys on Friday:\n\n1. Japan – Ravi Perera\n"
            "2. Italy – Nimal Silva\n3. Kenya – Sunil Fernando",
            {("LKA", "JPN"), ("LKA", "ITA"), ("LKA", "KEN")},
        ),
        (
            "Malaysia has appointed three new ambassadors.\n\n"
            "- Brazil: Mr. Ahmad Zaki\n- Chile: Ms. Siti Noor\n- Peru: Dr. Lim Wei",
            {("MYS", "BRA"), ("MYS", "CHL"), ("MYS", "PER")},
        ),
    ],
)
def test_a_line_may_open_on_the_post(body, expected) -> None:
    assert appointments_of(body) == expected


def test_a_colon_with_no_slate_after_it_appoints_nobody() -> None:
    body = "The ministry announced the following appointments:\nAli Musa as its spokesman."
    assert appointments_of(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kenya's cabinet has approved the following heads of mission:\n\n"
            "| Country | Ambassador |\n|---|---|\n| Japan | Jose Santos |\n"
            "| Germany | Maria Cruz |\n| Brazil | Antonio Reyes |",
            {("KEN", "JPN"), ("KEN", "DEU"), ("KEN", "BRA")},
        ),
        (
            "Ghana's president appointed the following ambassadors on Monday:\n\n"
            "Country\tAmbassador\nJapan\tKofi Mensah\nGermany\tAma Owusu",
            {("GHA", "JPN"), ("GHA", "DEU")},
        ),
        (
            "Ghana's president appointed the following ambassadors on Monday:\n\n"
            "Name | Post\nKofi Mensah | Ambassador to Japan\nAma Owusu | High Commissioner "
            "to Canada",
            {("GHA", "JPN"), ("GHA", "CAN")},
        ),
    ],
)
def test_a_table_of_posts(body, expected) -> None:
    assert appointments_of(body) == expected
