"""An evidence sentence in its article: the text around it, with the sentence marked.

Returns plain-text segments; the template escapes each one, so article text
can never become markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

CONTEXT_CHARS = 1500


@dataclass(frozen=True)
class Segment:
    """A run of article text, marked when it is evidence."""

    text: str
    marked: bool = False


def locate(text: str, evidence: str, start: int, end: int) -> tuple[int, int] | None:
    """The evidence's span in ``text``: its stored offsets if they still match, else a search."""
    if 0 <= start < end <= len(text) and text[start:end] == evidence:
        return start, end
    found = text.find(evidence) if evidence else -1
    return (found, found + len(evidence)) if found >= 0 else None


def excerpt(
    text: str, spans: Iterable[tuple[int, int]], context: int = CONTEXT_CHARS
) -> list[Segment]:
    """The article from ``context`` characters before the first span to as many after
    the last, each span marked; an ellipsis shows where the text was cut."""
    merged = _merge(sorted(spans))
    if not merged:
        return [Segment(text[: 2 * context] + ("…" if len(text) > 2 * context else ""))]
    low = _word_start(text, max(0, merged[0][0] - context))
    high = _word_end(text, min(len(text), merged[-1][1] + context))
    segments = [Segment("…")] if low > 0 else []
    position = low
    for start, end in merged:
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], marked=True))
        position = end
    segments.append(Segment(text[position:high] + ("…" if high < len(text) else "")))
    return segments


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _word_start(text: str, index: int) -> int:
    if index == 0:
        return 0
    space = text.find(" ", index)
    return space + 1 if 0 <= space < index + 40 else index


def _word_end(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    space = text.rfind(" ", 0, index)
    return space if space > index - 40 else index
