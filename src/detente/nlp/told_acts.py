"""A nominal act with no side of its own is an act the article told before.

'The restoration of ties was welcomed by the United States', 'Kuwait hailed the
resumption of relations', 'Oman praised the move to restore relations': the noun
phrase names neither side, and the clause around it is a third party's reaction,
not the act.  A definite nominal like this takes up the act of its type the
article is about (the event memory: told most, else first), so its sides are that
act's, never the reacting state's.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from detente.nlp.lexicon import fold, load_lexicon
from detente.nlp.roles import SentenceParse
from detente.nlp.syntax import to_infinitive
from detente.nlp.triggers import Trigger

# Acts of one person's career: another name is another act, so no memory stands in.
_PERSONAL = frozenset({"APPOINT_AMBASSADOR", "PRESENT_CREDENTIALS"})


def act_told_before(
    trigger: Trigger, event_type: str, agents: list[str], parse: SentenceParse
) -> list[tuple[str, str]]:
    """The dyads of the act of ``event_type`` the article told most (first, on a tie)
    when the trigger is a nominal that names no state, taken up as a topic or as what a
    reaction is to, and the clause's subject, if any, is no side of it ('the US welcomed
    the restoration of ties'); else none ('China and Nauru signed a communique on the
    resumption of ties', 'Germany announced the expulsion of four diplomats')."""
    if event_type in _PERSONAL:
        return []
    phrase = _own_phrase(trigger.token)
    if phrase is None or not _taken_up(phrase):
        return []
    if any(t.i in parse.actor_at for t in phrase.subtree):
        return []
    told = list(reversed(parse.context.remembered(event_type)))  # oldest first
    if not told:
        return []
    counts = Counter(frozenset(dyad) for dyad in told)
    pair = max(counts, key=counts.__getitem__)  # Counter keeps first-told order: ties go first
    if agents and set(agents) <= pair:
        return []
    return list(dict.fromkeys(dyad for dyad in told if set(dyad) == pair))


def completes_an_earlier_act(trigger: Token) -> bool:
    """Whether a nominal act is what a later step completes: 'presented his credentials
    on Tuesday, completing the restoration of ties', 'a step that marks the full
    normalisation of relations'.  The act was done before; the step's time is not its
    own, so the mention joins the act the article tells, or stays undated."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return False
    words = load_lexicon().modality
    governor = fold(trigger.head.lemma_)
    if governor in words["completion_governors"]:
        return True
    marks = {fold(c.lower_) for c in trigger.children if c.dep_ == "amod"}
    return governor == "mark" and bool(marks & words["completion_marks"])


def _taken_up(phrase: Token) -> bool:
    """Whether the act is the topic ('the closure of the embassy was a consequence of
    the raid', 'the restoration was welcomed') or what a reaction is to ('Kuwait hailed
    the resumption of relations'), not the object of a verb that does it."""
    reaction = fold(phrase.head.lemma_) in load_lexicon().modality["reaction_governors"]
    if phrase.dep_ == "nsubjpass":  # "was announced by Germany": Germany's own act
        return reaction or not any(c.dep_ == "agent" for c in phrase.head.children)
    return phrase.dep_ == "nsubj" or (phrase.dep_ == "dobj" and reaction)


def _own_phrase(trigger: Token) -> Token | None:
    """The noun phrase that holds the act: the nominal itself ('the severance of ties'),
    or the noun an infinitive completes ('the move to restore relations')."""
    if trigger.pos_ == "NOUN":
        return trigger
    infinitive = to_infinitive(trigger)
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and infinitive:
        return trigger.head
    return None
