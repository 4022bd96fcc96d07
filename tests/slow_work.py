"""Stand-ins for slow extraction, run by the API's worker processes in tests.

They live in their own module so a spawned worker can import them by name.
"""

from __future__ import annotations

import re
import time
from typing import Any

# Backtracking that the regex engine runs in C for seconds without releasing the
# GIL, as pathological text did in the real pipeline.
_CATASTROPHIC = re.compile(r"(a+)+$")


def hold_the_interpreter(_task: Any, text: str, *_args: Any) -> list[Any]:
    """For a text starting "Slow", seconds of C-level work that no other thread of
    this process can interrupt; any other text is done at once."""
    if text.startswith("Slow"):
        _CATASTROPHIC.match("a" * 25 + "b")
    return []


def sleep_forever(_task: Any, *_args: Any) -> list[Any]:
    """A task that never finishes on its own."""
    time.sleep(3600)
    return []
