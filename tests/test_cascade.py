"""The cascade loses nothing: the scan-selected parse finds what parsing every sentence finds."""

from __future__ import annotations

import re

import pytest

from detente.nlp.lexicon import fold, inflections, load_lexicon
from detente.nlp.pipeline import extract_article, extract_many
from detente.nlp.scan import WordList, candidate_scan, words_of
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
    scan = candidate_scan()
    news = [s.text for article in corpus[len(HARD_CASES) :] for s in sentences(article.text)]
    chosen = [text for text in news if scan.is_candidate(text)]
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
    "The Élysée recalled its envoy.",
    "The chargé d'affaires a.i. was summoned; the deputy head of mission left.",
    "Officials added two firms to the entity list and expelled a deputy.",
    "The d-affaires list was cut.",
    "",
]


def _regex(words: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _is_candidate_by_regex(text: str) -> bool:
    """The scan's definition, spelled as regexes over the folded text (slow, plain)."""
    lexicon, folded = load_lexicon(), fold(text)
    if not _regex(lexicon.trigger_words).search(folded):
        return False
    if _regex(lexicon.argument_words).search(folded):
        return True
    return any(
        _regex(word).search(folded) and _regex(qualifier).search(folded)
        for word, qualifier in lexicon.qualified_words
    )


def test_the_set_scan_answers_as_the_regexes_it_replaces(corpus):
    scan = candidate_scan()
    trigger = _regex(load_lexicon().trigger_words)
    texts = [s.text for article in [*corpus, HYPHENATED] for s in sentences(article.text)]
    for text in texts + TRICKY:
        assert scan.is_candidate(text) == _is_candidate_by_regex(text), text
        assert scan.has_trigger(text) == bool(trigger.search(fold(text))), text


def test_words_are_found_inside_hyphenated_runs_but_not_across_their_ends():
    scan = WordList.of(["appointed", "re-open", "d'affaires", "envoy"])
    assert scan.words == frozenset({"appointed", "re-open", "envoy"})
    assert scan.rest is not None and scan.rest.pattern == r"(?<!\w)(?:d'affaires)(?!\w)"
    assert scan.found_in(words_of("The newly-appointed"), "The newly-appointed")
    assert not scan.found_in(words_of("They re-opened"), "They re-opened")
    assert scan.found_in(words_of("They Re-Open talks"), "They Re-Open talks")
    assert scan.found_in(words_of("Spain's chargé d’affaires"), "Spain's chargé d’affaires")
    assert not scan.found_in(words_of("envoys-to-be"), "envoys-to-be")


def test_argument_nouns_are_scanned_in_noun_forms_only():
    lexicon = load_lexicon()
    assert {"ambassadors", "embassies", "funds", "ties"} <= lexicon.argument_words
    assert not {"funding", "funded", "staffed", "tied"} & lexicon.argument_words
    assert not candidate_scan().is_candidate("The ministry cut funding for schools on Monday.")


def test_a_trigger_inside_a_hyphenated_word_reaches_the_parser():
    full = extract_article(HYPHENATED, cascade=False)
    assert [(e.type, e.source, e.target) for e in full] == [("APPOINT_AMBASSADOR", "NGA", "GHA")]
    assert extract_article(HYPHENATED, cascade=True) == full


def test_every_irregular_form_of_a_trigger_the_lemmatizer_knows_is_scanned():
    """The parser lemmatizes 'froze' to 'freeze'; a scan without 'froze' would lose
    'Britain froze Russian assets' that parsing every sentence finds."""
    from detente.nlp.parser import load_model

    exceptions = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    lexicon = load_lexicon()
    # a row with its own scan forms is cued by them ('next' for 'will be the next
    # ambassador'), not by its verb's inflections
    # ... and a noun row by the noun's forms ('accord' must not scan 'according')
    trigger_lemmas = {
        pos: {
            lemma
            for rule in lexicon.rules
            if rule.scan_forms is None and rule.pos == pos.upper()
            for lemma in rule.lemmas
        }
        for pos in ("verb", "noun")
    }
    unscanned = sorted(
        form
        for pos, table in exceptions.items()
        for form, lemmas in table.items()
        if trigger_lemmas.get(pos, set()) & set(lemmas)
        and fold(form) not in lexicon.trigger_words
        and form not in ("closer", "closest")  # adjectives: the grammar takes verbs
    )
    assert unscanned == []
    assert candidate_scan().is_candidate("Britain froze Russian assets on Monday.")


def test_classes_left_out_of_the_scan_belong_to_rows_cued_by_their_own_forms():
    """'sanctioned Iranian officials' reaches the parser through 'sanctioned' alone, so
    'officials' need not be scanned, and general news about officials is not parsed."""
    lexicon = load_lexicon()
    unscanned = {name for name, cls in lexicon.classes.items() if not cls.scanned}
    assert unscanned
    for rule in lexicon.rules:
        if unscanned & set(rule.args):
            # cued by the trigger's own forms, by a scanned word the row requires
            # beside it ('added X to its sanctions list'), or by a scanned phrase its
            # sentence cue is ('added X to the Entity List')
            assert (
                (rule.requires | rule.arg_requires) & lexicon.argument_words
                or all(inflections(lemma) & lexicon.argument_words for lemma in rule.lemmas)
                or (rule.sentence_cue and rule.sentence_cue.pattern[2:] in lexicon.argument_words)
            )
    assert candidate_scan().is_candidate("Canada sanctioned Belarusian companies.")
    assert not candidate_scan().is_candidate("The company confirmed officials would attend.")
    assert candidate_scan().is_candidate("The EU added two Iranian banks to its sanctions list.")
    assert candidate_scan().is_candidate("The US added two Chinese firms to its Entity List.")


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the ambassador, the talks were useful.",
        "The ambassador has published a memoir of her years in Lima.",
        "The embassy has a large garden, the ambassador said.",
    ],
)
def test_common_words_of_cued_rows_do_not_send_general_news_to_the_parser(sentence):
    assert not candidate_scan().is_candidate(sentence)


def test_a_cued_row_is_still_scanned_by_its_cue():
    assert candidate_scan().is_candidate("The two diplomats have 72 hours to leave Chad.")
    assert candidate_scan().is_candidate("Moscow's new ambassador will be Anna Petrova.")
