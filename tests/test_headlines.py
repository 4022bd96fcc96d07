"""Headlines without articles, whose verb the small parser takes for a noun
(``nlp/headline_parse.py``), and headline-style posts ('names Cuba envoy')."""

from __future__ import annotations

import pytest

import detente


def dyads_of(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the verb compounded onto its object
        ("Kenya names envoy to Japan", ("APPOINT_AMBASSADOR", "KEN", "JPN")),
        ("Uganda names envoy to Brazil amid coffee push", ("APPOINT_AMBASSADOR", "UGA", "BRA")),
        ("Chad expels German ambassador", ("EXPEL_DIPLOMAT", "TCD", "DEU")),
        # the verb read as the subject of the noun after it
        ("Algeria severs ties with Morocco", ("SEVER_RELATIONS", "DZA", "MAR")),
        # the verb read as a plural noun with the name compounded onto it
        ("EU names new ambassador to China", ("APPOINT_AMBASSADOR", "EU", "CHN")),
        # the name read as the root, with the verb and its object hung on it
        (
            "Bolivia names first ambassador to Chile in decades",
            ("APPOINT_AMBASSADOR", "BOL", "CHL"),
        ),
        ("Zambia names new envoy to Kenya", ("APPOINT_AMBASSADOR", "ZMB", "KEN")),
        # a state's name the tagger took for a common word
        ("Zambia names new high commissioner to India", ("APPOINT_AMBASSADOR", "ZMB", "IND")),
        ("Zambia names Mwila Banda as envoy to Malawi", ("APPOINT_AMBASSADOR", "ZMB", "MWI")),
        ("Bolivia expels Chilean diplomats", ("EXPEL_DIPLOMAT", "BOL", "CHL")),
    ],
)
def test_a_headline_verb_read_as_a_noun_still_takes_its_subject_and_object(
    headline, expected
) -> None:
    assert expected in dyads_of(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Ghana names squad for Africa Cup",
        "Kenya names streets after heroes",
        "Nigeria names new coach",
    ],
)
def test_headlines_of_other_news_stay_empty(headline) -> None:
    assert dyads_of(headline) == set()


def test_a_sentence_with_its_full_stop_is_left_as_parsed() -> None:
    from detente.nlp.headline_parse import repair_headline_verbs
    from detente.nlp.parser import load_model

    doc = load_model()("Kenya names envoy to Japan, officials in Nairobi said on Monday.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_headline_verbs(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("U.S. names first Cuba ambassador in 55 years", ("APPOINT_AMBASSADOR", "USA", "CUB")),
        ("Kenya picks new Japan envoy", ("APPOINT_AMBASSADOR", "KEN", "JPN")),
        ("Washington appoints Beijing envoy", ("APPOINT_AMBASSADOR", "USA", "CHN")),
    ],
)
def test_a_state_compounded_onto_the_appointed_envoy_is_his_post(headline, expected) -> None:
    assert dyads_of(headline) == {expected}


def test_a_possessor_of_the_appointed_envoy_still_sends_him() -> None:
    body = "Biden's pick for ambassador to Japan, Rahm Emanuel, was confirmed by the Senate."
    assert dyads_of(body) == {("APPOINT_AMBASSADOR", "USA", "JPN")}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Rajesh Kumar named India's envoy to Peru", ("APPOINT_AMBASSADOR", "IND", "PER")),
        ("Ana Ruiz confirmed as Peru's ambassador to Kenya", ("APPOINT_AMBASSADOR", "PER", "KEN")),
        ("Kenji Sato named Japan's new ambassador to Brazil", ("APPOINT_AMBASSADOR", "JPN", "BRA")),
    ],
)
def test_a_headline_passive_names_the_envoy(headline, expected) -> None:
    assert expected in dyads_of(headline)


@pytest.mark.parametrize(
    "body",
    [
        "John Smith named Britain's ambassador a liar.",
        "Senator Smith named Russia's ambassador in his speech.",
    ],
)
def test_a_person_naming_an_envoy_in_a_sentence_appoints_nobody(body) -> None:
    assert not dyads_of(body)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Ambassador of Uzbekistan hands over credentials to Latvian President", ("UZB", "LVA")),
        ("New envoy of Chile hands over credentials to Kenyan President", ("CHL", "KEN")),
        ("Envoy of Peru hands over letters of credence to Emir of Qatar", ("PER", "QAT")),
        ("New ambassador of Japan hands in credentials to Kenyan President", ("JPN", "KEN")),
    ],
)
def test_a_headline_particle_read_as_a_preposition_hands_on_its_object(headline, expected) -> None:
    assert dyads_of(headline) == {("PRESENT_CREDENTIALS", *expected)}
