"""Relationship state over cross-article histories: several articles about one pair,
published years apart, each telling its news and some background.

The articles (``tests/fixtures/histories/PAIR/*.txt``) are written for these tests.
Each check is where the pair stands on a day, as an analyst would ask ``detente
status``: the relations, and each side's head of mission in the other.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente import Store
from detente.ingest import iter_articles
from detente.pipeline import ingest_articles

_HISTORIES = Path(__file__).parent / "fixtures" / "histories"

# (history, a, b, day, relations, a's head of mission in b, b's head of mission in a)
CHECKS = [
    # cut in 2009, restored in 2014 ("five years after Rabat broke them off"), Iran's
    # envoy accredited in 2016, cut again in 2018
    ("morocco_iran", "MAR", "IRN", date(2010, 1, 1), "SEVERED", "SEVERED", "SEVERED"),
    ("morocco_iran", "MAR", "IRN", date(2015, 6, 1), "NORMAL", "NONE", "NONE"),
    ("morocco_iran", "MAR", "IRN", date(2017, 1, 1), "NORMAL", "NONE", "ACCREDITED"),
    ("morocco_iran", "MAR", "IRN", date(2018, 6, 1), "SEVERED", "SEVERED", "SEVERED"),
    ("morocco_iran", "MAR", "IRN", date(2023, 7, 1), "SEVERED", "SEVERED", "SEVERED"),
    # a China-brokered restoration in March 2023 (China is no party), embassies
    # reopened, Iran's envoy named in May and accredited in September, the Saudi envoy
    # appointed in August ("Riyadh appointed him", after his post was given)
    ("saudi_iran", "SAU", "IRN", date(2023, 4, 1), "NORMAL", "CHARGE_ONLY", "CHARGE_ONLY"),
    ("saudi_iran", "SAU", "IRN", date(2023, 7, 1), "NORMAL", "CHARGE_ONLY", "NOMINATED"),
    ("saudi_iran", "SAU", "IRN", date(2023, 10, 1), "NORMAL", "NOMINATED", "ACCREDITED"),
]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    opened = {}
    for history in sorted({check[0] for check in CHECKS}):
        url = f"sqlite:///{tmp_path_factory.mktemp(history) / 'h.db'}"
        store = Store(url)
        ingest_articles(store, iter_articles([_HISTORIES / history]))
        opened[history] = store
    yield opened
    for store in opened.values():
        store.close()


@pytest.mark.parametrize(("history", "a", "b", "day", "relations", "forward", "backward"), CHECKS)
def test_where_the_pair_stands(stores, history, a, b, day, relations, forward, backward):
    status = stores[history].status(a, b, on=day)
    assert (
        status.relations.relations.value,
        status.forward.head_of_mission.value,
        status.backward.head_of_mission.value,
    ) == (relations, forward, backward)


def test_no_broker_or_background_state_becomes_a_party(stores):
    """China brokered the deal; no event of the Saudi-Iran history involves it."""
    assert not [e for e in stores["saudi_iran"].events() if "CHN" in (e.source, e.target)]
