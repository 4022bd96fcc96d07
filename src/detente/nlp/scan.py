"""The cascade's scan as set look-ups: same answers as the lexicon's regexes, much faster.

The lexicon compiles each word list into one regex alternation
(``(?<![\\w-])(?:w1|w2|...)(?![\\w-])``), which Python's ``re`` tries word by
word at every character: on general news that scan cost more than parsing the
few sentences it lets through.  A word made only of ``[\\w-]`` characters
matches exactly when it equals one of the text's maximal ``[\\w-]+`` runs, so
the text is cut into runs once and each list becomes a set look-up; the few
words with other characters ("d'affaires") keep a small regex.  The sets are
read back from the lexicon's own compiled patterns, so they cannot drift from
it; a pattern of another shape is used as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.nlp.lexicon import Lexicon, fold

_RUN = re.compile(r"[\w-]+")
_RUN_WORD = re.compile(r"[\w-]+")
_PREFIX = r"(?<![\w-])(?:"
_SUFFIX = r")(?![\w-])"
_ALTERNATIVE_BAR = re.compile(r"(?<!\\)\|")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


@dataclass(frozen=True)
class WordScan:
    """One word list of the lexicon: a set of run-shaped words, a regex for the rest."""

    words: frozenset[str]
    rest: re.Pattern[str] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> WordScan:
        """The word list compiled into ``pattern`` (an alternation of the lexicon's shape)."""
        words = _alternatives(pattern)
        if words is None:
            return cls(frozenset(), pattern)  # unknown shape: keep the regex as it is
        runs = {w.lower() for w in words if _RUN_WORD.fullmatch(w)}
        others = [w for w in words if not _RUN_WORD.fullmatch(w)]
        rest = None
        if others:
            alternation = "|".join(re.escape(w) for w in sorted(others, key=len, reverse=True))
            rest = re.compile(_PREFIX + alternation + _SUFFIX, pattern.flags)
        return cls(frozenset(runs), rest)

    def found_in(self, runs: frozenset[str], text: str) -> bool:
        """Whether a word of the list occurs in ``text``, whose lower-cased runs are ``runs``."""
        if not self.words.isdisjoint(runs):
            return True
        return self.rest is not None and self.rest.search(text) is not None


@dataclass(frozen=True)
class CandidateScan:
    """:meth:`Lexicon.is_candidate` and the lexicon's trigger test, on word sets."""

    triggers: WordScan
    arguments: WordScan
    qualified: tuple[tuple[WordScan, WordScan], ...]
    # Every qualified word, to rule the pairs out at once (None if some need a regex).
    qualified_words: frozenset[str] | None = None

    def is_candidate(self, sentence: str) -> bool:
        """Same answer as ``Lexicon.is_candidate(sentence)``."""
        folded = sentence.lower() if sentence.isascii() else fold(sentence)
        runs = frozenset(_RUN.findall(folded))
        if not self.triggers.found_in(runs, folded):
            return False
        if self.arguments.found_in(runs, folded):
            return True
        if self.qualified_words is not None and self.qualified_words.isdisjoint(runs):
            return False
        return any(
            word.found_in(runs, folded) and qualifier.found_in(runs, folded)
            for word, qualifier in self.qualified
        )

    def has_trigger(self, sentence: str) -> bool:
        """Same answer as ``bool(lexicon.trigger_scan.search(sentence))``."""
        return self.triggers.found_in(frozenset(_RUN.findall(sentence.lower())), sentence)


def candidate_scan(lexicon: Lexicon) -> CandidateScan:
    """The fast scan of ``lexicon`` (built once per lexicon)."""
    known = _SCANS.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        qualified = tuple(
            (WordScan.of(word), WordScan.of(qualifier))
            for word, qualifier in lexicon.qualified_scans
        )
        words = None
        if all(word.rest is None for word, _ in qualified):
            words = frozenset().union(*(word.words for word, _ in qualified))
        scan = CandidateScan(
            WordScan.of(lexicon.trigger_scan), WordScan.of(lexicon.argument_scan), qualified, words
        )
        known = _SCANS[id(lexicon)] = (lexicon, scan)
    return known[1]


# Lexicon holds dicts, so it cannot be a cache key; the lexicon is kept to check identity.
_SCANS: dict[int, tuple[Lexicon, CandidateScan]] = {}


def _alternatives(pattern: re.Pattern[str]) -> list[str] | None:
    """The literal words of a ``(?<![\\w-])(?:a|b|...)(?![\\w-])`` pattern, else None."""
    source = pattern.pattern
    if not (source.startswith(_PREFIX) and source.endswith(_SUFFIX)):
        return None
    body = source[len(_PREFIX) : -len(_SUFFIX)]
    words = [_ESCAPE.sub(r"\1", escaped) for escaped in _ALTERNATIVE_BAR.split(body)]
    if any(
        re.escape(word) != escaped
        for word, escaped in zip(words, _ALTERNATIVE_BAR.split(body), strict=True)
    ):
        return None  # not a list of escaped literals
    return words
