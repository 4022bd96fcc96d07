"""Sanctions told as cut trade and as banned goods of several states.

Each mechanism is held by sentences written for these tests, in varied wording; a
case gives the exact (type, source, target) set the sentence must yield.
"""

from __future__ import annotations

import pytest

import detente

IMPOSE = "IMPOSE_SANCTIONS"
ON_GEO_MDA = {(IMPOSE, "RUS", "GEO"), (IMPOSE, "RUS", "MDA")}


def events_of(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


CUT_TRADE = [
    # every verb of the trade row reaches the parser, not only the scan's first few
    ("Turkey cut trade with Israel last month.", {(IMPOSE, "TUR", "ISR")}),
    ("Ankara broke off trade with Israel on Thursday.", {(IMPOSE, "TUR", "ISR")}),
    ("Colombia ended all trade with Israel in May.", {(IMPOSE, "COL", "ISR")}),
    ("Turkey has ceased all commercial transactions with Israel.", {(IMPOSE, "TUR", "ISR")}),
    ("Washington wants to cut its trade deficit with Beijing.", set()),
    ("The US and China agreed to end their trade war with a truce in Geneva.", set()),
    ("Vietnam ended trade talks with the EU last year.", set()),
]

ELIDED_GOODS = [
    # "Georgian and Moldovan wine", parsed as 'Georgian' and 'Moldovan wine': the bare
    # state word modifies the goods too, so the ban is on both states
    ("Russia banned Georgian and Moldovan wine in 2006.", ON_GEO_MDA),
    ("Moscow banned Moldavian and Georgian wines in 2006.", ON_GEO_MDA),
    (
        "China halted Australian and Canadian canola shipments last year.",
        {(IMPOSE, "CHN", s) for s in ("AUS", "CAN")},
    ),
    (
        "Beijing blocked Lithuanian and Estonian dairy products at the border.",
        {(IMPOSE, "CHN", s) for s in ("LTU", "EST")},
    ),
]

GOODS_ENTRY = [
    # the entry of goods into a state is their import: banned, it sanctions their origin
    (
        "From April 5, the entry of Moldovan and Georgian wines into Russia was banned.",
        ON_GEO_MDA,
    ),
    (
        "Beijing has banned the entry of Japanese seafood into China since August.",
        {(IMPOSE, "CHN", "JPN")},
    ),
    (
        "The entry of Ukrainian grain into Poland was banned in April.",
        {(IMPOSE, "POL", "UKR")},
    ),
    ("Russia banned the entry of trucks.", set()),
]

ENTRANTS = [
    # a ban on the entry of a state's people is aimed at that state
    ("Russia banned the entry of 500 Americans, including Barack Obama.", {(IMPOSE, "RUS", "USA")}),
    ("Moscow barred the entry of nine British lawmakers on Friday.", {(IMPOSE, "RUS", "GBR")}),
    ("Israel banned the entry of two US congresswomen.", {(IMPOSE, "ISR", "USA")}),
]

MEMBER_BLOCS = [
    # imports from every member of a bloc are the bloc's: the ban targets the bloc
    ("Russia banned food imports from the 28 EU countries.", {(IMPOSE, "RUS", "EU")}),
    ("Moscow banned meat imports from EU member states in 2014.", {(IMPOSE, "RUS", "EU")}),
    ("Moscow halted fruit imports from ASEAN nations last year.", {(IMPOSE, "RUS", "ASEAN")}),
    ("Russia banned food imports from several countries.", set()),
]

ALL = CUT_TRADE + ELIDED_GOODS + GOODS_ENTRY + ENTRANTS + MEMBER_BLOCS


@pytest.mark.parametrize(("body", "expected"), ALL)
def test_trade_and_goods(body: str, expected: set) -> None:
    assert events_of(body) == expected
