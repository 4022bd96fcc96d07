"""The HTTP API (JSON under ``/api``) and the app that also serves the pages."""

from detente.api.app import create_app

__all__ = ["create_app"]
