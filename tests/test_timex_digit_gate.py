"""The time patterns skipped on a sentence without a digit could never match there."""

from dataclasses import replace

import pytest

from detente.nlp import timex

_SENTENCES = [
    "The envoy was expelled last Monday, weeks after the spring talks collapsed.",
    "In March of that year the embassy reopened, and the following Tuesday it issued visas.",
    "Relations have been frozen since the early nineties, officials said on Friday morning.",
    "Two days later the ministry summoned the chargé d'affaires over the weekend's raid.",
    "The sanctions, imposed in the past few weeks, will be lifted within ten days.",
    "He presented his credentials on the fifth of June, a day after arriving.",
    "Since then the consulate has stayed shut, and earlier in the month it cut staff.",
    "The mission closed in 2019 and reopened on 12 March 2021, three years later.",
    "On the 5th the ambassador was recalled; by 03/04/2022 he had left.",
    "Talks resumed on Wednesday, January 17, 2024, the same day as the vote.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_gated_candidates_equal_trying_every_pattern(monkeypatch, text):
    gated = timex._candidates.__wrapped__(text)
    ungated = tuple(replace(pattern, needs_digit=False) for pattern in timex._PATTERNS)
    monkeypatch.setattr(timex, "_PATTERNS", ungated)
    every = timex._candidates.__wrapped__(text)
    assert [(c.start, c.end) for c in gated] == [(c.start, c.end) for c in every]


@pytest.mark.parametrize("text", [s for s in _SENTENCES if not any(c.isdigit() for c in s)])
def test_digit_patterns_find_nothing_without_a_digit(text):
    for pattern in timex._PATTERNS:
        if pattern.needs_digit:
            assert pattern.regex.search(text) is None


def test_some_patterns_are_gated_and_digit_dates_still_found():
    assert any(pattern.needs_digit for pattern in timex._PATTERNS)
    found = timex._candidates.__wrapped__("It reopened on 12 March 2021.")
    assert any(c.match.group().startswith("12 March 2021") for c in found)
