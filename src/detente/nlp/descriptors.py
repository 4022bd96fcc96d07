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

from detente.nlp.actors import ActorSpan
from detente.nlp.gazetteer_files import table_rows
from detente.nlp.scan import words_of

_HEADS = (
    # singular only: "the Gulf states" are a group, not one of them
    r"country|nation|kingdom|state|republic|emirate|sultanate|monarchy|"
    r"island|archipelago|neighbou?r|ally|government|regime|city-state|Republic"
)

_NAMED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")


@cache
def _descriptors() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], frozenset[str]]:
    states = {modifier: tuple(codes.split()) for modifier, codes in table_rows("descriptors.tsv")}
    modifiers = "|".join(re.escape(m) for m in sorted(states, key=len, reverse=True))
    pattern = re.compile(
        rf"\b[Tt]he\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?P<modifier>(?i:{modifiers}))"
        rf"(?:\s+(?:island|oil-rich|[a-z]+-rich))?\s+(?P<head>{_HEADS})\b"
    )
    return pattern, states, frozenset(modifier.split()[0] for modifier in states)


@cache
def _kinds() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """'the kingdom', 'the emirate': a state called by its kind of polity alone."""
    states = {kind: tuple(codes.split()) for kind, codes in table_rows("kinds.tsv")}
    kinds = "|".join(re.escape(k) for k in sorted(states, key=len, reverse=True))
    return re.compile(rf"\b[Tt]he\s+(?P<modifier>(?i:{kinds}))\b(?!\s+of\b)"), states


@cache
def _kind_first_words() -> frozenset[str]:
    return frozenset(kind.split()[0] for kind in _kinds()[1])


def described_members(modifiers: str) -> frozenset[str] | None:
    """The states a group's modifiers describe ('the two Gulf states': SAU ARE BHR ...;
    'both Baltic countries': EST LVA LTU), or None when they name no region."""
    states = _descriptors()[1]
    words = modifiers.lower().split()
    for start in range(len(words)):
        codes = states.get(" ".join(words[start:]))
        if codes:
            return frozenset(codes)
    return None


def head_fits(head: str, code: str) -> bool:
    """Whether a description headed by ``head`` can mean the state ``code``: 'the
    kingdom' a monarchy, 'the emirate' an emirate; 'the country' any state."""
    states = _kinds()[1]
    kinds = states.get(head.lower().removesuffix("s")) or states.get(head.lower())
    return kinds is None or code in kinds


def descriptor_spans(
    text: str,
    own: list[ActorSpan],
    states_before: Callable[[], list[str]],
    introduced: list[tuple[frozenset[str], str]] | None = None,
) -> list[ActorSpan]:
    """Spans of ``text`` that describe a state, resolved against the states named
    before them: in this sentence (``own``), then earlier ones (``states_before()``,
    newest first; asked only when a phrase is found).  ``introduced`` is the article's
    memory of descriptions given with their name ("the Pacific island nation of
    Nauru"): a later "the island state" is that state before any island named since."""
    introduced = [] if introduced is None else introduced
    pattern, states, first_words = _descriptors()
    kinds, kind_states = _kinds()
    words = words_of(text)
    found: list[ActorSpan] = []
    if first_words.isdisjoint(words) and _kind_first_words().isdisjoint(words):
        return found  # the common case, at the cost of a set look-up
    earlier: list[str] | None = None
    matches = [(m, states) for m in pattern.finditer(text)]
    taken = [m.span() for m, _ in matches]
    matches += [
        (m, kind_states)
        for m in kinds.finditer(text)
        if not any(start < m.end() and m.start() < end for start, end in taken)
    ]
    for match, states in matches:
        if earlier is None:
            earlier = states_before()
        if any(span.start < match.end() and match.start() < span.end for span in own):
            continue
        after = _NAMED_AFTER.match(text, match.end())
        named = next((span for span in own if after and span.start == after.end()), None)
        if named is not None:  # "the Gulf state of Qatar": the name that follows says which
            introduced.insert(0, (_words(match.group()), named.code))
            continue
        told = [code for words, code in introduced if _words(match["modifier"]) <= words]
        # "The Andean nation ordered the Chilean consul out": not a state named after it
        named_after = {s.code for s in own if s.start >= match.end()}
        before = (
            told
            + [s.code for s in reversed(own) if s.end <= match.start()]
            + [c for c in earlier if c not in named_after]
        )
        described = states[match["modifier"].lower()]
        head = match.groupdict().get("head") or match["modifier"]  # "the Gulf emirate"
        code = next((c for c in before if c in described and head_fits(head, c)), None)
        if code is not None:
            found.append(ActorSpan(match.start(), match.end(), match.group(), code, "name"))
    return found


def _words(phrase: str) -> frozenset[str]:
    return frozenset(phrase.lower().split())
