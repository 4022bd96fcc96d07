"""A break or rift as the noun of a severance: dated or measured, or with its
relations in an 'in' phrase; never a rift over trade or the summer break
(``nlp/noun_arguments.py``, ``nlp/lasting_breaks.py``)."""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple]:
    return {
        (e.type, e.source, e.target, e.date.value, e.modality)
        for e in detente.extract(body, "2024-05-08")
        if e.type == "SEVER_RELATIONS"
    }


@pytest.mark.parametrize(
    ("body", "year", "pair"),
    [
        (
            "Relations between Iran and Saudi Arabia had been frozen since the 2016 break in ties.",
            "2016",
            ("IRN", "SAU"),
        ),
        (
            "Morocco and Iran have had no diplomatic relations since the rift of 2018.",
            "2018",
            ("MAR", "IRN"),
        ),
        (
            "Qatar and Egypt resumed relations in 2021, ending the 2017 break in relations.",
            "2017",
            ("QAT", "EGY"),
        ),
        (
            "Riyadh and Tehran restored ties in March 2023 after the 2016 rift.",
            "2016",
            ("SAU", "IRN"),
        ),
        (
            "The 2017 break in relations between Doha and Cairo lasted more than three years.",
            "2017",
            ("QAT", "EGY"),
        ),
    ],
)
def test_a_dated_break_of_relations_is_a_severance_of_its_year(body, year, pair) -> None:
    # no side is named: both sides' act, asserted though the clause denies relations now
    one, other = pair
    assert events_of(body) == {
        ("SEVER_RELATIONS", one, other, year, "asserted"),
        ("SEVER_RELATIONS", other, one, year, "asserted"),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Saudi Arabia cut ties with Iran in January 2016. Relations between the two had been "
        "frozen since the 2016 break in ties.",
        "Saudi Arabia broke off relations with Iran in 2016. Riyadh and Tehran have had no "
        "relations since the rift of 2016.",
        "Saudi Arabia severed ties with Iran in 2016. The two restored ties in March 2023 "
        "after the 2016 rift.",
    ],
)
def test_a_side_the_article_names_wins_over_the_break(body) -> None:
    assert {(t, s, o) for t, s, o, _, _ in events_of(body)} == {("SEVER_RELATIONS", "SAU", "IRN")}


@pytest.mark.parametrize(
    "body",
    [
        "After the summer break, Hungary restored relations with the club.",
        "The rift in relations between Washington and Ankara deepened over the summer.",
        "The two countries maintained ties despite the rift over trade.",
        "Relations have been strained since the 2019 rift over fishing rights.",
        "Germany and France resumed talks after a break.",
        "Czechia and Albania upgraded their ties back to ambassadorial level after an 18-year "
        "break.",
    ],
)
def test_a_rift_or_break_that_tells_no_cut_is_none(body) -> None:
    assert events_of(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Iraq and Syria restored diplomatic relations in 2006 after a rupture over militants.",
        "Cuba and Panama resumed ties in 2005 following the rupture of relations.",
        "Egypt and Qatar restored relations in January after the rupture.",
    ],
)
def test_a_rupture_told_only_as_ended_is_not_dated_by_its_end(body) -> None:
    assert {date for _, _, _, date, _ in events_of(body)} == {None}
