"""Expulsions worded as a deadline to leave, a deportation, or a request noun.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dyads(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Niger gave the French envoy 48 hours to leave.", ("EXPEL_DIPLOMAT", "NER", "FRA")),
        (
            "Kenya gave the Somali diplomats 72 hours to depart.",
            ("EXPEL_DIPLOMAT", "KEN", "SOM"),
        ),
        (
            "Bamako gave the French ambassador 72 hours to leave Mali.",
            ("EXPEL_DIPLOMAT", "MLI", "FRA"),
        ),
        ("Ghana deported a Nigerian diplomat on Tuesday.", ("EXPEL_DIPLOMAT", "GHA", "NGA")),
        (
            "Bolivia deported two Venezuelan embassy officials.",
            ("EXPEL_DIPLOMAT", "BOL", "VEN"),
        ),
        (
            "Belarus's request that the EU ambassador leave the country drew protests.",
            ("EXPEL_DIPLOMAT", "BLR", "EU"),
        ),
        (
            "The EU condemned the demand by Minsk that the Polish ambassador leave Belarus.",
            ("EXPEL_DIPLOMAT", "BLR", "POL"),
        ),
        (
            "The order that the Iranian attache leave Senegal was issued by the government "
            "on Monday.",
            ("EXPEL_DIPLOMAT", "SEN", "IRN"),
        ),
    ],
)
def test_expulsion_forms(body, expected) -> None:
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "Hungary gave the Dutch ambassador two days to explain his remarks.",
        "Ghana deported 30 Nigerian traders.",
        "The embassy asked its citizens to leave Lebanon.",
        "Chile's request that Venezuela recall its ambassador was rejected.",
        "The airline gave passengers 48 hours to leave the terminal.",
    ],
)
def test_lookalikes_are_no_expulsion(body) -> None:
    assert not {d for d in dyads(body) if d[0] == "EXPEL_DIPLOMAT"}


@pytest.mark.parametrize(
    ("body", "whom"),
    [
        ("Poland expelled two Belarusian diplomats on Monday.", "staff_only"),
        ("Oslo ordered three employees of the Russian embassy to leave.", "staff_only"),
        ("Russia expelled ten Polish diplomats, including the ambassador.", "head_of_mission"),
        ("Estonia declared the Russian charge d'affaires persona non grata.", "head_of_mission"),
    ],
)
def test_an_expulsion_says_whether_it_concerns_the_head_of_mission(body, whom) -> None:
    """The state machine moves the head of mission only when the act is of him or her."""
    (event,) = [e for e in detente.extract(body, "2024-05-08") if e.type == "EXPEL_DIPLOMAT"]
    assert event.details.get(whom) is True


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Burkina Faso demanded the departure of the French ambassador on Monday.",
            {("EXPEL_DIPLOMAT", "BFA", "FRA")},
        ),
        (
            "Niger's government called for the immediate exit of the French envoy.",
            {("EXPEL_DIPLOMAT", "NER", "FRA")},
        ),
        (
            "Chad demanded the withdrawal of the Sudanese and Libyan ambassadors.",
            {("EXPEL_DIPLOMAT", "TCD", "SDN"), ("EXPEL_DIPLOMAT", "TCD", "LBY")},
        ),
        (
            "Mali ordered the withdrawal of its ambassador from Algeria.",
            {("RECALL_DIPLOMAT", "MLI", "DZA")},
        ),
    ],
)
def test_a_demanded_departure_of_another_states_envoy_is_an_expulsion(body, expected) -> None:
    """GUIDELINES: demanding that another state's envoy go is expelling; one's own, a recall."""
    assert dyads(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia and Estonia traded expulsions of diplomats on Monday.",
            {("EXPEL_DIPLOMAT", "RUS", "EST"), ("EXPEL_DIPLOMAT", "EST", "RUS")},
        ),
        (
            "Moldova and Russia exchanged expulsions of embassy staff last week.",
            {("EXPEL_DIPLOMAT", "MDA", "RUS"), ("EXPEL_DIPLOMAT", "RUS", "MDA")},
        ),
        (
            "Lithuania and Belarus engaged in tit-for-tat expulsions of diplomats.",
            {("EXPEL_DIPLOMAT", "LTU", "BLR"), ("EXPEL_DIPLOMAT", "BLR", "LTU")},
        ),
    ],
)
def test_traded_or_tit_for_tat_expulsions_go_both_ways(body, expected) -> None:
    assert dyads(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Estonia expelled a Russian diplomat, prompting a tit-for-tat expulsion of an "
            "Estonian envoy from Moscow.",
            {("EXPEL_DIPLOMAT", "EST", "RUS"), ("EXPEL_DIPLOMAT", "RUS", "EST")},
        ),
        (
            "Poland condemned the expulsion of its consul from Minsk.",
            {("EXPEL_DIPLOMAT", "BLR", "POL")},
        ),
    ],
)
def test_nobody_expels_its_own_envoys(body, expected) -> None:
    """The subject of the clause is the expelled envoy's state: the expeller is elsewhere."""
    assert dyads(body) == expected


def test_an_indefinite_number_of_countries_names_no_particular_ones() -> None:
    body = (
        "Britain and Russia have been at odds for months. The decision follows the "
        "expulsion of more than a hundred Russian diplomats from two dozen countries."
    )
    assert not {d for d in dyads(body) if d[0] == "EXPEL_DIPLOMAT" and d[1] == "GBR"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Two Venezuelan diplomats must leave Peru within 72 hours, Lima said on Monday.",
            ("EXPEL_DIPLOMAT", "PER", "VEN"),
        ),
        (
            "All Iranian diplomatic staff must leave the United Kingdom within the next 48 hours.",
            ("EXPEL_DIPLOMAT", "GBR", "IRN"),
        ),
        ("Russian diplomats must leave Estonia by Friday.", ("EXPEL_DIPLOMAT", "EST", "RUS")),
        ("Ghana directed the Nigerian envoy to leave.", ("EXPEL_DIPLOMAT", "GHA", "NGA")),
        ("Bolivia told the US ambassador to pack up and leave.", ("EXPEL_DIPLOMAT", "BOL", "USA")),
        ("Moscow booted two Dutch diplomats on Friday.", ("EXPEL_DIPLOMAT", "RUS", "NLD")),
        ("Russia boots two Norwegian diplomats", ("EXPEL_DIPLOMAT", "RUS", "NOR")),
    ],
)
def test_envoys_who_must_leave_or_are_booted_are_expelled(body, expected) -> None:
    assert expected in dyads(body)


def test_a_deadline_to_leave_does_not_date_the_expulsion() -> None:
    events = detente.extract("Russian diplomats must leave Estonia by Friday.", "2024-05-08")
    assert [(e.type, e.date.value, e.modality) for e in events] == [
        ("EXPEL_DIPLOMAT", "2024-05", "asserted")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "US diplomats must leave Sudan immediately, Washington said on Sunday.",
        "British embassy staff must leave Kyiv, the Foreign Office said.",
        "Foreign diplomats must leave Kabul for their safety, the UN said.",
    ],
)
def test_envoys_their_own_state_sends_away_are_not_expelled(body) -> None:
    # an ordered departure by the sender, or envoys of no named state
    assert not any(kind == "EXPEL_DIPLOMAT" for kind, _, _ in dyads(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "China ordered the Lithuanian embassy to reduce its staff.",
            ("EXPEL_DIPLOMAT", "CHN", "LTU"),
        ),
        (
            "Moscow ordered the US embassy to cut its staff by 755 people.",
            ("EXPEL_DIPLOMAT", "RUS", "USA"),
        ),
        (
            "Bamako told the French embassy to slash its diplomatic personnel by half.",
            ("EXPEL_DIPLOMAT", "MLI", "FRA"),
        ),
        (
            "Russia must cut its embassy staff by half, Poland said on Tuesday.",
            ("EXPEL_DIPLOMAT", "POL", "RUS"),
        ),
        (
            "Britain must halve its embassy staff in Moscow, the Russian foreign ministry said.",
            ("EXPEL_DIPLOMAT", "RUS", "GBR"),
        ),
    ],
)
def test_staff_cuts_a_host_orders_are_expulsions(body, expected) -> None:
    # GUIDELINES, settled cases: host-ordered staff cuts are EXPEL, host -> sender
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "The ministry asked the embassy to cut costs.",
        "We must cut our embassy staff, the Dutch foreign minister said.",
    ],
)
def test_cuts_no_host_orders_are_no_expulsions(body) -> None:
    assert not any(kind == "EXPEL_DIPLOMAT" for kind, _, _ in dyads(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Belgian diplomats have 48 hours to leave Rwanda, the Rwandan foreign ministry said.",
            ("EXPEL_DIPLOMAT", "RWA", "BEL"),
        ),
        (
            "The French ambassador has 72 hours to leave the country, Niamey said.",
            ("EXPEL_DIPLOMAT", "NER", "FRA"),
        ),
        ("Russia kicked out the U.S. ambassador's deputy.", ("EXPEL_DIPLOMAT", "RUS", "USA")),
        (
            "Moscow expelled the deputy head of the Estonian embassy on Monday.",
            ("EXPEL_DIPLOMAT", "RUS", "EST"),
        ),
    ],
)
def test_envoys_given_hours_to_leave_or_deputies_are_expelled(body, expected) -> None:
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "US diplomats have 72 hours to leave Sudan, the State Department said.",
        "The ambassador has two days of meetings in Rome before he will leave for Paris.",
        "The deputy prime minister expelled two reporters.",
    ],
)
def test_no_host_sends_these_away(body) -> None:
    assert not any(kind == "EXPEL_DIPLOMAT" for kind, _, _ in dyads(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Paris responded in kind, expelling 12 Algerian officials.",
            ("EXPEL_DIPLOMAT", "FRA", "DZA"),
        ),
        ("Ethiopia expelled seven senior UN officials.", ("EXPEL_DIPLOMAT", "ETH", "UN")),
        (
            "India had expelled a Pakistani official working at the High Commission.",
            ("EXPEL_DIPLOMAT", "IND", "PAK"),
        ),
    ],
)
def test_expelled_officials_of_a_state_are_its_envoys(body, expected) -> None:
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "The government expelled 300 migrants to Niger.",
        "Kenya expelled two Chinese nationals over illegal mining.",
    ],
)
def test_expelled_people_who_are_no_officials_are_no_envoys(body) -> None:
    assert dyads(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Two diplomats at the Russian embassy in Sofia have been expelled.",
        "Two staff members of the Russian embassy in Sofia were declared persona non grata.",
        "The Russian embassy in Sofia said two of its staff had been ordered out.",
        "Russia's embassy in Sofia said that two of its diplomats had been told to leave.",
        "Two Russian diplomats based in Sofia were ordered to leave the country.",
        "Bulgaria expelled two diplomats at the Russian embassy in Sofia.",
    ],
)
def test_envoys_told_by_their_mission_are_expelled_by_its_host(body) -> None:
    assert dyads(body) == {("EXPEL_DIPLOMAT", "BGR", "RUS")}


def test_staff_of_something_other_than_a_mission_are_no_envoys() -> None:
    assert dyads("The company in Sofia said its staff had been expelled from the union.") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Canada has withdrawn 41 of its diplomats from India, its foreign minister said.",
            {("RECALL_DIPLOMAT", "CAN", "IND")},
        ),
        (
            "Estonia expelled 21 of the 40 Russian diplomats accredited in Tallinn.",
            {("EXPEL_DIPLOMAT", "EST", "RUS")},
        ),
        (
            "Moldova declared 45 of the Russian embassy's staff persona non grata.",
            {("EXPEL_DIPLOMAT", "MDA", "RUS")},
        ),
        ("Sweden recalled six of its diplomats from Iran.", {("RECALL_DIPLOMAT", "SWE", "IRN")}),
        (
            "The United States withdrew 60 percent of its diplomats from Cuba.",
            {("RECALL_DIPLOMAT", "USA", "CUB")},
        ),
    ],
)
def test_a_count_of_envoys_stands_for_the_envoys(body: str, expected: set) -> None:
    """'41 of its diplomats', 'six of', '60 percent of': any count, in figures or in
    words, passes to its 'of' phrase, as 'two of' and 'some of' did."""
    assert dyads(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Kenya expelled 12 of the 30 Chinese workers arrested in the raid.",
        "Over 41 of the world's countries have no diplomats in Kabul.",
        "Peru recalled 40 of its fishing boats from Chilean waters.",
    ],
)
def test_a_count_of_other_things_is_no_envoy(body: str) -> None:
    assert dyads(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Sudan asked Chad to recall its ambassador and gave him 48 hours to leave.",
        "Mali asked France to withdraw its ambassador and gave him 72 hours to leave Bamako.",
        "Niger ordered France to pull out its envoy and gave him 48 hours to leave.",
    ],
)
def test_a_deadline_to_leave_is_the_hosts_expulsion_only(body) -> None:
    found = {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}
    assert {t for t, _, _ in found} == {"EXPEL_DIPLOMAT"}
    assert len(found) == 1


@pytest.mark.parametrize(
    "body",
    [
        # the state's own envoy, recalled and given time to come back: no expulsion
        "Argentina recalled its ambassador on Monday and gave him 48 hours to return.",
        # its own diplomats told to leave a war zone: no host expels them
        "Norway told its diplomats in Kabul they had 48 hours to leave.",
    ],
)
def test_a_deadline_given_to_its_own_envoys_expels_nobody(body) -> None:
    found = detente.extract(body, published="2024-05-08")
    assert not [e for e in found if e.type == "EXPEL_DIPLOMAT"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Burkina Faso accused Ivory Coast of hostility on Monday. Ivory Coast had "
            "expelled three of its diplomats last week.",
            ("EXPEL_DIPLOMAT", "CIV", "BFA"),
        ),
        (
            "Mali lodged a protest on Monday. Algeria had expelled one of its diplomats on Friday.",
            ("EXPEL_DIPLOMAT", "DZA", "MLI"),
        ),
        (
            "The row between Chad and Sudan deepened on Monday. Sudan expelled four of its "
            "envoys on Tuesday.",
            ("EXPEL_DIPLOMAT", "SDN", "TCD"),
        ),
    ],
)
def test_its_envoys_expelled_are_the_other_state_told_before(body, expected) -> None:
    assert dyads(body) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "France expelled three diplomats on Friday. One of the expelled diplomats worked "
            "at the Russian consulate in Marseille.",
            ("EXPEL_DIPLOMAT", "FRA", "RUS"),
        ),
        (
            "Spain expelled two diplomats on Monday. Both of the expelled officials served at "
            "the Algerian embassy in Madrid.",
            ("EXPEL_DIPLOMAT", "ESP", "DZA"),
        ),
        (
            "Norway expelled four diplomats on Tuesday. Two of the expelled envoys had worked "
            "at the Chinese embassy in Oslo.",
            ("EXPEL_DIPLOMAT", "NOR", "CHN"),
        ),
    ],
)
def test_envoys_who_work_at_a_mission_belong_to_its_owner(body, expected) -> None:
    """The verb the expelled are the subject of places them at the mission."""
    assert dyads(body) == {expected}
