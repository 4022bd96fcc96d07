"""A user's name for a state or organisation -> its code: the one resolver of every face.

The CLI, the Python API (:class:`detente.Store`), the HTTP API and the pages
all call :func:`actor_code`, so ``Russia``, ``UK``, ``Britain``, ``US``,
``Türkiye``/``Turkey``, ``Minsk`` (a capital), ``belarusian``, ``eu`` or
``united-kingdom`` (a URL) mean the same thing everywhere.  The forms are the
gazetteer's (``data/gazetteer/*.tsv``, read by :mod:`detente.nlp.actors`),
leaders excepted: a person is not a place.  A name that matches nothing is an
:class:`UnknownCountryError` suggesting close matches, never a made-up code.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from functools import cache

import pycountry

from detente.errors import SameCountryError, UnknownCountryError
from detente.nlp import actors
from detente.nlp.actors import resolve_actor, user_forms

MAX_SUGGESTIONS = 3
_CLOSENESS = 0.8  # difflib ratio: "belarsu" finds "belarus"; "narnia" not "armenia"

# Codes a store holds beyond the gazetteer's (e.g. from an older gazetteer): code -> known?
StoredCodes = Callable[[str], bool]


@cache
def actor_name(code: str) -> str:
    """The name every face and export shows for an actor code: the gazetteer's short
    name ('RUS' -> 'Russia', 'EU' -> 'European Union', 'XKX' -> 'Kosovo'), else ISO
    3166's for a code the gazetteer lacks (an older store), else the code itself."""
    name = actors.actor_name(code)
    if name != code:
        return name
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def actor_code(typed: str, stored: StoredCodes | None = None) -> str:
    """The code of the state or organisation ``typed``; case, accents, a leading "the"
    and hyphens or underscores for spaces do not matter.

    ``stored`` accepts, as typed in any case, a code that a store holds but the
    gazetteer does not know.  Raises :class:`UnknownCountryError` otherwise.
    """
    text = typed.strip()
    for candidate in (text, text.replace("-", " ").replace("_", " ")):
        code = resolve_actor(candidate) if candidate else None
        if code:
            return code
    if stored is not None and text and stored(text.upper()):
        return text.upper()
    raise UnknownCountryError(typed, suggestions(text))


def optional_actor_code(typed: str | None, stored: StoredCodes | None = None) -> str | None:
    """:func:`actor_code` of an optional filter."""
    return None if typed is None else actor_code(typed, stored)


def pair_codes(a: str, b: str, stored: StoredCodes | None = None) -> tuple[str, str]:
    """The codes of two different states; the same state twice is a :class:`SameCountryError`."""
    first, second = actor_code(a, stored), actor_code(b, stored)
    if first == second:
        raise SameCountryError(a, b, first)
    return first, second


def suggestions(typed: str) -> tuple[str, ...]:
    """Up to three known names close to ``typed``, as ``Belarus (BLR)``."""
    forms = user_forms()
    folded = typed.strip().replace("-", " ").replace("_", " ").casefold()
    close = difflib.get_close_matches(folded, forms, n=10, cutoff=_CLOSENESS)
    shown: dict[str, str] = {}  # code -> how it is suggested, closest form first
    for form in close:
        code, name = forms[form], actor_name(forms[form])
        named = form in (name.casefold(), code.casefold())
        shown.setdefault(code, f"{name} ({code})" if named else f"{form} ({name}, {code})")
    return tuple(shown.values())[:MAX_SUGGESTIONS]
