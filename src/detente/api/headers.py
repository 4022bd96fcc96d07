"""Security headers on every response: a strict Content-Security-Policy, no MIME
sniffing, and no framing (clickjacking).

Pages load scripts, styles, images and data only from this server; the one
inline script (Swagger UI's start-up on ``/docs``) is allowed by its hash.
"""

from __future__ import annotations

import base64
import hashlib

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

POLICY = (
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",  # style="" attributes in templates, Swagger UI
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)


def policy(inline_scripts: tuple[str, ...] = ()) -> str:
    """The Content-Security-Policy, allowing exactly the given inline scripts."""
    hashes = " ".join(f"'sha256-{_digest(script)}'" for script in inline_scripts)
    directives = [
        f"{directive} {hashes}" if hashes and directive.startswith("script-src") else directive
        for directive in POLICY
    ]
    return "; ".join(directives)


def _digest(script: str) -> str:
    return base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()


class SecurityHeaders:
    """ASGI middleware adding the headers to every HTTP response.

    ``inline_scripts`` maps a path to the inline scripts its page may run.
    """

    def __init__(self, app: ASGIApp, inline_scripts: dict[str, tuple[str, ...]] | None = None):
        self.app = app
        self.default = policy()
        self.by_path = {path: policy(scripts) for path, scripts in (inline_scripts or {}).items()}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = self.by_path.get(scope["path"], self.default)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", csp)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Referrer-Policy", "same-origin")
            await send(message)

        await self.app(scope, receive, with_headers)
