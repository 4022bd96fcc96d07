"""One evaluation as a JSON-ready object (``detente eval --json``); the terminal tables are
in :mod:`detente.cli.evaluation`."""

from __future__ import annotations

from typing import Any

from detente.evaluate.gold import GoldEvent
from detente.evaluate.runner import Evaluation
from detente.evaluate.scorer import FalsePositive, Miss, Tally
from detente.model import Event


def evaluation_to_dict(evaluation: Evaluation) -> dict[str, Any]:
    """The whole evaluation as one JSON-ready object (``detente eval --json``)."""
    scorecard = evaluation.scorecard
    return {
        "documents": len(scorecard.documents),
        **tally_to_dict(scorecard.overall),
        "per_type": {
            event_type: tally_to_dict(tally) for event_type, tally in scorecard.per_type.items()
        },
        "misses": [miss_to_dict(miss) for miss in scorecard.misses],
        "false_positives": [false_positive_to_dict(fp) for fp in scorecard.false_positives],
        "errors": [{"where": error.where, "problem": error.problem} for error in evaluation.errors],
    }


def tally_to_dict(tally: Tally) -> dict[str, Any]:
    """Figures, and under ``counts`` the counts behind them."""
    return {
        "precision": tally.precision,
        "recall": tally.recall,
        "f1": tally.f1,
        "date_accuracy": tally.date_accuracy,
        "modality_accuracy": tally.modality_accuracy,
        "counts": {
            "true_positives": tally.true_positives,
            "false_positives": tally.false_positives,
            "misses": tally.misses,
            "dated": tally.dated,
            "dates_correct": tally.dates_correct,
            "modalities_correct": tally.modalities_correct,
        },
    }


def miss_to_dict(miss: Miss) -> dict[str, Any]:
    """A gold event nobody found."""
    return {"doc": miss.doc, **_event_fields(miss.gold)}


def false_positive_to_dict(false_positive: FalsePositive) -> dict[str, Any]:
    """A system event counted against precision, with the reason."""
    return {
        "doc": false_positive.doc,
        **_event_fields(false_positive.system),
        "why": false_positive.why,
    }


def _event_fields(event: GoldEvent | Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "source": event.source,
        "target": event.target,
        "date": event.date.value,
        "date_precision": event.date.precision,
        "modality": event.modality,
        "evidence": event.evidence,
    }
