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
# The two shapes of the lexicon's word patterns: a word bounded by anything but
# [\w-] (whole hyphenated runs only), or by anything but \w (a word may also
# stand inside a hyphenated run: "appointed" in "newly-appointed").
_SHAPES = {
    (r"(?<![\w-])(?:", r")(?![\w-])"): re.compile(r"[\w-]+"),
    (r"(?<!\w)(?:", r")(?!\w)"): re.compile(r"\w+(?:-\w+)*"),
}
_ALTERNATIVE_BAR = re.compile(r"(?<!\\)\|")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


class Runs:
    """The lower-cased words of one text as each pattern shape sees them."""

    def __init__(self, text: str) -> None:
        self.text = text  # what a word that is not run-shaped is searched in
        self.whole = frozenset(_RUN.findall(text.lower()))
        self._parts: frozenset[str] | None = None

    @property
    def parts(self) -> frozenset[str]:
        """Whole runs and every hyphen-joined stretch of them ("newly", "appointed")."""
        if self._parts is None:
            parts = set(self.whole)
            for run in self.whole:
                if "-" in run:
                    pieces = run.split("-")
                    parts.update(
                        "-".join(pieces[i:j])
                        for i in range(len(pieces))
                        for j in range(i + 1, len(pieces) + 1)
                    )
            self._parts = frozenset(parts)
        return self._parts


@dataclass(frozen=True)
class WordScan:
    """One word list of the lexicon: a set of run-shaped words, a regex for the rest."""

    words: frozenset[str]
    rest: re.Pattern[str] | None
    inside_runs: bool = False  # the pattern's words may stand inside a hyphenated run

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> WordScan:
        """The word list compiled into ``pattern`` (an alternation of the lexicon's shape)."""
        shape = _shape_of(pattern)
        words = _alternatives(pattern, shape)
        if shape is None or words is None:
            return cls(frozenset(), pattern)  # unknown shape: keep the regex as it is
        run_shaped = _SHAPES[shape]
        runs = {w.lower() for w in words if run_shaped.fullmatch(w)}
        others = [w for w in words if not run_shaped.fullmatch(w)]
        rest = None
        if others:
            alternation = "|".join(re.escape(w) for w in sorted(others, key=len, reverse=True))
            rest = re.compile(shape[0] + alternation + shape[1], pattern.flags)
        return cls(frozenset(runs), rest, inside_runs=shape[0] == r"(?<!\w)(?:")

    def found_in(self, runs: Runs) -> bool:
        """Whether a word of the list occurs in the text of ``runs``."""
        if not self.words.isdisjoint(runs.parts if self.inside_runs else runs.whole):
            return True
        return self.rest is not None and self.rest.search(runs.text) is not None


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
        runs = Runs(sentence.lower() if sentence.isascii() else fold(sentence))
        if not self.triggers.found_in(runs):
            return False
        if self.arguments.found_in(runs):
            return True
        if self.qualified_words is not None and self.qualified_words.isdisjoint(runs.parts):
            return False
        return any(
            word.found_in(runs) and qualifier.found_in(runs) for word, qualifier in self.qualified
        )

    def has_trigger(self, sentence: str) -> bool:
        """Same answer as ``bool(lexicon.trigger_scan.search(sentence))``."""
        return self.triggers.found_in(Runs(sentence))


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


def _shape_of(pattern: re.Pattern[str]) -> tuple[str, str] | None:
    for prefix, suffix in _SHAPES:
        if pattern.pattern.startswith(prefix) and pattern.pattern.endswith(suffix):
            return prefix, suffix
    return None


def _alternatives(pattern: re.Pattern[str], shape: tuple[str, str] | None) -> list[str] | None:
    """The literal words of a ``prefix(?:a|b|...)suffix`` pattern, else None."""
    if shape is None:
        return None
    escaped = _ALTERNATIVE_BAR.split(pattern.pattern[len(shape[0]) : -len(shape[1])])
    words = [_ESCAPE.sub(r"\1", alternative) for alternative in escaped]
    if any(
        re.escape(word) != alternative for word, alternative in zip(words, escaped, strict=True)
    ):
        return None  # not a list of escaped literals
    return words
