"""A synthetic general-news corpus with a configurable share of diplomatic sentences.

Articles are built from the templates and word lists in ``news_templates.json``
(written for this benchmark): each has a topic (economy, sport, weather, ...),
3 to 60 sentences in paragraphs of one to three, and some sentences lengthened
by a trailing clause, so lengths vary as in a real feed.  A share of all
sentences (``--share``, 2% by default) reports a diplomatic event between two
states; they come in clusters of one to three inside foreign-news articles.
``near_miss`` sentences (recalled products, expelled pupils, an ambassador at
an exhibition) are mixed in too, so the cascade's scan has real work.

Seeded: the same flags always give the same corpus.

Run: python benchmarks/corpus.py --articles 2000 --share 0.02 --out news.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from detente.model import Article

TEMPLATES = Path(__file__).with_name("news_templates.json")
_SLOT = re.compile(r"\{(\w+)\}")
_MEAN_SENTENCES = 26
_NEAR_MISS_SHARE = 0.03
_CLAUSE_SHARE = 0.3
_FOREIGN_TOPIC_SHARE = 0.2


@dataclass(frozen=True)
class CorpusSpec:
    """What to generate: how many articles, which share of diplomatic sentences, which seed."""

    articles: int = 2000
    diplomatic_share: float = 0.02
    seed: int = 1
    first_day: date = date(2023, 1, 1)


def generate(spec: CorpusSpec) -> list[Article]:
    """The corpus of ``spec``: articles with ids ``synthetic-000000`` onwards."""
    templates = json.loads(TEMPLATES.read_text(encoding="utf-8"))
    rng = random.Random(spec.seed)
    plans = [_plan(rng, templates) for _ in range(spec.articles)]
    _place_diplomatic(rng, plans, spec.diplomatic_share)
    return [
        _article(rng, templates, number, plan, spec.first_day) for number, plan in enumerate(plans)
    ]


def words(articles: list[Article]) -> int:
    """Number of whitespace-separated words in the articles' texts."""
    return sum(len(article.text.split()) for article in articles)


def write_jsonl(articles: list[Article], path: Path) -> None:
    """One JSON object per article, in the fields ``detente ingest`` reads from JSONL."""
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            record = {
                "id": article.doc_id,
                "text": article.text,
                "title": article.title,
                "published": article.published.isoformat() if article.published else None,
                "outlet": article.outlet,
            }
            out.write(json.dumps(record) + "\n")


@dataclass
class _Plan:
    topic: str
    kinds: list[str]  # per sentence: "general" | "near_miss" | "diplomatic"


def _plan(rng: random.Random, templates: dict) -> _Plan:
    length = max(3, min(60, round(rng.lognormvariate(0, 0.55) * _MEAN_SENTENCES * 0.86)))
    topic = rng.choice(sorted(templates["general"]))
    kinds = ["near_miss" if rng.random() < _NEAR_MISS_SHARE else "general" for _ in range(length)]
    return _Plan(topic, kinds)


def _place_diplomatic(rng: random.Random, plans: list[_Plan], share: float) -> None:
    """Turn ``share`` of all sentences into diplomatic ones, in clusters of one to three."""
    wanted = round(share * sum(len(plan.kinds) for plan in plans))
    placed = 0
    while placed < wanted:
        plan = rng.choice(plans)
        free = [i for i, kind in enumerate(plan.kinds) if kind != "diplomatic"]
        if not free:
            continue
        plan.topic = "world"
        start = rng.choice(free)
        for i in free[free.index(start) :][: min(rng.randint(1, 3), wanted - placed)]:
            plan.kinds[i] = "diplomatic"
            placed += 1


def _article(
    rng: random.Random, templates: dict, number: int, plan: _Plan, first_day: date
) -> Article:
    a, b = rng.sample(templates["states"], 2)
    states = {"A": a[0], "Aadj": a[1], "Acap": a[2], "B": b[0], "Badj": b[1], "Bcap": b[2]}
    sentences = [_sentence(rng, templates, plan.topic, kind, states) for kind in plan.kinds]
    paragraphs = list(_paragraphs(rng, sentences))
    return Article(
        doc_id=f"synthetic-{number:06d}",
        text="\n\n".join(paragraphs) + "\n",
        published=first_day + timedelta(days=rng.randrange(365)),
        published_from="metadata",
        title=" ".join(sentences[0].split()[:8]).rstrip(",."),
        outlet=rng.choice(("Daily Courier", "Evening Ledger", "Metro Wire", "The Observer Post")),
    )


def _sentence(
    rng: random.Random, templates: dict, topic: str, kind: str, states: dict[str, str]
) -> str:
    if kind == "general":
        pool = templates["general"]["world" if rng.random() < _FOREIGN_TOPIC_SHARE else topic]
    else:
        pool = templates[kind]
    text = _fill(rng, templates, rng.choice(pool), states)
    if kind == "general" and rng.random() < _CLAUSE_SHARE:
        clause = _fill(rng, templates, rng.choice(templates["slots"]["Clause"]), states)
        text = f"{text[:-1]}, {clause}."
    return text


def _fill(rng: random.Random, templates: dict, template: str, states: dict[str, str]) -> str:
    slots = templates["slots"]

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in states:
            return states[name]
        return _fill(rng, templates, rng.choice(slots[name]), states)

    return _SLOT.sub(value, template)


def _paragraphs(rng: random.Random, sentences: list[str]) -> Iterator[str]:
    i = 0
    while i < len(sentences):
        size = rng.randint(1, 3)
        yield " ".join(sentences[i : i + size])
        i += size


def add_corpus_arguments(parser: argparse.ArgumentParser, articles: int) -> None:
    """The flags that choose a corpus: --articles, --share, --seed."""
    parser.add_argument("--articles", type=int, default=articles)
    parser.add_argument(
        "--share",
        type=float,
        default=0.02,
        help="share of sentences that report a diplomatic event",
    )
    parser.add_argument("--seed", type=int, default=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_corpus_arguments(parser, articles=2000)
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    args = parser.parse_args()
    articles = generate(CorpusSpec(args.articles, args.share, args.seed))
    write_jsonl(articles, args.out)
    print(f"{len(articles)} articles, {words(articles)} words -> {args.out}")


if __name__ == "__main__":
    main()
