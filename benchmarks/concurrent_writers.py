"""Concurrent writers: do N processes ingesting one corpus at once store what one would?

Generates the news corpus of ``tests/concurrent_corpus.py`` (no NLP: each
article carries its events), ingests it once sequentially, then with N
writer processes at once (each the whole corpus, from another place in it),
then once more sequentially on top (a re-run).  Prints, per database and N:
failed writers, events stored against the sequential ingest, duplicate
(type, dyad, date) groups beyond the sequential ones, and whether the events
(type, dyad, date, persons, source counts) are exactly the sequential ones.

Run: python benchmarks/concurrent_writers.py [--incidents 120] [--writers 2 4] [--migrated]
     [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import concurrent_corpus as corpus  # noqa: E402 - found through the path above
from detente.store import Store  # noqa: E402
from store_helpers import fresh_schema  # noqa: E402


@contextmanager
def fresh_database(postgres: str | None, folder: Path, name: str):
    """A URL to an empty SQLite file, or to a fresh schema of ``postgres`` (dropped after)."""
    if postgres is None:
        yield f"sqlite:///{folder / f'{name}.db'}"
        return
    with fresh_schema(postgres, "detente_bench") as url:
        yield url


def run_writers(url: str, seed: int, incidents: int, writers: int) -> list[int]:
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(writers)
    size = len(corpus.news_corpus(seed, incidents))
    processes = [
        context.Process(
            target=corpus.write_part,
            args=(url, seed, number * size // writers, 4, barrier, incidents),
        )
        for number in range(writers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    return [process.exitcode for process in processes]


def figures(stored, sequential) -> str:
    extra = corpus.duplicate_groups(stored) - corpus.duplicate_groups(sequential)
    return (
        f"{sum(stored.values())} events (sequential {sum(sequential.values())}), "
        f"{extra} extra duplicate groups, exact: {stored == sequential}"
    )


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--incidents", type=int, default=120)
    options.add_argument("--seed", type=int, default=14)
    options.add_argument("--writers", type=int, nargs="+", default=[2, 4])
    options.add_argument("--postgres", help="also on this PostgreSQL database")
    options.add_argument(
        "--migrated", action="store_true", help="create the tables first: no start-up race"
    )
    args = options.parse_args()
    items = corpus.news_corpus(args.seed, args.incidents)
    print(f"corpus: {len(items)} articles, {sum(len(i.events) for i in items)} reports")
    with tempfile.TemporaryDirectory() as folder:
        for postgres in [None, args.postgres] if args.postgres else [None]:
            backend = "postgresql" if postgres else "sqlite"
            with fresh_database(postgres, Path(folder), "sequential") as url:
                corpus.write_part(url, args.seed, 0, 50, incidents=args.incidents)
                sequential = corpus.stored_events(url)
            for writers in args.writers:
                with fresh_database(postgres, Path(folder), f"w{writers}") as url:
                    if args.migrated:
                        Store(url).close()
                    codes = run_writers(url, args.seed, args.incidents, writers)
                    failed = sum(code != 0 for code in codes)
                    print(
                        f"{backend} {writers} writers: {failed} failed; "
                        f"{figures(corpus.stored_events(url), sequential)}"
                    )
                    corpus.write_part(url, args.seed, 0, 50, incidents=args.incidents)
                    print(
                        f"  after a sequential re-run: "
                        f"{figures(corpus.stored_events(url), sequential)}"
                    )


if __name__ == "__main__":
    main()
