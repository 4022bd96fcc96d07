"""Scale: extraction on every core (a pool of worker processes) or on a Dask cluster.

>>> with Store("sqlite:///events.db") as store:
...     runner = open_runner(workers=2)          # or open_runner(dask="local")
...     try:
...         done = ingest_scaled(store, iter_articles(["feed.jsonl"]), runner)
...     finally:
...         runner.close()
"""

from detente.scale.ingest import ScaledIngest, ingest_scaled, ingest_with
from detente.scale.runners import (
    ClusterError,
    DaskRunner,
    InProcessRunner,
    PoolRunner,
    Runner,
    open_runner,
)

__all__ = [
    "ClusterError",
    "DaskRunner",
    "InProcessRunner",
    "PoolRunner",
    "Runner",
    "ScaledIngest",
    "ingest_scaled",
    "ingest_with",
    "open_runner",
]
