"""Extraction over HTTP runs off the event loop and within a time budget."""

from __future__ import annotations

import functools
import threading
import time

import pytest
from fastapi.testclient import TestClient

import slow_work
from api_world import fill
from detente.api import create_app
from detente.api.workers import ExtractionPool
from detente.store import Store


class StandInPool(ExtractionPool):
    """Worker processes that run ``stand_in`` in place of each extraction task."""

    def __init__(self, stand_in, **options) -> None:
        super().__init__(workers=1, warm=False, **options)
        self.stand_in = stand_in

    def run(self, task, *args):
        return super().run(functools.partial(self.stand_in, task), *args)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(f"sqlite:///{tmp_path_factory.mktemp('budget') / 'world.db'}") as opened:
        fill(opened)
        yield opened


@pytest.fixture(scope="module")
def halfway() -> float:
    """One second (when the cheap request is sent) plus half the slow work's duration."""
    started = time.monotonic()
    slow_work.hold_the_interpreter(None, "Slow text.")
    return 1.0 + (time.monotonic() - started) / 2


def cheap_answer_during_slow_extract(client: TestClient) -> float:
    """Seconds from the start of a slow extract (seconds of work that holds the
    GIL) to the answer of a cheap GET sent one second later."""
    client.post("/api/extract", json={"text": "Warm-up."})  # start the worker first
    slow = threading.Thread(
        target=client.post, args=("/api/extract",), kwargs={"json": {"text": "Slow text."}}
    )
    started = time.monotonic()
    slow.start()
    time.sleep(1.0)  # the slow request is in its extraction by now
    assert client.get("/api/events", params={"limit": 1}).status_code == 200
    answered = time.monotonic() - started
    slow.join()
    return answered


def test_a_slow_extract_does_not_block_a_cheap_request(store, halfway):
    pool = StandInPool(slow_work.hold_the_interpreter, budget=60)
    with TestClient(create_app(store, extraction=pool)) as client:
        assert cheap_answer_during_slow_extract(client) < halfway


def test_an_extract_over_its_budget_is_a_503_and_the_next_one_works(store):
    pool = StandInPool(slow_work.sleep_forever, budget=2)
    with TestClient(create_app(store, extraction=pool)) as client:
        started = time.monotonic()
        response = client.post("/api/extract", json={"text": "Endless text."})
        assert response.status_code == 503
        assert response.json()["error"]["message"] == (
            "extraction took longer than its 2 s budget; try a shorter text"
        )
        # the budget, plus a worker's start-up on a loaded machine; the work never ends by itself
        assert time.monotonic() - started < 60
        pool.stand_in = slow_work.hold_the_interpreter
        assert client.post("/api/extract", json={"text": "Short text."}).status_code == 200
