"""``detente serve``: the API and the pages over a store, with uvicorn.

:func:`register` adds the command to the ``detente`` typer app.
"""

from __future__ import annotations

from typing import Annotated

import typer

from detente.cli.commands import DbOption
from detente.errors import StoreError

LOOPBACK = "127.0.0.1"


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the ``detente`` command."""
    app.command()(serve)


def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; loopback unless you mean to expose it.")
    ] = LOOPBACK,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="DETENTE_TOKEN",
            metavar="TOKEN",
            help="Bearer token that enables POST /api/articles and the ingest form.",
        ),
    ] = None,
) -> None:
    """Serve the JSON API (/api, /docs) and the pages (/) over the store."""
    import uvicorn

    from detente.api import create_app
    from detente.api.workers import ExtractionPool

    extraction = ExtractionPool()
    try:
        application = create_app(db, token=token or None, extraction=extraction)
    except StoreError as error:
        typer.echo(f"detente serve: {error}", err=True)
        raise typer.Exit(2) from error
    writing = "on (token set)" if token else "off (no --token)"
    typer.echo(
        f"detente serve: http://{host}:{port}/  API docs at /docs; writing {writing}", err=True
    )
    extraction.start()  # workers load the model while the server starts
    uvicorn.run(application, host=host, port=port, log_level="warning")
