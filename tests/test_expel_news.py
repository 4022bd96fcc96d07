"""Expulsions, recalls and summonses as whole news articles tell them.

Sentences are written for these tests; each article is published Wednesday 2024-05-08.
"""

from __future__ import annotations

import pytest

import detente


def dyads(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        ("Ukraine's allies recalled their ambassadors from Minsk.", "UKR"),
        ("Hungary's partners summoned the Chinese envoys on Monday.", "HUN"),
        ("Morocco's rivals expelled the Israeli diplomats.", "MAR"),
        (
            "Moscow promised a response. Russia's foreign ministry called the move a "
            "provocation. Lithuania and its Baltic neighbours expelled Russian diplomats "
            "last year.",
            "RUS",
        ),
    ],
)
def test_owner_of_relational_noun_does_not_act(body, unwanted) -> None:
    """'X's allies' or 'its neighbours' are other states than X, left unnamed: X (or the
    state 'its' stands for) is no actor of their act."""
    assert all(source != unwanted for _, source, _ in dyads(body))


def test_state_beside_its_neighbours_still_acts() -> None:
    body = (
        "Moscow promised a response. Lithuania and its Baltic neighbours expelled "
        "Russian diplomats last year."
    )
    assert dyads(body) == {("EXPEL_DIPLOMAT", "LTU", "RUS")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The British mission in Minsk was ordered to reduce its diplomatic staff to 20.",
            ("EXPEL_DIPLOMAT", "BLR", "GBR"),
        ),
        (
            "The Lithuanian embassy in Minsk was told to reduce its staff, the ministry in "
            "Vilnius said.",
            ("EXPEL_DIPLOMAT", "BLR", "LTU"),
        ),
        (
            "The French embassy in Niamey was ordered by the junta to cut its staff.",
            ("EXPEL_DIPLOMAT", "NER", "FRA"),
        ),
        (
            "Canada was asked to cut the number of its diplomats in India.",
            ("EXPEL_DIPLOMAT", "IND", "CAN"),
        ),
    ],
)
def test_staff_cut_ordered_in_passive_is_hosts_expulsion(body, expected) -> None:
    """A mission 'told' or 'ordered' to cut its staff obeys the host: the host expels,
    the sender recalls nobody of its own will."""
    found = dyads(body)
    assert expected in found
    assert not any(kind == "RECALL_DIPLOMAT" for kind, _, _ in found)


def test_staff_cut_of_its_own_will_is_a_recall() -> None:
    body = "Canada cut its diplomatic staff in India by two-thirds."
    assert dyads(body) == {("RECALL_DIPLOMAT", "CAN", "IND")}


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Britain expelled 23 Russian diplomats. Russia followed suit a few days later.",
            ("EXPEL_DIPLOMAT", "RUS", "GBR"),
        ),
        (
            "Ghana recalled its ambassador from Togo on Monday. Togo did the same.",
            ("RECALL_DIPLOMAT", "TGO", "GHA"),
        ),
        (
            "Argentina summoned the Spanish ambassador. Madrid, in turn, did likewise.",
            ("SUMMON_DIPLOMAT", "ESP", "ARG"),
        ),
    ],
)
def test_following_suit_by_the_state_acted_on_answers_it(body, answer) -> None:
    """The state an act was done to that 'follows suit' does it back to the actor."""
    assert answer in dyads(body)


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Poland expelled two Russian diplomats on Monday. Moscow responded on Tuesday by "
            "expelling the same number.",
            ("EXPEL_DIPLOMAT", "RUS", "POL"),
        ),
        (
            "Germany expelled two Chinese diplomats on Monday. Beijing retaliated by "
            "expelling the same number of Germans.",
            ("EXPEL_DIPLOMAT", "CHN", "DEU"),
        ),
        (
            "Slovakia expelled three Russian diplomats on Friday. Russia reacted within days "
            "by expelling three.",
            ("EXPEL_DIPLOMAT", "RUS", "SVK"),
        ),
        (
            "Sweden expelled an Iranian diplomat. Tehran retaliated by expelling one of the "
            "Swedes.",
            ("EXPEL_DIPLOMAT", "IRN", "SWE"),
        ),
    ],
)
def test_answer_by_the_same_verb_reverses_the_act(body, answer) -> None:
    """'responded by expelling the same number': the act answered, roles reversed."""
    assert answer in dyads(body)


def test_answer_spelled_out_keeps_its_own_target() -> None:
    body = (
        "Poland expelled two Russian diplomats on Monday. Moscow responded by expelling "
        "two Dutch diplomats."
    )
    found = dyads(body)
    assert ("EXPEL_DIPLOMAT", "RUS", "NLD") in found
    assert ("EXPEL_DIPLOMAT", "RUS", "POL") not in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Japan expelled a Chinese embassy worker on Monday.", ("EXPEL_DIPLOMAT", "JPN", "CHN")),
        (
            "Russia ordered two Lithuanian embassy workers to leave.",
            ("EXPEL_DIPLOMAT", "RUS", "LTU"),
        ),
        (
            "Mali expelled the spokesman of the UN peacekeeping mission.",
            ("EXPEL_DIPLOMAT", "MLI", "UN"),
        ),
        (
            "The Romanian embassy spokeswoman was declared persona non grata by Moldova.",
            ("EXPEL_DIPLOMAT", "MDA", "ROU"),
        ),
    ],
)
def test_mission_workers_and_spokespeople_are_its_staff(body, expected) -> None:
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "Saudi Arabia deported 300 Pakistani workers.",
        "Kuwait expelled thousands of Egyptian workers.",
        "The embassy spokesman said Russia had expelled two British journalists.",
    ],
)
def test_workers_and_spokespeople_of_no_mission_are_no_envoys(body) -> None:
    assert not dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "The ministry informed the Venezuelan diplomats accredited in Lima that they must leave.",
        "Peru told Venezuelan diplomatic workers accredited in Peru to leave the country.",
        "Ghana thanked the Nigerian ambassador accredited to Accra for his work.",
        "The two Russian diplomats accredited to Oslo were seen at the port.",
        "The Danish ambassador accredited to Iran left the reception early.",
    ],
)
def test_envoy_described_as_accredited_is_no_appointment(body) -> None:
    """'diplomats accredited in Lima' tells where they serve, no act of accrediting."""
    assert all(kind != "APPOINT_AMBASSADOR" for kind, _, _ in dyads(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mali revoked the accreditation of the French ambassador on Monday.",
            ("EXPEL_DIPLOMAT", "MLI", "FRA"),
        ),
        (
            "Burkina Faso withdrew the accreditation of two French diplomats.",
            ("EXPEL_DIPLOMAT", "BFA", "FRA"),
        ),
        (
            "Mali announced the withdrawal of accreditation of the French ambassador.",
            ("EXPEL_DIPLOMAT", "MLI", "FRA"),
        ),
        (
            "The revocation of the Dutch envoy's accreditation by Caracas was condemned.",
            ("EXPEL_DIPLOMAT", "VEN", "NLD"),
        ),
    ],
)
def test_accreditation_revoked_from_envoy_in_post_is_expulsion(body, expected) -> None:
    """An accredited envoy whose accreditation is withdrawn is expelled, no agrément
    refused (GUIDELINES: REVOKE_AGREMENT is not for an accredited ambassador)."""
    assert dyads(body) == {expected}


def test_accreditation_of_nominee_revoked_stays_agrement() -> None:
    body = "Beijing revoked the accreditation of the Lithuanian ambassador-designate."
    assert dyads(body) == {("REVOKE_AGREMENT", "CHN", "LTU")}


def test_accreditation_of_journalists_is_nothing() -> None:
    assert not dyads("Russia suspended the accreditation of two German journalists.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Poland expelled 45 Russian diplomats on Thursday, and Bulgaria expelled 70.",
            {("EXPEL_DIPLOMAT", "POL", "RUS"), ("EXPEL_DIPLOMAT", "BGR", "RUS")},
        ),
        (
            "Poland expelled 45 Russian diplomats. Bulgaria expelled another 70 the next day.",
            {("EXPEL_DIPLOMAT", "POL", "RUS"), ("EXPEL_DIPLOMAT", "BGR", "RUS")},
        ),
        (
            "Germany expelled 40 Russian diplomats, France expelled 35 and Italy expelled 30.",
            {
                ("EXPEL_DIPLOMAT", "DEU", "RUS"),
                ("EXPEL_DIPLOMAT", "FRA", "RUS"),
                ("EXPEL_DIPLOMAT", "ITA", "RUS"),
            },
        ),
        (
            "The Netherlands expelled two Russian diplomats, and Belgium, Austria and Ireland "
            "expelled four more between them.",
            {("EXPEL_DIPLOMAT", c, "RUS") for c in ("NLD", "BEL", "AUT", "IRL")},
        ),
    ],
)
def test_elided_count_stands_for_the_envoys_counted_before(body, expected) -> None:
    """'and Bulgaria expelled 70': the number repeats the counted envoys' noun."""
    assert dyads(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Poland expelled 45 Russian diplomats. Bulgaria hired 70 the next day.",
        "Germany sold 40 tanks, and France expelled 35.",
        "Bulgaria expelled 70 on Monday.",
    ],
)
def test_count_with_no_envoys_before_is_nobody(body) -> None:
    assert all(target != "BGR" and source != "FRA" for _, source, target in dyads(body))
    assert ("EXPEL_DIPLOMAT", "BGR", "RUS") not in dyads(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Israel's foreign minister announced that he had ordered the Spanish ambassador "
            "to be summoned for a reprimand.",
            ("SUMMON_DIPLOMAT", "ISR", "ESP"),
        ),
        (
            "Spain ordered the Israeli ambassador to be summoned.",
            ("SUMMON_DIPLOMAT", "ESP", "ISR"),
        ),
        (
            "The Czech government ordered the two Russian diplomats to be expelled.",
            ("EXPEL_DIPLOMAT", "CZE", "RUS"),
        ),
    ],
)
def test_passive_infinitive_under_an_order_acts_on_the_object(body, expected) -> None:
    """'ordered the ambassador to be summoned': the one who orders acts, the object is
    the envoy acted on."""
    assert dyads(body) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bolivia withdrew its ambassador to Chile. The Andean nation also ordered the "
            "Chilean consul to leave La Paz.",
            ("EXPEL_DIPLOMAT", "BOL", "CHL"),
        ),
        (
            "Saudi Arabia recalled its ambassador to Qatar. The Gulf state also told the "
            "Qatari envoy to leave.",
            ("EXPEL_DIPLOMAT", "SAU", "QAT"),
        ),
        (
            "Morocco recalled its ambassador from Algeria. The North African country also "
            "expelled the Algerian consul.",
            ("EXPEL_DIPLOMAT", "MAR", "DZA"),
        ),
    ],
)
def test_description_is_not_the_state_its_sentence_names(body, expected) -> None:
    """'The Andean nation ordered the Chilean consul out': the description means the
    state named before, not the one its own sentence names as the other party."""
    found = dyads(body)
    assert expected in found
    assert all(source != expected[2] for _, source, _ in found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Niger Gives French Ambassador Marching Orders", ("EXPEL_DIPLOMAT", "NER", "FRA")),
        (
            "Sweden gave four Russian diplomats their marching orders.",
            ("EXPEL_DIPLOMAT", "SWE", "RUS"),
        ),
        (
            "The Kremlin handed the Estonian ambassador his marching orders on Monday.",
            ("EXPEL_DIPLOMAT", "RUS", "EST"),
        ),
    ],
)
def test_marching_orders_are_an_expulsion(body, expected) -> None:
    assert dyads(body) == {expected}


def test_marching_orders_to_no_envoy_are_nothing() -> None:
    assert not dyads("The coach gave the Spanish players their marching orders.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Argentina Pulls Ambassador From Venezuela", ("RECALL_DIPLOMAT", "ARG", "VEN")),
        (
            "Argentina pulled its ambassador from Caracas on Monday.",
            ("RECALL_DIPLOMAT", "ARG", "VEN"),
        ),
        ("Kenya pulled its envoy from Somalia last week.", ("RECALL_DIPLOMAT", "KEN", "SOM")),
    ],
)
def test_envoy_pulled_from_a_state_is_recalled(body, expected) -> None:
    assert dyads(body) == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "EU pulls ambassadors from Honduras",
        "The EU pulled ambassadors from Honduras after the coup.",
        "The African Union recalled ambassadors from Niger.",
        "The EU withdrew ambassadors from Syria in 2012.",
        "ASEAN recalled ambassadors from Myanmar.",
    ],
)
def test_organisation_recalling_bare_plural_ambassadors_is_its_members(body) -> None:
    """An organisation has one envoy in a state: 'ambassadors' it pulls are its
    members' (GUIDELINES: 'EU countries' are not EU)."""
    assert not dyads(body)


def test_organisation_recalling_its_own_envoys_does() -> None:
    body = "The EU will recall our two ambassadors from Minsk, Ashton said."
    assert ("RECALL_DIPLOMAT", "EU", "BLR") in dyads(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sofia expelled two Russians on Monday.", ("EXPEL_DIPLOMAT", "BGR", "RUS")),
        (
            "Moscow ordered two Bulgarian diplomats out, a week after Sofia expelled two "
            "Russians accused of spying.",
            ("EXPEL_DIPLOMAT", "BGR", "RUS"),
        ),
        (
            "The Netherlands expelled four Russians working at the embassy in The Hague.",
            ("EXPEL_DIPLOMAT", "NLD", "RUS"),
        ),
    ],
)
def test_expelled_nationals_counted_are_that_states_envoys(body, expected) -> None:
    assert expected in dyads(body)


@pytest.mark.parametrize(
    "body",
    [
        "Japan sanctioned five Russians over the war.",  # still sanctions on Russia
        "Police deported two Russians who had overstayed their visas.",
    ],
)
def test_other_acts_on_counted_nationals_expel_no_one(body) -> None:
    assert not {d for d in dyads(body) if d[0] == "EXPEL_DIPLOMAT"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Venezuela broke off relations with Panama and expelled its diplomats.",
            ("EXPEL_DIPLOMAT", "VEN", "PAN"),
        ),
        (
            "Chad cut ties with Germany on Monday and expelled its ambassador.",
            ("EXPEL_DIPLOMAT", "TCD", "DEU"),
        ),
        (
            "Mali froze its relations with Sweden and ousted its charge d'affaires.",
            ("EXPEL_DIPLOMAT", "MLI", "SWE"),
        ),
    ],
)
def test_its_envoys_expelled_are_the_other_state_named_before(body, expected) -> None:
    found = dyads(body)
    assert expected in found
    assert ("RECALL_DIPLOMAT", expected[1], expected[2]) not in found


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "The tit-for-tat expulsions between Russia and Moldova continued on Monday.",
            ("RUS", "MDA"),
        ),
        ("Poland and Belarus have traded expulsions.", ("POL", "BLR")),
        (
            "Ties soured after a series of diplomatic expulsions between Japan and Russia.",
            ("JPN", "RUS"),
        ),
    ],
)
def test_expulsions_between_two_states_are_both_ways(body, pair) -> None:
    expels = {d[1:] for d in dyads(body) if d[0] == "EXPEL_DIPLOMAT"}
    assert expels == {pair, pair[::-1]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Latvia expelled the Russian ambassador and Russia in turn expelled Latvia's envoy.",
            {("EXPEL_DIPLOMAT", "LVA", "RUS"), ("EXPEL_DIPLOMAT", "RUS", "LVA")},
        ),
        (
            "Latvia expelled the Russian ambassador and Belarus expelled Latvia's envoy.",
            {("EXPEL_DIPLOMAT", "LVA", "RUS"), ("EXPEL_DIPLOMAT", "BLR", "LVA")},
        ),
        (
            "Chad expelled two Sudanese diplomats and Sudan then expelled four Chadian diplomats.",
            {("EXPEL_DIPLOMAT", "TCD", "SDN"), ("EXPEL_DIPLOMAT", "SDN", "TCD")},
        ),
    ],
)
def test_a_subject_hung_on_the_object_before_opens_its_own_clause(body, expected) -> None:
    assert dyads(body) == expected


def modalities(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target, e.modality) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Riga expelled Moscow's envoy in January, prompting Russia to respond in kind.",
            ("EXPEL_DIPLOMAT", "RUS", "LVA", "asserted"),
        ),
        (
            "Spain expelled two Russian diplomats. Moscow vowed to reciprocate.",
            ("EXPEL_DIPLOMAT", "RUS", "ESP", "planned"),
        ),
        (
            "Spain expelled two Russian diplomats. Moscow will respond in kind.",
            ("EXPEL_DIPLOMAT", "RUS", "ESP", "planned"),
        ),
    ],
)
def test_an_answer_in_kind_in_any_tense(body, expected) -> None:
    assert expected in modalities(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Iran closed the British embassy and expelled its staff.",
            ("EXPEL_DIPLOMAT", "IRN", "GBR"),
        ),
        (
            "Sudan shut the Kenyan embassy on Friday and expelled its personnel.",
            ("EXPEL_DIPLOMAT", "SDN", "KEN"),
        ),
        (
            "Niger closed the French embassy in Niamey and expelled its employees.",
            ("EXPEL_DIPLOMAT", "NER", "FRA"),
        ),
    ],
)
def test_its_staff_after_a_mission_acted_on_are_that_missions(body, expected) -> None:
    assert expected in dyads(body)
