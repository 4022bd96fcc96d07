"""The cascade's shortcuts answer as the long way round: a context built only when
asked, phrase tests in place of case-blind regexes, time patterns tried once."""

from __future__ import annotations

import re
from datetime import date

import pytest

from detente.model import Article
from detente.nlp.context import ArticleContext
from detente.nlp.diplomat_titles import DIPLOMAT, names_diplomats
from detente.nlp.pipeline import _filed_in, _is_candidate, _Reading
from detente.nlp.segment import sentences
from detente.nlp.timex import find_time_expressions
from scale_corpus import HARD_CASES, fixture_corpus

# Sentences written for these tests: a diplomat named in several ways, and none.
DIPLOMAT_TEXTS = [
    "Ghana's envoy, Kofi Mensah, left Nairobi on Friday. Kenya expelled Mensah.",
    "THE AMBASSADOR OF PERU WAS SUMMONED.",
    "The Chargé d’Affaires of Belarus was handed a note. Minsk recalled her.",
    "Its new Consul-General in Lyon, Ana Ruiz, arrived. Madrid appointed her in May.",
    "The High Commissioner of India met officials; Delhi recalled him a week later.",
    "The country sent an emissary to Doha. Qatar expelled him.",
    "Markets fell on Monday as investors weighed the new tariffs.",
    "İstanbul's mayor met the press; the Kelvin scale was discussed.",
]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    written = [
        Article(f"written-{i}", text, date(2024, 5, 8)) for i, text in enumerate(DIPLOMAT_TEXTS)
    ]
    return [*fixture_corpus(), *written]


def test_a_sentence_whose_diplomat_the_regex_finds_is_said_to_name_one(articles):
    regex = re.compile(DIPLOMAT, re.IGNORECASE)
    for article in articles:
        for sentence in sentences(article.text):
            if regex.search(sentence.text):
                assert names_diplomats(sentence.text), sentence.text


def test_an_article_said_to_name_no_diplomat_has_none_in_its_context(articles):
    quiet = 0
    for article in articles:
        found = sentences(article.text)
        if not names_diplomats(article.text):
            quiet += 1
            context = ArticleContext.build(found, _filed_in(article.text))
            assert not context.diplomat_states and not context.diplomat_posts, article.doc_id
    assert quiet >= 5  # general news names none


def test_the_sentences_chosen_with_a_context_built_on_demand_are_those_chosen_with_one_built_first(
    articles,
):
    for article in [*articles, *HARD_CASES]:
        found = sentences(article.text)
        built = ArticleContext.build(found, _filed_in(article.text))
        eager = [s for s in found if _is_candidate(s, found, lambda built=built: built)]
        assert _Reading.of(article, cascade=True).chosen == eager, article.doc_id


@pytest.mark.parametrize(
    ("block", "dropped"),
    [
        ("Voice is AI-generated. Inconsistencies may occur.", True),
        ("VOICE IS AI-GENERATED", True),
        ("Listen to this story (voice is ai-generated; inconsistencies may occur)", True),
        ("Écouter: Voice is AI-generated.", True),
        ("The minister's voice is calm, and she says inconsistencies in the report remain.", False),
    ],
)
def test_a_read_aloud_players_note_is_no_prose_in_any_case(block: str, dropped: bool) -> None:
    text = f"{block}\n\nNorway expelled two Russian diplomats on Monday."
    kept = [s.text for s in sentences(text)]
    assert (block not in " ".join(kept)) == dropped
    assert kept[-1] == "Norway expelled two Russian diplomats on Monday."


def test_time_expressions_asked_again_and_for_the_other_tense_are_as_when_first_asked():
    text = "On Monday, three days after the vote, Chad said it would expel him by Friday."
    published = date(2024, 5, 8)
    first = {tense: find_time_expressions(text, published, tense) for tense in ("past", "future")}
    again = {tense: find_time_expressions(text, published, tense) for tense in ("future", "past")}
    assert first == again
    assert [e.date.value for e in first["past"]] == ["2024-05-06", "2024-05-09", "2024-05-03"]
    assert [e.date.value for e in first["future"]] == ["2024-05-13", "2024-05-16", "2024-05-10"]


_FILLER = "Markets in the capital were calm. "
ANSWERS = [
    # an answer right after the act, one far after it, and one after another answer
    "Estonia expelled two Russian diplomats on Monday. Moscow responded in kind on Tuesday.",
    "Lithuania expelled three Belarusian diplomats on Monday. "
    + _FILLER * 4
    + "On Friday, Minsk responded in kind.",
    "Lithuania expelled three Belarusian diplomats on Monday. "
    + _FILLER * 8
    + "On Friday, Minsk responded in kind.",
    "Saudi Arabia cut ties with Qatar on Monday. So did Bahrain. "
    + _FILLER
    + "Egypt followed suit on Wednesday.",
    "Rain fell on Monday. Moscow responded in kind. Poland recalled its envoy from Moscow.",
]


def test_answers_found_looking_near_the_acts_told_are_those_found_looking_everywhere(
    monkeypatch,
):
    from detente.nlp import anaphora
    from detente.nlp.pipeline import extract_article

    articles = [Article(f"answer-{i}", text, date(2024, 5, 8)) for i, text in enumerate(ANSWERS)]
    near = [extract_article(article) for article in articles]
    monkeypatch.setattr(anaphora, "_REACH", 10**6)
    assert near == [extract_article(article) for article in articles]
    assert sum(len(events) for events in near) >= 8
