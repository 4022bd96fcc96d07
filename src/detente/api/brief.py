"""Relationships in brief: one word for where a pair stands, and a country's overview.

The map colours and the country page both read :func:`classify`, so a colour
always means the same thing as the words beside it.
"""

from __future__ import annotations

from typing import Any

from detente.relations import DyadState, RelationStatus
from detente.relations.model import (
    ACCREDITED,
    AGREMENT_REVOKED,
    CHARGE_ONLY,
    CLOSED,
    COPIES_PRESENTED,
    DOWNGRADED,
    EASED,
    EXPELLED,
    IN_FORCE,
    MISSION_CLOSED,
    RECALLED,
    SEVERED,
)
from detente.resolve.names import actor_name

# Worst first: the first that holds names the pair's state.
STATES: dict[str, str] = {
    "severed": "ties cut",
    "downgraded": "relations downgraded",
    "no-ambassador": "ambassador expelled or recalled",
    "mission-closed": "mission closed",
    "sanctions": "sanctions in force",
    "normal": "no break on record",
}
_IN_POST = (ACCREDITED, COPIES_PRESENTED)
_NOT_IN_POST = (RECALLED, EXPELLED, AGREMENT_REVOKED, CHARGE_ONLY, MISSION_CLOSED, SEVERED)
_SANCTIONED = (IN_FORCE, EASED)


def _name(code: str) -> str:
    return actor_name(code) or code


def possessive(code: str) -> str:
    """``France's``, ``United States'``: the country's name owning what follows."""
    name = _name(code)
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def classify(status: RelationStatus) -> dict[str, str]:
    """``{"state": "no-ambassador", "label": "France's ambassador expelled"}``."""
    dyads = (status.forward, status.backward)
    relations = status.relations.relations.value
    if relations == SEVERED:
        return _state("severed")
    if relations == DOWNGRADED or any(d.head_of_mission.value == CHARGE_ONLY for d in dyads):
        return _state("downgraded")
    for dyad in dyads:
        value = dyad.head_of_mission.value
        if value in (EXPELLED, RECALLED, AGREMENT_REVOKED):
            return _state("no-ambassador", _envoy_label(dyad, value))
    for dyad in dyads:
        if dyad.mission.value == CLOSED or dyad.head_of_mission.value == MISSION_CLOSED:
            return _state(
                "mission-closed",
                f"{possessive(dyad.sending_state)} mission in {_name(dyad.receiving_state)} closed",
            )
    for sanction in status.sanctions:
        if sanction.status.value in _SANCTIONED:
            return _state(
                "sanctions", f"sanctions by {_name(sanction.sender)} on {_name(sanction.target)}"
            )
    return _state("normal")


def _state(key: str, label: str | None = None) -> dict[str, str]:
    return {"state": key, "label": label or STATES[key]}


def _envoy_label(dyad: DyadState, value: str) -> str:
    what = {EXPELLED: "expelled", RECALLED: "recalled", AGREMENT_REVOKED: "refused agrément"}[value]
    return f"{possessive(dyad.sending_state)} ambassador in {_name(dyad.receiving_state)} {what}"


def counterpart_brief(status: RelationStatus) -> dict[str, Any]:
    """Where ``status.a`` stands with ``status.b``: envoys, missions, ties, sanctions."""
    imposed, suffered = _sanctions(status)
    return {
        "counterpart": {"code": status.b, "name": _name(status.b)},
        **classify(status),
        "ambassador_there": status.forward.head_of_mission.value,
        "ambassador_here": status.backward.head_of_mission.value,
        "mission_there": status.forward.mission.value,
        "mission_here": status.backward.mission.value,
        "relations": status.relations.relations.value,
        "sanctions_imposed": imposed,
        "sanctions_suffered": suffered,
    }


def _sanctions(status: RelationStatus) -> tuple[str, str]:
    by_sender = {s.sender: s.status.value for s in status.sanctions}
    return by_sender.get(status.a, "NONE"), by_sender.get(status.b, "NONE")


def country_summary(briefs: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Counterpart codes grouped by what holds: ambassadors, closures, ties, sanctions."""

    def where(test) -> list[str]:
        return [brief["counterpart"]["code"] for brief in briefs if test(brief)]

    return {
        "has_ambassador_in": where(lambda b: b["ambassador_there"] in _IN_POST),
        "lacks_ambassador_in": where(lambda b: b["ambassador_there"] in _NOT_IN_POST),
        "hosts_ambassador_of": where(lambda b: b["ambassador_here"] in _IN_POST),
        "missions_closed": where(lambda b: CLOSED in (b["mission_there"], b["mission_here"])),
        "ties_cut": where(lambda b: b["relations"] == SEVERED),
        "ties_downgraded": where(lambda b: b["relations"] == DOWNGRADED),
        "sanctions_imposed_on": where(lambda b: b["sanctions_imposed"] in _SANCTIONED),
        "sanctions_suffered_from": where(lambda b: b["sanctions_suffered"] in _SANCTIONED),
    }
