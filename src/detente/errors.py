"""Every error a user can see, in one place.

Each carries the name of what was being read (a file, a URL, a line) so that a
batch can report the bad item and go on.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base of all errors raised by detente."""


class InputError(DetenteError):
    """An article could not be read: binary, empty, too large, bad encoding or header."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class ModelNotInstalledError(DetenteError):
    """The pinned spaCy model is missing; detente never downloads one."""


class StoreError(DetenteError):
    """The event store could not be opened, migrated or written."""

    @classmethod
    def of_database(cls, action: str, where: str, error: BaseException) -> StoreError:
        """One line naming what failed and why; the driver's statement and parameters
        (often a kilobyte of article text) stay on the cause, for ``--verbose``."""
        cause = getattr(error, "orig", None) or error
        lines = str(cause).strip().splitlines()
        reason = f"{type(cause).__name__}: {lines[0][:300]}" if lines else type(cause).__name__
        return cls(f"cannot {action} the store at {where}: {reason}")


class OutputError(DetenteError):
    """A file the user asked for could not be written: missing folder, full disk, no right."""


class UnknownCountryError(DetenteError):
    """A name or code given by the user matches no country or organisation."""

    def __init__(self, typed: str, suggestions: tuple[str, ...] = ()) -> None:
        hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown country or organisation {typed!r}{hint}")
        self.typed = typed
        self.suggestions = suggestions


class SameCountryError(DetenteError):
    """A pair of states names one state twice (``detente status BLR BLR``)."""

    def __init__(self, first: str, second: str, code: str) -> None:
        super().__init__(f"{first!r} and {second!r} are both {code}: a pair needs two states")
        self.code = code


class UnknownFilterError(DetenteError):
    """A filter value (event type, modality) that is none of the values it can take."""

    def __init__(self, what: str, typed: str, valid: tuple[str, ...]) -> None:
        super().__init__(f"unknown {what} {typed!r}; expected one of {', '.join(valid)}")
        self.what = what
        self.typed = typed
        self.valid = valid
