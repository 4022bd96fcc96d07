"""The events of a wire story, pointed into each copy's own text.

Extraction runs once per near-duplicate group, on its representative (see
:mod:`detente.ingest.dedup`); every copy then reports the same events, and its
mentions must quote and point into *its* text, since that is what the store
keeps and shows for it. Each evidence sentence is looked for in the copy:

1. at the same offsets, or verbatim elsewhere (the occurrence nearest the
   representative's offsets);
2. with different spacing or line breaks;
3. else through an alignment of the two texts (difflib), which finds the
   copy's edited version of the sentence: its offsets are kept and its own
   wording becomes the evidence, provided it is still mostly the same sentence.

A sentence the copy cut entirely is not a mention of the copy; an event none
of whose sentences survive in the copy is not reported by it. The
representative's offsets are never stored for a copy, as they would point at
the wrong words of the copy's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher

from detente.model import Article, Event, Mention

# How much of the evidence an edited sentence must keep to count as the same one.
MIN_SENTENCE_SIMILARITY = 0.6
# How far a sentence boundary is looked for around an aligned span.
_REACH = 300
_CLOSER = r"[.!?][\"'\u201d\u2019)\]]*"  # a full stop and any closing quote or bracket
_ENDS_HERE = re.compile(_CLOSER + r"\Z")
_NEXT_END = re.compile(_CLOSER + r"(?=\s|\Z)")
_BREAK = re.compile(_CLOSER + r"\s+|\n\s*")
_BREAK_BEFORE = re.compile(r"(?:" + _CLOSER + r"\s+|\n\s*)\Z")


def events_in_copy(
    events: Iterable[Event], representative: Article, copy: Article
) -> tuple[Event, ...]:
    """The representative's events as ``copy`` reports them: its doc_id, its offsets."""
    aligner = _Aligner(representative.text, copy.text)
    found = (_event_in_copy(event, aligner, copy.doc_id) for event in events)
    return tuple(event for event in found if event is not None)


def locate_evidence(evidence: str, start: int, copy_text: str) -> tuple[int, int] | None:
    """Offsets of ``evidence`` in ``copy_text``, verbatim or with other spacing; None if absent.

    ``start`` is where the evidence stood in the representative, to choose among repeats.
    """
    if copy_text[start : start + len(evidence)] == evidence:
        return start, start + len(evidence)
    exact = [m.start() for m in re.finditer(re.escape(evidence), copy_text)]
    if exact:
        nearest = min(exact, key=lambda offset: abs(offset - start))
        return nearest, nearest + len(evidence)
    words = evidence.split()
    if not words:
        return None
    spaced = re.compile(r"\s+".join(re.escape(word) for word in words))
    matches = list(spaced.finditer(copy_text))
    if not matches:
        return None
    nearest_match = min(matches, key=lambda m: abs(m.start() - start))
    return nearest_match.start(), nearest_match.end()


def _starts_sentence(text: str, offset: int) -> bool:
    return offset == 0 or _BREAK_BEFORE.search(text, max(0, offset - _REACH), offset) is not None


def _ends_sentence(evidence: str) -> bool:
    return _ENDS_HERE.search(evidence.rstrip()) is not None


def _sentence_start(text: str, offset: int) -> int:
    """The start of the sentence holding ``offset`` (looking back at most ``_REACH`` characters)."""
    window_start = max(0, offset - _REACH)
    breaks = list(_BREAK.finditer(text, window_start, offset))
    if breaks:
        return breaks[-1].end()
    return 0 if window_start == 0 else offset


def _sentence_end(text: str, offset: int) -> int:
    """The end of the sentence that ``offset`` falls in or just closes."""
    if _ENDS_HERE.search(text, max(0, offset - 4), offset):
        return offset
    found = _NEXT_END.search(text, offset)
    return found.end() if found and found.end() - offset <= _REACH else offset


class _Aligner:
    """Finds a representative's span in a copy; the costly alignment only when it is needed."""

    def __init__(self, representative_text: str, copy_text: str) -> None:
        self.representative_text = representative_text
        self.copy_text = copy_text
        self._blocks: list[tuple[int, int, int]] | None = None

    def span(self, evidence: str, start: int, end: int) -> tuple[int, int] | None:
        found = locate_evidence(evidence, start, self.copy_text)
        if found is not None:
            return found
        return self._aligned_span(evidence, start, end)

    def _aligned_span(self, evidence: str, start: int, end: int) -> tuple[int, int] | None:
        blocks = self._matching_blocks()
        copy_start = next(
            (b + max(0, start - a) for a, b, size in blocks if a + size > start), None
        )
        copy_end = next(
            (b + min(size, end - a) for a, b, size in reversed(blocks) if a < end), None
        )
        if copy_start is None or copy_end is None or copy_start >= copy_end:
            return None
        # The alignment is greedy and can leave an edited sentence's first or last words
        # matched elsewhere; a whole sentence in the representative is a whole one here.
        if _starts_sentence(self.representative_text, start):
            copy_start = _sentence_start(self.copy_text, copy_start)
        if _ends_sentence(evidence):
            copy_end = _sentence_end(self.copy_text, copy_end)
        edited = self.copy_text[copy_start:copy_end]
        if (
            SequenceMatcher(None, evidence, edited, autojunk=False).ratio()
            < MIN_SENTENCE_SIMILARITY
        ):
            return None
        return copy_start, copy_end

    def _matching_blocks(self) -> list[tuple[int, int, int]]:
        if self._blocks is None:
            matcher = SequenceMatcher(
                None, self.representative_text, self.copy_text, autojunk=False
            )
            self._blocks = [tuple(block) for block in matcher.get_matching_blocks() if block.size]
        return self._blocks


def _event_in_copy(event: Event, aligner: _Aligner, doc_id: str) -> Event | None:
    mentions = tuple(m for m in (_mention_in_copy(m, aligner) for m in event.mentions) if m)
    if event.mentions and not mentions:
        return None
    if mentions:
        lead = mentions[0]
        return replace(
            event,
            doc=doc_id,
            evidence=lead.evidence,
            start=lead.start,
            end=lead.end,
            mentions=mentions,
        )
    span = aligner.span(event.evidence, event.start, event.end)
    if span is None:
        return None
    return replace(
        event, doc=doc_id, evidence=aligner.copy_text[span[0] : span[1]], start=span[0], end=span[1]
    )


def _mention_in_copy(mention: Mention, aligner: _Aligner) -> Mention | None:
    span = aligner.span(mention.evidence, mention.start, mention.end)
    if span is None:
        return None
    return replace(
        mention, evidence=aligner.copy_text[span[0] : span[1]], start=span[0], end=span[1]
    )
