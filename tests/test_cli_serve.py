"""``detente serve`` on a port in use says so, and nothing else (issue 13, item 13)."""

from __future__ import annotations

import socket

from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store


def test_serve_on_a_taken_port_says_so_before_any_banner(tmp_path):
    Store(str(tmp_path / "here.db")).close()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = CliRunner().invoke(
            app, ["serve", "--db", str(tmp_path / "here.db"), "--port", str(port)]
        )
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"detente serve: cannot listen on 127.0.0.1:{port}: port {port} is taken "
        f"(another server? try --port {port + 1})"
    )
