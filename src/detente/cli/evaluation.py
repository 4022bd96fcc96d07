"""How ``detente eval`` and ``detente extract --format table`` print: rich tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from detente.evaluate.gold import GoldEvent
from detente.evaluate.runner import Evaluation
from detente.evaluate.scorer import Tally
from detente.model import Event


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
