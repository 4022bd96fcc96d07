"""A small world of hand-written news articles and their events, for the API and page tests.

Texts are written for these tests.  Events are built as extraction would give
them (offsets located in the text) and stored through ``Store.add``, so the
tests do not depend on the extraction pipeline.
"""

from __future__ import annotations

from datetime import date

from detente.model import Article, Event, EventDate
from detente.store import ArticleResult, Store
from store_helpers import article, event_in

CREDENTIALS_TEXT = (
    "The new French ambassador presented his credentials to the Belarusian president "
    "on Monday, the embassy in Minsk said.\n\nThe ceremony was brief."
)
CREDENTIALS = "The new French ambassador presented his credentials to the Belarusian president"

EXPULSION_TEXT = (
    "France's envoy to Minsk left Belarus on Sunday after the Belarusian authorities "
    "ordered him out of the country, the French foreign ministry said.\n\n"
    "Officials in Minsk gave no reason. Analysts said relations had been strained "
    "for months."
)
EXPULSION = (
    "France's envoy to Minsk left Belarus on Sunday after the Belarusian "
    "authorities ordered him out of the country"
)

RECALL_TEXT = (
    "Belarus has reportedly recalled its ambassador from London in March, according to "
    "state media.\n\nBritain imposed sanctions on Belarusian officials in 2021."
)
RECALL = "Belarus has reportedly recalled its ambassador from London in March"
SANCTIONS = "Britain imposed sanctions on Belarusian officials in 2021."

SCRIPT_TEXT = (
    "<script>alert('owned')</script> Lithuania expelled a Belarusian diplomat on "
    "3 May 2023, the ministry in Vilnius said."
)
SCRIPT_EXPULSION = "Lithuania expelled a Belarusian diplomat on 3 May 2023"
SCRIPT_TITLE = "Vilnius <b>expels</b> diplomat"

SEVER_TEXT = "Morocco severed diplomatic relations with Iran in May 2018, officials in Rabat said."
SEVER = "Morocco severed diplomatic relations with Iran in May 2018"


def world_results() -> list[ArticleResult]:
    """The articles, in the order they are stored (event ids 1..6 follow it)."""
    credentials = article(
        "credentials",
        CREDENTIALS_TEXT,
        date(2020, 6, 2),
        outlet="Minsk Daily",
        title="French envoy presents credentials",
    )
    expulsion = article(
        "expulsion",
        EXPULSION_TEXT,
        date(2021, 10, 18),
        outlet="Euro Wire",
        url="https://news.example.org/france-envoy",
        title="French envoy ordered out",
    )
    recall = article(
        "recall",
        RECALL_TEXT,
        date(2022, 3, 25),
        outlet="State Media Watch",
        title="Belarus recalls envoy from London",
    )
    script = article(
        "script", SCRIPT_TEXT, date(2023, 5, 4), outlet="Baltic Post", title=SCRIPT_TITLE
    )
    sever = article(
        "sever",
        SEVER_TEXT,
        date(2018, 5, 2),
        outlet="Maghreb Today",
        title="Morocco cuts ties with Iran",
    )
    return [
        ArticleResult(
            credentials,
            (
                event_in(
                    credentials,
                    "PRESENT_CREDENTIALS",
                    "FRA",
                    "BLR",
                    CREDENTIALS,
                    EventDate("2020-06-01", "day"),
                ),
            ),
        ),
        ArticleResult(
            expulsion,
            (
                event_in(
                    expulsion,
                    "EXPEL_DIPLOMAT",
                    "BLR",
                    "FRA",
                    EXPULSION,
                    EventDate("2021-10-17", "day"),
                    persons=("Étienne Roux",),
                ),
            ),
        ),
        ArticleResult(
            recall,
            (
                event_in(
                    recall,
                    "RECALL_DIPLOMAT",
                    "BLR",
                    "GBR",
                    RECALL,
                    EventDate("2022-03", "month"),
                    modality="reported",
                ),
                event_in(
                    recall, "IMPOSE_SANCTIONS", "GBR", "BLR", SANCTIONS, EventDate("2021", "year")
                ),
            ),
        ),
        ArticleResult(
            script,
            (
                event_in(
                    script,
                    "EXPEL_DIPLOMAT",
                    "LTU",
                    "BLR",
                    SCRIPT_EXPULSION,
                    EventDate("2023-05-03", "day"),
                ),
            ),
        ),
        ArticleResult(
            sever,
            (
                event_in(
                    sever, "SEVER_RELATIONS", "MAR", "IRN", SEVER, EventDate("2018-05", "month")
                ),
            ),
        ),
    ]


# Event ids as stored from world_results(), by what they are.
IDS = {"credentials": 1, "expulsion": 2, "recall": 3, "sanctions": 4, "lithuania": 5, "sever": 6}


def fill(store: Store) -> None:
    """Store the small world; every article is new."""
    summary = store.add(world_results())
    assert (summary.articles_new, summary.events_new) == (5, 6)


# A write-path article: the stand-in extraction below finds its one event.
TOKEN = "correct horse battery staple"

# Written for these tests, in the manner of a wire report.
LATVIA_TEXT = (
    "Latvia expelled the Belarusian ambassador on Tuesday after a row over the flag "
    "flown at the world ice hockey championship in Riga.\n\n"
    "The foreign ministry in Riga said the envoy had 72 hours to leave."
)
LATVIA = (
    "Latvia expelled the Belarusian ambassador on Tuesday after a row over the flag "
    "flown at the world ice hockey championship in Riga."
)


def latvia_extractor(article: Article) -> list[Event]:
    """A stand-in extraction: the one expulsion this test article reports."""
    if LATVIA not in article.text:
        return []
    return [
        event_in(article, "EXPEL_DIPLOMAT", "LVA", "BLR", LATVIA, EventDate("2021-05-25", "day"))
    ]


# The real extraction pipeline, end to end: the article as a reader would paste it.
EXPULSION_ARTICLE = (
    "date 2021-10-18\n"
    "France's ambassador has been ordered out of Belarus and left the country on Sunday, "
    "the French embassy in Minsk said.\n\n"
    "The Belarusian authorities gave no public reason for the decision."
)
