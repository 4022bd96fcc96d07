"""Credentials ceremonies: every envoy of a ceremony's roster presents to the host.

Sentences written for these tests; 2024-03-13 is a Wednesday.
"""

from __future__ import annotations

import pytest

import detente


def credentials_of(body: str) -> set[tuple[str, str]]:
    return {
        (e.source, e.target)
        for e in detente.extract(body, published="2024-03-13")
        if e.type == "PRESENT_CREDENTIALS"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "Name (Country)" in the sentence after the ceremony
            "President Ruto received the credentials of five new ambassadors on Tuesday. "
            "The envoys were Ana Ruiz (Peru), Tom Berg (Norway), Ali Musa (Chad), "
            "Li Wei (Singapore) and Pierre Dumas (Belgium).",
            {("PER", "KEN"), ("NOR", "KEN"), ("TCD", "KEN"), ("SGP", "KEN"), ("BEL", "KEN")},
        ),
        (  # "Name from Country", two sentences after
            "Four new ambassadors presented their letters of credence to President Lula "
            "in Brasilia on Monday. The ceremony lasted an hour. The new ambassadors are "
            "Hans Weber from Austria, Maria Costa from Portugal and Ivan Petrov from Bulgaria.",
            {("AUT", "BRA"), ("PRT", "BRA"), ("BGR", "BRA")},
        ),
        (  # "Country, Name; Country, Name" in the ceremony's own sentence
            "The king received credentials from the ambassadors of Thailand, Somchai Prasert; "
            "Ghana, Kwame Mensah; and Chile, Rosa Vidal, at the palace in Rabat on Monday.",
            {("THA", "MAR"), ("GHA", "MAR"), ("CHL", "MAR")},
        ),
        (  # a plain list of states
            "Japan's emperor will receive credentials from the envoys of Kenya, Brazil, "
            "Latvia and Oman on Friday.",
            {("KEN", "JPN"), ("BRA", "JPN"), ("LVA", "JPN"), ("OMN", "JPN")},
        ),
    ],
)
def test_roster_names_every_sender(body: str, expected: set[tuple[str, str]]) -> None:
    assert credentials_of(body) == expected


def test_a_list_that_is_no_roster_adds_no_sender() -> None:
    body = (
        "The new ambassador of Peru presented his credentials to President Ruto on Tuesday. "
        "He said trade between Kenya, Uganda and Tanzania was growing."
    )
    assert credentials_of(body) == {("PER", "KEN")}


def appointments_of(body: str) -> set[tuple[str, str]]:
    return {
        (e.source, e.target)
        for e in detente.extract(body, published="2024-03-13")
        if e.type == "APPOINT_AMBASSADOR"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chile's president named Maria Lopez as ambassador to Kenya and John Smith as "
            "ambassador to Peru.",
            {("CHL", "KEN"), ("CHL", "PER")},
        ),
        (
            "Ghana on Monday appointed Kofi Asante as envoy to Spain, Ama Boateng as "
            "ambassador to Brazil and Yaw Darko as high commissioner to India.",
            {("GHA", "ESP"), ("GHA", "BRA"), ("GHA", "IND")},
        ),
        (
            "Spain appointed Luis Vega, formerly ambassador to Chile, as its ambassador to Peru.",
            {("ESP", "PER")},
        ),
        (
            "Mr Ahmed, who previously served as ambassador to Qatar, has been named Egypt's "
            "new envoy to Washington.",
            {("EGY", "USA")},
        ),
        (
            "Kenya named Ruth Wanjiru, who had worked as deputy ambassador in Berlin, as its "
            "high commissioner to Ghana.",
            {("KEN", "GHA")},
        ),
    ],
)
def test_every_post_of_an_appointment(body: str, expected: set[tuple[str, str]]) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On Tuesday the Canadian government nominated four new ambassadors. "
            "They are Anne Roy to the Republic of Chile; Paul Smith for Malawi; "
            "and finally, Lea Martin to the Kingdom of Thailand.",
            {("CAN", "CHL"), ("CAN", "MWI"), ("CAN", "THA")},
        ),
        (
            "The White House nominated Jane Roe as ambassador to the Republic of Mali; "
            "Tom Poe to the Republic of Estonia; and Ann Lee to Mongolia.",
            {("USA", "MLI"), ("USA", "EST"), ("USA", "MNG")},
        ),
        (
            "Australia named three heads of mission on Friday: Ben Ho for Fiji, "
            "Amy Ng to Vanuatu and Sam Ali to Samoa.",
            {("AUS", "FJI"), ("AUS", "VUT"), ("AUS", "WSM")},
        ),
    ],
)
def test_a_slate_of_nominees_names_every_post(body: str, expected: set[tuple[str, str]]) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norway has agreed to the nomination of Ana Ruiz as Chile's ambassador to Norway.",
            {("CHL", "NOR")},
        ),
        (
            "Bangladesh has approved Imran Kazi as the new Pakistani High Commissioner "
            "to Bangladesh.",
            {("PAK", "BGD")},
        ),
        (
            "The Kenyan government accepted the nomination of Hans Berg as Sweden's "
            "envoy to Nairobi on Monday.",
            {("SWE", "KEN")},
        ),
    ],
)
def test_agrement_granted_is_an_appointment(body: str, expected: set[tuple[str, str]]) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bangladesh did not approve the nomination of Sara Ali as Pakistan's High "
            "Commissioner.",
            {("REVOKE_AGREMENT", "BGD", "PAK")},
        ),
        (
            "Norway refused to accept the nomination of Ana Ruiz as Chile's ambassador.",
            {("REVOKE_AGREMENT", "NOR", "CHL")},
        ),
        (
            "Kenya has still not approved Tom Berg as Sweden's new envoy to Nairobi.",
            {("REVOKE_AGREMENT", "KEN", "SWE")},
        ),
    ],
)
def test_consent_withheld_is_agrement_refused(body: str, expected: set) -> None:
    found = {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-03-13")}
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A new ambassador will also be appointed to Turkey's embassy in Gabon.",
            {("TUR", "GAB")},
        ),
        (
            "Canada has appointed a new envoy to the Canadian embassy in Lima.",
            {("CAN", "PER")},
        ),
        (
            "Ghana named a career diplomat as ambassador to its embassy in Rome on Monday.",
            {("GHA", "ITA")},
        ),
    ],
)
def test_a_post_at_a_mission_goes_from_its_owner_to_its_host(body: str, expected: set) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # under the ceremony's own colon
            "President Ramaphosa received letters of credence from the following heads of "
            "mission at the Union Buildings on Tuesday:\n\n- Ambassador Ana Ruiz, Peru\n"
            "- High Commissioner Tom Berg, Canada\n- Ambassador Ali Musa, Chad",
            {("PER", "ZAF"), ("CAN", "ZAF"), ("TCD", "ZAF")},
        ),
        (  # under a line of its own
            "Three new ambassadors presented their credentials to King Felipe VI on Tuesday. "
            "They were:\n\nAna Ruiz (Peru)\nTom Berg (Norway)\nAli Musa (Chad)",
            {("PER", "ESP"), ("NOR", "ESP"), ("TCD", "ESP")},
        ),
        (
            "President Ruto received the credentials of four envoys on Tuesday. They are:\n"
            "1. Ana Ruiz – Peru\n2. Tom Berg – Norway\n3. Li Wei – Singapore",
            {("PER", "KEN"), ("NOR", "KEN"), ("SGP", "KEN")},
        ),
    ],
)
def test_a_roster_one_envoy_a_line_under_a_colon(body: str, expected) -> None:
    assert credentials_of(body) == expected


def test_lines_after_a_ceremony_with_no_colon_are_no_roster() -> None:
    body = (
        "Peru's new ambassador presented her credentials to President Ruto on Tuesday.\n\n"
        "Related:\nKenya hosts trade fair\nChad floods"
    )
    assert credentials_of(body) == {("PER", "KEN")}
