"""Reading request parameters: country names or codes, dates, event types.

Each reader returns the clean value or raises :class:`ApiError` naming the
parameter and what is wrong with it, so bad input is a 4xx, never a 500.
"""

from __future__ import annotations

from datetime import date

from detente.api.errors import ApiError
from detente.errors import UnknownCountryError
from detente.model import EVENT_TYPES, MODALITIES
from detente.resolve.names import actor_code


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
    """:func:`country` for an optional filter."""
    return None if value is None else country(value, where)


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
    return None if value is None else day(value, where)


def event_type(value: str | None) -> str | None:
    """One of :data:`EVENT_TYPES`, case-insensitive."""
    return _one_of(value and value.strip().upper(), EVENT_TYPES, "type", "event type", value)


def modality(value: str | None) -> str | None:
    """One of :data:`MODALITIES`, case-insensitive."""
    return _one_of(value and value.strip().lower(), MODALITIES, "modality", "modality", value)


def _one_of(
    wanted: str | None, allowed: tuple[str, ...], where: str, what: str, typed: str | None
) -> str | None:
    if wanted is None or wanted in allowed:
        return wanted
    raise ApiError(400, f"{where}: unknown {what} {typed!r}; expected one of {', '.join(allowed)}")
