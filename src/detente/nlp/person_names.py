"""Actor forms inside a person's name: "Michael Jordan", "Chad Smith", "Joao Lima".

A handful of state names and capitals are also common given or family names
(``data/gazetteer/person_names.tsv``).  Whether a match is the state or part of
a name shows in its neighbours: a capitalised word right after it that is no
institution ("Kenya Moore", but "Kenya Airways" or "Chad Foreign Minister" stay
out of it) or a capitalised word right before it that is no sentence opener or
qualifier ("Michael Jordan", but "On Monday Jordan" or "Communist China").
Only the text is read, no parse, as the actor scan runs on every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from detente.nlp.gazetteer_files import table_rows

_NEXT_WORD = re.compile(r"\A (\w[\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"(?:\A|[^\w.'’-])([\w'’-]+) \Z")
_TITLE_WORDS = re.compile(r"\b[A-Za-z][\w'’-]{3,}")


def is_person_name(text: str, start: int, end: int, is_actor_form: Callable[[str], bool]) -> bool:
    """Whether ``text[start:end]``, a listed form, is part of a person's name here.

    ``is_actor_form(word)`` tells whether a neighbouring word is itself an actor
    ("Israel Jordan"? no person), which keeps lists of states apart from names.
    """
    use = _uses().get(text[start:end])
    if use is None or _title_case(text):
        return False
    if use in ("given", "both"):
        after = _NEXT_WORD.match(text[end:])
        if after and _surname_like(after.group(1), is_actor_form):
            return True
    if use in ("family", "both"):
        before = _PREVIOUS_WORD.search(text[max(0, start - 40) : start])
        if before and _given_name_like(before.group(1), is_actor_form):
            return True
    return False


def _surname_like(word: str, is_actor_form: Callable[[str], bool]) -> bool:
    return (
        word[0].isupper()
        and not word.isupper()
        and word not in _context_words("continues")
        and not is_actor_form(word)
    )


def _given_name_like(word: str, is_actor_form: Callable[[str], bool]) -> bool:
    word = re.sub(r"['’]s\Z", "", word)
    return (
        word[:1].isupper()
        and not word.isupper()
        and word not in _context_words("precedes")
        and not (len(word) >= _ADJECTIVE_LENGTH and word.endswith(_ADJECTIVE_ENDINGS))
        and not is_actor_form(word)
    )


# A capitalised adjective opening a sentence is no given name: "Landlocked Chad",
# "Resource-poor Jordan", "Beleaguered Georgia".
_ADJECTIVE_ENDINGS = ("ing", "ed", "ous", "ful", "less", "ive", "ish", "poor", "rich", "torn")
_ADJECTIVE_LENGTH = 7


def _title_case(text: str) -> bool:
    """A headline in title case ("Chad Recalls Ambassador From Qatar")."""
    words = _TITLE_WORDS.findall(text)
    lower = sum(not word[0].isupper() for word in words)
    return len(words) >= 2 and lower <= len(words) // 8  # a slip in a long headline


@cache
def _uses() -> dict[str, str]:
    """Listed form -> how names use it: 'given', 'family' or 'both'."""
    return dict(table_rows("person_names.tsv"))


@cache
def _context_words(role: str) -> frozenset[str]:
    return frozenset(word for word, listed in table_rows("name_context.tsv") if listed == role)
