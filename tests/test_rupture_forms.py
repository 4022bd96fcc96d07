"""Expulsions, recalls, summonses and severed ties: who acts, on whom, and when.

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
        (
            "Algeria cut relations with its neighbour Morocco on Tuesday.",
            ("SEVER_RELATIONS", "DZA", "MAR"),
        ),
        (
            "Saudi Arabia severed ties with its Gulf neighbour Qatar in 2017.",
            ("SEVER_RELATIONS", "SAU", "QAT"),
        ),
        (
            "Riyadh broke off diplomatic relations with its regional rival Iran on Sunday.",
            ("SEVER_RELATIONS", "SAU", "IRN"),
        ),
        ("Kuwait expelled the ambassador of its neighbour Iraq.", ("EXPEL_DIPLOMAT", "KWT", "IRQ")),
    ],
)
def test_a_descriptive_noun_before_a_name_is_that_state(body, expected) -> None:
    # 'its' owns the descriptive noun, but the name in apposition is the party
    assert expected in dyads(body)


@pytest.mark.parametrize(
    ("body", "acting"),
    [
        ("The US and the EU expelled Russian diplomats on Monday.", {"USA", "EU"}),
        ("The US, Britain and NATO expelled Russian diplomats on Monday.", {"USA", "GBR", "NATO"}),
        ("NATO, US, EU expel Russian diplomats", {"NATO", "USA", "EU"}),
    ],
)
def test_an_organisation_listed_with_states_expels_too(body, acting) -> None:
    found = {source for kind, source, target in dyads(body) if kind == "EXPEL_DIPLOMAT"}
    assert found == acting


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Washington and Tehran have not had diplomatic ties since 1980, when the US cut "
            "relations after the hostage crisis.",
            ("SEVER_RELATIONS", "USA", "IRN", "1980"),
        ),
        (
            "The two neighbours have had no ambassadors since March 2021, when Algeria "
            "recalled its envoy from Rabat.",
            ("RECALL_DIPLOMAT", "DZA", "MAR", "2021-03"),
        ),
        (
            "Relations have been frosty since 2018, when Britain expelled 23 Russian diplomats.",
            ("EXPEL_DIPLOMAT", "GBR", "RUS", "2018"),
        ),
        (
            "Ties had been warm until 2016, when Riyadh severed relations with Tehran.",
            ("SEVER_RELATIONS", "SAU", "IRN", "2016"),
        ),
    ],
)
def test_a_when_clause_after_since_or_until_happened_at_that_time(body, expected) -> None:
    events = detente.extract(body, "2024-05-08")
    assert expected in {(e.type, e.source, e.target, e.date.value) for e in events}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kuwait asked the Lebanese envoy to leave and recalled its ambassador from Beirut.",
            ("RECALL_DIPLOMAT", "KWT", "LBN"),
        ),
        (
            "Saudi Arabia asked the Lebanese ambassador to leave within 48 hours and summoned "
            "its ambassador to Lebanon for consultation.",
            ("RECALL_DIPLOMAT", "SAU", "LBN"),
        ),
        (
            "Kuwait asked for an apology and recalled its ambassador from Beirut.",
            ("RECALL_DIPLOMAT", "KWT", "LBN"),
        ),
        (
            "Mexico urged Ecuador to release the former vice president and broke off relations "
            "with Quito on Friday.",
            ("SEVER_RELATIONS", "MEX", "ECU"),
        ),
    ],
)
def test_a_second_act_beside_a_request_is_the_requesters_own(body, expected) -> None:
    # the parser coordinates 'recalled' with the request ('to leave', 'asked for'); it is
    # a finite act of the main clause, not part of what was asked
    events = detente.extract(body, "2024-05-08")
    assert (*expected, "asserted") in {(e.type, e.source, e.target, e.modality) for e in events}


def test_a_request_still_governs_its_own_bare_infinitives() -> None:
    body = "Kenya urged Uganda to recall its envoy and close its embassy."
    assert detente.extract(body, "2024-05-08") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kyiv called the Hungarian envoy to the foreign ministry on Friday.",
            ("SUMMON_DIPLOMAT", "UKR", "HUN"),
        ),
        (
            "The Danish ambassador was called to the Turkish foreign ministry on Monday.",
            ("SUMMON_DIPLOMAT", "TUR", "DNK"),
        ),
        (
            "London called the Iranian charge d'affaires to the Foreign Office on Tuesday.",
            ("SUMMON_DIPLOMAT", "GBR", "IRN"),
        ),
    ],
)
def test_an_envoy_called_to_the_ministry_is_summoned(body, expected) -> None:
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "The ambassador called the ministry's decision regrettable.",
        "Officials called the Russian envoy's remarks to the ministry unacceptable.",
    ],
)
def test_calling_a_thing_by_a_name_is_no_summons(body) -> None:
    assert dyads(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Latvia summoned the Russian Chargé d'Affaires a.i. to the ministry on Monday.",
            ("SUMMON_DIPLOMAT", "LVA", "RUS"),
        ),
        (
            "Estonia expelled a Russian diplomat. The Chargé d'Affaires a.i. of Russia was "
            "summoned to the ministry on Tuesday.",
            ("SUMMON_DIPLOMAT", "EST", "RUS"),
        ),
        (
            "The Chargé d'Affaires a.i. of Belarus, Ivan Petrov, was summoned to the Lithuanian "
            "foreign ministry on Monday.",
            ("SUMMON_DIPLOMAT", "LTU", "BLR"),
        ),
    ],
)
def test_a_charge_d_affaires_ad_interim_is_an_envoy_of_his_state(body, expected) -> None:
    # 'a.i.' kept whole: split, its full stop took the 'of' phrase away from the envoy
    assert expected in dyads(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "NATO condemned Russia on Tuesday. The military alliance is expelling seven staff "
            "from the Russian mission.",
            ("EXPEL_DIPLOMAT", "NATO", "RUS"),
        ),
        (
            "NATO said it would act. The alliance expelled eight members of Russia's mission.",
            ("EXPEL_DIPLOMAT", "NATO", "RUS"),
        ),
        (
            "The EU protested. The bloc recalled its ambassador from Minsk on Monday.",
            ("RECALL_DIPLOMAT", "EU", "BLR"),
        ),
    ],
)
def test_the_alliance_or_the_bloc_is_the_organisation_named_before(body, expected) -> None:
    assert expected in dyads(body)


def test_the_alliance_named_before_none_is_no_actor() -> None:
    body = "The Western alliance has not commented. Canada expelled two Russian diplomats."
    assert dyads(body) == {("EXPEL_DIPLOMAT", "CAN", "RUS")}


@pytest.mark.parametrize(
    "body",
    [
        "Serbia withdraws more ambassadors over Kosovo",
        "China summoned the envoy over Taiwan on Monday.",
        "Morocco recalled its ambassador over Western Sahara.",
    ],
)
def test_a_state_a_dispute_is_over_is_no_party_to_it(body) -> None:
    assert dyads(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Peru recalled its ambassador over Mexico's comments on Monday.",
            ("RECALL_DIPLOMAT", "PER", "MEX"),
        ),
        (
            "Serbia recalled its ambassador from Montenegro over Kosovo.",
            ("RECALL_DIPLOMAT", "SRB", "MNE"),
        ),
    ],
)
def test_a_state_whose_act_a_dispute_is_over_stays_a_party(body, expected) -> None:
    assert dyads(body) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Pakistan expelled an Indian diplomat on Thursday. According to the Foreign Office, "
            "the Government of Pakistan has declared a staff member of the High Commission of "
            "India persona non grata.",
            {("EXPEL_DIPLOMAT", "PAK", "IND")},
        ),
        (
            "Britain protested. The Foreign Office summoned the Russian ambassador on Monday.",
            {("SUMMON_DIPLOMAT", "GBR", "RUS")},
        ),
        (
            "The Foreign Office summoned the Iranian charge d'affaires, a British official said.",
            {("SUMMON_DIPLOMAT", "GBR", "IRN")},
        ),
    ],
)
def test_the_foreign_office_is_britain_only_where_the_article_names_it(body, expected) -> None:
    assert dyads(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Kenyan government announced the expulsion of a Tanzanian diplomat, ordering "
            "his departure within 48 hours.",
            {("EXPEL_DIPLOMAT", "KEN", "TZA")},
        ),
        (
            "Islamabad declared an official of the Indian High Commission persona non grata "
            "and ordered his departure within 24 hours.",
            {("EXPEL_DIPLOMAT", "PAK", "IND")},
        ),
        (
            "Accra expelled the Togolese consul on Friday and demanded his departure by Sunday.",
            {("EXPEL_DIPLOMAT", "GHA", "TGO")},
        ),
    ],
)
def test_his_departure_is_the_envoys_just_named(body, expected) -> None:
    # not the host recalling an envoy of its own
    assert dyads(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Niger's junta announced the end of diplomatic relations with Ukraine.",
            {("SEVER_RELATIONS", "NER", "UKR")},
        ),
        (
            "Mali declared the termination of diplomatic ties with Ukraine on Sunday.",
            {("SEVER_RELATIONS", "MLI", "UKR")},
        ),
        ("The visit marks the end of a decade of frosty relations with Cairo.", set()),
        ("Relations have improved since the end of the dispute with Morocco.", set()),
    ],
)
def test_the_end_of_relations_severs_them(body, expected) -> None:
    assert dyads(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Iran has not had an ambassador in Cairo since relations were cut in 1980.",
            ("SEVER_RELATIONS", "IRN", "EGY", "asserted"),
        ),
        (
            "Russia says it will respond to the expulsion of its diplomats from Austria.",
            ("EXPEL_DIPLOMAT", "AUT", "RUS", "asserted"),
        ),
        (
            "Moscow will retaliate after Prague expelled two Russian diplomats.",
            ("EXPEL_DIPLOMAT", "CZE", "RUS", "asserted"),
        ),
    ],
)
def test_an_act_told_beside_a_plan_or_a_denial_happened(body, expected) -> None:
    events = detente.extract(body, "2024-05-08")
    assert expected in {(e.type, e.source, e.target, e.modality) for e in events}


@pytest.mark.parametrize(
    "body",
    [
        "A motion to sever diplomatic relations with Israel was passed by the South African "
        "parliament.",
        "A petition to expel the Russian ambassador from Prague gathered 10,000 signatures.",
    ],
)
def test_a_motion_or_petition_reports_no_act(body) -> None:
    assert dyads(body) == set()


@pytest.mark.parametrize(
    ("body", "background"),
    [
        # a headline dated by its lead's day is the news, not a break told years back
        (
            "Bolivia breaks ties with Israel\n\nLA PAZ (AP) - Bolivia said on Tuesday it had "
            "decided to break diplomatic relations with Israel.\n\nBolivia, which cut ties "
            "with Israel in 2009, restored them in 2019.",
            "2009",
        ),
        (
            "Belize cuts ties with Israel\n\nBELMOPAN (AP) - Belize said on Tuesday it had "
            "suspended diplomatic relations with Israel.\n\nBelize had cut ties with Israel "
            "in 2009.",
            "2009",
        ),
        (
            "Chad cuts ties with Qatar\n\nN'DJAMENA - Chad on Tuesday announced it was "
            "cutting diplomatic ties with Qatar.\n\nChad had cut ties with Qatar in 2017 as "
            "well.",
            "2017",
        ),
    ],
)
def test_the_news_break_is_not_merged_into_one_told_years_back(body, background) -> None:
    events = detente.extract(body, "2024-05-08")
    years = {e.date.value[:4] for e in events if e.type == "SEVER_RELATIONS"}
    assert years == {"2024", background}


@pytest.mark.parametrize(
    "body",
    [
        "Ecuador suspended high-level diplomatic contacts with Colombia on Monday.",
        "Lithuania has frozen all high-level relations with Belarus, the ministry said",
        "Hanoi suspended top-level ties with Phnom Penh after the border clash.",
    ],
)
def test_suspending_high_level_contacts_breaks_no_relations(body) -> None:
    assert dyads(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ecuador suspended diplomatic relations with Colombia on Monday.",
            ("SEVER_RELATIONS", "ECU", "COL"),
        ),
        (
            "Paraguay and Uruguay restored ambassador-level ties on Tuesday.",
            ("RESTORE_RELATIONS", "PRY", "URY"),
        ),
    ],
)
def test_relations_without_a_level_of_visits_still_count(body, expected) -> None:
    assert expected in dyads(body)
