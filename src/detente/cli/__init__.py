"""The ``detente`` command: every typer command and all terminal printing.

The console script is ``detente = "detente.cli:app"``.
"""

from detente.cli.main import app

__all__ = ["app"]
