"""CAMEO, Goldstein and PLOVER codes of each event type (``data/event_types.tsv``).

Planned events are threats or announced intentions, which CAMEO and PLOVER
code as other acts (THREATEN, AGREE): the table's planned_* columns.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class EventCodes:
    cameo: str
    goldstein: float
    plover: str
    plover_mode: str | None
    plover_context: str


def codes_for(event_type: str, modality: str) -> EventCodes:
    """Interoperability codes of one event type at one modality."""
    current, planned = _table()[event_type]
    return planned if modality == "planned" else current


@cache
def _table() -> dict[str, tuple[EventCodes, EventCodes]]:
    text = resources.files("detente.data").joinpath("event_types.tsv").read_text(encoding="utf-8")
    rows = csv.reader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    )
    table = {}
    for (
        event_type,
        cameo,
        goldstein,
        plover,
        mode,
        context,
        planned_cameo,
        planned_goldstein,
        planned_plover,
        planned_mode,
    ) in rows:
        table[event_type] = (
            EventCodes(cameo, float(goldstein), plover, mode or None, context),
            EventCodes(
                planned_cameo,
                float(planned_goldstein),
                planned_plover,
                planned_mode or None,
                context,
            ),
        )
    return table
