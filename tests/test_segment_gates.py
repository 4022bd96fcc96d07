"""Segmentation's shortcuts (article-wide gates, the credit cue test) drop what the full
checks drop."""

import pytest

from detente.nlp import segment

_TEXTS = [
    "Kenya recalls envoy\nNairobi recalled its ambassador on Monday.\n"
    "The envoy leaves a post held since 2019. Photo: Jane Roe/Reuters\n",
    "Listen to this article. This voice is AI-generated; inconsistencies may occur.\n"
    "Oslo expelled a Russian diplomat, the ministry said.\n",
    "The embassy reopened. pic.twitter.com/abc123\n"
    "— Foreign Office (@ForeignOffice) May 3, 2024\nTalks resumed a week later.\n",
    "Le ministère a convoqué l'ambassadeur. THIS VOICE IS AI-GENERATED\n"
    "Ministers met in Brussels. (Photo by Ana Ruiz/Getty Images)\n",
    "Officials in Rabat closed the consulate. Crédit: Agence Anadolu\n"
    "Sanctions were lifted on Friday. Shutterstock\nA wider thaw is expected.\n",
]


def _reference_blocks(text):
    for start, block in segment._blocks(text):
        if segment._TRAILER.match(block):
            return
        if block.strip() and segment._is_prose(block):  # every check on every block
            yield start, block


@pytest.mark.parametrize("text", _TEXTS)
def test_gated_blocks_equal_checking_every_block(text):
    assert list(segment._prose_blocks(text)) == list(_reference_blocks(text))


@pytest.mark.parametrize(
    "tail",
    [
        "seen at the talks. AFP/Getty Images",
        "the envoy (left) arrives. Photo: Reuters",
        "Ministers in Brussels/ Anadolu",
        "no credit in this ordinary closing line",
        "Ambassadors gathered. SHUTTERSTOCK",
        "Crédit photo : Ana Ruiz",
        "ends on a colon:",
    ],
)
def test_credit_cue_test_equals_the_regex(tail):
    expected = segment._PHOTO_CREDIT.search(tail.rstrip()[-segment._CREDIT_TAIL :]) is not None
    assert segment._ends_with_credit(tail) == expected
