"""Credentials ceremonies: the roster of envoys a ceremony names.

A ceremony where a head of state receives several envoys is reported with a
roster, in the sentence of the ceremony or in one of the next three:

    "... received credentials from the ambassadors of Chad, Peru and Fiji."
    "The envoys were Ana Ruiz (Peru), Tom Berg (Norway) and Ali Musa (Chad)."
    "The new ambassadors are Ana Ruiz from Peru and Tom Berg from Norway."
    "... the Ambassadors of Peru, Ana Ruiz; Norway, Tom Berg; and Chad, Ali Musa."

The roster is read from the cheap actor matches, without a parse (the
sentences after a ceremony carry no trigger and need not reach the parser):
states follow one another with only names, list punctuation and a few
function words between them.  A sentence counts as a roster only if it speaks
of envoys in the plural; every state of its list except the host is a sender.
"""

from __future__ import annotations

import re

from detente.nlp.actors import ActorSpan
from detente.nlp.context import ArticleContext

_LOOKAHEAD = 3  # sentences after the ceremony that may hold its roster
_MAX_GAP_WORDS = 8  # a person's name with titles, or a state's "the"
_PLURAL_ENVOYS = re.compile(
    r"\b(?:ambassadors|envoys|representatives|diplomats|heads of mission|ambassadors-designate)\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"[,;]|\band\b|&")
_GAP_WORD = re.compile(r"[\w.'’-]+")
# Words of a list that are neither a name nor a separator: "Name from Chad", "of the".
_LIST_WORDS = frozenset(
    {
        "and",
        "from",
        "of",
        "the",
        "ambassador",
        "envoy",
        "h.e.",
        "he",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
    }
)


def roster_senders(context: ArticleContext, index: int, hosts: list[str]) -> list[str]:
    """The sending states listed in sentence ``index`` (the ceremony's) or in the
    roster that follows it, leaving out the ``hosts``."""
    senders: list[str] = []
    last = min(index + _LOOKAHEAD, len(context.sentences) - 1)
    for at in range(index, last + 1):
        for code in listed_states(context.sentences[at].text, context.actors[at]):
            if code not in hosts and code not in senders:
                senders.append(code)
    return senders


def listed_states(text: str, spans: list[ActorSpan]) -> list[str]:
    """The states of the longest list in ``text``, if it speaks of envoys in the plural."""
    if not _PLURAL_ENVOYS.search(text):
        return []
    best: list[ActorSpan] = []
    run: list[ActorSpan] = []
    for span in spans:
        if run and _is_list_gap(text[run[-1].end : span.start]):
            run.append(span)
        else:
            run = [span]
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return []
    return list(dict.fromkeys(span.code for span in best))


def _is_list_gap(gap: str) -> bool:
    """Whether the text between two states is list punctuation, names and list words:
    ", ", " and ", "), Ana Ruiz (", ", Tom Berg from ", ", Ali Musa; "."""
    if not _SEPARATOR.search(gap):
        return False
    words = _GAP_WORD.findall(gap)
    if len(words) > _MAX_GAP_WORDS:
        return False
    return all(word[0].isupper() or word.lower() in _LIST_WORDS for word in words)
