"""Ties made and unmade in varied wording: formalised ties, normalisation accords.

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


def _both(event_type: str, one: str, other: str, date: str | None) -> set[tuple]:
    return {
        (event_type, one, other, date, "asserted"),
        (event_type, other, one, date, "asserted"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # formalising ties establishes them
        (
            "Bahrain and Israel formalised ties on Sunday.",
            _both("RESTORE_RELATIONS", "BHR", "ISR", "2024-05-05"),
        ),
        (
            "The formalisation of ties between Kosovo and Israel took place by video link "
            "on February 1.",
            _both("RESTORE_RELATIONS", "XKX", "ISR", "2024-02-01"),
        ),
        (
            "Bhutan formalized diplomatic relations with Estonia in March.",
            {("RESTORE_RELATIONS", "BTN", "EST", "2024-03", "asserted")},
        ),
    ],
)
def test_formalised_ties_are_established(body, expected) -> None:
    assert expected <= dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # signing a normalisation agreement, deal or accord establishes relations
        (
            "Sudan signed a normalisation agreement with Israel in January 2021.",
            {("RESTORE_RELATIONS", "SDN", "ISR", "2021-01", "asserted")},
        ),
        (
            "A normalization deal was signed between Israel and Morocco on Wednesday.",
            _both("RESTORE_RELATIONS", "ISR", "MAR", "2024-05-08"),
        ),
        (
            "Israel and Bahrain inked a normalisation accord at the White House in September 2020.",
            _both("RESTORE_RELATIONS", "ISR", "BHR", "2020-09"),
        ),
        (
            "Israel concluded normalization agreements with the UAE and Bahrain in 2020.",
            {
                ("RESTORE_RELATIONS", "ISR", "ARE", "2020", "asserted"),
                ("RESTORE_RELATIONS", "ISR", "BHR", "2020", "asserted"),
            },
        ),
    ],
)
def test_a_signed_normalisation_accord_establishes_relations(body, expected) -> None:
    assert expected <= dated(body)


@pytest.mark.parametrize(
    "body",
    [
        # an accord negotiated or hoped for is signed by nobody; an agrément is no accord
        "Israel and Saudi Arabia are negotiating a normalisation deal.",
        "Riyadh and Jerusalem discussed a possible normalization agreement on Tuesday.",
        "Oman signed a trade agreement with Iran on Monday.",
    ],
)
def test_talks_on_an_accord_sign_nothing(body) -> None:
    assert not {e for e in dated(body) if e[0] == "RESTORE_RELATIONS"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # bare 'ties' cut by a state are those it was just told to have, not ties with a
        # state named in between
        (
            "Dominica established diplomatic relations with China in 1983, but China "
            "suspended ties in 2002 after the island's new cabinet turned to Taiwan.",
            ("SEVER_RELATIONS", "CHN", "DMA", "2002", "asserted"),
        ),
        (
            "Mauritania established ties with Israel in 1999. Mauritania severed ties in "
            "2010, after Qatar hosted an emergency summit on the war in Gaza.",
            ("SEVER_RELATIONS", "MRT", "ISR", "2010", "asserted"),
        ),
        (
            "Botswana resumed relations with North Korea in 1990. After a UN inquiry "
            "reported abuses in North Korea and South Korea welcomed it, Botswana broke "
            "off ties in 2014.",
            ("SEVER_RELATIONS", "BWA", "PRK", "2014", "asserted"),
        ),
        (
            "Costa Rica had established diplomatic relations with Taiwan in 1944. Costa "
            "Rica ended ties in 2007, as Chinese aid to Nicaragua and Panama grew.",
            ("SEVER_RELATIONS", "CRI", "TWN", "2007", "asserted"),
        ),
    ],
)
def test_bare_ties_are_those_told_last(body, expected) -> None:
    assert expected in dated(body)


@pytest.mark.parametrize(
    ("body", "partner", "bystander"),
    [
        # 'in solidarity with X' is solidarity with X, wherever the parser hangs 'with'
        (
            "Somalia broke off diplomatic relations with Iran on Sunday in solidarity with "
            "Saudi Arabia.",
            ("SEVER_RELATIONS", "SOM", "IRN"),
            ("SEVER_RELATIONS", "SOM", "SAU"),
        ),
        (
            "The Maldives severed ties with Tehran in May 2016 in solidarity with the "
            "kingdom of Saudi Arabia.",
            ("SEVER_RELATIONS", "MDV", "IRN"),
            ("SEVER_RELATIONS", "MDV", "SAU"),
        ),
        (
            "Jordan downgraded ties with Iran in 2016 in solidarity with Riyadh.",
            ("DOWNGRADE_RELATIONS", "JOR", "IRN"),
            ("DOWNGRADE_RELATIONS", "JOR", "SAU"),
        ),
    ],
)
def test_a_with_phrase_of_the_noun_before_names_no_partner(body, partner, bystander) -> None:
    found = {(e.type, e.source, e.target) for e in detente.extract(body, PUBLISHED)}
    assert partner in found
    assert bystander not in found


def _closures(body: str) -> list[tuple]:
    return [
        (e.source, e.target, e.date.value)
        for e in detente.extract(body, PUBLISHED)
        if e.type == "CLOSE_MISSION"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an act 'years after' which, or 'more than a decade after' which, the news
        # happens lies long before it: not in the month of publication
        (
            "Qatar said on Tuesday it would resume the work of its diplomatic mission in "
            "Syria, more than a decade after it shut its embassy in Damascus.",
            [("QAT", "SYR", None)],
        ),
        (
            "Bahrain will reopen its embassy in Damascus, years after it closed it during the war.",
            [("BHR", "SYR", None)],
        ),
        # and so it is the closure the article dates elsewhere, not a second one
        (
            "Oman will reopen its embassy in Tripoli, more than a decade after it shut "
            "it at the start of the war. Oman closed the embassy in March 2012.",
            [("OMN", "LBY", "2012-03")],
        ),
    ],
)
def test_an_act_long_before_the_news_is_not_dated_by_it(body, expected) -> None:
    assert _closures(body) == expected


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # the object of a verb is no argument of a noun in its phrase of time: 'after the
        # end of the war' ends no relations
        (
            "Vietnam and the US normalised relations in July 1995, two decades after the "
            "end of the war.",
            ("SEVER_RELATIONS", "VNM", "USA"),
        ),
        (
            "Cuba restored ties with Chile in 1990, shortly after the end of the dictatorship.",
            ("SEVER_RELATIONS", "CUB", "CHL"),
        ),
        (
            "Somalia resumed relations with Kenya in May, following the suspension of flights.",
            ("SEVER_RELATIONS", "SOM", "KEN"),
        ),
    ],
)
def test_a_noun_in_a_phrase_of_time_takes_no_object_of_the_verb(body, absent) -> None:
    found = {(e.type, e.source, e.target) for e in detente.extract(body, PUBLISHED)}
    assert absent not in found
    assert ("RESTORE_RELATIONS", absent[1], absent[2]) in found


def test_a_threat_with_expulsion_still_takes_the_verbs_object() -> None:
    found = {
        (e.type, e.source, e.target)
        for e in detente.extract("Moscow threatened American diplomats with expulsion.", PUBLISHED)
    }
    assert ("EXPEL_DIPLOMAT", "RUS", "USA") in found


@pytest.mark.parametrize(
    ("body", "pair", "year", "bystander"),
    [
        # a passive on bare relations, with no side named, tells the pair told last, both
        # ways; the 'by' of a mediation or a visit names no side
        (
            "Chad cut relations with Qatar in 2017. Diplomatic relations were restored in "
            "2018 after mediation by Saudi Arabia.",
            ("TCD", "QAT"),
            "2018",
            "SAU",
        ),
        (
            "Djibouti severed ties with Eritrea in 2008. Relations were restored in 2018 "
            "after a visit by Qatar's emir.",
            ("DJI", "ERI"),
            "2018",
            "QAT",
        ),
        (
            "Relations between Qatar and Egypt were cut in 2017. Ties were restored in 2021 "
            "following talks hosted by Kuwait.",
            ("QAT", "EGY"),
            "2021",
            "KWT",
        ),
    ],
)
def test_a_passive_on_bare_relations_is_the_pair_told_last(body, pair, year, bystander):
    found = dated(body)
    assert _both("RESTORE_RELATIONS", *pair, year) <= found
    assert not {e for e in found if bystander in e[1:3]}


def test_a_side_the_article_names_wins_over_an_undated_passive() -> None:
    body = "Ties were cut after a bombing in Rangoon. Burma broke ties with North Korea in 1983."
    severed = {e[1:3] for e in dated(body) if e[0] == "SEVER_RELATIONS"}
    assert severed == {("MMR", "PRK")}


@pytest.mark.parametrize(
    ("body", "closed", "reopened"),
    [
        # a participle between commas describes the mission (a state dated by 'since');
        # the verb after it is the mission's own
        (
            "The Italian embassy in Tripoli, closed since 2015, was reopened on January 9.",
            ("CLOSE_MISSION", "ITA", "LBY", "2015", "asserted"),
            ("OPEN_MISSION", "ITA", "LBY", "2024-01-09", "asserted"),
        ),
        (
            "The British embassy in Tehran, closed since 2011, was reopened in August 2015.",
            ("CLOSE_MISSION", "GBR", "IRN", "2011", "asserted"),
            ("OPEN_MISSION", "GBR", "IRN", "2015-08", "asserted"),
        ),
        (
            "The Japanese embassy in Kyiv, closed since February, was reopened in October.",
            ("CLOSE_MISSION", "JPN", "UKR", "2024-02", "asserted"),
            ("OPEN_MISSION", "JPN", "UKR", "2023-10", "asserted"),
        ),
    ],
)
def test_a_mission_closed_since_then_reopened(body, closed, reopened) -> None:
    assert {closed, reopened} <= dated(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a mission that becomes operational opens; a system of the embassy's opens nothing
        (
            "India's new embassy in Estonia became operational last week.",
            ("OPEN_MISSION", "IND", "EST", "2024-05", "asserted"),
        ),
        (
            "The Emirati embassy in Damascus will become operational in January.",
            ("OPEN_MISSION", "ARE", "SYR", "2025-01", "planned"),
        ),
        (
            "Kenya's consulate in Goma became fully functional on Monday.",
            ("OPEN_MISSION", "KEN", "COD", "2024-05-06", "asserted"),
        ),
    ],
)
def test_a_mission_becoming_operational_opens(body, expected) -> None:
    assert expected in dated(body)


def test_a_system_of_the_embassy_becoming_operational_opens_nothing() -> None:
    assert not dated("The embassy's new visa system became operational on Monday.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an agreement to act and the act it made are one event, dated by the act
        (
            "Laos and Chile agreed on April 2 to restore diplomatic relations within a "
            "month. The two countries formally resumed ties on Monday.",
            _both("RESTORE_RELATIONS", "LAO", "CHL", "2024-05-06"),
        ),
        (
            "Fiji and Cuba restored diplomatic relations on Tuesday. The two governments "
            "had decided in March to resume relations after years of silence.",
            _both("RESTORE_RELATIONS", "FJI", "CUB", "2024-05-07"),
        ),
        (
            "Nepal and Oman signed a deal to establish diplomatic relations on February 20. "
            "Nepal and Oman established diplomatic relations on April 15.",
            _both("RESTORE_RELATIONS", "NPL", "OMN", "2024-04-15"),
        ),
    ],
)
def test_an_agreement_to_act_and_the_act_are_one_event(body, expected) -> None:
    assert dated(body) == expected


def test_an_agreement_long_before_the_act_is_an_act_of_its_own() -> None:
    body = (
        "Laos and Chile agreed in 2019 to establish diplomatic relations. "
        "Laos and Chile restored diplomatic relations on Monday."
    )
    assert {e.date.value for e in detente.extract(body, PUBLISHED)} == {"2019", "2024-05-06"}


@pytest.mark.parametrize(
    "body",
    [
        "Talks between Armenia and Turkey dragged on. On Tuesday the two foreign ministers "
        "agreed to establish diplomatic relations.",
        "Armenia and Turkey held talks in Zurich. Both presidents said on Tuesday that "
        "they had restored diplomatic relations.",
        "Armenia's leader flew to Ankara to meet Turkey's. The two leaders agreed on "
        "Tuesday to establish diplomatic relations.",
    ],
)
def test_the_two_officials_act_for_both_parties(body) -> None:
    assert {(e.source, e.target) for e in detente.extract(body, PUBLISHED)} == {
        ("ARM", "TUR"),
        ("TUR", "ARM"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one change of state told with time anchors less than a year apart is one act
        (
            "Bahrain and Fiji normalised relations in September 2023 under a Gulf-brokered "
            "accord. The two countries established full diplomatic relations on November 18 "
            "in Manama.",
            _both("RESTORE_RELATIONS", "BHR", "FJI", "2023-11-18"),
        ),
        (
            "Kenya opened its embassy in Hanoi in January. The embassy was formally "
            "inaugurated by the foreign minister on April 2.",
            {("OPEN_MISSION", "KEN", "VNM", "2024-04-02", "asserted")},
        ),
        (
            "Malawi broke off relations with Taiwan on December 28, 2007. Malawi severed "
            "diplomatic ties with Taiwan in January 2008, the foreign ministry said.",
            {("SEVER_RELATIONS", "MWI", "TWN", "2007-12-28", "asserted")},
        ),
    ],
)
def test_one_change_of_state_told_at_near_times_is_one_act(body, expected) -> None:
    assert dated(body) == expected


@pytest.mark.parametrize(
    ("body", "count"),
    [
        # undone in between, or years apart: two acts
        (
            "Peru cut ties with Bolivia in January 2023. Peru restored relations with Bolivia "
            "in May 2023, but cut ties with Bolivia again in November 2023.",
            2,
        ),
        (
            "Laos established relations with Chile in 2019. Laos established relations "
            "with Chile in 2022.",
            2,
        ),
        (
            "Mexico closed its embassy in Quito in April 2023, reopened it in June 2023 and "
            "closed it again in February 2024.",
            2,
        ),
    ],
)
def test_a_change_undone_in_between_or_years_apart_is_told_twice(body, count) -> None:
    first = detente.extract(body, PUBLISHED)[0]
    same = [
        e
        for e in detente.extract(body, PUBLISHED)
        if (e.type, e.source, e.target) == (first.type, first.source, first.target)
    ]
    assert len(same) == count
