"""Run extraction over a gold folder and score it: the Python twin of ``detente eval``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from detente.errors import InputError, ModelNotInstalledError
from detente.evaluate.gold import GOLD_SUFFIX, doc_name_of, gold_path_for, load_gold
from detente.evaluate.scorer import DocumentScore, Scorecard, score_document, summarize
from detente.ingest import iter_articles
from detente.model import Article, Event
from detente.nlp import pipeline

Extractor = Callable[[Article], list[Event]]


@dataclass(frozen=True)
class Evaluation:
    """A scorecard plus every document that could not be scored, and why."""

    scorecard: Scorecard
    errors: tuple[InputError, ...] = ()
    # Articles whose publication date could not be found (relative dates unresolved).
    undated: tuple[str, ...] = ()


def evaluate_dir(gold_dir: str | Path, extractor: Extractor | None = None) -> Evaluation:
    """Extract events from every ``NAME.txt`` in ``gold_dir`` and score them.

    Each article's publication date comes from its own header or text, as in
    ``detente extract``.  A document whose article or gold file cannot be read
    is listed in :attr:`Evaluation.errors` and left out of the figures.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "not a folder")
    extractor = extractor or pipeline.extract_article
    scores: list[DocumentScore] = []
    errors: list[InputError] = []
    undated: list[str] = []
    for outcome in _score_articles(gold_dir, extractor):
        if isinstance(outcome, InputError):
            errors.append(outcome)
            continue
        score, article = outcome
        scores.append(score)
        if article.published is None:
            undated.append(article.path or article.doc_id)
    errors.extend(_orphan_gold_files(gold_dir))
    return Evaluation(summarize(scores), tuple(errors), tuple(undated))


def _score_articles(
    gold_dir: Path, extractor: Extractor
) -> Iterator[tuple[DocumentScore, Article] | InputError]:
    # Every NAME.txt is scored: a gold folder holds only the seed format, and an
    # article that ingest would skip as not English must still count its misses.
    for article in iter_articles([gold_dir], fmt="text", language=None):
        if isinstance(article, InputError):
            yield article
            continue
        try:
            gold = load_gold(gold_path_for(Path(article.path or article.doc_id)))
            yield score_document(gold, extract_or_fail(article, extractor)), article
        except InputError as error:
            yield error


def extract_or_fail(article: Article, extractor: Extractor) -> list[Event]:
    """Run ``extractor`` on one article, turning a crash into an :class:`InputError`.

    One article that breaks the pipeline must not stop a batch; a missing
    model, which breaks every article, still does.
    """
    try:
        return extractor(article)
    except (InputError, ModelNotInstalledError):
        raise
    except Exception as error:  # noqa: BLE001 - reported per article, batch goes on
        where = article.path or article.doc_id
        raise InputError(where, f"extraction failed: {type(error).__name__}: {error}") from error


def _orphan_gold_files(gold_dir: Path) -> Iterator[InputError]:
    for gold_path in sorted(gold_dir.rglob("*" + GOLD_SUFFIX)):
        if not gold_path.with_name(doc_name_of(gold_path) + ".txt").exists():
            yield InputError(str(gold_path), "gold file has no article NAME.txt beside it")
