"""The event filters ``detente events`` and ``detente export`` share, declared once.

:data:`FILTER_OPTIONS` lists each filter's option; :func:`with_event_filters` gives a
command all of them in place of its ``filters`` parameter and hands them to it as one
mapping, as :meth:`detente.store.Store.events` takes them.  A new filter is one row here.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Annotated, Any

import typer

from detente.cli.options import parse_day

SinceOption = Annotated[
    date | None,
    typer.Option(
        parser=parse_day, metavar="YYYY-MM-DD", help="Events that may end on or after it."
    ),
]
UntilOption = Annotated[
    date | None,
    typer.Option(
        parser=parse_day, metavar="YYYY-MM-DD", help="Events that may start on or before it."
    ),
]
ActorOption = Annotated[
    str | None, typer.Option(metavar="STATE", help="Either side of the event (code or name).")
]
SourceOption = Annotated[
    str | None, typer.Option(metavar="STATE", help="The acting state (code or name).")
]
TargetOption = Annotated[
    str | None, typer.Option(metavar="STATE", help="The state acted upon (code or name).")
]
DyadOption = Annotated[
    tuple[str, str] | None,
    typer.Option(metavar="A B", help="Events between A and B, either direction."),
]
TypeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--type",
        metavar="TYPE",
        help="Event type, any case, suffix optional: expel, EXPEL_DIPLOMAT (repeatable).",
    ),
]
ModalityOption = Annotated[
    list[str] | None,
    typer.Option(
        metavar="MODALITY",
        help="asserted, reported, planned or negated (denials) (repeatable).",
    ),
]
TextOption = Annotated[
    str | None, typer.Option(metavar="TEXT", help="Text in an evidence sentence.")
]

# (command parameter, its option, the keyword of Store.events), in --help order.
FILTER_OPTIONS: tuple[tuple[str, Any, str], ...] = (
    ("actor", ActorOption, "actor"),
    ("source", SourceOption, "source"),
    ("target", TargetOption, "target"),
    ("dyad", DyadOption, "pair"),
    ("event_type", TypeOption, "type"),
    ("modality", ModalityOption, "modality"),
    ("since", SinceOption, "since"),
    ("until", UntilOption, "until"),
    ("q", TextOption, "q"),
)

EventFilters = Mapping[str, Any]  # Store.events keyword -> the value given (None: no filter)
NO_FILTERS: EventFilters = MappingProxyType({})


def with_event_filters(command: Callable[..., Any]) -> Callable[..., Any]:
    """``command`` with every filter option where its ``filters`` parameter was.

    Typer reads the options from the signature; ``command`` receives their values
    as one :data:`EventFilters` mapping, keyed as :meth:`Store.events` takes them.
    """
    signature = inspect.signature(command, eval_str=True)
    parameters: list[inspect.Parameter] = []
    for parameter in signature.parameters.values():
        if parameter.name == "filters":
            parameters += [
                inspect.Parameter(name, parameter.kind, default=None, annotation=option)
                for name, option, _ in FILTER_OPTIONS
            ]
        else:
            parameters.append(parameter)

    @functools.wraps(command)
    def with_filters(**given: Any) -> Any:
        filters = {keyword: given.pop(name) for name, _, keyword in FILTER_OPTIONS}
        return command(**given, filters=filters)

    del with_filters.__wrapped__  # typer must see the new signature, not the command's
    with_filters.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    with_filters.__annotations__ = {p.name: p.annotation for p in parameters}
    return with_filters
