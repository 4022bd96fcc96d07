"""Tense and reporting that place an act before the news: a past perfect ('had broken
off'), an act marked earlier ('earlier expelled'), a past act in a relative clause or
told by a present verb of saying.  Such a background act is undated unless its own
time says when; a past perfect reported by a past verb of saying ('said it had
recalled') is the news itself, shifted back by the reporting.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.dating_phrases import REPORTING_VERBS, before_the_reported_clause
from detente.nlp.timex import TimeExpression

_BACKGROUND_ADVERBS = frozenset({"earlier", "previously", "formerly", "once", "before", "ago"})


def _past_told_in_present(trigger: Token) -> bool:
    """'The embassy says he gave them to the minister': a past act framed by present
    reporting happened at some earlier, unstated time."""
    return (
        trigger.tag_ == "VBD"
        and trigger.dep_ == "ccomp"
        and trigger.head.tag_ in ("VBZ", "VBP")
        and reported_speech(trigger)
    )


def reported_speech(token: Token) -> bool:
    """'said it had recalled', also as parsed 'said earlier that ...' with the clause
    under the adverb."""
    if token.dep_ != "ccomp":
        return False
    head = token.head.head if token.head.pos_ == "ADV" else token.head
    return head.lemma_ in REPORTING_VERBS


def reported_background(trigger: Token, attached: tuple[TimeExpression, Token] | None) -> bool:
    """'said on Tuesday it had summoned', parsed with the time on 'summoned': the time is
    the saying's, and the summons stays at the month (GUIDELINES, Settled cases)."""
    return (
        attached is not None
        and past_perfect(trigger)
        and reported_speech(trigger)
        and before_the_reported_clause(trigger, attached[0])
    )


def _past_relative(trigger: Token) -> bool:
    """'its embassy in Kyiv, which it closed at the start of the war': a past act told
    in a relative clause describes the noun; it is not the news of the sentence."""
    return trigger.dep_ == "relcl" and trigger.tag_ in ("VBD", "VBN")


def past_perfect(token: Token) -> bool:
    auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    return "had" in auxiliaries


def background(trigger: Token) -> bool:
    """Past perfect, or marked as earlier than the news ('earlier expelled').

    Past perfect reported by a past verb of saying is the news itself, shifted
    back by the reporting ("Bahrain said it had recalled its ambassador")."""
    if _past_told_in_present(trigger) or _past_relative(trigger):
        return True
    for token in (trigger, trigger.head):
        if past_perfect(token) and not reported_speech(token):
            return True
        if any(_marks_earlier_act(c) for c in token.children if c.dep_ == "advmod"):
            return True
    return False


def _marks_earlier_act(adverb: Token) -> bool:
    """'earlier expelled', not 'said earlier that ... expelled': the saying came
    earlier in the day, the act it reports is the news."""
    if adverb.lower_ not in _BACKGROUND_ADVERBS:
        return False
    doc, i = adverb.doc, adverb.i
    after_saying = i > 0 and doc[i - 1].lemma_ in REPORTING_VERBS
    before_that = i + 1 < len(doc) and doc[i + 1].lower_ == "that"  # "told reporters earlier that"
    return adverb.head.lemma_ not in REPORTING_VERBS and not (after_saying or before_that)
