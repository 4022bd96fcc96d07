"""Extraction through the public surface, on news-like sentences written for these tests.

Each case gives an article (publication date, body) and the exact events expected as
(type, source, target, date, precision, modality).
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str, published: str = "2024-03-13") -> set[tuple]:
    """2024-03-13 is a Wednesday."""
    return {
        (e.type, e.source, e.target, e.date.value, e.date.precision, e.modality)
        for e in detente.extract(body, published=published)
    }


EVERY_TYPE = [
    (
        "Norway expelled three Russian diplomats on Monday.",
        {("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-11", "day", "asserted")},
    ),
    (
        "Algeria recalled its ambassador from France for consultations on Tuesday.",
        {("RECALL_DIPLOMAT", "DZA", "FRA", "2024-03-12", "day", "asserted")},
    ),
    (
        "The Dutch foreign ministry summoned the Iranian ambassador on Monday to protest.",
        {("SUMMON_DIPLOMAT", "NLD", "IRN", "2024-03-11", "day", "asserted")},
    ),
    (
        "Nicaragua has withdrawn its approval for the US ambassador-designate.",
        {("REVOKE_AGREMENT", "NIC", "USA", "2024-03", "month", "asserted")},
    ),
    (
        "Kenya on Tuesday appointed Jane Mwangi as its new ambassador to Japan.",
        {("APPOINT_AMBASSADOR", "KEN", "JPN", "2024-03-12", "day", "asserted")},
    ),
    (
        "The new Chilean ambassador presented his letters of credence to the President of Peru "
        "on Monday.",
        {("PRESENT_CREDENTIALS", "CHL", "PER", "2024-03-11", "day", "asserted")},
    ),
    (
        "Ecuador downgraded its diplomatic relations with Mexico to the level of "
        "charge d'affaires.",
        {("DOWNGRADE_RELATIONS", "ECU", "MEX", "2024-03", "month", "asserted")},
    ),
    (
        "Portugal and Angola upgraded their relations to ambassadorial level in February.",
        {
            ("UPGRADE_RELATIONS", "PRT", "AGO", "2024-02", "month", "asserted"),
            ("UPGRADE_RELATIONS", "AGO", "PRT", "2024-02", "month", "asserted"),
        },
    ),
    (
        "Canada closed its embassy in Tehran in 2012.",
        {("CLOSE_MISSION", "CAN", "IRN", "2012", "year", "asserted")},
    ),
    (
        "Spain reopened its embassy in Damascus on Monday.",
        {("OPEN_MISSION", "ESP", "SYR", "2024-03-11", "day", "asserted")},
    ),
    (
        "Bolivia severed diplomatic relations with Israel on Tuesday.",
        {("SEVER_RELATIONS", "BOL", "ISR", "2024-03-12", "day", "asserted")},
    ),
    (
        "Chad and Qatar restored diplomatic ties in March 2021.",
        {
            ("RESTORE_RELATIONS", "TCD", "QAT", "2021-03", "month", "asserted"),
            ("RESTORE_RELATIONS", "QAT", "TCD", "2021-03", "month", "asserted"),
        },
    ),
    (
        "The European Union imposed new sanctions on Iran on Monday.",
        {("IMPOSE_SANCTIONS", "EU", "IRN", "2024-03-11", "day", "asserted")},
    ),
    (
        "The United States lifted sanctions against Venezuela's oil sector last year.",
        {("LIFT_SANCTIONS", "USA", "VEN", "2023", "year", "asserted")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), EVERY_TYPE, ids=[e[0][:40] for e in EVERY_TYPE])
def test_every_event_type(body: str, expected: set[tuple]) -> None:
    assert events_of(body) == expected


MODALITIES = [
    (
        "Serbia reportedly recalled its ambassador to Montenegro on Friday.",
        {("RECALL_DIPLOMAT", "SRB", "MNE", "2024-03-08", "day", "reported")},
    ),
    (
        "According to media reports, Ghana expelled two Nigerian diplomats.",
        {("EXPEL_DIPLOMAT", "GHA", "NGA", "2024-03", "month", "reported")},
    ),
    (
        "Hungary will expel the Swedish ambassador next week.",
        {("EXPEL_DIPLOMAT", "HUN", "SWE", "2024-03", "month", "planned")},
    ),
    (
        "Mali threatened to sever diplomatic relations with Algeria.",
        {("SEVER_RELATIONS", "MLI", "DZA", None, None, "planned")},
    ),
    (
        "Japan denied expelling the Chinese ambassador.",
        {("EXPEL_DIPLOMAT", "JPN", "CHN", None, None, "negated")},
    ),
    (
        "Poland said the recall of its ambassador does not mean it is cutting off relations "
        "with Hungary.",
        {
            ("RECALL_DIPLOMAT", "POL", "HUN", "2024-03", "month", "asserted"),
            ("SEVER_RELATIONS", "POL", "HUN", None, None, "negated"),
        },
    ),
    (
        "Sanctions against Belarus will stand, the European Union said.",
        {("LIFT_SANCTIONS", "EU", "BLR", None, None, "negated")},
    ),
    (
        "Jordan on Wednesday said it would immediately recall its ambassador to Israel.",
        {("RECALL_DIPLOMAT", "JOR", "ISR", "2024-03-13", "day", "asserted")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), MODALITIES, ids=[m[0][:40] for m in MODALITIES])
def test_modality(body: str, expected: set[tuple]) -> None:
    assert events_of(body) == expected


def test_appeals_for_sanctions_are_no_event() -> None:
    assert events_of("Activists urged the government to impose sanctions on Myanmar.") == set()


TIME_EXPRESSIONS = [
    # (published, body, date, precision)
    ("2021-10-18", "Belarus expelled the French ambassador on Sunday.", "2021-10-17", "day"),
    (
        "2021-10-18",
        "Minsk ordered the French ambassador to leave by Monday, 18 October.",
        "2021-10",
        "month",
    ),
    ("2021-10-18", "In March, Belarus expelled the Latvian ambassador.", "2021-03", "month"),
    (
        "2021-10-18",
        "By August, Minsk revoked its consent for the US ambassador.",
        "2021-08",
        "month",
    ),
    ("2021-10-18", "Belarus expelled the Lithuanian ambassador last month.", "2021-09", "month"),
    ("2021-10-18", "In December, Belarus expelled the Polish ambassador.", "2020-12", "month"),
    (
        "2021-10-18",
        "Earlier this month, Belarus expelled the Polish ambassador.",
        "2021-10",
        "month",
    ),
    ("2021-10-18", "Belarus expelled the Polish ambassador on March 3, 2019.", "2019-03-03", "day"),
    ("2021-10-18", "Belarus expelled the Polish ambassador today.", "2021-10-18", "day"),
    ("2021-10-18", "Belarus has expelled the Polish ambassador.", "2021-10", "month"),
]


@pytest.mark.parametrize(
    ("published", "body", "value", "precision"),
    TIME_EXPRESSIONS,
    ids=[t[1][:40] for t in TIME_EXPRESSIONS],
)
def test_time_expressions_date_the_event(
    published: str, body: str, value: str, precision: str
) -> None:
    [event] = detente.extract(body, published=published)
    assert (event.date.value, event.date.precision) == (value, precision)


def test_background_event_in_past_perfect_is_undated() -> None:
    [event] = detente.extract(
        "Caracas had broken off ties with Bogota after the incident.", published="2022-08-29"
    )
    assert (event.type, event.source, event.target, event.date.value) == (
        "SEVER_RELATIONS",
        "VEN",
        "COL",
        None,
    )


ACTORS = [
    # capitals and seats of government for the state
    ("The Kremlin expelled two Estonian diplomats.", ("EXPEL_DIPLOMAT", "RUS", "EST")),
    ("London summoned the Chinese ambassador over the hacking.", ("SUMMON_DIPLOMAT", "GBR", "CHN")),
    ("Washington recalled its envoy to Niger.", ("RECALL_DIPLOMAT", "USA", "NER")),
    # possessive diplomats: the sending state
    ("Moscow expelled Finland's ambassador.", ("EXPEL_DIPLOMAT", "RUS", "FIN")),
    ("The U.K. summoned Iran's charge d'affaires.", ("SUMMON_DIPLOMAT", "GBR", "IRN")),
    # organisation codes
    ("ECOWAS lifted sanctions on Niger.", ("LIFT_SANCTIONS", "ECOWAS", "NER")),
]


@pytest.mark.parametrize(("body", "expected"), ACTORS, ids=[a[0][:40] for a in ACTORS])
def test_actors(body: str, expected: tuple) -> None:
    assert {(e.type, e.source, e.target) for e in detente.extract(body, "2024-03-13")} == {expected}


def test_pronoun_subject_takes_the_state_of_the_previous_sentence() -> None:
    body = (
        "Minsk has been isolating Western envoys for months.\n\n"
        "In March, it expelled the entire staff of Latvia's embassy."
    )
    [event] = detente.extract(body, published="2021-10-18")
    assert (event.type, event.source, event.target, event.date.value) == (
        "EXPEL_DIPLOMAT",
        "BLR",
        "LVA",
        "2021-03",
    )
    assert event.details["entire_staff"] is True


def test_pronoun_diplomat_resolved_to_the_envoy_of_the_article() -> None:
    body = (
        "France's ambassador Jean Dupont arrived in Minsk in November.\n\n"
        "The French embassy says he gave copies of his credentials to Belarusian "
        "Foreign Minister Vladimir Makei."
    )
    [event] = detente.extract(body, published="2021-10-18")
    assert (event.type, event.source, event.target) == ("PRESENT_CREDENTIALS", "FRA", "BLR")
    assert event.details["copies"] is True


def test_demand_to_recall_is_an_expulsion() -> None:
    body = "Venezuela demanded that Peru and Chile recall their diplomats from Caracas."
    assert {
        (e.type, e.source, e.target, e.modality) for e in detente.extract(body, "2024-07-30")
    } == {
        ("EXPEL_DIPLOMAT", "VEN", "PER", "asserted"),
        ("EXPEL_DIPLOMAT", "VEN", "CHL", "asserted"),
    }


FALSE_FRIENDS = [
    "The student was expelled from school in Paris after the fight.",
    "The footballer was named brand ambassador for a Japanese carmaker.",
    "Toyota announced a product recall in the United States on Monday.",
    "The French captain summoned courage and scored in the final minute.",
    "The ambassador recalled that Germany and Poland had signed the treaty in 1991.",
    "Russia's central bank cut its key rate, lowering the level of borrowing costs.",
    "The storm forced the closure of schools across Florida.",
    "Turkey and Greece opened talks on maritime borders.",
    "FIFA imposed sanctions on the Argentine football federation.",
    "Egypt lifted its curfew in Cairo after the protests.",
    "The credit agency downgraded Italy's rating.",
    "The ministry said it had restored power to most of Kyiv.",
    "Canada's trade minister presented a plan to Mexico's economy minister.",
    "Ghana was commended for its democratic credentials by the United States.",
]


@pytest.mark.parametrize("body", FALSE_FRIENDS, ids=[f[:40] for f in FALSE_FRIENDS])
def test_false_friends_give_no_event(body: str) -> None:
    assert events_of(body) == set()


def test_boilerplate_gives_no_event() -> None:
    body = (
        "Officials met in Geneva on Monday to discuss trade.\n\n"
        "Germany expels Russian diplomats — Reuters pic.twitter.com/abc123 — Jane Doe "
        "(@janedoe) March 11, 2024\n\n"
        "Germany expelled two Russian diplomats in a dispute. Jane Roe/AFP via Getty Images\n\n"
        "About the writer\n\n"
        "Jane Roe covers Germany, where she saw Berlin expel Russian diplomats in 2022."
    )
    assert events_of(body) == set()


def test_evidence_offsets_point_into_the_text_as_given() -> None:
    text = "date 2024-03-12\nOfficials met on Monday.\n\nNorway expelled three Russian diplomats."
    [event] = detente.extract(text)
    assert (
        text[event.start : event.end]
        == event.evidence
        == ("Norway expelled three Russian diplomats.")
    )
    assert (event.cameo, event.goldstein, event.plover, event.plover_mode) == (
        "161",
        -4.0,
        "SANCTION",
        "expel",
    )


def test_repeated_mentions_merge_into_one_event_with_all_mentions() -> None:
    body = (
        "Norway expelled three Russian diplomats on Monday.\n\n"
        "The expulsion of the Russian diplomats was announced by Oslo's foreign ministry."
    )
    [event] = detente.extract(body, published="2024-03-13")
    assert (event.type, event.source, event.target, event.date.value) == (
        "EXPEL_DIPLOMAT",
        "NOR",
        "RUS",
        "2024-03-11",
    )
    assert len(event.mentions) == 2


PHRASINGS = [
    (
        "Moscow declared two German diplomats persona non grata and gave them 72 hours to leave.",
        {("EXPEL_DIPLOMAT", "RUS", "DEU")},
    ),
    (
        "Niger's junta ordered the French ambassador to leave within 48 hours.",
        {("EXPEL_DIPLOMAT", "NER", "FRA")},
    ),
    (
        "Colombian President Gustavo Petro ordered the expulsion of Israel's ambassador.",
        {("EXPEL_DIPLOMAT", "COL", "ISR")},
    ),
    (
        "Tehran called in the British charge d'affaires to protest against the remarks.",
        {("SUMMON_DIPLOMAT", "IRN", "GBR")},
    ),
    (
        "Sweden's ambassador to Iran was summoned to the foreign ministry in Tehran on Sunday.",
        {("SUMMON_DIPLOMAT", "IRN", "SWE")},
    ),
    (
        "Israel recalled its ambassadors to Ireland, Norway and Spain for consultations.",
        {
            ("RECALL_DIPLOMAT", "ISR", "IRL"),
            ("RECALL_DIPLOMAT", "ISR", "NOR"),
            ("RECALL_DIPLOMAT", "ISR", "ESP"),
        },
    ),
    (
        "The US Senate confirmed Jane Smith as ambassador to Kenya on Wednesday.",
        {("APPOINT_AMBASSADOR", "USA", "KEN")},
    ),
    (
        "Argentina's new ambassador to Brazil presented his credentials to President Lula.",
        {("PRESENT_CREDENTIALS", "ARG", "BRA")},
    ),
    (
        "Saudi Arabia and Iran agreed to restore diplomatic relations and will reopen embassies "
        "within two months.",
        {
            ("RESTORE_RELATIONS", "SAU", "IRN"),
            ("RESTORE_RELATIONS", "IRN", "SAU"),
            ("OPEN_MISSION", "SAU", "IRN"),
            ("OPEN_MISSION", "IRN", "SAU"),
        },
    ),
    (
        "Honduras has established diplomatic relations with China, cutting ties with Taiwan.",
        {("RESTORE_RELATIONS", "HND", "CHN"), ("SEVER_RELATIONS", "HND", "TWN")},
    ),
    (
        "Russia ordered the closure of the Polish consulate in Kaliningrad.",
        {("CLOSE_MISSION", "RUS", "POL")},
    ),
    (
        "Beijing slapped sanctions on two US defence firms over arms sales to Taiwan.",
        {("IMPOSE_SANCTIONS", "CHN", "USA")},
    ),
    (
        "Lithuania expelled the Russian ambassador and closed Russia's consulate in Klaipeda, "
        "the foreign ministry in Vilnius said on Tuesday.",
        {("EXPEL_DIPLOMAT", "LTU", "RUS"), ("CLOSE_MISSION", "LTU", "RUS")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), PHRASINGS, ids=[p[0][:40] for p in PHRASINGS])
def test_phrasings(body: str, expected: set[tuple]) -> None:
    assert {(e.type, e.source, e.target) for e in detente.extract(body, "2024-03-13")} == expected


def test_a_done_act_is_not_dated_by_a_deadline_to_come() -> None:
    events = detente.extract(
        "Saudi Arabia and Iran agreed to restore diplomatic relations within two months.",
        "2024-03-13",
    )
    assert {(e.date.value, e.date.precision) for e in events} == {("2024-03", "month")}


def test_past_perfect_reported_by_a_verb_of_saying_is_the_news() -> None:
    [event] = detente.extract(
        "Bahrain said it had recalled its ambassador from Israel.", "2024-03-13"
    )
    assert (event.source, event.target, event.date.value) == ("BHR", "ISR", "2024-03")


MORE_PHRASINGS = [
    (
        "Qatar and the United Arab Emirates re-established diplomatic ties on Monday.",
        {("RESTORE_RELATIONS", "QAT", "ARE"), ("RESTORE_RELATIONS", "ARE", "QAT")},
    ),
    (
        "Japan imposed export controls and froze the assets of 30 Russian officials.",
        {("IMPOSE_SANCTIONS", "JPN", "RUS")},
    ),
    (
        "The Czech government ordered Russia to cut its embassy staff in Prague.",
        {("EXPEL_DIPLOMAT", "CZE", "RUS")},
    ),
    (
        "Israel and Morocco upgraded their liaison offices to embassies.",
        {("UPGRADE_RELATIONS", "ISR", "MAR"), ("UPGRADE_RELATIONS", "MAR", "ISR")},
    ),
    ("Canada is suspending operations at its embassy in Kabul.", {("CLOSE_MISSION", "CAN", "AFG")}),
    (
        "Hungary refused to grant agrément to the Swedish ambassador-designate.",
        {("REVOKE_AGREMENT", "HUN", "SWE")},
    ),
    (
        "Pakistan named Ahmed Khan its new high commissioner to India.",
        {("APPOINT_AMBASSADOR", "PAK", "IND")},
    ),
    (
        "Slovakia lowered its diplomatic representation in Minsk to the level of chargé "
        "d'affaires.",
        {("DOWNGRADE_RELATIONS", "SVK", "BLR")},
    ),
    # a representative office is not an embassy (it takes an upgrade to become one)
    ("Taiwan was allowed to open a representative office in Vilnius.", set()),
]


@pytest.mark.parametrize(
    ("body", "expected"), MORE_PHRASINGS, ids=[p[0][:40] for p in MORE_PHRASINGS]
)
def test_more_phrasings(body: str, expected: set[tuple]) -> None:
    assert {(e.type, e.source, e.target) for e in detente.extract(body, "2024-03-13")} == expected


def test_a_past_act_told_in_the_present_is_undated() -> None:
    body = (
        "France's ambassador Jean Dupont was expelled from Belarus on Sunday.\n\n"
        "The French embassy says he gave copies of his credentials to the Belarusian "
        "foreign minister."
    )
    events = {e.type: e for e in detente.extract(body, published="2021-10-18")}
    assert events["EXPEL_DIPLOMAT"].date.value == "2021-10-17"
    assert events["PRESENT_CREDENTIALS"].date.value is None


def test_a_titled_envoy_is_named_in_persons() -> None:
    [event] = detente.extract(
        "Minsk expelled ambassador Jean Dupont of France on Sunday.", "2021-10-18"
    )
    assert (event.type, event.source, event.target, event.persons) == (
        "EXPEL_DIPLOMAT",
        "BLR",
        "FRA",
        ("Jean Dupont",),
    )


def test_confirming_an_envoy_left_is_no_appointment() -> None:
    body = "The French embassy confirmed that ambassador Jean Dupont left Belarus on Sunday."
    assert events_of(body, "2021-10-18") == set()


def test_parties_and_date_of_an_agreement_to_restore_ties() -> None:
    body = (
        "Iran and Saudi Arabia have been rivals for decades.\n\n"
        "The reopening followed an agreement to restore diplomatic ties reached by the "
        "two regional powers in March."
    )
    assert events_of(body, "2023-05-01") == {
        ("RESTORE_RELATIONS", "IRN", "SAU", "2023-03", "month", "asserted"),
        ("RESTORE_RELATIONS", "SAU", "IRN", "2023-03", "month", "asserted"),
    }


GRAMMAR_GAPS = [
    (  # sanctions on a state's people and bodies count against the state
        "The U.S. Treasury sanctioned four Venezuelan officials on Monday.",
        {("IMPOSE_SANCTIONS", "USA", "VEN", "2024-03-11", "day", "asserted")},
    ),
    (
        "Canada sanctioned Belarusian companies that supply the army.",
        {("IMPOSE_SANCTIONS", "CAN", "BLR", "2024-03", "month", "asserted")},
    ),
    (
        "The European Union agreed a new package of sanctions against Iran on Monday.",
        {("IMPOSE_SANCTIONS", "EU", "IRN", "2024-03-11", "day", "asserted")},
    ),
    (  # the tagger reads "reopen" as an adjective of "embassies"
        "Qatar and Bahrain agreed to restore ties and reopen embassies.",
        {
            ("RESTORE_RELATIONS", "QAT", "BHR", "2024-03", "month", "asserted"),
            ("RESTORE_RELATIONS", "BHR", "QAT", "2024-03", "month", "asserted"),
            ("OPEN_MISSION", "QAT", "BHR", "2024-03", "month", "asserted"),
            ("OPEN_MISSION", "BHR", "QAT", "2024-03", "month", "asserted"),
        },
    ),
    (  # one verb, two arguments of different classes: two events
        "Egypt and Qatar agreed to resume diplomatic relations and embassy operations.",
        {
            ("RESTORE_RELATIONS", "EGY", "QAT", "2024-03", "month", "asserted"),
            ("RESTORE_RELATIONS", "QAT", "EGY", "2024-03", "month", "asserted"),
            ("OPEN_MISSION", "EGY", "QAT", "2024-03", "month", "asserted"),
            ("OPEN_MISSION", "QAT", "EGY", "2024-03", "month", "asserted"),
        },
    ),
    (
        "Slovakia declared a Russian diplomat persona non grata on Tuesday.",
        {("EXPEL_DIPLOMAT", "SVK", "RUS", "2024-03-12", "day", "asserted")},
    ),
    (
        "The Philippines summoned China's deputy chief of mission on Monday.",
        {("SUMMON_DIPLOMAT", "PHL", "CHN", "2024-03-11", "day", "asserted")},
    ),
    (
        "Sweden suspended its embassy operations in Kabul.",
        {("CLOSE_MISSION", "SWE", "AFG", "2024-03", "month", "asserted")},
    ),
    (
        "Peru announced the appointment of a new ambassador to Bolivia on Tuesday.",
        {("APPOINT_AMBASSADOR", "PER", "BOL", "2024-03-12", "day", "asserted")},
    ),
    (  # the object of "prompting" acts, not the main clause's subject
        "Kosovo opened an embassy in Israel, prompting Turkey to recall its ambassador "
        "from Pristina.",
        {
            ("OPEN_MISSION", "XKX", "ISR", "2024-03", "month", "asserted"),
            ("RECALL_DIPLOMAT", "TUR", "XKX", "2024-03", "month", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("body", "expected"), GRAMMAR_GAPS)
def test_grammar_gaps(body: str, expected: set[tuple]) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Oslo warned it would act if Moscow expelled Norwegian diplomats.",
        "Spain revoked the consent for the appointment of the Venezuelan nominee's deputy.",
    ],
)
def test_conditions_and_consent_for_an_appointment_give_no_event(body: str) -> None:
    assert "APPOINT_AMBASSADOR" not in {e[0] for e in events_of(body)}
    assert "EXPEL_DIPLOMAT" not in {e[0] for e in events_of(body)}


def test_every_envoy_of_a_credentials_ceremony_is_a_sender() -> None:
    body = (
        "President Ruto of Kenya received the letters of credence of new envoys on Monday.\n\n"
        "They include the Ambassador of Chad to Kenya, Ali Mahamat, and the High Commissioner "
        "of Malta to Kenya, Joe Borg.\n\n"
        "The Ambassador of Peru to Kenya, Rosa Quispe and the Nepalese Ambassador to Kenya, "
        "Ram Thapa also presented their letters of credence to the president."
    )
    assert {(t, s, g) for t, s, g, *_ in events_of(body)} == {
        ("PRESENT_CREDENTIALS", "TCD", "KEN"),
        ("PRESENT_CREDENTIALS", "MLT", "KEN"),
        ("PRESENT_CREDENTIALS", "PER", "KEN"),
        ("PRESENT_CREDENTIALS", "NPL", "KEN"),
    }


def test_a_list_continues_only_a_sentence_about_credentials() -> None:
    body = (
        "Kenya hosted a trade fair on Monday.\n\n"
        "Guests include the Ambassador of Chad to Kenya, Ali Mahamat."
    )
    assert events_of(body) == set()


MODALITY_AND_REFERENCE = [
    (
        "Diplomatic sources said Morocco had recalled its ambassador from Algiers.",
        {("RECALL_DIPLOMAT", "MAR", "DZA", "2024-03", "month", "reported")},
    ),
    (
        "Georgia dismissed reports that it had expelled the Armenian consul.",
        {("EXPEL_DIPLOMAT", "GEO", "ARM", None, None, "negated")},
    ),
    (
        "Senegal cut ties with Israel in 1973 but restored them in 1994.",
        {
            ("SEVER_RELATIONS", "SEN", "ISR", "1973", "year", "asserted"),
            ("RESTORE_RELATIONS", "SEN", "ISR", "1994", "year", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("body", "expected"), MODALITY_AND_REFERENCE)
def test_modality_and_reference(body: str, expected: set[tuple]) -> None:
    assert events_of(body) == expected


LEADERS = [
    (
        "President Ruto received the letters of credence of the new Nepalese ambassador on Monday.",
        {("PRESENT_CREDENTIALS", "NPL", "KEN", "2024-03-11", "day", "asserted")},
    ),
    (
        "The envoys of Chad and Peru presented their credentials to President Tinubu on Monday.",
        {
            ("PRESENT_CREDENTIALS", "TCD", "NGA", "2024-03-11", "day", "asserted"),
            ("PRESENT_CREDENTIALS", "PER", "NGA", "2024-03-11", "day", "asserted"),
        },
    ),
    (
        "Lukashenko ordered the expulsion of the Latvian charge d'affaires.",
        {("EXPEL_DIPLOMAT", "BLR", "LVA", "2024-03", "month", "asserted")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), LEADERS)
def test_leaders_act_for_their_state(body: str, expected: set[tuple]) -> None:
    assert events_of(body) == expected
