"""Dates that hang on the sentence's structure: coordinated acts, reported speech.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dated(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target, e.date.value) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Cambodia expelled a senior Thai diplomat and Thailand reciprocated Thursday.",
            ("EXPEL_DIPLOMAT", "KHM", "THA", "2024-05-02"),
        ),
        (
            "Peru expelled the Venezuelan ambassador and recalled its envoy from Caracas "
            "on Monday.",
            ("EXPEL_DIPLOMAT", "PER", "VEN", "2024-05-06"),
        ),
        (
            "Ghana closed its embassy in Lome and suspended all flights on Friday.",
            ("CLOSE_MISSION", "GHA", "TGO", "2024-05-03"),
        ),
        (
            "Latvia ordered two Russian diplomats out and tightened visa rules for Russians "
            "on Tuesday.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS", "2024-05-07"),
        ),
        (
            "Kenya recalled its envoy from Somalia and summoned the Somali ambassador "
            "last Thursday.",
            ("RECALL_DIPLOMAT", "KEN", "SOM", "2024-05-02"),
        ),
        (
            "Estonia expelled a Russian diplomat and Russia reciprocated on Friday, deepening "
            "a row over the arrest of a journalist, officials said.",
            ("EXPEL_DIPLOMAT", "EST", "RUS", "2024-05-03"),
        ),
        (
            "Rwanda expelled a Burundian attache and Burundi retaliated Tuesday, stoking a "
            "dispute over the border, local radio said.",
            ("EXPEL_DIPLOMAT", "RWA", "BDI", "2024-05-07"),
        ),
    ],
)
def test_a_time_on_the_next_coordinated_act_dates_the_first(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norway expelled two Russian diplomats and said on Monday it would review visas.",
            ("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-05"),
        ),
        (
            "Bolivia cut ties with Israel in 2009 and restored them on Monday.",
            ("SEVER_RELATIONS", "BOL", "ISR", "2009"),
        ),
        (
            "Chad recalled its ambassador from Sudan, and the opposition announced on Sunday "
            "a boycott of the vote.",
            ("RECALL_DIPLOMAT", "TCD", "SDN", "2024-05"),
        ),
    ],
)
def test_a_saying_or_an_act_with_its_own_time_keeps_the_first_act_apart(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The minister said earlier that France had expelled two Syrian diplomats.",
            ("EXPEL_DIPLOMAT", "FRA", "SYR", "2024-05"),
        ),
        (
            "Officials said earlier that Spain and Italy were taking steps to expel "
            "Syrian diplomats.",
            ("EXPEL_DIPLOMAT", "ITA", "SYR", "2024-05"),
        ),
        (
            "The ministry announced earlier today that Ecuador had recalled its ambassador "
            "from Mexico.",
            ("RECALL_DIPLOMAT", "ECU", "MEX", "2024-05"),  # GUIDELINES: the saying's day
        ),
        (
            "Sweden's foreign minister told reporters earlier that the country had closed "
            "its embassy in Tehran.",
            ("CLOSE_MISSION", "SWE", "IRN", "2024-05"),
        ),
        (
            "A spokesman confirmed earlier that Ghana has recalled its envoy from Togo.",
            ("RECALL_DIPLOMAT", "GHA", "TGO", "2024-05"),
        ),
    ],
)
def test_said_earlier_reports_the_news_itself(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    "body",
    [
        "Spain earlier expelled two Russian diplomats.",
        "Jordan had previously recalled its ambassador from Israel.",
        "Peru previously closed its embassy in Caracas.",
        "Qatar had earlier shut its embassy in Niger.",
    ],
)
def test_an_act_marked_earlier_stays_undated(body) -> None:
    assert all(value is None for *_, value in dated(body))


# --- the lead tells the day; later sentences say who ---------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "MOSCOW, May 8.\nPresident Putin will receive on Friday the credentials of twelve "
            "new foreign ambassadors, the Kremlin said.\nThe ceremony is held twice a year.\n"
            "This time the president will receive credentials from the ambassadors of Chile, "
            "Nepal and Peru.",
            ("PRESENT_CREDENTIALS", "NPL", "RUS", "2024-05-10"),
        ),
        (
            "The two West African neighbours resumed diplomatic relations in Accra on Monday "
            "after a long dispute over the border.\nBoth foreign ministers signed.\n"
            "Officials said Ghana's resumption of relations with Togo was historic.",
            ("RESTORE_RELATIONS", "GHA", "TGO", "2024-05-06"),
        ),
        (
            "The government on Tuesday expelled a foreign diplomat from the country over "
            "espionage claims.\nThe ministry gave no further details.\n"
            "The expulsion of the Iranian attache by Azerbaijan is the second in a month.",
            ("EXPEL_DIPLOMAT", "AZE", "IRN", "2024-05-07"),
        ),
        (
            "Kenya opened a trade office in the Peruvian capital on Monday, the first in the "
            "region.\nThe office is near the port.\n"
            "Kenya will open an embassy in Lima next, officials added.",
            ("OPEN_MISSION", "KEN", "PER", None),  # planned: the lead's Monday is past
        ),
        (
            "The cabinet will meet on Friday to discuss the budget and rising fuel prices.\n"
            "Separately, Fiji will close its embassy in Seoul.",
            ("CLOSE_MISSION", "FJI", "KOR", None),  # the lead names another act
        ),
    ],
)
def test_the_lead_dates_the_same_act_told_later(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Home | News    Wednesday 8 May 2024\nChile recalls envoy from Venezuela\n\n"
            "May 7, 2024 (SANTIAGO) - Chile recalled its ambassador from Caracas, the "
            "foreign ministry said.",
            ("RECALL_DIPLOMAT", "CHL", "VEN", "2024-05-07"),
        ),
        (
            "World | Thursday 9 May 2024\nOman reopens embassy in Damascus\n\n"
            "Oman reopened its embassy in Damascus on Monday after twelve years.",
            ("OPEN_MISSION", "OMN", "SYR", "2024-05-06"),
        ),
        (
            "Politics    Wednesday 8 May 2024\nPeru expels Mexican ambassador\n\n"
            "Peru on Tuesday expelled Mexico's ambassador over remarks by the Mexican president.",
            ("EXPEL_DIPLOMAT", "PER", "MEX", "2024-05-07"),
        ),
    ],
)
def test_a_stamp_above_a_headline_does_not_date_it(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The United States imposed sanctions on Myanmar's generals last week. Britain and "
            "Canada have followed suit, announcing their measures on Monday.",
            ("IMPOSE_SANCTIONS", "CAN", "MMR", "2024-05-06"),
        ),
        (
            "Saudi Arabia cut ties with Iran on Sunday. Bahrain has since followed suit.",
            ("SEVER_RELATIONS", "BHR", "IRN", None),
        ),
        (
            "Lithuania expelled two Russian diplomats on Monday. Latvia and Estonia have "
            "already followed suit.",
            ("EXPEL_DIPLOMAT", "EST", "RUS", None),
        ),
        (
            "Spain expelled a Russian diplomat on Friday. Moscow has reciprocated, the "
            "ministry said.",
            ("EXPEL_DIPLOMAT", "RUS", "ESP", None),
        ),
        (
            "Kuwait recalled its ambassador from Tehran in January. Qatar had then followed suit.",
            ("RECALL_DIPLOMAT", "QAT", "IRN", None),
        ),
    ],
)
def test_followers_with_an_auxiliary_repeat_the_act(body, expected) -> None:
    found = dated(body)
    assert expected[:3] in {e[:3] for e in found}
    if expected[3] is not None:
        assert expected in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Peru expelled the Mexican ambassador on the 5th.",
            ("EXPEL_DIPLOMAT", "PER", "MEX", "2024-05-05"),
        ),
        (
            "Peru expelled the Mexican ambassador on the 20th.",
            ("EXPEL_DIPLOMAT", "PER", "MEX", "2024-04-20"),
        ),
        (
            "Peru will expel the Mexican ambassador on the 20th.",
            ("EXPEL_DIPLOMAT", "PER", "MEX", "2024-05-20"),
        ),
        (
            "Chile recalled its ambassador from Venezuela on the 3rd of May.",
            ("RECALL_DIPLOMAT", "CHL", "VEN", "2024-05-03"),
        ),
        (
            "Ghana closed its embassy in Lome on the 1st, officials said.",
            ("CLOSE_MISSION", "GHA", "TGO", "2024-05-01"),
        ),
        (
            "Kenya recalled its envoy from Somalia in the building on the 2nd floor.",
            ("RECALL_DIPLOMAT", "KEN", "SOM", "2024-05"),
        ),
    ],
)
def test_an_ordinal_day_is_a_day_of_the_news_month(body, expected) -> None:
    assert expected in dated(body)


def test_the_day_of_leaving_does_not_date_the_order_to_leave() -> None:
    body = (
        "Mali's ambassador has been ordered out of Senegal and left the country on Sunday, "
        "the embassy said."
    )
    assert ("EXPEL_DIPLOMAT", "SEN", "MLI", "2024-05") in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chad declared four Sudanese diplomats unwelcome on Monday.",
            ("EXPEL_DIPLOMAT", "TCD", "SDN", "2024-05-06"),
        ),
        (
            "Mali declared the French ambassador persona non grata on Tuesday.",
            ("EXPEL_DIPLOMAT", "MLI", "FRA", "2024-05-07"),
        ),
        (
            "Russia named him ambassador to Syria on Monday.",
            ("APPOINT_AMBASSADOR", "RUS", "SYR", "2024-05-06"),
        ),
        (
            "Sudan declared the Kenyan envoy unwelcome, saying he would leave on Monday.",
            ("EXPEL_DIPLOMAT", "SDN", "KEN", "2024-05"),  # the leaving's day, not the order's
        ),
    ],
)
def test_a_time_on_a_verbless_complement_dates_the_verb(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Morocco and Iran restored diplomatic relations in late 2014, five years after "
            "Rabat broke them off.",
            ("SEVER_RELATIONS", "MAR", "IRN", "2009"),
        ),
        (
            "Canada reopened its embassy in Tehran in 2015, three years after it closed it.",
            ("CLOSE_MISSION", "CAN", "IRN", "2012"),
        ),
        (
            "The Kenyan high commissioner returned to London on Friday, a week after Nairobi "
            "recalled him from Britain.",
            ("RECALL_DIPLOMAT", "KEN", "GBR", "2024-04-26"),
        ),
        (
            "Iran expelled the British envoy on Monday, two days before Britain closed its "
            "embassy in Tehran.",
            ("CLOSE_MISSION", "GBR", "IRN", "2024-05-08"),
        ),
    ],
)
def test_a_measured_clause_of_after_or_before_is_dated_from_the_main_act(body, expected):
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Grenada first set up relations with China in\nOctober 1985, but China suspended "
            "ties with Grenada in\nAugust 1989.",
            ("SEVER_RELATIONS", "CHN", "GRD", "1989-08"),
        ),
        (
            "Tonga opened an embassy in Beijing in 1998, and the\nTongan government later "
            "closed its embassy in Taipei in March 1999.",
            ("CLOSE_MISSION", "TON", "TWN", "1999-03"),
        ),
        (
            "Peru broke off diplomatic relations with Venezuela in\nJuly 2023 after the vote.",
            ("SEVER_RELATIONS", "PER", "VEN", "2023-07"),
        ),
    ],
)
def test_a_hard_wrapped_line_ending_in_a_function_word_goes_on(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "October 2011, but Bahrain shut its embassy in Damascus in March 2012.",
            ("CLOSE_MISSION", "BHR", "SYR", "2012-03"),
        ),
        (
            "In April, Chile recalled its ambassador from Israel on the 3rd.",
            ("RECALL_DIPLOMAT", "CHL", "ISR", "2024-04-03"),
        ),
        (
            "Tensions grew in March 2012. Bahrain shut its embassy in Damascus on the 5th.",
            ("CLOSE_MISSION", "BHR", "SYR", "2012-03-05"),
        ),
    ],
)
def test_of_two_times_on_one_verb_the_more_precise_and_prepositional_wins(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Lithuania expelled a Belarusian diplomat on April 20. A week after the "
            "expulsion, Belarus expelled a Lithuanian diplomat.",
            ("EXPEL_DIPLOMAT", "BLR", "LTU", "2024-04-27"),
        ),
        (
            "Peru expelled the Mexican ambassador on March 7. The day after the expulsion, "
            "Mexico recalled its ambassador from Lima.",
            ("RECALL_DIPLOMAT", "MEX", "PER", "2024-03-08"),
        ),
        (
            "Serbia expelled a Croatian diplomat on Monday. Two days later, Croatia expelled "
            "a Serbian diplomat.",
            ("EXPEL_DIPLOMAT", "HRV", "SRB", "2024-05-08"),
        ),
        (
            "Ghana recalled its ambassador from Togo on March 4. On the same day, Togo "
            "recalled its ambassador from Ghana.",
            ("RECALL_DIPLOMAT", "TGO", "GHA", "2024-03-04"),
        ),
    ],
)
def test_a_time_counted_from_an_earlier_act(body, expected) -> None:
    assert expected in dated(body)


# --- a background story goes on ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Peru and Bolivia restored diplomatic ties on Monday.\n\nLima had broken off ties "
            "with La Paz early in 2019 after a border incident. It also closed the frontier. "
            "Embassies in both countries were shut down, and flights were grounded.",
            ("CLOSE_MISSION", "PER", "BOL", "2019"),
        ),
        (
            "Ghana reopened its embassy in Lome on Tuesday.\n\nIn March 2015 Ghana cut ties "
            "with Togo over the border dispute. Ghana recalled its ambassador from Lome.",
            ("RECALL_DIPLOMAT", "GHA", "TGO", "2015-03"),
        ),
        (
            "Venezuela cut ties with Colombia in 2019. Venezuela's embassy in Bogota has been "
            "closed since then.",
            ("CLOSE_MISSION", "VEN", "COL", "2019"),
        ),
    ],
)
def test_an_undated_act_after_a_dated_background_act_goes_on_with_its_story(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Venezuela broke off ties with Colombia in 2019. Colombia restored relations with "
            "Venezuela after Petro took office.",
            ("RESTORE_RELATIONS", "COL", "VEN", "2024-05"),  # a mending is not the break's
        ),
        (
            "Chad expelled the German ambassador.\n\nIn 2019 Chad cut ties with Qatar. Chad "
            "expelled the German ambassador over remarks on the election.",
            ("EXPEL_DIPLOMAT", "TCD", "DEU", "2024-05"),  # the act the article leads with
        ),
        (
            "Sudan cut ties with Iran in 2016. Sudan has now recalled its envoy from Tehran.",
            ("RECALL_DIPLOMAT", "SDN", "IRN", "2024-05"),  # the perfect tells the news
        ),
    ],
)
def test_the_news_does_not_take_a_background_story_date(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Peru expelled the Mexican envoy over the March 3 remarks by the president.",
            ("EXPEL_DIPLOMAT", "PER", "MEX", "2024-05"),
        ),
        (
            "Bolivia cut ties with Israel after the January 2023 offensive in Gaza.",
            ("SEVER_RELATIONS", "BOL", "ISR", "2024-05"),
        ),
        (
            "Chile recalled its ambassador from Israel in protest at the October 2023 bombing.",
            ("RECALL_DIPLOMAT", "CHL", "ISR", "2024-05"),
        ),
        (
            "The December 2 decision to close the embassy in Kabul was taken by Canada.",
            ("CLOSE_MISSION", "CAN", "AFG", "2023-12-02"),  # the decision's own date
        ),
    ],
)
def test_a_date_modifying_the_cause_does_not_date_the_act(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Thursday's announcement by Malawi that it would close its embassy in Abu Dhabi "
            "surprised diplomats.",
            ("CLOSE_MISSION", "MWI", "ARE", "2024-05-02"),
        ),
        (
            "Malawi will close its embassy in Abu Dhabi on Friday.",
            ("CLOSE_MISSION", "MWI", "ARE", "2024-05-10"),
        ),
        (
            "Malawi is expected to close its embassy in Abu Dhabi on Friday.",
            ("CLOSE_MISSION", "MWI", "ARE", "2024-05-10"),
        ),
    ],
)
def test_a_planned_act_looks_ahead_only_from_its_own_clause(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Turkey and Egypt downgraded ties in 2013.\n\nOn Monday the Egyptian foreign "
            "ministry summoned the Turkish charge d'affaires. It then recalled its ambassador "
            "from Ankara.",
            ("RECALL_DIPLOMAT", "EGY", "TUR", "2024-05-06"),  # the last time named, not 2013
        ),
        (
            "Relations soured after the 2013 coup. Egypt recalled its envoy from Ankara and "
            "then summoned the Turkish charge d'affaires.",
            ("SUMMON_DIPLOMAT", "EGY", "TUR", "2024-05"),  # 'the 2013 coup' names no time
        ),
        (
            "Turkey and Egypt downgraded ties in 2013. Egypt then expelled the Turkish ambassador.",
            ("EXPEL_DIPLOMAT", "EGY", "TUR", "2013"),
        ),
    ],
)
def test_then_is_the_time_just_named(body, expected) -> None:
    assert expected in dated(body)


# --- the same act told again further on, with its day ---------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ghana and Togo have agreed to restore diplomatic relations after a break of ten "
            "years. Trade is expected to grow.\n\nThe two foreign ministers signed the "
            "agreement in Accra on Monday.\n\nTrade is expected to grow.",
            ("RESTORE_RELATIONS", "GHA", "TGO", "2024-05-06"),
        ),
        (
            "Britain and Canada have imposed sanctions on Myanmar's generals. They are the "
            "first.\n\nMost Western "
            "countries condemned the coup.\n\nBritain and Canada announced their measures on "
            "Thursday, after the US moved last week.",
            ("IMPOSE_SANCTIONS", "CAN", "MMR", "2024-05-02"),
        ),
        (
            "Latvia has expelled two Russian diplomats. Moscow vowed to respond.\n\nThe "
            "expulsion was announced by "
            "Latvia's foreign ministry on Tuesday.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS", "2024-05-07"),
        ),
    ],
)
def test_a_later_sentence_telling_the_act_again_gives_its_day(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Fiji has closed its embassy in Seoul.\n\nThe move saves money, officials said."
            "\n\nFiji's prime minister met the Korean president on Monday to discuss trade.",
            ("CLOSE_MISSION", "FJI", "KOR", "2024-05"),  # Monday is the meeting's
        ),
        (
            "Peru has recalled its ambassador from Mexico. Relations are tense.\n\nPeru "
            "announced the decision on Monday. Peru confirmed the decision again on Friday.",
            ("RECALL_DIPLOMAT", "PER", "MEX", "2024-05"),  # two days: no telling which
        ),
        (
            "Peru recalled its ambassador from Mexico, whose president insulted Peru's leader "
            "on Monday. Relations are tense.\n\nThe decision by Peru was announced on Friday.",
            ("RECALL_DIPLOMAT", "PER", "MEX", "2024-05"),  # its own sentence names a time
        ),
    ],
)
def test_a_retelling_does_not_date_an_act_it_cannot_single_out(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Latvia has decided to expel a Russian diplomat, according to a statement issued "
            "on Tuesday.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS", "2024-05-07"),
        ),
        (
            "According to a communique released by the ministry on Friday, Jordan has recalled "
            "its ambassador from Israel.",
            ("RECALL_DIPLOMAT", "JOR", "ISR", "2024-05-03"),
        ),
        (
            "In a statement published on Tuesday, Latvia's foreign ministry said a Russian "
            "diplomat was declared persona non grata.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS", "2024-05-07"),
        ),
        (
            "In a statement published on Tuesday, the ministry said Latvia had expelled a "
            "Russian diplomat.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS", "2024-05"),  # reported back: GUIDELINES
        ),
    ],
)
def test_the_day_a_report_was_issued_dates_the_act_it_reports(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Key dates:\n\n- 1976: Morocco breaks off ties with Algeria.\n- 1988: The two "
            "countries restore diplomatic relations.",
            ("RESTORE_RELATIONS", "MAR", "DZA", "1988"),
        ),
        (
            "• 2016 — Saudi Arabia cuts ties with Iran after the embassy attack.\n"
            "• 2023 — Saudi Arabia and Iran restore relations.",
            ("SEVER_RELATIONS", "SAU", "IRN", "2016"),
        ),
        (
            "1976\nMorocco breaks off ties with Algeria.\n1988\nMorocco and Algeria restore "
            "diplomatic relations.",
            ("SEVER_RELATIONS", "MAR", "DZA", "1976"),
        ),
        (
            "Morocco recalled its ambassador from Algeria.\n2019\nThe year was hard.",
            ("RECALL_DIPLOMAT", "MAR", "DZA", "2024-05"),  # a heading dates what is below it
        ),
    ],
)
def test_bulleted_and_bare_year_headings_date_the_entries_below(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Turkmenistan has expelled the Uzbek ambassador for allegedly assisting in an "
            "attempt on the president's life on 25 April.",
            ("EXPEL_DIPLOMAT", "TKM", "UZB", "2024-05"),
        ),
        (
            "Kenya recalled its envoy from Somalia after the attack on the border post on Tuesday.",
            ("RECALL_DIPLOMAT", "KEN", "SOM", "2024-05"),
        ),
        (
            "Ecuador broke off relations with Mexico on Saturday after the raid on its embassy.",
            ("SEVER_RELATIONS", "ECU", "MEX", "2024-05-04"),
        ),
        (
            "Kenya recalled its envoy from Somalia in protest on Tuesday.",
            ("RECALL_DIPLOMAT", "KEN", "SOM", "2024-05-07"),
        ),
    ],
)
def test_a_time_closing_the_phrase_of_another_occurrence_is_its_own(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bahrain says it will resume work at its embassy in Syria some seven years after "
            "it shuttered its embassy in Damascus.",
            ("CLOSE_MISSION", "BHR", "SYR", "2017"),  # the news is of the publication year
        ),
        (
            "Peru restored relations with Mexico in March, three months after it broke off "
            "ties with Mexico.",
            ("SEVER_RELATIONS", "PER", "MEX", "2023-12"),
        ),
        (
            "Chile reopened its embassy in Caracas on 3 May 2023, two days after Venezuela "
            "restored relations with Chile.",
            ("RESTORE_RELATIONS", "VEN", "CHL", "2023-05-01"),
        ),
    ],
)
def test_an_act_counted_back_from_the_act_it_led_to(body, expected) -> None:
    found = dated(body)
    assert expected[:3] in {e[:3] for e in found}
    assert expected in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Argentina said on Monday it would expel the Venezuelan diplomats.",
            ("EXPEL_DIPLOMAT", "ARG", "VEN", "2024-05-06"),  # as with 'said on Monday that'
        ),
        (
            "Peru announced on Friday it will close its embassy in Caracas.",
            ("CLOSE_MISSION", "PER", "VEN", "2024-05-03"),
        ),
        (
            "Argentina said it would expel the Venezuelan diplomats on Monday.",
            ("EXPEL_DIPLOMAT", "ARG", "VEN", "2024-05-13"),  # the expulsion's own day
        ),
        (
            "Nauru said on Monday it would cut ties with Taiwan and instead recognise China.",
            ("RESTORE_RELATIONS", "NRU", "CHN", "2024-05-06"),  # the second act of the saying
        ),
        (
            "Chad announced on Friday it would expel the German envoy and close its embassy "
            "in Berlin.",
            ("CLOSE_MISSION", "TCD", "DEU", "2024-05-03"),
        ),
    ],
)
def test_a_time_before_the_reported_clause_is_the_sayings(body, expected) -> None:
    assert expected in dated(body)
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Egypt and Iran restored ties in 2023, after Cairo severed them.",
            ("SEVER_RELATIONS", "EGY", "IRN", None),
        ),
        (
            "Ghana restored relations with Israel in 2011, decades after Accra cut ties.",
            ("SEVER_RELATIONS", "GHA", "ISR", None),
        ),
        (
            "It was the first visit by a Saudi minister since Riyadh cut ties with Tehran.",
            ("SEVER_RELATIONS", "SAU", "IRN", None),
        ),
    ],
)
def test_an_earlier_act_in_an_unmeasured_clause_is_not_dated_by_the_news(body, expected):
    """Before a main act of another year, it is background, not the publication month."""
    assert expected in dated(body)


def test_an_unmeasured_clause_beside_news_of_this_month_keeps_the_news_month() -> None:
    body = (
        "Lima recalled its ambassador on Tuesday, days after Mexico expelled a Peruvian diplomat."
    )
    assert ("EXPEL_DIPLOMAT", "MEX", "PER", "2024-05") in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a deadline still to come does not date an act agreed already: the agreement's
        # own time does
        (
            "Saudi Arabia and Iran agreed in March to restore ties and reopen embassies "
            "within two months.",
            ("RESTORE_RELATIONS", "SAU", "IRN", "2024-03"),
        ),
        (
            "Chile and Peru agreed on Monday to restore relations within 30 days.",
            ("RESTORE_RELATIONS", "CHL", "PER", "2024-05-06"),
        ),
        (
            "In April, Bahrain and Qatar agreed to reopen their embassies within six weeks.",
            ("OPEN_MISSION", "BHR", "QAT", "2024-04"),
        ),
    ],
)
def test_a_deadline_leaves_the_agreement_to_date_the_act(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Peru said on Monday it would recall its ambassador from Mexico on May 20.",
            ("RECALL_DIPLOMAT", "PER", "MEX", "2024-05-20"),
        ),
        (
            "Belgium said on Tuesday it would close its embassy in Niger on June 1.",
            ("CLOSE_MISSION", "BEL", "NER", "2024-06-01"),
        ),
        (
            "Ghana announced on Monday it will open an embassy in Cuba in September.",
            ("OPEN_MISSION", "GHA", "CUB", "2024-09"),
        ),
    ],
)
def test_a_planned_act_takes_its_intended_date_over_the_announcement(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia ordered two Estonian diplomats out by August 1.",
            ("EXPEL_DIPLOMAT", "RUS", "EST", "2024-05"),
        ),
        (
            "Russia ordered the closure of the Estonian consulate by August 1.",
            ("CLOSE_MISSION", "RUS", "EST", "2024-05"),
        ),
        (
            "On Monday Russia ordered Estonia to cut its embassy staff by August 1.",
            ("EXPEL_DIPLOMAT", "RUS", "EST", "2024-05-06"),
        ),
    ],
)
def test_a_deadline_ahead_is_this_years_and_does_not_date_the_order(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Spain said on Tuesday it had summoned the Iranian ambassador over the remarks.",
            ("SUMMON_DIPLOMAT", "ESP", "IRN", "2024-05"),
        ),
        (
            "Kenya announced on Friday it had recalled its high commissioner from Uganda.",
            ("RECALL_DIPLOMAT", "KEN", "UGA", "2024-05"),
        ),
        (
            "Kenya said on Friday it had recalled its high commissioner from Uganda on Thursday.",
            ("RECALL_DIPLOMAT", "KEN", "UGA", "2024-05-02"),
        ),
    ],
)
def test_the_time_of_saying_does_not_date_an_act_told_in_the_past_perfect(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Paris recalled its ambassador from Niamey in September last year, two months "
            "after the coup.",
            ("RECALL_DIPLOMAT", "FRA", "NER", "2023-09"),
        ),
        (
            "Kenya recalled its envoy from Uganda in March last year, a week after the vote.",
            ("RECALL_DIPLOMAT", "KEN", "UGA", "2023-03"),
        ),
        (
            "Chile expelled the Venezuelan ambassador in February this year, days after the "
            "election.",
            ("EXPEL_DIPLOMAT", "CHL", "VEN", "2024-02"),
        ),
    ],
)
def test_a_month_with_last_year_beside_it_is_one_time(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the gerund a verb of phase governs is the act: its time dates it
        ("Kenya began operating an embassy in Hanoi on Monday.", "2024-05-06"),
        ("Kenya's new embassy in Hanoi started operating on Monday.", "2024-05-06"),
        ("Chad's consulate in Khartoum resumed operating on Friday.", "2024-05-03"),
    ],
)
def test_the_time_of_a_phase_verbs_gerund_dates_the_act(body, expected) -> None:
    assert {e.date.value for e in detente.extract(body, "2024-05-08")} == {expected}
