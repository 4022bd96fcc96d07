"""Bytes in, :class:`~detente.model.Article` out: one reader per input format.

:func:`iter_articles` is the one entry point: it expands paths (files,
directories) and yields, in order, an :class:`Article` for each article read or
an :class:`InputError` for each that could not be, so that a batch reports a
bad file and goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from detente.errors import InputError
from detente.ingest.text import parse_article, read_text_file
from detente.model import Article

__all__ = ["iter_articles", "parse_article", "read_text_file"]


def iter_articles(
    inputs: Iterable[str | Path], published: date | None = None
) -> Iterator[Article | InputError]:
    """Yield every article found under ``inputs`` (files or directories of ``*.txt``)."""
    for path in _expand(inputs):
        try:
            yield read_text_file(path, published=published)
        except InputError as error:
            yield error


def _expand(inputs: Iterable[str | Path]) -> Iterator[Path]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path
