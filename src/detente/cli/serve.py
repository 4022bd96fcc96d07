"""``detente serve``: the API and the pages over a store, with uvicorn.

:func:`register` adds the command to the ``detente`` typer app.
"""

from __future__ import annotations

from typing import Annotated

import typer

from detente.cli.commands import DbOption, require_store
from detente.cli.helptext import Command
from detente.errors import StoreError

LOOPBACK = "127.0.0.1"


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the ``detente`` command."""
    app.command(cls=Command)(serve)


def serve(
    db: DbOption = None,
    host: Annotated[
        str,
        typer.Option(
            metavar="HOST", help="Address to listen on; loopback unless you mean to expose it."
        ),
    ] = LOOPBACK,
    port: Annotated[
        int, typer.Option(min=1, max=65535, metavar="PORT", help="Port to listen on.")
    ] = 8000,
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

    require_store(db)
    try:
        application = create_app(db, token=token or None)
    except StoreError as error:
        typer.echo(f"detente serve: {error}", err=True)
        raise typer.Exit(2) from error
    writing = "on (token set)" if token else "off (no --token)"
    typer.echo(
        f"detente serve: http://{host}:{port}/  API docs at /docs; writing {writing}", err=True
    )
    uvicorn.run(application, host=host, port=port, log_level="warning")
