"""What the time memory of :mod:`detente.nlp.discourse` reads off the article's text:
which line is a headline, which day of the news a sentence names, whether a sentence
tells the same act again, and how a mention's tense places it.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from detente.model import EventDate, Mention
from detente.nlp.lexicon import fold, inflections, load_lexicon
from detente.nlp.segment import Sentence
from detente.nlp.timex import find_time_expressions

# How far before publication a neighbour's date may lie and still be the news itself.
_NEWS_DAYS = 10
# Months as datelines and timelines shorten them: "Aug. 28", "Sept. 26", "9 Jan 2020".
SHORT_MONTHS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b)"
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_HEADLINE_WORDS = 25
_ANCHOR_REACH = 3  # sentences back that 'two days later' may count from
_STAMP = re.compile(r"\b\d{1,2}:\d\d\b|\b(?:[Uu]pdated|[Pp]ublished|[Pp]osted)\b")
# A live page's entry opens on its clock time ("10:42 GMT - Norway has expelled ...",
# "0942 GMT: ...", "14:05 | ..."), or has it alone on the line above.
_CLOCK = (
    r"(?:\d{1,2}[:.]\d\d(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CES?T|E[SD]T|ET|IST|JST))?"
    r"|\d{4}\s*(?:GMT|UTC))"
)
_ENTRY_STAMP = re.compile(rf"\A\s*{_CLOCK}\s*(?:[-–—:|]\s|\Z)")
# Nouns for what makes an act: "signed the agreement", "announcing their measures".
MAKING = re.compile(
    r"\b(?:agreement|deal|accord|communiqu[eé]|decision|measures|announcement)\b", re.I
)
# Acts that strain relations; the others mend them.  A story of a break goes on with
# more breaking ('cut ties ... embassies were shut'); a mending told after it is later.
_STRAINING = frozenset(
    {"EXPEL_DIPLOMAT", "RECALL_DIPLOMAT", "SUMMON_DIPLOMAT", "REVOKE_AGREMENT", "CLOSE_MISSION",
     "SEVER_RELATIONS", "DOWNGRADE_RELATIONS", "IMPOSE_SANCTIONS"}
)  # fmt: skip


def is_headline(text: str) -> bool:
    """A short line with no closing punctuation: a headline, byline or stamp."""
    stripped = text.rstrip()
    return stripped[-1:] not in ".!?\"'”’)" and len(stripped.split()) <= _HEADLINE_WORDS


def live_entry(sentences: list[Sentence], index: int, article: str) -> bool:
    """Whether the sentence is an entry of a live page stamped with the clock time of
    its posting: news of the day it was filed, as good as 'today'.  An entry's own
    headline under the stamp is not: its text below tells when ('said on Wednesday it
    had declared ...').  The stamp may open the sentence or its line, the segmenter
    having cut it off the sentence."""
    sentence = sentences[index]
    line = article[article.rfind("\n", 0, sentence.start) + 1 : sentence.start] + sentence.text
    if _ENTRY_STAMP.match(line):
        return True
    above = sentences[index - 1].text if index else ""
    stamped = bool(_ENTRY_STAMP.match(above)) and len(above.split()) <= 3
    return stamped and not is_headline(sentence.text)


def words(sentence: Sentence) -> int:
    return len(sentence.text.split())


def in_perfect(mention: Mention) -> bool:
    """'have restored', 'has been closed': told as the present's news, not a story."""
    trigger = str(mention.details.get("trigger", ""))
    return bool(trigger) and (
        re.search(rf"\bha(?:s|ve)\s+(?:\w+\s+)?(?:been\s+)?{re.escape(trigger)}", mention.evidence)
        is not None
    )


def answering(mention: Mention) -> bool:
    """'Moscow answered by expelling 40 German employees': an act told as the answer to
    the one before it, so it goes on with that story whatever the article leads with."""
    trigger = str(mention.details.get("trigger", ""))
    return bool(trigger) and (
        re.search(
            rf"\b(?:answer|respond|retaliat|repl(?:y|i)|react|hit\w*\s+back)\w*\s+"
            rf"(?:[\w,]+\s+){{0,4}}?by\s+{re.escape(trigger)}",
            mention.evidence,
            re.I,
        )
        is not None
    )


def same_stance(first: Mention, second: Mention) -> bool:
    return (first.type in _STRAINING) == (second.type in _STRAINING)


def reported_back(mention: Mention) -> bool:
    """'It said the country had recalled ...': the act lies before the saying, whose
    day does not date it (GUIDELINES)."""
    trigger = str(mention.details.get("trigger", ""))
    return (
        bool(trigger)
        and re.search(rf"\bhad\s+(?:\w+\s+)?{re.escape(trigger)}", mention.evidence) is not None
    )


def with_date(mention: Mention, when: EventDate, stated: bool = True) -> Mention:
    """``stated=False``: a date read off a neighbour ranks above a default but never
    splits one act into two events (merge.py)."""
    key = "date_stated" if stated else "date_inferred"
    return replace(mention, date=when, details={**mention.details, key: True})


def heading_date(match: re.Match[str]) -> EventDate:
    year = int(match["year"])
    if not match["month"]:
        return EventDate.of_year(year)
    month = [m[:3] for m in MONTHS.split("|")].index(match["month"][:3]) + 1
    day = match["day"] or match["day_first"]
    if day and 1 <= int(day) <= monthrange(year, month)[1]:
        return EventDate.of_day(date(year, month, int(day)))
    return EventDate.of_month(year, month)


def day_heading_date(match: re.Match[str], published: date) -> EventDate | None:
    """The day a timeline entry heads without a year: the last such day up to
    publication ('December 30' in a January article is of the year before)."""
    month_name = match["month"] or match["month_after"]
    month = [m[:3] for m in MONTHS.split("|")].index(month_name[:3]) + 1
    day = int(match["day"] or match["day_first"])
    for year in (published.year, published.year - 1):
        if 1 <= day <= monthrange(year, month)[1] and date(year, month, day) <= published:
            return EventDate.of_day(date(year, month, day))
    return None


def news_day(text: str, published: date, tense: str = "past") -> EventDate | None:
    """A day named in ``text`` within the days just before publication (the news), or
    for ``future`` just after it (what is planned); a page's time stamp ('Updated
    10:34 GMT') tells when it was written, not the act."""
    if _STAMP.search(text):
        return None
    shift = timedelta(days=_NEWS_DAYS if tense == "future" else -_NEWS_DAYS)
    earliest, latest = sorted((published.isoformat(), (published + shift).isoformat()))
    for expression in find_time_expressions(text, published, tense):
        when = expression.date
        is_day = expression.role == "point" and when.precision == "day" and when.value
        if is_day and earliest <= when.value <= latest:
            return when
    return None


def names_the_act(text: str, mention: Mention) -> bool:
    """Whether ``text`` names an act of the mention's kind with its trigger word or a
    word of the same family ('expelled' for 'the expulsion', 'resumed' for 'the
    resumption')."""
    trigger = fold(str(mention.details.get("trigger", "")))
    if len(trigger) < 3:
        return False
    family = _act_family(mention.type, trigger)
    return any(fold(word) in family for word in re.findall(r"[\w'-]+", text))


@lru_cache(maxsize=256)  # asked for every neighbour of every mention
def _act_family(event_type: str, trigger: str) -> frozenset[str]:
    """The trigger word and the forms of its type's lemmas that share its first letters."""
    return frozenset({trigger}) | {
        form
        for rule in load_lexicon().rules
        if rule.type == event_type
        for lemma in rule.lemmas
        if lemma[:3] == trigger[:3]
        for form in inflections(lemma)
    }


def time_named_before(
    sentences: list[Sentence], index: int, published: date | None, precision: str | None = None
) -> EventDate | None:
    """The last time the few sentences before ``index`` named: what 'two days later'
    and 'the following day' count from; with ``precision``, the last time named that
    precisely (the day 'the same day' means, past a year named since)."""
    for sentence in reversed(sentences[max(0, index - _ANCHOR_REACH) : index]):
        found = [
            when
            for when in _times_named(sentence.text, published)
            if when.known and precision in (None, when.precision)
        ]
        if found:
            return found[-1]
    return None


@lru_cache(maxsize=64)
def _times_named(text: str, published: date | None) -> tuple[EventDate, ...]:
    """The dates a sentence names; asked again for the next sentences' anchors."""
    return tuple(e.date for e in find_time_expressions(text, published))


def background_date(mention: Mention, published: date | None) -> bool:
    """Whether the mention states a date in an earlier year than publication."""
    when = mention.date
    return bool(
        mention.details.get("date_stated")
        and when.known
        and published is not None
        and when.precision in ("year", "month")
        and int(when.value[:4]) < published.year
    )
