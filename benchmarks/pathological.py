"""Extraction time on pathological inputs at growing sizes: prints figures only.

Each input grows in one dimension that once cost quadratic time or worse: runs
of blank lines in an article without a ``date`` header, one ever longer
sentence, and saved pages of ``<br>`` tags or of one tag with very many
attributes. For each size the seconds taken are printed, with the ratio to the
previous size: a linear step roughly doubles when the size doubles.

Run: python benchmarks/pathological.py [--scale 1] [--steps blank,sentence,br,attributes,huge]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import resource
import time
from collections.abc import Callable

from detente.errors import DetenteError
from detente.ingest.html import read_html
from detente.ingest.records import ReadOptions
from detente.ingest.sources import Source
from detente.ingest.text import parse_article
from detente.nlp.pipeline import extract_article

OPENING = "Poland expelled the Belarusian ambassador on Tuesday."
CLAUSE = "and officials in the capital said the ambassador of Belarus had been told to leave "


def blank_lines(size: int) -> float:
    """An undated article whose two sentences are ``size`` blank lines apart."""
    text = f"{OPENING}{chr(10) * size}Officials said the talks would go on."
    return _timed(lambda: extract_article(parse_article(text, doc_id="blank")))


def long_sentence(size: int) -> float:
    """One sentence of about ``size`` characters, made of joined clauses."""
    clauses = CLAUSE * (size // len(CLAUSE) + 1)
    text = f"date 2023-03-14\nPoland expelled the Belarusian ambassador {clauses[:size]}."
    return _timed(lambda: extract_article(parse_article(text, doc_id="sentence")))


def huge_text(size: int) -> float:
    """One sentence of ``size`` characters the scan sends to the parser (spaCy's E088 once)."""
    words = "then the weather stayed mild and the markets in the capital were calm "
    opening = "Poland expelled the Belarusian ambassador "  # a candidate for the parser
    text = f"date 2023-03-14\n{opening}" + (words * (size // len(words) + 1))[:size]
    return _timed(lambda: extract_article(parse_article(text, doc_id="huge")))


def br_page(size: int) -> float:
    """A saved page of ``size`` bytes of ``<br>`` tags around one paragraph."""
    filler = b"<br>" * (size // 4)
    return _read_page(b"<html><body><p>" + OPENING.encode() + b"</p>" + filler + b"</body></html>")


def attribute_page(size: int) -> float:
    """A saved page whose one tag carries attributes making up ``size`` bytes."""
    count = size // 12
    attributes = b" ".join(b"a%d='x'" % n for n in range(count))
    return _read_page(
        b"<html><body><p " + attributes + b">" + OPENING.encode() + b"</p></body></html>"
    )


def _read_page(raw: bytes) -> float:
    source = Source("page.html", None, "html")

    def read() -> None:
        with contextlib.suppress(DetenteError):  # a page refused with a reason is a result too
            list(read_html(io.BytesIO(raw), source, ReadOptions()))

    return _timed(read)


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    try:
        run()
    except Exception as error:  # noqa: BLE001 - print the failure as a figure
        print(f"    failed: {type(error).__name__}: {str(error)[:80]}")
    return time.perf_counter() - started


STEPS: dict[str, tuple[Callable[[int], float], list[int], str]] = {
    "blank": (blank_lines, [5_000, 10_000, 20_000, 40_000], "blank lines"),
    "sentence": (long_sentence, [6_000, 12_000, 24_000, 48_000], "characters in one sentence"),
    "huge": (huge_text, [300_000, 600_000, 1_200_000], "characters, no sentence end"),
    # Up to the tag limit (50,000 tags: 200 KB of <br>), then 16 MB, refused unparsed.
    "br": (br_page, [25_000, 50_000, 100_000, 200_000, 16_000_000], "bytes of <br>"),
    "attributes": (attribute_page, [150_000, 300_000, 600_000, 1_200_000], "bytes of attributes"),
}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    options.add_argument("--steps", default=",".join(STEPS), help="which inputs to grow")
    args = options.parse_args()
    extract_article(parse_article(f"date 2023-03-14\n{OPENING}", doc_id="warm"))  # load the model
    for name in args.steps.split(","):
        step, sizes, unit = STEPS[name]
        previous = None
        print(f"{name}:")
        for size in (int(s * args.scale) for s in sizes):
            seconds = step(size)
            ratio = f"  x{seconds / previous:.1f}" if previous else ""
            print(f"  {size:>10,} {unit}: {seconds:7.2f} s{ratio}")
            previous = seconds
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
