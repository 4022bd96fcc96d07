"""Relations news in varied wording: anniversaries, partnerships, recognition.

Sentences written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente

PUBLISHED = "2024-05-08"


def dated(body: str) -> set[tuple]:
    return {
        (e.type, e.source, e.target, e.date.value, e.modality)
        for e in detente.extract(body, PUBLISHED)
    }


def dyads(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, PUBLISHED)}


def _both(event_type: str, one: str, other: str, date: str | None) -> set[tuple]:
    return {
        (event_type, one, other, date, "asserted"),
        (event_type, other, one, date, "asserted"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the act lies N years before the occasion (GUIDELINES: derived dates take
        # the precision of their least precise part), never on the day of the party
        (
            "Kenya and China on Tuesday celebrated the 60th anniversary of the "
            "establishment of diplomatic relations.",
            _both("RESTORE_RELATIONS", "KEN", "CHN", "1964"),
        ),
        (
            "This year marks 30 years since India and Israel established diplomatic relations.",
            _both("RESTORE_RELATIONS", "IND", "ISR", "1994"),
        ),
        (
            "Japan and Mongolia celebrated the 50th anniversary of the establishment of "
            "diplomatic relations two years ago.",
            _both("RESTORE_RELATIONS", "JPN", "MNG", "1972"),
        ),
        (
            "Vietnam and Cuba will mark the sixtieth anniversary of the establishment of "
            "diplomatic ties next year.",
            _both("RESTORE_RELATIONS", "VNM", "CUB", "1965"),
        ),
        (
            "The ceremony marked the 25th anniversary of the restoration of diplomatic "
            "relations between Seoul and Moscow.",
            _both("RESTORE_RELATIONS", "KOR", "RUS", "1999"),
        ),
        # an anniversary of diplomatic relations is that of their establishment
        (
            "India and Japan marked the seventieth anniversary of diplomatic ties on Thursday.",
            _both("RESTORE_RELATIONS", "IND", "JPN", "1954"),
        ),
        (
            "The reception celebrated the 75th anniversary of diplomatic relations between "
            "Britain and Nepal.",
            _both("RESTORE_RELATIONS", "GBR", "NPL", "1949"),
        ),
        # the act's own date, where its phrase gives one, is more precise
        (
            "Kenya and China on Tuesday celebrated the 60th anniversary of the "
            "establishment of diplomatic relations on 14 December 1963.",
            _both("RESTORE_RELATIONS", "KEN", "CHN", "1963-12-14"),
        ),
    ],
)
def test_an_anniversary_dates_the_act_it_commemorates(body, expected) -> None:
    assert dated(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The company celebrated its 50th anniversary on Monday.",
        "The two leaders marked the anniversary of their friendship treaty in Hanoi.",
        "Brazil and Argentina enjoy excellent relations, the minister said.",
        "Relations between Turkey and Egypt have thawed in recent months.",
    ],
)
def test_an_anniversary_or_a_mood_of_relations_is_no_event(body) -> None:
    assert not dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        # a "strategic partnership" changes no level of representation (GUIDELINES)
        "Sri Lanka and Oman agreed on Wednesday to upgrade their ties to a strategic partnership.",
        "Vietnam and Australia upgraded ties to a comprehensive strategic partnership.",
        "India and the UAE elevated their relationship to a strategic partnership in 2017.",
        "Relations have grown since the upgrade of bilateral ties between Hanoi and Paris "
        "to a comprehensive strategic partnership.",
    ],
)
def test_a_partnership_upgrade_is_no_upgrade_of_relations(body) -> None:
    assert not {d for d in dyads(body) if d[0] == "UPGRADE_RELATIONS"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Greece upgraded its liaison office in Skopje to an embassy.", ("GRC", "MKD")),
        ("Israel and Turkey upgraded relations to ambassadorial level.", ("TUR", "ISR")),
        (
            "Egypt and Qatar raised their diplomatic representation to ambassador level in "
            "June 2021.",
            ("EGY", "QAT"),
        ),
    ],
)
def test_a_raised_level_of_representation_stays_an_upgrade(body, expected) -> None:
    assert ("UPGRADE_RELATIONS", *expected) in dyads(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # recognising a state (or switching recognition to it) establishes relations with
        # it (GUIDELINES: switching recognition is RESTORE_RELATIONS with the new partner)
        ("Honduras broke ties with Taiwan and recognized China on Sunday.", ("HND", "CHN")),
        ("Costa Rica recognised Beijing in 2007, ending ties with Taipei.", ("CRI", "CHN")),
        (
            "Nicaragua switched diplomatic recognition from Taipei to Beijing in December 2021.",
            ("NIC", "CHN"),
        ),
        (
            "The Solomon Islands switched its allegiance from Taipei to Beijing in 2019.",
            ("SLB", "CHN"),
        ),
        ("Panama shifted its diplomatic ties from Taiwan to China in 2017.", ("PAN", "CHN")),
        ("Kiribati's switch of diplomatic ties to Beijing angered Taipei.", ("KIR", "CHN")),
        (
            "Grenada, which had recognized the Taipei authorities for years, restored ties "
            "with Beijing.",
            ("GRD", "TWN"),
        ),
    ],
)
def test_recognising_a_state_establishes_relations_with_it(body, expected) -> None:
    assert ("RESTORE_RELATIONS", *expected) in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "The minister switched his allegiance to the opposition party.",
        "Officials recognized Iran's right to a civilian nuclear programme.",
        "The United States recognized Juan Guaido as interim president of Venezuela.",
        "Russia recognised the independence of Abkhazia and South Ossetia in 2008.",
    ],
)
def test_recognising_something_else_restores_nothing(body) -> None:
    assert not {d for d in dyads(body) if d[0] == "RESTORE_RELATIONS"}


def test_a_name_wrapped_over_two_lines_is_one_name() -> None:
    # hard-wrapped wire copy: the line stops on "the People's", the name goes on below
    body = (
        "Grenada, a Caribbean nation that recognized the Taipei regime\n"
        "for 15 years, resumed diplomatic relations with the People's\n"
        "Republic of China in Beijing on Thursday.\n"
    )
    assert ("RESTORE_RELATIONS", "GRD", "CHN") in dyads(body)


def test_a_headline_line_still_ends_its_sentence() -> None:
    body = (
        "Chad restores ties with Israel\n"
        "Chad restored diplomatic relations with Israel on Sunday.\n"
    )
    assert dyads(body) == {("RESTORE_RELATIONS", "TCD", "ISR")}


def modal(body: str) -> set[tuple[str, str, str, str]]:
    return {(e.type, e.source, e.target, e.modality) for e in detente.extract(body, PUBLISHED)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the state in the 'by' phrase of the decision acts, not the one that comments
        (
            "The Netherlands regrets the disproportionate decision by Nicaragua to break off "
            "diplomatic relations, the Dutch foreign minister said on Saturday.",
            ("SEVER_RELATIONS", "NIC", "NLD"),
        ),
        (
            "Washington welcomed the decision by Morocco to reopen its embassy in Israel.",
            ("OPEN_MISSION", "MAR", "ISR"),
        ),
        (
            "Berlin condemned the decision by Russia to expel two German diplomats.",
            ("EXPEL_DIPLOMAT", "RUS", "DEU"),
        ),
    ],
)
def test_the_state_deciding_by_acts(body, expected) -> None:
    assert dyads(body) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a state seeking a change of its own relations plans it
        (
            "Nauru is severing ties with Taiwan and seeking a resumption of relations with China.",
            ("RESTORE_RELATIONS", "NRU", "CHN", "planned"),
        ),
        (
            "Syria is seeking to reopen its embassy in Riyadh.",
            ("OPEN_MISSION", "SYR", "SAU", "planned"),
        ),
        (
            "Israel seeks to establish diplomatic relations with Indonesia.",
            ("RESTORE_RELATIONS", "ISR", "IDN", "planned"),
        ),
    ],
)
def test_a_state_seeking_its_own_rapprochement_plans_it(body, expected) -> None:
    assert expected in modal(body)


def test_seeking_sanctions_from_others_is_an_appeal() -> None:
    assert not modal("The United States is seeking sanctions on North Korea at the UN.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an act 'N years after' which another happened lies N years before that one
        (
            "Paraguay reopened its embassy in Venezuela on Monday, five years after the two "
            "countries broke off diplomatic relations.",
            {
                ("OPEN_MISSION", "PRY", "VEN", "2024-05-06", "asserted"),
                *_both("SEVER_RELATIONS", "PRY", "VEN", "2019"),
            },
        ),
        (
            "Saudi Arabia will reopen its embassy in Damascus next month, 12 years after it "
            "closed the mission.",
            {
                ("OPEN_MISSION", "SAU", "SYR", "2024-06", "planned"),
                ("CLOSE_MISSION", "SAU", "SYR", "2012", "asserted"),
            },
        ),
        (
            "The Saudi embassy in Tehran reopened in March 2023, three months after Riyadh and "
            "Tehran restored ties.",
            {
                ("OPEN_MISSION", "SAU", "IRN", "2023-03", "asserted"),
                *_both("RESTORE_RELATIONS", "SAU", "IRN", "2022-12"),
            },
        ),
    ],
)
def test_an_act_years_before_another_is_dated_back(body, expected) -> None:
    assert dated(body) == expected


def test_a_mediator_named_as_a_modifier_is_no_party() -> None:
    body = (
        "Iran reopened its embassy in Riyadh on Monday. The reopening followed a "
        "China-brokered agreement to restore diplomatic ties reached by the two regional "
        "powers in March."
    )
    assert {d for d in dyads(body) if d[0] == "RESTORE_RELATIONS"} == {
        ("RESTORE_RELATIONS", "IRN", "SAU"),
        ("RESTORE_RELATIONS", "SAU", "IRN"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a past act in a relative clause describes its noun: background, dated only by
        # a date of its own
        (
            "Mexico's Foreign Ministry said it would reopen its embassy in Kyiv, which it "
            "closed at the start of the war.",
            ("CLOSE_MISSION", "MEX", "UKR", None, "asserted"),
        ),
        (
            "The Philippine embassy in Tripoli, which was closed in 2014, resumed operations "
            "on Sunday.",
            ("CLOSE_MISSION", "PHL", "LBY", "2014", "asserted"),
        ),
        (
            "Eritrea reopened its embassy in Mogadishu on Saturday, a month after Somalia "
            "reopened its mission in Asmara.",
            ("OPEN_MISSION", "SOM", "ERI", "2024-04", "asserted"),
        ),
    ],
)
def test_background_in_a_side_clause_keeps_its_own_time(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    "body",
    [
        # a mission that is no state's embassy: a peace operation, a military mission
        "The UN closed its mission in Mali in December, the embassy said.",
        "France ended its military mission in Mali and closed its base in Gao near the embassy.",
        "The United Nations peacekeeping mission in Mali closed its embassy liaison desk in 2023.",
    ],
)
def test_a_mission_that_is_no_embassy_opens_and_closes_nothing(body) -> None:
    assert not {d for d in dyads(body) if d[0] in ("OPEN_MISSION", "CLOSE_MISSION")}


@pytest.mark.parametrize(
    "body",
    [
        # a rapprochement worked at, or hoped of another, is no decision
        "Turkey and Egypt have been working to restore relations since 2021.",
        "Egypt and Turkey have taken steps to normalise relations after a decade of tension.",
        "Israel hopes that Saudi Arabia will normalize relations with it.",
        "Beijing hoped the two sides would exchange ambassadors at an early date.",
        "Rwanda and Burundi are on the path to restoring full diplomatic ties.",
    ],
)
def test_a_rapprochement_worked_at_or_hoped_for_is_no_event(body) -> None:
    assert not modal(body)


def test_hoping_to_act_oneself_is_a_plan() -> None:
    assert modal("Syria hopes to reopen its embassy in Riyadh soon.") == {
        ("OPEN_MISSION", "SYR", "SAU", "planned")
    }


def test_the_two_countries_after_a_demonym_are_both_parties() -> None:
    body = (
        "Bahrain's king received the credentials of the new Israeli ambassador, three years "
        "after the two countries established ties."
    )
    assert _both("RESTORE_RELATIONS", "BHR", "ISR", "2021") <= dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # nominal breaks whose particle the parser hangs elsewhere
        (
            "Niger's junta announced the breaking off of diplomatic relations with Ukraine.",
            {("SEVER_RELATIONS", "NER", "UKR")},
        ),
        (
            "Venezuela announced the cutting off of diplomatic ties with Paraguay.",
            {("SEVER_RELATIONS", "VEN", "PRY")},
        ),
        # 'which' names no person: not the envoy the parser hangs its clause on
        (
            "Israel recalled its ambassador from South Africa, which then voted to close the "
            "Israeli embassy in Pretoria and suspend all diplomatic relations.",
            {
                ("RECALL_DIPLOMAT", "ISR", "ZAF"),
                ("CLOSE_MISSION", "ZAF", "ISR"),
                ("SEVER_RELATIONS", "ZAF", "ISR"),
            },
        ),
        (
            "Colombia and Venezuela restored relations after a three-year break.",
            {
                ("RESTORE_RELATIONS", "COL", "VEN"),
                ("RESTORE_RELATIONS", "VEN", "COL"),
            },
        ),
    ],
)
def test_breaks_named_by_nouns_and_relative_clauses(body, expected) -> None:
    assert dyads(body) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "(NewsWire / Gulf Daily / WAM - 12th Mar, 2024) ABU DHABI, 12th March, 2024 (WAM) – ",
        "(Pakistan Point News - 2nd May, 2024) DOHA, 2 May 2024 (QNA) - ",
        "(UrduPoint) NAIROBI, May 6 (Xinhua) -- ",
    ],
)
def test_a_syndication_credit_before_the_dateline_names_no_actor(lead) -> None:
    body = lead + "The King of Tonga today opened his country's first embassy in Canberra."
    assert dyads(body) == {("OPEN_MISSION", "TON", "AUS")}


@pytest.mark.parametrize(
    "body",
    [
        # some members of a body, unnamed, are no actor (GUIDELINES: 'EU countries' are not
        # EU and are not annotated), and no state of the article stands in for them
        "Several EU countries closed their embassies in Kyiv on Thursday.",
        "NATO allies shut their embassies in Kabul after the city fell.",
        "Germany cut ties with Iran. All EU member states will also summon Iranian envoys.",
        "Mali cut ties with Ukraine on Sunday. Several other countries broke off relations too.",
    ],
)
def test_unnamed_members_of_a_body_act_for_nobody(body) -> None:
    found = dyads(body)
    assert not {d for d in found if "EU" in d or "NATO" in d}
    assert not {d for d in found if d[0] in ("CLOSE_MISSION", "SUMMON_DIPLOMAT")}
    assert len({d for d in found if d[0] == "SEVER_RELATIONS"}) <= 1


def test_a_member_state_named_beside_them_still_acts() -> None:
    body = "Spain and several other EU states pulled their diplomats out of Kyiv."
    assert dyads(body) == {("RECALL_DIPLOMAT", "ESP", "UKR")}


def test_a_body_acting_as_itself_stays() -> None:
    assert dyads("The EU imposed sanctions on Belarus on Monday.") == {
        ("IMPOSE_SANCTIONS", "EU", "BLR")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 'to charge d'affaires level' is read as an infinitive 'to charge': its time
        # still dates the downgrade
        (
            "Relations between Cairo and Ankara were downgraded to charge d'affaires level "
            "in 2013.",
            "2013",
        ),
        (
            "Egypt and Turkey named ambassadors on Tuesday. Relations had been downgraded to "
            "charge d'affaires level in 2013.",
            "2013",
        ),
        ("Kuwait downgraded ties with Iran to charge d'affaires level on Monday.", "2024-05-06"),
    ],
)
def test_a_downgrade_to_charge_level_keeps_its_time(body, expected) -> None:
    found = detente.extract(body, PUBLISHED)
    assert {e.date.value for e in found if e.type == "DOWNGRADE_RELATIONS"} == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # honorary consulates and holiday reopenings are no missions opened
        ("Estonia opened an honorary consulate in Cebu on Friday.", set()),
        (
            "The British embassy in Tehran reopened its doors to the public after the holiday.",
            set(),
        ),
        # a reopening only possible under a condition is no decision
        ("Ghana could reopen its embassy in Tripoli once security improves.", set()),
        # a decision said not to be taken
        (
            "No decision has been taken on reopening the embassy in Kabul, Norway's foreign "
            "ministry said.",
            {("OPEN_MISSION", "NOR", "AFG", "negated")},
        ),
        (
            "Italy reopened its embassy in Kyiv on Friday.",
            {("OPEN_MISSION", "ITA", "UKR", "asserted")},
        ),
    ],
)
def test_openings_that_are_none(body, expected) -> None:
    assert modal(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # where ties are restored or broken is no party to them
        (
            "Iran and Saudi Arabia announced a deal to restore ties in Beijing on March 10.",
            {("RESTORE_RELATIONS", "IRN", "SAU"), ("RESTORE_RELATIONS", "SAU", "IRN")},
        ),
        (
            "Grenada resumed diplomatic relations with China at a ceremony in Beijing.",
            {("RESTORE_RELATIONS", "GRD", "CHN")},
        ),
        (
            "Qatar and Bahrain agreed in Riyadh to restore diplomatic relations.",
            {("RESTORE_RELATIONS", "QAT", "BHR"), ("RESTORE_RELATIONS", "BHR", "QAT")},
        ),
        # representation in a capital is representation with its state
        (
            "Belarus lowered the level of its diplomatic representation in London.",
            {("DOWNGRADE_RELATIONS", "BLR", "GBR")},
        ),
    ],
)
def test_a_venue_is_no_party_to_relations(body, expected) -> None:
    assert dyads(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The deal is expected to put an end to 15 years of troubled relations between Somalia "
        "and Eritrea.",
        "Ghana and Togo ended their strained relations in 2010 with a border accord.",
        "The summit ended a decade of frosty ties between Chile and Bolivia.",
    ],
)
def test_ending_bad_relations_severs_nothing(body) -> None:
    assert {d for d in dyads(body) if d[0] == "SEVER_RELATIONS"} == set()


def test_ending_diplomatic_relations_still_severs_them() -> None:
    assert ("SEVER_RELATIONS", "PER", "MEX") in dyads(
        "Peru put an end to diplomatic relations with Mexico on Friday."
    )


@pytest.mark.parametrize(
    ("body", "hub", "others"),
    [
        (
            "Diplomatic ties between Israel and Bolivia, Belize and Colombia were suspended.",
            "ISR",
            {"BOL", "BLZ", "COL"},
        ),
        (
            "Relations between China and Panama, El Salvador and the Dominican Republic were "
            "established in 2017 and 2018.",
            "CHN",
            {"PAN", "SLV", "DOM"},
        ),
        (
            "The talks led to the restoration of ties between Qatar and Saudi Arabia, the UAE, "
            "Bahrain and Egypt.",
            "QAT",
            {"SAU", "ARE", "BHR", "EGY"},
        ),
    ],
)
def test_ties_between_one_state_and_a_list_are_that_states_with_each(body, hub, others) -> None:
    pairs = {(s, t) for _, s, t in dyads(body)}
    assert pairs == {(hub, o) for o in others} | {(o, hub) for o in others}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Senegal on Monday cut diplomatic ties with Gambia. Gambia responded by expelling "
            "Senegal's envoys.\n\nSenegal broke off relations with Mauritania in 1989 and "
            "restored them in 1992.",
            ("RESTORE_RELATIONS", "SEN", "MRT"),
        ),
        (
            "Kenya cut ties with Uganda on Monday. Uganda responded by expelling Kenya's "
            "diplomats.\n\nKenya had suspended relations with Somalia in 2020 before "
            "resuming them a year later.",
            ("RESTORE_RELATIONS", "KEN", "SOM"),
        ),
        (
            "Oman recalled its envoy from Iran on Tuesday. Iran hit back by expelling Oman's "
            "ambassador.\n\nOman downgraded relations with Egypt in 2013 but upgraded them "
            "again in 2016.",
            ("UPGRADE_RELATIONS", "OMN", "EGY"),
        ),
    ],
)
def test_relations_taken_up_by_a_pronoun_keep_their_partner(body: str, expected: tuple) -> None:
    """'broke off relations with Mauritania ... and restored them': 'them' are the
    relations with Mauritania, not with the partner the article led with."""
    found = dyads(body)
    assert expected in found
    assert not any(d[0] == expected[0] and d[2] != expected[2] for d in found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the subject of an adjective ('close to', 'ready to', 'keen to') acts in the
        # infinitive below it, however long the way down
        (
            "Iran and Jordan are close to an agreement to reopen their embassies, Oman's "
            "foreign minister said.",
            {("OPEN_MISSION", "IRN", "JOR", "planned"), ("OPEN_MISSION", "JOR", "IRN", "planned")},
        ),
        (
            "Iran and Jordan are close to restoring ties.",
            {
                ("RESTORE_RELATIONS", "IRN", "JOR", "planned"),
                ("RESTORE_RELATIONS", "JOR", "IRN", "planned"),
            },
        ),
        (
            "Peru is keen to restore ties with Bolivia, Chile said.",
            {("RESTORE_RELATIONS", "PER", "BOL", "planned")},
        ),
    ],
)
def test_the_subject_of_an_adjective_acts_in_its_infinitive(body, expected) -> None:
    found = {(e.type, e.source, e.target, e.modality) for e in detente.extract(body, PUBLISHED)}
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the end or start of a time is no act on what the verb acts on
        (
            "At the end of last year, Bahrain restored diplomatic relations with Qatar.",
            {("RESTORE_RELATIONS", "BHR", "QAT", "asserted")},
        ),
        (
            "At the start of the year, Chad cut diplomatic ties with Qatar.",
            {("SEVER_RELATIONS", "TCD", "QAT", "asserted")},
        ),
        (
            "By the end of 2019, Gabon had restored relations with Oman.",
            {("RESTORE_RELATIONS", "GAB", "OMN", "asserted")},
        ),
    ],
)
def test_the_end_of_a_time_ends_no_relations(body, expected) -> None:
    found = {(e.type, e.source, e.target, e.modality) for e in detente.extract(body, PUBLISHED)}
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        "Qatar and Bahrain fell out in 2017. The two rivals restored relations in March.",
        "Qatar and Bahrain have long been at odds. The two foes restored ties on Monday.",
        "Qatar and Bahrain clashed for years. Both rivals restored relations in March.",
    ],
)
def test_the_two_rivals_are_the_pair_told_before(body) -> None:
    found = {(e.source, e.target) for e in detente.extract(body, PUBLISHED)}
    assert found == {("QAT", "BHR"), ("BHR", "QAT")}
