"""Score system events against gold events, as GUIDELINES.md §Scoring says.

Matching, within one document:

- A system event matches a gold event when ``type``, ``source`` and
  ``target`` are equal; each gold event matches at most one system event and
  each system event at most one gold event.  Where several pairings are
  possible, pairs whose date agrees (see :func:`date_agrees`) and whose
  modality agrees are made first, then date only, then modality only, then
  the rest; ties go in document order.  Because every system event of one
  (type, source, target) can pair with every gold event of it, this always
  makes as many matches as possible.
- System events whose modality is ``negated`` are not predictions: the system
  says the event did not happen.  They are set aside before matching, so they
  are neither true nor false positives, and a gold event they would have
  matched stays a miss.
- Gold events whose modality is ``negated`` are not events to find: missing
  them costs nothing.  They are matched only after the other gold events
  have taken their system events, so that a system event is never spent on a
  negated gold event when a counted one of the same type and actors is there.
  A system event that then matches a negated gold event is a false positive
  when it is ``asserted`` or ``reported`` (the guideline's rule).  A
  ``planned`` one is set aside: the guideline names only asserted and
  reported, and "will not lift" read as a plan is the nearest wrong reading,
  not a claim that it happened.  A planned system event that matches no gold
  event at all is an ordinary false positive.
- Planned gold events are ordinary gold events; any non-negated system
  modality matching one is a true positive (modality accuracy tells them apart).

Figures, summed over documents (micro-averaged):

- precision = TP / (TP + FP), recall = TP / (TP + misses), F1 their harmonic
  mean; ``None`` when the denominator is zero;
- date accuracy over true positives whose gold date is known: correct when
  the system date, cut to the gold precision, equals the gold date (a coarser
  or missing system date is wrong);
- modality accuracy over true positives;
- the same for each event type (a false positive counts under the system
  event's type, a miss under the gold event's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from detente.evaluate.gold import GoldDocument, GoldEvent
from detente.model import EVENT_TYPES, Event, EventDate

NO_GOLD_EVENT = "no gold event"
GOLD_NEGATED = "gold says it did not happen"


@dataclass(frozen=True)
class Match:
    """A gold event found by a system event (a true positive)."""

    gold: GoldEvent
    system: Event

    @property
    def date_correct(self) -> bool:
        return date_agrees(self.gold.date, self.system.date)

    @property
    def modality_correct(self) -> bool:
        return self.gold.modality == self.system.modality


@dataclass(frozen=True)
class Miss:
    """A gold event no system event matched (a false negative)."""

    doc: str
    gold: GoldEvent


@dataclass(frozen=True)
class FalsePositive:
    """A system event that counts against precision, and why."""

    doc: str
    system: Event
    why: str


@dataclass(frozen=True)
class DocumentScore:
    """How the system did on one article."""

    doc: str
    matches: tuple[Match, ...]
    misses: tuple[Miss, ...]
    false_positives: tuple[FalsePositive, ...]
    # System events that are neither true nor false positives (see module doc).
    set_aside: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Tally:
    """Counts from which every figure is computed."""

    true_positives: int = 0
    false_positives: int = 0
    misses: int = 0
    dated: int = 0  # true positives whose gold date is known
    dates_correct: int = 0
    modalities_correct: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.misses + other.misses,
            self.dated + other.dated,
            self.dates_correct + other.dates_correct,
            self.modalities_correct + other.modalities_correct,
        )

    @property
    def precision(self) -> float | None:
        return _ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float | None:
        return _ratio(self.true_positives, self.true_positives + self.misses)

    @property
    def f1(self) -> float | None:
        precision, recall = self.precision, self.recall
        if precision is None or recall is None:
            return None
        if precision + recall == 0:
            return 0.0
        return 2 * precision * recall / (precision + recall)

    @property
    def date_accuracy(self) -> float | None:
        return _ratio(self.dates_correct, self.dated)

    @property
    def modality_accuracy(self) -> float | None:
        return _ratio(self.modalities_correct, self.true_positives)


@dataclass(frozen=True)
class Scorecard:
    """Scores over a set of documents: overall, per event type, and what went wrong."""

    documents: tuple[DocumentScore, ...]
    overall: Tally
    per_type: dict[str, Tally] = field(default_factory=dict)

    @property
    def misses(self) -> list[Miss]:
        return [miss for document in self.documents for miss in document.misses]

    @property
    def false_positives(self) -> list[FalsePositive]:
        return [fp for document in self.documents for fp in document.false_positives]


def date_agrees(gold: EventDate, system: EventDate) -> bool:
    """True when ``system`` states ``gold``'s date at ``gold``'s precision or finer.

    ``2021-10-17`` agrees with a gold ``2021-10``; ``2021`` does not (too
    coarse); an unknown date on either side never agrees.
    """
    if gold.value is None or system.value is None:
        return False
    # Values are YYYY, YYYY-MM or YYYY-MM-DD, so the gold value's length is its precision.
    return len(system.value) >= len(gold.value) and system.value[: len(gold.value)] == gold.value


def score_document(gold: GoldDocument, events: Sequence[Event]) -> DocumentScore:
    """Match one article's system ``events`` against its ``gold`` annotations."""
    predictions = [event for event in events if event.modality != "negated"]
    counted_gold = [event for event in gold.events if event.modality != "negated"]
    negated_gold = [event for event in gold.events if event.modality == "negated"]

    found = _pair(counted_gold, predictions)
    leftover = _unpaired(predictions, {s for _, s in found})
    on_negated_pairs = _pair(negated_gold, leftover)
    on_negated = [leftover[s] for _, s in on_negated_pairs]

    false_positives = [
        FalsePositive(gold.doc, system, NO_GOLD_EVENT)
        for system in _unpaired(leftover, {s for _, s in on_negated_pairs})
    ]
    false_positives += [
        FalsePositive(gold.doc, system, GOLD_NEGATED)
        for system in on_negated
        if system.modality != "planned"
    ]
    set_aside = [event for event in events if event.modality == "negated"]
    set_aside += [system for system in on_negated if system.modality == "planned"]
    return DocumentScore(
        doc=gold.doc,
        matches=tuple(Match(counted_gold[g], predictions[s]) for g, s in found),
        misses=tuple(
            Miss(gold.doc, event) for event in _unpaired(counted_gold, {g for g, _ in found})
        ),
        false_positives=tuple(false_positives),
        set_aside=tuple(set_aside),
    )


def summarize(documents: Iterable[DocumentScore]) -> Scorecard:
    """Sum document scores into overall and per-type figures."""
    documents = tuple(documents)
    per_type: dict[str, Tally] = {}
    for document in documents:
        for event_type, tally in tally_by_type(document).items():
            per_type[event_type] = per_type.get(event_type, Tally()) + tally
    overall = sum(per_type.values(), Tally())
    return Scorecard(documents, overall, dict(sorted(per_type.items(), key=_type_order)))


def tally_by_type(document: DocumentScore) -> dict[str, Tally]:
    """The counts of one document, per event type."""
    tallies: dict[str, Tally] = {}

    def add(event_type: str, tally: Tally) -> None:
        tallies[event_type] = tallies.get(event_type, Tally()) + tally

    for match in document.matches:
        dated = match.gold.date.value is not None
        add(
            match.gold.type,
            Tally(
                true_positives=1,
                dated=int(dated),
                dates_correct=int(dated and match.date_correct),
                modalities_correct=int(match.modality_correct),
            ),
        )
    for miss in document.misses:
        add(miss.gold.type, Tally(misses=1))
    for false_positive in document.false_positives:
        add(false_positive.system.type, Tally(false_positives=1))
    return tallies


def _pair(
    gold_events: Sequence[GoldEvent], system_events: Sequence[Event]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of same (type, source, target).

    Preferred pairs (date agrees, then modality agrees) are taken first.
    """
    candidates = sorted(
        (not date_agrees(gold.date, system.date), gold.modality != system.modality, g, s)
        for g, gold in enumerate(gold_events)
        for s, system in enumerate(system_events)
        if _key(gold) == _key(system)
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, _, g, s in candidates:
        if g not in used_gold and s not in used_system:
            used_gold.add(g)
            used_system.add(s)
            pairs.append((g, s))
    return pairs


Item = TypeVar("Item")


def _unpaired(items: Sequence[Item], paired: set[int]) -> list[Item]:
    return [item for index, item in enumerate(items) if index not in paired]


def _key(event: GoldEvent | Event) -> tuple[str, str, str]:
    return event.type, event.source, event.target


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _type_order(item: tuple[str, Tally]) -> tuple[int, str]:
    event_type = item[0]
    return (
        EVENT_TYPES.index(event_type) if event_type in EVENT_TYPES else len(EVENT_TYPES),
        event_type,
    )
