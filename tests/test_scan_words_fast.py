"""The scan's word sets: the hyphen-free fast path equals cutting runs at hyphens."""

import re

import pytest

from detente.nlp.lexicon import fold
from detente.nlp.scan import words_of


def _reference(text: str) -> frozenset[str]:
    """Every hyphen-joined run and each stretch of it, the general way."""
    folded = text.lower() if text.isascii() else fold(text)
    runs = set(re.findall(r"\w+(?:-\w+)*", folded))
    for run in [run for run in runs if "-" in run]:
        pieces = run.split("-")
        runs.update(
            "-".join(pieces[i:j]) for i in range(len(pieces)) for j in range(i + 1, len(pieces) + 1)
        )
    return frozenset(runs)


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa expelled two Russian diplomats on Tuesday.",
        "The newly-appointed envoy re-opened the long-shuttered consulate.",
        "Türkiye's chargé d'affaires was summoned to the ministry.",
        "Sanctions – lifted in 2019 — were re-imposed, officials said.",
        "Le ministère a convoqué l'ambassadeur; the EU-Russia talks stalled.",
        "",
        "A well-known, so-called 'non-resident' ambassador-designate arrived",
    ],
)
def test_words_of_matches_the_general_cut(text):
    words_of.cache_clear()
    assert words_of(text) == _reference(text)
