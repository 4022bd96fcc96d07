"""A dateline in title case ('Rabat -', 'Beijing, May 6 (Xinhua) --') names where a
story was filed: the capital is no actor of the sentence after it.

Sentences written for these tests; 2024-05-08 is a Wednesday.
"""

from __future__ import annotations

import pytest

import detente
from detente.nlp.segment import sentences


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Rabat - The new Spanish ambassador to Morocco, Pedro Alvarez, presented his "
            "credentials to King Mohammed VI on Monday.",
            {("PRESENT_CREDENTIALS", "ESP", "MAR")},
        ),
        (
            "Moscow, 6 May 2024 (TASS) - Lithuania's new ambassador presented a copy of his "
            "credentials to the Russian foreign ministry on Monday.",
            {("PRESENT_CREDENTIALS", "LTU", "RUS")},
        ),
        (
            "Addis Ababa: The Kenyan ambassador handed his letters of credence to President "
            "Taye of Ethiopia on Tuesday.",
            {("PRESENT_CREDENTIALS", "KEN", "ETH")},
        ),
        (
            "Kigali - Belgium's ambassador to Rwanda was expelled on Monday.",
            {("EXPEL_DIPLOMAT", "RWA", "BEL")},
        ),
    ],
)
def test_a_title_case_dateline_is_no_actor(body: str, expected: set) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "BRASILIA, Brazil, May 6 (Reuters) - Brazil, Chile, Argentina and Uruguay decided "
            "on Monday to withdraw their ambassadors from Nicaragua.",
            {("RECALL_DIPLOMAT", s, "NIC") for s in ("BRA", "CHL", "ARG", "URY")},
        ),
        (
            "GENEVA, Switzerland, May 6 (Reuters) - Kenya and Uganda decided on Monday to "
            "expel the ambassador of Burundi.",
            {("EXPEL_DIPLOMAT", "KEN", "BDI"), ("EXPEL_DIPLOMAT", "UGA", "BDI")},
        ),
        (
            # the country of the dateline is no actor either
            "DAKAR, Senegal, May 6 - Mali, Niger and Burkina Faso said on Monday they had "
            "severed relations with Ukraine.",
            {("SEVER_RELATIONS", s, "UKR") for s in ("MLI", "NER", "BFA")},
        ),
    ],
)
def test_a_dateline_naming_the_country_is_no_part_of_the_sentence(body, expected) -> None:
    """The country after the place ('GENEVA, Switzerland, May 6 -') belongs to the
    dateline: left in, the parser joins it to the sentence and loses its actors."""
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Live: the day's diplomacy\n\n09:12 GMT - Mexico broke off ties with Ecuador on "
            "April 5.\n\n10:45 GMT - The European Union extended its sanctions on Iran by a "
            "year.",
            {("SEVER_RELATIONS", "MEX", "ECU"), ("IMPOSE_SANCTIONS", "EU", "IRN")},
        ),
        (
            "Latest updates\n\n1405 GMT - Ghana expelled a Togolese diplomat.\n\n"
            "1530 GMT: The African Union suspended its sanctions on Guinea.",
            {("EXPEL_DIPLOMAT", "GHA", "TGO"), ("LIFT_SANCTIONS", "AU", "GIN")},
        ),
        (
            "Rolling coverage\n\n[08.30] Sweden summoned Iraq's charge d'affaires.\n\n"
            "3:40 p.m. ET - The European Union imposed sanctions on Nicaragua's vice "
            "president, the bloc's foreign policy chief said.",
            {("SUMMON_DIPLOMAT", "SWE", "IRQ"), ("IMPOSE_SANCTIONS", "EU", "NIC")},
        ),
    ],
)
def test_a_liveblog_time_stamp_is_no_part_of_the_entry(body: str, expected: set) -> None:
    """Left in, 'GMT' is parsed as the subject and the entry borrows the actor of the
    one before."""
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("entry", "sentence"),
    [
        ("10:05 GMT - Finland has summoned Iran's envoy.", "Finland has summoned Iran's envoy."),
        ("[09.30] Peru expelled two diplomats.", "Peru expelled two diplomats."),
        ("3:42 p.m. ET - Ghana closed its embassy.", "Ghana closed its embassy."),
        ("1405 GMT: Chile recalled its ambassador.", "Chile recalled its ambassador."),
    ],
)
def test_the_sentence_of_a_stamped_entry_starts_after_the_stamp(entry, sentence) -> None:
    assert [s.text for s in sentences(entry)] == [sentence]


def credential_dates(body: str) -> set[str | None]:
    return {
        e.date.value
        for e in detente.extract(body, published="2024-05-08")
        if e.type == "PRESENT_CREDENTIALS"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "At a ceremony held at State House on 3 May, President Museveni received "
            "credentials from the ambassadors of Kenya, Rwanda and Burundi.",
            {"2024-05-03"},
        ),
        (
            "The Nigerian envoy presented his letters of credence to President Mahama of "
            "Ghana during a ceremony organised at the Jubilee House on Monday.",
            {"2024-05-06"},
        ),
        (
            "Peru's new ambassador handed his credentials to the Chilean president at an "
            "event hosted at La Moneda palace on April 30.",
            {"2024-04-30"},
        ),
    ],
)
def test_the_occasion_held_on_a_day_dates_the_ceremony(body: str, expected: set) -> None:
    assert credential_dates(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Ghana's foreign minister received copies of credentials from the Brazilian "
        "ambassador, Carlos Pereira, on Tuesday.",
        "Ghana's foreign minister accepted copies of the credentials from Brazil's new "
        "envoy on Tuesday.",
        "The Ghanaian foreign minister received a copy of the letters of credence from "
        "the ambassador of Brazil.",
    ],
)
def test_the_sender_of_copies_hangs_on_the_copies(body: str) -> None:
    assert {(s, t) for k, s, t in events_of(body) if k == "PRESENT_CREDENTIALS"} == {("BRA", "GHA")}


# --- a press release: the unnamed ministry is the dateline's state -------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tallinn, 8 May 2024 - The Ministry of Foreign Affairs today summoned the "
            "Ambassador of the Russian Federation to protest against the violation of airspace.",
            ("SUMMON_DIPLOMAT", "EST", "RUS"),
        ),
        (
            "VILNIUS, May 7 (BNS) - The Foreign Ministry on Tuesday summoned the charge "
            "d'affaires of Belarus.",
            ("SUMMON_DIPLOMAT", "LTU", "BLR"),
        ),
        (
            "Riga - The Ministry of Foreign Affairs summoned the Ambassador of Russia today "
            "over the attack.",
            ("SUMMON_DIPLOMAT", "LVA", "RUS"),
        ),
    ],
)
def test_an_unnamed_ministry_is_the_dateline_state(body, expected) -> None:
    assert expected in events_of(body)


def test_a_dateline_does_not_override_a_named_actor() -> None:
    body = (
        "MOSCOW, May 7 (Reuters) - Estonia's foreign ministry summoned the Russian ambassador "
        "on Tuesday. The ministry said the envoy was handed a note."
    )
    assert events_of(body) == {("SUMMON_DIPLOMAT", "EST", "RUS")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an acronym the tagger reads as a participle is a name, not a clause of its own
        (
            "The regional bloc ECOWAS on Saturday lifted sanctions on Niger.",
            {("LIFT_SANCTIONS", "ECOWAS", "NER", "2024-05-04")},
        ),
        (
            "West African bloc ECOWAS on Saturday lifted border closures and economic "
            "sanctions on Mali.",
            {("LIFT_SANCTIONS", "ECOWAS", "MLI", "2024-05-04")},
        ),
        (
            "The bloc ECOWAS on Friday imposed sanctions on Guinea.",
            {("IMPOSE_SANCTIONS", "ECOWAS", "GIN", "2024-05-03")},
        ),
    ],
)
def test_a_time_after_an_acronym_read_as_a_verb_dates_the_act(body, expected) -> None:
    found = {
        (e.type, e.source, e.target, e.date.value) for e in detente.extract(body, "2024-05-08")
    }
    assert found == expected
