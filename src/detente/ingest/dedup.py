"""Near-duplicate articles: the same wire story republished by many outlets, grouped.

An agency story copied by twenty outlets is one report of an event, not twenty,
yet each outlet is a source. :func:`group_near_duplicates` groups such copies
as the stream goes by, so that extraction runs once per group, on its
*representative*, and each copy is kept as a source of whatever the
representative reports (:func:`events_in_copy`). The representative is the
longest copy (the earliest published of equals): outlets mostly trim wire
stories, so the longest holds every sentence the others have, and a sentence
a copy cut simply does not count for that copy.

Two articles are copies when the Jaccard similarity of their sets of
five-word shingles (lower-cased words) is at least ``threshold`` (default 0.5:
a story cut to half its length still matches; different write-ups of the same
news share well under a tenth of their five-word runs). datasketch's MinHash
estimates the similarity and its LSH index finds candidates without comparing
every pair.

Memory stays bounded: only the last ``window`` articles (default 1,000) are
held. A group is emitted once none of its members is among them any more, or
when the stream ends; a copy arriving after its group was emitted starts a
group of its own (the store still merges the events it reports).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from detente.errors import InputError
from detente.model import Article

DEFAULT_THRESHOLD = 0.5
DEFAULT_WINDOW = 1000
SHINGLE_WORDS = 5
_MAX_INDEX_THRESHOLD = 0.9
NUM_PERM = 128

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ArticleGroup:
    """One story and its copies: extract ``representative`` once, keep every copy as a source."""

    representative: Article
    copies: tuple[Article, ...] = ()

    @property
    def articles(self) -> tuple[Article, ...]:
        """The representative, then the other copies in the order they arrived."""
        return (self.representative, *self.copies)


@dataclass
class _OpenGroup:
    signature: MinHash  # the first member's: every copy is compared with it
    members: list[Article] = field(default_factory=list)

    def close(self) -> ArticleGroup:
        chosen = max(range(len(self.members)), key=self._preference)
        copies = self.members[:chosen] + self.members[chosen + 1 :]
        return ArticleGroup(self.members[chosen], tuple(copies))

    def _preference(self, index: int) -> tuple[int, bool, int, int]:
        """The longest text; among equals the earliest published, whose date its words are
        relative to ("yesterday"); then the first to arrive."""
        article = self.members[index]
        published = article.published
        earliest = -published.toordinal() if published else 0
        return (len(article.text.strip()), published is not None, earliest, -index)


class NearDuplicateGrouper:
    """Groups near-copies among the last ``window`` articles; see the module docstring.

    Feed articles with :meth:`add`, which returns the groups that fell out of the
    window; :meth:`flush` returns the rest at the end of the stream.
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        window: int = DEFAULT_WINDOW,
        num_perm: int = NUM_PERM,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold {threshold} is not in (0, 1]")
        if window < 1:
            raise ValueError(f"near-duplicate window {window} must be at least 1")
        self.threshold = threshold
        self.window = window
        self._num_perm = num_perm
        template = MinHash(num_perm=num_perm)
        # Made once and shared: building them is most of a small MinHash's cost.
        self._permutations, self._scheme = template.permutations, template.scheme
        # The index only proposes candidates, each then checked against ``threshold``; datasketch
        # cannot band for a threshold near 1, and a lower one only proposes more.
        self._index = MinHashLSH(threshold=min(threshold, _MAX_INDEX_THRESHOLD), num_perm=num_perm)
        self._open: OrderedDict[int, _OpenGroup] = OrderedDict()  # least recently joined first
        self._held = 0
        self._next_key = 0

    @property
    def held(self) -> int:
        """How many articles the open groups hold now (never more than ``window``)."""
        return self._held

    def add(self, article: Article) -> list[ArticleGroup]:
        """Place ``article`` in its group (or a new one); return the groups this pushed out."""
        signature = self.signature(article.text)
        key = self._best_match(signature)
        if key is None:
            key = self._next_key
            self._next_key += 1
            self._open[key] = _OpenGroup(signature, [article])
            self._index.insert(key, signature)
        else:
            self._open[key].members.append(article)
            self._open.move_to_end(key)
        self._held += 1
        return self._evict(self.window)

    def flush(self) -> list[ArticleGroup]:
        """Every group still open, in the order each began; the grouper is empty afterwards."""
        groups = [group.close() for _, group in sorted(self._open.items())]
        for key in self._open:
            self._index.remove(key)
        self._open.clear()
        self._held = 0
        return groups

    def signature(self, text: str) -> MinHash:
        """The MinHash of a text's five-word shingles."""
        signature = MinHash(
            num_perm=self._num_perm, permutations=self._permutations, scheme=self._scheme
        )
        signature.update_batch(shingles(text))
        return signature

    def _best_match(self, signature: MinHash) -> int | None:
        scored = [
            (self._open[key].signature.jaccard(signature), key)
            for key in self._index.query(signature)
        ]
        matching = [(score, key) for score, key in scored if score >= self.threshold]
        return max(matching)[1] if matching else None

    def _evict(self, keep: int) -> list[ArticleGroup]:
        """Close the least recently joined groups until at most ``keep`` articles are held."""
        closed = []
        while self._held > keep and self._open:
            key, group = self._open.popitem(last=False)
            self._index.remove(key)
            self._held -= len(group.members)
            closed.append(group.close())
        return closed


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """The overlapping runs of ``size`` lower-cased words (the whole text if shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


def group_near_duplicates(
    stream: Iterable[Article | InputError],
    threshold: float = DEFAULT_THRESHOLD,
    window: int = DEFAULT_WINDOW,
) -> Iterator[ArticleGroup | InputError]:
    """Group the articles of ``stream`` into near-duplicate groups; errors pass straight through.

    Groups come out when they leave the window or at the end, so their order
    follows the stream's only roughly.
    """
    grouper = NearDuplicateGrouper(threshold=threshold, window=window)
    for item in stream:
        if isinstance(item, InputError):
            yield item
        else:
            yield from grouper.add(item)
    yield from grouper.flush()
