"""Expulsions, severances, recalls and restorations as news words them, and the
false friends that must stay empty.  Sentences written for these tests; each is read
as an article published on Wednesday 2024-05-08."""

from __future__ import annotations

import pytest

import detente


def asserted(body: str) -> set[tuple]:
    return {
        (e.type, e.source, e.target)
        for e in detente.extract(body, "2024-05-08")
        if e.modality != "negated"
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Poland declared three Belarusian diplomats persona non grata on Tuesday and gave "
            "them 72 hours to leave the country.",
            {("EXPEL_DIPLOMAT", "POL", "BLR")},
        ),
        (
            "Estonia ordered a Russian embassy attaché to leave within five days, the foreign "
            "ministry said.",
            {("EXPEL_DIPLOMAT", "EST", "RUS")},
        ),
        (
            "Lithuania kicked out two Russian diplomats on Friday over what it called "
            "activities incompatible with their status.",
            {("EXPEL_DIPLOMAT", "LTU", "RUS")},
        ),
        (
            "The Czech government booted 18 Russian embassy staff last week after linking "
            "them to an ammunition depot blast.",
            {("EXPEL_DIPLOMAT", "CZE", "RUS")},
        ),
        (
            "Mali asked the French ambassador to leave the country on Monday.",
            {("EXPEL_DIPLOMAT", "MLI", "FRA")},
        ),
        (
            "The expulsion of the Dutch ambassador by Nicaragua drew swift condemnation in "
            "Brussels.",
            {("EXPEL_DIPLOMAT", "NIC", "NLD")},
        ),
        (
            "In a tit-for-tat move, Moscow expelled ten Slovak diplomats on Thursday.",
            {("EXPEL_DIPLOMAT", "RUS", "SVK")},
        ),
        (
            "Two Austrian diplomats were expelled by Russia on Wednesday in retaliation.",
            {("EXPEL_DIPLOMAT", "RUS", "AUT")},
        ),
        (
            "Canada's envoy was sent packing by India on Monday amid a row over a killing.",
            {("EXPEL_DIPLOMAT", "IND", "CAN")},
        ),
        (
            "Slovakia expelled 35 Russian diplomats, attachés and consular staff on Friday.",
            {("EXPEL_DIPLOMAT", "SVK", "RUS")},
        ),
        (
            "Nicaragua expelled the EU ambassador on Saturday, the government said.",
            {("EXPEL_DIPLOMAT", "NIC", "EU")},
        ),
        (
            "Niger ordered France to withdraw its ambassador within 48 hours on Friday.",
            {("EXPEL_DIPLOMAT", "NER", "FRA")},
        ),
        (
            "Algeria demanded that Morocco recall its consul in Oran within 48 hours.",
            {("EXPEL_DIPLOMAT", "DZA", "MAR")},
        ),
        (
            "The Kremlin's ambassador was expelled from Moldova on Tuesday, officials said.",
            {("EXPEL_DIPLOMAT", "MDA", "RUS")},
        ),
        (
            "Ukraine ordered the Iranian ambassador out of the country on Saturday.",
            {("EXPEL_DIPLOMAT", "UKR", "IRN")},
        ),
        (
            "Jordan recalled its ambassador to Israel on Wednesday, and Bahrain pulled its "
            "envoy from Tel Aviv.",
            {("RECALL_DIPLOMAT", "BHR", "ISR"), ("RECALL_DIPLOMAT", "JOR", "ISR")},
        ),
        (
            "Honduras called home its ambassador in Israel for consultations on Friday.",
            {("RECALL_DIPLOMAT", "HND", "ISR")},
        ),
        (
            "South Africa said on Monday it was recalling all its diplomats from Israel.",
            {("RECALL_DIPLOMAT", "ZAF", "ISR")},
        ),
        (
            "Argentina called its ambassador in Caracas home after the disputed vote.",
            {("RECALL_DIPLOMAT", "ARG", "VEN")},
        ),
        (
            "Mali and Niger cut ties with Ukraine this week.",
            {("SEVER_RELATIONS", "MLI", "UKR"), ("SEVER_RELATIONS", "NER", "UKR")},
        ),
        (
            "Nicaragua ended diplomatic relations with the Netherlands on Saturday.",
            {("SEVER_RELATIONS", "NIC", "NLD")},
        ),
        (
            "Taiwan lost Nauru as an ally after the Pacific island cut diplomatic ties with "
            "Taipei on Monday.",
            {("SEVER_RELATIONS", "NRU", "TWN")},
        ),
        (
            "Venezuela broke diplomatic relations with Panama, Peru and Chile on Monday.",
            {
                ("SEVER_RELATIONS", "VEN", "CHL"),
                ("SEVER_RELATIONS", "VEN", "PAN"),
                ("SEVER_RELATIONS", "VEN", "PER"),
            },
        ),
        (
            "Tehran and Riyadh re-established ties in March.",
            {("RESTORE_RELATIONS", "SAU", "IRN"), ("RESTORE_RELATIONS", "IRN", "SAU")},
        ),
        (
            "The restoration of ties between Ankara and Cairo was announced on Thursday.",
            {("RESTORE_RELATIONS", "TUR", "EGY"), ("RESTORE_RELATIONS", "EGY", "TUR")},
        ),
        (
            "Honduras established diplomatic relations with China on Sunday, cutting ties "
            "with Taiwan.",
            {("RESTORE_RELATIONS", "HND", "CHN"), ("SEVER_RELATIONS", "HND", "TWN")},
        ),
        (
            "Kiribati followed days later, cutting ties with Taipei and recognising China.",
            {("SEVER_RELATIONS", "KIR", "TWN"), ("RESTORE_RELATIONS", "KIR", "CHN")},
        ),
        (
            "Washington expelled 35 Russian diplomats in December 2016, giving them 72 hours "
            "to leave.",
            {("EXPEL_DIPLOMAT", "USA", "RUS")},
        ),
        (
            "Twenty Czech diplomats were told to leave Russia within 24 hours.",
            {("EXPEL_DIPLOMAT", "RUS", "CZE")},
        ),
        (
            "Montenegro declared a Serbian ambassador persona non grata, and Belgrade "
            "responded in kind by expelling Montenegro's envoy.",
            {("EXPEL_DIPLOMAT", "MNE", "SRB"), ("EXPEL_DIPLOMAT", "SRB", "MNE")},
        ),
        (
            "Kenya has withdrawn its high commissioner from Somalia.",
            {("RECALL_DIPLOMAT", "KEN", "SOM")},
        ),
        (
            "Ghana called its envoy back from Abuja on Thursday.",
            {("RECALL_DIPLOMAT", "GHA", "NGA")},
        ),
        (
            "Mexico announced it was pulling its diplomats out of Lima.",
            {("RECALL_DIPLOMAT", "MEX", "PER")},
        ),
        (
            "Iran and Saudi Arabia, which cut ties in 2016, agreed in March to restore them.",
            {
                ("SEVER_RELATIONS", "IRN", "SAU"),
                ("SEVER_RELATIONS", "SAU", "IRN"),
                ("RESTORE_RELATIONS", "SAU", "IRN"),
                ("RESTORE_RELATIONS", "IRN", "SAU"),
            },
        ),
        (
            "Russia's envoy to Bulgaria, Eleonora Mitrofanova, was asked to leave.",
            {("EXPEL_DIPLOMAT", "BGR", "RUS")},
        ),
        (
            "Kuwait joined Saudi Arabia in expelling the Lebanese envoy.",
            {("EXPEL_DIPLOMAT", "SAU", "LBN"), ("EXPEL_DIPLOMAT", "KWT", "LBN")},
        ),
        (
            "Relations between Rwanda and Burundi were severed in 2015.",
            {("SEVER_RELATIONS", "BDI", "RWA"), ("SEVER_RELATIONS", "RWA", "BDI")},
        ),
        (
            "Burundi closed its border with Rwanda and suspended diplomatic relations.",
            {("SEVER_RELATIONS", "BDI", "RWA")},
        ),
    ],
)
def test_the_act_and_its_sides(body, expected) -> None:
    assert asserted(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Toyota recalled 50,000 vehicles on Monday over faulty airbags.",
        "The lawmaker was expelled from the ruling party on Tuesday.",
        "Forty students were expelled from the university after the protest.",
        "The central bank cut interest rates on Thursday.",
        "The sprinter broke the world record in Paris.",
        "Opposition lawmakers urged the government to expel the Russian ambassador.",
        "The foreign minister recalled that the two countries had long enjoyed warm ties.",
        "The club cut ties with its sponsor on Monday.",
        "Power was restored to the city on Tuesday.",
        "Flights between the two countries resumed on Monday.",
        "The company broke off talks with the union.",
        "Russia was expelled from the Council of Europe in March 2022.",
        "The ambassador recalled his time in Moscow fondly.",
        "The Chinese ambassador recalled that relations with Spain date back to 1973.",
        "The EU called on member states to expel Russian diplomats suspected of spying.",
        "Lawmakers in Kyiv demanded that Hungary's ambassador be expelled.",
        "The opposition urged Warsaw to cut ties with Minsk.",
        "India and Canada restored visa services on Monday.",
        "China and Australia resumed trade in wine after three years.",
        "The ambassador was expelled from the conference hall by security.",
        "Belarus deported two Polish journalists on Friday.",
        "Qatar said reports that it would cut ties with Hamas were false.",
    ],
)
def test_false_friends_and_appeals_stay_empty(body) -> None:
    assert asserted(body) == set()
