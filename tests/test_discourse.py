"""The discourse layer: events and dates that depend on the sentences around them.

Articles are written for these tests; each is published on Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target, e.date.value) for e in detente.extract(body, "2024-05-08")}


def dyads_of(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


# --- robustness: teasers with "Read more" ahead of the article ---------------

_TEASERS = [
    "Floods hit coastal towns as storm season begins",
    "Central bank holds interest rates steady",
    "Football club signs young striker",
    "Heatwave expected to last until the weekend",
    "Election campaign enters its final week",
    "Tech firm unveils a folding phone",
]


@pytest.mark.parametrize(
    ("link", "body", "expected"),
    [
        (
            "Read more",
            "Norway expelled a Russian diplomat on Monday, the foreign ministry said.",
            {("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-05-06")},
        ),
        (
            "Read more:",
            "Chile recalled its ambassador from Venezuela on Tuesday.",
            {("RECALL_DIPLOMAT", "CHL", "VEN", "2024-05-07")},
        ),
        (
            "READ MORE",
            "Ghana and Togo restored diplomatic relations on Monday after a two-year rift.",
            {
                ("RESTORE_RELATIONS", "GHA", "TGO", "2024-05-06"),
                ("RESTORE_RELATIONS", "TGO", "GHA", "2024-05-06"),
            },
        ),
    ],
)
def test_teaser_links_ahead_of_the_article_do_not_hide_it(link, body, expected) -> None:
    teasers = "".join(f"{headline}\n{link}\n\n" for headline in _TEASERS)
    assert events_of(teasers + body) == expected


# --- time memory --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Canada announced new measures on Friday. It also froze the assets of three "
            "Iranian officials.",
            {("IMPOSE_SANCTIONS", "CAN", "IRN", "2024-05-03")},
        ),
        (
            "Ecuador expels Mexican ambassador\n\n"
            "The foreign ministry in Quito announced the decision on Monday evening. "
            "Ecuador expelled the Mexican ambassador over remarks by the Mexican president.",
            {("EXPEL_DIPLOMAT", "ECU", "MEX", "2024-05-06")},
        ),
        (
            "Kenya recalls envoy from Uganda\n\nNairobi took the step on Tuesday, officials said.",
            {("RECALL_DIPLOMAT", "KEN", "UGA", "2024-05-07")},
        ),
    ],
)
def test_a_day_in_a_neighbouring_sentence_dates_the_act(body, expected) -> None:
    assert events_of(body) == expected


def test_a_day_in_another_paragraph_or_long_ago_does_not_date_the_act() -> None:
    far = (
        "Canada and Iran are at odds. The talks were held on Monday.\n\n"
        "Canada froze the assets of three Iranian officials."
    )
    assert events_of(far) == {("IMPOSE_SANCTIONS", "CAN", "IRN", "2024-05")}
    old = "The dispute began on 3 March 2019. Canada froze the assets of three Iranian officials."
    assert events_of(old) == {("IMPOSE_SANCTIONS", "CAN", "IRN", "2024-05")}


def test_a_reported_earlier_act_is_not_dated_by_the_day_of_the_statement() -> None:
    body = (
        "Peru's foreign ministry issued a statement on Tuesday. It said the country had "
        "recalled its ambassador from Mexico."
    )
    assert events_of(body) == {("RECALL_DIPLOMAT", "PER", "MEX", "2024-05")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A timeline of relations\n\n1976: Morocco breaks off relations with Algeria.\n\n"
            "1988: The two countries restore relations.",
            {
                ("SEVER_RELATIONS", "MAR", "DZA", "1976"),
                ("RESTORE_RELATIONS", "MAR", "DZA", "1988"),
                ("RESTORE_RELATIONS", "DZA", "MAR", "1988"),
            },
        ),
        (
            "Key dates\n\nMarch 2012:\n\nTunisia expelled the Syrian ambassador.\n\n"
            "2017:\n\nTunisia reopened its embassy in Damascus.",
            {
                ("EXPEL_DIPLOMAT", "TUN", "SYR", "2012-03"),
                ("OPEN_MISSION", "TUN", "SYR", "2017"),
            },
        ),
        (
            "How the row unfolded\n\n2005 - Japan recalls its ambassador from China.",
            {("RECALL_DIPLOMAT", "JPN", "CHN", "2005")},
        ),
    ],
)
def test_timeline_headings_date_the_entries_under_them(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "How the split came about\n\nApril 29 - Gabon recalls its ambassador from "
            "Cameroon. Yaounde closes its embassy in Libreville the same evening.",
            {
                ("RECALL_DIPLOMAT", "GAB", "CMR", "2024-04-29"),
                ("CLOSE_MISSION", "CMR", "GAB", "2024-04-29"),
            },
        ),
        (
            "Key dates\n\n2 May: Fiji breaks off relations with Vanuatu. Port Vila answers "
            "by expelling the Fijian high commissioner.",
            {
                ("SEVER_RELATIONS", "FJI", "VUT", "2024-05-02"),
                ("EXPEL_DIPLOMAT", "VUT", "FJI", "2024-05-02"),
            },
        ),
        (
            "The row so far\n\n* Dec. 30: Laos summons the Thai ambassador. Bangkok then "
            "recalls him for consultations.",
            {
                ("SUMMON_DIPLOMAT", "LAO", "THA", "2023-12-30"),
                ("RECALL_DIPLOMAT", "THA", "LAO", "2023-12-30"),
            },
        ),
    ],
)
def test_a_day_heading_an_entry_dates_every_sentence_of_it(body, expected) -> None:
    """A timeline of this year's days ('April 29 - ...') dates the entry's other
    sentences too, in the last year up to publication."""
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tensions between Chile and Peru escalated on Tuesday when Lima expelled Chile's "
            "ambassador.",
            {("EXPEL_DIPLOMAT", "PER", "CHL", "2024-05-07")},
        ),
        (
            "Relations soured further on Monday as Ghana recalled its envoy from Togo.",
            {("RECALL_DIPLOMAT", "GHA", "TGO", "2024-05-06")},
        ),
        (
            "The row deepened last Friday when Algeria summoned the French ambassador.",
            {("SUMMON_DIPLOMAT", "DZA", "FRA", "2024-05-03")},
        ),
    ],
)
def test_a_when_clause_shares_the_time_of_its_main_clause(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mali expels French ambassador\n\nBy Staff Writer\n\nMay 8, 2024 09:12 GMT\n\n"
            "Photo gallery\n\nThe junta gave the envoy 72 hours to leave, state television "
            "said on Monday.",
            {("EXPEL_DIPLOMAT", "MLI", "FRA", "2024-05-06")},
        ),
        (
            "Poland expels Belarusian diplomat\nUpdated 7 May 2024 16:40\n\n"
            "The foreign ministry gave no reason for the decision.",
            {("EXPEL_DIPLOMAT", "POL", "BLR", "2024-05")},
        ),
        (
            "Brazil recalls ambassador to Israel\n\nReporters\n\n"
            "The government in Brasilia acted on Tuesday after weeks of tension.",
            {("RECALL_DIPLOMAT", "BRA", "ISR", "2024-05-07")},
        ),
    ],
)
def test_a_headline_is_dated_by_its_lead_not_by_the_page_stamp(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Beijing summoned Japan's ambassador on Wednesday. Chinese Vice Foreign Minister "
        "summoned the Japanese ambassador, Xinhua reported late Tuesday.",
        "Serbia recalled its ambassador from Croatia on Monday. Serbia recalled the "
        "ambassador on Sunday evening, local media said.",
        "On Friday Egypt expelled the Turkish ambassador. Egypt expelled the Turkish "
        "ambassador on Saturday, the agency said.",
    ],
)
def test_one_act_told_with_days_one_apart_is_one_event(body) -> None:
    assert len(detente.extract(body, "2024-05-08")) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Canada's embassy in Tehran has been closed since 2012.",
            {("CLOSE_MISSION", "CAN", "IRN", "2012")},
        ),
        (
            "Diplomatic relations between Iran and Egypt have been severed since 1980.",
            {("SEVER_RELATIONS", "IRN", "EGY", "1980"), ("SEVER_RELATIONS", "EGY", "IRN", "1980")},
        ),
        (
            "Canada has frozen the assets of Iranian officials since March.",
            {("IMPOSE_SANCTIONS", "CAN", "IRN", "2024-03")},
        ),
    ],
)
def test_a_state_of_affairs_is_dated_by_since(body, expected) -> None:
    assert events_of(body) == expected


def test_since_on_another_phrase_does_not_date_the_act() -> None:
    body = "Norway expelled a Russian diplomat on Monday, the first expulsion since 2019."
    assert events_of(body) == {("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-05-06")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Spain expelled two Russian diplomats on Monday. Two days later, Moscow expelled "
            "two Spanish diplomats.",
            ("EXPEL_DIPLOMAT", "RUS", "ESP", "2024-05-08"),
        ),
        (
            "Chad recalled its ambassador from Sudan on 2 April. The following day, Sudan "
            "recalled its envoy from Chad.",
            ("RECALL_DIPLOMAT", "SDN", "TCD", "2024-04-03"),
        ),
        (
            "Talks between Oslo and Moscow broke down on 12 March. Officials were angry. "
            "Three days later Norway expelled a Russian diplomat.",
            ("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-15"),
        ),
    ],
)
def test_a_later_time_counts_from_the_time_named_before(body, expected) -> None:
    assert expected in events_of(body)


# --- actor memory -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "South Korea named a former vice minister as its ambassador to the United States. "
            "The government also named Lee Min-ho as ambassador to Russia.",
            {("APPOINT_AMBASSADOR", "KOR", "USA"), ("APPOINT_AMBASSADOR", "KOR", "RUS")},
        ),
        (
            "Ghana expelled a Nigerian diplomat over the border dispute. The country also "
            "recalled its own envoy from Togo on Friday.",
            {("EXPEL_DIPLOMAT", "GHA", "NGA"), ("RECALL_DIPLOMAT", "GHA", "TGO")},
        ),
        (
            "Chile recalled its ambassador to Venezuela last week, citing the vote in Caracas. "
            "Now the government has closed its consulate in Bolivia as well.",
            {("RECALL_DIPLOMAT", "CHL", "VEN"), ("CLOSE_MISSION", "CHL", "BOL")},
        ),
    ],
)
def test_the_government_as_subject_continues_the_topic_not_the_last_name(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Peru's foreign ministry issued a statement on Tuesday. It said the country had "
            "recalled its ambassador from Mexico.",
            {("RECALL_DIPLOMAT", "PER", "MEX")},
        ),
        (
            "Hungary's government spoke out on Monday. A spokesman said the country would "
            "close its embassy in Sweden.",
            {("CLOSE_MISSION", "HUN", "SWE")},
        ),
        (
            "The Ghanaian foreign ministry issued a note. It said the country expelled two "
            "diplomats of Nigeria.",
            {("EXPEL_DIPLOMAT", "GHA", "NGA")},
        ),
    ],
)
def test_the_country_refers_back_not_ahead(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Qatar and Saudi Arabia have long been rivals. Then the Gulf kingdom recalled its "
            "ambassador from Doha.",
            {("RECALL_DIPLOMAT", "SAU", "QAT")},
        ),
        (
            "Peru is in a dispute with Mexico. The Andean nation expelled the Mexican ambassador.",
            {("EXPEL_DIPLOMAT", "PER", "MEX")},
        ),
        (
            "Serbia's president spoke to reporters. The Balkan country recalled its ambassador "
            "to Montenegro.",
            {("RECALL_DIPLOMAT", "SRB", "MNE")},
        ),
        (
            "Saudi Arabia and Bahrain met on Monday. The Gulf state of Qatar expelled the "
            "Egyptian ambassador.",
            {("EXPEL_DIPLOMAT", "QAT", "EGY")},
        ),
        (
            "Tensions rose in the region. Britain closed its embassy in the Islamic Republic.",
            set(),  # no state of that description named before: nothing is guessed
        ),
    ],
)
def test_a_descriptor_is_the_salient_state_it_describes(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Pacific island nation of Nauru cut ties with Taiwan. Taipei voiced regret. "
            "Beijing said it had established relations with the island state.",
            ("RESTORE_RELATIONS", "CHN", "NRU"),
        ),
        (
            "The Gulf state of Qatar hosted the talks. Saudi officials attended. Later the "
            "Gulf state expelled the Egyptian ambassador.",
            ("EXPEL_DIPLOMAT", "QAT", "EGY"),
        ),
        (
            "The Andean nation of Bolivia is in a row with Chile. Peru sided with Chile. "
            "On Monday the Andean country recalled its envoy from Santiago.",
            ("RECALL_DIPLOMAT", "BOL", "CHL"),
        ),
    ],
)
def test_a_description_given_with_its_name_keeps_that_name(body, expected) -> None:
    assert expected in dyads_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Saudi Arabia condemned the remarks. Kuwait said it was deeply offended. Lebanon's "
            "information minister refused to resign. The two Gulf states then expelled "
            "Lebanon's ambassadors.",
            {("EXPEL_DIPLOMAT", "SAU", "LBN"), ("EXPEL_DIPLOMAT", "KWT", "LBN")},
        ),
        (
            "Estonia protested against the drills. Latvia called them a provocation. Belarus "
            "defended them. Both Baltic states summoned Russia's envoys on Monday.",
            {("SUMMON_DIPLOMAT", "EST", "RUS"), ("SUMMON_DIPLOMAT", "LVA", "RUS")},
        ),
        (
            "Peru condemned the arrest. Ecuador said it was alarmed. Brazil urged calm. The "
            "two Andean nations recalled their ambassadors from La Paz.",
            {("RECALL_DIPLOMAT", "PER", "BOL"), ("RECALL_DIPLOMAT", "ECU", "BOL")},
        ),
    ],
)
def test_a_regional_group_takes_only_states_of_its_region(body, expected) -> None:
    """'The two Gulf states' are the two Gulf states named before, not the nearest two
    states (Lebanon between them)."""
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    "between",
    [
        "A French journalist was detained at the border last year.",
        "Meanwhile, a Spanish aid worker was freed.",
        "Analysts in a Canadian think tank were surprised.",
    ],
)
def test_a_nationality_on_a_bystander_is_no_party_of_the_two_countries(between) -> None:
    body = (
        "Ghana accused Togo of harbouring rebels.\n\n"
        f"{between}\n\n"
        "The two countries restored diplomatic relations."
    )
    assert dyads_of(body) == {
        ("RESTORE_RELATIONS", "GHA", "TGO"),
        ("RESTORE_RELATIONS", "TGO", "GHA"),
    }


# --- event memory ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Spain expelled two Russian diplomats on Monday. Moscow retaliated in kind two "
            "days later.",
            {
                ("EXPEL_DIPLOMAT", "ESP", "RUS", "2024-05-06"),
                ("EXPEL_DIPLOMAT", "RUS", "ESP", "2024-05-08"),
            },
        ),
        (
            "Cambodia expelled a senior Thai diplomat and Thailand reciprocated on Tuesday.",
            {
                # the next coordinated act's day dates the first (test_dating_forms.py)
                ("EXPEL_DIPLOMAT", "KHM", "THA", "2024-05-07"),
                ("EXPEL_DIPLOMAT", "THA", "KHM", "2024-05-07"),
            },
        ),
        (
            "Lithuania summoned the Belarusian charge d'affaires on Friday. Minsk responded "
            "in kind on Saturday.",
            {
                ("SUMMON_DIPLOMAT", "LTU", "BLR", "2024-05-03"),
                ("SUMMON_DIPLOMAT", "BLR", "LTU", "2024-05-04"),
            },
        ),
    ],
)
def test_an_answer_in_kind_reverses_the_act(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Saudi Arabia recalled its ambassador from Lebanon on Friday. Bahrain and Kuwait "
            "followed suit.",
            {
                ("RECALL_DIPLOMAT", "SAU", "LBN"),
                ("RECALL_DIPLOMAT", "BHR", "LBN"),
                ("RECALL_DIPLOMAT", "KWT", "LBN"),
            },
        ),
        (
            "Paraguay cut diplomatic relations with Venezuela. Peru did the same a week later.",
            {
                ("SEVER_RELATIONS", "PRY", "VEN"),
                ("SEVER_RELATIONS", "PER", "VEN"),
            },
        ),
        (
            "Latvia closed its embassy in Moscow in April. Estonia, for its part, took a "
            "similar step.",
            {("CLOSE_MISSION", "LVA", "RUS"), ("CLOSE_MISSION", "EST", "RUS")},
        ),
        (
            "Niger's junta has cut ties with Ukraine. Mali took the same step a day earlier.",
            {("SEVER_RELATIONS", "NER", "UKR"), ("SEVER_RELATIONS", "MLI", "UKR")},
        ),
        (
            "Benin expelled a Nigerien diplomat on Friday. Togo made the same move on Sunday.",
            {("EXPEL_DIPLOMAT", "BEN", "NER"), ("EXPEL_DIPLOMAT", "TGO", "NER")},
        ),
        (
            "Canada froze the assets of two Haitian politicians. Britain announced similar "
            "measures.",
            {("IMPOSE_SANCTIONS", "CAN", "HTI"), ("IMPOSE_SANCTIONS", "GBR", "HTI")},
        ),
    ],
)
def test_following_suit_repeats_the_act_by_another_state(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ecuador broke off relations with Mexico after the raid, and Cuba followed.",
            {("SEVER_RELATIONS", "ECU", "MEX"), ("SEVER_RELATIONS", "CUB", "MEX")},
        ),
        (
            "Finland expelled three Belarusian diplomats on Monday. Sweden followed a day later.",
            {("EXPEL_DIPLOMAT", "FIN", "BLR"), ("EXPEL_DIPLOMAT", "SWE", "BLR")},
        ),
        (
            "Japan froze the assets of two Syrian generals; Australia quickly followed.",
            {("IMPOSE_SANCTIONS", "JPN", "SYR"), ("IMPOSE_SANCTIONS", "AUS", "SYR")},
        ),
    ],
)
def test_a_state_that_followed_with_no_object_repeats_the_act(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Finland expelled three Belarusian diplomats. The expulsion followed a spy case.",
        "Finland expelled three Belarusian diplomats. It was followed by protests in Minsk.",
        "Finland expelled three Belarusian diplomats. Sweden followed the case closely.",
    ],
)
def test_followed_with_an_object_or_in_the_passive_repeats_nothing(body) -> None:
    assert dyads_of(body) == {("EXPEL_DIPLOMAT", "FIN", "BLR")}


@pytest.mark.parametrize(
    "body",
    [
        "Spain expelled two Russian diplomats on Monday. Moscow has not reciprocated.",
        "Spain expelled two Russian diplomats on Monday. Italy never followed suit.",
        "Spain expelled two Russian diplomats in 2019. The weather was mild. Trade grew. "
        "Exports rose. Italy followed suit.",
    ],
)
def test_a_denied_or_distant_anaphor_repeats_nothing(body) -> None:
    assert dyads_of(body) == {("EXPEL_DIPLOMAT", "ESP", "RUS")}


@pytest.mark.parametrize(
    ("body", "imposers"),
    [
        (
            "Russia imposed an embargo on Georgian wine in 2006. Belarus imposed an embargo "
            "on Georgia in 2008. The embargo was lifted in 2013.",
            {"RUS", "BLR"},
        ),
        (
            "Saudi Arabia imposed a trade embargo on Qatar in 2017. The UAE imposed an "
            "embargo on Qatar in June. The embargo was lifted in January 2021.",
            {"SAU", "ARE"},
        ),
        (
            "The EU imposed sanctions on Belarus in 2004. The United States imposed sanctions "
            "on Belarus in 2006. The sanctions were lifted in 2016.",
            {"EU", "USA"},
        ),
    ],
)
def test_a_lifting_with_no_lifter_ends_the_sanctions_of_every_imposer(body, imposers) -> None:
    lifters = {e.source for e in detente.extract(body, "2024-05-08") if e.type == "LIFT_SANCTIONS"}
    assert lifters == imposers


# --- descriptions that say what kind of state they mean ----------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Morocco cut ties with Iran on Friday, accusing Tehran of meddling in its "
            "affairs. The kingdom also recalled its charge d'affaires from Tehran.",
            ("RECALL_DIPLOMAT", "MAR", "IRN"),
        ),
        (
            "Bahrain rejected the charges made by Iran and Iran's allies. The foreign ministry "
            "said the kingdom had withdrawn its envoy from Tehran.",
            ("RECALL_DIPLOMAT", "BHR", "IRN"),
        ),
        (
            "Qatar dismissed the accusations levelled by Saudi Arabia. The Gulf emirate said "
            "on Monday it had recalled its ambassador from Riyadh.",
            ("RECALL_DIPLOMAT", "QAT", "SAU"),
        ),
    ],
)
def test_the_kingdom_or_the_emirate_means_a_named_state_of_that_kind(body, expected) -> None:
    """Not simply the state named last: 'the kingdom' is never Iran."""
    assert expected in dyads_of(body)


# --- answers to an act done to the answering state, further back ------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Moscow expelled three Lithuanian diplomats on Monday. The move followed weeks of "
            "tension. Russian officials said the diplomats had broken the law. On Wednesday, "
            "Vilnius responded in kind.",
            ("EXPEL_DIPLOMAT", "LTU", "RUS"),
        ),
        (
            "Russia expelled two Latvian diplomats on Monday. Riga condemned the decision. "
            "The Latvian foreign minister called it unjustified. Officials said a response "
            "was being prepared. Latvia later reciprocated.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS"),
        ),
        (
            "Hungary expelled a Slovak diplomat in March. Moscow expelled three Lithuanian "
            "diplomats on Monday. Tension rose. Officials spoke. On Wednesday, Slovakia "
            "retaliated in kind.",
            ("EXPEL_DIPLOMAT", "SVK", "HUN"),
        ),
    ],
)
def test_an_answer_in_kind_finds_the_act_done_to_it_further_back(body, expected) -> None:
    assert expected in dyads_of(body)


# --- states named together act on each other ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mali and Algeria had close ties for decades. German officials visited Bamako in "
        "March. Both countries recalled their ambassadors on Sunday.",
        "Mali and Algeria recalled their ambassadors on Sunday, a Qatari newspaper said.",
        "Tensions between Mali and Algeria rose in April. The two countries recalled their "
        "envoys on Sunday.",
    ],
)
def test_two_states_with_no_other_named_act_on_each_other(body) -> None:
    assert dyads_of(body) == {
        ("RECALL_DIPLOMAT", "MLI", "DZA"),
        ("RECALL_DIPLOMAT", "DZA", "MLI"),
    }


def test_two_states_act_on_a_third_named_with_them() -> None:
    assert dyads_of("Mali and Algeria expelled French diplomats on Sunday.") == {
        ("EXPEL_DIPLOMAT", "MLI", "FRA"),
        ("EXPEL_DIPLOMAT", "DZA", "FRA"),
    }


# --- a person's name is no actor ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Former NBA star Michael Jordan attended the ceremony. The ministry said it had "
        "expelled two Russian diplomats.",
        "Singer Chad Kroeger gave a concert. The foreign ministry expelled the Nigerian "
        "ambassador on Friday.",
        "Israel Adesanya, the fighter, thanked fans in Auckland. The government later "
        "summoned the Chinese ambassador.",
    ],
)
def test_a_state_inside_a_persons_name_is_not_the_actor(body) -> None:
    assert not {source for _, source, _ in dyads_of(body)} & {"JOR", "TCD", "ISR"}


# --- 'the two countries' and 'they' mean the pair of the act told last ---------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ecuador's police stormed the Mexican embassy in Quito. Mexico broke off relations "
            "with Ecuador on Friday. A Spanish envoy condemned the raid, and the Brazilian "
            "president called it unacceptable. Both countries had restored relations in 1992.",
            {("RESTORE_RELATIONS", "MEX", "ECU"), ("RESTORE_RELATIONS", "ECU", "MEX")},
        ),
        (
            "Kenya recalled its envoy from Somalia on Monday. An American analyst said the move "
            "was expected. Relations have been strained since 2019, when they cut ties.",
            {("SEVER_RELATIONS", "KEN", "SOM"), ("SEVER_RELATIONS", "SOM", "KEN")},
        ),
        (
            "Mali and Algeria had close ties. A French official visited Bamako. They restored "
            "diplomatic relations in 1990.",
            {("RESTORE_RELATIONS", "MLI", "DZA"), ("RESTORE_RELATIONS", "DZA", "MLI")},
        ),
        (
            "Israel and Bahrain normalised relations in 2020. A US envoy attended. They later "
            "opened embassies.",
            {("OPEN_MISSION", "ISR", "BHR"), ("OPEN_MISSION", "BHR", "ISR")},
        ),
    ],
)
def test_the_pair_of_the_last_act_not_a_bystander_is_meant(body, expected) -> None:
    assert expected <= dyads_of(body)


def test_they_of_a_list_acting_on_a_third_state_is_not_the_list_acting_on_itself() -> None:
    body = "Bahrain and the UAE restored relations with Qatar in 2021. They had cut ties in 2017."
    assert ("SEVER_RELATIONS", "BHR", "ARE") not in dyads_of(body)


# --- forms settled by the whole article ----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        (
            "According to a statement by the Foreign Office, the Government of Pakistan has "
            "declared a staff member of the High Commission of India persona non grata.",
            ("EXPEL_DIPLOMAT", "PAK", "IND"),
            "GBR",
        ),
        (
            "Belarus recalled its envoys to Brussels and Warsaw on Tuesday, the European Union "
            "said.",
            ("RECALL_DIPLOMAT", "BLR", "EU"),
            "BEL",
        ),
        (
            "Brussels imposed new sanctions on Russia on Friday, the European Commission said.",
            ("IMPOSE_SANCTIONS", "EU", "RUS"),
            "BEL",
        ),
    ],
)
def test_forms_whose_state_depends_on_the_article(body, expected, absent) -> None:
    found = dyads_of(body)
    assert expected in found
    assert not any(absent in (source, target) for _, source, target in found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Foreign Office summoned the Russian ambassador on Monday. Britain said the "
            "attack was unacceptable.",
            ("SUMMON_DIPLOMAT", "GBR", "RUS"),
        ),
        (
            "Belgium's foreign minister said Brussels had summoned the Russian ambassador, as "
            "the EU debated sanctions.",
            ("SUMMON_DIPLOMAT", "BEL", "RUS"),
        ),
        (
            "LONDON, May 6 (Reuters) - The Foreign Office summoned the Iranian ambassador on "
            "Monday, a spokesman said.",
            ("SUMMON_DIPLOMAT", "GBR", "IRN"),
        ),
    ],
)
def test_forms_keep_their_state_where_the_article_names_it(body, expected) -> None:
    assert expected in dyads_of(body)


# --- 'the alliance', 'the bloc', 'the world body' -------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "NATO leaders met on Monday. The military alliance is expelling seven staff from "
            "the Russian mission.",
            ("EXPEL_DIPLOMAT", "NATO", "RUS"),
        ),
        (
            "The European Union agreed new measures on Monday. The 27-nation bloc imposed "
            "sanctions on Iranian drone makers.",
            ("IMPOSE_SANCTIONS", "EU", "IRN"),
        ),
        (
            "The UN Security Council met on Friday. The world body imposed an arms embargo on "
            "South Sudan.",
            ("IMPOSE_SANCTIONS", "UN", "SSD"),
        ),
    ],
)
def test_a_description_of_an_organisation_named_before_is_it(body, expected) -> None:
    assert expected in dyads_of(body)


def test_an_alliance_with_no_organisation_named_is_no_actor() -> None:
    body = "The ruling alliance in India won the vote. It later expelled two Pakistani diplomats."
    assert dyads_of(body) == {("EXPEL_DIPLOMAT", "IND", "PAK")}


# --- 'its' envoy expelled in a clause another state reports ----------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mexico's foreign ministry said on Tuesday that Ecuador had expelled its ambassador.",
            ("EXPEL_DIPLOMAT", "ECU", "MEX"),
        ),
        (
            "Mexico said Ecuador had expelled its ambassador on Monday.",
            ("EXPEL_DIPLOMAT", "ECU", "MEX"),
        ),
        (
            "Kenya said Uganda expelled its envoy over the remarks.",
            ("EXPEL_DIPLOMAT", "UGA", "KEN"),
        ),
    ],
)
def test_its_envoy_expelled_in_a_reported_clause_is_the_speakers(body, expected) -> None:
    assert dyads_of(body) == {expected}


def test_its_own_diplomats_ordered_out_are_still_recalled() -> None:
    assert dyads_of("Belarus ordered its own diplomats to leave Lithuania.") == {
        ("RECALL_DIPLOMAT", "BLR", "LTU")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Germany expelled two Russian diplomats on Monday. Berlin said the case was "
            "serious. On Wednesday, Moscow took mirror measures.",
            ("EXPEL_DIPLOMAT", "RUS", "DEU", "2024-05-08"),
        ),
        (
            "Estonia expelled a Russian diplomat on Friday. Russia responded with reciprocal "
            "measures on Monday.",
            ("EXPEL_DIPLOMAT", "RUS", "EST", "2024-05-06"),
        ),
        (
            "Latvia expelled two Russian diplomats on Friday. On Tuesday Russia adopted "
            "symmetrical measures.",
            ("EXPEL_DIPLOMAT", "RUS", "LVA", "2024-05-07"),
        ),
    ],
)
def test_mirror_measures_answer_the_act(body, expected) -> None:
    assert expected in events_of(body)


def test_mirror_measures_not_taken_answer_nothing() -> None:
    body = (
        "Latvia expelled two Russian diplomats in April. Russia has not yet taken mirror measures."
    )
    assert dyads_of(body) == {("EXPEL_DIPLOMAT", "LVA", "RUS")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Iran's foreign minister said Tehran would not bow to pressure. The Islamic Republic "
            "summoned the British ambassador on Tuesday.",
            ("SUMMON_DIPLOMAT", "IRN", "GBR"),
        ),
        (
            "Pakistan's army chief met officials. The Islamic Republic later recalled its envoy "
            "from Kabul.",
            ("RECALL_DIPLOMAT", "PAK", "AFG"),
        ),
        (
            "Mauritania and Mali held talks. The Islamic Republic then expelled two Malian "
            "diplomats.",
            ("EXPEL_DIPLOMAT", "MRT", "MLI"),
        ),
    ],
)
def test_the_islamic_republic_is_the_one_named_last(body, expected) -> None:
    assert expected in dyads_of(body)


def test_states_joining_an_earlier_act_do_not_act_on_each_other() -> None:
    assert dyads_of("Chilean and Colombian officials recalled their ambassadors too.") == set()
    body = "Bolivia broke off ties with Israel. Chile and Colombia also recalled their ambassadors."
    assert ("RECALL_DIPLOMAT", "CHL", "COL") not in dyads_of(body)


@pytest.mark.parametrize(
    "bystanders",
    [
        "The US ambassador in Madrid and the French foreign minister urged calm.",
        "Officials in Madrid and the Italian prime minister urged calm.",
        "A summit in Madrid and the German chancellor's visit were cancelled.",
    ],
)
def test_a_place_and_a_nationality_are_no_pair_of_countries(bystanders) -> None:
    body = (
        "Algeria recalled its ambassador from Spain on Saturday. "
        f"{bystanders} The two countries restored full relations in 2022."
    )
    assert ("RESTORE_RELATIONS", "DZA", "ESP") in dyads_of(body)


def test_a_sentence_opening_on_it_carries_the_topic_to_the_government_after_it() -> None:
    body = (
        "Belize first established diplomatic relations with Taiwan in 1989. It switched "
        "recognition to Beijing in 1997, and Taipei broke off relations in response. Five "
        "years later the government restored ties with Taiwan."
    )
    assert ("RESTORE_RELATIONS", "BLZ", "TWN", "2002") in events_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Britain, France and Germany expelled diplomats on Monday, a Qatari newspaper said.",
        "NATO, US, EU expel diplomats over spy scandal",
        "The EU and Norway summoned envoys on Tuesday, a Kenyan daily reported.",
    ],
)
def test_three_states_or_an_organisation_do_not_act_on_each_other(body) -> None:
    assert dyads_of(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Venezuela broke off relations with Colombia in 2019. The neighbours restored ties "
        "in 2022.",
        "Colombia's ties with Venezuela were cut in 2019 after Caracas expelled its envoy. "
        "The countries re-established relations in 2022.",
        "In 2019 Venezuela severed ties with Colombia. Three years later, in 2022, the "
        "governments restored diplomatic relations.",
    ],
)
def test_an_unnumbered_plural_description_is_the_pair_told_last(body) -> None:
    found = dyads_of(body)
    assert {("RESTORE_RELATIONS", "VEN", "COL"), ("RESTORE_RELATIONS", "COL", "VEN")} <= found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a nominal act naming no side takes up the act told before, whoever reacts to it
        (
            "Ghana and Togo restored ties on Monday. The restoration of ties was welcomed "
            "by Nigeria.",
            {("RESTORE_RELATIONS", "GHA", "TGO"), ("RESTORE_RELATIONS", "TGO", "GHA")},
        ),
        (
            "Ghana and Togo restored ties on Monday. Benin hailed the resumption of relations "
            "as a victory for the region.",
            {("RESTORE_RELATIONS", "GHA", "TGO"), ("RESTORE_RELATIONS", "TGO", "GHA")},
        ),
        (
            "Guyana cut ties with Suriname on Tuesday. Brazil regretted the breaking off of "
            "relations.",
            {("SEVER_RELATIONS", "GUY", "SUR")},
        ),
        (
            "Guyana cut ties with Suriname on Tuesday. Brazil criticised the move to sever "
            "relations.",
            {("SEVER_RELATIONS", "GUY", "SUR")},
        ),
    ],
)
def test_a_nominal_act_naming_no_side_is_the_act_told_before(body, expected) -> None:
    assert dyads_of(body) == expected


def test_a_nominal_act_is_the_act_the_article_is_about_not_the_last_background() -> None:
    body = (
        "Ghana and Togo restored ties on Monday, ending a rift over the border. Togo first "
        "established relations with Benin in 1975. Officials said the resumption of ties "
        "was a relief for traders."
    )
    holders = {
        (e.source, e.target)
        for e in detente.extract(body, "2024-05-08")
        if any("Officials" in m.evidence for m in e.mentions)
    }
    assert holders == {("GHA", "TGO"), ("TGO", "GHA")}


def test_a_nominal_act_naming_its_sides_is_their_act() -> None:
    body = (
        "Guyana cut ties with Suriname on Tuesday. Brazil recalled the rupture of relations "
        "between Chile and Bolivia in 1978."
    )
    assert ("SEVER_RELATIONS", "CHL", "BOL") in dyads_of(body)
    assert not {e for e in dyads_of(body) if e[1] == "BRA"}


@pytest.mark.parametrize(
    "body",
    [
        "A deal was signed between Chad and Qatar to restore diplomatic relations.",
        "China said an accord between Chad and Qatar to resume ties was reached in Beijing.",
        '"The three countries announce that an agreement has been reached between Chad and '
        'Qatar to resume diplomatic relations," the statement said.',
    ],
)
def test_the_parties_an_agreement_is_between_act_in_it(body) -> None:
    assert dyads_of(body) == {
        ("RESTORE_RELATIONS", "TCD", "QAT"),
        ("RESTORE_RELATIONS", "QAT", "TCD"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what a reaction is to, or the topic of a clause, is the act told before
        (
            "Canada lifted sanctions on Uzbek officials on Monday. Washington criticised the "
            "lifting of sanctions.",
            {("LIFT_SANCTIONS", "CAN", "UZB")},
        ),
        (
            "Chile closed its embassy in Caracas on Monday. Peru said the closure of the "
            "embassy was a consequence of the election.",
            {("CLOSE_MISSION", "CHL", "VEN")},
        ),
        (
            "Japan imposed sanctions on Syrian officials. China condemned the sanctions as "
            "illegal, and Iran denounced the measures.",
            {("IMPOSE_SANCTIONS", "JPN", "SYR")},
        ),
    ],
)
def test_a_reaction_to_an_act_told_before_is_no_act_of_the_reacting_state(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Poland expelled two Belarusian diplomats. Lithuania announced the expulsion of four "
        "Belarusian diplomats.",
        "Poland expelled two Belarusian diplomats. The expulsion of four more diplomats was "
        "announced by Lithuania on Tuesday.",
    ],
)
def test_an_act_a_state_announces_is_its_own_though_told_as_a_noun(body) -> None:
    assert ("EXPEL_DIPLOMAT", "LTU", "BLR") in dyads_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Japan froze the assets of two Syrian generals on Monday. Canada and Australia "
            "announced their own measures.",
            {
                ("IMPOSE_SANCTIONS", "JPN", "SYR"),
                ("IMPOSE_SANCTIONS", "CAN", "SYR"),
                ("IMPOSE_SANCTIONS", "AUS", "SYR"),
            },
        ),
        (
            "France expelled four Malian diplomats. Belgium took its own steps on Friday.",
            {("EXPEL_DIPLOMAT", "FRA", "MLI"), ("EXPEL_DIPLOMAT", "BEL", "MLI")},
        ),
        (
            "The EU imposed sanctions on Eritrean officials. Norway adopted its own sanctions "
            "a week later.",
            {("IMPOSE_SANCTIONS", "EU", "ERI"), ("IMPOSE_SANCTIONS", "NOR", "ERI")},
        ),
    ],
)
def test_a_state_taking_its_own_measures_repeats_the_act(body, expected) -> None:
    assert dyads_of(body) == expected


@pytest.mark.parametrize(
    ("body", "answerer", "dates"),
    [
        # an answer told right after a dated act goes on with its story, though the
        # article leads with acts of its kind
        (
            "Norway expels 15 Belarusian diplomats. Norway expelled 15 Belarusian diplomats "
            "on Monday. In 2021, Norway expelled two Belarusian diplomats. Minsk answered "
            "by expelling two Norwegian diplomats. In 2019, Norway expelled one Belarusian "
            "attache, and Minsk retaliated in kind.",
            "BLR",
            {"2021", "2019"},
        ),
        (
            "Chile expels Bolivian envoy. Chile expelled the Bolivian consul on Friday. Last "
            "year Chile expelled a Bolivian attache. La Paz responded by expelling a Chilean "
            "diplomat.",
            "BOL",
            {"2023"},
        ),
        (
            "Latvia expels Russian diplomat. Latvia expelled a Russian diplomat on Friday. In "
            "March 2022, Latvia expelled three Russian diplomats. Moscow hit back by expelling "
            "three Latvian diplomats.",
            "RUS",
            {"2022-03"},
        ),
    ],
)
def test_an_answer_takes_the_date_of_the_act_it_answers(body, answerer, dates) -> None:
    events = detente.extract(body, "2024-05-08")
    assert {e.date.value for e in events if e.source == answerer} == dates


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # each state 'followed by' acts at its own time, on the partner of the first
        (
            "Panama cut ties with Taiwan in 2017, followed by Gambia and Malawi in 2018.",
            {("PAN", "TWN", "2017"), ("GMB", "TWN", "2018"), ("MWI", "TWN", "2018")},
        ),
        (
            "Taiwan has lost five allies since 2016. Panama cut ties in 2017, followed by "
            "Kiribati in 2019.",
            {("PAN", "TWN", "2017"), ("KIR", "TWN", "2019")},
        ),
        (
            "Qatar recalled its ambassador from Tehran on Monday, followed by Kuwait on Wednesday.",
            {("QAT", "IRN", "2024-05-06"), ("KWT", "IRN", "2024-05-08")},
        ),
    ],
)
def test_states_followed_by_act_at_their_own_time(body, expected) -> None:
    assert {(e.source, e.target, e.date.value) for e in detente.extract(body, "2024-05-08")} == (
        expected
    )


# --- an unnamed other side: the state the article is about, not a scene ------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Qatar condemned remarks by Jordan's foreign minister about the war in Sudan. "
            "Qatar and Oman recalled their envoys on Friday.",
            {("RECALL_DIPLOMAT", "QAT", "JOR"), ("RECALL_DIPLOMAT", "OMN", "JOR")},
        ),
        (
            "Peru protested a speech by the Bolivian president on the crisis in Venezuela. "
            "Lima recalled its ambassador on Monday.",
            {("RECALL_DIPLOMAT", "PER", "BOL")},
        ),
        (
            "Kenya accused Uganda of meddling in the conflict in Somalia. Nairobi "
            "summoned the envoy on Tuesday.",
            {("SUMMON_DIPLOMAT", "KEN", "UGA")},
        ),
    ],
)
def test_a_state_named_as_a_scene_is_no_counterpart(body, expected) -> None:
    assert dyads_of(body) == expected


def test_a_scene_is_still_the_counterpart_when_no_party_is_named() -> None:
    body = "Fighting spread in the east of the country amid the crisis in Sudan. Egypt "
    body += "recalled its ambassador on Monday."
    assert dyads_of(body) == {("RECALL_DIPLOMAT", "EGY", "SDN")}


# --- the sentence right after tells the act again, naming no state ------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ties cut\n\nHonduras has broken off diplomatic relations with Taiwan.\n\nThe "
            "foreign ministry made the announcement on Saturday evening in a short statement.",
            ("SEVER_RELATIONS", "HND", "TWN", "2024-05-04"),
        ),
        (
            "Envoy recalled\n\nPeru has recalled its ambassador from Mexico for "
            "consultations.\n\nThe decision was announced on Monday by the foreign minister "
            "in a televised address.",
            ("RECALL_DIPLOMAT", "PER", "MEX", "2024-05-06"),
        ),
        (
            "Sanctions\n\nJapan has imposed new sanctions on North Korean shipping firms.\n\n"
            "The cabinet approved the measures on Friday, a government spokesman said.",
            ("IMPOSE_SANCTIONS", "JPN", "PRK", "2024-05-03"),
        ),
        (
            "Expulsion\n\nLatvia has expelled a Russian diplomat over spying.\n\nThe ministry "
            "announced the expulsion on Tuesday but gave no name.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS", "2024-05-07"),
        ),
    ],
)
def test_the_next_sentence_retelling_the_act_without_a_state_dates_it(body, expected) -> None:
    assert expected in events_of(body)


def test_a_retelling_of_another_state_s_act_does_not_date_it() -> None:
    body = (
        "Envoy recalled\n\nPeru has recalled its ambassador from Mexico for consultations."
        "\n\nChile announced a similar decision on Monday."
    )
    assert ("RECALL_DIPLOMAT", "PER", "MEX", "2024-05") in events_of(body)
