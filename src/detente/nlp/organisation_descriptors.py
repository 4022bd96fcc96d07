"""Descriptive phrases for organisations: "the alliance", "the 27-member bloc".

A wire story names NATO or the EU once and then calls it "the alliance" or "the
bloc"; such a phrase is the organisation of its row in
``data/gazetteer/organisation_descriptors.tsv`` that the article has named most
recently, so it never names one the article has not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from detente.nlp.actors import ActorSpan
from detente.nlp.gazetteer_files import table_rows


@cache
def _descriptors() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    rows = table_rows("organisation_descriptors.tsv")
    heads = {head: tuple(codes.split()) for head, codes in rows}
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    # "the alliance", "the military alliance", "the 27-nation bloc", "the Western alliance"
    pattern = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?P<head>{alternatives})\b")
    return pattern, heads


@cache
def _last_words() -> frozenset[str]:
    return frozenset(head.split()[-1] for head in _descriptors()[1])


def organisation_spans(
    text: str, own: list[ActorSpan], actors_before: Callable[[], list[str]]
) -> list[ActorSpan]:
    """Spans of ``text`` that describe an organisation, resolved against the actors named
    before them: in this sentence (``own``), then earlier ones (newest first)."""
    pattern, heads = _descriptors()
    found: list[ActorSpan] = []
    if not any(last in text for last in _last_words()):
        return found  # the common case: a substring test per head word, no regex
    for match in pattern.finditer(text):
        if any(span.start < match.end() and match.start() < span.end for span in own):
            continue  # "the NATO alliance": named inside
        before = [s.code for s in reversed(own) if s.end <= match.start()] + actors_before()
        described = heads[match["head"]]
        code = next((c for c in before if c in described), None)
        if code is not None:
            found.append(ActorSpan(match.start(), match.end(), match.group(), code, "organisation"))
    return found
