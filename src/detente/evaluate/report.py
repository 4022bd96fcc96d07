"""Two renderings of one evaluation: a JSON object and rich tables for a terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

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


def print_evaluation(evaluation: Evaluation, console: Console) -> None:
    """Headline figures, the per-type table, then misses and false positives."""
    scorecard = evaluation.scorecard
    overall = scorecard.overall
    console.print(f"documents scored   {len(scorecard.documents)}")
    console.print(
        f"precision          {percent(overall.precision)}"
        f"  ({overall.true_positives} of {overall.true_positives + overall.false_positives})"
    )
    console.print(
        f"recall             {percent(overall.recall)}"
        f"  ({overall.true_positives} of {overall.true_positives + overall.misses})"
    )
    console.print(f"F1                 {percent(overall.f1)}")
    console.print(
        f"date accuracy      {percent(overall.date_accuracy)}"
        f"  ({overall.dates_correct} of {overall.dated})"
    )
    console.print(
        f"modality accuracy  {percent(overall.modality_accuracy)}"
        f"  ({overall.modalities_correct} of {overall.true_positives})"
    )
    console.print(per_type_table(scorecard.per_type))
    console.print(events_table("Misses", [(m.doc, m.gold, "") for m in scorecard.misses]))
    console.print(
        events_table(
            "False positives", [(fp.doc, fp.system, fp.why) for fp in scorecard.false_positives]
        )
    )


def per_type_table(per_type: dict[str, Tally]) -> Table:
    """One row per event type: counts, P/R/F1 and date accuracy."""
    table = Table(title="Per event type")
    for column in ("type", "TP", "FP", "FN", "P", "R", "F1", "date acc."):
        table.add_column(column, justify="left" if column == "type" else "right")
    for event_type, tally in per_type.items():
        table.add_row(
            event_type,
            str(tally.true_positives),
            str(tally.false_positives),
            str(tally.misses),
            percent(tally.precision),
            percent(tally.recall),
            percent(tally.f1),
            percent(tally.date_accuracy),
        )
    return table


def events_table(title: str, rows: list[tuple[str, GoldEvent | Event, str]]) -> Table:
    """Events one per row: (document, event, why it is listed — may be empty).

    Codes and dates never wrap; the document name is cut and the evidence takes the
    rest of the width, so the table stays readable in an 80-column terminal.
    """
    table = Table(title=f"{title} ({len(rows)})")
    table.add_column("doc", overflow="ellipsis", no_wrap=True, max_width=14)
    table.add_column("type", overflow="fold", max_width=19)
    for column in ("source", "target", "date", "modality"):
        table.add_column(column, no_wrap=True)
    table.add_column("evidence", overflow="fold", ratio=1, min_width=12)
    explained = any(why for _, _, why in rows)
    if explained:
        table.add_column("why")
    for doc, event, why in rows:
        cells = [
            doc,
            event.type,
            event.source,
            event.target,
            event.date.value or "-",
            event.modality,
            event.evidence,
        ]
        table.add_row(*cells, *([why] if explained else []))
    return table


def percent(value: float | None) -> str:
    """``0.8333`` as ``83.3%``; an undefined figure as ``-``."""
    return "-" if value is None else f"{value:.1%}"
