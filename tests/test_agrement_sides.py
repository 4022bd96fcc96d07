"""Which side is which when a host consents to, or takes back its consent to, another
state's envoy: the host never consents to its own envoy, and the state whose envoy it
is never is the host.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


@pytest.mark.parametrize(
    ("body", "host", "sender"),
    [
        ("Moscow revoked its consent to the appointment of the Estonian ambassador.", "RUS", "EST"),
        (
            "The Nicaraguan government withdrew its approval to the nomination of the "
            "American ambassador, Hugo Diaz.",
            "NIC",
            "USA",
        ),
        (
            "Minsk cancelled its agrément to the appointment of the Lithuanian envoy on Friday.",
            "BLR",
            "LTU",
        ),
        (
            "Hungary revoked its consent to the nomination of the Dutch ambassador-designate.",
            "HUN",
            "NLD",
        ),
    ],
)
def test_consent_taken_back_to_an_appointment_is_the_hosts(
    body: str, host: str, sender: str
) -> None:
    found = {e for e in events_of(body) if e[0] == "REVOKE_AGREMENT"}
    assert found == {("REVOKE_AGREMENT", host, sender)}


@pytest.mark.parametrize(
    ("body", "sender", "host"),
    [
        (
            "Senegal has been granted agrément by France for its ambassador-designate, "
            "Moussa Diop.",
            "SEN",
            "FRA",
        ),
        ("Kenya was given agrément by Japan for its new envoy, Mr. Peter Otieno.", "KEN", "JPN"),
        (
            "The White House has approved Beijing's choice of Li Ming as its new ambassador "
            "to the United States.",
            "CHN",
            "USA",
        ),
        (
            "Canberra has approved Jakarta's choice of Budi Santoso as its next ambassador to "
            "Australia.",
            "IDN",
            "AUS",
        ),
    ],
)
def test_a_host_consents_to_another_states_envoy(body: str, sender: str, host: str) -> None:
    assert events_of(body) == {("APPOINT_AMBASSADOR", sender, host)}


@pytest.mark.parametrize(
    ("body", "sender", "host"),
    [
        (
            "The cabinet approved the nomination of Dr. Samuel Mensah as Ghana's next "
            "ambassador to Germany.",
            "GHA",
            "DEU",
        ),
        ("The Senate approved Jane Roe as the US ambassador to Brazil.", "USA", "BRA"),
        (
            "Washington has granted agrément to Moscow's nominee, Sergei Petrov, as Russia's "
            "next ambassador to the United States.",
            "RUS",
            "USA",
        ),
    ],
)
def test_the_sender_approving_its_own_nominee_stays_the_sender(
    body: str, sender: str, host: str
) -> None:
    assert events_of(body) == {("APPOINT_AMBASSADOR", sender, host)}


@pytest.mark.parametrize(
    ("body", "host", "sender"),
    [
        (
            "Algeria has refused to accept the credentials of the new French ambassador, "
            "diplomatic sources said.",
            "DZA",
            "FRA",
        ),
        (
            "The Colombian president refused to receive the credentials of the Israeli "
            "ambassador on Tuesday.",
            "COL",
            "ISR",
        ),
        (
            "Mali's junta declined to accept the letters of credence of the Swedish envoy.",
            "MLI",
            "SWE",
        ),
        (
            "Brazil prevented Indonesia's new ambassador from presenting his credentials to "
            "President Rousseff.",
            "BRA",
            "IDN",
        ),
    ],
)
def test_credentials_a_host_will_not_take_withhold_its_consent(
    body: str, host: str, sender: str
) -> None:
    assert events_of(body) == {("REVOKE_AGREMENT", host, sender)}


@pytest.mark.parametrize(
    "body",
    [
        "The French ambassador refused to present his credentials to Alexander Lukashenko.",
        "The Belarusian ambassador declined to hand over his credentials to the Lithuanian "
        "foreign minister.",
        "The envoy of Chile refused to submit a copy of his credentials to the Peruvian "
        "foreign ministry.",
    ],
)
def test_an_envoy_refusing_to_present_is_no_event(body: str) -> None:
    assert not {e for e in events_of(body) if e[0] != "PRESENT_CREDENTIALS"}
    assert all(e.modality == "negated" for e in detente.extract(body, published="2024-05-08"))
