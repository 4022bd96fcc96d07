"""Descriptive phrases for states: "the Gulf kingdom", "the Andean nation".

GUIDELINES (*Settled cases*): such a phrase is the state it refers to in the
article.  The modifiers and the states each can describe are data
(``data/gazetteer/descriptors.tsv``); the phrase stands for the one of those
states the article has named most recently, so it never names a state the
article has not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib.resources import files

from detente.nlp.actors import ActorSpan
from detente.nlp.scan import words_of

_HEADS = (
    # singular only: "the Gulf states" are a group, not one of them
    r"country|nation|kingdom|state|republic|emirate|sultanate|monarchy|"
    r"island|archipelago|neighbou?r|ally|government|regime|city-state|Republic"
)

_NAMED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")


@cache
def _descriptors() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], frozenset[str]]:
    text = files("detente").joinpath("data", "gazetteer", "descriptors.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    states = {modifier: tuple(codes.split()) for modifier, codes in rows[1:]}
    modifiers = "|".join(re.escape(m) for m in sorted(states, key=len, reverse=True))
    pattern = re.compile(
        rf"\b[Tt]he\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?P<modifier>(?i:{modifiers}))"
        rf"(?:\s+(?:island|oil-rich|[a-z]+-rich))?\s+(?P<head>{_HEADS})\b"
    )
    return pattern, states, frozenset(modifier.split()[0] for modifier in states)


@cache
def _kinds() -> dict[str, frozenset[str]]:
    text = files("detente").joinpath("data", "gazetteer", "state_heads.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {head: frozenset(codes.split()) for head, codes in rows[1:]}


def head_fits(head: str, code: str) -> bool:
    """Whether a description headed by ``head`` can mean the state ``code``: 'the
    kingdom' a monarchy, 'the emirate' an emirate; 'the country' any state."""
    kinds = _kinds().get(head.lower().removesuffix("s"))
    return kinds is None or code in kinds


def descriptor_spans(
    text: str, own: list[ActorSpan], states_before: Callable[[], list[str]]
) -> list[ActorSpan]:
    """Spans of ``text`` that describe a state, resolved against the states named
    before them: in this sentence (``own``), then earlier ones (``states_before()``,
    newest first; asked only when a phrase is found)."""
    pattern, states, first_words = _descriptors()
    found: list[ActorSpan] = []
    if first_words.isdisjoint(words_of(text)):
        return found  # the common case, at the cost of a set look-up
    earlier: list[str] | None = None
    for match in pattern.finditer(text):
        if earlier is None:
            earlier = states_before()
        if any(span.start < match.end() and match.start() < span.end for span in own):
            continue
        after = _NAMED_AFTER.match(text, match.end())
        if after and any(span.start == after.end() for span in own):
            continue  # "the Gulf state of Qatar": the name that follows says which
        before = [s.code for s in reversed(own) if s.end <= match.start()] + earlier
        described = states[match["modifier"].lower()]
        head = match["head"]
        code = next((c for c in before if c in described and head_fits(head, c)), None)
        if code is not None:
            found.append(ActorSpan(match.start(), match.end(), match.group(), code, "name"))
    return found
