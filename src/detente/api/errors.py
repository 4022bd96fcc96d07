"""JSON errors at the HTTP edge: every bad request gets a 4xx that says what is wrong.

Errors are ``{"error": {"status": 404, "message": "...", "detail": ...}}``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from detente.errors import InputError

JSON_PATHS = ("/api/", "/openapi.json", "/docs", "/redoc", "/static/")


class ErrorDetail(BaseModel):
    """What went wrong: the HTTP status again, and a message naming the bad part."""

    status: int
    message: str
    detail: Any = None


class ErrorBody(BaseModel):
    """Every error response: ``{"error": {"status": ..., "message": ...}}``."""

    error: ErrorDetail


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the error statuses an endpoint can answer."""
    meaning = {
        400: "Bad parameter (unknown country, type or modality; malformed date)",
        401: "Missing or wrong token",
        403: "Writing over HTTP is off",
        404: "No such country or event",
        405: "Method not allowed on this path (see the Allow header)",
        413: "Body over 5 MB",
        422: "Invalid JSON, body or parameter",
        500: "Extraction failed",
        503: "Extraction over its time budget, or every worker busy",
    }
    return {status: {"model": ErrorBody, "description": meaning[status]} for status in statuses}


class ApiError(Exception):
    """A request the API refuses, with the status and a message for the caller."""

    def __init__(self, status: int, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail


def error_body(status: int, message: str, detail: Any = None) -> dict[str, Any]:
    """The JSON body of an error response."""
    body: dict[str, Any] = {"status": status, "message": message}
    if detail is not None:
        body["detail"] = detail
    return {"error": body}


def install_error_handlers(app: FastAPI) -> None:
    """Turn every refused request into a JSON error, never an HTML page or a 500."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)


def _respond(
    request: Request,
    status: int,
    message: str,
    detail: Any = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """The error as JSON (or a page for a browser), with ``headers`` (``Allow`` on a 405)."""
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    error_page = getattr(request.app.state, "error_page", None)
    if error_page is not None and _wants_page(request):
        response = error_page(request, status, message)
        response.headers.update(headers)
        return response
    body = error_body(status, message, detail)
    return JSONResponse(body, status_code=status, headers=headers or None)


def _wants_page(request: Request) -> bool:
    """A page URL asked for by a browser gets an HTML error; the API always gets JSON."""
    path = request.url.path
    if path.startswith(JSON_PATHS):
        return False
    return "text/html" in request.headers.get("accept", "")


async def _api_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, ApiError)
    return _respond(request, error.status, error.message, error.detail)


async def _input_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, InputError)
    return _respond(request, 400, str(error))


async def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problems = [_describe(problem) for problem in error.errors()]
    return _respond(request, 422, "; ".join(problems), problems)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    return _respond(request, error.status_code, str(error.detail), headers=error.headers)


def _describe(problem: dict[str, Any]) -> str:
    """``query.limit: Input should be less than or equal to 1000``."""
    where = ".".join(str(part) for part in problem.get("loc", ()))
    return f"{where}: {problem.get('msg', 'invalid')}"
