"""How reports from many articles become one event: pure functions, no database.

Two reports are of the same event when they have the same type and ordered
dyad, their dates are compatible at the coarser precision (a day inside a
month, a month inside a year; an undated report fits any event that had
begun by its publication date), their persons do not contradict each other
and neither names a different kind of mission.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from detente.relations.model import Period

# Most certain first; "negated" never creates or shapes an event.
MODALITY_CERTAINTY: tuple[str, ...] = ("asserted", "reported", "planned")
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}
_SPACES = re.compile(r"\s+")


def article_key(text: str) -> str:
    """Hash of the normalised article text: same text, same key, whatever the spacing."""
    normalised = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def dyad_lock_key(event_type: str, source: str, target: str) -> int:
    """A stable signed 64-bit number naming one dyad's merge (a PostgreSQL advisory lock)."""
    digest = hashlib.blake2b(f"{event_type}|{source}|{target}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def outlet_key(outlet: str | None, url: str | None) -> str | None:
    """The outlet an article counts for: its named outlet, else its URL's host."""
    if outlet:
        return outlet.strip().casefold()
    if url:
        host = urlsplit(url).hostname
        return host.removeprefix("www.") if host else None
    return None


@dataclass(frozen=True)
class ReportFacts:
    """What merging needs to know about one report (or one stored event)."""

    period: Period
    persons: tuple[str, ...]
    details: Mapping[str, Any]


def compatible(report: ReportFacts, event: ReportFacts) -> bool:
    """True when ``report`` can be a source of ``event`` (same type and dyad assumed)."""
    return (
        dates_compatible(report.period, event.period)
        and persons_compatible(report.persons, event.persons)
        and _same_or_unknown(report.details.get("mission"), event.details.get("mission"))
    )


def dates_compatible(a: Period, b: Period) -> bool:
    """Calendar periods nest, so two dated periods agree when one contains the other."""
    if a.start is None and b.start is None:
        return True
    if a.start is None:
        return a.end is None or b.start <= a.end
    if b.start is None:
        return b.end is None or a.start <= b.end
    return a.contains(b) or b.contains(a)


def persons_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Persons agree when either side names none or they share one."""
    if not a or not b:
        return True
    return bool({p.casefold() for p in a} & {p.casefold() for p in b})


def _same_or_unknown(a: Any, b: Any) -> bool:
    return a is None or b is None or a == b


def best_candidate(
    report: ReportFacts, candidates: Sequence[tuple[int, ReportFacts]]
) -> int | None:
    """The id of the stored event ``report`` belongs to, or None for a new event.

    A dated report prefers the dated event with the tightest matching period;
    an undated one prefers an undated event, else the latest event that had
    begun by the report's publication date.
    """
    matching = [(event_id, facts) for event_id, facts in candidates if compatible(report, facts)]
    if not matching:
        return None
    if report.period.start is None:
        undated = [event_id for event_id, facts in matching if facts.period.start is None]
        if undated:
            return min(undated)
        latest = max(matching, key=lambda item: (item[1].period.start, -item[0]))
        return latest[0]
    return min(matching, key=lambda item: _tightness(item[1].period, item[0]))[0]


def group_reports(reports: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Reports of one type and dyad grouped into events, whatever order they were stored in.

    Reports are taken in one fixed order (:func:`_settling_order`), each joining
    the best compatible event so far (:func:`best_candidate`) or starting one,
    so any set of reports gives the same events: writers racing each other, a
    re-run after a kill, or one sequential ingest in any order all agree.
    ``reports`` are mappings with the report's columns and its article's
    ``published`` and ``text_hash``.
    """
    groups: list[list[Mapping[str, Any]]] = []
    facts: list[ReportFacts] = []
    for report in sorted(reports, key=_settling_order):
        own = ReportFacts(
            Period.of(report["date_value"], report["date_precision"], report["published"]),
            tuple(report["persons"]),
            report["details"] or {},
        )
        chosen = best_candidate(own, list(enumerate(facts)))
        if chosen is None:
            groups.append([report])
            facts.append(own)
        else:
            groups[chosen].append(report)
            facts[chosen] = group_facts(groups[chosen])
    return groups


def group_facts(reports: Sequence[Mapping[str, Any]]) -> ReportFacts:
    """What merging knows of an event made of ``reports`` (as its stored row says)."""
    date_value, precision = merged_date(reports)
    known_by = min((r["published"] for r in reports if r["published"] is not None), default=None)
    return ReportFacts(
        Period.of(date_value, precision, known_by),
        merged_persons(reports),
        merged_details(reports, primary_report(reports)),
    )


def _settling_order(report: Mapping[str, Any]) -> tuple:
    """Most precise dates first, so coarser and undated reports find the events they fit.

    Ties go by date, publication and article, never by arrival (the row id).
    """
    return (
        _PRECISION_RANK[report["date_precision"]],
        report["date_value"] or "",
        report["published"] or date.max,
        report["text_hash"],
        report["start_offset"],
    )


def _tightness(period: Period, event_id: int) -> tuple[int, int, int]:
    if period.start is None:
        return (1, 0, event_id)
    return (0, (period.end - period.start).days, event_id)


def certainty(modality: str) -> int:
    """Rank of a modality, 0 the most certain; negated ranks last."""
    return MODALITY_CERTAINTY.index(modality) if modality in MODALITY_CERTAINTY else 99


def primary_report(reports: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The report whose sentence speaks for the event: most certain, then most confident."""
    return min(
        reports,
        key=lambda r: (
            certainty(r["modality"]),
            -r["confidence"],
            r["published"] or date.max,
            r["id"],
        ),
    )


def merged_date(reports: Sequence[Mapping[str, Any]]) -> tuple[str | None, str | None]:
    """The most precise date any source gives (ties: the earliest reported)."""
    dated = [r for r in reports if r["date_value"] is not None]
    if not dated:
        return None, None
    best = min(
        dated,
        key=lambda r: (_PRECISION_RANK[r["date_precision"]], r["published"] or date.max, r["id"]),
    )
    return best["date_value"], best["date_precision"]


def merged_persons(reports: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """Every person named by any source, first spelling kept, in order of appearance."""
    seen: dict[str, str] = {}
    for report in sorted(reports, key=lambda r: r["id"]):
        for person in report["persons"]:
            seen.setdefault(person.casefold(), person)
    return tuple(seen.values())


def merged_details(reports: Sequence[Mapping[str, Any]], primary: Mapping[str, Any]) -> dict:
    """Details from every source; the primary report's values win on conflict."""
    details: dict[str, Any] = {}
    for report in sorted(reports, key=lambda r: r["id"]):
        details.update(report["details"] or {})
    details.update(primary["details"] or {})
    return details
