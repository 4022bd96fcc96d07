"""Appointments of ambassadors: the forms governments and the press use, and the
senses of 'named', 'confirmed' or 'became' that appoint nobody.

Sentences written for these tests; 2024-05-08 is a Wednesday.
"""

from __future__ import annotations

import pytest

import detente


def appointments_of(body: str) -> set[tuple[str, str]]:
    return {
        (e.source, e.target)
        for e in detente.extract(body, published="2024-05-08")
        if e.type == "APPOINT_AMBASSADOR"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # sworn in
        ("Michael Grant was sworn in as US ambassador to Kenya on Monday.", {("USA", "KEN")}),
        (
            "Laura Chen was sworn in on Tuesday as the United States ambassador to Vietnam.",
            {("USA", "VNM")},
        ),
        (
            "Vice President Harris swore in Tom Reed as the new U.S. ambassador to Ghana "
            "at the State Department on Friday.",
            {("USA", "GHA")},
        ),
        # taking up a post
        (
            "Ana Ruiz will take up her post as Chile's ambassador to Argentina next month.",
            {("CHL", "ARG")},
        ),
        (
            "Mr Okoro assumed office as Nigeria's high commissioner to Ghana on Monday.",
            {("NGA", "GHA")},
        ),
        # an envoy taking up his duties, one who will serve
        (
            "Kenya's new ambassador to Japan, Ruth Kamau, has assumed her duties in Tokyo.",
            {("KEN", "JPN")},
        ),
        (
            "Australia's new High Commissioner to India, Philip Green, has formally taken "
            "up his duties in New Delhi.",
            {("AUS", "IND")},
        ),
        (
            "Ana Ruiz will serve as Chile's ambassador to Argentina, the foreign ministry said.",
            {("CHL", "ARG")},
        ),
        (
            "The Netherlands nominated Pieter de Vries to serve as its ambassador in Jakarta.",
            {("NLD", "IDN")},
        ),
        # heading a mission is the post; a host named by its court
        (
            "Lithuania appointed Egidijus Meilunas to head its embassy in Kyiv.",
            {("LTU", "UKR")},
        ),
        ("Paulo Lima was appointed to head Brazil's embassy in Argentina.", {("BRA", "ARG")}),
        (
            "Brazil chose career diplomat Paulo Lima to head its embassy in Buenos Aires.",
            {("BRA", "ARG")},
        ),
        (
            "Ghana has appointed Kofi Mensah as High Commissioner to the Court of St James's.",
            {("GHA", "GBR")},
        ),
        # an '-designate' post, which the tokenizer splits
        (
            "Ghana has named Kwame Mensah as its high commissioner-designate to Nigeria.",
            {("GHA", "NGA")},
        ),
        (
            "Peru has appointed Rosa Diaz as ambassador-designate to Japan, the ministry said.",
            {("PER", "JPN")},
        ),
        # 'named X ambassador', parsed as two objects
        ("France named Claire Dubois ambassador to Mexico on Tuesday.", {("FRA", "MEX")}),
        # bare plural envoys with their posts
        (
            "Nigeria's president also named envoys to Britain, France and China.",
            {("NGA", "GBR"), ("NGA", "FRA"), ("NGA", "CHN")},
        ),
        ("Kenya named a new ambassador to Ethiopia on Monday.", {("KEN", "ETH")}),
        # posted, replacing or succeeding someone as envoy
        (
            "Syed Ali was posted as Pakistan's high commissioner to Sri Lanka last year.",
            {("PAK", "LKA")},
        ),
        ("Ana Ruiz replaces Tom Berg as Chile's ambassador to Peru.", {("CHL", "PER")}),
        (
            "Maria Costa succeeded Joao Silva as Portugal's ambassador to Brazil in September.",
            {("PRT", "BRA")},
        ),
    ],
)
def test_appointment_forms(body: str, expected: set[tuple[str, str]]) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # 'named' / 'confirmed' citing an envoy in post
        "The report named the Russian ambassador to Sweden as one of the organisers.",
        "The Indian high commissioner to Canada was named in a lawsuit filed on Tuesday.",
        "Officials confirmed the Iranian ambassador in Baghdad was safe after the attack.",
        "Prosecutors named the Belarusian envoy in their indictment on Friday.",
        # a post that is no envoy's
        "Kenya's ambassador to Ethiopia, Jane Mwangi, was named chair of the budget committee.",
        "Former French ambassador to Mexico Claire Dubois was appointed head of the "
        "national library on Tuesday.",
        "The president appointed the Brazilian ambassador to Chile as his new foreign minister.",
        # a career told, a stance taken, a mission led that is no post
        "The president appointed Ana Ruiz to head the health ministry on Monday.",
        "Kenya named Tom Otieno to lead its delegation to the climate talks.",
        "Ms Grant, who has served as Britain's ambassador to Peru since 2021, spoke on Monday.",
        "He served as France's ambassador to Japan from 2015 to 2019.",
        "The US ambassador to Israel took the position that talks should continue.",
        # a description, not a post
        "The US ambassador to Israel became the first envoy to visit the site on Monday.",
        "Japan's ambassador to Peru became the first foreign diplomat to meet the new cabinet.",
        # a predecessor replaced, with no post given
        "Kenya will replace its ambassador to Somalia, the ministry said.",
        "Diplomats posted to Kabul were evacuated on Monday.",
        # a nominee for no envoy's post; an envoy in transition is no appointment
        "Biden's nominee for attorney general testified on Tuesday.",
        "The US ambassador-designate to Kenya, Meg Whitman, presented copies of her "
        "credentials on Monday.",
        # envoys tied to no receiving state
        "Kenya and Peru signed a trade deal on Monday. "
        "President Ruto also appointed 20 new ambassadors on Tuesday.",
        "Germany and Poland held talks on Monday. Berlin named 12 ambassadors on Tuesday.",
    ],
)
def test_no_appointment(body: str) -> None:
    assert appointments_of(body) == set()


def dates_of(body: str) -> set[str | None]:
    return {
        e.date.value
        for e in detente.extract(body, published="2024-05-08")
        if e.type == "APPOINT_AMBASSADOR"
    }


@pytest.mark.parametrize(
    "body",
    [
        "The newly appointed Chinese ambassador to Nepal, Chen Song, met Prime Minister "
        "Dahal on Monday.",
        "Kenya's recently appointed envoy to Japan was received by the emperor on Friday.",
        "The new Peruvian ambassador to Chile, appointed by President Boluarte, arrived in "
        "Santiago on Tuesday.",
    ],
)
def test_a_participle_describing_the_subject_takes_not_its_verbs_day(body: str) -> None:
    assert dates_of(body) == {"2024-05"}


def events_of(body: str) -> set[tuple[str, str, str, str]]:
    return {
        (e.type, e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
        if e.type in ("APPOINT_AMBASSADOR", "REVOKE_AGREMENT")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Algeria has rejected the ambassador-designate named by France.",
            {
                ("REVOKE_AGREMENT", "DZA", "FRA", "asserted"),
                ("APPOINT_AMBASSADOR", "FRA", "DZA", "asserted"),
            },
        ),
        (
            "Rwanda refused to accept the ambassador nominated by Belgium in March.",
            {
                ("REVOKE_AGREMENT", "RWA", "BEL", "asserted"),
                ("APPOINT_AMBASSADOR", "BEL", "RWA", "asserted"),
            },
        ),
        (
            "Managua withdrew its approval of the envoy chosen by Washington.",
            {
                ("REVOKE_AGREMENT", "NIC", "USA", "asserted"),
                ("APPOINT_AMBASSADOR", "USA", "NIC", "asserted"),
            },
        ),
    ],
)
def test_a_nominee_refused_was_still_nominated(
    body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """The refusal negates no nomination: the participle describes the nominee."""
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # consent, approval or accreditation of an envoy or nominee
        ("By June, Caracas had revoked its consent for the Spanish ambassador.", {("VEN", "ESP")}),
        (
            "Belarus withdrew its approval of the nomination of the US envoy in August.",
            {("BLR", "USA")},
        ),
        ("Moscow withdrew its agrément for the Dutch ambassador-designate.", {("RUS", "NLD")}),
        # consent for a consulate to work, accreditation of staff or of the press
        (
            "Russia said it was withdrawing consent for the operation of Finland's consulate "
            "in Petrozavodsk.",
            set(),
        ),
        (
            "The alliance expelled six members of the Iranian delegation and withdrew "
            "accreditation for two more.",
            set(),
        ),
        ("Egypt revoked the press accreditation of a British reporter on Monday.", set()),
    ],
)
def test_consent_withdrawn_from_an_envoy(body: str, expected: set[tuple[str, str]]) -> None:
    found = {
        (e.source, e.target)
        for e in detente.extract(body, published="2024-05-08")
        if e.type == "REVOKE_AGREMENT"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Pakistan named Sara Ali as high commissioner in 2018, but the Bangladesh "
            "foreign ministry never approved her nomination.",
            {("APPOINT_AMBASSADOR", "PAK", "BGD"), ("REVOKE_AGREMENT", "BGD", "PAK")},
        ),
        (
            "Chile nominated Ana Ruiz as ambassador to Norway in May, but Oslo has not "
            "approved her appointment.",
            {("APPOINT_AMBASSADOR", "CHL", "NOR"), ("REVOKE_AGREMENT", "NOR", "CHL")},
        ),
        # whose nominee it was comes from the appointment the article told before
        (
            "Peru appointed Tom Berg as its ambassador to Bolivia in March. "
            "Until now the Bolivian government has not accepted his nomination.",
            {("APPOINT_AMBASSADOR", "PER", "BOL"), ("REVOKE_AGREMENT", "BOL", "PER")},
        ),
    ],
)
def test_the_host_that_withholds_consent_refuses(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {
        (e.type, e.source, e.target)
        for e in detente.extract(body, published="2024-05-08")
        if e.modality != "negated"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the receiving state only in another sentence, about something else: no guess
        (
            "Kenya and Somalia held talks on border security on Monday. Separately, "
            "President Ruto appointed Jane Mwangi as an ambassador.",
            set(),
        ),
        (
            "Japan protested to China over the islands on Monday. Tokyo also named a new "
            "ambassador, Kenji Sato, on Tuesday.",
            set(),
        ),
        (
            "Trade between India and Brazil grew last year. Vikram Singh was appointed "
            "ambassador by New Delhi on Tuesday.",
            set(),
        ),
        # the same appointment told again
        (
            "Germany appointed Anna Weber as its ambassador to Chile. Foreign Minister "
            "Baerbock formally assigned her to the post on Thursday.",
            {("DEU", "CHL")},
        ),
        # the host that accepts or refuses the nominee in the same sentence
        (
            "Norway has agreed to the nomination of Ana Ruiz as Chile's ambassador.",
            {("CHL", "NOR")},
        ),
        (
            "Rwanda refused to accept the ambassador nominated by Belgium in March.",
            {("BEL", "RWA")},
        ),
    ],
)
def test_an_appointment_is_tied_to_a_host_in_its_sentence(
    body: str, expected: set[tuple[str, str]]
) -> None:
    assert appointments_of(body) == expected


def appointment_events(body: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted(
        (e.source, e.target, e.persons)
        for e in detente.extract(body, published="2024-05-08")
        if e.type == "APPOINT_AMBASSADOR"
    )


@pytest.mark.parametrize(
    ("body", "count"),
    [
        # two nominees to one post: two appointments (GUIDELINES, settled cases)
        (
            "Chile nominated Ana Ruiz as ambassador to Norway in 2022. After a year without "
            "an answer from Oslo, Chile appointed Tom Berg as ambassador to Norway in May.",
            2,
        ),
        (
            "Laura Chen was first posted to Hanoi as ambassador of Canada in 2021. "
            "Canada has now appointed Mark Bell as its ambassador to Vietnam.",
            2,
        ),
        # one nominee told twice, once by his surname, once misspelt
        (
            "Kenya appointed Ruth Kamau as ambassador to Japan on Monday. Kamau was "
            "confirmed as ambassador to Japan by parliament on Tuesday.",
            1,
        ),
        (
            "Hugo Rodriguez was nominated as US ambassador to Nicaragua in May. Managua "
            "later said Hugo Rodrigues would not be welcome as ambassador to Nicaragua.",
            1,
        ),
    ],
)
def test_one_appointment_per_nominee(body: str, count: int) -> None:
    assert len(appointment_events(body)) == count


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the 'as' phrase hung on the appointee or on the verb above the trigger
        (
            "Islamabad has posted Ahmed Raza as Pakistan's new high commissioner in Dhaka.",
            {("PAK", "BGD")},
        ),
        (
            "The Emir issued a decree naming Sheikh Ahmed bin Khalid as Qatar's ambassador "
            "to Iran.",
            {("QAT", "IRN")},
        ),
        (
            "Sultan Haitham bin Tariq issued a royal decree on Monday appointing Salim "
            "al-Busaidi as Oman's ambassador to Germany.",
            {("OMN", "DEU")},
        ),
        # an appointee's name is no post ('named A to Malaysia')
        (
            "Indonesia named three new ambassadors on Tuesday: Budi Santoso to Malaysia, "
            "Sri Wahyuni to Egypt and Agus Salim to Chile.",
            {("IDN", "MYS"), ("IDN", "EGY"), ("IDN", "CHL")},
        ),
        (
            "Kenya's President appointed the following ambassadors: Ana Ruiz to Peru, "
            "Tom Berg to Norway and Ali Musa to Chad.",
            {("KEN", "PER"), ("KEN", "NOR"), ("KEN", "TCD")},
        ),
        # envoys named to each other
        (
            "Egypt and Turkey named ambassadors to each other's capitals on Tuesday.",
            {("EGY", "TUR"), ("TUR", "EGY")},
        ),
        (
            "Iran and Saudi Arabia have appointed ambassadors to each other for the first "
            "time since 2016.",
            {("IRN", "SAU"), ("SAU", "IRN")},
        ),
        # a nominal appointment whose posts the parser hung on the governing verb
        (
            "Poland's president signed the nominations of ambassadors to Ukraine and "
            "Lithuania on Tuesday.",
            {("POL", "UKR"), ("POL", "LTU")},
        ),
        # ambassadors to organisations are appointments too
        (
            "Spain named Laura Gil as its new permanent representative to the European Union.",
            {("ESP", "EU")},
        ),
        # a nominee or pick for a post was nominated
        (
            "Trump's pick for ambassador to Canada, Pete Hoekstra, was confirmed by the "
            "Senate on Tuesday.",
            {("USA", "CAN")},
        ),
        (
            "Pete Hoekstra, Trump's pick for ambassador to Canada, told senators on Tuesday "
            "that trade would be his priority.",
            {("USA", "CAN")},
        ),
        (
            "Biden's nominee for ambassador to Japan, Rahm Emanuel, testified on Wednesday.",
            {("USA", "JPN")},
        ),
        (
            "Rwanda said on Monday it had refused to accept Belgium's nominee for ambassador.",
            {("BEL", "RWA")},
        ),
        # a slate in the sentence after: posts in brackets, or given with 'as'
        (
            "Kenya's President William Ruto has appointed new ambassadors. They are Jane "
            "Wanjiru (Ethiopia), Paul Otieno (India) and Mary Akinyi (Brazil).",
            {("KEN", "ETH"), ("KEN", "IND"), ("KEN", "BRA")},
        ),
        (
            "Ghana has appointed new envoys. The appointees are: Kofi Boateng as ambassador "
            "to Togo; Ama Owusu as high commissioner to Nigeria; and Yaw Mensah as ambassador "
            "to Spain.",
            {("GHA", "TGO"), ("GHA", "NGA"), ("GHA", "ESP")},
        ),
        (
            "Peru named three ambassadors on Friday: Rosa Diaz (Japan), Luis Vega (Chile) "
            "and Ana Soto (Mexico).",
            {("PER", "JPN"), ("PER", "CHL"), ("PER", "MEX")},
        ),
        # the states a plural 'countries' stands for, given as examples
        (
            "Turkey appointed new ambassadors to 12 countries, including Germany, France "
            "and Japan.",
            {("TUR", "DEU"), ("TUR", "FRA"), ("TUR", "JPN")},
        ),
        (
            "India will name envoys to several African states, such as Chad and Niger, "
            "the ministry said.",
            {("IND", "TCD"), ("IND", "NER")},
        ),
        (
            "Mexico appointed ambassadors to five countries like Peru and Chile on Monday.",
            {("MEX", "PER"), ("MEX", "CHL")},
        ),
    ],
)
def test_posts_wherever_the_parse_puts_them(body: str, expected: set[tuple[str, str]]) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kenya's President William Ruto has appointed the following ambassadors:\n"
            "- Jane Wanjiru, Ambassador to Ethiopia\n"
            "- Paul Otieno, High Commissioner to India\n"
            "- Mary Akinyi, Ambassador to Brazil",
            {("KEN", "ETH"), ("KEN", "IND"), ("KEN", "BRA")},
        ),
        (
            "Ghana has named new heads of mission.\n"
            "Kofi Boateng: ambassador to Togo.\n"
            "Ama Owusu: high commissioner to Nigeria.",
            {("GHA", "TGO"), ("GHA", "NGA")},
        ),
        (
            "Peru appointed two ambassadors on Friday.\n"
            "* Rosa Diaz - to Japan\n"
            "* Luis Vega - to Chile\n"
            "The ministry did not say when they would travel to Lima's partners in Asia.",
            {("PER", "JPN"), ("PER", "CHL")},
        ),
        # numbered items, the number cut off its line by the segmenter
        (
            "Zambia's President Hakainde Hichilema has appointed the following ambassadors:\n\n"
            "1. Jane Doe - Ambassador to Kenya\n"
            "2. John Roe - High Commissioner to Ghana\n",
            {("ZMB", "KEN"), ("ZMB", "GHA")},
        ),
        (
            "Malawi has named new envoys.\n"
            "(1) Grace Banda, High Commissioner to Zambia;\n"
            "(2) Peter Phiri, Ambassador to Egypt;\n"
            "(3) Ruth Mwale, Ambassador to China.",
            {("MWI", "ZMB"), ("MWI", "EGY"), ("MWI", "CHN")},
        ),
        (
            "Peru appointed 12 ambassadors on Friday.\n"
            "1. Trade with Japan grew by 4% in May.\n"
            "2. Exports fell.",
            set(),
        ),
        # one line alone is no roster
        (
            "Peru appointed 12 ambassadors on Friday.\nTrade with Japan grew by 4% in May.",
            set(),
        ),
    ],
)
def test_a_roster_one_nominee_a_line(body: str, expected: set[tuple[str, str]]) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # agrément granted is a step of the appointment, sending -> receiving state
        (
            "Spain has given its agrément to Tom Berg as Norway's new ambassador in Madrid.",
            {("APPOINT_AMBASSADOR", "NOR", "ESP")},
        ),
        (
            "Bangladesh granted agrément to Pakistan's nominee for high commissioner on Wednesday.",
            {("APPOINT_AMBASSADOR", "PAK", "BGD")},
        ),
        (
            "Rwanda has given its approval to the appointment of Belgium's new ambassador.",
            {("APPOINT_AMBASSADOR", "BEL", "RWA")},
        ),
        # withheld, it is refused
        (
            "Hungary refused to grant agrément to the Swedish ambassador-designate.",
            {("REVOKE_AGREMENT", "HUN", "SWE")},
        ),
        # approval or consent given to something else
        ("The parliament gave its approval to the new budget on Monday.", set()),
        ("The regulator granted approval for the merger of two Kenyan banks.", set()),
    ],
)
def test_agrement_given(body: str, expected: set[tuple[str, str, str]]) -> None:
    found = {
        (e.type, e.source, e.target)
        for e in detente.extract(body, published="2024-05-08")
        if e.modality != "negated"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Saudi Arabia's new ambassador to Iran, Abdullah al-Anazi, arrived in Tehran on "
            "Wednesday. Riyadh appointed him in early April.",
            {("SAU", "IRN")},
        ),
        (
            "Japan's new ambassador to Peru, Kenji Sato, landed in Lima on Friday. "
            "Tokyo named him to the post in March.",
            {("JPN", "PER")},
        ),
        (
            "Ana Costa, Brazil's incoming ambassador to Argentina, gave her first interview "
            "on Tuesday. President Lula nominated her last month.",
            {("BRA", "ARG")},
        ),
        (
            "The Kenyan envoy to Ethiopia, Grace Wambui, met the press in Addis Ababa. "
            "She was appointed in February after a long vacancy.",
            {("KEN", "ETH")},
        ),
        # the pronoun is the envoy, but nothing appoints him
        (
            "France's ambassador to Mali, Joel Meyer, returned to Paris on Monday. "
            "The junta accused him of meddling.",
            set(),
        ),
        (
            "Japan's ambassador to Peru, Kenji Sato, retired last week. "
            "Tokyo replaced him with a career diplomat.",
            set(),
        ),
        (
            "Kenya's ambassador to Chad, Peter Otieno, returned home. "
            "President Ruto named him chair of the ports authority.",
            set(),
        ),
    ],
)
def test_an_appointee_told_by_a_pronoun(body: str, expected: set[tuple[str, str]]) -> None:
    # the post is the one the article gave the envoy it named last
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Jane Doe, the US envoy to Peru, met the president on Monday. The U.S. Senate "
            "had confirmed Doe as ambassador in March.",
            {("USA", "PER")},
        ),
        (
            "Ana Ruiz, Spain's ambassador to Cuba, spoke on Monday. Madrid named Ruiz as the "
            "next ambassador in a decree on Tuesday.",
            {("ESP", "CUB")},
        ),
        (
            "Kofi Mensah, Ghana's high commissioner to Kenya, arrived on Monday. Accra "
            "appointed Mensah as high commissioner last year.",
            {("GHA", "KEN")},
        ),
        (
            "New British envoy to Kenya\n\nSarah Green, a former trade official, arrived in "
            "Nairobi on Monday. She was appointed ambassador in January.",
            {("GBR", "KEN")},
        ),
        # the post named is another person's, or the title is not an envoy's
        (
            "Jane Doe, the US envoy to Peru, met Tom Brown on Monday. The Senate confirmed "
            "Brown as ambassador.",
            set(),
        ),
        (
            "Ana Ruiz, Spain's ambassador to Cuba, spoke on Monday. The report named Ruiz as "
            "a witness.",
            set(),
        ),
    ],
)
def test_a_bare_title_given_to_a_known_envoy_is_the_post_told_before(
    body: str, expected: set[tuple[str, str]]
) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Maria Silva will be Brazil's next ambassador to Chile.", {("BRA", "CHL")}),
        (
            "Veteran diplomat Omar Haddad will be Jordan's next envoy to Egypt, the palace "
            "said on Sunday.",
            {("JOR", "EGY")},
        ),
        ("Tom Reed is set to be the next US ambassador to Ghana.", {("USA", "GHA")}),
        # the post as the subject, the person named after the copula
        (
            "India's next high commissioner to Canada will be Dinesh Patnaik, the external "
            "affairs ministry said on Thursday.",
            {("IND", "CAN")},
        ),
        (
            "Kenya's incoming ambassador to Japan is Jane Mwangi, a former trade official.",
            {("KEN", "JPN")},
        ),
        (
            "The next US ambassador to Mexico will be Ron Johnson, the White House said.",
            {("USA", "MEX")},
        ),
        ("Kenya's ambassador to Japan is ill, officials said.", set()),
        (
            "Those received by the president were Ambassadors Ana Ruiz (Peru) and Tom Reed "
            "(Ghana).",
            set(),
        ),
        ("Brazil's next ambassador to Chile will be a career diplomat.", set()),
        ("The incoming envoy to Peru is expected in Lima next week.", set()),
        # no appointee: a question, or the post itself is the subject
        ("It is unclear who will be Brazil's next ambassador to Chile.", set()),
        ("Whoever will be the next ambassador to Iran faces a hard task.", set()),
        ("The next ambassador to Chile will be chosen by the new government.", set()),
    ],
)
def test_the_next_envoy_told_by_a_copula(body: str, expected: set[tuple[str, str]]) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Nigeria has appointed Amina Bello as its new high commissioner. She will take "
            "up her post in London next month.",
            {("APPOINT_AMBASSADOR", "NGA", "GBR")},
        ),
        (
            "Kenya named veteran diplomat Peter Otieno as ambassador. He is expected in "
            "Tokyo in June.",
            {("APPOINT_AMBASSADOR", "KEN", "JPN")},
        ),
        (
            "Chile appointed Rosa Diaz as its new ambassador. The ambassador arrived in "
            "Buenos Aires a week later.",
            {("APPOINT_AMBASSADOR", "CHL", "ARG")},
        ),
        (
            "Kenya named Peter Otieno as ambassador. He met officials from Uganda and Tanzania.",
            set(),
        ),
        (
            "Ghana appointed Kofi Mensah as ambassador. Ministers will arrive in Paris on "
            "Friday for talks.",
            set(),
        ),
    ],
)
def test_the_post_may_be_told_in_the_next_sentence(body, expected) -> None:
    """Only a sentence about the appointee taking up the post, naming one state."""
    assert {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kenya's new envoy in Berlin is Ruth Wanjiru, the foreign ministry announced.",
            {("KEN", "DEU")},
        ),
        ("The new Peruvian ambassador to Kenya is Ana Ruiz.", {("PER", "KEN")}),
        ("Japan's new ambassador to Brazil is Kenji Sato, a career diplomat.", {("JPN", "BRA")}),
    ],
)
def test_a_new_envoy_equated_with_a_name_is_appointed(body, expected) -> None:
    assert appointments_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Germany's ambassador in Nairobi is Klaus Weber.",
        "The new Peruvian ambassador to Kenya is very experienced.",
    ],
)
def test_an_envoy_in_post_or_described_is_no_appointment(body) -> None:
    assert not appointments_of(body)
