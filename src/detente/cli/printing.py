"""How the CLI shows stored events, a relationship status and a timeline (rich renderables).

Every state shown names the event(s) behind it, with the evidence sentence
and the article it comes from, so a reader can check each claim.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from detente.relations.model import (
    ACCREDITED,
    COPIES_PRESENTED,
    REPRESENTATION_LEVELS,
    DyadState,
    EventLike,
    RelationStatus,
    StateChange,
    StateValue,
)
from detente.relations.ordering import certain_from, period_of
from detente.resolve.names import actor_name
from detente.store import IngestSummary, StoredEvent, Timeline


def events_table(events: Sequence[StoredEvent]) -> EventList:
    """The stored events with their sources counted: a table, one block each when narrow."""
    return EventList(events)


class EventList:
    """Stored events as a table in a wide terminal, else one block per event (rich renderable).

    In the table every column but the evidence stays on one line and the evidence
    is cut with an ellipsis; in a block it has two lines of its own.
    """

    def __init__(self, events: Sequence[StoredEvent]) -> None:
        self.events = events

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width >= WIDE_TERMINAL:
            yield self._table(options.max_width)
            return
        yield Text(f"{len(self.events)} events", style="bold")
        for event in self.events:
            sources = f"{_count(event.n_articles, 'article')}, {_count(event.n_outlets, 'outlet')}"
            yield Text(
                f"{_ident(event)}  {event.type}  {event.source}->{event.target}  "
                f"{event.date or 'undated'}  {event.modality}  {sources}",
                overflow="ellipsis",
                no_wrap=True,
            )
            yield _evidence_block(event.evidence, options.max_width)

    def _table(self, width: int) -> Table:
        rows = [
            (
                _ident(event),
                event.type,
                event.source,
                event.target,
                event.date or "-",
                event.modality,
                str(event.n_articles),
                str(event.n_outlets),
            )
            for event in self.events
        ]
        table = Table(title=f"{len(self.events)} events")
        names = ("id", "type", "source", "target", "date", "modality", "articles", "outlets")
        used = 4  # the table's outer edges and the evidence column's padding
        for number, name in enumerate(names):
            widest = max([len(name), *(len(row[number]) for row in rows)])
            table.add_column(name, no_wrap=True, width=widest)
            used += widest + 3
        table.add_column("evidence", overflow="ellipsis", no_wrap=True, width=width - used)
        for row, event in zip(rows, self.events, strict=True):
            table.add_row(*row, Text(event.evidence))
        return table


# Below this width a table of events or changes squeezes the evidence to a word a line.
WIDE_TERMINAL = 120
_INDENT = "    "


def _evidence_block(evidence: str, width: int, where: str = "") -> Text:
    """The evidence, quoted once and cut to two indented lines, then where it is from."""
    room = 2 * (width - len(_INDENT)) - len(where) - 3
    shown = textwrap.shorten(quoted(evidence), max(room, 20), placeholder=" …")
    lines = textwrap.wrap(f"{shown}{where}", width - len(_INDENT))
    return Text("\n".join(_INDENT + line for line in lines), style="italic")


def quoted(evidence: str) -> str:
    """The evidence in quotation marks, unless it opens or closes with its own."""
    text = evidence.strip()
    if text[:1] in _QUOTES or text[-1:] in _QUOTES:
        return text
    return f"“{text}”"


_QUOTES = frozenset("\"'“”‘’«»")


def _ident(event: StoredEvent) -> str:
    return str(event.id) if event.id is not None else f"denial {event.report_id}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


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
    if dyad.level.caused_by:
        level = REPRESENTATION_LEVELS.get(dyad.level.value, dyad.level.value)
        lines.extend(_value_lines("level", replace(dyad.level, value=level)))
    for name, value in (("mission", dyad.mission), ("consulates", dyad.consulates)):
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
        Padding(Text(f"<- {ident}: {_event_label(event)}"), (0, 0, 0, 4)),
        Padding(Text(f"{quoted(event.evidence)} [{where}]", style="italic"), (0, 0, 0, 7)),
    ]


def _event_label(event: EventLike) -> str:
    return f"{event.type} {event.source}->{event.target} {_period_label(event)}, {event.modality}"


def _period_label(event: EventLike) -> str:
    return period_of(event).label


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def timeline_table(timeline: Timeline) -> Group:
    """Every state change, oldest first: what changed, then the event and evidence behind it."""
    title = f"{timeline.actor} and {timeline.counterpart or 'all counterparts'}"
    parts: list = [Text(f"{title}: {len(timeline.changes)} state changes", style="bold")]
    for change in timeline.changes:
        parts.append(_ChangeBlock(change))
    return Group(*parts)


class _ChangeBlock:
    """One state change in two parts: the change on one line, its evidence below."""

    def __init__(self, change: StateChange) -> None:
        self.change = change

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        change = self.change
        event = change.caused_by[0]
        low = " (only reported)" if change.confidence == "low" else ""
        before, after = (
            _state_word(change.attribute, change.before),
            _state_word(change.attribute, change.after),
        )
        ident = f"event {event.id}" if event.id is not None else "denial"
        yield Text(
            f"{change.period.label}  {change.subject}  {change.attribute.replace('_', ' ')}: "
            f"{before} -> {after}{low}",
            overflow="ellipsis",
            no_wrap=True,
        )
        yield Text(f"{_INDENT}{ident}: {event.type}", overflow="ellipsis", no_wrap=True)
        where = f" [{getattr(event, 'doc_id', None) or '?'}]"
        yield _evidence_block(event.evidence, options.max_width, where)


def _state_word(attribute: str, value: object) -> str:
    if value is None:
        return "unknown"
    if attribute == "level":
        return str(REPRESENTATION_LEVELS.get(value, value))
    return str(value)
