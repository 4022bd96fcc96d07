"""Views remembered until the store changes.

A relationship's state, a country's brief and the start page replay every
event behind them; an analyst reopens the same pages many times between
ingests.  Each view is kept under its arguments and the store's data version
(:func:`~detente.store.summaries.data_version`, one indexed lookup), so a
write by ``detente ingest`` in another process is seen on the next request.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from detente.store import Store
from detente.store.summaries import data_version

View = TypeVar("View", bound=Callable[..., Any])
CACHE_SIZE = 512


class ViewCache:
    """The most recently used views of one store, at most ``size`` of them."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The value kept under ``key``, computed (and kept) when there is none."""
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = compute()
        with self._lock:
            self._entries[key] = value
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value


_caches: WeakKeyDictionary[Store, ViewCache] = WeakKeyDictionary()
_caches_lock = threading.Lock()


def cache_of(store: Store) -> ViewCache:
    """The view cache of ``store``, made on first use."""
    with _caches_lock:
        if store not in _caches:
            _caches[store] = ViewCache()
        return _caches[store]


def remembered(view: View) -> View:
    """Keep ``view(store, ...)`` until the store's data changes.

    The views return fresh JSON-ready dicts that callers only read.
    """

    @wraps(view)
    def cached(store: Store, *args: Hashable, **options: Hashable) -> Any:
        key = (view.__name__, data_version(store), args, tuple(sorted(options.items())))
        return cache_of(store).get(key, lambda: view(store, *args, **options))

    return cached  # type: ignore[return-value]
