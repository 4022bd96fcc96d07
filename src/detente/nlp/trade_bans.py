"""Trade bans: a ban on imports is a sanction on the state the goods come from.

"Russia banned imports of wine from Georgia", "a ban on all imports from
Lebanon", "a ban on Lebanese imports" (GUIDELINES, Settled cases: bans on
imports or trade are IMPOSE_SANCTIONS).  The origin is the target; a ban that
names no origin ("halted imports of maize") targets nobody.  A ban on exports,
or on entry, targets where they would go ("banned exports of chips to China",
"banned entry to 500 Americans"); the grammar row's places give that.
"""

from __future__ import annotations

from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.triggers import Trigger


def is_import_ban(trigger: Trigger) -> bool:
    """Whether the sanction the trigger names is a ban on imports."""
    return trigger.arg_class == "imports" or any(
        fold(t.lemma_) == "import" for a in trigger.arguments for t in a.subtree
    )


def import_origins(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """Where the banned imports come from: 'imports from Lebanon', 'Lebanese imports'."""
    found: list[str] = []
    for imports in (t for a in trigger.arguments for t in a.subtree):
        if fold(imports.lemma_) != "import":
            continue
        origins = [imports] + [
            pobj
            for prep in imports.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for pobj in prep.children
        ]
        for word in origins:
            found += [c for c in parse.states_of(word) if c not in found]
    return found


def passive_subject_states(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """'Russian banks have been hit with U.S. sanctions', 'Iran was slapped with new
    sanctions': the passive subject of a sanctioning verb is its target."""
    arguments = {a.i for a in trigger.arguments}
    return [
        code
        for child in trigger.token.children
        if child.dep_ == "nsubjpass" and child.i not in arguments
        for code in parse.states_of(child)
    ]
