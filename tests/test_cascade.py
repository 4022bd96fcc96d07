"""The cascade loses nothing: the scan-selected parse finds what parsing every sentence finds."""

from __future__ import annotations

import dataclasses
import re

import pytest

from detente.nlp.lexicon import load_lexicon
from detente.nlp.pipeline import extract_article, extract_many
from detente.nlp.scan import Runs, WordScan, candidate_scan
from detente.nlp.segment import sentences
from scale_corpus import HARD_CASES, HYPHENATED, fixture_corpus


@pytest.fixture(scope="module")
def corpus():
    return fixture_corpus()


@pytest.fixture(scope="module")
def full_parse(corpus):
    """Events of every article with every sentence parsed (the reference)."""
    return {article.doc_id: extract_article(article, cascade=False) for article in corpus}


def test_the_cascade_finds_the_same_events_as_parsing_every_sentence(corpus, full_parse):
    for article in corpus:
        assert extract_article(article, cascade=True) == full_parse[article.doc_id], article.doc_id
    # The corpus is not trivially empty of events: most hard cases and the news have some.
    assert sum(len(events) for events in full_parse.values()) >= 40


def test_the_cascade_keeps_events_whose_actor_or_diplomat_is_in_an_earlier_sentence(full_parse):
    expelled = {(e.type, e.source, e.target) for e in full_parse["pronoun-expulsion"]}
    assert ("EXPEL_DIPLOMAT", "TUR", "NOR") in expelled
    by_surname = [(e.type, e.source, e.target) for e in full_parse["surname-diplomat"]]
    assert by_surname == [("EXPEL_DIPLOMAT", "GHA", "KEN")]
    cascade = extract_article(HARD_CASES[1], cascade=True)
    assert [(e.type, e.source, e.target) for e in cascade] == by_surname


def test_extract_many_parses_across_articles_and_gives_each_its_own_events(corpus, full_parse):
    batched = list(extract_many(corpus, cascade=True))
    assert [events[0].doc if events else None for events in batched] == [
        full_parse[a.doc_id][0].doc if full_parse[a.doc_id] else None for a in corpus
    ]
    assert batched == [full_parse[article.doc_id] for article in corpus]


def test_the_scan_parses_few_sentences_of_general_news(corpus):
    lexicon = load_lexicon()
    news = [s.text for article in corpus[len(HARD_CASES) :] for s in sentences(article.text)]
    chosen = [text for text in news if lexicon.is_candidate(text)]
    # The generated news has 12% diplomatic sentences and 3% near misses.
    assert 0.08 * len(news) < len(chosen) < 0.25 * len(news)


TRICKY = [
    "Morocco summoned Spain’s chargé d’affaires on Wednesday.",
    "MOROCCO SUMMONS SPAIN'S CHARGE D'AFFAIRES",
    "Poland refused to grant agrément to the ambassador-designate.",
    "The consul-general was re-called, the ministry said.",
    "He was told to leave; the expulsion-order came at dawn.",
    "Ankara re-opened its consulate-general in the city.",
    "The expelled ambassador's residence was sealed.",
    "Sanctioned banks cannot trade.",
    "The team's staff were reduced by the new diplomatic mission head.",
    "Travel bans were imposed on officials.",
    "L'ambassadeur a été rappelé à Paris.",
    "A recall of 40 cars.",
    "The newly-appointed envoy arrived; anti-sanctions protesters gathered.",
    "Pre-re-opened -embassy- consul--general",
    "İstanbul KELVIN Kelvin expelled diplomats",
    "",
]


def test_the_fast_scan_answers_as_the_lexicon_on_every_sentence(corpus):
    lexicon = load_lexicon()
    scan = candidate_scan(lexicon)
    texts = [s.text for article in corpus for s in sentences(article.text)] + TRICKY
    for text in texts:
        assert scan.is_candidate(text) == lexicon.is_candidate(text), text
        assert scan.has_trigger(text) == bool(lexicon.trigger_scan.search(text)), text


def test_the_fast_scan_keeps_a_regex_for_words_that_are_not_plain_runs():
    alternatives = "|".join(re.escape(w) for w in ("d'affaires", "re-open", "envoy"))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    scan = WordScan.of(pattern)
    assert scan.words == frozenset({"re-open", "envoy"})
    assert scan.rest is not None and scan.rest.pattern == r"(?<![\w-])(?:d'affaires)(?![\w-])"
    assert scan.found_in(Runs("The d'affaires")) is True
    assert scan.found_in(Runs("They re-opened")) is False
    assert scan.found_in(Runs("They Re-Open")) is True


def test_a_pattern_of_another_shape_is_used_as_it_is():
    pattern = re.compile(r"\bexpel\w*", re.IGNORECASE)
    scan = WordScan.of(pattern)
    assert scan.words == frozenset() and scan.rest is pattern
    assert scan.found_in(Runs("expelling")) is True


def _inside_runs(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with words bounded by \\w only, so 'appointed' matches in 'newly-appointed'."""
    source = pattern.pattern.replace(r"(?<![\w-])", r"(?<!\w)").replace(r"(?![\w-])", r"(?!\w)")
    return re.compile(source, pattern.flags)


@pytest.fixture
def lexicon_inside_runs(monkeypatch):
    """The lexicon with its scan patterns bounded by \\w, as the pipeline's lexicon."""
    lexicon = load_lexicon()
    widened = dataclasses.replace(
        lexicon,
        trigger_scan=_inside_runs(lexicon.trigger_scan),
        argument_scan=_inside_runs(lexicon.argument_scan),
        qualified_scans=tuple(
            (_inside_runs(word), _inside_runs(qualifier))
            for word, qualifier in lexicon.qualified_scans
        ),
    )
    monkeypatch.setattr("detente.nlp.pipeline.load_lexicon", lambda: widened)
    return widened


@pytest.mark.xfail(
    strict=True,
    reason="lexicon._word_regex bounds words by [\\w-]: 'newly-appointed' never reaches the "
    "parser; bounding by \\w fixes it (test below)",
)
def test_a_trigger_inside_a_hyphenated_word_reaches_the_parser():
    assert extract_article(HYPHENATED, cascade=True) == extract_article(HYPHENATED, cascade=False)


def test_words_bounded_by_word_characters_only_are_found_inside_hyphenated_runs(
    lexicon_inside_runs, corpus
):
    scan = candidate_scan(lexicon_inside_runs)
    assert scan.triggers.inside_runs and scan.triggers.rest is None
    texts = [s.text for article in [*corpus, HYPHENATED] for s in sentences(article.text)]
    for text in texts + TRICKY:
        assert scan.is_candidate(text) == lexicon_inside_runs.is_candidate(text), text
        assert scan.has_trigger(text) == bool(lexicon_inside_runs.trigger_scan.search(text)), text
    full = extract_article(HYPHENATED, cascade=False)
    assert [(e.type, e.source, e.target) for e in full] == [("APPOINT_AMBASSADOR", "NGA", "GHA")]
    assert extract_article(HYPHENATED, cascade=True) == full
