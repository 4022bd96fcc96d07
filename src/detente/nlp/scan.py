"""The cascade's first stage: could any rule of the grammar fire on this sentence?

A sentence reaches the parser only if it holds a surface form of some trigger
lemma and a word of some argument class (or an argument noun beside its
qualifier: "head" with "mission").  The word lists come from the lexicon.

A word counts where it stands between non-word characters, as the tokenizer
sees it: "appointed" is found in "newly-appointed", "re-open" in "re-opened"
is not.  Cutting the sentence into words once and looking each list up in a
set is what makes the scan cheap: a regex alternation of a few hundred words,
tried at every character, cost more on general news than parsing the few
sentences it let through.  The few listed words that hold other characters
("d'affaires") keep a small regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from detente.nlp.lexicon import Lexicon, fold, load_lexicon

_RUN = re.compile(r"\w+(?:-\w+)*")
_WORD = re.compile(r"\w+")  # a run where no hyphen is


@lru_cache(maxsize=256)  # the pipeline asks about a sentence, then about its neighbour
def words_of(text: str) -> frozenset[str]:
    """The folded words of ``text``: each hyphen-joined run and every stretch of
    it ("newly-appointed", "newly", "appointed")."""
    folded = _folded(text)
    if "-" not in folded:  # most sentences: their runs are plain words
        return frozenset(_WORD.findall(folded))
    runs = set(_RUN.findall(folded))
    for run in [run for run in runs if "-" in run]:
        pieces = run.split("-")
        runs.update(
            "-".join(pieces[i:j]) for i in range(len(pieces)) for j in range(i + 1, len(pieces) + 1)
        )
    return frozenset(runs)


def _folded(text: str) -> str:
    return text.lower() if text.isascii() else fold(text)


@dataclass(frozen=True)
class WordList:
    """One word list: set look-ups for words, a regex for the rest."""

    words: frozenset[str]
    rest: re.Pattern[str] | None = None
    # The runs of each word of ``rest`` ("d'affaires": "d", "affaires"): where they are not
    # all among a sentence's words, that word is not in it and the regex need not run.
    rest_runs: tuple[frozenset[str], ...] = ()

    @classmethod
    def of(cls, listed: Iterable[str]) -> WordList:
        words = {word.lower() for word in listed}
        others = {word for word in words if not _RUN.fullmatch(word)}
        rest = None
        if others:
            alternation = "|".join(re.escape(w) for w in sorted(others, key=len, reverse=True))
            rest = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        runs = tuple(frozenset(_RUN.findall(word)) for word in sorted(others))
        return cls(frozenset(words - others), rest, runs)

    def found_in(self, words: frozenset[str], text: str) -> bool:
        """Whether a listed word is among ``words`` (from :func:`words_of`) or in ``text``."""
        if not self.words.isdisjoint(words):
            return True
        return (
            self.rest is not None
            and any(runs <= words for runs in self.rest_runs)
            and self.rest.search(_folded(text)) is not None
        )


@dataclass(frozen=True)
class CandidateScan:
    triggers: WordList
    unconditional_triggers: WordList
    arguments: WordList
    qualified_nouns: WordList  # every qualified noun: most sentences have none
    # The qualifiers of each qualified noun: a sentence tries those of its own nouns, not
    # every pair; the pairs whose nouns only a regex finds ("a.i.") are tried whole.
    qualifiers_of: dict[str, tuple[WordList, ...]]
    qualified_by_regex: tuple[tuple[WordList, WordList], ...]

    @classmethod
    def of(cls, lexicon: Lexicon) -> CandidateScan:
        qualified = tuple(
            (WordList.of(word), WordList.of(qualifier))
            for word, qualifier in lexicon.qualified_words
        )
        qualifiers_of: dict[str, tuple[WordList, ...]] = {}
        for nouns, qualifier in qualified:
            for noun in nouns.words:
                qualifiers_of[noun] = (*qualifiers_of.get(noun, ()), qualifier)
        return cls(
            WordList.of(lexicon.trigger_words),
            WordList.of(lexicon.unconditional_trigger_words),
            WordList.of(lexicon.argument_words),
            WordList.of(word for nouns, _ in lexicon.qualified_words for word in nouns),
            qualifiers_of,
            tuple((nouns, qualifier) for nouns, qualifier in qualified if nouns.rest),
        )

    def is_candidate(self, sentence: str) -> bool:
        """A trigger word and an argument word (or a qualified pair) in ``sentence``."""
        words = words_of(sentence)
        if not self.triggers.found_in(words, sentence):
            return False
        if self.arguments.found_in(words, sentence):
            return True
        if not self.qualified_nouns.found_in(words, sentence):
            return False
        return self._has_qualified_pair(words, sentence)

    def _has_qualified_pair(self, words: frozenset[str], sentence: str) -> bool:
        nouns = self.qualified_nouns.words & words
        if any(q.found_in(words, sentence) for n in nouns for q in self.qualifiers_of[n]):
            return True
        return any(
            noun.found_in(words, sentence) and qualifier.found_in(words, sentence)
            for noun, qualifier in self.qualified_by_regex
        )

    def has_trigger(self, sentence: str, unconditional: bool = False) -> bool:
        """A trigger word; ``unconditional``: one that needs no cue of its own
        ('expelled', not 'has' or 'new')."""
        listed = self.unconditional_triggers if unconditional else self.triggers
        return listed.found_in(words_of(sentence), sentence)


@cache
def candidate_scan() -> CandidateScan:
    """The scan of the packaged lexicon, built once per process."""
    return CandidateScan.of(load_lexicon())
