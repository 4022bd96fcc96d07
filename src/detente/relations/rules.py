"""What each event type does to the state (DIPLOMACY.md §5.3), one small function per type.

Each rule reads an asserted or reported event and tells the tracker which
values it sets.  A transition from a state the table does not expect is
still applied (the event is the newer evidence) but is noted as an anomaly.
For EXPEL_DIPLOMAT, REVOKE_AGREMENT and a host-ordered CLOSE_MISSION the
dyad that changes is target->source: the host acts on the sender's mission.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

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
    LIFTED,
    MISSION_CLOSED,
    NOMINATED,
    NONE,
    NORMAL,
    OPEN,
    RECALLED,
    SEVERED,
    UNKNOWN,
    EventLike,
)
from detente.relations.ordering import period_of
from detente.relations.tables import head_of_mission_words, implies_relations
from detente.relations.tracker import (
    CONSULATES,
    HEAD_OF_MISSION,
    LEVEL,
    MISSION,
    RELATIONS,
    SANCTIONS,
    Tracker,
    dyad_subject,
    pair_subject,
    sanctions_subject,
)

Rule = Callable[[Tracker, EventLike], None]


def apply(tracker: Tracker, event: EventLike) -> None:
    """Apply one asserted or reported ``event`` to the tracked state."""
    if implies_relations(event.type):
        _infer_relations(tracker, event)
    RULES[event.type](tracker, event)


def _move(
    tracker: Tracker,
    subject: str,
    new: str,
    event: EventLike,
    expected: Iterable[str],
    note: str | None = None,
) -> None:
    known = tracker.get(subject, HEAD_OF_MISSION)
    current = known.value
    # Nothing on record before is not a contradiction: the history simply starts here.
    if known.caused_by and current not in expected and current != new:
        tracker.note_anomaly(
            event, f"{subject}: {event.type} from {current}, expected one of {', '.join(expected)}"
        )
    tracker.set(subject, HEAD_OF_MISSION, new, event, note)


def _person(tracker: Tracker, subject: str, event: EventLike) -> None:
    if event.persons:
        tracker.persons[subject] = event.persons[0]


def _about_head_of_mission(event: EventLike) -> bool:
    if event.details.get("head_of_mission") or event.details.get("entire_staff"):
        return True
    if event.details.get("staff_only"):
        return False  # the extractor saw whom the act concerned: other staff only
    # events stored without that detail: the sentence names a head of mission
    evidence = event.evidence.casefold()
    return any(word in evidence for word in head_of_mission_words())


def _infer_relations(tracker: Tracker, event: EventLike) -> None:
    subject = pair_subject(event.source, event.target)
    if tracker.get(subject, RELATIONS).value == UNKNOWN:
        tracker.set(
            subject,
            RELATIONS,
            NORMAL,
            event,
            note=f"inferred: {event.type} presupposes diplomatic relations",
        )


def appoint(tracker: Tracker, event: EventLike) -> None:
    """The sender names an envoy: NOMINATED, unless someone is in post (then a successor)."""
    subject = dyad_subject(event.source, event.target)
    current = tracker.get(subject, HEAD_OF_MISSION).value
    if tracker.get(pair_subject(event.source, event.target), RELATIONS).value == SEVERED:
        tracker.note_anomaly(
            event, f"{subject}: appointment while relations are severed (a restoration is expected)"
        )
    in_post = tracker.persons.get(subject)
    if current in (ACCREDITED, COPIES_PRESENTED) and event.persons and in_post not in event.persons:
        tracker.set(
            subject, HEAD_OF_MISSION, current, event, note=f"successor named: {event.persons[0]}"
        )
        return
    _move(
        tracker,
        subject,
        NOMINATED,
        event,
        (NONE, NOMINATED, AGREMENT_REVOKED, RECALLED, EXPELLED, CHARGE_ONLY),
    )
    _person(tracker, subject, event)
    tracker.set(subject, LEVEL, 1 if event.details.get("charge") else 3, event)


def present_credentials(tracker: Tracker, event: EventLike) -> None:
    """Credentials to the head of state: ACCREDITED; copies to the FM: COPIES_PRESENTED."""
    subject = dyad_subject(event.source, event.target)
    if event.details.get("copies"):
        _move(
            tracker,
            subject,
            COPIES_PRESENTED,
            event,
            (NONE, NOMINATED),
            note="copies of credentials to the foreign ministry only",
        )
    else:
        _move(tracker, subject, ACCREDITED, event, (NONE, NOMINATED, COPIES_PRESENTED))
    _person(tracker, subject, event)
    tracker.set(subject, LEVEL, 1 if event.details.get("charge") else 3, event)
    if not event.details.get("non_resident"):
        tracker.set(subject, MISSION, OPEN, event)


def revoke_agrement(tracker: Tracker, event: EventLike) -> None:
    """The host refuses or withdraws consent for the sender's nominee."""
    subject = dyad_subject(event.target, event.source)
    _move(tracker, subject, AGREMENT_REVOKED, event, (NOMINATED, NONE, COPIES_PRESENTED))
    _person(tracker, subject, event)


def expel(tracker: Tracker, event: EventLike) -> None:
    """The host orders the sender's envoy (or staff) out."""
    subject = dyad_subject(event.target, event.source)
    if not _about_head_of_mission(event):
        tracker.staff_expulsions.setdefault(subject, []).append(event)
        return
    _move(tracker, subject, EXPELLED, event, (ACCREDITED, COPIES_PRESENTED, CHARGE_ONLY))
    _person(tracker, subject, event)
    if event.details.get("entire_staff"):
        tracker.set(subject, MISSION, CLOSED, event, note="de facto: the entire staff was expelled")


def recall(tracker: Tracker, event: EventLike) -> None:
    """The sender calls its envoy home (temporarily when "for consultations")."""
    subject = dyad_subject(event.source, event.target)
    current = tracker.get(subject, HEAD_OF_MISSION)
    if current.value == EXPELLED and _same_time(current, event):
        # §5.5(3): the host's act dominates; the recall is the compliance step.
        tracker.set(
            subject,
            HEAD_OF_MISSION,
            EXPELLED,
            event,
            note="recall in compliance with the expulsion",
        )
        return
    if not _about_head_of_mission(event):
        return
    consultations = bool(event.details.get("for_consultations"))
    _move(
        tracker,
        subject,
        RECALLED,
        event,
        (ACCREDITED, COPIES_PRESENTED, NOMINATED),
        note="for consultations" if consultations else None,
    )
    tracker.consultations[subject] = consultations
    _person(tracker, subject, event)


def _same_time(value, event: EventLike) -> bool:
    if value.since is None:
        return False
    period = period_of(event)
    return value.since.contains(period) or period.contains(value.since)


def downgrade(tracker: Tracker, event: EventLike) -> None:
    """Representation lowered: one's own side, or both sides for "relations downgraded"."""
    level = 2 if event.details.get("level") in (2, "minister") else 1
    directions = [(event.source, event.target)]
    if not event.details.get("own_side"):
        directions.append((event.target, event.source))
    for sending, receiving in directions:
        subject = dyad_subject(sending, receiving)
        tracker.set(subject, HEAD_OF_MISSION, CHARGE_ONLY, event, note="representation lowered")
        tracker.set(subject, LEVEL, level, event)
    pair = pair_subject(event.source, event.target)
    tracker.downgraded_by.setdefault(pair, set()).update(s for s, _ in directions)
    tracker.set(pair, RELATIONS, DOWNGRADED, event)


def upgrade(tracker: Tracker, event: EventLike) -> None:
    """Representation raised to ambassadors; the head of mission waits for an appointment."""
    directions = [(event.source, event.target)]
    if not event.details.get("own_side"):
        directions.append((event.target, event.source))
    pair = pair_subject(event.source, event.target)
    downgraded_by = tracker.downgraded_by.setdefault(pair, set())
    for sending, receiving in directions:
        subject = dyad_subject(sending, receiving)
        tracker.set(subject, LEVEL, 3, event)
        downgraded_by.discard(sending)
        if _returns_to_post(tracker, subject, event):
            tracker.set(subject, HEAD_OF_MISSION, ACCREDITED, event, note="back at his post")
            tracker.consultations[subject] = False
    if not downgraded_by and tracker.get(pair, RELATIONS).value == DOWNGRADED:
        tracker.set(pair, RELATIONS, NORMAL, event)


def _returns_to_post(tracker: Tracker, subject: str, event: EventLike) -> bool:
    """An envoy recalled for consultations who goes back: still accredited (§4.2, the
    recall was temporary), so he heads the mission again; the same person sent back
    after any recall is too. Another envoy must first be appointed. Only a return told
    of one side's envoy brings him back: relations raised between two states ("upgraded
    ties to ambassador level") send no particular envoy back."""
    if tracker.get(subject, HEAD_OF_MISSION).value != RECALLED or not event.details.get("own_side"):
        return False
    if tracker.consultations.get(subject):
        return not event.persons or tracker.persons.get(subject) in event.persons
    return bool(event.persons) and tracker.persons.get(subject) in event.persons


def close_mission(tracker: Tracker, event: EventLike) -> None:
    """A mission closed by its owner, or by its host (then the dyad is target->source)."""
    host_ordered = event.details.get("host_ordered") or event.details.get("owner") == event.target
    owner, host = (event.target, event.source) if host_ordered else (event.source, event.target)
    subject = dyad_subject(owner, host)
    if event.details.get("mission") == "consulate":
        tracker.set(subject, CONSULATES, CLOSED, event)
        return
    tracker.set(subject, HEAD_OF_MISSION, MISSION_CLOSED, event)
    tracker.set(subject, MISSION, CLOSED, event)


def open_mission(tracker: Tracker, event: EventLike) -> None:
    """A mission opens or reopens: headed by a chargé until an ambassador is accredited."""
    subject = dyad_subject(event.source, event.target)
    if event.details.get("mission") == "consulate":
        tracker.set(subject, CONSULATES, OPEN, event)
        return
    if _reopens_vacant(tracker, subject):
        tracker.set(subject, HEAD_OF_MISSION, CHARGE_ONLY, event)
        tracker.set(subject, LEVEL, 1, event)
    tracker.set(subject, MISSION, OPEN, event)
    pair = pair_subject(event.source, event.target)
    if tracker.get(pair, RELATIONS).value in (SEVERED, UNKNOWN):
        tracker.set(
            pair,
            RELATIONS,
            NORMAL,
            event,
            note="inferred: a mission opened without a reported restoration",
        )


def _reopens_vacant(tracker: Tracker, subject: str) -> bool:
    """A closed mission reopens under a chargé (§4.1, Art. 19): one closed outright, or
    one left vacant and closed by a restoration that named no envoy yet."""
    head = tracker.get(subject, HEAD_OF_MISSION).value
    closed = tracker.get(subject, MISSION).value == CLOSED
    return head in (MISSION_CLOSED, SEVERED) or (head == NONE and closed)


def sever(tracker: Tracker, event: EventLike) -> None:
    """Relations broken off: both dyads SEVERED, missions closed, level none."""
    for sending, receiving in ((event.source, event.target), (event.target, event.source)):
        subject = dyad_subject(sending, receiving)
        tracker.set(subject, HEAD_OF_MISSION, SEVERED, event)
        tracker.set(subject, MISSION, CLOSED, event)
        tracker.set(subject, LEVEL, 0, event)
    pair = pair_subject(event.source, event.target)
    tracker.downgraded_by.pop(pair, None)
    tracker.set(pair, RELATIONS, SEVERED, event)


def restore(tracker: Tracker, event: EventLike) -> None:
    """Relations restored or established: severed dyads become vacant, awaiting envoys."""
    for sending, receiving in ((event.source, event.target), (event.target, event.source)):
        subject = dyad_subject(sending, receiving)
        if tracker.get(subject, HEAD_OF_MISSION).value == SEVERED:
            tracker.set(subject, HEAD_OF_MISSION, NONE, event, note="vacant after restoration")
    pair = pair_subject(event.source, event.target)
    tracker.downgraded_by.pop(pair, None)
    tracker.set(pair, RELATIONS, NORMAL, event)


def summon(tracker: Tracker, event: EventLike) -> None:
    """A summons changes no state; it is logged on the summoned envoy's dyad."""
    subject = dyad_subject(event.target, event.source)
    tracker.summons.setdefault(subject, []).append(event)


def impose_sanctions(tracker: Tracker, event: EventLike) -> None:
    """Sanctions imposed, extended or expanded: in force."""
    tracker.set(sanctions_subject(event.source, event.target), SANCTIONS, IN_FORCE, event)


def lift_sanctions(tracker: Tracker, event: EventLike) -> None:
    """Sanctions lifted (fully) or eased (partially, or suspended)."""
    partial = event.details.get("partial") or event.details.get("eased")
    tracker.set(
        sanctions_subject(event.source, event.target),
        SANCTIONS,
        EASED if partial else LIFTED,
        event,
    )


RULES: dict[str, Rule] = {
    "APPOINT_AMBASSADOR": appoint,
    "PRESENT_CREDENTIALS": present_credentials,
    "REVOKE_AGREMENT": revoke_agrement,
    "EXPEL_DIPLOMAT": expel,
    "RECALL_DIPLOMAT": recall,
    "SUMMON_DIPLOMAT": summon,
    "DOWNGRADE_RELATIONS": downgrade,
    "UPGRADE_RELATIONS": upgrade,
    "CLOSE_MISSION": close_mission,
    "OPEN_MISSION": open_mission,
    "SEVER_RELATIONS": sever,
    "RESTORE_RELATIONS": restore,
    "IMPOSE_SANCTIONS": impose_sanctions,
    "LIFT_SANCTIONS": lift_sanctions,
}
