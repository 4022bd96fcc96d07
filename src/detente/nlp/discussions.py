"""Acts the text only puts on the table: 'opened talks on normalising ties', 'discussed
lifting sanctions', 'negotiations over the return of ambassadors'.

Talks of the parties about their own act are a plan of it, not the act ('in discussions
to restore ties' is planned in every gold set); an agreement or decision they reach
is told as the act ('the talks produced an agreement to restore relations').
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold

# Words for talking an act over, as verbs and as nouns.
_DISCUSSIONS = frozenset(
    {"talk", "talks", "discuss", "discussion", "negotiate", "negotiation", "roadmap", "dialogue"}
)

# Words for what talks may reach: below them the act is decided, not discussed.
_OUTCOMES = frozenset(
    {"agree", "decide", "agreement", "deal", "accord", "decision", "pact", "sign", "reach"}
)


def under_discussion(trigger: Token) -> bool:
    """Whether the trigger is only the topic of talks: a discussion word governs it within
    its own clause, before any other verb or any agreement reached."""
    below = trigger
    for token in trigger.ancestors:
        if _discussion(token):
            return True
        if fold(token.lemma_) in _OUTCOMES:
            return False
        if token.pos_ in ("VERB", "AUX"):
            return _topic_of_talks_held(token, below)
        below = token
    return False


def _discussion(token: Token) -> bool:
    return fold(token.lemma_) in _DISCUSSIONS or fold(token.lower_) in _DISCUSSIONS


# Prepositions that give the topic of talks: 'talks on', 'negotiations about'.
_TOPICS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _topic_of_talks_held(verb: Token, below: Token) -> bool:
    """'Georgia opened negotiations with Russia on restoring ties': the parser hangs the
    topic on the verb that holds the talks rather than on the talks."""
    return (
        below.dep_ == "prep"
        and fold(below.lower_) in _TOPICS
        and any(c.dep_ == "dobj" and _discussion(c) for c in verb.children)
    )
