"""Missions under other names, and relations words that name no relations.

Sentences written for these tests, in varied wording; each article is published
Wednesday 2024-05-08.  A case gives the exact (type, source, target) set.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


def _open(source: str, target: str) -> set[tuple[str, str, str]]:
    return {("OPEN_MISSION", source, target)}


def _close(source: str, target: str) -> set[tuple[str, str, str]]:
    return {("CLOSE_MISSION", source, target)}


def _restore(source: str, target: str) -> set[tuple[str, str, str]]:
    return {("RESTORE_RELATIONS", source, target)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a Commonwealth embassy is a high commission; the Holy See's a nunciature
        ("Rwanda has opened a high commission in Kampala.", _open("RWA", "UGA")),
        ("Kenya opened its High Commission in Accra on Friday.", _open("KEN", "GHA")),
        ("Britain closed its high commission in Harare in protest.", _close("GBR", "ZWE")),
        ("The Vatican opened a nunciature in Hanoi last year.", _open("VAT", "VNM")),
        ("The European Commission opened an inquiry into the deal.", set()),
    ],
)
def test_high_commissions_and_nunciatures_are_missions(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # GUIDELINES: liaison and interests offices are missions
        ("Morocco set up a liaison office in Tel Aviv in 2021.", _open("MAR", "ISR")),
        ("Washington established an interests section in Havana in 1977.", _open("USA", "CUB")),
        ("Cuba reopened its interests section in Washington in 1977.", _open("CUB", "USA")),
        # a representative office is no embassy until upgraded to one
        ("Taiwan opened a representative office in Vilnius in November.", set()),
        ("Israel shut its liaison office in Doha in 2009.", _close("ISR", "QAT")),
        ("The company opened a liaison office in Lagos.", set()),
        ("Police opened a section of the road to traffic in Cairo.", set()),
    ],
)
def test_liaison_and_interests_offices_open_and_close(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # contacts and communication are talks, not diplomatic relations re-established
        "Iran and Saudi Arabia resumed diplomatic contacts last year.",
        "Venezuela restored communication with Colombia on Monday.",
        "The resumption of official contacts between Seoul and Pyongyang was welcomed.",
        "Ankara said it had re-established contact with Damascus.",
    ],
)
def test_resumed_contacts_restore_no_relations(body) -> None:
    assert not {e for e in events_of(body) if e[0] == "RESTORE_RELATIONS"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the state recognised is the other side; the appositive's name recognises it
        (
            "Grenada, a Caribbean nation that recognized the Taiwan regime for years, "
            "restored ties with China.",
            _restore("GRD", "TWN") | _restore("GRD", "CHN"),
        ),
        (
            "Nauru, a Pacific island state that recognised Taiwan for two decades, "
            "established diplomatic relations with China.",
            _restore("NRU", "TWN") | _restore("NRU", "CHN"),
        ),
        (
            "Saint Lucia, an island nation that had recognized Beijing, restored ties with "
            "Taipei in 2007.",
            _restore("LCA", "CHN") | _restore("LCA", "TWN"),
        ),
    ],
)
def test_an_appositive_state_recognises_through_its_relative_clause(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 'A and B's act': the parser hangs A apart from the possessive; both act
        (
            "Seoul and Havana's establishment of diplomatic ties in February angered Pyongyang.",
            _restore("KOR", "CUB") | _restore("CUB", "KOR"),
        ),
        (
            "Riyadh and Tehran's restoration of ties last year surprised Washington.",
            _restore("SAU", "IRN") | _restore("IRN", "SAU"),
        ),
        (
            "Israel and Morocco's normalisation of relations in 2020 was brokered by the US.",
            _restore("ISR", "MAR") | _restore("MAR", "ISR"),
        ),
    ],
)
def test_a_joint_possessive_names_both_parties(body, expected) -> None:
    assert events_of(body) == expected


def modalities(body: str) -> set[tuple[str, str, str, str]]:
    return {
        (e.type, e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
    }


@pytest.mark.parametrize(
    "body",
    [
        # talks towards an act are no act; the parser takes the verb for a compound
        "Israel and Saudi Arabia are in talks to normalise relations.",
        "Egypt is in negotiations to restore ties with Iran.",
        "Bahrain is in talks to reopen its embassy in Doha.",
    ],
)
def test_talks_to_act_plan_it_at_most(body) -> None:
    assert {m[3] for m in modalities(body)} <= {"planned"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the work of a mission resumed or suspended, named by a possessive
        (
            "The UAE's ambassador arrived in Damascus to resume the embassy's work.",
            _open("ARE", "SYR"),
        ),
        ("Kuwait resumed its embassy's operations in Baghdad in 2008.", _open("KWT", "IRQ")),
        ("Oman reactivated its embassy in Damascus in 2020.", _open("OMN", "SYR")),
        (
            "Spain suspended its embassy's activities in Kyiv on Thursday.",
            _close("ESP", "UKR"),
        ),
    ],
)
def test_a_missions_own_work_resumed_or_suspended(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # GUIDELINES: a closure for weather is no closure
        "The Dutch embassy in Tehran was closed temporarily due to the heatwave.",
        "The US embassy in Seoul closed on Monday because of heavy snow.",
        "Several embassies in Manila shut their doors as the typhoon approached.",
        "The British embassy in Dhaka will remain closed on Tuesday due to flooding.",
    ],
)
def test_a_closure_for_weather_is_none(body) -> None:
    assert not events_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # bare plural missions nobody owns or places: the two parties' in each other's
        (
            "Somalia and Eritrea agreed on Monday to restore relations. Promised changes "
            "include the reopening of embassies and the resumption of flights.",
            {("OPEN_MISSION", "SOM", "ERI"), ("OPEN_MISSION", "ERI", "SOM")}
            | _restore("SOM", "ERI")
            | _restore("ERI", "SOM"),
        ),
        (
            "Ethiopia and Eritrea ended two decades of hostility in July. Embassies reopened "
            "in September.",
            {("OPEN_MISSION", "ETH", "ERI"), ("OPEN_MISSION", "ERI", "ETH")},
        ),
        (
            "Western countries closed their embassies in Kabul in August. The reopening of "
            "embassies is not on the agenda.",
            set(),
        ),
    ],
)
def test_bare_plural_embassies_are_the_two_parties(body, expected) -> None:
    assert {e for e in events_of(body) if e[0] != "CLOSE_MISSION"} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name and a nationality word across a comma are two clauses, not a list:
        # 'the two countries' are the ones the article is about
        (
            "Colombia and Venezuela quarrelled again. In 2008, after Colombian troops raided a "
            "camp inside Ecuador, Venezuelan officials protested. In 2022 the two countries "
            "restored diplomatic relations.",
            _restore("COL", "VEN") | _restore("VEN", "COL"),
        ),
        (
            "Kenya and Somalia fell out in 2020. After talks in Djibouti, Somali leaders "
            "flew home. Months later the two countries restored diplomatic ties.",
            _restore("KEN", "SOM") | _restore("SOM", "KEN"),
        ),
        (
            "The German, French and British ambassadors met in Minsk. Later the three "
            "countries restored relations with Belarus.",
            _restore("DEU", "BLR") | _restore("FRA", "BLR") | _restore("GBR", "BLR"),
        ),
    ],
)
def test_a_name_and_a_nationality_across_a_comma_are_no_list(body, expected) -> None:
    assert {e for e in events_of(body) if e[0] == "RESTORE_RELATIONS"} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a government demanding that a foreign mission shut orders it shut
        (
            "The Kremlin demanded that Washington close its consulate in Vladivostok.",
            _close("RUS", "USA"),
        ),
        ("Russia demanded the closure of the Polish consulate in Smolensk.", _close("RUS", "POL")),
        (
            "Russia's foreign ministry demanded that Estonia close its consulate in Pskov.",
            _close("RUS", "EST"),
        ),
        # lawmakers and protesters decide nothing
        ("Iranian lawmakers demanded the closure of the British embassy in Tehran.", set()),
        ("Protesters demanded the closure of the Israeli embassy in Amman.", set()),
    ],
)
def test_a_government_demanding_a_closure_orders_it(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # ties qualified by how good they are tell a friendship, not relations made
        "Russia has established close ties with North Korea since the invasion.",
        "Erdogan established warm relations with Putin over the years.",
        "China has established friendly relations with the junta in Niger.",
        "Iran has established deep ties with Venezuela.",
    ],
)
def test_close_or_warm_ties_are_no_relations_established(body) -> None:
    assert not events_of(body)


def test_diplomatic_relations_established_stay_an_event() -> None:
    assert events_of("China established diplomatic relations with Nauru in January.") == (
        _restore("CHN", "NRU")
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a diplomatic presence is a mission; restoring an embassy reopens it
        ("France restored its diplomatic presence in Kabul in 2023.", _open("FRA", "AFG")),
        (
            "Turkey resumed its diplomatic presence in Libya after a five-year absence.",
            _open("TUR", "LBY"),
        ),
        ("Washington restored its embassy in Havana in 2015.", _open("USA", "CUB")),
        (
            "The US suspended its diplomatic presence in Kabul in August 2021.",
            _close("USA", "AFG"),
        ),
        ("Workers restored the historic embassy building in Rome.", set()),
        ("Israel maintains a diplomatic presence in Bahrain.", set()),
    ],
)
def test_a_diplomatic_presence_restored_or_suspended(body, expected) -> None:
    assert events_of(body) == expected


def dated(body: str) -> set[tuple[str, str, str, str | None]]:
    return {
        (e.type, e.source, e.target, e.date.value)
        for e in detente.extract(body, published="2024-05-08")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a closure or rupture 'N years' long began N years before the act ending it
        (
            "Italy's embassy in Tripoli reopened on Jan. 10 after a four-year closure.",
            {("OPEN_MISSION", "ITA", "LBY", "2024-01-10"), ("CLOSE_MISSION", "ITA", "LBY", "2020")},
        ),
        (
            "Tunisia restored relations with Syria in 2023 after an 11-year rupture.",
            {
                ("RESTORE_RELATIONS", "TUN", "SYR", "2023"),
                ("SEVER_RELATIONS", "TUN", "SYR", "2012"),
            },
        ),
        (
            "Spain's embassy in Damascus reopened in 2021 after a nine-year shutdown.",
            {("OPEN_MISSION", "ESP", "SYR", "2021"), ("CLOSE_MISSION", "ESP", "SYR", "2012")},
        ),
    ],
)
def test_a_closure_years_long_is_dated_back_from_its_end(body, expected) -> None:
    assert dated(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "since YEAR, when X did it": the year the 'when' clause describes dates the act
        (
            "The two countries have had no relations since 2016, when Riyadh severed ties "
            "with Tehran.",
            {("SEVER_RELATIONS", "SAU", "IRN", "2016")},
        ),
        (
            "Canada's embassy in Tehran has been closed since 2012, when Ottawa cut ties.",
            {("CLOSE_MISSION", "CAN", "IRN", "2012"), ("SEVER_RELATIONS", "CAN", "IRN", "2012")},
        ),
        (
            "No Qatari envoy has served in Cairo since 2017, when Qatar recalled its "
            "ambassador from Egypt.",
            {("RECALL_DIPLOMAT", "QAT", "EGY", "2017")},
        ),
    ],
)
def test_a_when_clause_on_a_since_year_is_dated_by_it(body, expected) -> None:
    assert dated(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # 'the pair', 'both' stand for the two parties named before
        "Egypt and Qatar fell out in 2017. The pair restored ties in January 2021.",
        "Egypt and Qatar fell out in 2017. Both restored diplomatic relations in January 2021.",
        "Qatar and Egypt quarrelled for years. In January 2021 both agreed to restore ties.",
    ],
)
def test_the_pair_or_both_are_the_two_parties(body) -> None:
    assert events_of(body) == _restore("EGY", "QAT") | _restore("QAT", "EGY")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a headline lists its subjects with a comma: each acts
        ("Iran, Saudi Arabia restore ties", _restore("IRN", "SAU") | _restore("SAU", "IRN")),
        ("Morocco, Israel restore ties", _restore("MAR", "ISR") | _restore("ISR", "MAR")),
        (
            "Russia, China sever ties with Vanuatu",
            {("SEVER_RELATIONS", "RUS", "VUT"), ("SEVER_RELATIONS", "CHN", "VUT")},
        ),
        # a dateline is no subject
        (
            "MOSCOW, May 7 (Reuters) - Ukraine severed diplomatic ties with Nicaragua on Tuesday.",
            {("SEVER_RELATIONS", "UKR", "NIC")},
        ),
    ],
)
def test_a_headline_list_of_subjects_all_act(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # consent for a foreign consulate is its host's to withdraw, whoever 'it' is
        (
            "Russia promised a response to Poland's move, and on Friday the Foreign Ministry "
            "said it was withdrawing consent for the functioning of the Consulate General of "
            "Poland in Kaliningrad.",
            _close("RUS", "POL"),
        ),
        (
            "Poland's foreign ministry said it was withdrawing consent for the operation of "
            "the Consulate General of Russia in Krakow.",
            _close("POL", "RUS"),
        ),
        (
            "Lithuania withdrew its consent for the Consulate General of Belarus in Klaipeda.",
            _close("LTU", "BLR"),
        ),
    ],
)
def test_consent_for_a_consulate_general_is_its_hosts(body, expected) -> None:
    assert {e for e in events_of(body) if e[0] == "CLOSE_MISSION"} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a headline verb the parser takes for the mission's place ('Damascus reopens')
        ("Saudi embassy in Damascus reopens after 12 years", _open("SAU", "SYR")),
        ("The Emirati embassy in Damascus reopens after seven years.", _open("ARE", "SYR")),
        ("Indian consulate in Jeddah reopens", _open("IND", "SAU")),
        ("Protests in Damascus continue", set()),
    ],
)
def test_a_headline_mission_in_a_city_reopens(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a state's representation placed in another state is its diplomatic one
        (
            "The UAE raised its representation in Damascus to the level of chargé d'affaires.",
            {("UPGRADE_RELATIONS", "ARE", "SYR")},
        ),
        (
            "Israel reduced its representation in Ankara to the level of chargé d'affaires.",
            {("DOWNGRADE_RELATIONS", "ISR", "TUR")},
        ),
        ("Women's representation in parliament was raised to 30 percent.", set()),
    ],
)
def test_a_states_representation_in_another_is_diplomatic(body, expected) -> None:
    assert events_of(body) == expected
