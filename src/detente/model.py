"""The typed records every stage passes on.

An :class:`Article` goes into extraction; :class:`Event` records come out, one
per distinct event the article reports, each carrying every :class:`Mention`
(sentence) that supports it.  Records are frozen: stages build new ones rather
than mutate what they were given.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "EXPEL_DIPLOMAT",
    "RECALL_DIPLOMAT",
    "SUMMON_DIPLOMAT",
    "REVOKE_AGREMENT",
    "APPOINT_AMBASSADOR",
    "PRESENT_CREDENTIALS",
    "DOWNGRADE_RELATIONS",
    "UPGRADE_RELATIONS",
    "CLOSE_MISSION",
    "OPEN_MISSION",
    "SEVER_RELATIONS",
    "RESTORE_RELATIONS",
    "IMPOSE_SANCTIONS",
    "LIFT_SANCTIONS",
)

Modality = Literal["asserted", "reported", "planned", "negated"]
MODALITIES: tuple[str, ...] = ("asserted", "reported", "planned", "negated")

Precision = Literal["day", "month", "year"]
PRECISIONS: tuple[str, ...] = ("day", "month", "year")


@dataclass(frozen=True)
class Article:
    """One news article as read from its source, before any NLP.

    ``published_from`` says where the publication date came from: ``header``
    (the ``date`` line of the seed format), ``text`` (found in the body, e.g.
    an "Update 7/29/2022" line), ``metadata`` (HTML meta, feed, JSONL field),
    ``override`` (``--published``) or ``unknown``.
    """

    doc_id: str
    text: str
    published: date | None = None
    published_from: str = "unknown"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class EventDate:
    """When an event happened, at the precision the text supports.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` for precision ``day``,
    ``month`` or ``year``; both are ``None`` when the text gives no clue.
    """

    value: str | None = None
    precision: Precision | None = None

    @classmethod
    def of_day(cls, day: date) -> EventDate:
        return cls(day.isoformat(), "day")

    @classmethod
    def of_month(cls, year: int, month: int) -> EventDate:
        return cls(f"{year:04d}-{month:02d}", "month")

    @classmethod
    def of_year(cls, year: int) -> EventDate:
        return cls(f"{year:04d}", "year")

    @property
    def known(self) -> bool:
        return self.value is not None


UNKNOWN_DATE = EventDate()


@dataclass(frozen=True)
class Mention:
    """One sentence of one article that reports an event."""

    type: str
    source: str
    target: str
    modality: Modality
    date: EventDate
    evidence: str
    start: int  # character offsets of ``evidence`` in the article text
    end: int
    persons: tuple[str, ...] = ()
    confidence: float = 0.5
    # Facts the state tracker needs: for_consultations, copies (credentials to
    # the foreign minister only), entire_staff, mission ("embassy"/"consulate"),
    # own_side (a downgrade of one's own representation), trigger (the words).
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    """A diplomatic event as reported by one article (its mentions merged).

    The first mention is the one whose sentence is given as ``evidence``.
    """

    doc: str
    type: str
    source: str
    target: str
    date: EventDate
    modality: Modality
    persons: tuple[str, ...]
    evidence: str
    start: int
    end: int
    confidence: float
    cameo: str
    goldstein: float
    plover: str
    plover_mode: str | None
    mentions: tuple[Mention, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Flat JSON-ready form, as printed by ``detente extract``."""
        record = asdict(self)
        record["date"] = self.date.value
        record["date_precision"] = self.date.precision
        record["persons"] = list(self.persons)
        record["mentions"] = [
            {
                "evidence": m.evidence,
                "start": m.start,
                "end": m.end,
                "modality": m.modality,
                "date": m.date.value,
                "date_precision": m.date.precision,
            }
            for m in self.mentions
        ]
        return record


def json_ready(value: Any) -> Any:
    """``value`` for ``json.dumps``: dates as ISO strings, records as dicts, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: json_ready(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Mapping):
        return {str(key): json_ready(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_ready(item) for item in value]
    return value


class JsonRecord:
    """Gives a dataclass record :meth:`to_dict`, keyed by its attribute names."""

    def to_dict(self) -> dict[str, Any]:
        """This record as a JSON-ready dict: its attributes, dates as ISO strings."""
        return {f.name: json_ready(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]
