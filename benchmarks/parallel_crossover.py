"""Where ``detente ingest --workers 2`` starts to beat one process: prints figures, never pass/fail.

A pool of worker processes pays for its start-up (each worker loads spaCy and
the model) before it extracts anything, so a small input is slower on workers
than in one process.  For each corpus size this times a whole ingest, as a
user runs it from a cold start, in a fresh Python process each time:

  one process   load the model, extract and store here
  workers x N   start N workers, extract on them, store here

and prints both wall times and their ratio.  ``detente ingest`` runs an input
smaller than the crossover in one process (``SMALL_INPUT`` in
``detente.cli.commands``); the figure in the README comes from this script.

Run: python benchmarks/parallel_crossover.py [--sizes 50 200 800 1600] [--workers 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import CorpusSpec, generate, write_jsonl

# Run in a fresh interpreter so that each mode pays its own model load, as a user does.
_DRIVER = """
import sys
from detente.ingest import iter_articles
from detente.store import Store
corpus, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Store(db) as store:
    articles = iter_articles([corpus])
    if workers:
        from detente.scale import ingest_with
        ingest_with(store, articles, workers=workers)
    else:
        from detente.pipeline import ingest_articles
        ingest_articles(store, articles)
"""


def timed_ingest(corpus: Path, workers: int) -> float:
    """Wall seconds of one cold ingest of ``corpus`` into a fresh SQLite store."""
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", _DRIVER, str(corpus), f"{folder}/events.db", str(workers)],
            check=True,
        )
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 800, 1600])
    parser.add_argument("--workers", type=int, default=2)
    arguments = parser.parse_args()
    print(f"{'articles':>8}  {'1 process':>10}  {f'{arguments.workers} workers':>10}  ratio")
    for size in arguments.sizes:
        with tempfile.TemporaryDirectory() as folder:
            corpus = Path(folder) / "news.jsonl"
            write_jsonl(generate(CorpusSpec(articles=size)), corpus)
            alone = timed_ingest(corpus, 0)
            pooled = timed_ingest(corpus, arguments.workers)
        print(f"{size:>8}  {alone:>9.1f}s  {pooled:>9.1f}s  {pooled / alone:.2f}", flush=True)


if __name__ == "__main__":
    main()
