"""The titles a diplomat goes by ('ambassador', 'chargé d'affaires', 'envoy'), and a cheap
test for whether a text may name one: the article context registers diplomats and
their posts only beside such a title, so an article with none needs no context for them.
"""

from __future__ import annotations

import re

DIPLOMAT = (
    r"(?:ambassador|envoy|diplomat|chargé d['’]affaires|charge d['’]affaires|"
    r"high commissioner|consul(?:-general)?|emissary)s?"
)
_ANY_DIPLOMAT = re.compile(DIPLOMAT, re.IGNORECASE)
# What every match of DIPLOMAT holds, lower-cased: looking for these in the lowered
# text is a superset test many times faster than the case-blind regex.
_DIPLOMAT_STEMS = (
    "ambassador",
    "envoy",
    "diplomat",
    "charge d",
    "chargé d",
    "high commissioner",
    "consul",
    "emissary",
)


def names_diplomats(text: str) -> bool:
    """Whether the text (an article, or a sentence of it) may name a diplomat
    ('ambassador', 'envoy', ...).  Only such a word registers a diplomat or a post, so
    where none is, ``diplomat_states`` and ``diplomat_posts`` stay empty and need no
    context built to be asked."""
    lowered = text.lower()
    if any(stem in lowered for stem in _DIPLOMAT_STEMS):
        return True
    # lower() and the regex's case-blindness differ only on rare letters ('İ', 'ſ', 'K')
    return not text.isascii() and _ANY_DIPLOMAT.search(text) is not None
