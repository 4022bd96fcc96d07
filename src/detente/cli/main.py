"""The ``detente`` command: a thin typer layer over the Python API.

Each command parses its arguments, calls the Python API and prints; the work
itself lives in the stages (``detente.ingest``, ``detente.nlp``,
``detente.evaluate``, ...), so every command has a Python twin.  A bad input
file is reported on stderr with its name and the batch goes on; the exit code
is 1 when any input failed, 2 for a usage error or a missing model.
"""

from __future__ import annotations

import json
import logging
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from detente import __version__
from detente.cli.commands import register as register_store_commands
from detente.cli.evaluation import events_table, print_evaluation
from detente.cli.helptext import Command
from detente.cli.options import (
    PATHS_HELP,
    ArticleCount,
    FieldOption,
    InputFormatOption,
    PublishedOption,
    field_map_of,
    nothing_read_warning,
)
from detente.cli.serve import register as register_serve_command
from detente.errors import InputError, ModelNotInstalledError
from detente.evaluate import evaluate_dir
from detente.evaluate.report import evaluation_to_dict
from detente.evaluate.runner import extract_or_fail
from detente.ingest import LanguageSkips, iter_articles
from detente.model import Article, Event
from detente.nlp import pipeline

app = typer.Typer(
    name="detente",
    help="Dated, source-linked diplomatic events between states, from news articles.",
    no_args_is_help=True,
    add_completion=False,
)

UNDATED_WARNING = "publication date unknown: relative dates left unresolved; pass --published"


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"detente {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Show the version."),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="With an error, print its full detail.")
    ] = False,
) -> None:
    """Dated, source-linked diplomatic events between states, from news articles."""
    if verbose:
        _show_details()


def _show_details() -> None:
    """Send detente's debug records (an error's whole chain of causes) to stderr."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("detente")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


@app.command(cls=Command)
def extract(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help=PATHS_HELP)],
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", help="jsonl: one event per line; table: one row per event."),
    ] = OutputFormat.jsonl,
    published: PublishedOption = None,
    input_format: InputFormatOption = None,
    fields: FieldOption = None,
) -> None:
    """Print the diplomatic events each article reports."""
    failed = False
    found: list[tuple[Article, Event]] = []
    skips, read = LanguageSkips(), ArticleCount()
    articles = read.through(
        iter_articles(
            paths,
            published=published,
            fmt=input_format,
            field_map=field_map_of(fields),
            skipped=skips,
        )
    )
    for article in articles:
        events = _events_of(article)
        if events is None:
            failed = True
            continue
        if output_format is OutputFormat.jsonl:
            for event in events:
                typer.echo(json.dumps(event_record(article, event), ensure_ascii=False))
        else:
            found.extend((article, event) for event in events)
    if output_format is OutputFormat.table:
        Console().print(events_table("events", [(a.doc_id, e, "") for a, e in found]))
    if skips.total:
        typer.echo(f"note: {skips.summary()}", err=True)
    elif not read.articles:
        typer.echo(nothing_read_warning(paths), err=True)
        failed = True
    raise typer.Exit(1 if failed else 0)


@app.command("eval", cls=Command)
def evaluate(
    gold_dir: Annotated[
        Path,
        typer.Argument(
            exists=True,
            file_okay=False,
            metavar="GOLD_DIR",
            help="Folder of NAME.txt with NAME.gold.json beside.",
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Extract events from a gold folder and score them against the annotations."""
    try:
        evaluation = evaluate_dir(gold_dir)
    except ModelNotInstalledError as error:
        _fail(str(error))
    for error in evaluation.errors:
        _report(error)
    for where in evaluation.undated:
        typer.echo(f"warning: {where}: {UNDATED_WARNING}", err=True)
    if as_json:
        typer.echo(json.dumps(evaluation_to_dict(evaluation), indent=2, ensure_ascii=False))
    else:
        print_evaluation(evaluation, Console())
    raise typer.Exit(1 if evaluation.errors else 0)


def _events_of(article: Article | InputError) -> list[Event] | None:
    """The events of one article, or None after reporting why there are none."""
    if isinstance(article, InputError):
        _report(article)
        return None
    if article.published is None:
        typer.echo(f"warning: {article.path or article.doc_id}: {UNDATED_WARNING}", err=True)
    try:
        return extract_or_fail(article, pipeline.extract_article)
    except InputError as error:
        _report(error)
        return None
    except ModelNotInstalledError as error:
        _fail(str(error))


def event_record(article: Article, event: Event) -> dict[str, Any]:
    """The flat JSON form of one event, named after its article's file."""
    return event.to_dict() | {"doc": article.doc_id}


def _report(error: InputError) -> None:
    typer.echo(f"error: {error.where}: {error.problem}", err=True)


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


# ingest, events, status, timeline, export: the store's commands (detente.cli.commands).
register_store_commands(app)
register_serve_command(app)
