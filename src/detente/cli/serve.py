"""``detente serve``: the API and the pages over a store, with uvicorn.

:func:`register` adds the command to the ``detente`` typer app.
"""

from __future__ import annotations

import errno
import socket
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
    from detente.api.workers import ExtractionPool

    require_store(db)
    extraction = ExtractionPool()
    try:
        application = create_app(db, token=token or None, extraction=extraction)
    except StoreError as error:
        typer.echo(f"detente serve: {error}", err=True)
        raise typer.Exit(2) from error
    taken = _bind_error(host, port)
    if taken:
        typer.echo(f"detente serve: cannot listen on {host}:{port}: {taken}", err=True)
        raise typer.Exit(1)
    writing = "on (token set)" if token else "off (no --token)"
    typer.echo(
        f"detente serve: http://{host}:{port}/  API docs at /docs; writing {writing}", err=True
    )
    extraction.start()  # workers load the model while the server starts
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _bind_error(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on (taken, no such address), or None.

    Tried before the banner so that a taken port is the one thing said; bound
    as uvicorn binds (``SO_REUSEADDR``), so a port only in TIME_WAIT is free.
    """
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            return f"port {port} is taken (another server? try --port {port + 1})"
        return error.strerror or str(error)
    return None
