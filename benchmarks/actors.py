"""Throughput of the actor matcher on news-like text: prints figures, never fails on time.

Run: python benchmarks/actors.py [seconds]
"""

from __future__ import annotations

import sys
import time

from detente.nlp.actors import find_actors

# Written for this benchmark: ordinary wire-style prose, few actors per sentence.
ARTICLE = """\
The foreign ministry in Minsk said on Tuesday that it had summoned the
Lithuanian charge d'affaires over what it called an unfriendly step. Officials
did not say how long the meeting lasted. The decision follows weeks of tension
along the border, where both sides have reported a rise in crossings. A
spokesperson for the European Union said the bloc was following events closely
and would discuss its response with member states later this month. In
Washington, the State Department declined to comment. Analysts in Warsaw said
the move was largely symbolic, but warned that further expulsions could follow
if talks stalled. Trade between the two countries has fallen by a third since
last year, according to figures published by the national statistics office.
The ambassador, who took up his post in the spring, is expected to return to
the capital for consultations. Residents of the border town told reporters
that queues at the checkpoint had grown longer, and that some shops had closed
early because of the uncertainty. The Kremlin said it supported its ally.
"""


def sentences(copies: int) -> list[str]:
    text = " ".join([ARTICLE.replace("\n", " ")] * copies)
    return [sentence + "." for sentence in text.split(". ")]


def main(seconds: float) -> None:
    batch = sentences(copies=200)
    characters = sum(len(sentence) for sentence in batch)
    find_actors("warm-up: load the gazetteer and compile the pattern")
    started, rounds = time.perf_counter(), 0
    while time.perf_counter() - started < seconds:
        for sentence in batch:
            find_actors(sentence)
        rounds += 1
    elapsed = time.perf_counter() - started
    print(f"{len(batch)} sentences, {characters:,} characters a round, {rounds} rounds")
    print(f"{rounds * characters / elapsed / 1e6:.1f} million characters/second")
    print(f"{rounds * len(batch) / elapsed:,.0f} sentences/second")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.0)
