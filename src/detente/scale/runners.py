"""Where batches run: in this process, in a pool of worker processes, or on a Dask cluster.

Every runner maps a function over batches and yields the results *in input
order*, keeping only a few batches in flight so a stream of any length runs
in bounded memory.  Workers load the model once (``warm_worker``) and keep it
for every batch they get.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.queues import SimpleQueue
from typing import Any, Protocol

from detente.errors import DetenteError
from detente.scale.orphans import (
    DASK_PRELOAD,
    die_with_parent,
    started_by,
    workers_die_with_this_process,
)
from detente.scale.work import warm_worker, worker_name

_IN_FLIGHT_PER_WORKER = 2
LOCAL_DASK_WORKERS = 2
CONNECT_TIMEOUT_SECONDS = 20  # to reach a remote scheduler
_START_TIMEOUT = 300  # seconds for every worker to load the model


class ClusterError(DetenteError):
    """The worker pool or the Dask cluster could not be started, reached or kept alive."""


class Runner(Protocol):
    workers: list[str]  # names of the worker processes, "<host>:<pid>"

    def map(
        self, function: Callable[..., Any], batches: Iterable[Any], **kwargs: Any
    ) -> Iterator[Any]: ...

    def close(self) -> None: ...


class InProcessRunner:
    """Batches run one after the other in this process (``--workers 1``)."""

    def __init__(self) -> None:
        self.workers = [warm_worker()]

    def map(
        self, function: Callable[..., Any], batches: Iterable[Any], **kwargs: Any
    ) -> Iterator[Any]:
        for batch in batches:
            yield function(batch, **kwargs)

    def close(self) -> None:
        """Nothing to release."""


class PoolRunner:
    """A pool of worker processes on this machine (``--workers N``).

    Processes are started with ``spawn``: a fork of a parent that runs a
    progress bar's thread or holds database connections is not safe.
    """

    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("spawn")
        started, names = context.Barrier(workers), context.SimpleQueue()
        # Its workers die with this process, even one killed while they start.
        self._exits = contextlib.ExitStack()
        self._exits.enter_context(workers_die_with_this_process())
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(started, names),
        )
        try:
            # The pool starts processes on demand: ask for one call per worker; each
            # waits in its start-up until all have loaded the model.
            list(self._pool.map(_name, range(workers)))
        except Exception as error:
            self.close()
            why = names.get() if not names.empty() else str(error)  # the worker's own reason
            raise ClusterError(f"cannot start {workers} worker processes: {why}") from error
        self.workers = sorted(names.get() for _ in range(workers))
        self._window = _IN_FLIGHT_PER_WORKER * workers

    def map(
        self, function: Callable[..., Any], batches: Iterable[Any], **kwargs: Any
    ) -> Iterator[Any]:
        try:
            yield from _in_order(
                lambda batch: self._pool.submit(function, batch, **kwargs), batches, self._window
            )
        except BrokenProcessPool as error:
            raise ClusterError(f"a worker process died (out of memory?): {error}") from error

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
        self._exits.close()


class DaskRunner:
    """A Dask distributed cluster: ``local`` starts one here, else the scheduler's address.

    A remote cluster's workers need detente and its model installed; results
    come back to this process, which writes them to the store (on PostgreSQL
    the workers write, see :func:`detente.scale.ingest_scaled`).
    """

    def __init__(self, address: str) -> None:
        from distributed import Client, LocalCluster

        self._cluster = None
        self._exits = contextlib.ExitStack()
        try:
            if address == "local":
                # Its workers die with this process, even one killed while they start.
                self._exits.enter_context(workers_die_with_this_process())
                self._cluster = LocalCluster(
                    n_workers=LOCAL_DASK_WORKERS,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    preload=[DASK_PRELOAD],
                )
                self._client = Client(self._cluster)
            else:
                self._client = Client(address, timeout=CONNECT_TIMEOUT_SECONDS)
            self.workers = sorted(self._client.run(warm_worker).values())
        except (OSError, TimeoutError) as error:
            self.close()
            raise ClusterError(f"cannot use the Dask cluster at {address}: {error}") from error
        if not self.workers:
            self.close()
            raise ClusterError(f"the Dask cluster at {address} has no workers")
        self._window = _IN_FLIGHT_PER_WORKER * len(self.workers)

    def map(
        self, function: Callable[..., Any], batches: Iterable[Any], **kwargs: Any
    ) -> Iterator[Any]:
        from distributed import KilledWorker

        def submit(batch: Any) -> Any:
            return self._client.submit(function, batch, pure=False, **kwargs)

        try:
            yield from _in_order(submit, batches, self._window)
        except KilledWorker as error:
            raise ClusterError(f"Dask workers died running a batch: {error}") from error

    def close(self) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._exits.close()


def open_runner(workers: int | None = None, dask: str | None = None) -> Runner:
    """The runner for ``--workers N`` or ``--dask ADDRESS|local`` (one process when neither)."""
    if dask:
        return DaskRunner(dask)
    if workers and workers > 1:
        return PoolRunner(workers)
    return InProcessRunner()


def _in_order(
    submit: Callable[[Any], Future], batches: Iterable[Any], window: int
) -> Iterator[Any]:
    """Results of ``submit(batch)`` in input order, at most ``window`` batches in flight."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _start_worker(started: threading.Barrier, names: SimpleQueue) -> None:
    die_with_parent(started_by())
    try:
        warm_worker()
    except Exception as error:
        names.put(str(error))  # e.g. the model is not installed: say so, not "broken pool"
        raise
    names.put(worker_name())
    started.wait(timeout=_START_TIMEOUT)


def _name(_: int) -> str:
    return worker_name()
