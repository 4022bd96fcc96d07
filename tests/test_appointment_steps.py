"""Steps of an appointment told by forms beyond the appointing verb: an envoy who
arrives somewhere to take up his post, a host that gets a new envoy, a post given by a
'for' phrase on the appointee, a nominee for another state's post, approval withheld,
the new post an envoy in post is given; and credentials handed over in a relative
clause on the envoy's name.

Sentences written for these tests; 2024-05-08 is a Wednesday.
"""

from __future__ import annotations

import pytest

import detente


def dyads_of(body: str, event_type: str) -> set[tuple[str, str]]:
    return {
        (e.source, e.target)
        for e in detente.extract(body, published="2024-05-08")
        if e.type == event_type
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The new Turkish ambassador to Egypt, Salih Demir, arrived in Cairo on Monday "
            "to take up his duties.",
            {("TUR", "EGY")},
        ),
        (
            "Israel's new ambassador to Morocco flew to Rabat on Sunday to assume his post.",
            {("ISR", "MAR")},
        ),
        (
            "Mexico's ambassador-designate to Peru landed in Lima to take up her functions.",
            {("MEX", "PER")},
        ),
        ("The French ambassador travelled to Niger to take part in talks.", set()),
    ],
)
def test_an_envoy_who_arrives_to_take_up_his_post_was_appointed(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Biden taps former senator for ambassador to Japan", {("USA", "JPN")}),
        ("France picks career diplomat for envoy post in Algiers", {("FRA", "DZA")}),
        (
            "Kenya has chosen a veteran diplomat for the post of high commissioner to Uganda.",
            {("KEN", "UGA")},
        ),
        # a 'for' phrase that names no post
        ("India named its ambassador to Nepal for his role in the flood relief.", set()),
    ],
)
def test_a_post_given_by_for_on_the_appointee(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    "body",
    [
        "Chile named its ambassador to Japan, Rosa Diaz, for the post of deputy foreign minister.",
        "Ukraine approved the candidacy of Ambassador Ana Ruiz of Peru for the post of UN "
        "Secretary-General.",
        "Kenya picked its envoy to China, Paul Mwangi, for the position of chief of staff.",
    ],
)
def test_the_post_of_something_else_is_no_envoys(body) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenya gets new Chinese ambassador", {("CHN", "KEN")}),
        ("Ecuador to get first Korean ambassador in a decade", {("KOR", "ECU")}),
        (
            "Armenia will get a new French ambassador next month, the embassy said.",
            {("FRA", "ARM")},
        ),
        # an envoy who gets something is no envoy got
        ("The new ambassador gets a warm welcome in Nairobi.", set()),
        ("Kenya's president got a briefing from the new US ambassador.", set()),
    ],
)
def test_a_host_that_gets_a_new_envoy(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Vatican gets its first resident envoy from Vietnam.", {("VNM", "VAT")}),
        ("Malta gets a new envoy from Japan", {("JPN", "MLT")}),
        ("Brazil will get its first ambassador from Estonia next year.", {("EST", "BRA")}),
        # agrément got 'from' a state comes from the host, not the sender
        ("Kenya got agrément from Norway for its new ambassador.", {("KEN", "NOR")}),
        ("The minister got a letter from Spain about the new ambassador.", set()),
    ],
)
def test_a_host_gets_its_envoy_from_the_sending_state(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Maria Lopez will represent Canada as ambassador in Peru.", {("CAN", "PER", "planned")}),
        (
            "Ana Ruiz, a career diplomat, will represent Chile as its ambassador to Sweden, "
            "the ministry said.",
            {("CHL", "SWE", "planned")},
        ),
        (
            "Tan Wei would represent Singapore as high commissioner to Fiji.",
            {("SGP", "FJI", "planned")},
        ),
        # a career, and a state represented elsewhere than at a post
        ("Ana Ruiz represented Chile as ambassador to Sweden from 2001 to 2005.", set()),
        ("Ana Ruiz will represent Chile at the summit in Sweden.", set()),
    ],
)
def test_who_will_represent_a_state_as_its_envoy_is_appointed(body, expected) -> None:
    found = {
        (e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
        if e.type == "APPOINT_AMBASSADOR"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Israel has withheld its approval of the Irish nominee for ambassador.", {("ISR", "IRL")}),
        ("Baku withheld agrément for the ambassador nominated by Paris.", {("AZE", "FRA")}),
        (
            "The Kenyan government is withholding consent for the appointment of Somalia's "
            "new envoy.",
            {("KEN", "SOM")},
        ),
    ],
)
def test_approval_withheld_is_agrement_refused(body, expected) -> None:
    assert dyads_of(body, "REVOKE_AGREMENT") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Ecuadorean government rejected the nominee for Colombian ambassador, Pedro Silva.",
            {("COL", "ECU")},
        ),
        ("Tokyo turned down the pick for American ambassador, Rahm Evans.", {("USA", "JPN")}),
        (
            "Ghana's parliament questioned the nominee for Nigerian high commissioner on Monday.",
            {("NGA", "GHA")},
        ),
    ],
)
def test_a_nominee_for_a_states_post_is_that_states(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Iraqi Foreign Minister Fuad Hussein received Iran's new ambassador, Mohammad "
            "Karimi, who handed him a copy of his credentials.",
            {("IRN", "IRQ")},
        ),
        (
            "Qatar's Minister of State received the new ambassador of Peru, Luis Vargas, who "
            "presented a copy of his credentials.",
            {("PER", "QAT")},
        ),
        (
            "President Tokayev met Austria's ambassador, Anna Huber, who presented her "
            "letters of credence on Tuesday.",
            {("AUT", "KAZ")},
        ),
    ],
)
def test_credentials_handed_over_in_a_relative_clause_on_the_envoys_name(body, expected) -> None:
    assert dyads_of(body, "PRESENT_CREDENTIALS") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chile's ambassador to Peru, Rosa Diaz, was named ambassador to Brazil on Monday.",
            {("CHL", "BRA")},
        ),
        (
            "Kenya's former ambassador to Somalia, who was recalled last year, has been "
            "named envoy to Ethiopia.",
            {("KEN", "ETH")},
        ),
        (
            "Ghana's high commissioner to Nigeria, Kofi Mensah, has been appointed "
            "ambassador to France.",
            {("GHA", "FRA")},
        ),
        ("Norway's envoy to Sudan was appointed ambassador to Egypt last week.", {("NOR", "EGY")}),
    ],
)
def test_the_post_the_verb_gives_is_the_new_one_not_the_appointees_old_one(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a host that blocks or rejects a nominee's appointment withholds agrément
        ("Hungary blocked the appointment of the Dutch ambassador.", {("HUN", "NLD")}),
        ("Hungary has blocked the appointment of a new Dutch envoy for months.", {("HUN", "NLD")}),
        ("Israel rejected the nomination of the Brazilian ambassador.", {("ISR", "BRA")}),
        # an organisation's envoy has no agrément to withhold
        ("Iran blocked the appointment of a UN envoy for Syria.", set()),
    ],
)
def test_a_blocked_appointment_withholds_agrement(body, expected) -> None:
    assert dyads_of(body, "REVOKE_AGREMENT") == expected
