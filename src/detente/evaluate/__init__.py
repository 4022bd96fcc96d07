"""Scoring extracted events against gold annotations (GUIDELINES.md §Scoring)."""

from detente.evaluate.gold import GoldDocument, GoldEvent, load_gold, parse_gold
from detente.evaluate.runner import Evaluation, evaluate_dir
from detente.evaluate.scorer import (
    DocumentScore,
    FalsePositive,
    Match,
    Miss,
    Scorecard,
    Tally,
    date_agrees,
    score_document,
    summarize,
)

__all__ = [
    "DocumentScore",
    "Evaluation",
    "FalsePositive",
    "GoldDocument",
    "GoldEvent",
    "Match",
    "Miss",
    "Scorecard",
    "Tally",
    "date_agrees",
    "evaluate_dir",
    "load_gold",
    "parse_gold",
    "score_document",
    "summarize",
]
