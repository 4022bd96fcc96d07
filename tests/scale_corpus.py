"""The fixture corpus of the cascade and scale tests: news-like articles written for them.

``HARD_CASES`` are short articles written by hand where the cascade's scan is
most likely to lose an event: the actor or the diplomat is only in an earlier
sentence (a pronoun, a surname), the argument is a phrase with an apostrophe or
an accent, curly quotes, a headline in capitals.  ``generated_news()`` reads
``fixtures/scale/news.jsonl``: 30 general-news articles from
``benchmarks/corpus.py`` (``--articles 30 --share 0.12 --seed 7``), kept as a
file so the tests do not depend on the generator.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from detente.model import Article

NEWS_JSONL = Path(__file__).parent / "fixtures" / "scale" / "news.jsonl"

_HARD_TEXTS = {
    "pronoun-expulsion": (
        "The Norwegian ambassador in Ankara was called in on Monday after the arrest of two "
        "Turkish journalists in Oslo.\n\n"
        "On Tuesday Turkey expelled him, giving him three days to leave the country.\n\n"
        "Shares in Turkish banks fell sharply on the news."
    ),
    "surname-diplomat": (
        "Kenya's envoy to Ghana, Amos Kiprono Wekesa, arrived in Accra last spring.\n\n"
        "The weather in the capital was unusually dry for the season.\n\n"
        "Ghana on Friday ordered Wekesa to leave within 72 hours, its foreign ministry said."
    ),
    "credentials-them": (
        "The new Japanese ambassador brought her letters of credence to Hanoi in March.\n\n"
        "She presented them to the Vietnamese president on Thursday, the embassy said.\n\n"
        "A reception followed at the residence."
    ),
    "charge-d-affaires": (
        "Morocco summoned Spain’s chargé d’affaires on Wednesday over comments by a Spanish "
        "minister.\n\n"
        "Officials in Rabat said the meeting lasted about an hour."
    ),
    "agrement-accent": (
        "Poland has refused to grant agrément to the ambassador proposed by Hungary, "
        "diplomatic sources said on Monday.\n\n"
        "The refusal is the first of its kind between the two European Union members."
    ),
    "headline-capitals": (
        "EGYPT RECALLS AMBASSADOR FROM TURKEY\n\n"
        "Egypt recalled its ambassador from Ankara on Sunday in protest at remarks by the "
        "Turkish president, the foreign ministry in Cairo said."
    ),
    "restore-ties": (
        "After six years without formal contact, Iran and Morocco agreed on Saturday to restore "
        "diplomatic ties.\n\n"
        "The two countries will reopen their embassies within two months, a joint statement "
        "said.\n\n"
        "Trade between them has been minimal since the rupture."
    ),
    "sanctions-lifted": (
        "Canada lifted sanctions on Serbian officials on Thursday after the release of three "
        "opposition activists.\n\n"
        "The activists had been held for nearly a year."
    ),
    "near-misses-only": (
        "Halcyon Pharma will recall 4,000 boxes of cough syrup after a labelling error.\n\n"
        "The school expelled a pupil who had brought a knife to class.\n\n"
        "Relations between the mayor and the council have rarely been worse.\n\n"
        "The consulate in Kingsport will extend its opening hours in the summer."
    ),
    "dateline-and-denial": (
        "ACCRA, March 3 - Ghana denied on Friday that it had expelled any Nigerian diplomats, "
        "calling the reports false.\n\n"
        "Nigeria said it had not recalled its high commissioner either."
    ),
}

# The lexicon's scan misses a trigger inside a hyphenated word (see test_cascade.py).
HYPHENATED = Article(
    doc_id="hyphenated-trigger",
    text=(
        "Ghana has barred the newly-appointed Nigerian ambassador from taking up his post, "
        "the foreign ministry in Accra said on Monday.\n\n"
        "Officials gave no reason for the decision.\n"
    ),
    published=date(2023, 3, 6),
    published_from="metadata",
)

HARD_CASES = tuple(
    Article(doc_id=name, text=text + "\n", published=date(2023, 3, 6), published_from="metadata")
    for name, text in _HARD_TEXTS.items()
)


def generated_news() -> list[Article]:
    """The 30 generated general-news articles of ``fixtures/scale/news.jsonl``."""
    articles = []
    for line in NEWS_JSONL.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        articles.append(
            Article(
                doc_id=record["id"],
                text=record["text"],
                published=date.fromisoformat(record["published"]),
                published_from="metadata",
                title=record["title"],
                outlet=record["outlet"],
            )
        )
    return articles


def fixture_corpus() -> list[Article]:
    """Hand-written hard cases, then the generated news."""
    return [*HARD_CASES, *generated_news()]
