"""Which language an article is in, so that only English ones go to extraction.

Two steps, cheap first. Most English news is recognised by the share of its
words that are frequent English function words (a data file, chosen to share
none with the frequent words of other European languages): a quarter or more
in English prose, next to nothing elsewhere. Only an article under
:data:`ENGLISH_SHARE` is given to langdetect, seeded so that the same text always
gets the same answer. Texts too short to judge are taken as English rather than
dropped.

A skipped article is not an error; :class:`LanguageSkips` counts them by
language for the run's summary.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

ENGLISH = "en"
UNDETERMINED = "und"

# English news scores 0.25-0.35; French, German, Spanish and Italian score under 0.02.
ENGLISH_SHARE = 0.15
MIN_WORDS = 20
# langdetect samples the text anyway; its opening is enough and keeps it cheap.
DETECT_CHARS = 3000
MAX_EXAMPLES = 20

_WORD = re.compile(r"[^\W\d_]+")
_log = logging.getLogger(__name__)


@dataclass
class LanguageSkips:
    """Articles passed over as not English: counted by language, the first few named.

    Mutable on purpose: the reader adds to it as the stream goes by, the caller
    reads it once the stream is spent.
    """

    by_language: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def add(self, where: str, language: str) -> None:
        """Count one skipped article found at ``where`` in ``language``."""
        self.by_language[language] += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(f"{where} ({language})")

    @property
    def total(self) -> int:
        """How many articles were skipped."""
        return sum(self.by_language.values())

    def summary(self) -> str:
        """``3 skipped as not English (fr 2, de 1)``, or ``0 skipped as not English``."""
        if not self.total:
            return "0 skipped as not English"
        counts = ", ".join(f"{lang} {n}" for lang, n in self.by_language.most_common())
        return f"{self.total} skipped as not English ({counts})"


def article_language(text: str) -> str:
    """The ISO 639-1 code of the language of ``text`` (``und`` when langdetect cannot tell)."""
    words = _WORD.findall(text[: DETECT_CHARS * 2].lower())
    if len(words) < MIN_WORDS:
        return ENGLISH
    if english_share(words) >= ENGLISH_SHARE:
        return ENGLISH
    return _detect(text[:DETECT_CHARS])


def is_english(text: str) -> bool:
    """Whether ``text`` is in English, or too short or too odd to tell (kept rather than lost)."""
    return article_language(text) in (ENGLISH, UNDETERMINED)


def english_share(words: list[str]) -> float:
    """The share of ``words`` (lower-cased) that are frequent English function words."""
    if not words:
        return 0.0
    common = _function_words()
    return sum(word in common for word in words) / len(words)


def note_skipped(skips: LanguageSkips | None, where: str, language: str) -> None:
    """Count a skipped article, or log it when the caller keeps no count: never silently dropped."""
    if skips is not None:
        skips.add(where, language)
    else:
        _log.warning("%s: skipped, written in %r, not English", where, language)


@cache
def _function_words() -> frozenset[str]:
    table = resources.files("detente") / "data" / "lexicon" / "english_function_words.txt"
    lines = table.read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in lines.splitlines() if line.strip() and not line.startswith("#")
    )


def _detect(text: str) -> str:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect samples at random; a fixed seed makes runs repeatable
    try:
        return detect(text)
    except LangDetectException:
        return UNDETERMINED
