"""Credentials ceremonies with several envoys: who sends, who receives.

Sentences written for these tests.  A case gives the exact (type, source, target)
set an article must yield, or (``MEMORY``) dyads it must hold.
"""

from __future__ import annotations

import pytest

import detente


def dyads_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


def _each(sources: str, target: str) -> set[tuple[str, str, str]]:
    return {("PRESENT_CREDENTIALS", source, target) for source in sources.split()}


# Lists of senders, the host named before or after them, in the same sentence.
LISTS = [
    (
        "President Ruto of Kenya received the credentials of the ambassadors of Chile, "
        "Peru and Ghana at State House on Monday.",
        _each("CHL PER GHA", "KEN"),
    ),
    (
        "The envoys from Norway, Kenya and Japan presented their letters of credence to "
        "King Felipe of Spain on Tuesday.",
        _each("NOR KEN JPN", "ESP"),
    ),
    (
        "Ambassadors from Peru, Norway, Chad and Japan presented their credentials to "
        "Kenyan President William Ruto on Monday.",
        _each("PER NOR TCD JPN", "KEN"),
    ),
    (
        "Kenya's President William Ruto received letters of credence from "
        "ambassadors-designate from Chile, Peru and Norway.",
        _each("CHL PER NOR", "KEN"),
    ),
    (
        "King Felipe of Spain received the letters of credence of the new ambassadors "
        "from Ghana and Peru on Wednesday.",
        _each("GHA PER", "ESP"),
    ),
    (
        "The new ambassador from Norway presented copies of his credentials to the Kenyan "
        "Foreign Minister on Monday.",
        _each("NOR", "KEN"),
    ),
    (
        "Ambassadors from six countries presented their credentials to President Tinubu "
        "of Nigeria on Friday: Ana Ruiz (Peru), Tom Berg (Norway) and Ali Musa (Chad).",
        _each("PER NOR TCD", "NGA"),
    ),
    (
        "Ambassadors from Japan and Chile presented copies of their credentials to "
        "Foreign Minister Yusuf Tuggar of Nigeria in Abuja on Monday.",
        _each("JPN CHL", "NGA"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), LISTS)
def test_senders_and_host_of_a_list(body: str, expected: set) -> None:
    assert dyads_of(body) == expected


# The host left implicit, after an earlier ceremony of one sender in another capital:
# that earlier host is itself among the senders now, so it cannot host them.
MEMORY = [
    (
        "Peru's ambassador presented his letters of credence to the Chilean president in "
        "January. A credentials ceremony was held at the Royal Palace of Spain on "
        "Thursday. The envoys of Peru and Chile handed their credentials to the monarch.",
        _each("PER", "CHL") | _each("PER CHL", "ESP"),
    ),
    (
        "Chile's new ambassador presented his credentials to the Peruvian president in "
        "Lima in March. Spain's King Felipe held a ceremony on Monday. The ambassadors "
        "from Chile and Peru presented their credentials to the King.",
        _each("CHL", "PER") | _each("CHL PER", "ESP"),
    ),
    (
        "Chile's ambassador to Peru presented copies of his credentials to the Peruvian "
        "foreign minister last month. King Felipe of Spain welcomed new envoys on Monday. "
        "The ambassador from Chile presented his credentials at the ceremony, alongside "
        "the ambassadors of Peru and Ghana.",
        _each("CHL PER GHA", "ESP"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), MEMORY)
def test_earlier_host_of_one_sender_is_not_the_host_of_its_co_senders(
    body: str, expected: set
) -> None:
    assert expected <= dyads_of(body)


# "Chile's ambassador Ana Ruiz and Peru's ambassador Tom Berg": the parser hangs the
# second envoy on the first one's name, in apposition to the first envoy.
NAMED_ENVOYS = [
    (
        "The Emir of Qatar received the credentials of Chile's ambassador Ana Ruiz and "
        "Peru's ambassador Tom Berg on Sunday.",
        _each("CHL PER", "QAT"),
    ),
    (
        "Japan's foreign minister received copies of the credentials of Norway's new "
        "ambassador Lars Holm and Chile's new ambassador Ana Ruiz on Friday.",
        _each("NOR CHL", "JPN"),
    ),
    (
        "The Governor-General of Australia accepted the credentials of Kenya's high "
        "commissioner Ana Wanjiru and Ghana's ambassador Kofi Boateng on Thursday.",
        _each("KEN GHA", "AUS"),
    ),
    (
        "Emperor Naruhito of Japan received the credentials of Brazil's ambassador Joao "
        "Silva and Mexico's ambassador Luis Ortega on Wednesday.",
        _each("BRA MEX", "JPN"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), NAMED_ENVOYS)
def test_each_named_envoy_of_a_list_sends(body: str, expected: set) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Credentials\n\nHANOI — The Ambassador of the Republic of Korea, Lee Min-ho, "
            "presented a copy of his credentials to Deputy Foreign Minister Do Hung Viet.",
            ("PRESENT_CREDENTIALS", "KOR", "VNM"),
        ),
        (
            "New envoy\n\nNAIROBI, May 7 (Reuters) - Peru's ambassador Ana Ruiz presented "
            "her letters of credence at State House on Tuesday.",
            ("PRESENT_CREDENTIALS", "PER", "KEN"),
        ),
        (
            "Ceremony\n\nACCRA — The new Spanish envoy handed over his credentials to the "
            "head of state at Jubilee House.",
            ("PRESENT_CREDENTIALS", "ESP", "GHA"),
        ),
    ],
)
def test_credentials_with_no_host_named_are_presented_where_the_news_is_filed(
    body, expected
) -> None:
    assert expected in dyads_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "President William Ruto received letters of credence from Ana Ruiz at State "
            "House on Tuesday. Ana Ruiz is Peru's first resident ambassador to Kenya.",
            ("PRESENT_CREDENTIALS", "PER", "KEN"),
        ),
        (
            "Chile's new ambassador, Jorge Soto, arrived last week. On Monday President "
            "Ruto received the credentials from Soto at State House in Kenya.",
            ("PRESENT_CREDENTIALS", "CHL", "KEN"),
        ),
        (
            "King Abdullah of Jordan accepted credentials from Lars Berg on Sunday. Lars "
            "Berg was Sweden's top envoy in Cairo until March.",
            ("PRESENT_CREDENTIALS", "SWE", "JOR"),
        ),
    ],
)
def test_credentials_received_from_a_named_envoy_come_from_his_state(body, expected) -> None:
    assert expected in dyads_of(body)
