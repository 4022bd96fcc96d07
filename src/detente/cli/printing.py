"""How the CLI shows stored events, a relationship status and a timeline (rich renderables).

Every state shown names the event(s) behind it, with the evidence sentence
and the article it comes from, so a reader can check each claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.console import Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from detente.relations.model import (
    ACCREDITED,
    COPIES_PRESENTED,
    DyadState,
    EventLike,
    RelationStatus,
    StateChange,
    StateValue,
)
from detente.relations.ordering import certain_from, period_of
from detente.store import IngestSummary, StoredEvent, Timeline
from detente.store.export import actor_name


def events_table(events: Sequence[StoredEvent]) -> Table:
    """One row per stored event, with its sources counted."""
    table = Table(title=f"{len(events)} events")
    for column in (
        "id",
        "type",
        "source",
        "target",
        "date",
        "modality",
        "articles",
        "outlets",
        "evidence",
    ):
        table.add_column(column, overflow="fold")
    for event in events:
        table.add_row(
            str(event.id),
            event.type,
            event.source,
            event.target,
            event.date or "-",
            event.modality,
            str(event.n_articles),
            str(event.n_outlets),
            escape(event.evidence),
        )
    return table


def summary_text(summary: IngestSummary) -> str:
    """The end-of-ingest summary line."""
    return (
        f"articles: {summary.articles_new} new, {summary.articles_known} already known, "
        f"{summary.articles_failed} failed; events: {summary.events_new} new, "
        f"{summary.events_merged} merged into known events "
        f"({summary.mentions_new} mentions, {summary.denials_new} denials)"
    )


def status_view(status: RelationStatus) -> Group:
    """Both directions, the pair's relations, sanctions, denials and pending plans."""
    on = status.on.isoformat() if status.on else "latest record"
    parts: list = [Text(f"{status.a} and {status.b} on {on}", style="bold")]
    for dyad in (status.forward, status.backward):
        parts.extend(_dyad_lines(dyad, status.changes))
    relations = status.relations
    by = f" by {', '.join(relations.downgraded_by)}" if relations.downgraded_by else ""
    parts.append(Text(f"relations {'-'.join(relations.states)}", style="bold"))
    parts.extend(_value_lines("relations", relations.relations, suffix=by))
    for sanction in status.sanctions:
        if sanction.status.caused_by:
            parts.append(Text(f"sanctions {sanction.sender} on {sanction.target}", style="bold"))
            parts.extend(_value_lines("sanctions", sanction.status))
    for guard in status.guards:
        parts.append(Text(f"denied ({guard.period.label}): {guard.claim}", style="bold"))
        parts.extend(_evidence_lines(guard.event))
    for event in status.pending:
        parts.append(Text(f"planned, not yet carried out: {_event_label(event)}", style="bold"))
        parts.extend(_evidence_lines(event))
    for event in status.tentative:
        certain = certain_from(event)
        when = f", certain from {certain.isoformat()}" if certain else ""
        parts.append(Text(f"possible, not certain by {on}: {_event_label(event)}{when}"))
    for anomaly in status.anomalies:
        parts.append(Text(f"unexpected ({anomaly.period.label}): {anomaly.message}"))
    return Group(*parts)


def _dyad_lines(dyad: DyadState, changes: Sequence[StateChange]) -> list:
    sending, receiving = dyad.sending_state, dyad.receiving_state
    title = (
        f"{sending}->{receiving}: {actor_name(sending)}'s head of mission in "
        f"{actor_name(receiving)}"
    )
    lines: list = [Text(title, style="bold")]
    person = f" ({dyad.person})" if dyad.person else ""
    consultations = " for consultations" if dyad.for_consultations else ""
    lines.extend(
        _value_lines("head of mission", dyad.head_of_mission, suffix=person + consultations)
    )
    credentials = _credentials_note(f"{sending}->{receiving}", changes)
    if credentials:
        lines.append(Text(f"  credentials: {credentials}"))
    lines.extend(_record_lines(f"{sending}->{receiving}", changes))
    for name, value in (
        ("level", dyad.level),
        ("mission", dyad.mission),
        ("consulates", dyad.consulates),
    ):
        if value.caused_by:
            lines.extend(_value_lines(name, value))
    if dyad.staff_expulsions:
        lines.append(Text(f"  staff expulsions: {len(dyad.staff_expulsions)}"))
    if dyad.summons:
        lines.append(Text(f"  summoned: {len(dyad.summons)} time(s)"))
    return lines


def _record_lines(subject: str, changes: Sequence[StateChange]) -> list:
    """How the head of mission got to where it is: each change, with its evidence."""
    steps = [c for c in changes if c.subject == subject and c.attribute == "head_of_mission"]
    if len(steps) < 2:
        return []
    lines: list = [Text("  record:")]
    for change in steps:
        low = " (only reported)" if change.confidence == "low" else ""
        note = f" - {change.note}" if change.note else ""
        lines.append(
            Text(f"   {change.period.label}: {change.before} -> {change.after}{low}{note}")
        )
        lines.extend(_evidence_lines(change.caused_by[0]))
    return lines


def _credentials_note(subject: str, changes: Sequence[StateChange]) -> str | None:
    """Copies presented but never the head-of-state ceremony: say so plainly."""
    reached = [c for c in changes if c.subject == subject and c.attribute == "head_of_mission"]
    copies = [c for c in reached if c.after == COPIES_PRESENTED]
    if not copies:
        return None
    if any(c.after == ACCREDITED for c in reached):
        return f"copies presented ({copies[0].period.label}), later accredited"
    return (
        f"copies presented to the foreign ministry ({copies[0].period.label}); "
        "never accredited to the head of state"
    )


def _value_lines(name: str, value: StateValue, suffix: str = "") -> list:
    if not value.caused_by:
        shown = "unknown" if value.value is None else value.value
        return [Text(f"  {name}: {shown} (nothing on record)")]
    since = f" since {value.since.label}" if value.since else ""
    interval = _interval(value)
    confidence = " [low confidence: only reported]" if value.confidence == "low" else ""
    note = f" - {value.note}" if value.note else ""
    lines = [Text(f"  {name}: {value.value}{suffix}{since}{interval}{confidence}{note}")]
    for event in value.caused_by:
        lines.extend(_evidence_lines(event))
    return lines


def _interval(value: StateValue) -> str:
    period = value.since
    if period is None or period.start is None or period.precision == "day":
        return ""
    return f" (between {period.start.isoformat()} and {period.end.isoformat()})"


def _evidence_lines(event: EventLike) -> list:
    source = getattr(event, "doc_id", None) or "?"
    outlet = getattr(event, "outlet", None)
    known_by = getattr(event, "known_by", None)
    url = getattr(event, "url", None)
    where = ", ".join(x for x in (source, outlet, _day(known_by), url) if x)
    ident = f"event {event.id}" if event.id is not None else "denial"
    return [
        Text(f"    <- {ident}: {_event_label(event)}"),
        Text(f'       "{event.evidence}" [{where}]', style="italic"),
    ]


def _event_label(event: EventLike) -> str:
    return f"{event.type} {event.source}->{event.target} {_period_label(event)}, {event.modality}"


def _period_label(event: EventLike) -> str:
    return period_of(event).label


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def timeline_table(timeline: Timeline) -> Table:
    """Every state change, oldest first, with the event behind each."""
    title = f"{timeline.actor} and {timeline.counterpart or 'all counterparts'}"
    table = Table(title=f"{title}: {len(timeline.changes)} state changes")
    for column in ("when", "subject", "attribute", "from", "to", "because of", "evidence"):
        table.add_column(column, overflow="fold")
    for change in timeline.changes:
        event = change.caused_by[0]
        low = " (reported)" if change.confidence == "low" else ""
        table.add_row(
            change.period.label,
            change.subject,
            change.attribute,
            str(change.before),
            f"{change.after}{low}",
            f"event {event.id}: {event.type}",
            escape(f'"{event.evidence}" [{getattr(event, "doc_id", "?")}]'),
        )
    return table
