"""``detente ingest``, the HTTP ingest endpoint and ``--workers`` go through one pipeline
(:mod:`detente.pipeline`) and store the same events for the same articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.api import create_app
from detente.cli import app
from detente.cli import commands as cli_commands
from detente.store import Store

TOKEN = "one pipeline"
ARTICLES = {
    "expulsion": (
        "2023-03-09",
        "Moldova expelled the Russian ambassador on Monday, giving him 72 hours to leave "
        "the country, the foreign ministry in Chisinau said.\n\nThe embassy did not comment.",
    ),
    "recall": (
        "2022-11-04",
        "Peru has recalled its ambassador to Mexico for consultations, the foreign ministry "
        "in Lima said on Thursday.\n\nTrade talks go on.",
    ),
    "credentials": (
        "2021-06-15",
        "The new Japanese ambassador presented his credentials to the President of Kenya "
        "on Monday at State House in Nairobi.",
    ),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, (published, text) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(f"date {published}\n{text}\n", encoding="utf-8")
    return folder


def stored(url: str) -> list[tuple]:
    with Store(url) as store:
        return sorted(
            (e.type, e.source, e.target, e.date, e.modality, e.evidence, e.n_articles)
            for e in store.events()
        )


def by_cli(folder: Path, db: Path, *options: str) -> list[tuple]:
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), *options])
    assert result.exit_code == 0, result.output
    return stored(f"sqlite:///{db}")


@pytest.mark.slow
def test_cli_http_and_workers_store_the_same_events(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(cli_commands, "SMALL_INPUT", 1)  # on workers, however small the input
    in_one_process = by_cli(folder, tmp_path / "cli.db")
    assert len(in_one_process) >= 3  # every article reports an event
    on_workers = by_cli(folder, tmp_path / "workers.db", "--workers", "2")
    url = f"sqlite:///{tmp_path / 'http.db'}"
    with Store(url) as store, TestClient(create_app(store, token=TOKEN)) as client:
        for published, text in ARTICLES.values():
            response = client.post(
                "/api/articles",
                json={"text": text, "published": published},
                headers={"Authorization": f"Bearer {TOKEN}"},
            )
            assert response.status_code == 200, response.text
    assert stored(url) == in_one_process
    assert on_workers == in_one_process
