"""The ASGI app: JSON API under ``/api``, pages at ``/``, assets under ``/static``.

>>> app = create_app("sqlite:///events.db", token="s3cret")
>>> uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

import detente
from detente.api import routes, writes
from detente.api.errors import install_error_handlers
from detente.api.headers import SecurityHeaders
from detente.api.limits import MAX_BODY_BYTES, BodySizeLimit
from detente.api.workers import Extraction, ExtractionPool
from detente.store import Store

DESCRIPTION = """Diplomatic events between states, from news, each with its sources and
dates, and the state of every bilateral relationship on any date.

Countries are accepted by name or code everywhere (`belarus`, `BLR`).
Errors are JSON: `{"error": {"status": 404, "message": "..."}}`.
Writing (`POST /api/articles`) needs `Authorization: Bearer <token>`."""


def create_app(
    store: Store | str | None = None,
    token: str | None = None,
    extraction: Extraction | None = None,
) -> FastAPI:
    """The app over ``store`` (a :class:`Store` or a database URL; default ``DETENTE_DB``).

    ``token`` (default ``DETENTE_TOKEN``) enables writing over HTTP; without
    one, the write endpoints answer 403.  ``extraction`` runs the extraction
    of posted texts: by default an :class:`ExtractionPool` of worker
    processes, each request within a time budget, stopped with the app.
    """
    extraction = extraction if extraction is not None else ExtractionPool()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        extraction.close()

    from detente.web.pages import error_page  # the pages build on the API's views
    from detente.web.pages import router as pages

    app = FastAPI(
        title="detente",
        version=detente.__version__,
        description=DESCRIPTION,
        docs_url=None,  # served below from vendored assets, not a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store if isinstance(store, Store) else Store(store)
    app.state.token = token if token is not None else os.environ.get("DETENTE_TOKEN") or None
    app.state.extraction = extraction
    app.state.error_page = error_page
    install_error_handlers(app)
    app.include_router(routes.router)
    app.include_router(writes.router)
    app.include_router(pages)
    static = files("detente.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_api_route("/docs", _offline_docs, include_in_schema=False)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(BodySizeLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(SecurityHeaders, inline_scripts={"/docs": _inline_scripts(_offline_docs())})
    return app


def _offline_docs() -> HTMLResponse:
    """Swagger UI over ``/openapi.json``, every asset from ``/static`` (works offline)."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="detente API",
        swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
        # No validator badge: it would be fetched from swagger.io.
        swagger_ui_parameters={"validatorUrl": None},
    )


def _inline_scripts(page: HTMLResponse) -> tuple[str, ...]:
    """The inline scripts of a page, for the Content-Security-Policy to allow by hash."""
    body = bytes(page.body).decode()
    return tuple(re.findall(r"<script>(.*?)</script>", body, flags=re.DOTALL))
