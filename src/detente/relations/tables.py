"""The state machine's tables, read once from ``detente/data/relations.json``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def _tables() -> dict[str, Any]:
    text = resources.files("detente.data").joinpath("relations.json").read_text("utf-8")
    return json.loads(text)


def tie_rank(event_type: str) -> int:
    """Position of ``event_type`` among same-date events (escalation first)."""
    order = _tables()["tie_order"]
    return order.index(event_type) if event_type in order else len(order)


def head_of_mission_words() -> tuple[str, ...]:
    """Words that show an expulsion or recall concerns the head of mission."""
    return tuple(_tables()["head_of_mission_words"])


def denial_claim(event_type: str) -> str:
    """What a negated event of ``event_type`` asserts about its date."""
    return _tables()["denial_claims"].get(event_type, f"no {event_type}")


def implies_relations(event_type: str) -> bool:
    """True when an event of this type presupposes diplomatic relations."""
    return event_type in _tables()["implies_relations"]
