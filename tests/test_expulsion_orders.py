"""Orders to another state to withdraw its envoys (EXPEL by the state that orders), with
a deadline told in a participle after the order."""

from __future__ import annotations

import pytest

import detente


def dyads_of(body: str) -> set[tuple]:
    return {(e.type, e.source, e.target) for e in detente.extract(body, "2024-05-08")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the participle goes with 'told', not with the infinitive whose subject is Chad
        (
            "Sudan told Chad to withdraw its diplomats, giving them 48 hours to leave the country.",
            ("EXPEL_DIPLOMAT", "SDN", "TCD"),
        ),
        (
            "Khartoum asked N'Djamena to pull out its ambassador, giving him a week to go.",
            ("EXPEL_DIPLOMAT", "SDN", "TCD"),
        ),
        # 'him' is Algeria's envoy: 'its' in the infinitive is its controller's
        (
            "Mali ordered Algeria to withdraw its envoy, giving him until Friday to leave.",
            ("EXPEL_DIPLOMAT", "MLI", "DZA"),
        ),
        (
            "Niger told France to recall its ambassador, giving the envoy 48 hours to leave.",
            ("EXPEL_DIPLOMAT", "NER", "FRA"),
        ),
    ],
)
def test_an_order_to_withdraw_envoys_with_a_deadline_is_one_expulsion(sentence, expected) -> None:
    assert dyads_of(sentence) == {expected}
