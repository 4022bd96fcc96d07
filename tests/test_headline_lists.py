"""Headline clauses whose subject is a list of states, with the verb in its base form
that the parser reads as a noun or adjective (``nlp/headline_lists.py``)."""

from __future__ import annotations

import pytest

import detente


def dyads_of(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Poland, Lithuania expel Belarusian diplomats",
            {("EXPEL_DIPLOMAT", "POL", "BLR"), ("EXPEL_DIPLOMAT", "LTU", "BLR")},
        ),
        (
            "Belize suspends ties with Israel; Jordan, Bahrain recall envoys",
            {
                ("SEVER_RELATIONS", "BLZ", "ISR"),
                ("RECALL_DIPLOMAT", "JOR", "ISR"),
                ("RECALL_DIPLOMAT", "BHR", "ISR"),
            },
        ),
        (
            "Niger cuts ties with Ukraine; Mali, Burkina Faso recall ambassadors",
            {
                ("SEVER_RELATIONS", "NER", "UKR"),
                ("RECALL_DIPLOMAT", "MLI", "UKR"),
                ("RECALL_DIPLOMAT", "BFA", "UKR"),
            },
        ),
        (
            "Nicaragua breaks off relations with Taiwan; Honduras, Panama recall envoys",
            {
                ("SEVER_RELATIONS", "NIC", "TWN"),
                ("RECALL_DIPLOMAT", "HND", "TWN"),
                ("RECALL_DIPLOMAT", "PAN", "TWN"),
            },
        ),
        (
            "Russia expels Polish diplomats; Latvia, Estonia summon Russian envoys",
            {
                ("EXPEL_DIPLOMAT", "RUS", "POL"),
                ("SUMMON_DIPLOMAT", "LVA", "RUS"),
                ("SUMMON_DIPLOMAT", "EST", "RUS"),
            },
        ),
        (
            "Bolivia breaks ties with Israel; Chile, Colombia recall envoys",
            {
                ("SEVER_RELATIONS", "BOL", "ISR"),
                ("RECALL_DIPLOMAT", "CHL", "ISR"),
                ("RECALL_DIPLOMAT", "COL", "ISR"),
            },
        ),
        # title case: the object noun tagged as a verb
        (
            "Chad, Bolivia Recall Envoys From Israel",
            {("RECALL_DIPLOMAT", "TCD", "ISR"), ("RECALL_DIPLOMAT", "BOL", "ISR")},
        ),
    ],
)
def test_each_state_of_a_headline_list_acts_on_the_clause_partner(headline, expected) -> None:
    assert dyads_of(headline) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "France, Germany recall cars over brake fault",
        "Ford, Toyota recall vehicles",
        "Peru, Chile cut interest rates",
    ],
)
def test_a_listed_subject_with_no_envoy_or_ties_stays_empty(headline) -> None:
    assert dyads_of(headline) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Peru breaks ties with Iran; Chile, Colombia recall envoys.",
            {
                ("SEVER_RELATIONS", "PER", "IRN"),
                ("RECALL_DIPLOMAT", "CHL", "IRN"),
                ("RECALL_DIPLOMAT", "COL", "IRN"),
            },
        ),
        (
            "Ghana expels Togo envoy; Benin, Niger recall ambassadors.",
            {
                ("EXPEL_DIPLOMAT", "GHA", "TGO"),
                ("RECALL_DIPLOMAT", "BEN", "TGO"),
                ("RECALL_DIPLOMAT", "NER", "TGO"),
            },
        ),
        (
            "Bolivia breaks ties with Israel; Chile, Colombia recall envoys.",
            {
                ("SEVER_RELATIONS", "BOL", "ISR"),
                ("RECALL_DIPLOMAT", "CHL", "ISR"),
                ("RECALL_DIPLOMAT", "COL", "ISR"),
            },
        ),
    ],
)
def test_a_listed_subject_acts_when_the_line_ends_on_a_full_stop(line, expected) -> None:
    assert dyads_of(line) == expected
