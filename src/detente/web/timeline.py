"""The dyad chart's geometry: state bands over time for each direction, event markers.

Computed from the same JSON the API returns for ``/api/relations/{A}/{B}/timeline``;
the template only draws what is laid out here.  A month- or year-precision
date is drawn as a span over that month or year, never as a day.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from detente.api.brief import possessive
from detente.web.render import country_name, state_words, type_label, when

WIDTH = 1000
LABEL_WIDTH = 210
PLOT_RIGHT = WIDTH - 12
AXIS_HEIGHT = 26
LANE_HEIGHT = 22
MARKER_ROW_HEIGHT = 30
GAP = 8
MIN_BAND_LABEL = 70  # px: narrower bands carry their value in the tooltip only

# The state class of each value, as the stylesheet colours it (levels: 3 ambassador,
# 1 chargé d'affaires, 0 none).
VALUE_CLASS: dict[str, str] = {
    "3": "normal",
    "2": "downgraded",
    "1": "downgraded",
    "0": "severed",
    "ACCREDITED": "normal",
    "COPIES_PRESENTED": "normal",
    "NOMINATED": "normal",
    "OPEN": "normal",
    "NORMAL": "normal",
    "LIFTED": "normal",
    "RECALLED": "no-ambassador",
    "EXPELLED": "no-ambassador",
    "AGREMENT_REVOKED": "no-ambassador",
    "NONE": "unknown",
    "CHARGE_ONLY": "downgraded",
    "DOWNGRADED": "downgraded",
    "MISSION_CLOSED": "mission-closed",
    "CLOSED": "mission-closed",
    "SEVERED": "severed",
    "IN_FORCE": "sanctions",
    "EASED": "sanctions",
    "UNKNOWN": "unknown",
}


@dataclass(frozen=True)
class Band:
    """A stretch of time a lane held one value; ``certain_x`` is where doubt ends."""

    x: float
    width: float
    certain_x: float
    css: str
    label: str
    title: str


@dataclass(frozen=True)
class Lane:
    """One attribute of one subject over time."""

    label: str
    y: float
    bands: tuple[Band, ...]


@dataclass(frozen=True)
class Marker:
    """One event: a dot, and a span when its date is a month or a year."""

    event_id: int
    x: float
    y: float
    span_x: float
    span_width: float
    css: str
    title: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    """Everything the template draws."""

    height: float
    ticks: tuple[Tick, ...]
    rows: tuple[tuple[str, float], ...]  # direction headings: label, y
    lanes: tuple[Lane, ...]
    markers: tuple[Marker, ...]
    on_x: float | None = None
    plot_left: float = LABEL_WIDTH
    plot_right: float = PLOT_RIGHT
    empty: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Scale:
    start: date
    end: date

    def x(self, day: date) -> float:
        span = max((self.end - self.start).days, 1)
        return LABEL_WIDTH + (day - self.start).days / span * (PLOT_RIGHT - LABEL_WIDTH)


def build_chart(timeline: dict[str, Any], on: date | None = None) -> Chart:
    """Lay out the chart of one dyad's timeline (the API's timeline JSON)."""
    a, b = timeline["a"]["code"], timeline["b"]["code"]
    changes, events = timeline["changes"], timeline["events"]
    scale = _scale(changes, events, on)
    if scale is None:
        return Chart(AXIS_HEIGHT, (), (), (), (), empty=True)
    rows: list[tuple[str, float]] = []
    lanes: list[Lane] = []
    markers: list[Marker] = []
    y = AXIS_HEIGHT + GAP
    for sender, receiver in ((a, b), (b, a)):
        rows.append((f"Acts by {country_name(sender)}", y + 12))
        row_events = [e for e in events if e["source"] == sender]
        markers.extend(_markers(row_events, scale, y + MARKER_ROW_HEIGHT / 2))
        y += MARKER_ROW_HEIGHT
        subject = f"{sender}->{receiver}"
        for attribute, label in (("head_of_mission", "head of mission"), ("mission", "mission")):
            lanes.append(
                _lane(
                    f"{possessive(sender)} {label} in {country_name(receiver)}",
                    y,
                    _changes_of(changes, subject, attribute),
                    scale,
                )
            )
            y += LANE_HEIGHT + 4
        y += GAP
    pair = "-".join(sorted((a, b)))
    lanes.append(_lane("Diplomatic relations", y, _changes_of(changes, pair, "relations"), scale))
    y += LANE_HEIGHT + 4
    for sender, receiver in ((a, b), (b, a)):
        found = _changes_of(changes, f"sanctions {sender}->{receiver}", "sanctions")
        if found:
            lanes.append(_lane(f"Sanctions by {country_name(sender)}", y, found, scale))
            y += LANE_HEIGHT + 4
    undated = sum(1 for e in events if not e["date"])
    notes = (
        (f"{undated} undated event(s) drawn at the date they were first reported.",)
        if undated
        else ()
    )
    return Chart(
        y + GAP,
        _ticks(scale),
        tuple(rows),
        tuple(lanes),
        tuple(markers),
        on_x=scale.x(on) if on else None,
        notes=notes,
    )


def _changes_of(changes: list[dict[str, Any]], subject: str, attribute: str) -> list[dict]:
    return [c for c in changes if c["subject"] == subject and c["attribute"] == attribute]


def _period_bounds(period: dict[str, Any] | None) -> tuple[date | None, date | None]:
    if not period:
        return None, None
    start = date.fromisoformat(period["start"]) if period["start"] else None
    end = date.fromisoformat(period["end"]) if period["end"] else None
    return start or end, end or start


def _certain_from(change: dict[str, Any], start: date, end: date) -> date:
    """Doubt ends at the period's end or the first report inside it, whichever is earlier."""
    reports = [e["known_by"] for e in change["events"] if e.get("known_by")]
    first = date.fromisoformat(min(reports)) if reports else None
    return first if first is not None and start <= first < end else end


def _event_period(event: dict[str, Any]) -> tuple[date | None, date | None]:
    value, precision = event["date"], event["date_precision"]
    if not value:
        known = date.fromisoformat(event["known_by"]) if event.get("known_by") else None
        return known, known
    year = int(value[:4])
    if precision == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if precision == "month":
        month = int(value[5:7])
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    day = date.fromisoformat(value[:10])
    return day, day


def _scale(changes: list[dict], events: list[dict], on: date | None) -> _Scale | None:
    days = [d for c in changes for d in _period_bounds(c["period"]) if d]
    days += [d for e in events for d in _event_period(e) if d]
    if on:
        days.append(on)
    if not days:
        return None
    first, last = min(days), max(days)
    pad = max(timedelta(days=20), (last - first) * 0.04)
    # Any stored date may be drawn, 0001-01-01 and 9999-12-31 too: pad within the calendar.
    return _Scale(first - min(pad, first - date.min), last + min(pad, date.max - last))


def _lane(label: str, y: float, changes: list[dict], scale: _Scale) -> Lane:
    """Bands of one attribute's values; the doubt about when each began is drawn pale.

    A change is known to fall between ``low`` and ``high``: its date's span, or for
    an undated one anything up to its first report.  Changes come in the order
    they happened, so no band may begin before the one it follows.
    """
    spans = []
    for change in changes:
        start, end = _period_bounds(change["period"])
        if start is None:
            continue
        undated = not change["period"]["start"]
        low = scale.start if undated else start
        if spans:
            low = max(low, spans[-1][0])
        spans.append((low, max(_certain_from(change, start, end), low), change))
    bands = []
    for index, (low, high, change) in enumerate(spans):
        following = spans[index + 1][0] if index + 1 < len(spans) else scale.end
        x0, x1 = scale.x(low), scale.x(following)
        value = state_words(change["after"], change["attribute"])
        reason = "; ".join(e["evidence"] for e in change["events"][:1])
        bands.append(
            Band(
                x=x0,
                width=max(x1 - x0, 2),
                certain_x=min(scale.x(high), x1),
                css=VALUE_CLASS.get(str(change["after"]), "unknown"),
                label=value if x1 - x0 >= MIN_BAND_LABEL else "",
                title=f"{value} from {change['period']['label']}: {reason}",
            )
        )
    return Lane(label, y, tuple(bands))


def _markers(events: list[dict[str, Any]], scale: _Scale, y: float) -> list[Marker]:
    placed: list[Marker] = []
    crowds: dict[int, int] = {}  # markers already in each 9-pixel column
    for event in sorted(events, key=lambda e: _event_period(e)[0] or date.max):
        start, end = _event_period(event)
        if start is None:
            continue
        x0, x1 = scale.x(start), scale.x(end)
        middle = (x0 + x1) / 2
        # Events within a few pixels of each other are nudged apart vertically.
        column = int(middle // 9)
        crowd = crowds.get(column, 0)
        crowds[column] = crowd + 1
        offset = (-1) ** crowd * 5 * ((crowd + 1) // 2) if crowd < 5 else 0
        title = (
            f"{type_label(event['type'])}: {country_name(event['source'])} → "
            f"{country_name(event['target'])}, {when(event['date'], event['date_precision'])}"
            f" ({event['modality']})"
        )
        placed.append(
            Marker(event["id"], middle, y + offset, x0, x1 - x0, event["modality"], title)
        )
    return placed


_TICK_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000)  # months


def _ticks(scale: _Scale) -> tuple[Tick, ...]:
    """About ten ticks on round months or years, from one step to the next."""
    first = scale.start.year * 12 + scale.start.month - 1  # months since year 0
    last = scale.end.year * 12 + scale.end.month - 1
    step = next((s for s in _TICK_STEPS if (last - first) / s <= 10), _TICK_STEPS[-1])
    ticks = []
    for index in range(-(-first // step) * step, last + 1, step):
        current = date(index // 12, index % 12 + 1, 1)
        if current >= scale.start:
            label = str(current.year) if step >= 12 else when(current.isoformat()[:7], "month")
            ticks.append(Tick(scale.x(current), label))
    return tuple(ticks)
