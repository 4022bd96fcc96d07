"""Readers stream: memory does not grow with the size of the input."""

from __future__ import annotations

import json
import random
import tracemalloc
from pathlib import Path

from detente.ingest import NearDuplicateGrouper, iter_articles
from detente.model import Article
from ingest_fixtures import page, write_warc

SENTENCE = (
    "The foreign ministry said on Tuesday that the envoy of district {n} had been recalled "
    "for consultations after a long dispute over the border crossing."
)


def paragraphs(number: int, count: int) -> list[str]:
    return [SENTENCE.format(n=number * 100 + k) for k in range(count)]


def jsonl_dump(path: Path, records: int) -> Path:
    with open(path, "w", encoding="utf-8") as output:
        for number in range(records):
            output.write(json.dumps({"text": " ".join(paragraphs(number, 20))}) + "\n")
    return path


def warc_archive(path: Path, images: int) -> Path:
    """Five pages among ``images`` photographs of 50 kB each: bulk a reader must stream past."""
    photo = random.Random(0).randbytes(50_000)
    records = [
        ("response", f"https://gazette.example/{n}.jpg", "image/jpeg", photo, "200 OK")
        for n in range(images)
    ]
    for n in range(5):
        records.insert(
            n * images // 5,
            (
                "response",
                f"https://gazette.example/{n}",
                "text/html",
                page(f"Story {n}", "2024-01-01", *paragraphs(n, 10)),
                "200 OK",
            ),
        )
    return write_warc(path, records)


def peak_while_reading(path: Path) -> tuple[int, int]:
    """(articles read, peak bytes allocated while reading them)."""
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_articles([path]))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_jsonl_memory_stays_flat_as_the_dump_grows_tenfold(tmp_path):
    small, large = (
        jsonl_dump(tmp_path / "small.jsonl", 200),
        jsonl_dump(tmp_path / "big.jsonl", 2000),
    )
    peak_while_reading(small)  # warm caches (imports, compiled patterns)
    (small_count, small_peak), (large_count, large_peak) = map(peak_while_reading, (small, large))
    assert (small_count, large_count) == (200, 2000)
    assert large.stat().st_size > 5_000_000
    assert large_peak < small_peak + 1_000_000


def test_warc_memory_stays_flat_as_the_archive_grows_twentyfold(tmp_path):
    small = warc_archive(tmp_path / "small.warc", 10)
    large = warc_archive(tmp_path / "big.warc", 200)
    peak_while_reading(small)
    (small_count, small_peak), (large_count, large_peak) = map(peak_while_reading, (small, large))
    assert (small_count, large_count) == (5, 5)
    assert large.stat().st_size > 10_000_000
    assert large_peak < small_peak + 1_000_000


def test_the_grouper_never_holds_more_than_its_window():
    grouper = NearDuplicateGrouper(window=5)
    emitted = 0
    for number in range(40):
        text = " ".join(paragraphs(number, 3))
        emitted += len(grouper.add(Article(f"d{number}", text)))
        assert grouper.held <= 5
    assert emitted + len(grouper.flush()) == 40
    assert grouper.held == 0
