"""Generic statements: sentences that explain how diplomacy works report no event.

Backgrounders explain the practice in the timeless present, of nobody in
particular: "When states keep good relations, they appoint ambassadors",
"There is a process for appointing an ambassador", "After they hand over their
letters of credence, the president welcomes them".  News of an act names who
acted, or tells when (headlines in the present name their actor: "Kenya recalls
envoy").  A trigger whose finite verb is a plain present, whose subject is a
pronoun, a bare plural, an indefinite phrase or "there"/"this" (or whose
sentence names no state at all), and whose sentence gives no time, states a
rule, not an event.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.nlp.roles import SentenceParse

_PRESENT = frozenset({"VBZ", "VBP"})
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
_GENERIC_PRONOUNS = frozenset({"they", "he", "she", "one", "you", "there", "this"})
_INDEFINITE = frozenset({"a", "an", "any", "every", "each", "some"})
# A time word makes a present tense news ("receives ... on Thursday").
_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|today|tonight|yesterday|tomorrow|now|currently|ago|last|"
    r"next|this (?:week|month|year)|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b",
    re.IGNORECASE,
)


def is_generic(trigger: Token, parse: SentenceParse) -> bool:
    """Whether the trigger's sentence states how things are done, not that they were."""
    sentence = trigger.sent
    if not sentence.text.rstrip().endswith(".") or _TIME.search(sentence.text):
        return False
    verb = _finite_verb(trigger)
    if verb is None or not _plain_present(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is not None and _refers_back(subject):
        return False  # "The two countries restore relations": states named before
    if trigger.pos_ == "VERB" and not any(t.i in parse.actor_at for t in sentence):
        # "The letter designates a diplomat as ambassador to another state."; a noun
        # names a particular act ("Promised changes include the reopening of embassies").
        return True
    return subject is not None and _generic_subject(subject, parse)


def _finite_verb(trigger: Token) -> Token | None:
    """The nearest verb at or above the trigger that carries tense."""
    for token in (trigger, *trigger.ancestors):
        if token.pos_ in ("VERB", "AUX") and (
            token.tag_ in _FINITE
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in token.children)
        ):
            return token
    return None


def _plain_present(verb: Token) -> bool:
    """'appoint', 'receives', 'is arranged': no past, perfect, progressive or modal."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    if not auxiliaries:
        return verb.tag_ in _PRESENT
    return (
        verb.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].dep_ == "auxpass"
        and auxiliaries[0].tag_ in _PRESENT
    )


# Nouns that, made definite, point back to states the article has named.
_STATE_NOUNS = frozenset({"country", "nation", "state", "government", "side", "kingdom", "capital"})


def _refers_back(subject: Token) -> bool:
    """'the two countries', 'both governments', 'the kingdom': a definite description
    of states refers to particular ones, so its sentence tells of an act."""
    if subject.lemma_.lower() not in _STATE_NOUNS:
        return False
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "predet", "poss")}
    return bool(determiners & {"the", "both", "its", "their"})


def _generic_subject(subject: Token, parse: SentenceParse) -> bool:
    if any(t.i in parse.actor_at for t in subject.subtree):
        return False
    if subject.lower_ in _GENERIC_PRONOUNS:
        return True
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "poss", "nummod")}
    modified = any(c.dep_ in ("amod", "compound") for c in subject.children)
    if subject.tag_ == "NNS" and not determiners and not modified:
        return True  # "states", "ambassadors"; not "promised changes"
    return bool(determiners & _INDEFINITE)
