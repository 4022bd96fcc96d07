"""The event memory: "Moscow retaliated in kind", "Thailand reciprocated", "Norway
followed suit", "So did Bahrain" repeat an earlier act of the article with its roles
reversed or its actor replaced, each dated by its own time expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Protocol

from detente.model import UNKNOWN_DATE, EventDate, Mention
from detente.nlp.actors import ActorSpan, is_organisation
from detente.nlp.context import ArticleContext
from detente.nlp.segment import Sentence
from detente.nlp.timex import find_time_expressions


class Told(Protocol):
    """The article as the event memory reads it (discourse's view of it)."""

    context: ArticleContext
    published: date | None

    @property
    def sentences(self) -> list[Sentence]: ...

    def index_of(self, mention: Mention) -> int: ...


# An answer in kind reverses the earlier act; following suit repeats it by another actor.
_REVERSING = (
    # "reciprocated", "prompting Russia to respond in kind", "is responding in kind"
    r"reciprocat(?:ed|es|e|ing)|(?:retaliat|respond|repl(?:y|ie|i))\w*\s+in\s+kind|"
    r"returned\s+the\s+favou?r|"
    # "Moscow took mirror measures", "responded with reciprocal measures"
    r"(?:took|made|adopted|introduced|responded\s+with|retaliated\s+with)\s+(?:a\s+)?"
    r"(?:mirror|reciprocal|symmetrical|tit-for-tat)\s+(?:measures?|steps?|response|moves?)|"
    # "The Kremlin hit back with a similar measure": an answer in the same coin
    r"(?:hit\s+back|retaliated|responded|replied)\s+with\s+(?:a\s+)?(?:similar|the\s+same)\s+"
    r"(?:measures?|steps?|moves?|response)"
)
_REPEATING = (
    r"followed\s+suit|did\s+(?:the\s+same|likewise)|"
    # "and Nicaragua followed.", "Britain followed a day later": no object of its own
    r"followed(?:\s+(?:on\s+\w+|soon|shortly|quickly|immediately|(?:\w+\s+){1,2}later))?"
    r"(?=\s*(?:[.;]|,\s+(?:and|while|but|as)\b|\Z))|"
    # "took the same step", "made a similar move", "announced similar measures"
    r"(?:took|made|announced)\s+(?:a\s+similar|similar|the\s+same)\s+"
    r"(?:step|measure|action|move|decision)s?|"
    # "Canada and Australia announced their own measures"
    r"(?:took|announced|unveiled|adopted|introduced|imposed)\s+(?:its|their)\s+own\s+"
    r"(?:measures|steps|sanctions)"
)
# "Moscow responded by expelling the same number": an answer whose verb gives the act
_ANSWERING = (
    r"(?:retaliated|responded|replied|reacted|hit\s+back)\s+(?:[\w,]+\s+){0,4}?by\s+"
    r"(?P<act>expelling|recalling|summoning)"
)
# "Baku retaliated on Wednesday": a bare retaliation, with no 'with' or 'by' saying
# how, answers an expulsion with an expulsion (tit for tat); any other act it may answer
# in any way
_RETALIATING = (
    r"(?P<bare>(?:retaliat(?:ed|es)|(?:hit|hits|struck|strikes)\s+back)"
    r"(?!\s+(?:[\w']+\s+){0,4}?(?:with|by|through|in\s+kind)\b)(?!,?\s+\w+ing\b))"
)
_ANSWERED_ACTS = {
    "expelling": "EXPEL_DIPLOMAT",
    "recalling": "RECALL_DIPLOMAT",
    "summoning": "SUMMON_DIPLOMAT",
}
# "So did Bahrain and the UAE.", "So too have Chad and Mali": the subjects follow
_INVERTED = (
    r"(?:(?<=\band )|(?<![\w,] ))so\s+(?:too\s+|also\s+)?(?:did|have|has|had)|"
    # "Panama cut ties in 2017, followed by the Dominican Republic in 2018": each at its time
    r"(?<=, )followed\s+by"
)
_ANAPHOR = re.compile(
    rf"\b(?:(?P<reversing>{_REVERSING}|{_ANSWERING}|{_RETALIATING})|(?P<repeating>{_REPEATING})"
    rf"|(?P<inverted>{_INVERTED}))\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|never|n['’]t|yet\s+to)\s+(?:\w+\s+)?\Z", re.I)
# "Moscow vowed to respond in kind", "Rabat will reciprocate": still to come; not
# "prompting Russia to respond in kind", which was done
_TO_COME = re.compile(r"\b(?:to|will|would|could|may|might|shall)\s+(?:\w+\s+)?\Z", re.I)
_CAUSED = re.compile(r"\b(?:prompt|forc|lead|led|caus|spur)\w*\s+(?:\w+\s+){0,2}\Z", re.I)
# Between a subject and its verb: "Moscow quickly", "Rabat, in turn,", "Thailand also"
_SUBJECT_GAP = re.compile(
    r"\A(?:\s*,[^,.;]{1,25},)?\s+"
    r"(?:\w+ly\s+|also\s+|then\s+|later\s+|soon\s+|since\s+|already\s+|both\s+|"
    r"ha(?:ve|s|d)\s+)*\Z"
)
_COORDINATION = re.compile(r"\A(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?\Z")
_NOT_ANSWERED = frozenset({"PRESENT_CREDENTIALS", "APPOINT_AMBASSADOR"})
_ANAPHOR_REACH = 2  # sentences back an anaphor looks for the act it repeats
# ... and for the latest act done to the answering state itself ("Moscow expelled
# three Lithuanian diplomats. [...] On Wednesday, Vilnius responded in kind.")
_ANSWER_REACH = 6
_REACH = max(_ANAPHOR_REACH, _ANSWER_REACH)  # the farthest an act taken up may lie


def tells_an_answer(text: str) -> bool:
    """Whether the sentence repeats or answers an earlier act ('Moscow responded in kind
    on Friday'): a day it names is the answer's, not the earlier act's."""
    return _ANAPHOR.search(text) is not None


def anaphoric(mentions: list[Mention], article: Told) -> Iterator[Mention]:
    """The acts that 'reciprocated', 'retaliated in kind', 'followed suit' and 'took
    a similar step' repeat, each dated by its own time expression."""
    found = list(mentions)
    told = _sentences_telling(found, article)
    for sentence in article.sentences:
        if not any(0 <= sentence.index - where <= _REACH for where in told):
            continue  # no act in reach to take up: spare the regex, the costliest test here
        for match in _ANAPHOR.finditer(sentence.text):
            if _NEGATED.search(sentence.text[: match.start()]):
                continue
            spans = article.context.actors[sentence.index]
            subjects = (
                _subjects_after(spans, sentence.text, match.end())
                if match["inverted"]
                else _subjects(spans, sentence.text, match.start())
            )
            if match["inverted"] and not subjects:
                continue
            earlier = _antecedent(found, article, sentence.index, match, subjects)
            if earlier is None or _spelled_out(found, article, sentence.index, match, subjects):
                continue
            for mention in _answers(earlier, subjects, sentence, match, article):
                found.append(mention)
                told.add(sentence.index)
                yield mention


def _sentences_telling(mentions: list[Mention], article: Told) -> set[int]:
    """The indexes of the sentences the mentions are told in."""
    starts = {mention.start for mention in mentions}
    return {sentence.index for sentence in article.sentences if sentence.start in starts}


def _antecedent(
    mentions: list[Mention],
    article: Told,
    index: int,
    match: re.Match[str],
    subjects: list[str],
) -> Mention | None:
    """The latest act of the last few sentences that the anaphor can take up: one
    done to the answering states, or one they can join (not their own target)."""
    reversing = match["reversing"] is not None
    for mention in reversed(mentions):
        where = article.index_of(mention)
        if where > index or mention.modality not in ("asserted", "reported"):
            continue
        answered = reversing and mention.target in subjects
        if where < index - (_ANSWER_REACH if answered else _ANAPHOR_REACH):
            if not reversing or not subjects or where < index - _ANSWER_REACH:
                return None
            continue  # further back, only an act done to the answering state
        if where == index and _told_after(mention, article.sentences[index], match):
            continue  # "it retaliated in kind, declaring the ambassador persona non grata"
        if reversing and (mention.type in _NOT_ANSWERED or mention.source in subjects):
            continue
        if match["act"] and mention.type != _ANSWERED_ACTS[match["act"].lower()]:
            continue
        if match["bare"] and mention.type != "EXPEL_DIPLOMAT":
            return None  # "Moscow retaliated" after sanctions: in what way, unsaid
        return mention
    return None


def _spelled_out(
    mentions: list[Mention],
    article: Told,
    index: int,
    match: re.Match[str],
    subjects: list[str],
) -> bool:
    """'Moscow responded by expelling two Dutch diplomats': the answering verb's own
    mention tells whom it answers; the anaphor adds nothing."""
    act = match["act"] and _ANSWERED_ACTS[match["act"].lower()]
    return bool(act) and any(
        m.type == act and m.source in subjects and article.index_of(m) == index for m in mentions
    )


def _told_after(mention: Mention, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether the mention's trigger comes after the anaphor in its sentence: the
    answer spelled out, not the act answered."""
    trigger = str(mention.details.get("trigger", ""))
    return bool(trigger) and trigger not in sentence.text[: match.start()]


def _answers(
    earlier: Mention,
    subjects: list[str],
    sentence: Sentence,
    match: re.Match[str],
    article: Told,
) -> Iterator[Mention]:
    # "Britain expelled 23 Russians. Russia followed suit": the state acted on answers
    if match["reversing"] or earlier.target in subjects:
        pairs = [(s, earlier.source) for s in subjects or [earlier.target]]
    elif subjects:
        pairs = [(s, earlier.target) for s in subjects]
    elif match.group().lower().startswith(("took", "did", "made")):
        pairs = [(earlier.source, earlier.target)]  # "the country took a similar step"
    else:
        return
    when, stated = _answer_date(earlier, sentence, match, article)
    before = sentence.text[: match.start()]
    to_come = _TO_COME.search(before)
    planned = to_come is not None and not _CAUSED.search(before[: to_come.start()])
    if planned:  # a planned act is dated by its intended date, none here (GUIDELINES)
        when, stated = UNKNOWN_DATE, False
    for source, target in pairs:
        if source != target:
            yield replace(
                earlier,
                source=source,
                target=target,
                modality="planned" if planned else earlier.modality,
                date=when,
                evidence=sentence.text,
                start=sentence.start,
                end=sentence.end,
                persons=(),
                confidence=min(earlier.confidence, 0.7),
                details={"trigger": match.group(), "date_stated": stated},
            )


def _subjects(spans: list[ActorSpan], text: str, verb_start: int) -> list[str]:
    """The states named right before the anaphoric verb ('Bahrain and the UAE followed suit')."""
    before = [s for s in spans if s.end <= verb_start and not is_organisation(s.code)]
    if not before or not _SUBJECT_GAP.match(text[before[-1].end : verb_start]):
        return []
    chain = [before[-1]]
    for span in reversed(before[:-1]):
        if not _COORDINATION.match(text[span.end : chain[-1].start]):
            break
        chain.append(span)
    return list(dict.fromkeys(span.code for span in reversed(chain)))


def _subjects_after(spans: list[ActorSpan], text: str, verb_end: int) -> list[str]:
    """The states named right after an inverted 'so did' ('So did Bahrain and the UAE')."""
    after = [s for s in spans if s.start >= verb_end and not is_organisation(s.code)]
    if not after or text[verb_end : after[0].start].strip().lower() not in ("", "the"):
        return []
    chain = [after[0]]
    for span in after[1:]:
        if not _COORDINATION.match(text[chain[-1].end : span.start]):
            break
        chain.append(span)
    return list(dict.fromkeys(span.code for span in chain))


def _answer_date(
    earlier: Mention, sentence: Sentence, match: re.Match[str], article: Told
) -> tuple[EventDate, bool]:
    """The answer's own time ('two days later' counts from the earlier act), else
    the earlier act's date when told in the same sentence, else the default."""
    anchor = earlier.date if earlier.date.known else None
    expressions = [
        e
        for e in find_time_expressions(sentence.text, article.published, "past", anchor)
        if e.role in ("point", "relative_anchor")
    ]
    after = [e for e in expressions if e.start >= match.start()]
    if after:
        return after[0].date, True
    if earlier.start == sentence.start:
        return earlier.date, bool(earlier.details.get("date_stated"))
    before = [e for e in expressions if e.end <= match.start()]
    if before:
        return before[-1].date, True
    published = article.published
    if published is None:
        return EventDate(), False
    return EventDate.of_month(published.year, published.month), False
