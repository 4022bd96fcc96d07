"""Mentions of one article -> events: one event per (type, source, target).

The event keeps every mention.  Its modality is that of its first mention that
is not a denial: where an article first reports an event (headline, lead) it
takes its stance on it ("reportedly recalled ..." stays reported when a later
paragraph restates the recall plainly); its date is the
most precise date a mention states, else a default date, else unknown; its
evidence is the first mention with that modality.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from detente.model import Event, EventDate, Mention
from detente.relations.model import Period
from detente.resolve.codes import codes_for

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def merge_mentions(doc_id: str, mentions: list[Mention]) -> list[Event]:
    """One event per type, dyad and date, in order of first mention.

    Mentions of one type and dyad are one event unless they state dates that
    cannot be the same ("recalled its ambassador on Wednesday" and "the last time
    it recalled its ambassador was 2019"); a mention without a date of its own
    joins the first event it can be, and a mention dated only by default (the
    publication month) is not an act stated long before ("Chad expels Sudan's
    envoy" and "Sudan expelled four Chadian diplomats in December 2023, and Chad
    responded in kind" are two expulsions).
    """
    groups: dict[tuple[str, str, str], list[list[Mention]]] = defaultdict(list)
    for mention in _sides_named_win(mentions):
        clusters = groups[(mention.type, mention.source, mention.target)]
        home = next((c for c in clusters if _compatible(c, mention)), None)
        if home is None:
            clusters.append([mention])
        else:
            home.append(mention)
    changes = [m for m in mentions if m.type in _OPPOSITE]
    return [
        _event(doc_id, cluster)
        for clusters in groups.values()
        for cluster in _one_change_a_year(clusters, changes)
    ]


# State changes and the changes that undo them: a state restores ties only after a break.
_OPPOSITE = {
    "RESTORE_RELATIONS": "SEVER_RELATIONS",
    "SEVER_RELATIONS": "RESTORE_RELATIONS",
    "UPGRADE_RELATIONS": "DOWNGRADE_RELATIONS",
    "DOWNGRADE_RELATIONS": "UPGRADE_RELATIONS",
    "OPEN_MISSION": "CLOSE_MISSION",
    "CLOSE_MISSION": "OPEN_MISSION",
}
# How far apart two tellings of one change of state may be dated ('normalised ties in
# September', 'signed the declaration establishing relations on October 18').
_ONE_CHANGE_SPAN = timedelta(days=366)


def _one_change_a_year(
    clusters: list[list[Mention]], changes: list[Mention]
) -> list[list[Mention]]:
    """Clusters of one change of state (ties restored, an embassy opened) dated less than
    a year apart are one act told with different time anchors (GUIDELINES, one event),
    unless the article undoes it in between: a second opening needs a closing first."""
    merged: list[list[Mention]] = []
    for cluster in clusters:
        home = next((m for m in merged if _same_change(m, cluster, changes)), None)
        if home is None:
            merged.append(cluster)
        else:
            home.extend(cluster)
    return merged


def _same_change(first: list[Mention], second: list[Mention], changes: list[Mention]) -> bool:
    kind = first[0].type
    if kind not in _OPPOSITE:
        return False
    one, other = _stated_period(first), _stated_period(second)
    if one is None or other is None:
        return False
    early, late = sorted((one, other), key=lambda p: p.start)
    if late.start - early.end > _ONE_CHANGE_SPAN:
        return False
    pair = {first[0].source, first[0].target}
    return not any(
        m.type == _OPPOSITE[kind]
        and {m.source, m.target} == pair
        and _stated(m)
        and early.start <= Period.of(m.date.value, m.date.precision, None).start <= late.end
        for m in changes
    )


def _stated_period(cluster: list[Mention]) -> Period | None:
    stated = [m.date for m in cluster if _stated(m) and m.modality != "negated"]
    if not stated:
        return None
    best = min(stated, key=lambda d: _PRECISION_RANK[d.precision])
    return Period.of(best.value, best.precision, None)


def _sides_named_win(mentions: list[Mention]) -> list[Mention]:
    """'Relations, which were severed in 2019' is read as both sides' act only while
    the article names no side: 'Caracas broke off ties with Bogota in 2019' says who
    (and what dates no act of its own, 'ties were cut after a bombing', is that act)."""
    named = [m for m in mentions if not m.details.get("agentless")]
    return [
        m
        for m in mentions
        if not m.details.get("agentless")
        or not any(
            n.type == m.type
            and {n.source, n.target} == {m.source, m.target}
            and (dates_compatible(n.date, m.date) or not _stated(m))
            for n in named
        )
    ]


def _compatible(cluster: list[Mention], mention: Mention) -> bool:
    if mention.type in _ONE_PERSON_TYPES and _other_person(cluster, mention):
        return False  # two nominees to one post are two appointments (GUIDELINES)
    if mention.details.get("copies") or any(m.details.get("copies") for m in cluster):
        return True  # copies of credentials, then the letters: steps of one accreditation
    if _announced_then_done(cluster, mention):
        return True
    if mention.type in _IN_ROUNDS and _other_round(cluster, mention):
        return False
    if not _stated(mention):
        return not _is_default(mention) or not any(
            _long_before(m.date, mention.date) for m in cluster if _stated(m)
        )
    if any(_is_default(m) and _long_before(mention.date, m.date) for m in cluster):
        return False
    return all(
        dates_compatible(m.date, mention.date) or _next_day(m.date, mention.date)
        for m in cluster
        if _stated(m)
    )


# How long before an act its announcement may come: 'announced on Jan. 15 that it
# would resume ties' and 'resumed ties on March 25' are one event.
_ANNOUNCEMENT_LEAD = timedelta(days=183)
_IN_ROUNDS = frozenset({"IMPOSE_SANCTIONS", "LIFT_SANCTIONS"})


def _announced_then_done(cluster: list[Mention], mention: Mention) -> bool:
    """Whether the mention and the cluster are an act and its announcement, each
    with a stated date, the announcement no later than the act and not long before
    it: one event (GUIDELINES, an announcement and the implementation of one act)."""
    if not _stated(mention) or mention.modality not in ("planned", "asserted"):
        return False
    if mention.type in _IN_ROUNDS:
        return False  # a new round of sanctions is announced, then adopted: its own event
    others = [m for m in cluster if _stated(m) and m.modality != "negated"]
    if not others or any(_decision(m) == _decision(mention) for m in others):
        return False
    planned, done = (mention, others) if _decision(mention) else (others, mention)
    for act in [done] if isinstance(done, Mention) else done:
        for plan in [planned] if isinstance(planned, Mention) else planned:
            if not _announced_before(plan.date, act.date):
                return False
    return True


def _decision(mention: Mention) -> bool:
    """An act announced ('will reopen') or told as what an agreement makes ('agreed to
    restore ties'), as against the act done."""
    return mention.modality == "planned" or bool(mention.details.get("agreed"))


def _other_round(cluster: list[Mention], mention: Mention) -> bool:
    """Whether one of the two is a round of sanctions the text marks as earlier ('the
    UK already had sanctions in place', 'existing sanctions') and the other tells the
    news as an act ('Britain on Thursday imposed sanctions'): two rounds, unless both
    state dates that can be one, or the act is dated in a year before the news ('first
    imposed in 2014').  Mentions that only restate sanctions join either."""
    earlier = bool(mention.details.get("earlier_round"))
    if earlier == any(m.details.get("earlier_round") for m in cluster):
        return False
    if _stated(mention) and any(_stated(m) for m in cluster):
        return False  # the dates decide, as for any mention
    acts = cluster if earlier else [mention]
    return any(_news_act(m) for m in acts)


def _news_act(mention: Mention) -> bool:
    """An act told as such ('Britain imposed ...'), not dated in a year before the news."""
    if not mention.details.get("told_as_act") or mention.details.get("earlier_round"):
        return False
    return not (_stated(mention) and _background_year(mention))


def _background_year(mention: Mention) -> bool:
    """Whether a mention's stated date lies in a year before the publication's."""
    published = mention.details.get("published_year")
    return isinstance(published, int) and int(mention.date.value[:4]) < published


def _agreed_before_act(mention: Mention, acts: list[Mention]) -> bool:
    """'An agreement to ensure the appointment of ambassadors was reached on 18
    February', with the appointment told in March: the date of an agreement before the
    act's own dates when it was agreed, not when it was done."""
    if not mention.details.get("agreed"):
        return False
    end = Period.of(mention.date.value, mention.date.precision, None).end
    return any(
        act.date.known and end < Period.of(act.date.value, act.date.precision, None).start
        for act in acts
    )


def _announced_before(plan: EventDate, act: EventDate) -> bool:
    plan_period = Period.of(plan.value, plan.precision, None)
    act_period = Period.of(act.value, act.precision, None)
    return (
        plan_period.start <= act_period.start
        and act_period.start - plan_period.end <= _ANNOUNCEMENT_LEAD
        and not dates_compatible(plan, act)
    )


# A stated date that ends this long before a default date's period begins is another act.
_BACKGROUND_GAP = timedelta(days=60)


def _is_default(mention: Mention) -> bool:
    """Told as an act of its own and dated only by the news: the publication or a
    neighbour's day, not a date of its own."""
    return (
        bool(mention.details.get("told_as_act"))
        and mention.date.known
        and not _stated(mention)
        and mention.modality != "planned"
    )


def _long_before(stated: EventDate, default: EventDate) -> bool:
    if not stated.known or not default.known:
        return False
    stated_end = Period.of(stated.value, stated.precision, None).end
    return stated_end < Period.of(default.value, default.precision, None).start - _BACKGROUND_GAP


# Events of one person's career step: another person is another event.
_ONE_PERSON_TYPES = frozenset({"APPOINT_AMBASSADOR"})


def _other_person(cluster: list[Mention], mention: Mention) -> bool:
    """Whether the mention names people and the cluster names others, none sharing a
    name ('Hugo Rodriguez' and 'Hugo Rodrigues' share one: a spelling, one person)."""
    named = [m for m in cluster if m.persons]
    if not mention.persons or not named:
        return False
    words = {w for person in mention.persons for w in _name_words(person)}
    return not any(words & _name_words(p) for m in named for p in m.persons)


def _name_words(person: str) -> set[str]:
    return {w.lower() for w in person.replace(".", " ").split() if len(w) > 2}


def _next_day(first: EventDate, second: EventDate) -> bool:
    """Days one apart: one act told by its own day and by the day it was reported
    ('summoned ... on Wednesday', '..., the agency reported late Tuesday')."""
    if first.precision != "day" or second.precision != "day":
        return False
    apart = date.fromisoformat(first.value) - date.fromisoformat(second.value)
    return abs(apart.days) <= 1


def _stated(mention: Mention) -> bool:
    return bool(mention.details.get("date_stated")) and mention.date.known


def dates_compatible(first: EventDate, second: EventDate) -> bool:
    """Whether two dates can name the same moment: one is a prefix of the other."""
    if not first.known or not second.known:
        return True
    return first.value.startswith(second.value) or second.value.startswith(first.value)


# What mentions tell the merge about themselves; no event keeps it.
_MERGE_ONLY_DETAILS = (
    "date_stated",
    "date_inferred",
    "told_as_act",
    "agreed",
    "agentless",
    "earlier_round",
    "published_year",
)


def _event(doc_id: str, mentions: list[Mention]) -> Event:
    modality = next((m.modality for m in mentions if m.modality != "negated"), "negated")
    if modality == "planned" and any(m.modality == "asserted" for m in mentions):
        modality = "asserted"  # announced, then done: the act
    lead = next(m for m in mentions if m.modality == modality)
    codes = codes_for(lead.type, modality)
    persons = tuple(dict.fromkeys(p for m in mentions for p in m.persons))
    details = {k: v for m in reversed(mentions) for k, v in m.details.items() if v}
    for key in _MERGE_ONLY_DETAILS:
        details.pop(key, None)
    return Event(
        doc=doc_id,
        type=lead.type,
        source=lead.source,
        target=lead.target,
        date=_best_date(mentions, modality),
        modality=modality,
        persons=persons,
        evidence=lead.evidence,
        start=lead.start,
        end=lead.end,
        confidence=max(m.confidence for m in mentions),
        cameo=codes.cameo,
        goldstein=codes.goldstein,
        plover=codes.plover,
        plover_mode=codes.plover_mode,
        mentions=tuple(mentions),
        details=details,
    )


def _best_date(mentions: list[Mention], modality: str) -> EventDate:
    """A stated date beats a default (a stated date of a less certain mention too:
    "will lift sanctions on Monday" dates "the decision to lift"); among stated
    ones the most precise, then the first."""
    supporting = [m for m in mentions if m.modality == modality] or mentions
    # the letters handed to the head of state, not the copies before them, accredit
    supporting = [m for m in supporting if not m.details.get("copies")] or supporting
    # the act took effect when done, not when agreed
    supporting = [m for m in supporting if not m.details.get("agreed")] or supporting
    stated = [m.date for m in supporting if _stated(m)] or [
        m.date for m in mentions if _stated(m) and not _agreed_before_act(m, supporting)
    ]
    if stated:
        return min(stated, key=lambda d: _PRECISION_RANK[d.precision])
    inferred = [m.date for m in supporting if m.details.get("date_inferred")]
    if inferred:  # a neighbouring sentence's day (nlp/discourse.py)
        return inferred[0]
    defaults = [m.date for m in supporting if m.date.known]
    return defaults[0] if defaults else EventDate()
