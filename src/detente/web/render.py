"""The HTML renderer: a Jinja2 environment with autoescaping and the page filters.

Everything a page shows comes from the same query results the JSON API
returns; this module only decides how they look.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlsplit

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader

from detente.api.brief import possessive
from detente.relations.model import REPRESENTATION_LEVELS
from detente.resolve.names import actor_name

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@cache
def labels() -> dict[str, Any]:
    """Display labels for event types and modalities (``static/labels.json``)."""
    return json.loads(files("detente.web").joinpath("static/labels.json").read_text("utf-8"))


def templates() -> Jinja2Templates:
    """The page templates; autoescape is on for every template, whatever its name."""
    environment = Environment(
        loader=PackageLoader("detente.web", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        when=when,
        web_link=web_link,
        country=country_name,
        type_label=type_label,
        modality_label=modality_label,
        subject_label=subject_label,
        state_words=state_words,
    )
    return Jinja2Templates(env=environment)


def script_json(value: Any) -> str:
    """JSON to embed in a ``<script type="application/json">``: no ``<`` can close the tag."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def web_link(url: str | None) -> str | None:
    """``url`` when it is an ``http``/``https`` address a page may link to, else None.

    Article URLs come from feeds, JSONL and API callers; a ``javascript:`` or
    ``data:`` URL must never become a link.
    """
    if not url:
        return None
    candidate = url.strip()
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


def when(value: str | date | None, precision: str | None = "day") -> str:
    """A date at the precision it is known: ``17 Oct 2021``, ``Oct 2021`` or ``2021``."""
    if value is None:
        return "date unknown"
    text = value.isoformat() if isinstance(value, date) else str(value)
    parts = text.split("-")
    if precision == "year" or len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    if precision == "month" or len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def country_name(code: str | None) -> str:
    """The display name of an actor code, or the code when it has none."""
    if not code:
        return "?"
    return actor_name(code) or code


def type_label(event_type: str) -> str:
    """``EXPEL_DIPLOMAT`` -> ``Expels diplomats``."""
    known = labels()["event_types"].get(event_type)
    return known["label"] if known else event_type


def modality_label(modality: str) -> str:
    """``reported`` -> ``reported, unconfirmed``."""
    return labels()["modalities"].get(modality, modality)


def subject_label(subject: str, attribute: str) -> str:
    """A history's subject in words: ``FRA->BLR``, ``mission``: France's mission in Belarus."""
    words = attribute.replace("_", " ")
    if subject.startswith("sanctions "):
        sender, _, target = subject.removeprefix("sanctions ").partition("->")
        return f"Sanctions by {country_name(sender)} on {country_name(target)}"
    if "->" in subject:
        sending, _, receiving = subject.partition("->")
        return f"{possessive(sending)} {words} in {country_name(receiving)}"
    first, _, second = subject.partition("-")
    return f"{words.capitalize()} {country_name(first)}–{country_name(second)}"


def state_words(value: Any, attribute: str = "") -> str:
    """A state value as a reader says it: ``COPIES_PRESENTED`` -> ``copies presented``."""
    if value is None:
        return "unknown"
    if attribute == "level" and value in REPRESENTATION_LEVELS:
        return REPRESENTATION_LEVELS[value]
    return str(value).replace("_", " ").lower()
