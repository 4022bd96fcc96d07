"""Reading request parameters: country names or codes, dates, event types; no others.

Each reader returns the clean value or raises :class:`ApiError` naming the
parameter and what is wrong with it, so bad input is a 4xx, never a 500.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from fastapi import Request
from fastapi.dependencies.models import Dependant

from detente.api.errors import ApiError
from detente.errors import UnknownCountryError, UnknownFilterError
from detente.resolve.names import actor_code
from detente.store import queries


def country(value: str, where: str, status: int = 400) -> str:
    """The actor code for a country name or code as typed in a URL (see
    :func:`detente.resolve.names.actor_code`, the resolver of every face).

    ``belarus``, ``Belarus``, ``BLR``, ``blr``, ``Minsk`` and ``united-kingdom`` all
    work; an unknown name is refused with close matches suggested.
    """
    try:
        return actor_code(value)
    except UnknownCountryError as error:
        raise ApiError(status, f"{where}: {error}") from error


def optional_country(value: str | None, where: str) -> str | None:
    """:func:`country` for an optional filter; left empty (``actor=``) it is not set."""
    return None if _unset(value) else country(value, where)


def optional_dyad(value: str | None) -> str | None:
    """Two different states as ``A,B`` (codes), from names or codes; None when left out."""
    if _unset(value):
        return None
    parts = value.split(",")
    if len(parts) != 2:
        raise ApiError(400, f"dyad: expected two states as A,B, got {value!r}")
    first, second = country(parts[0], "dyad"), country(parts[1], "dyad")
    if first == second:
        raise ApiError(400, f"dyad: a relationship needs two different states, got {first} twice")
    return f"{first},{second}"


def _unset(value: str | None) -> bool:
    """An optional parameter left out, or sent empty as an HTML form does."""
    return value is None or not value.strip()


def day(value: str, where: str) -> date:
    """A ``YYYY-MM-DD`` date."""
    try:
        if len(value) != 10:
            raise ValueError("expected YYYY-MM-DD")
        return date.fromisoformat(value)
    except ValueError as error:
        raise ApiError(
            400, f"{where}: malformed date {value!r} ({error}); expected YYYY-MM-DD"
        ) from error


def optional_day(value: str | None, where: str) -> date | None:
    """:func:`day` for an optional filter."""
    return None if _unset(value) else day(value, where)


def event_type(value: str | None) -> str | None:
    """An event type as the store reads it: any case, suffix optional (``expel``)."""
    return _filter_value(value, "type", queries.event_types)


def modality(value: str | None) -> str | None:
    """A modality as the store reads it, any case; ``negated`` lists the denials."""
    return _filter_value(value, "modality", queries.modalities)


def _filter_value(
    value: str | None, where: str, read: Callable[[Sequence[str]], tuple[str, ...]]
) -> str | None:
    """``value`` read by the store's own check; an unknown one is a 400 listing the valid ones."""
    if _unset(value):
        return None
    try:
        [found] = read([value])
    except UnknownFilterError as error:
        valid = {"parameter": where, "valid": list(error.valid)}
        raise ApiError(400, f"{where}: {error}", valid) from error
    return found


def known_query_only(request: Request) -> None:
    """Refuse query parameters the endpoint does not take (a typo would be ignored)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    accepted = _query_names(dependant)
    unknown = sorted(set(request.query_params) - accepted)
    if unknown:
        names = ", ".join(repr(name) for name in unknown)
        plural = "s" if len(unknown) > 1 else ""
        takes = f"it takes {', '.join(sorted(accepted))}" if accepted else "it takes none"
        raise ApiError(400, f"unknown query parameter{plural} {names}; {takes}")


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for inner in dependant.dependencies:
        names |= _query_names(inner)
    return names


def date_as_text(value: object) -> object:
    """A body's date must be sent as ``YYYY-MM-DD`` text, as documented, not a number
    (a :class:`date` given by Python code passes)."""
    if value is None or isinstance(value, date):
        return value
    if not (isinstance(value, str) and _ISO_DAY.fullmatch(value)):
        raise ValueError("expected a date as YYYY-MM-DD text")
    return value


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
