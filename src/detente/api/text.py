"""Text as it arrives over HTTP, made safe to process and store."""

from __future__ import annotations

import re

# A str holds a surrogate only when it was sent alone (JSON joins valid pairs);
# it cannot be encoded as UTF-8, so it would fail at the store.
_UNENCODABLE = re.compile("[\ud800-\udfff]")


def clean_text(value: object) -> object:
    """``value`` with lone surrogates replaced by U+FFFD and NUL characters removed.

    Used before validation (the validator itself refuses lone surrogates), so
    anything that is not text is passed on for validation to refuse.
    """
    if not isinstance(value, str):
        return value
    return _UNENCODABLE.sub("\ufffd", value).replace("\x00", "")
