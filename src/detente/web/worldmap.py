"""What the world map needs besides the shapes: numeric ids to actor codes."""

from __future__ import annotations

from functools import cache

import pycountry


@cache
def numeric_to_alpha3() -> dict[str, str]:
    """ISO 3166-1 numeric code (as the map shapes carry it, ``"250"``) to alpha-3."""
    return {country.numeric: country.alpha_3 for country in pycountry.countries}
