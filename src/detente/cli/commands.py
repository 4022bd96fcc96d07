"""The store's commands: ``detente ingest``, ``events``, ``status``, ``timeline``, ``export``.

A thin layer: each parses its options, calls one :class:`Store` method and
prints.  :func:`register` adds them to the ``detente`` typer app.
"""

from __future__ import annotations

import itertools
import json
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from detente.cli.filters import NO_FILTERS, EventFilters, with_event_filters
from detente.cli.helptext import Command
from detente.cli.options import (
    PATHS_HELP,
    ArticleCount,
    FieldOption,
    IngestFormatOption,
    PublishedOption,
    field_map_of,
    nothing_read_warning,
    parse_day,
)
from detente.cli.printing import events_table, status_view, summary_text, timeline_table
from detente.errors import (
    DetenteError,
    InputError,
    SameCountryError,
    StoreError,
    UnknownCountryError,
    UnknownFilterError,
)
from detente.ingest import LanguageSkips, iter_articles
from detente.model import Article
from detente.store import Failure, IngestSummary, Store
from detente.store.engine import open_engine
from detente.store.export import FORMATS, write
from detente.store.shapes import full_record
from detente.store.store import resolve_url

_log = logging.getLogger(__name__)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="DETENTE_DB",
        metavar="URL",
        help="Database URL or SQLite file (default: detente.db here).",
    ),
]


T = TypeVar("T")


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


ExportFormat = StrEnum("ExportFormat", {name: name for name in FORMATS})


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def open_store(db: str | None, create: bool = False) -> Store:
    """The store at ``db``, or a clean exit naming what went wrong.

    Only ``ingest`` (``create``) makes a new SQLite file: a read command on a
    mistyped path would otherwise show an empty store as if it were the answer.
    """
    if not create:
        require_store(db)
    try:
        return Store(db)
    except DetenteError as error:
        _fail(str(error), error)


def check_store_at(db: str | None) -> None:
    """Exit 2 unless ``db`` is a store ``ingest`` can open or make, before any input is read.

    Otherwise an empty or unreadable input would be all an ``ingest`` with a
    mistyped URL reports. Nothing is created: a SQLite file needs its folder, a
    server must answer.
    """
    url = resolve_url(db)
    try:
        engine = open_engine(url)
    except DetenteError as error:  # an unknown scheme, a missing driver, :memory:
        _fail(str(error), error)
    try:
        if engine.url.get_backend_name() == "sqlite":
            folder = Path(engine.url.database).parent
            if not folder.is_dir():
                _fail(f"no folder {folder} for the store {engine.url.database}")
        else:
            with engine.connect():
                pass
    except SQLAlchemyError as error:
        shown = engine.url.render_as_string(hide_password=True)
        failure = StoreError.of_database("open", shown, error)
        _fail(str(failure), error)
    finally:
        engine.dispose()


def require_store(db: str | None) -> None:
    """Exit 2 when ``db`` names a SQLite file that does not exist."""
    try:
        url = make_url(resolve_url(db))
    except ArgumentError:
        return  # not a URL at all: the store says so when it opens
    path = url.database
    in_a_file = url.get_backend_name() == "sqlite" and path not in (None, "", ":memory:")
    if in_a_file and not Path(path).exists():
        _fail(f"no store at {path} (create one with detente ingest)")


def ingest(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help=PATHS_HELP)],
    db: DbOption = None,
    published: PublishedOption = None,
    input_format: IngestFormatOption = None,
    fields: FieldOption = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, metavar="N", help="Extract on N worker processes (N = cores)."),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            metavar="tcp://HOST:PORT|local",
            help="Extract on a Dask cluster; 'local' starts one with 2 worker processes.",
        ),
    ] = None,
) -> None:
    """Read articles, extract their events and store them, merging events across articles."""
    field_map = field_map_of(fields)
    check_store_at(db)
    skips, read = LanguageSkips(), ArticleCount()
    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn())
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as progress:
        task = progress.add_task("ingest", total=None)
        try:
            articles = read.through(
                iter_articles(
                    paths, published=published, fmt=input_format, field_map=field_map, skipped=skips
                )
            )
            advance = lambda n: progress.advance(task, n)  # noqa: E731
            summary = _ingest(db, articles, workers, dask, advance, report_failure(console))
        except DetenteError as error:  # no model, no cluster, or the store failed mid-way
            _fail(str(error), error)
    skipped = f"; {skips.summary()}" if skips.total else ""
    typer.echo(summary_text(summary) + skipped)
    nothing_read = not read.articles and not skips.total
    if nothing_read:
        typer.echo(nothing_read_warning(paths), err=True)
    raise typer.Exit(1 if summary.articles_failed or nothing_read else 0)


def report_failure(console: Console):
    """Print each failed article as soon as it is known, above the progress bar."""

    def report(failure: Failure) -> None:
        line = f"error: {failure.where}: {failure.problem}"
        console.print(line, markup=False, highlight=False, soft_wrap=True)

    return report


def _ingest(
    db: str | None,
    articles: Iterator[Article | InputError],
    workers: int | None,
    dask: str | None,
    progress: Callable[[int], None],
    report: Callable[[Failure], None],
) -> IngestSummary:
    """The pipeline in this process, or with its extraction on workers or Dask.

    The store is opened (and a new SQLite file made) only once an article has been
    read. An input under :data:`SMALL_INPUT` articles stays in this process: workers
    would spend longer starting (each loads the model) than they save.
    """
    read_so_far, nothing_read = _first_articles(articles, 1)
    if nothing_read:
        return _unreadable_only(read_so_far, report)
    store = open_store(db, create=True)
    articles = itertools.chain(read_so_far, articles)
    # Imported here: they load spaCy, which the other commands do not need.
    if workers or dask:
        first, small = _first_articles(articles, SMALL_INPUT)
        if not small:
            from detente.scale import ingest_with

            rest = itertools.chain(first, articles)
            return ingest_with(store, rest, workers, dask, progress=progress, report=report)
        typer.echo(
            f"note: fewer than {SMALL_INPUT} articles: extracting in this process, "
            "which is faster than starting workers for so few",
            err=True,
        )
        articles = first
    from detente.pipeline import ingest_articles

    return ingest_articles(store, articles, progress=progress, report=report)


def _unreadable_only(
    items: list[Article | InputError], report: Callable[[Failure], None]
) -> IngestSummary:
    """What an input without a single article comes to: each unreadable item, reported."""
    failures = tuple(Failure(e.where, e.problem) for e in items if isinstance(e, InputError))
    for failure in failures:
        report(failure)
    return IngestSummary(articles_failed=len(failures), failures=failures)


# Below this many articles one process beats two workers, which first load the model
# (benchmarks/parallel_crossover.py; the figures are in the README).
SMALL_INPUT = 2000


def _first_articles(
    items: Iterator[Article | InputError], count: int
) -> tuple[list[Article | InputError], bool]:
    """The items up to the ``count``-th article, and whether the input ended before it."""
    taken: list[Article | InputError] = []
    articles = 0
    for item in items:
        taken.append(item)
        articles += isinstance(item, Article)
        if articles >= count:
            return taken, False
    return taken, True


@with_event_filters
def events(
    db: DbOption = None,
    filters: EventFilters = NO_FILTERS,  # every filter option: see detente.cli.filters
    limit: Annotated[
        int | None, typer.Option(min=1, metavar="N", help="List at most N events.")
    ] = None,
    after: Annotated[
        int | None,
        typer.Option(
            "--after",
            "--after-id",
            metavar="SEQ",
            help="Only events made or changed (a new source, a merge) after this change_seq, "
            "the last one seen: poll with it. Events are listed in change order.",
        ),
    ] = None,
    output_format: Annotated[
        ListFormat,
        typer.Option("--format", help="table (to read), jsonl (with every source) or csv."),
    ] = ListFormat.table,
) -> None:
    """List stored events, each with its number of articles and outlets."""
    found = _named(
        open_store(db).events,
        **filters,
        limit=limit,
        after=after if after is not None else 0,  # change order, so --limit pages with --after
        with_mentions=output_format is ListFormat.jsonl,
    )
    if output_format is ListFormat.table:
        found = sorted(found, key=lambda e: (e.date_start or e.known_by or date.min, e.id))
        Console().print(events_table(found))
    elif output_format is ListFormat.jsonl:
        for event in found:
            typer.echo(json.dumps(full_record(event), ensure_ascii=False))
    else:
        write("csv", found, sys.stdout)


def status(
    a: Annotated[str, typer.Argument(metavar="A", help="A state (code or name).")],
    b: Annotated[str, typer.Argument(metavar="B", help="Another state.")],
    db: DbOption = None,
    on: Annotated[
        date | None,
        typer.Option(
            parser=parse_day, metavar="YYYY-MM-DD", help="The day to show (default: latest)."
        ),
    ] = None,
    charge_after: Annotated[
        int | None,
        typer.Option(
            metavar="DAYS",
            min=0,
            help="Show a recalled or expelled head of mission as a chargé "
            "d'affaires this many days later (mission still open).",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Where two states stand on a date: each one's head of mission in the other, relations."""
    found = _named(open_store(db).status, a, b, on=on, charge_after_days=charge_after)
    if as_json:
        from detente.store.shapes import status_shape  # the HTTP API's JSON, not a second one

        typer.echo(json.dumps(status_shape(found), ensure_ascii=False, indent=2))
    else:
        Console().print(status_view(found))


def timeline(
    a: Annotated[str, typer.Argument(metavar="A", help="A state (code or name).")],
    b: Annotated[
        str | None, typer.Argument(metavar="B", help="Only changes with this state.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every change of state between A and B (or A and anyone), oldest first."""
    found = _named(open_store(db).timeline, a, b)
    if as_json:
        from detente.store.shapes import change_shape

        for change in found.changes:
            typer.echo(json.dumps(change_shape(change), ensure_ascii=False))
    else:
        Console().print(timeline_table(found))


@with_event_filters
def export(
    output_format: Annotated[
        ExportFormat, typer.Option("--format", help="The file format to write.")
    ],
    db: DbOption = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="File to write (default: stdout)."),
    ] = None,
    filters: EventFilters = NO_FILTERS,  # every filter option: see detente.cli.filters
) -> None:
    """Write the stored events, filtered as in `events`: jsonl, csv, parquet, gdelt, plover."""
    fmt = output_format.value
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("parquet needs --output FILE", param_hint="--output")
    try:
        count = _named(
            open_store(db).export,
            fmt,
            output if output is not None else sys.stdout,
            **filters,
        )
    except DetenteError as error:  # a missing folder or a full disk
        _fail(str(error), error)
    if output is not None:
        typer.echo(f"{count} events written to {output}", err=True)


def register(app: typer.Typer) -> None:
    """Add the store's commands to the ``detente`` app."""
    for command in (ingest, events, status, timeline, export):
        app.command(cls=Command)(command)


def _named(query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``query`` of the store, for states as the user named them; an unknown name
    (or one state twice), type or modality is a usage error naming the valid ones (exit 2)."""
    try:
        return query(*args, **kwargs)
    except (UnknownCountryError, SameCountryError, UnknownFilterError) as error:
        _fail(str(error))


def _fail(message: str, error: BaseException | None = None) -> NoReturn:
    """Print one line (the whole chain of causes too with ``detente --verbose``) and exit 2."""
    typer.echo(f"error: {message}", err=True)
    if error is not None:
        _log.debug("the full detail:", exc_info=error)  # shown with detente --verbose
    raise typer.Exit(2)
