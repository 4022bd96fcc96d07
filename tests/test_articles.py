"""Whole articles written for these tests, in the styles real news comes in.

Each ``tests/fixtures/articles/NAME.txt`` (seed format, with its ``date`` line) is
a full article: a wire story with a dateline, a ministry press release inside its
site's menus, state-media briefing prose, a roundup of reactions, an explainer
with a history section, a live blog, a news portal with "Read more" teasers,
credentials ceremonies with rosters, tit-for-tat expulsions, and actors named
once and then referred to as "the Gulf state", "Baghdad", "the two countries".
``NAME.expected.json`` lists its events as annotated by GUIDELINES.md:
``[type, source, target, date]`` and, when not asserted, the modality.

Negated events must not come out as facts; every other event must come out with
its date, and nothing more.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import detente

_ARTICLES = Path(__file__).parent / "fixtures" / "articles"
_NAMES = sorted(path.stem for path in _ARTICLES.glob("*.txt"))


def _expected(name: str) -> tuple[set[tuple], set[tuple]]:
    rows = json.loads((_ARTICLES / f"{name}.expected.json").read_text("utf-8"))
    facts = {tuple(row[:4]) for row in rows if (row[4:] or ["asserted"])[0] != "negated"}
    negated = {tuple(row[:3]) for row in rows if (row[4:] or ["asserted"])[0] == "negated"}
    return facts, negated


def _found(name: str) -> list[detente.Event]:
    return detente.extract((_ARTICLES / f"{name}.txt").read_text("utf-8"), doc_id=name)


def test_there_are_a_dozen_articles() -> None:
    assert len(_NAMES) >= 12


@pytest.mark.parametrize("name", _NAMES)
def test_article_events_and_dates(name: str) -> None:
    facts, negated = _expected(name)
    found = _found(name)
    told = {
        (e.type, e.source, e.target, e.date.value) for e in found if e.modality != "negated"
    }
    assert told == facts
    asserted = {(e.type, e.source, e.target) for e in found if e.modality != "negated"}
    assert not asserted & negated
