"""Extraction off the event loop: in worker processes, within a time budget.

Extraction is CPU-bound and parts of it run in C without releasing the GIL,
so a thread would still stall every other request; a worker process does
not.  Each request gets ``budget`` seconds of a worker: past it the worker is
killed (and replaced) and the caller gets a 503 instead of a hung request.
When every worker is busy and the queue is full, a request is refused at once
(503) rather than queued without end.

Tasks are module-level functions (they cross a process boundary); a task
refuses its input by raising :class:`Refused`, which carries a status.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError
from typing import Any, Protocol, TypeVar

from pebble import ProcessExpired, ProcessPool

from detente.api.errors import ApiError
from detente.errors import InputError

T = TypeVar("T")

BUDGET_SECONDS = float(os.environ.get("DETENTE_EXTRACT_BUDGET", "60"))
QUEUED_PER_WORKER = 4
STARTUP_SECONDS = 30.0  # a fresh worker imports spaCy and loads the model


class Refused(Exception):
    """A task's answer that its input cannot be processed; picklable across processes."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)
        self.status = status
        self.message = message


class Extraction(Protocol):
    """Where the API runs extraction tasks."""

    def run(self, task: Callable[..., T], *args: Any) -> T: ...

    def close(self) -> None: ...


def guarded(task: Callable[..., T], *args: Any) -> T:
    """Run ``task``, turning every failure into a :class:`Refused` with its status."""
    try:
        return task(*args)
    except Refused:
        raise
    except InputError as error:
        raise Refused(400, str(error)) from None
    except Exception as error:  # noqa: BLE001 - the caller gets a 500 naming it, the worker lives
        raise Refused(500, f"extraction failed: {type(error).__name__}: {error}") from None


class ExtractionPool:
    """Worker processes that run extraction tasks, each within ``budget`` seconds."""

    def __init__(
        self, workers: int | None = None, budget: float = BUDGET_SECONDS, warm: bool = True
    ) -> None:
        self.workers = workers or min(2, os.cpu_count() or 1)
        self.budget = budget
        self.warm = warm
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()
        self._pending = 0

    def run(self, task: Callable[..., T], *args: Any) -> T:
        """``task(*args)`` in a worker; 503 when over budget or when too many wait."""
        future = self._schedule(task, args)
        try:
            # The budget runs from the task's start in a worker; waiting for one is bounded too.
            return future.result(timeout=self.budget + max(self.budget, STARTUP_SECONDS))
        except Refused as refused:
            raise ApiError(refused.status, refused.message) from None
        except (TimeoutError, CancelledError):
            future.cancel()
            raise ApiError(
                503, f"extraction took longer than its {self.budget:g} s budget; try a shorter text"
            ) from None
        except ProcessExpired as error:
            raise ApiError(503, f"the extraction worker died ({error}); try again") from None
        finally:
            with self._lock:
                self._pending -= 1

    def start(self) -> None:
        """Start the workers now (each loads the model) rather than on the first request."""
        with self._lock:
            self._started().schedule(_load_model)  # the pool spawns every worker on its first task

    def _started(self) -> ProcessPool:
        if self._pool is None:
            self._pool = ProcessPool(
                max_workers=self.workers,
                initializer=_load_model if self.warm else None,
                context=multiprocessing.get_context("spawn"),
            )
        return self._pool

    def _schedule(self, task: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        with self._lock:
            if self._pending >= self.workers * QUEUED_PER_WORKER:
                raise ApiError(503, "every extraction worker is busy; try again shortly")
            pool = self._started()
            self._pending += 1
            return pool.schedule(guarded, args=(task, *args), timeout=self.budget)

    def close(self) -> None:
        """Stop the workers (they are started again on the next task)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.stop()
            pool.join()


class InProcess:
    """Tasks run in the calling thread, with no budget: for tests and embedding."""

    def run(self, task: Callable[..., T], *args: Any) -> T:
        try:
            return guarded(task, *args)
        except Refused as refused:
            raise ApiError(refused.status, refused.message) from None

    def close(self) -> None:
        return None


def _load_model() -> None:
    from detente.nlp.parser import load_model

    load_model()
