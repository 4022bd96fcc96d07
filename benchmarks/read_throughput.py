"""Reading throughput of every input format, in MB of input per second: prints figures only.

Generates its own synthetic news (seeded, English, a few KB an article) in each
format into a temporary folder, reads each through :func:`detente.ingest.iter_articles`
(language check on, as ``detente ingest`` reads) several times and prints the
median, then the near-duplicate grouper's rate on the same articles. Peak memory
(``ru_maxrss``) is printed too: streaming readers keep it flat whatever the size.

Run: python benchmarks/read_throughput.py [--mb 20] [--runs 3] [--formats text,jsonl,...]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.errors import InputError
from detente.ingest import LanguageSkips, group_near_duplicates, iter_articles

SUBJECTS = (
    "The foreign ministry",
    "The government",
    "A spokesman for the president",
    "The embassy",
    "Officials in the capital",
    "The prime minister",
    "The council",
)
VERBS = (
    "said on Tuesday that",
    "announced that",
    "confirmed that",
    "warned that",
    "told reporters that",
    "said in a statement that",
)
CLAUSES = (
    "the ambassador had been recalled for consultations",
    "talks on reopening the consulate would resume next month",
    "two diplomats had been ordered to leave the country",
    "the sanctions would be extended for another six months",
    "relations with its neighbour had been strained for years",
    "a new envoy would present his credentials to the head of state",
    "the decision was a response to an unfriendly act",
    "it was ready to restore full diplomatic relations",
)
TAILS = (
    "",
    " after a long dispute over the border",
    " without giving further details",
    " in a move that surprised observers",
    " according to the state news agency",
)


SYLLABLES = ("var", "ko", "lin", "dra", "mes", "tor", "ul", "ne", "sa", "bri", "qua", "zen")


def place(rng: random.Random) -> str:
    """A made-up place name, so that unrelated stories share few five-word runs."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(SUBJECTS)} of {place(rng)} {rng.choice(VERBS)} "
        f"{rng.choice(CLAUSES)}{rng.choice(TAILS)}, {rng.randint(2, 90)} officials in "
        f"{place(rng)} said."
    )


def story(rng: random.Random) -> str:
    paragraphs = (
        " ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(8, 16))
    )
    return "\n\n".join(paragraphs)


def stories(total_bytes: int, seed: int) -> Iterator[tuple[int, str, date]]:
    rng, written, number = random.Random(seed), 0, 0
    while written < total_bytes:
        text = story(rng)
        written += len(text)
        number += 1
        yield number, text, date(2020, 1, 1) + timedelta(days=number % 1500)


def html_page(title: str, text: str, day: date) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n"))
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{day.isoformat()}"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        '<div class="ad">ADVERTISEMENT</div>'
        f"<article><h1>{title}</h1>\n{paragraphs}</article>"
        "<footer>Copyright The Benchmark Gazette</footer></body></html>"
    )


# -- writers: one folder or file per format ----------------------------------------------------


def write_text(folder: Path, mb: float) -> Path:
    target = folder / "text"
    target.mkdir()
    for number, text, day in stories(int(mb * 1e6), seed=1):
        (target / f"story_{number:06d}.txt").write_text(f"date {day}\n{text}", encoding="utf-8")
    return target


def write_jsonl(folder: Path, mb: float, packed: bool = False) -> Path:
    target = folder / ("dump.jsonl.gz" if packed else "dump.jsonl")
    opener = gzip.open if packed else open
    with opener(target, "wt", encoding="utf-8") as output:
        for number, text, day in stories(int(mb * 1e6), seed=2):
            record = {
                "id": f"b-{number}",
                "text": text,
                "published": day.isoformat(),
                "title": f"Story {number}",
                "outlet": "Benchmark Wire",
            }
            output.write(json.dumps(record) + "\n")
    return target


def write_html(folder: Path, mb: float) -> Path:
    target = folder / "html"
    target.mkdir()
    for number, text, day in stories(int(mb * 1e6), seed=3):
        page = html_page(f"Story {number}", text, day)
        (target / f"page_{number:06d}.html").write_text(page, encoding="utf-8")
    return target


def write_feed(folder: Path, mb: float, per_feed: int = 200) -> Path:
    target = folder / "feeds"
    target.mkdir()
    entries: list[str] = []
    for number, text, day in stories(int(mb * 1e6), seed=4):
        content = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        entries.append(
            f"<item><title>Story {number}</title><link>https://bench.example/{number}"
            f"</link><pubDate>{day:%a, %d %b %Y} 10:00:00 GMT</pubDate>"
            f"<description><![CDATA[{content}]]></description></item>"
        )
        if len(entries) == per_feed:
            _write_feed_file(target / f"feed_{number:06d}.xml", entries)
            entries = []
    if entries:
        _write_feed_file(target / "feed_last.xml", entries)
    return target


def _write_feed_file(path: Path, entries: list[str]) -> None:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Benchmark Feed</title>" + "".join(entries) + "</channel></rss>",
        encoding="utf-8",
    )


def write_warc(folder: Path, mb: float) -> Path:
    target = folder / "crawl.warc.gz"
    with open(target, "wb") as output:
        writer = WARCWriter(output, gzip=True)
        for number, text, day in stories(int(mb * 1e6), seed=5):
            page = html_page(f"Story {number}", text, day).encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://bench.example/{number}",
                    "response",
                    payload=io.BytesIO(page),
                    http_headers=headers,
                )
            )
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://bench.example/{number}.png",
                    "response",
                    payload=io.BytesIO(b"\x89PNG" + bytes(2000)),
                    http_headers=image,
                )
            )
    return target


WRITERS: dict[str, Callable[[Path, float], Path]] = {
    "text": write_text,
    "jsonl": write_jsonl,
    "jsonl.gz": lambda folder, mb: write_jsonl(folder, mb, packed=True),
    "html": write_html,
    "feed": write_feed,
    "warc.gz": write_warc,
}


# -- measuring -------------------------------------------------------------------------------


def input_size(path: Path) -> int:
    """Bytes to read, uncompressed: MB/s then compare formats, not compression ratios."""
    if path.is_dir():
        return sum(input_size(p) for p in path.rglob("*") if p.is_file())
    if path.name.endswith(".gz"):
        with gzip.open(path, "rb") as unpacked:
            return sum(len(chunk) for chunk in iter(lambda: unpacked.read(1 << 20), b""))
    return path.stat().st_size


def read_once(path: Path) -> tuple[float, int, int, int]:
    skips = LanguageSkips()
    started = time.perf_counter()
    articles = errors = 0
    for item in iter_articles([path], skipped=skips):
        if isinstance(item, InputError):
            errors += 1
        else:
            articles += 1
    return time.perf_counter() - started, articles, errors, skips.total


def grouping_rate(path: Path) -> tuple[float, int]:
    articles = [a for a in iter_articles([path]) if not isinstance(a, InputError)]
    started = time.perf_counter()
    groups = sum(1 for _ in group_near_duplicates(articles))
    return len(articles) / (time.perf_counter() - started), groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="MB of input per format")
    parser.add_argument("--runs", type=int, default=3, help="reads per format (median printed)")
    parser.add_argument("--formats", default=",".join(WRITERS), help="comma-separated")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="detente-bench-") as folder:
        print(
            f"{'format':<9} {'MB read':>9} {'articles':>9} {'errors':>7} {'skipped':>8} "
            f"{'median s':>9} {'MB/s':>8} {'articles/s':>11}"
        )
        last = None
        for name in arguments.formats.split(","):
            path = WRITERS[name](Path(folder), arguments.mb)
            megabytes = input_size(path) / 1e6
            runs = [read_once(path) for _ in range(arguments.runs)]
            seconds = statistics.median(run[0] for run in runs)
            _, articles, errors, skipped = runs[0]
            print(
                f"{name:<9} {megabytes:>9.1f} {articles:>9,} {errors:>7} {skipped:>8} "
                f"{seconds:>9.2f} {megabytes / seconds:>8.2f} {articles / seconds:>11,.0f}",
                flush=True,
            )
            last = path
        if last is not None:
            rate, groups = grouping_rate(last)
            print(f"near-duplicate grouping: {rate:,.0f} articles/s ({groups:,} groups)")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss): {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
