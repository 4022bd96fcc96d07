"""Text as it arrives over HTTP, made safe to process and store."""

from __future__ import annotations

import re

# A str holds a surrogate only when it was sent alone (JSON joins valid pairs);
# it cannot be encoded as UTF-8, so it would fail at the store.
_UNENCODABLE = re.compile("[\ud800-\udfff]")


def clean_text(value: str | None) -> str | None:
    """``value`` with lone surrogates replaced by U+FFFD and NUL characters removed."""
    if value is None:
        return None
    return _UNENCODABLE.sub("\ufffd", value).replace("\x00", "")
