"""Answers to a diplomatic act: the expelled state's counter-expulsion, told in the
same sentence or the next one, in the many ways news words a retaliation.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dyads(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Russia expelled the Estonian ambassador and Tallinn reacted by expelling the "
            "Russian charge d'affaires.",
            ("EXPEL_DIPLOMAT", "EST", "RUS"),
        ),
        (
            "Latvia expelled the Russian ambassador and Moscow responded by ordering the "
            "Latvian charge d'affaires to leave.",
            ("EXPEL_DIPLOMAT", "RUS", "LVA"),
        ),
        (
            "Serbia expelled the Croatian envoy and Zagreb answered by expelling Serbia's "
            "ambassador.",
            ("EXPEL_DIPLOMAT", "HRV", "SRB"),
        ),
        (
            "Poland closed the Russian consulate in Gdansk and Moscow retaliated by closing "
            "the Polish consulate in Irkutsk.",
            ("CLOSE_MISSION", "RUS", "POL"),
        ),
    ],
)
def test_answering_clause_subject_hung_on_the_first_clause(body, answer) -> None:
    """The parser hangs the answering state on the first clause's object ('the Estonian
    ambassador and Tallinn') and leaves 'reacted' without a subject: the answer is that
    state's act, not the first actor's act on its own envoy (a recall)."""
    found = dyads(body)
    assert answer in found
    assert not any(kind == "RECALL_DIPLOMAT" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sweden expelled two Chinese nationals working at the Chinese embassy.",
            ("EXPEL_DIPLOMAT", "SWE", "CHN"),
        ),
        (
            "Norway expelled a Russian citizen employed by the Russian embassy in Oslo.",
            ("EXPEL_DIPLOMAT", "NOR", "RUS"),
        ),
        (
            "Britain expelled four Russian officers attached to the embassy.",
            ("EXPEL_DIPLOMAT", "GBR", "RUS"),
        ),
        (
            "Paris ordered 12 Algerian consular officials to leave France.",
            ("EXPEL_DIPLOMAT", "FRA", "DZA"),
        ),
        (
            "Estonia expelled two Russian consular staff on Monday.",
            ("EXPEL_DIPLOMAT", "EST", "RUS"),
        ),
        (
            "Denmark expelled 15 Russian intelligence officers registered as diplomats.",
            ("EXPEL_DIPLOMAT", "DNK", "RUS"),
        ),
    ],
)
def test_staff_placed_at_a_mission_or_consular_are_envoys(body, expected) -> None:
    """Nationals a participle places at a mission, consular staff and intelligence
    officers are the envoys a host expels."""
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "Sweden deported two Chinese nationals on Monday.",
        "Thailand deported 30 Cambodian citizens who had overstayed their visas.",
        "Police officers expelled protesters from the embassy grounds.",
        "Sweden expelled a Russian citizen accused of spying for Moscow.",
    ],
)
def test_nationals_and_officers_placed_nowhere_are_no_envoys(body) -> None:
    assert not any(kind == "EXPEL_DIPLOMAT" for kind, _, _ in dyads(body))


@pytest.mark.parametrize(
    ("body", "answered"),
    [
        (
            "Russia expelled 10 U.S. diplomats in a tit-for-tat response to Washington's "
            "expulsion of 10 Russians.",
            ("EXPEL_DIPLOMAT", "USA", "RUS"),
        ),
        (
            "Algeria ordered 12 French embassy officials to leave, in response to France's "
            "expulsion of two Algerians.",
            ("EXPEL_DIPLOMAT", "FRA", "DZA"),
        ),
        (
            "Moscow expelled two Swedish diplomats in retaliation for Stockholm's expulsion "
            "of two Russians.",
            ("EXPEL_DIPLOMAT", "SWE", "RUS"),
        ),
    ],
)
def test_expulsion_of_nationals_answered_among_envoys_is_diplomatic(body, answered) -> None:
    """The expulsion a counter-expulsion answers may count people by nationality and
    not call them envoys: beside envoys, it is a diplomatic expulsion too."""
    assert answered in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "Pakistan announced the expulsion of 300 Afghans last month.",
        "The expulsion of two Chinese officials from the trade fair angered Beijing.",
        "The embassy condemned the expulsion of 40 Eritreans from Sudan.",
    ],
)
def test_expulsion_of_nationals_with_no_envoys_about_is_nothing(body) -> None:
    assert not dyads(body)


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Armenia expelled two Azerbaijani diplomats on Monday. Baku retaliated on Wednesday.",
            ("EXPEL_DIPLOMAT", "AZE", "ARM"),
        ),
        ("Jordan expels Syrian ambassador; Damascus retaliates", ("EXPEL_DIPLOMAT", "SYR", "JOR")),
        (
            "Sweden expelled a Russian diplomat last week, and Moscow hit back on Tuesday.",
            ("EXPEL_DIPLOMAT", "RUS", "SWE"),
        ),
        (
            "Latvia expelled a Russian diplomat. Moscow struck back against Riga the next day.",
            ("EXPEL_DIPLOMAT", "RUS", "LVA"),
        ),
    ],
)
def test_bare_retaliation_answers_an_expulsion_in_kind(body, answer) -> None:
    assert answer in dyads(body)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        (
            "Britain imposed sanctions on Iran on Monday. Tehran retaliated on Wednesday.",
            ("IMPOSE_SANCTIONS", "IRN", "GBR"),
        ),
        (
            "Norway expelled a Russian diplomat. Moscow retaliated by banning Norwegian fish "
            "imports.",
            ("EXPEL_DIPLOMAT", "RUS", "NOR"),
        ),
        (
            "Greece expelled the Libyan ambassador on Friday. Libya said it would retaliate.",
            ("EXPEL_DIPLOMAT", "LBY", "GRC"),
        ),
        (
            "Estonia expelled a Russian diplomat on Monday. Russia has not retaliated so far.",
            ("EXPEL_DIPLOMAT", "RUS", "EST"),
        ),
    ],
)
def test_retaliation_saying_how_or_answering_no_expulsion_repeats_nothing(body, unwanted) -> None:
    """A retaliation told with its means ('by banning imports'), one still to come or
    denied, or one answering sanctions, is no counter-expulsion."""
    assert unwanted not in dyads(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an answer in the same coin, or people counted by the earlier act's number
        (
            "Latvia expelled 12 Belarusian diplomats. Minsk hit back with a similar measure.",
            {("EXPEL_DIPLOMAT", "LVA", "BLR"), ("EXPEL_DIPLOMAT", "BLR", "LVA")},
        ),
        (
            "Latvia expelled 12 Belarusian diplomats. Belarus made a symmetrical move.",
            {("EXPEL_DIPLOMAT", "LVA", "BLR"), ("EXPEL_DIPLOMAT", "BLR", "LVA")},
        ),
        (
            "Latvia expelled 12 Belarusian diplomats. Belarus retaliated, expelling the same "
            "number of Latvians.",
            {("EXPEL_DIPLOMAT", "LVA", "BLR"), ("EXPEL_DIPLOMAT", "BLR", "LVA")},
        ),
        (
            "Latvia expelled 12 Belarusian diplomats. Minsk responded with a statement.",
            {("EXPEL_DIPLOMAT", "LVA", "BLR")},
        ),
    ],
)
def test_an_answer_in_the_same_coin_reverses_the_act(body, expected) -> None:
    found = {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}
    assert found == expected


def test_the_day_of_an_answer_does_not_date_the_act_it_answers() -> None:
    body = "Latvia expelled 12 Belarusian diplomats. Belarus took a reciprocal step on Friday."
    dates = {(e.source, e.date.value) for e in detente.extract(body, "2024-05-08")}
    assert dates == {("LVA", "2024-05"), ("BLR", "2024-05-03")}
