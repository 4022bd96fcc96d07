"""How every command's help reads: arguments by name in the usage line, no type labels.

typer prints ``{a} {b}`` and ``{PATH}...`` for required arguments and ``<bool>`` beside
every flag; :class:`Command` prints ``A B``, ``PATH...`` and nothing beside a flag
(each option names what it takes with its own metavar, e.g. ``--on YYYY-MM-DD``).
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand


class Command(TyperCommand):
    """A typer command whose help shows metavars as a reader would write them."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(_usage_name(param))
        return pieces

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        for param in params:
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = ""  # a flag takes no value: show none
            elif param.param_type_name == "argument" and param.metavar:
                param.display_type_rich = _no_type  # its metavar says what it takes
        return params


def _no_type(ctx: Any) -> None:
    return None


def _usage_name(argument: Any) -> str:
    name = argument.metavar or (argument.name or "").upper()
    if argument.nargs != 1:
        name += "..."
    return name if argument.required else f"[{name}]"
