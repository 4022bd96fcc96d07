"""Bans on dealing with a state: "prohibited U.S. persons from dealing in Russian
sovereign debt", "barred American companies from investing in Chinese military firms",
"banned its citizens from doing business with Iranian banks".

The persons barred are the banning state's own (no state bars foreigners from trading
abroad); the sanctioned state is the one the barred dealing is with, named in the
clause after ``from``.  A ban with no such clause is no ban on dealings.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.triggers import Trigger

# Kept in step with the arg_requires of the dealing-ban row in events.json.
DEALING_VERBS = frozenset(
    {"deal", "invest", "trade", "lend", "do", "transact", "buy", "purchase", "sell",
     "finance", "supply", "export", "import", "ship"}
)  # fmt: skip


def barred_dealing(trigger: Trigger) -> Token | None:
    """The dealing the trigger bars: the gerund after its ``from`` ('from investing')."""
    holders = (trigger.token, *trigger.arguments)
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for gerund in prep.children:
            if gerund.dep_ == "pcomp" and fold(gerund.lemma_) in DEALING_VERBS:
                return gerund
    return None


def dealt_with(dealing: Token, parse: SentenceParse, exclude: list[str]) -> list[str]:
    """The states the barred dealing is with: 'in Russian sovereign debt', 'to the
    Venezuelan government', 'with Iranian banks'."""
    found = [parse.actor_at[t.i].code for t in dealing.subtree if t.i in parse.actor_at]
    return [code for code in dict.fromkeys(found) if code not in exclude]
