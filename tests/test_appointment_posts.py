"""Appointments told by forms beyond 'appointed X ambassador to Y': a slate with
examples, a post given by 'for', a move into a post given by 'as', agrément the
sending state receives; and envoys received at a credentials ceremony.

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
            "Vietnam's President approved the appointment of 40 ambassadors, including "
            "Nguyen Van Binh to France.",
            {("VNM", "FRA")},
        ),
        (
            "Kenya's President William Ruto appointed 20 new envoys, among them Jane "
            "Wanjiru to Ethiopia.",
            {("KEN", "ETH")},
        ),
        (
            "Nigeria's Senate confirmed the nominations of 15 ambassadors, including "
            "Ahmed Bello to Japan.",
            {("NGA", "JPN")},
        ),
        (
            "The Vietnamese president approved the posting of a dozen envoys, including "
            "Le Thi Hoa to Japan.",
            {("VNM", "JPN")},
        ),
    ],
)
def test_a_slate_with_examples_names_their_posts(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Biden picks Caroline Kennedy for envoy to Australia", {("USA", "AUS")}),
        (
            "US President Joe Biden picked Caroline Kennedy for the post of ambassador "
            "to Australia.",
            {("USA", "AUS")},
        ),
        ("Kenya nominated Ruth Kamau for ambassador to Japan.", {("KEN", "JPN")}),
        # a 'for' phrase that gives no post
        ("Canada recalled its ambassador to Moscow for consultations.", set()),
    ],
)
def test_a_post_given_by_for(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "South Africa announced that Ebrahim Rasool would return to Washington as ambassador.",
            {("ZAF", "USA")},
        ),
        ("Maria Lopez takes over as Spain's ambassador to Morocco next month.", {("ESP", "MAR")}),
        (
            "Bangladesh has decided to send Mohammad Hossain as its new high commissioner "
            "to Sri Lanka.",
            {("BGD", "LKA")},
        ),
        (
            "Veteran diplomat Li Hua will move to Tokyo as China's ambassador, the ministry said.",
            {("CHN", "JPN")},
        ),
        (
            "Former foreign minister Ahmed Ali took over as Pakistan's high commissioner "
            "in London on Monday.",
            {("PAK", "GBR")},
        ),
        # going or sending with no post given
        ("India sent its ambassador to Moscow to deliver a protest note.", set()),
        ("Mexico sent its ambassador back to Lima after months of tension.", set()),
        ("The ambassador returned to Paris on Monday after talks.", set()),
    ],
)
def test_a_move_into_a_post_given_by_as(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Israel received agrément for its new ambassador to Egypt, Amira Oron.",
            {("ISR", "EGY")},
        ),
        (
            "Israel obtained Egypt's agrément for its new ambassador, Amira Oron.",
            {("ISR", "EGY")},
        ),
        (
            "Chile has received the agrément of the Norwegian government for Jaime Soto as "
            "its ambassador.",
            {("CHL", "NOR")},
        ),
        (
            "India has secured agrément from Canada for its new high commissioner, Dinesh Patnaik.",
            {("IND", "CAN")},
        ),
    ],
)
def test_agrement_received_by_the_sending_state(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "At a credentials ceremony at the Kremlin, Russian President Vladimir Putin "
            "received the new ambassadors of India, Brazil and Egypt.",
            {("IND", "RUS"), ("BRA", "RUS"), ("EGY", "RUS")},
        ),
        (
            "President Ramaphosa received the new envoys of Chile, Peru and Ghana at a "
            "credentials ceremony in Pretoria on Tuesday.",
            {("CHL", "ZAF"), ("PER", "ZAF"), ("GHA", "ZAF")},
        ),
        (
            "President Tokayev received the new ambassadors of Uzbekistan and Spain in an "
            "official credentials ceremony at the Akorda on Monday.",
            {("UZB", "KAZ"), ("ESP", "KAZ")},
        ),
        # received, but at no ceremony
        ("Putin received the ambassador of China to discuss trade.", set()),
        (
            "Kenya's President William Ruto received the ambassadors of Chad and Peru, "
            "days before the credentials ceremony.",
            set(),
        ),
    ],
)
def test_envoys_received_at_a_credentials_ceremony(body: str, expected: set) -> None:
    assert dyads_of(body, "PRESENT_CREDENTIALS") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # posts whose 'to' the parser reads as a dative
        (
            "Zelensky signed decrees appointing new ambassadors to Japan, Portugal and Morocco.",
            {("UKR", "JPN"), ("UKR", "PRT"), ("UKR", "MAR")},
        ),
        # a first envoy, a new one sent
        ("Ireland named its first resident ambassador to Senegal.", {("IRL", "SEN")}),
        (
            "The Philippines will send a new ambassador to Beijing, President Marcos said.",
            {("PHL", "CHN")},
        ),
        ("Kenya will send its first ambassador to Haiti next month.", {("KEN", "HTI")}),
        # the first envoy to do something is no appointment; nor an envoy sent on a task
        ("The report named the first ambassador to visit the camp.", set()),
        ("Russia dispatched a special envoy to Damascus for talks.", set()),
    ],
)
def test_new_and_first_envoys_posted(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Nepal's cabinet recommended Shanker Sharma as ambassador to India.", {("NPL", "IND")}),
        (
            "The Foreign Ministry proposed veteran diplomat Ana Ruiz as Peru's next ambassador "
            "to Chile.",
            {("PER", "CHL")},
        ),
        (
            "Seoul on Monday unveiled its new envoys to the United States, China and Japan.",
            {("KOR", "USA"), ("KOR", "CHN"), ("KOR", "JPN")},
        ),
        # telling of an envoy in post appoints nobody
        ("The embassy announced the ambassador's departure from Kenya.", set()),
        ("The committee recommended that the ambassador be recalled from Moscow.", set()),
        ("The French ambassador to Mali announced a new aid package.", set()),
    ],
)
def test_envoys_announced_recommended_or_proposed(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a nominal appointment that gives its post, whatever governs it
        (
            "Critics questioned the appointment of Ruth Kamau as Kenya's ambassador to Japan.",
            {("KEN", "JPN")},
        ),
        (
            "Kamau's appointment as Kenya's ambassador to Japan was confirmed by parliament "
            "on Tuesday.",
            {("KEN", "JPN")},
        ),
        (
            "Lawmakers debated Peru's nomination of Ana Ruiz as ambassador to Chile for "
            "three hours.",
            {("PER", "CHL")},
        ),
        # envoys of two states posted to each other
        (
            "Russia and the United States agreed on the prompt appointment of Russian and "
            "U.S. ambassadors.",
            {("RUS", "USA"), ("USA", "RUS")},
        ),
        (
            "Ankara and Cairo confirmed the nomination of Turkish and Egyptian ambassadors.",
            {("TUR", "EGY"), ("EGY", "TUR")},
        ),
    ],
)
def test_nominal_appointments(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chilean President Gabriel Boric received the presentation of the new "
            "ambassadors of Egypt and Kenya.",
            {("EGY", "CHL"), ("KEN", "CHL")},
        ),
        (
            "Brazil's President Lula received the official presentation of the Ambassadors "
            "of Egypt, Ahmed Said; Mongolia, Bat Erdene; and Kenya, Ann Njeri.",
            {("EGY", "BRA"), ("MNG", "BRA"), ("KEN", "BRA")},
        ),
        (
            "Ghana's President Mahama accepted the presentation of the new Ambassadors of "
            "Nigeria and India on Monday.",
            {("NGA", "GHA"), ("IND", "GHA")},
        ),
        # the presentation of something else
        ("The presentation of the ambassador's report was delayed.", set()),
    ],
)
def test_a_host_receives_the_presentation_of_envoys(body: str, expected: set) -> None:
    assert dyads_of(body, "PRESENT_CREDENTIALS") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mali's president appointed Fatima Diallo as ambassador to Senegal, with "
            "concurrent accreditation to Gambia and Mauritania.",
            {("MLI", "SEN"), ("MLI", "GMB"), ("MLI", "MRT")},
        ),
        (
            "Kenya named Paul Otieno high commissioner to India, also accredited to Sri "
            "Lanka and the Maldives.",
            {("KEN", "IND"), ("KEN", "LKA"), ("KEN", "MDV")},
        ),
        (
            "Japan appointed Kenji Sato as ambassador to Ethiopia, concurrently accredited "
            "to Djibouti.",
            {("JPN", "ETH"), ("JPN", "DJI")},
        ),
        # the appointing state of the appointments told before, not a state of the posts
        (
            "Kenya on Tuesday appointed Jane Doe as ambassador to Ethiopia, a post that "
            "Djibouti's envoy held before.\n\nThe president also named Paul Otieno as high "
            "commissioner to India, with concurrent accreditation to Sri Lanka.",
            {("KEN", "ETH"), ("KEN", "IND"), ("KEN", "LKA")},
        ),
    ],
)
def test_concurrent_accreditation_posts_the_envoy_there_too(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # high commissioners between Commonwealth states present letters of commission
        (
            "Kenya's High Commissioner to Nigeria, Mr. John Kamau, has presented his "
            "Letters of Commission to President Tinubu.",
            {("KEN", "NGA")},
        ),
        (
            "Canada's new High Commissioner to India presented her Letter of Commission to "
            "President Murmu on Monday.",
            {("CAN", "IND")},
        ),
        # the Pope's envoy is the Holy See's
        (
            "The Apostolic Nuncio presented his credentials to South African President Ramaphosa.",
            {("VAT", "ZAF")},
        ),
        (
            "The new Papal Nuncio to Kenya, Archbishop Bert van Megen, presented his letters "
            "of credence to President Ruto.",
            {("VAT", "KEN")},
        ),
        # a letter, or a commission, of another kind
        ("Germany presented a letter to the EU commission on Russia sanctions.", set()),
    ],
)
def test_letters_of_commission_and_nuncios(body: str, expected: set) -> None:
    assert dyads_of(body, "PRESENT_CREDENTIALS") == expected


def test_an_apostolic_church_is_no_holy_see() -> None:
    events = detente.extract(
        "The Armenian Apostolic Church condemned the Azerbaijani expulsion of French diplomats.",
        published="2024-05-08",
    )
    assert all("VAT" not in (e.source, e.target) for e in events)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenya has nominated Moses Wetangula to be its ambassador to Uganda.", {("KEN", "UGA")}),
        (
            "President Ruto has nominated former senator Moses Wetangula to be Kenya's "
            "ambassador to Uganda.",
            {("KEN", "UGA")},
        ),
        ("Biden chose Caroline Kennedy to be the US ambassador to Australia.", {("USA", "AUS")}),
        (
            "The US Senate voted to confirm David Perdue to be ambassador to China.",
            {("USA", "CHN")},
        ),
        (
            "David Perdue's nomination to be US ambassador to China was sent to the Senate.",
            {("USA", "CHN")},
        ),
        # the copula of another verb gives no post
        ("Kenya asked its ambassador to be available for talks.", set()),
        ("It is unclear who will be Brazil's next ambassador to Chile.", set()),
    ],
)
def test_a_post_given_by_to_be(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the 'as' post is the new one; the envoy's own is the post he leaves
        (
            "Germany nominated its envoy to Ukraine, Martin Jaeger, as ambassador to Russia.",
            {("DEU", "RUS")},
        ),
        (
            "Kenya named its ambassador to France, Ruth Kamau, as high commissioner to India.",
            {("KEN", "IND")},
        ),
        # every host of the 'as' post; not a post given in a clause joined to it
        (
            "Michael Smith was nominated by the United States as ambassador to Madagascar "
            "and the Comoros.",
            {("USA", "MDG"), ("USA", "COM")},
        ),
        # a future copula with a new envoy
        (
            "The Kremlin confirmed that Moscow's new envoy to Washington would be Alexander "
            "Darchiev.",
            {("RUS", "USA")},
        ),
        ("Ruth Kamau will be Kenya's new ambassador to Japan.", {("KEN", "JPN")}),
        ("The new ambassador to Japan is a career diplomat.", set()),
        ("Kenya's new ambassador to Japan was Ruth Kamau's predecessor.", set()),
    ],
)
def test_the_post_given_is_the_new_one(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    "body",
    [
        "During a ceremony for the presentation of credentials, Jordan's King Abdullah "
        "received the ambassador of Japan.",
        "Jordan's King Abdullah received the ambassador of Japan at the presentation of his "
        "credentials on Monday.",
        "At the presentation of credentials, Jordan's King Abdullah welcomed the ambassador "
        "of Japan.",
    ],
)
def test_a_presentation_the_host_receives_is_the_envoys(body: str) -> None:
    assert dyads_of(body, "PRESENT_CREDENTIALS") == {("JPN", "JOR")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Government of the Republic of Indonesia has appointed H.E. Mr. Rudy Alfonso "
            "as the Ambassador Extraordinary and Plenipotentiary of the Republic of Indonesia "
            "to the Kingdom of Spain.",
            {("IDN", "ESP")},
        ),
        (
            "Kenya has appointed Amb. Ruth Kamau as its ambassador to Japan.",
            {("KEN", "JPN")},
        ),
        (
            "Ghana named Hon. Kwame Mensah as high commissioner to Nigeria.",
            {("GHA", "NGA")},
        ),
    ],
)
def test_honorifics_end_no_sentence(body: str, expected: set) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


def appointment_rows(body: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.source, e.target, e.date.value)
        for e in detente.extract(body, published="2024-05-08")
        if e.type == "APPOINT_AMBASSADOR"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Ghana's ambassador to Spain, Kwame Mensah, presented his letters of credence to "
        "King Felipe VI on Tuesday.\n\nMensah, who was appointed by President Akufo-Addo in "
        "January, previously served in Berlin.",
        "Ghana's ambassador to Spain, Kwame Mensah, presented his letters of credence to "
        "King Felipe VI on Tuesday.\n\nMensah was appointed in January.",
        "Ghana's ambassador to Spain, Kwame Mensah, presented his letters of credence to "
        "King Felipe VI on Tuesday.\n\nMensah, who was appointed by President Akufo-Addo in "
        "January, previously served in Berlin. Mensah was appointed in January.",
    ],
)
def test_an_envoy_named_before_takes_his_post(body: str) -> None:
    # one appointment, whoever appointed him: the appointer is no second nominee
    assert appointment_rows(body) == [("GHA", "ESP", "2024-01")]


@pytest.mark.parametrize(
    "body",
    [
        "Israel has not received agrément for its new ambassador to Egypt.",
        "Israel has not received agrément from Egypt for its new ambassador, Amira Oron.",
        "Israel has yet to receive agrément from Egypt for its new ambassador.",
    ],
)
def test_agrement_not_received_is_withheld_by_the_host(body: str) -> None:
    found = {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}
    assert found == {("REVOKE_AGREMENT", "EGY", "ISR")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Pakistan approved the following appointments: Ahmed Ali as Ambassador to Italy "
            "and Sara Khan as High Commissioner to Canada.",
            {("PAK", "ITA"), ("PAK", "CAN")},
        ),
        (
            "Ghana announced two appointments on Monday: Kofi Mensah as ambassador to Spain "
            "and Ama Owusu as ambassador to Egypt.",
            {("GHA", "ESP"), ("GHA", "EGY")},
        ),
        (
            "The Peruvian cabinet confirmed three diplomatic postings: Luis Vega as envoy to "
            "Chile, Rosa Diaz as envoy to Japan and Jorge Soto as envoy to Kenya.",
            {("PER", "CHL"), ("PER", "JPN"), ("PER", "KEN")},
        ),
    ],
)
def test_appointments_listed_after_a_colon_give_each_post(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "President Tinubu has approved the appointment of the following career diplomats "
            "as ambassadors:\n\n1. Adebayo Ola - France\n2. Musa Ibrahim - China\n"
            "3. Grace Okafor - Brazil\n\nThey will resume after clearance by the host countries.",
            {("NGA", "FRA"), ("NGA", "CHN"), ("NGA", "BRA")},
        ),
        (
            "Kenya's cabinet approved the nominations of new ambassadors.\n\n"
            "- Jane Wanjiru – Ethiopia\n- Paul Otieno – India\n- Mary Achieng – Germany\n",
            {("KEN", "ETH"), ("KEN", "IND"), ("KEN", "DEU")},
        ),
        (
            "Sri Lanka named six new ambassadors on Friday:\n\nRavi Perera - Japan\n"
            "Nimal Silva - Italy\n",
            {("LKA", "JPN"), ("LKA", "ITA")},
        ),
    ],
)
def test_a_list_of_nominees_one_a_line_with_a_dash_gives_each_post(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "President Widodo installed seven ambassadors on Tuesday, including Rina Sari as "
            "ambassador to Chile.",
            {("IDN", "CHL")},
        ),
        (
            "Indonesian President Joko Widodo inaugurated Rosan Roeslani as ambassador to the "
            "United States at the State Palace.",
            {("IDN", "USA")},
        ),
        (
            "Uganda's president inducted new envoys to Kenya and Tanzania.",
            {("UGA", "KEN"), ("UGA", "TZA")},
        ),
    ],
)
def test_envoys_installed_or_inaugurated_are_appointed(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected


def test_an_embassy_inaugurated_is_opened_not_an_appointment() -> None:
    body = "Indonesia inaugurated its new embassy in Dakar."
    assert dyads_of(body, "APPOINT_AMBASSADOR") == set()
    assert dyads_of(body, "OPEN_MISSION") == {("IDN", "SEN")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "President Ruto appointed Kenya's envoy to Uganda, Paul Otieno, high commissioner "
            "to India.",
            {("KEN", "IND")},
        ),
        (
            "Tokyo named its ambassador to Seoul, Kenji Sato, ambassador to the United States.",
            {("JPN", "USA")},
        ),
        (
            "The president has appointed Peru's current ambassador to Chile, Ana Torres, the "
            "new ambassador to Argentina.",
            {("PER", "ARG")},
        ),
        # near misses: the envoy in post is thanked, or given a post that is no envoy's
        ("The president thanked Kenya's envoy to Uganda, Paul Otieno, for his service.", set()),
        ("Ghana appointed its envoy to Togo, Kofi Mensah, as head of the new agency.", set()),
    ],
)
def test_an_envoy_in_post_given_a_second_title_is_appointed_to_it(body, expected) -> None:
    assert dyads_of(body, "APPOINT_AMBASSADOR") == expected
