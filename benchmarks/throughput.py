"""Extraction throughput at firehose scale, in one run: prints figures, never pass/fail.

On a synthetic general-news corpus (``corpus.py``; 2% diplomatic sentences by
default) it measures, each as the median of ``--runs`` runs:

  baseline     the full spaCy pipeline on every sentence (cascade off), 1 process
  cascade      scan, then parse candidate sentences only, 1 process
  ingest x1    the cascade and the store writes (SQLite), 1 process
  workers x2   the same on a pool of 2 worker processes (``detente ingest --workers 2``)
  dask x2      the same on a local Dask cluster of 2 workers (``--dask local``)

and prints words/s and articles/s in total and per core, the ratio to the
baseline, peak RSS per worker, and the share of time spent extracting vs
writing to the store.  The baseline runs on the first ``--baseline-articles``
articles (a rate, so comparable), and its events are checked against the
cascade's for the same articles; ``--verify-all`` checks the whole corpus and
``--dev DIR`` a folder of seed-format articles (*.txt) too.

Run: python benchmarks/throughput.py [--articles 1000] [--share 0.02] [--runs 5]
         [--baseline-articles 60] [--verify-all] [--dev /work/shared/eval/dev] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpus import CorpusSpec, add_corpus_arguments, generate, words

from detente.ingest.text import parse_article
from detente.model import Article, Event
from detente.nlp.parser import load_model
from detente.nlp.pipeline import extract_many
from detente.scale import DaskRunner, InProcessRunner, PoolRunner, Runner, ingest_scaled
from detente.store import Store

CORES_OF_TWO_WORKERS = 2


@dataclass
class Mode:
    """One measured configuration and its runs."""

    name: str
    cores: int
    articles: int
    words: int
    seconds: list[float] = field(default_factory=list)
    extract_seconds: list[float] = field(default_factory=list)
    extract_cpu_seconds: list[float] = field(default_factory=list)
    store_seconds: list[float] = field(default_factory=list)
    dispatch_seconds: list[float] = field(default_factory=list)
    peak_rss: dict[str, int] = field(default_factory=dict)
    startup_seconds: float = 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def words_per_core(self) -> float:
        return self.words / self.median / self.cores


def main() -> None:
    args = _arguments()
    load_model()
    articles = generate(CorpusSpec(args.articles, args.share, args.seed))
    subset = articles[: args.baseline_articles]
    print(
        f"corpus: {len(articles)} articles, {words(articles)} words, "
        f"{args.share:.0%} diplomatic sentences; baseline on {len(subset)} articles, "
        f"{words(subset)} words; {args.runs} runs each; {os.cpu_count()} cores; "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    extract_many(articles[:5])  # warm every lazy table before timing

    baseline = _extraction_mode("baseline (parse every sentence)", subset, False, args.runs)
    cascade = _extraction_mode("cascade", articles, True, args.runs)
    modes = [baseline.mode, cascade.mode]
    for name, cores, make in (
        ("ingest x1 (cascade + store)", 1, InProcessRunner),
        ("workers x2 (cascade + store)", CORES_OF_TWO_WORKERS, lambda: PoolRunner(2)),
        ("dask local x2 (cascade + store)", CORES_OF_TWO_WORKERS, lambda: DaskRunner("local")),
    ):
        modes.append(_ingest_mode(name, cores, make, articles, args.runs))

    _print_table(modes, baseline.mode)
    _print_checks(baseline.events, cascade.events[: len(subset)], "baseline subset")
    if args.verify_all:
        _verify("whole corpus", articles, cascade.events)
    if args.profile:
        _print_profile(articles)
    if args.dev:
        dev = [
            parse_article(path.read_text(encoding="utf-8"), doc_id=path.stem)
            for path in sorted(args.dev.glob("*.txt"))
        ]
        _verify(f"dev set ({args.dev})", dev, list(extract_many(dev, True)))


@dataclass
class _Extraction:
    mode: Mode
    events: list[list[Event]]


def _extraction_mode(name: str, articles: list[Article], cascade: bool, runs: int) -> _Extraction:
    mode = Mode(name, 1, len(articles), words(articles))
    events: list[list[Event]] = []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        events = list(extract_many(articles, cascade))
        mode.seconds.append(time.perf_counter() - started)
        mode.extract_seconds.append(mode.seconds[-1])
        mode.extract_cpu_seconds.append(time.process_time() - cpu_started)
        print(f"  {name}: {mode.seconds[-1]:.2f} s", file=sys.stderr)
    mode.peak_rss["benchmark process"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return _Extraction(mode, events)


def _ingest_mode(
    name: str, cores: int, make: Callable[[], Runner], articles: list[Article], runs: int
) -> Mode:
    mode = Mode(name, cores, len(articles), words(articles))
    started = time.perf_counter()
    runner = make()
    mode.startup_seconds = time.perf_counter() - started
    try:
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as folder, Store(f"{folder}/events.db") as store:
                done = ingest_scaled(store, articles, runner)
            mode.seconds.append(done.wall_seconds)
            mode.extract_seconds.append(done.extract_seconds)
            mode.extract_cpu_seconds.append(done.extract_cpu_seconds)
            mode.store_seconds.append(done.store_seconds)
            mode.dispatch_seconds.append(done.dispatch_seconds)
            for worker, rss in done.peak_rss_bytes.items():
                mode.peak_rss[worker] = max(mode.peak_rss.get(worker, 0), rss)
            print(f"  {name}: {done.wall_seconds:.2f} s", file=sys.stderr)
    finally:
        runner.close()
    return mode


def _print_table(modes: list[Mode], baseline: Mode) -> None:
    print()
    print(
        f"{'mode':32} {'median s':>8} {'words/s':>8} {'words/s/core':>12} {'art/s/core':>10} "
        f"{'x base':>6} {'words/cpu-s':>11} {'extract:store:read+group':>24} {'start s':>7}"
    )
    for mode in modes:
        per_core = mode.words_per_core()
        cpu = statistics.median(mode.extract_cpu_seconds)
        print(
            f"{mode.name:32} {mode.median:8.2f} {mode.words / mode.median:8.0f} "
            f"{per_core:12.0f} {mode.articles / mode.median / mode.cores:10.1f} "
            f"{per_core / baseline.words_per_core():6.1f} {mode.words / cpu:11.0f} "
            f"{_shares(mode):>24} {mode.startup_seconds:7.1f}"
        )
    print(
        "\nwords/s/core = words / median wall time / cores used (2 for the worker modes);"
        "\nwords/cpu-s = words / CPU seconds of extraction, summed over workers (robust to"
        "\nother load on the machine); shares = medians of worker extraction seconds, store"
        "\nwrite seconds and the parent's reading, copy grouping and known-article checks."
    )
    print("\npeak RSS per worker (MB):")
    for mode in modes:
        sizes = ", ".join(f"{rss / 2**20:.0f}" for _, rss in sorted(mode.peak_rss.items()))
        print(f"  {mode.name:32} {sizes}")


def _shares(mode: Mode) -> str:
    """Extraction : store : dispatch, as shares of their summed median seconds."""
    parts = [statistics.median(mode.extract_seconds)]
    parts.append(statistics.median(mode.store_seconds) if mode.store_seconds else 0.0)
    parts.append(statistics.median(mode.dispatch_seconds) if mode.dispatch_seconds else 0.0)
    return ":".join(f"{part / sum(parts):.0%}" for part in parts)


def _print_checks(full: list[list[Event]], cascade: list[list[Event]], where: str) -> None:
    same = sum(a == b for a, b in zip(full, cascade, strict=True))
    events = sum(len(found) for found in full)
    print(
        f"\nsame events with and without the cascade, {where}: "
        f"{same}/{len(full)} articles identical ({events} events without, "
        f"{sum(len(found) for found in cascade)} with)"
    )


def _verify(where: str, articles: list[Article], cascade: list[list[Event]]) -> None:
    started = time.perf_counter()
    full = list(extract_many(articles, False))
    _print_checks(full, cascade, where)
    print(f"  (full parse of {where}: {time.perf_counter() - started:.1f} s)")


# Stages of the cascade: (label, file name, function) whose cumulative time is shown.
_STAGES = (
    ("segmentation (segment.sentences)", "segment.py", "sentences"),
    ("actor matching + context (ArticleContext.build)", "context.py", "build"),
    ("the scan (pipeline._is_candidate)", "pipeline.py", "_is_candidate"),
    ("spaCy parse of candidates (Language.pipe)", "language.py", "pipe"),
    ("triggers (find_triggers)", "triggers.py", "find_triggers"),
    ("time expressions (find_time_expressions)", "timex.py", "find_time_expressions"),
    ("mentions: roles, modality, dates (mentions_of)", "mentions.py", "mentions_of"),
    ("merge within the article (merge_mentions)", "merge.py", "merge_mentions"),
)


def _print_profile(articles: list[Article]) -> None:
    """Where one cascade run spends its time (cProfile, so slower than the timed runs)."""
    profile = cProfile.Profile()
    profile.runcall(lambda: list(extract_many(articles, True)))
    stats = pstats.Stats(profile).stats  # (file, line, function) -> (cc, nc, tt, ct, callers)
    total = sum(tt for _cc, _nc, tt, _ct, _callers in stats.values())
    print(f"\nprofile of one cascade run ({total:.2f} s under cProfile):")
    for label, file_name, function in _STAGES:
        seconds = max(
            (
                ct
                for (path, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.items()
                if path.endswith(file_name) and name == function
            ),
            default=0.0,
        )
        print(f"  {label:50} {seconds:6.2f} s {seconds / total:5.0%}")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_corpus_arguments(parser, articles=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline-articles", type=int, default=60)
    parser.add_argument(
        "--verify-all",
        action="store_true",
        help="also parse the whole corpus without the cascade and compare",
    )
    parser.add_argument("--dev", type=Path, help="a folder of seed-format *.txt to compare on")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile one cascade run and print the time per stage",
    )
    return parser.parse_args()


if __name__ == "__main__":
    main()
