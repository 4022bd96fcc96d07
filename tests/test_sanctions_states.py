"""A state living under sanctions is their target; a 'by' phrase on the sanctions names
who imposed them; sanctioned juntas and governments are their states'.  Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

import detente


def events_of(body: str) -> set[tuple[str, str, str, str | None]]:
    return {
        (e.type, e.source, e.target, e.date.value)
        for e in detente.extract(body, published="2024-05-08")
    }


IMPOSE = "IMPOSE_SANCTIONS"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Iran has been under US sanctions since 1979.", {(IMPOSE, "USA", "IRN", "1979")}),
        (
            "Cuba has lived under an American trade embargo since 1962.",
            {(IMPOSE, "USA", "CUB", "1962")},
        ),
        (
            "Belarus remains under EU and US sanctions over the crackdown.",
            {(IMPOSE, "EU", "BLR", "2024-05"), (IMPOSE, "USA", "BLR", "2024-05")},
        ),
        (
            "Russia is subject to EU sanctions over its war in Ukraine.",
            {(IMPOSE, "EU", "RUS", "2024-05")},
        ),
        (
            "North Korea has faced UN sanctions over its nuclear programme.",
            {(IMPOSE, "UN", "PRK", "2024-05")},
        ),
        (
            "The Venezuelan government has been the target of Canadian sanctions.",
            {(IMPOSE, "CAN", "VEN", "2024-05")},
        ),
        (
            "Syria's economy has been crippled by U.S. and European Union sanctions.",
            {(IMPOSE, "USA", "SYR", "2024-05"), (IMPOSE, "EU", "SYR", "2024-05")},
        ),
        (
            "Japanese sanctions have hurt North Korea's fishing fleet.",
            {(IMPOSE, "JPN", "PRK", "2024-05")},
        ),
    ],
)
def test_a_state_under_sanctions_is_their_target(body: str, expected: set) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Russia could face new EU sanctions if it attacks again.",
        "Iran faces possible US sanctions, analysts said.",
        "Sanctions have hurt the economy, the minister said.",
        "Russia has faced sanctions over its war.",
    ],
)
def test_sanctions_still_to_come_or_of_nobody_named_are_no_event(body: str) -> None:
    assert events_of(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Venezuela was hit with sanctions by the US and the EU.",
            {(IMPOSE, "USA", "VEN"), (IMPOSE, "EU", "VEN")},
        ),
        (
            "Myanmar's generals were slapped with sanctions by Britain on Thursday.",
            {(IMPOSE, "GBR", "MMR")},
        ),
        (
            "Two Iranian banks were hit with fresh sanctions by Australia and Japan.",
            {(IMPOSE, "AUS", "IRN"), (IMPOSE, "JPN", "IRN")},
        ),
    ],
)
def test_the_by_phrase_of_the_sanctions_imposes_them(body: str, expected: set) -> None:
    assert {e[:3] for e in events_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The EU sanctioned Myanmar's junta on Monday.", (IMPOSE, "EU", "MMR")),
        ("The US sanctioned the Venezuelan government on Monday.", (IMPOSE, "USA", "VEN")),
        ("Britain blacklisted the Iranian Revolutionary Guards.", (IMPOSE, "GBR", "IRN")),
        (
            "EU leaders rolled over the economic sanctions against Russia.",
            (IMPOSE, "EU", "RUS"),
        ),
    ],
)
def test_sanctioned_governments_and_rolled_over_sanctions(body: str, expected: tuple) -> None:
    assert expected in {e[:3] for e in events_of(body)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Turkey halted all trade with Israel on Thursday.", {(IMPOSE, "TUR", "ISR")}),
        ("China suspended trade with Lithuania in 2021.", {(IMPOSE, "CHN", "LTU")}),
        ("Ankara has stopped all commerce with Tel Aviv.", {(IMPOSE, "TUR", "ISR")}),
        ("Kenya suspended trade with Somalia amid the dispute.", {(IMPOSE, "KEN", "SOM")}),
        ("The war has halted trade with Ukraine.", set()),
        ("The two countries halted trade talks with Japan.", set()),
        ("The ministry halted the trade of cotton with the region.", set()),
    ],
)
def test_halting_trade_with_a_state_sanctions_it(body: str, expected: set) -> None:
    assert {e[:3] for e in events_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Trump signed an order on Monday prohibiting U.S. transactions with Venezuela's "
            "digital currency.",
            {(IMPOSE, "USA", "VEN")},
        ),
        (
            "Washington prohibited dealings with Russia's sovereign wealth fund.",
            {(IMPOSE, "USA", "RUS")},
        ),
        ("The bank halted transactions with the customer in March.", set()),
    ],
)
def test_banning_dealings_with_a_state_sanctions_it(body: str, expected: set) -> None:
    assert {e[:3] for e in events_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The EU extended its sanctions on Iran, first imposed in 2012, until next March.",
            {(IMPOSE, "EU", "IRN", "2024-05"), (IMPOSE, "EU", "IRN", "2012")},
        ),
        (
            "Canada on Friday renewed its embargo on Myanmar, first introduced in 2007.",
            {(IMPOSE, "CAN", "MMR", "2024-05-03"), (IMPOSE, "CAN", "MMR", "2007")},
        ),
        (
            "The UN Security Council on Tuesday renewed the sanctions against Mali, which "
            "were first imposed in 2017.",
            {(IMPOSE, "UN", "MLI", "2024-05-07"), (IMPOSE, "UN", "MLI", "2017")},
        ),
    ],
)
def test_sanctions_first_imposed_earlier_are_an_event_of_their_own(
    body: str, expected: set
) -> None:
    assert events_of(body) == expected


LIFT = "LIFT_SANCTIONS"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The EU let its sanctions on Zimbabwe expire in February.",
            {(LIFT, "EU", "ZWE", "2024-02")},
        ),
        (
            "The United States allowed its sanctions on Venezuelan oil to lapse.",
            {(LIFT, "USA", "VEN", "2024-05")},
        ),
        (
            "The UN Security Council allowed the arms embargo on Iran to expire in October 2020.",
            {(LIFT, "UN", "IRN", "2020-10")},
        ),
        ("Washington let the waiver on Iranian oil sanctions expire.", set()),
    ],
)
def test_letting_sanctions_expire_lifts_them(body: str, expected: set) -> None:
    assert events_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Arab League imposed sanctions on Syria on Sunday. The measure adds to the "
            "pressure that U.S. and European Union sanctions have put on its oil exports.",
            {(IMPOSE, "ARABLEAGUE", "SYR"), (IMPOSE, "USA", "SYR"), (IMPOSE, "EU", "SYR")},
        ),
        (
            "Washington lifted sanctions on Belarus's potash industry on Friday. The EU's "
            "sanctions package has also hit the potash trade, the deputy said.",
            {(LIFT, "USA", "BLR"), (IMPOSE, "EU", "BLR")},
        ),
        (
            "Japan imposed sanctions on Russia on Monday. Canadian sanctions came a day later.",
            {(IMPOSE, "JPN", "RUS")},
        ),
        (
            "Trump threatened to impose sanctions on Iraq. He said Iranian sanctions would "
            "look tame by comparison.",
            {(IMPOSE, "USA", "IRQ")},
        ),
        (
            "Britain imposed sanctions on Myanmar's generals on Thursday. Activists said they "
            "were waiting for an EU sanctions announcement.",
            {(IMPOSE, "GBR", "MMR")},
        ),
    ],
)
def test_sanctions_named_by_their_imposer_aim_where_the_article_s_last_ones_did(
    body: str, expected: set
) -> None:
    assert {e[:3] for e in events_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "China decided to take countermeasures against 10 US military companies.",
            (IMPOSE, "CHN", "USA"),
        ),
        (
            "Moscow took restrictive measures against 30 Finnish nationals on Monday.",
            (IMPOSE, "RUS", "FIN"),
        ),
        (
            "China's commerce ministry added 15 US companies to its export control list.",
            (IMPOSE, "CHN", "USA"),
        ),
        ("Trump ordered the cessation of sanctions against Syria.", (LIFT, "USA", "SYR")),
        ("The termination of UN sanctions on Eritrea was welcomed.", (LIFT, "UN", "ERI")),
    ],
)
def test_countermeasures_control_lists_and_the_cessation_of_sanctions(
    body: str, expected: tuple
) -> None:
    assert expected in {e[:3] for e in events_of(body)}


def test_taking_sanctions_into_account_is_no_event() -> None:
    assert events_of("The ministers took the sanctions into account in the budget.") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Trump warned Iraq that he would levy sanctions if it expelled US troops after "
            "a strike that killed an Iranian general.",
            {(IMPOSE, "USA", "IRQ", "planned")},
        ),
        (
            "Washington threatened Ankara with sanctions over the purchase of Russian missiles.",
            {(IMPOSE, "USA", "TUR", "planned")},
        ),
        (
            "Turkey was threatened with sanctions by the United States.",
            {(IMPOSE, "USA", "TUR", "planned")},
        ),
        ("Biden warned Putin of severe sanctions.", {(IMPOSE, "USA", "RUS", "planned")}),
        ("The minister threatened the protesters with arrest.", set()),
        ("Iran warned Britain that it would respond to any new sanctions.", set()),
    ],
)
def test_a_state_threatened_with_sanctions_is_their_target(body: str, expected: set) -> None:
    found = {
        (e.type, e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
    }
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        "For months the Macedonian government has been under pressure from its Albanian "
        "minority to recognise Kosovo.",
        "Washington pressured Seoul to impose sanctions on Iran.",
        "The EU is under pressure to impose sanctions on Israel.",
    ],
)
def test_pressure_to_act_is_an_appeal(body: str) -> None:
    assert events_of(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Trump to lift sanctions on Syria", ("LIFT_SANCTIONS", "USA", "SYR", "planned")),
        ("EU to impose new sanctions on Russia", (IMPOSE, "EU", "RUS", "planned")),
        ("The EU is to impose new sanctions on Russia.", (IMPOSE, "EU", "RUS", "planned")),
        (
            "Trump to lift sanctions on Syria, White House says",
            ("LIFT_SANCTIONS", "USA", "SYR", "planned"),
        ),
        (
            "The US has decided to lift sanctions on Syria.",
            ("LIFT_SANCTIONS", "USA", "SYR", "asserted"),
        ),
    ],
)
def test_a_headline_infinitive_announces_a_plan(body: str, expected: tuple) -> None:
    found = {
        (e.type, e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
    }
    assert found == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Commerce Department removed three Chinese firms from the Entity List.",
            {("LIFT_SANCTIONS", "USA", "CHN")},
        ),
        (
            "China took two US companies off its unreliable entity list.",
            {("LIFT_SANCTIONS", "CHN", "USA")},
        ),
        ("The Treasury sanctioned a Mexican cartel leader on Tuesday.", set()),
        ("The US sanctioned three Colombian drug gang leaders.", set()),
        ("The US sanctioned Venezuelan officials for drug trafficking.", {(IMPOSE, "USA", "VEN")}),
    ],
)
def test_entity_list_removals_and_criminals_who_are_no_state(body: str, expected: set) -> None:
    assert {e[:3] for e in events_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A UN arms embargo on Libya has been in place since 2011.", (IMPOSE, "UN", "LBY", "2011")),
        ("US sanctions on Cuba have been in force since 1962.", (IMPOSE, "USA", "CUB", "1962")),
        (
            "The latest round of US sanctions hit Iranian drone makers.",
            (IMPOSE, "USA", "IRN", "2024-05"),
        ),
        (
            "A new package of EU sanctions against Russia was adopted on Friday.",
            (IMPOSE, "EU", "RUS", "2024-05-03"),
        ),
    ],
)
def test_sanctions_in_force_since_and_rounds_of_sanctions(body: str, expected: tuple) -> None:
    assert events_of(body) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia imposed a food embargo on the EU, the US and Canada in 2014.",
            {(IMPOSE, "RUS", "EU"), (IMPOSE, "RUS", "USA"), (IMPOSE, "RUS", "CAN")},
        ),
        (
            "Russia imposed sanctions on Britain and expelled diplomats from Canada.",
            {(IMPOSE, "RUS", "GBR"), ("EXPEL_DIPLOMAT", "RUS", "CAN")},
        ),
        ("China halted shipments of Australian coal in 2020.", {(IMPOSE, "CHN", "AUS")}),
        ("China suspended purchases of Canadian canola in 2019.", {(IMPOSE, "CHN", "CAN")}),
        ("China blocked Lithuanian goods at customs.", {(IMPOSE, "CHN", "LTU")}),
        ("The port suspended shipments because of the storm.", set()),
        ("The US suspended weapons shipments to Ukraine.", set()),
    ],
)
def test_lists_of_targets_and_bans_on_a_state_s_goods(body: str, expected: set) -> None:
    assert {e[:3] for e in events_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The US sanctioned Russian businessman Oleg Deripaska in 2018.", {(IMPOSE, "USA", "RUS")}),
        (
            "Russian oligarch Roman Abramovich was sanctioned by the UK in March 2022.",
            {(IMPOSE, "GBR", "RUS")},
        ),
        (
            "Britain froze the assets of Russian businessman Alisher Usmanov.",
            {(IMPOSE, "GBR", "RUS")},
        ),
        ("The minister praised Russian businessman Oleg Deripaska.", set()),
    ],
)
def test_a_titled_name_is_a_designee_of_its_state(body: str, expected: set) -> None:
    assert {e[:3] for e in events_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Britain's Treasury froze the assets of three Iranian officials on Monday.",
            {(IMPOSE, "GBR", "IRN")},
        ),
        (
            "The Australian Treasury froze the assets of three Iranian officials.",
            {(IMPOSE, "AUS", "IRN")},
        ),
        (
            "Japan's Foreign Office summoned the Chinese ambassador on Monday.",
            {("SUMMON_DIPLOMAT", "JPN", "CHN")},
        ),
        (
            "The Treasury Department blacklisted three Venezuelan officials.",
            {(IMPOSE, "USA", "VEN")},
        ),
    ],
)
def test_a_shared_seat_named_with_its_state_is_that_state_s(body: str, expected: set) -> None:
    assert {e[:3] for e in events_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "EU foreign ministers reached political agreement on new sanctions against Iran.",
            {(IMPOSE, "EU", "IRN", "asserted")},
        ),
        (
            "EU ambassadors agreed on a 16th package of sanctions against Russia.",
            {(IMPOSE, "EU", "RUS", "asserted")},
        ),
        (
            "The EU struck an accord on sanctions against Russia on Friday.",
            {(IMPOSE, "EU", "RUS", "asserted")},
        ),
        (
            "EU ambassadors failed to agree on new sanctions against Russia.",
            {(IMPOSE, "EU", "RUS", "negated")},
        ),
    ],
)
def test_agreeing_on_sanctions_adopts_them(body: str, expected: set) -> None:
    found = {
        (e.type, e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
    }
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The EU is preparing a new package of sanctions against Russia.",
            {(IMPOSE, "EU", "RUS", "planned")},
        ),
        ("Canada has drafted new sanctions on Iran.", {(IMPOSE, "CAN", "IRN", "planned")}),
        ("Russia is prepared for any new sanctions, the Kremlin said.", set()),
        ("Russia has prepared its economy for sanctions.", set()),
    ],
)
def test_sanctions_in_preparation_are_planned(body: str, expected: set) -> None:
    found = {
        (e.type, e.source, e.target, e.modality)
        for e in detente.extract(body, published="2024-05-08")
    }
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Washington is stepping up pressure on Tehran. The Treasury sanctioned three "
            "Iranian officials on Monday.",
            {(IMPOSE, "USA", "IRN")},
        ),
        (
            "ISLAMABAD - Pakistan expelled an Indian diplomat on Friday, the Foreign Office "
            "said in a statement.",
            {("EXPEL_DIPLOMAT", "PAK", "IND")},
        ),
        ("Treasury sanctions North Korean hackers", {(IMPOSE, "USA", "PRK")}),
    ],
)
def test_the_treasury_alone_is_the_us_one_and_a_foreign_office_the_dateline_s(
    body: str, expected: set
) -> None:
    assert {e[:3] for e in events_of(body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Japan lifted its import ban on Chinese seafood on Friday.",
            ("LIFT_SANCTIONS", "JPN", "CHN"),
        ),
        (
            "China imposed an import ban on Japanese seafood in August.",
            ("IMPOSE_SANCTIONS", "CHN", "JPN"),
        ),
        (
            "Russia imposed an import ban on Georgian wine in 2006.",
            ("IMPOSE_SANCTIONS", "RUS", "GEO"),
        ),
    ],
)
def test_an_import_ban_on_goods_targets_where_they_come_from(body, expected) -> None:
    assert {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")} == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "President Trump ordered an end to sanctions on Syria.",
        "Trump announced the end of sanctions against Syria.",
        "Washington brought an end to its sanctions on Syria on Monday.",
    ],
)
def test_an_end_to_sanctions_lifts_them(body) -> None:
    found = {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}
    assert ("LIFT_SANCTIONS", "USA", "SYR") in found


@pytest.mark.parametrize(
    "body",
    [
        "Beijing imposed sanctions on Lockheed Martin over arms sales to Taiwan.",
        "Moscow sanctioned a Swiss trading house for its role in shipping grain from Ukraine.",
        "Iran blacklisted a German charity after its comments about Israel.",
    ],
)
def test_a_state_in_the_reason_for_sanctions_is_not_their_target(body: str) -> None:
    assert not events_of(body)


@pytest.mark.parametrize(
    ("body", "target"),
    [
        # the state where the people or targets sanctioned are, not a state a reason names
        (
            "Canada on Friday imposed sanctions on dozens of targets in Iran, marking a year "
            "since the attack on Israel.",
            "IRN",
        ),
        (
            "Japan sanctioned 40 people and businesses in Belarus over the war in Ukraine.",
            "BLR",
        ),
        (
            "Britain sanctioned intermediaries in Syria, a year after the raid on Jordan.",
            "SYR",
        ),
    ],
)
def test_targets_people_and_businesses_in_a_state_are_sanctions_on_it(body, target) -> None:
    assert {e[2] for e in events_of(body)} == {target}


@pytest.mark.parametrize(
    ("body", "targets"),
    [
        # a participle of origin names where the banned goods come from
        ("China suspended all imports of aquatic products originating in Japan.", {"JPN"}),
        ("Russia banned imports of wine produced in Moldova and Georgia.", {"MDA", "GEO"}),
        ("Saudi Arabia halted imports of fruit grown in Lebanon.", {"LBN"}),
    ],
)
def test_a_ban_on_goods_made_in_a_state_sanctions_it(body, targets) -> None:
    assert {e[2] for e in events_of(body)} == targets


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # ties of trade cut or suspended are a ban on trade: a sanction, not a break
        ("Turkey cut trade ties with Israel on Thursday.", {(IMPOSE, "TUR", "ISR")}),
        ("Turkey suspended all commercial relations with Israel.", {(IMPOSE, "TUR", "ISR")}),
        ("Turkey severed economic and trade relations with Israel.", {(IMPOSE, "TUR", "ISR")}),
        # ties of trade enjoyed are none
        ("Turkey and Israel have strong trade ties.", set()),
    ],
)
def test_trade_ties_cut_are_a_ban_on_trade(body, expected) -> None:
    assert {e[:3] for e in events_of(body)} == expected
