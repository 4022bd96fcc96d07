"""Bearer-token check for the write endpoints."""

from __future__ import annotations

import hmac

from fastapi import Request

from detente.api.errors import ApiError


def require_writer(request: Request) -> None:
    """Let the request write only if it carries the configured token.

    With no token configured, writing over HTTP is off (403).  The comparison
    is constant-time so the token cannot be guessed byte by byte from timings.
    """
    expected: str | None = request.app.state.token
    if not expected:
        raise ApiError(
            403, "writing over HTTP is off: start the server with --token or DETENTE_TOKEN"
        )
    if not token_matches(expected, _bearer(request.headers.get("authorization", ""))):
        raise ApiError(401, "missing or wrong token: send 'Authorization: Bearer <token>'")


def token_matches(expected: str, given: str | None) -> bool:
    """Whether ``given`` is the configured token, compared in constant time."""
    if not given:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def _bearer(header: str) -> str | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()
