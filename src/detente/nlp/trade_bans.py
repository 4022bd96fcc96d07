"""Trade bans: a ban on imports is a sanction on the state the goods come from.

"Russia banned imports of wine from Georgia", "a ban on all imports from
Lebanon", "a ban on Lebanese imports" (GUIDELINES, Settled cases: bans on
imports or trade are IMPOSE_SANCTIONS).  The origin is the target; a ban that
names no origin ("halted imports of maize") targets nobody.  A ban on exports,
or on entry, targets where they would go ("banned exports of chips to China",
"banned entry to 500 Americans"); the grammar row's places give that.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.actors import is_organisation, resolve_actor
from detente.nlp.dealing_bans import barred_dealing, dealt_with
from detente.nlp.lexicon import fold, load_lexicon
from detente.nlp.roles import SentenceParse
from detente.nlp.sanction_nouns import aimed_at, antecedent_targets, undergoing_antecedent
from detente.nlp.sanction_reasons import reason_actors
from detente.nlp.sanction_threats import WARNING_VERBS, warned_states
from detente.nlp.syntax import preposition_objects
from detente.nlp.trigger_roles import Roles
from detente.nlp.triggers import Trigger

# Classes of what is banned that name no target of their own: "banned exports of
# nickel ore" is aimed at nobody.
_AIMED_ONLY_BY_PLACE = frozenset({"exports", "entry"})


def sanction_targets(trigger: Trigger, roles: Roles, parse: SentenceParse) -> list[str] | None:
    """The states a sanctioning trigger names as sanctioned (maybe none, to be found in
    the article), or None when the sentence says it is aimed at no state."""
    dealing = barred_dealing(trigger)
    if dealing is not None:  # "barred American firms from investing in Chinese companies"
        return dealt_with(dealing, parse, roles.agents + roles.owners) or None
    if trigger.arg_class in ("state", "designees"):
        return roles.owners  # "added two Iranian banks to its sanctions list"
    if is_import_ban(trigger):
        # "banned imports from Lebanon", "a ban on Georgian imports": no origin, no target
        # ("lifted its ban on Australian wine imports": 'its' is the banning state's)
        origins = (
            roles.place("from")
            or import_origins(trigger, parse)
            or member_blocs(trigger, parse)
            or roles.owners
        )
        return [c for c in origins if c not in roles.agents] or None
    if trigger.arg_class == "trade":  # "halted all trade with Israel"
        return roles.place("with") or None
    if fold(trigger.token.lemma_) in WARNING_VERBS:  # "threatened Ankara with sanctions"
        return warned_states(trigger, parse) or None
    targets = (
        roles.place("on", "against", "targeting", "over", "for", "to")
        or aimed_at(trigger.arguments, parse)
        or passive_subject_states(trigger, parse)
        or warned_states(trigger, parse)
        or antecedent_targets(trigger, parse)
        or undergoing_antecedent(trigger, parse)
    )
    if not targets and trigger.arg_class in _AIMED_ONLY_BY_PLACE:
        # "banned the entry of 500 Americans"; "banned entry to 63 officials in
        # retaliation for Tokyo's sanctions"
        entrants = _entrants(trigger, parse, roles.agents)
        return entrants or reason_actors(trigger, parse, roles.agents) or None
    return targets + [c for c in _listed_after(trigger, parse) if targets and c not in targets]


def _entrants(trigger: Trigger, parse: SentenceParse, agents: list[str]) -> list[str]:
    """The states of those whose entry is barred: 'banned the entry of 500 Americans'."""
    if trigger.arg_class != "entry":
        return []
    return [
        code
        for entry in trigger.arguments
        for entrant in preposition_objects(entry, "of")
        for code in parse.states_of(entrant)
        if code not in agents
    ]


def _listed_after(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """'a food embargo on the EU, the US and Canada', parsed with 'the US and Canada'
    conjoined to the embargo: states listed as the sanctions' own conjuncts."""
    return [
        code
        for argument in trigger.arguments
        for member in argument.conjuncts
        if member.i > argument.i and member.i in parse.actor_at
        for code in parse.states_of(member)
    ]


def is_import_ban(trigger: Trigger) -> bool:
    """Whether the sanction the trigger names is a ban on imports (or on goods: 'halted
    shipments of Australian coal', 'suspended purchases of Canadian canola')."""
    return trigger.arg_class in ("imports", "goods") or any(
        _brings_in(t) for a in trigger.arguments for t in a.subtree
    )


def _brings_in(word: Token) -> bool:
    """An import, or the entry of goods ('the entry of Georgian wines into Russia')."""
    lemma = fold(word.lemma_)
    if lemma == "entry":
        goods = load_lexicon().classes["goods"].lemmas
        return any(fold(pobj.lemma_) in goods for pobj in preposition_objects(word, "of"))
    return lemma == "import"


def import_origins(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """Where the banned imports come from: 'imports from Lebanon', 'Lebanese imports'."""
    found: list[str] = []
    for imports in (t for a in trigger.arguments for t in a.subtree):
        if not _brings_in(imports):
            continue
        # "imports from Lebanon"; "its import ban on Chinese seafood": the goods banned
        on_ban = imports.head if imports.dep_ == "compound" else None
        origins = [imports] + [
            pobj
            for word, preposition in ((imports, "from"), (on_ban, "on"))
            if word is not None
            for prep in word.children
            if prep.dep_ == "prep" and prep.lower_ == preposition
            for pobj in prep.children
        ]
        origins += _made_in(imports)
        for word in origins:
            found += [c for c in parse.states_of(word) if c not in found]
    return found


_MEMBER_NOUNS = frozenset({"country", "state", "nation", "member"})


def member_blocs(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """'banned food imports from the 28 EU countries' (or 'EU member states'): imports
    from every member of a bloc are the bloc's, though its members act for none."""
    holders = [trigger.token, *(t for a in trigger.arguments for t in a.subtree)]
    return [
        code
        for holder in holders
        for origin in preposition_objects(holder, "from")
        if fold(origin.lemma_) in _MEMBER_NOUNS
        for modifier in origin.children
        if modifier.dep_ in ("compound", "amod", "nmod")
        for code in [resolve_actor(modifier.text)]  # no actor span: 'EU countries' act for none
        if code is not None and is_organisation(code)
    ]


# Participles that place where goods come from: 'products originating in Japan'.
_ORIGIN_VERBS = frozenset(
    {"originate", "make", "produce", "grow", "manufacture", "come", "source", "catch"}
)


def _made_in(imports: Token) -> list[Token]:
    """'imports of aquatic products originating in Japan', 'wine made in Georgia': the
    place a participle of origin names."""
    return [
        pobj
        for word in imports.subtree
        if word.dep_ == "acl" and fold(word.lemma_) in _ORIGIN_VERBS
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


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
