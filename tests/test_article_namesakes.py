"""A bare ambiguous state name follows the article's fuller mention of a namesake.

Bare "Congo" is listed as the Republic of the Congo, but news often means the DRC; an
article that names the DRC ("DR Congo", "Democratic Republic of Congo", "Kinshasa")
and not the Republic means the DRC by its headline's "Congo".  Articles written for
these tests.
"""

from __future__ import annotations

import pytest

import detente


def sides(body: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, published="2024-05-08")}


DRC_ARTICLES = [
    (
        "Congo orders Belgian envoy out\n\nThe Democratic Republic of Congo expelled "
        "the Belgian ambassador on Tuesday, the government in Kinshasa said.",
        ("EXPEL_DIPLOMAT", "COD", "BEL"),
    ),
    (
        "Congo calls envoy home from Kigali\n\nKinshasa said on Monday it had recalled "
        "its ambassador from Rwanda over the fighting in the east.",
        ("RECALL_DIPLOMAT", "COD", "RWA"),
    ),
    (
        "Congo cuts ties with Rwanda\n\nDR Congo severed diplomatic relations with Rwanda "
        "on Monday, a spokesman said.",
        ("SEVER_RELATIONS", "COD", "RWA"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), DRC_ARTICLES)
def test_bare_congo_follows_the_drc(body: str, expected: tuple) -> None:
    assert sides(body) == {expected}


def test_bare_congo_stays_the_republic_when_the_article_names_brazzaville() -> None:
    body = (
        "Congo recalls envoy\n\nCongo recalled its ambassador from Kigali on Monday, "
        "the foreign ministry in Brazzaville said."
    )
    assert sides(body) == {("RECALL_DIPLOMAT", "COG", "RWA")}
