"""Diplomatic words in news that reports no diplomatic event: parties, sport, business,
weather, institutions, appeals by others, conditions, questions and generalities.
Every article here must stay empty.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import detente

FALSE_FRIENDS = [
    "The mayor was expelled from the party on Tuesday after the corruption scandal.",
    "The minister recalled that France and Algeria share a long history.",
    "The French embassy said on Monday that the visa office would move to a new building.",
    "The Brazilian striker was named ambassador for the sportswear brand on Friday.",
    "The speaker closed the session of the Kenyan parliament on Thursday.",
    "Argentina lifted the trophy after beating France on penalties.",
    "The Mexican football federation was sanctioned by FIFA on Monday over fan chants.",
    "Engineers restored power to much of Ukraine on Sunday after the storm.",
    "The Indian consulate opened an account on X to answer visa questions.",
    "Germany's opposition called for sanctions on Iran on Tuesday.",
    "If Hungary blocked the package, Brussels could suspend its funds.",
    "Will Canada expel Indian diplomats over the killing?",
    "Countries often expel diplomats when relations sour.",
    "Historically, states have severed ties for many reasons.",
    "The French school in Rabat closed its doors for the summer holidays.",
    "Italy's new ambassador to Japan was born in Naples in 1965.",
    "The court suspended the sanctions imposed on the striker by the league.",
    "The club's owner said he would never expel a supporter for singing.",
    "The singer cut ties with her record label on Monday.",
    "Apple restored relations with its Chinese suppliers after the dispute.",
    "The company downgraded its forecast for Germany on Tuesday.",
    "Moody's downgraded Israel's credit rating on Friday.",
    "Kenya upgraded its road network with Chinese loans.",
    "The summit was opened by the President of Ghana on Monday.",
    "Turkey's central bank kept rates on hold as the lira slipped.",
    "The Japanese ambassador attended a concert in Seoul on Saturday.",
    "The US ambassador to Nigeria visited a school in Lagos on Tuesday.",
    "The German consulate in Istanbul will be closed on Friday for a public holiday.",
    "The museum in Paris reopened its Egyptian wing on Sunday.",
    "Brazil summoned its best players for the World Cup qualifiers.",
    "The coach recalled three players from Spain's under-21 squad.",
    "Peru's president appointed a new health minister on Monday.",
    "The Indian cricket board suspended the player for two matches.",
    "The EU debated whether to impose sanctions on Georgia but reached no decision.",
    "A parliamentary committee in Lithuania urged the government to expel Russian diplomats.",
    "Analysts asked whether Saudi Arabia would ever normalise ties with Israel.",
    "Ukraine's envoy to the UN delivered a speech on Monday.",
    "The Chinese embassy in London posted a statement about the trade dispute on Tuesday.",
    "Sweden has maintained an embassy in Tehran since 1950.",
    "Diplomats in Brussels said on Monday that the talks on the budget were difficult.",
    "The French ambassador thanked the Moroccan authorities for their help after the earthquake.",
    "The sanctions committee of the UN Security Council met in New York on Monday.",
    "The bank froze the accounts of a Kenyan businessman over unpaid loans.",
    "The minister was banned from driving for six months after the crash in Berlin.",
    "Egypt's football team broke off training after the heat wave.",
    "Could Poland sever ties with Belarus after the border incident?",
    "Is Germany about to close its embassy in Niger?",
    "Should the EU impose fresh sanctions on Iran over the drones?",
    "The ambassador said the talks on trade were constructive.",
    "The European Parliament called on the Commission to sanction Hungary.",
    "Lithuania could close its border with Belarus if the crisis worsens.",
    "Few countries have ever broken off relations with the Vatican.",
    "The president recalled his visit to Hanoi in 2019.",
    "Officials in Seoul said they were studying whether to expel the diplomat.",
    "The embassy of Japan in Kenya organised a cultural festival on Saturday.",
    "Spain is not considering sanctions against Israel, the minister said.",
    "The club recalled the loaned midfielder from Turkey in January.",
    "The Irish rugby team broke off relations with its sponsor.",
]


@pytest.mark.parametrize("body", FALSE_FRIENDS)
def test_no_event_is_found(body: str) -> None:
    assert detente.extract(body, published="2024-05-08") == []


WH_QUESTIONS = [
    "Why did Russia expel the Estonian envoy on Monday?",
    "Why did Poland sever ties with Belarus after the border incident?",
    "Why did the EU impose fresh sanctions on Iran over the drones on Monday?",
]


@pytest.mark.parametrize("body", WH_QUESTIONS)
def test_a_wh_question_takes_its_act_as_done(body: str) -> None:
    assert [e.modality for e in detente.extract(body, published="2024-05-08")] == ["asserted"]
