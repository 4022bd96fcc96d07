"""The discourse layer: what the sentences of one article tell about each other's events.

The grammar reads one sentence at a time.  A reader also uses the article around
it, and so does this layer, over the mentions the grammar found:

* a time memory: a timeline heading ("1976:") dates the entries under it; a
  weekday or date in a neighbouring sentence of the same paragraph, or in a later
  sentence that tells the same act again ("signed the agreement on Thursday"),
  dates an act its own sentence leaves at the publication month (GUIDELINES,
  *Settled cases*); an undated act told right after a dated background act goes on
  with that story (:mod:`detente.nlp.discourse_time` reads the text for it);
* an event memory: "Moscow retaliated in kind", "Thailand reciprocated", "Norway
  followed suit" repeat an earlier act with its roles reversed or its actor
  replaced (:mod:`detente.nlp.anaphora`); "the embargo was lifted" lifts it for every
  state that imposed it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from detente.model import EventDate, Mention
from detente.nlp.anaphora import anaphoric, tells_an_answer
from detente.nlp.context import ArticleContext
from detente.nlp.discourse_time import (
    MAKING,
    MONTHS,
    SHORT_MONTHS,
    answering,
    background_date,
    day_heading_date,
    heading_date,
    in_perfect,
    is_headline,
    live_entry,
    names_the_act,
    news_day,
    reported_back,
    same_stance,
    with_date,
    words,
)
from detente.nlp.filing_day import weekday_dateline_day
from detente.nlp.segment import Sentence
from detente.nlp.timex import find_time_expressions

_LEAD_REACH = 6  # sentences below a headline searched for its lead
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled)?\s*to)\b", re.I)
_LEAD_WORDS = 8  # fewer: a dateline or a caption, not the lead
_STORY_REACH = 2  # sentences back a background story may go on from
# "1976:", "October 1963:", "1969 and 1972:", "2019 -": a timeline heading, alone or
# opening its entry.
# A bullet may open it ("- 1976:", "• 2016 —"), and a year alone on its line heads
# the lines below it.
# A day may head it too, its month written short ("Aug. 28, 2022 - The two ...") or
# after the day ("- 3 June 2022: Chile recalls ...").
_HEADING = re.compile(
    rf"\A\s*(?:[-–—•*·▪]\s*)?(?:(?:(?P<day_first>[0-3]?\d)\s+)?(?P<month>{MONTHS}|{SHORT_MONTHS})\s+"
    rf"(?:(?P<day>[0-3]?\d),?\s+)?)?(?P<year>1[89]\d\d|20\d\d)"
    rf"(?:\s*(?:and|,|-|–)\s*(?:1[89]\d\d|20\d\d))*\s*(?::|\s[-–—]\s|\Z)"
)
# "March 25 - Honduras announces ...", "25 March: ...": an entry of this year's timeline,
# headed by its day alone.
_DAY_HEADING = re.compile(
    rf"\A\s*(?:[-–—•*·▪]\s*)?(?:(?P<month>{MONTHS}|{SHORT_MONTHS})\s+(?P<day>[0-3]?\d)"
    rf"|(?P<day_first>[0-3]?\d)\s+(?P<month_after>{MONTHS}))(?:st|nd|rd|th)?\s*(?::|\s[-–—]\s)"
)


def revise(
    mentions: list[Mention], context: ArticleContext, text: str, published: date | None
) -> list[Mention]:
    """The article's mentions with discourse applied: dates from headings and
    neighbours, then the acts that anaphora and lifted embargoes repeat."""
    if not mentions:
        return []  # nothing to date, answer or lift: most articles of a firehose
    article = _Article(context, text, published)
    dated = [article.dated(m, mentions) for m in mentions]
    return _lifted_for_all(dated + list(anaphoric(dated, article)), context)


@dataclass(frozen=True)
class _Article:
    context: ArticleContext
    text: str
    published: date | None

    @property
    def sentences(self) -> list[Sentence]:
        return self.context.sentences

    def index_of(self, mention: Mention) -> int:
        return next(s.index for s in self.sentences if s.start == mention.start)

    # --- time memory ---------------------------------------------------------

    def dated(self, mention: Mention, mentions: list[Mention]) -> Mention:
        """The mention dated by a heading above it or a neighbouring sentence, where
        its own sentence states no date."""
        if mention.details.get("date_stated") or mention.modality == "negated":
            return mention
        index = self.index_of(mention)
        if mention.modality == "planned":
            return self.dated_by_lead(mention, mentions, index, "future")
        heading = self.heading_above(index)
        if heading is not None:
            return with_date(mention, heading)
        if self.published is None or mention.date.precision not in ("month", None):
            return mention
        if mention.date.precision == "month" and not reported_back(mention):
            dateline = self.dateline_day(index)
            if dateline is not None:  # 'BEIJING, Monday (Xinhua) -- China summoned ...'
                return with_date(mention, dateline, stated=False)
            if live_entry(
                self.sentences, index, self.text
            ):  # '10:42 GMT - Norway has expelled ...'
                return with_date(mention, EventDate.of_day(self.published), stated=False)
            for neighbour in self.neighbours(index):
                if tells_an_answer(self.sentences[neighbour].text):
                    continue  # "Moscow responded in kind on Friday": the answer's day
                found = news_day(self.sentences[neighbour].text, self.published)
                if found is not None and not _dates_another_act(
                    found, neighbour, mention, mentions, self
                ):
                    return with_date(mention, found, stated=False)
            by_lead = self.dated_by_lead(mention, mentions, index, "past")
            if by_lead is not mention:
                return by_lead
            retold = self.dated_by_retelling(mention, mentions, index)
            if retold is not mention:
                return retold
        return self.dated_by_story(mention, mentions, index)

    def dated_by_retelling(self, mention: Mention, mentions: list[Mention], index: int) -> Mention:
        """'Burma and North Korea have agreed to restore relations.' ... 'The two deputy
        ministers signed the agreement on Thursday.': a sentence further on that tells
        the same act again (a word of its family, or the agreement, decision or
        measures that make it) of the same state (or, right after it, of no state named:
        'The foreign ministry made the announcement on Saturday'), with a day of the news,
        dates it;
        only when the article gives one such day, and its own sentence none (a time
        there that the grammar did not attach belongs to something else)."""
        if find_time_expressions(self.sentences[index].text, self.published):
            return mention
        days = set()
        for sentence in self.sentences:
            if sentence.index == index or is_headline(sentence.text):
                continue
            named = {span.code for span in self.context.actors[sentence.index]}
            # the sentence right after may tell it of the state it names no more ('The
            # foreign ministry made the announcement on Saturday')
            of_the_state = mention.source in named or (not named and sentence.index == index + 1)
            if not of_the_state or not (
                names_the_act(sentence.text, mention) or MAKING.search(sentence.text)
            ):
                continue
            found = news_day(sentence.text, self.published)
            if found is not None and not _dates_another_act(
                found, sentence.index, mention, mentions, self
            ):
                days.add(found)
        if len(days) != 1:
            return mention
        return with_date(mention, days.pop(), stated=False)

    def dated_by_story(self, mention: Mention, mentions: list[Mention], index: int) -> Mention:
        """'Caracas had broken off ties with Bogota in 2019. It also closed the border.
        Embassies in both countries were shut down': an undated act told in the past
        right after a dated background act goes on with its story and takes its date;
        not an act in the perfect ('have reopened': the news) nor the kind of act the
        article leads with, unless told as the answer to it ('Moscow answered by
        expelling ...'), whose date is its story's, firm enough to tell acts apart."""
        answer = answering(mention)
        if (in_perfect(mention) or self.leads_with(mention, mentions)) and not answer:
            return mention
        if find_time_expressions(self.sentences[index].text, self.published):
            return mention  # a time of its own that the grammar did not attach
        for back in range(index - 1, max(-1, index - 1 - _STORY_REACH), -1):
            start = self.sentences[back].start
            told = [
                m.date
                for m in mentions
                if m.start == start
                and background_date(m, self.published)
                and same_stance(m, mention)
            ]
            if told:
                return with_date(mention, told[-1], stated=answer)
            if find_time_expressions(self.sentences[back].text, self.published):
                return mention  # the story moved to another time
        return mention

    def leads_with(self, mention: Mention, mentions: list[Mention]) -> bool:
        """Whether the headline or lead tells an act of the mention's kind."""
        lead = self.lead()
        last = self.sentences[lead].start if lead is not None else 0
        return any(m.type == mention.type and m.start <= last for m in mentions)

    def dated_by_lead(
        self, mention: Mention, mentions: list[Mention], index: int, tense: str
    ) -> Mention:
        """'Putin will receive on Thursday the credentials of 18 new ambassadors.' ...
        'the ambassadors of Chile, Peru and Nepal will present credentials': the lead
        tells the news with its day, later sentences fill in who; an act of the same
        kind they name without a time takes the lead's day (for a planned act, the
        day it is planned for)."""
        lead = self.lead()
        if lead is None or lead >= index or self.published is None:
            return mention
        text = self.sentences[lead].text
        if not names_the_act(text, mention) or (tense == "future" and not _FUTURE.search(text)):
            return mention
        found = news_day(text, self.published, tense)
        if found is None or _dates_another_act(found, lead, mention, mentions, self):
            return mention
        return with_date(mention, found, stated=False)

    def lead(self) -> int | None:
        """The article's first sentence that is not a headline, byline, stamp or
        dateline ('MOSCOW, March 16.')."""
        opening = self.sentences[:_LEAD_REACH]
        return next(
            (s.index for s in opening if not is_headline(s.text) and words(s) >= _LEAD_WORDS),
            None,
        )

    def dateline_day(self, index: int) -> EventDate | None:
        """The day a weekday dateline opening the sentence's paragraph names: as good as
        'on Monday' for the acts the lead tells with no time of their own."""
        first = index
        while first > 0 and self.in_one_block(first - 1, index):
            first -= 1
        when = weekday_dateline_day(self.sentences[first].text, self.published)
        return EventDate.of_day(when) if when is not None else None

    def heading_above(self, index: int) -> EventDate | None:
        """The date of the timeline heading the sentence stands under: its own opening
        ("1976: Morocco breaks off ...") or the latest heading above it."""
        for sentence in reversed(self.sentences[: index + 1]):
            # a day opens one entry, or stamps a page: it heads no line below, but the
            # entry's other sentences ("March 25 - A cuts ties. B closes its embassy.")
            in_entry = sentence.index == index or self.in_one_block(sentence.index, index)
            match = _HEADING.match(sentence.text)
            if match and (in_entry or heading_date(match).precision != "day"):
                return heading_date(match)
            match = _DAY_HEADING.match(sentence.text)
            if match and in_entry and self.published is not None:
                return day_heading_date(match, self.published)
        return None

    def neighbours(self, index: int) -> Iterator[int]:
        """The previous and the next sentence where they share the paragraph; for a
        headline, the lead below it (past bylines and time stamps)."""
        headline = is_headline(self.sentences[index].text)
        for other in (index - 1, index + 1):
            if 0 <= other < len(self.sentences) and self.same_paragraph(index, other):
                stamp = headline and other < index and is_headline(self.sentences[other].text)
                if not stamp:  # the line above a headline is a page's stamp or menu
                    yield other
        if headline:
            below = self.sentences[index + 2 : index + 1 + _LEAD_REACH]
            lead = next((s.index for s in below if not is_headline(s.text)), None)
            if lead is not None:
                yield lead

    def same_paragraph(self, first: int, second: int) -> bool:
        low, high = sorted((first, second))
        if low == 0:
            return True  # the headline (or the lead) and what follows it
        return self.in_one_block(low, high)

    def in_one_block(self, first: int, second: int) -> bool:
        """Whether no line break parts the two sentences."""
        low, high = sorted((first, second))
        return "\n" not in self.text[self.sentences[low].end : self.sentences[high].start]


def _dates_another_act(
    when: EventDate, neighbour: int, mention: Mention, mentions: list[Mention], article: _Article
) -> bool:
    """Whether the neighbour states that date for another act of its own."""
    start = article.sentences[neighbour].start
    return any(
        m.start == start
        and m.details.get("date_stated")
        and m.date == when
        and (m.type, m.source, m.target) != (mention.type, mention.source, mention.target)
        and not _joint_act(m, mention)
        for m in mentions
    )


# Ties two states restore or raise together: one act told from either side.
_JOINT_TYPES = frozenset({"RESTORE_RELATIONS", "UPGRADE_RELATIONS"})


def _joint_act(first: Mention, second: Mention) -> bool:
    """'Grenada resumed relations with China on Thursday' ... 'the resumption of
    relations between China and Grenada': the same act, whichever state leads."""
    return first.type == second.type in _JOINT_TYPES and (first.source, first.target) == (
        second.target,
        second.source,
    )


def _lifted_for_all(mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """'The embargo was lifted in 2013': a lifting whose sentence names no lifter ends
    the sanctions of every state that imposed them on that target (the latest target
    when the sentence names none)."""
    starts = {s.start: s.index for s in context.sentences}
    revised: list[Mention] = []
    for mention in mentions:
        revised += _lifters(mention, mentions, context, starts) or [mention]
    return revised


def _lifters(
    lifting: Mention, mentions: list[Mention], context: ArticleContext, starts: dict[int, int]
) -> list[Mention]:
    if lifting.type != "LIFT_SANCTIONS":
        return []
    index = starts[lifting.start]
    named = {span.code for span in context.actors[index]}
    if lifting.source in named:
        return []  # the sentence names who lifted
    imposed = [m for m in mentions if m.type == "IMPOSE_SANCTIONS" and starts[m.start] < index]
    # "The embargo was lifted" names no target either: the latest one imposed on.
    target = imposed[-1].target if lifting.target not in named and imposed else lifting.target
    imposers = dict.fromkeys(m.source for m in imposed if m.target == target)
    return [
        replace(lifting, source=source, target=target, confidence=min(lifting.confidence, 0.6))
        for source in imposers
    ]
