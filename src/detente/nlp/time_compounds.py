"""Repairs of a parse that reads a day as a modifier of the verb's object.

When a verb's object comes right after its date, the small model joins the date to
the object as one noun phrase and hangs it on the date's preposition:

    "received on Sunday copies of credentials"   on --pobj--> copies
                                                 Sunday --compound--> copies

The verb then has no object, and every reader of arguments would miss it.  The arcs
are put right once, after parsing: the day is the preposition's object again and the
noun the verb's object.  Only weekdays and months are touched ('on Sunday copies'),
never a noun that a day may rightly modify without a preposition before it ('Sunday
talks').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.timex_resolve import TIME_WORDS

_DAY_NAMES = frozenset({*TIME_WORDS["weekdays"], *TIME_WORDS["months"]})
_DATING_PREPOSITIONS = frozenset({"on", "in"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})


def repair_time_compounds(doc: Doc) -> None:
    """Give verbs in ``doc`` the object the parser joined to their date."""
    for day in doc:
        if _day_before_object(day):
            noun, preposition = day.head, day.head.head
            noun.head, noun.dep_ = preposition.head, "dobj"
            day.head, day.dep_ = preposition, "pobj"


def _day_before_object(day: Token) -> bool:
    """'on Sunday copies': a day compounded onto the noun after it, the noun the object
    of the preposition right before the day, the preposition a verb's with no object."""
    if day.dep_ != "compound" or day.lower_ not in _DAY_NAMES or day.i == 0:
        return False
    noun, preposition = day.head, day.doc[day.i - 1]
    return (
        noun.i == day.i + 1
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.i == preposition.i
        and preposition.lower_ in _DATING_PREPOSITIONS
        and preposition.head.pos_ == "VERB"
        and not any(c.dep_ in _OBJECTS for c in preposition.head.children)
    )
