"""Whole articles written for these tests, in the styles real news comes in.

Each ``tests/fixtures/articles/NAME.txt`` (seed format, with its ``date`` line) is
a full article: a wire story with a dateline, a ministry press release inside its
site's menus, state-media briefing prose, a roundup of reactions, an explainer
with a history section, a live blog, a news portal with "Read more" teasers,
credentials ceremonies with rosters, tit-for-tat expulsions, and actors named
once and then referred to as "the Gulf state", "Baghdad", "the two countries".
``NAME.expected.json`` lists its events as annotated by GUIDELINES.md:
``[type, source, target, date]`` and, when not asserted, the modality.

Negated events must not come out as facts; every other event must come out with
its date, and nothing more, except the gaps still open, listed in
``NAME.open.json`` (``missing``: expected rows not yet found as written; ``extra``:
rows found that are wrong).  A fixed gap is taken off that list.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import detente

_ARTICLES = Path(__file__).parent / "fixtures" / "articles"
_NAMES = sorted(path.stem for path in _ARTICLES.glob("*.txt"))


def _expected(name: str) -> tuple[set[tuple], set[tuple]]:
    rows = json.loads((_ARTICLES / f"{name}.expected.json").read_text("utf-8"))
    facts = {tuple(row[:4]) for row in rows if (row[4:] or ["asserted"])[0] != "negated"}
    negated = {tuple(row[:3]) for row in rows if (row[4:] or ["asserted"])[0] == "negated"}
    return facts, negated


def _open_gaps(name: str) -> tuple[set[tuple], set[tuple]]:
    path = _ARTICLES / f"{name}.open.json"
    if not path.exists():
        return set(), set()
    gaps = json.loads(path.read_text("utf-8"))
    return {tuple(row) for row in gaps["missing"]}, {tuple(row) for row in gaps["extra"]}


def _found(name: str) -> list[detente.Event]:
    return detente.extract((_ARTICLES / f"{name}.txt").read_text("utf-8"), doc_id=name)


def test_there_are_a_dozen_articles() -> None:
    assert len(_NAMES) >= 12


@pytest.mark.parametrize("name", _NAMES)
def test_article_events_and_dates(name: str) -> None:
    facts, negated = _expected(name)
    found = _found(name)
    told = {(e.type, e.source, e.target, e.date.value) for e in found if e.modality != "negated"}
    missing, extra = _open_gaps(name)
    assert missing <= facts and not extra & facts
    assert told - extra == facts - missing
    asserted = {(e.type, e.source, e.target) for e in found if e.modality != "negated"}
    assert not asserted & negated


def events_of(body: str, published: str = "2025-05-23") -> set[tuple]:
    return {(e.type, e.source, e.target, e.date.value) for e in detente.extract(body, published)}


# --- one dyad, two acts: the news and an act stated long before ----------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chad has ordered Sudan's ambassador to leave the country. Sudan expelled four "
            "Chadian diplomats in December 2023, and Chad responded in kind days later.",
            {
                ("EXPEL_DIPLOMAT", "TCD", "SDN", "2025-05"),
                ("EXPEL_DIPLOMAT", "SDN", "TCD", "2023-12"),
                ("EXPEL_DIPLOMAT", "TCD", "SDN", "2023-12"),
            },
        ),
        (
            "Peru has recalled its ambassador from Mexico for consultations. "
            "It last recalled its ambassador from Mexico in 2019.",
            {
                ("RECALL_DIPLOMAT", "PER", "MEX", "2025-05"),
                ("RECALL_DIPLOMAT", "PER", "MEX", "2019"),
            },
        ),
        (
            "Latvia has expelled a Russian diplomat. Latvia expelled two Russian "
            "diplomats in March 2022 as well.",
            {
                ("EXPEL_DIPLOMAT", "LVA", "RUS", "2025-05"),
                ("EXPEL_DIPLOMAT", "LVA", "RUS", "2022-03"),
            },
        ),
    ],
)
def test_an_act_told_as_news_is_not_one_stated_long_before(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the same act told twice, once without a date of its own
        "Ties were cut after a bombing in the capital. "
        "Burma broke off ties with North Korea in 1983.",
        "Oman recalled its ambassador from Iran in 2016. "
        "The ambassador was recalled over an attack.",
    ],
)
def test_an_act_referred_to_without_a_date_joins_the_dated_one(body) -> None:
    found = detente.extract(body, "2025-05-23")
    assert len(found) == 1


# --- 'when' clauses of a time expression, and 'hours later' ------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The crisis began in March 2019, when Venezuela broke off relations with Colombia.",
            {("SEVER_RELATIONS", "VEN", "COL", "2019-03")},
        ),
        (
            "It was in 2018 when Bahrain recalled its ambassador from Iran.",
            {("RECALL_DIPLOMAT", "BHR", "IRN", "2018")},
        ),
        (
            "Ties soured in January 2023, when Tallinn ordered the Russian ambassador to leave.",
            {("EXPEL_DIPLOMAT", "EST", "RUS", "2023-01")},
        ),
    ],
)
def test_a_when_clause_takes_the_time_it_describes(body, expected) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "Hours later, Iraq retaliated in kind.",
        "A few hours later Iraq responded in kind.",
        "Two hours later, Iraq reciprocated.",
    ],
)
def test_hours_later_is_the_day_of_the_act_just_told(answer) -> None:
    body = f"Kuwait expelled Iraq's ambassador on Tuesday. {answer}"
    assert ("EXPEL_DIPLOMAT", "IRQ", "KWT", "2025-05-20") in events_of(body)


# --- heads of embassies, counsellors and secretaries are diplomats ------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Estonia expelled the deputy head of the Russian embassy in Tallinn on May 12.",
            ("EXPEL_DIPLOMAT", "EST", "RUS"),
        ),
        (
            "Poland expelled a second secretary of the Belarusian embassy on Tuesday.",
            ("EXPEL_DIPLOMAT", "POL", "BLR"),
        ),
        ("Gabon expelled the first secretary at Chad's embassy.", ("EXPEL_DIPLOMAT", "GAB", "TCD")),
        (
            "Latvia declared the head of the Belarusian embassy persona non grata.",
            ("EXPEL_DIPLOMAT", "LVA", "BLR"),
        ),
    ],
)
def test_embassy_ranks_are_diplomats(body, expected) -> None:
    assert {event[:3] for event in events_of(body)} == {expected}


def test_the_head_of_a_federation_is_no_diplomat() -> None:
    assert not events_of("The head of the football federation was expelled from the party.")


# --- rosters that title each envoy --------------------------------------------


@pytest.mark.parametrize(
    ("body", "senders"),
    [
        (
            "President Ruto received the credentials of Ambassador of the Republic of Korea "
            "Kim Min-su; Ambassador of the Kingdom of Spain Ana de la Vega; and Ambassador of "
            "the State of Qatar Hamad bin Ali Al-Thani at State House on Monday.",
            {"KOR", "ESP", "QAT"},
        ),
        (
            "Those who presented their letters of credence to the President of Kenya on Monday "
            "were Ambassador Carla Ortiz (Guatemala), High Commissioner Tom Reid (Malta) and "
            "Ambassador Jan Novak (Czech Republic).",
            {"GTM", "MLT", "CZE"},
        ),
        (
            "Also presenting credentials to President Ruto on Monday were Chile's Ambassador "
            "Maria Soto, Nepal's Ambassador Ram Thapa and Finland's Henrik Berg.",
            {"CHL", "NPL", "FIN"},
        ),
    ],
)
def test_rosters_that_title_each_envoy(body, senders) -> None:
    found = {(t, s, h) for t, s, h, _ in events_of(body, "2025-06-18")}
    assert found == {("PRESENT_CREDENTIALS", sender, "KEN") for sender in senders}


# --- a state called by its kind, and an 'it' that continues the last subject --


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Qatar hosted talks with Saudi Arabia on the crisis on Monday. Egypt then expelled "
            "the emirate's ambassador.",
            ("EXPEL_DIPLOMAT", "EGY", "QAT"),
        ),
        (
            "Jordan and Iraq signed a trade pact. Syria later summoned the kingdom's charge "
            "d'affaires over the border incident.",
            ("SUMMON_DIPLOMAT", "SYR", "JOR"),
        ),
        (
            "Oman mediated between Iran and Saudi Arabia for months. Tehran on Monday recalled "
            "its ambassador from the sultanate.",
            ("RECALL_DIPLOMAT", "IRN", "OMN"),
        ),
    ],
)
def test_a_state_called_by_its_kind(body, expected) -> None:
    assert expected in {event[:3] for event in events_of(body)}


def test_the_kingdom_followed_by_its_name_is_that_name() -> None:
    body = "Jordan and Israel held talks. The kingdom of Morocco expelled an Israeli diplomat."
    assert {event[:3] for event in events_of(body)} == {("EXPEL_DIPLOMAT", "MAR", "ISR")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "China signed a communique with Saint Lucia in Beijing on Tuesday, and China will "
            "open an embassy in Castries. Beijing welcomed the decision. Taiwan's foreign "
            "ministry reacted angrily. It said it had recalled its ambassador.",
            ("RECALL_DIPLOMAT", "TWN"),
        ),
        (
            "Russia warned Moldova on Monday, and Moscow cut gas supplies to Russia's former "
            "ally. Moldova's government was unmoved. It said it had expelled a diplomat.",
            ("EXPEL_DIPLOMAT", "MDA"),
        ),
        (
            "Israel struck targets in Syria and Israel warned Damascus. Turkey's foreign "
            "ministry condemned the raid. It said it had recalled its ambassador.",
            ("RECALL_DIPLOMAT", "TUR"),
        ),
    ],
)
def test_an_opening_it_continues_the_subject_before(body, expected) -> None:
    assert expected in {event[:2] for event in events_of(body)}


# --- persona non grata: its time, its nominal form, the host of the mission ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Prague declared the minister-counsellor of the Russian embassy persona non grata "
            "on March 29.",
            ("EXPEL_DIPLOMAT", "CZE", "RUS", "2025-03-29"),
        ),
        (
            "Latvia declared the head of the Belarusian embassy persona non grata on Monday.",
            ("EXPEL_DIPLOMAT", "LVA", "BLR", "2025-05-19"),
        ),
        (
            "Lithuania declared the consul of Belarus in Klaipeda persona non grata on 12 May "
            "and gave him three days to leave.",
            ("EXPEL_DIPLOMAT", "LTU", "BLR", "2025-05-12"),
        ),
    ],
)
def test_the_time_of_declaring_persona_non_grata(body, expected) -> None:
    assert events_of(body) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Minsk condemned Warsaw's declaration of two Belarusian diplomats as persona non "
            "grata on Monday.",
            ("EXPEL_DIPLOMAT", "POL", "BLR"),
        ),
        (
            "The declaration of the Iranian ambassador as persona non grata by Baku was "
            "announced on Friday.",
            ("EXPEL_DIPLOMAT", "AZE", "IRN"),
        ),
        (
            "Riga's declaration of a Russian consul as persona non grata angered Moscow.",
            ("EXPEL_DIPLOMAT", "LVA", "RUS"),
        ),
    ],
)
def test_a_declaration_of_persona_non_grata_is_an_expulsion(body, expected) -> None:
    assert {event[:3] for event in events_of(body)} == {expected}


def test_a_declaration_of_independence_is_none() -> None:
    assert not events_of("The declaration of independence was signed by Kosovo on Monday.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A first secretary of the Iranian embassy in Baku was expelled on Monday, Tehran said.",
            ("EXPEL_DIPLOMAT", "AZE", "IRN"),
        ),
        (
            "Two diplomats of the Russian embassy in Oslo were expelled, the Kremlin said.",
            ("EXPEL_DIPLOMAT", "NOR", "RUS"),
        ),
        (
            "An attache of the Cuban embassy in Bogota has been expelled, Havana said.",
            ("EXPEL_DIPLOMAT", "COL", "CUB"),
        ),
    ],
)
def test_staff_of_a_mission_are_expelled_by_its_host(body, expected) -> None:
    assert {event[:3] for event in events_of(body)} == {expected}


# --- an anniversary dates the act it celebrates; a name parsed as an adverb ----


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Vietnam and the United States celebrated the 30th anniversary of the "
            "normalisation of relations this month.",
            "1995",
        ),
        (
            "China and Nauru marked the first anniversary of the resumption of diplomatic "
            "relations on Friday.",
            "2024",
        ),
        (
            "Guests gathered for the seventy-fifth anniversary of the establishment of "
            "diplomatic ties between India and Indonesia.",
            "1950",
        ),
    ],
)
def test_an_anniversary_dates_the_act_it_celebrates(body, expected) -> None:
    """At the year: GUIDELINES, a derived date takes its least precise part's precision."""
    assert {event[3] for event in events_of(body, "2025-01-21")} == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Nauru cut its so-called "diplomatic ties" with the Taiwan region and resumed '
            "diplomatic relations with China in January 2024, he noted.",
            {("SEVER_RELATIONS", "NRU", "TWN"), ("RESTORE_RELATIONS", "NRU", "CHN")},
        ),
        (
            "Nauru expelled two Taiwanese diplomats, he noted.",
            {("EXPEL_DIPLOMAT", "NRU", "TWN")},
        ),
        (
            "Nauru recalled its ambassador from Taipei, he noted.",
            {("RECALL_DIPLOMAT", "NRU", "TWN")},
        ),
    ],
)
def test_a_sentence_opening_name_parsed_as_an_adverb_is_the_subject(body, expected) -> None:
    # The ambassador named before makes 'he' a diplomat of another state.
    before = "Uzbekistan's ambassador Farhod Arziev spoke at the ceremony in Beijing. "
    assert {event[:3] for event in events_of(before + body, "2025-01-21")} >= expected


# --- a year that frames the sentence frames the months it names ----------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "2022: After the election, Colombia and Venezuela restored diplomatic relations "
            "in August.",
            "2022-08",
        ),
        ("In 2010, Venezuela broke off relations with Colombia in July.", "2010-07"),
        ("2019 - Bolivia recalled its ambassador from Mexico in December.", "2019-12"),
    ],
)
def test_a_framing_year_frames_the_month(body, expected) -> None:
    assert {event[3] for event in events_of(body, "2025-02-11")} == {expected}


def test_a_year_inside_the_sentence_does_not_frame_the_month() -> None:
    body = "The embargo, imposed by the EU on Belarus in 2019, was lifted in March."
    assert ("LIFT_SANCTIONS", "EU", "BLR", "2025-03") in events_of(body, "2025-04-11")


# --- press-release forms of persona non grata -----------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On 4 June 2024, the Ministry of Foreign Affairs of the Republic of Lithuania "
            "declared a diplomat of the Embassy of the Republic of Belarus in Vilnius persona "
            "non grata.",
            ("EXPEL_DIPLOMAT", "LTU", "BLR", "2024-06-04"),
        ),
        (
            "The Ministry of Foreign Affairs of Lithuania declared a diplomat of the Embassy "
            "of Belarus persona non grata.",
            ("EXPEL_DIPLOMAT", "LTU", "BLR", "2024-06"),
        ),
        (
            "The Government of Moldova declared a staff member of the Embassy of Russia "
            "persona non grata.",
            ("EXPEL_DIPLOMAT", "MDA", "RUS", "2024-06"),
        ),
    ],
)
def test_press_release_forms_of_persona_non_grata(body, expected) -> None:
    assert events_of(body, "2024-06-05") == {expected}


def test_an_embassy_is_not_the_person_expelled() -> None:
    body = (
        "The Government of Moldova declared a staff member of the Embassy of Russia "
        "persona non grata."
    )
    (event,) = detente.extract(body, "2024-06-05")
    assert event.persons == ()


# --- states the text does not name are no actors ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Several Muslim-majority countries summoned Swedish diplomats on Monday, while "
            "Saudi Arabia recalled its ambassador.",
            {("RECALL_DIPLOMAT", "SAU", "SWE")},
        ),
        (
            "Jordan condemned the raid on Sunday. Many Arab states summoned Israeli envoys.",
            set(),
        ),
        (
            "Peru's foreign minister spoke on Monday. Other countries in the region recalled "
            "their ambassadors from Caracas.",
            set(),
        ),
    ],
)
def test_states_the_text_does_not_name_lend_no_act(body, expected) -> None:
    assert {event[:3] for event in events_of(body, "2024-09-03")} == expected


def test_states_named_inside_the_group_act() -> None:
    body = "Several countries, including Kuwait and Qatar, summoned Swedish envoys."
    assert {event[:3] for event in events_of(body, "2024-09-03")} == {
        ("SUMMON_DIPLOMAT", "KWT", "SWE"),
        ("SUMMON_DIPLOMAT", "QAT", "SWE"),
    }


# --- 'the ambassadors' of a roster; copies, then the letters ---------------------

_ROSTER = (
    "President Ruto received the credentials of new ambassadors at State House on Tuesday. "
    "They were Ambassador Ana Ruiz (Peru), Ambassador Tom Berg (Norway) and Ambassador "
    "Ali Musa (Chad). "
)


@pytest.mark.parametrize(
    "copies",
    [
        "Earlier, on May 5, the ambassadors handed copies of their credentials to the foreign "
        "minister.",
        "On May 5, the envoys had presented copies of their letters of credence to the "
        "Cabinet Secretary for Foreign Affairs.",
        "The new ambassadors submitted copies of their credentials to the ministry on May 5.",
    ],
)
def test_the_ambassadors_of_a_roster_and_their_copies(copies) -> None:
    found = events_of(_ROSTER + "The President welcomed them to Kenya. " + copies, "2025-05-23")
    assert found == {
        ("PRESENT_CREDENTIALS", sender, "KEN", "2025-05-20") for sender in ("PER", "NOR", "TCD")
    }
