"""The event grammar's data (``data/lexicon/events.json``).

Besides the rules, the lexicon lists the words the cascade's scan looks for
(``scan.py``): surface forms of every trigger lemma and of every argument
noun.  They are generated from the same entries the parser rules use, so
every sentence a rule could fire on passes the scan.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class TriggerRule:
    """One row of the event grammar (see the ``_doc`` of events.json)."""

    type: str
    pos: str
    lemmas: frozenset[str]
    args: tuple[str, ...]
    requires: frozenset[str] = frozenset()
    excludes: frozenset[str] = frozenset()
    governed_by: frozenset[str] = frozenset()
    arg_requires: frozenset[str] = frozenset()
    arg_excludes: frozenset[str] = frozenset()
    sentence_cue: re.Pattern[str] | None = None
    previous_cue: re.Pattern[str] | None = None
    subject_arg: bool = False
    modality: str | None = None
    future_asserted: bool = False
    host_is_agent: bool = False
    self_argument: bool = False  # the noun names the event itself: "U.S. sanctions on Iran"
    scan_forms: frozenset[str] | None = None  # the forms the scan looks for, if not all


@dataclass(frozen=True)
class ArgumentClass:
    name: str
    lemmas: frozenset[str]
    qualified: dict[str, frozenset[str]]
    false_friends: frozenset[str]
    scanned: bool = True  # False: the rows taking it are cued by their own forms
    # Scanned only beside one of these words' forms: "exports" fills trade news, and
    # counts only where a ban on them could be told ("banned exports", "export curbs").
    scanned_beside: frozenset[str] = frozenset()
    # Qualifiers the scan alone accepts, leaving the parse to judge: "its mission",
    # "Ghana's mission" pass the scan; the parse keeps a state's mission placed in a state.
    scan_qualified: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[TriggerRule, ...]
    classes: dict[str, ArgumentClass]
    passthrough: frozenset[str]
    modality: dict[str, frozenset[str]]
    # What the scan looks for, lower-cased and accent-folded.
    trigger_words: frozenset[str]
    unconditional_trigger_words: frozenset[str]
    argument_words: frozenset[str]
    # Argument nouns that count only beside a qualifier: ("head", "mission").
    qualified_words: tuple[tuple[frozenset[str], frozenset[str]], ...]

    def hyphenated_forms(self) -> dict[str, str]:
        """Surface form -> lemma of hyphenated trigger words ('re-established' ->
        're-establish'), which the tokenizer would otherwise split at the hyphen."""
        return {
            form: lemma
            for rule in self.rules
            for lemma in rule.lemmas
            if "-" in lemma
            for form in inflections(lemma)
            if "-" in form
        }

    @cached_property
    def _rules_by_lemma(self) -> dict[str, tuple[TriggerRule, ...]]:
        """The rows of each lemma, in the grammar's order (asked of every parsed token)."""
        index: dict[str, tuple[TriggerRule, ...]] = {}
        for rule in self.rules:
            for lemma in rule.lemmas:
                index[lemma] = (*index.get(lemma, ()), rule)
        return index

    def is_trigger_lemma(self, lemma: str) -> bool:
        return lemma in self._rules_by_lemma

    def rules_for(self, lemma: str, pos: str) -> list[TriggerRule]:
        return [rule for rule in self._rules_by_lemma.get(lemma, ()) if rule.pos == pos]

    def is_noun_of_grammar(self, lemma: str) -> bool:
        """A noun trigger or argument ('sanctions', 'relations'), not a verb mistagged."""
        return bool(self.rules_for(lemma, "NOUN")) or any(
            lemma in cls.lemmas for cls in self.classes.values()
        )


@lru_cache(maxsize=1 << 16)  # asked of the same few thousand lemmas again and again
def fold(word: str) -> str:
    """Lower-case and strip accents: 'Agrément' -> 'agrement'."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@cache
def load_lexicon() -> Lexicon:
    raw = json.loads(
        resources.files("detente.data.lexicon").joinpath("events.json").read_text(encoding="utf-8")
    )
    rules = tuple(_rule(row) for row in raw["triggers"])
    raw_classes = {
        name: _with_class_qualifiers(row, raw["classes"]) for name, row in raw["classes"].items()
    }
    classes = {name: _argument_class(name, row) for name, row in raw_classes.items()}
    modality = {key: frozenset(fold(w) for w in words) for key, words in raw["modality"].items()}
    trigger_words = {form for rule in rules for form in _scan_forms(rule)}
    # Triggers that need no other cue (no required word, no scan forms of their own):
    # alone in a sentence after a candidate, only these make it one too.
    unconditional_words = {
        form
        for rule in rules
        if not (rule.requires or rule.scan_forms or rule.sentence_cue or rule.governed_by)
        for form in _scan_forms(rule)
    }
    argument_words = {
        form
        for cls in classes.values()
        if cls.scanned and not cls.scanned_beside
        for lemma in cls.lemmas
        if lemma not in cls.qualified
        for form in noun_forms(lemma)
    }
    qualified_words = (
        tuple(
            (frozenset(noun_forms(lemma)), frozenset(qualifiers))
            for cls in classes.values()
            for lemma, qualifiers in cls.qualified.items()
        )
        + tuple(
            (frozenset(noun_forms(lemma)), qualifiers)
            for cls in classes.values()
            for lemma, qualifiers in cls.scan_qualified.items()
        )
        + tuple(
            (frozenset(noun_forms(lemma)), _all_inflections(_beside_words(name, cls, rules)))
            for name, cls in classes.items()
            if cls.scanned_beside
            for lemma in cls.lemmas
        )
        + ((_DEALINGS, _all_inflections(_barring_lemmas(rules))),)
    )
    return Lexicon(
        rules=rules,
        classes=classes,
        passthrough=frozenset(raw["passthrough"]),
        modality=modality,
        trigger_words=frozenset(trigger_words),
        unconditional_trigger_words=frozenset(unconditional_words),
        argument_words=frozenset(argument_words | _STATE_ARGUMENT_CUES),
        qualified_words=qualified_words,
    )


def _scan_forms(rule: TriggerRule) -> set[str]:
    """The words the scan looks for to find ``rule``: its own scan forms, else its
    lemmas' forms (a noun's singular and plural: 'accord' must not scan 'according')."""
    if rule.scan_forms:
        return set(rule.scan_forms)
    forms = noun_forms if rule.pos == "NOUN" else inflections
    return {form for lemma in rule.lemmas for form in forms(lemma)}


# The `sanction`/`blacklist`/`designate`/`delist` rules take a state (or its officials) as
# argument, which no scanned argument class names, so their own forms also count as
# argument cues; so do the lists firms and persons are put on, "barred from entering"
# and the dealings a ban bars.
_STATE_ARGUMENT_CUES = {
    "expel",  # "expelled 12 Algerian officials": officials are an unscanned class
    "expels",
    "expelled",
    "expelling",
    "sanctioned",
    "sanctioning",
    "sanctions",
    "blacklisted",
    "blacklisting",
    "blacklists",
    "designated",
    "designating",
    "delisted",
    "delisting",
    "delists",
    "entity list",
    "control list",
    "stop list",
    "entering",
}
# "barred American firms from investing in ...": the dealing a ban bars (dealing_bans.py)
# cues the scan only beside the verbs of that row; 'trading' and 'selling' fill market news.
_DEALINGS = frozenset(
    {"dealing", "investing", "trading", "lending", "doing business", "transacting", "buying"}
    | {"selling", "supplying", "exporting", "financing"}
)


def _beside_words(name: str, cls: ArgumentClass, rules: tuple[TriggerRule, ...]) -> frozenset[str]:
    """The words beside which a class is scanned: its own list and the verbs of every row
    that takes it ('cut trade with Israel' as well as 'halted trade')."""
    verbs = (r.lemmas for r in rules if r.pos == "VERB" and name in r.args)
    return cls.scanned_beside.union(*verbs)


def _barring_lemmas(rules: tuple[TriggerRule, ...]) -> frozenset[str]:
    """The verbs of the dealing-ban row: the one whose argument requires a dealing."""
    return frozenset(
        lemma
        for rule in rules
        if rule.type == "IMPOSE_SANCTIONS" and "deal" in rule.arg_requires
        for lemma in rule.lemmas
    )


def _rule(row: dict[str, Any]) -> TriggerRule:
    cue, previous_cue = row.get("sentence_cue"), row.get("previous_cue")
    return TriggerRule(
        type=row["type"],
        pos=row["pos"],
        lemmas=frozenset(fold(lemma) for lemma in row["lemmas"]),
        args=tuple(row["args"]),
        requires=frozenset(fold(w) for w in row.get("requires", ())),
        excludes=frozenset(fold(w) for w in row.get("excludes", ())),
        governed_by=frozenset(fold(w) for w in row.get("governed_by", ())),
        arg_requires=frozenset(fold(w) for w in row.get("arg_requires", ())),
        arg_excludes=frozenset(fold(w) for w in row.get("arg_excludes", ())),
        sentence_cue=re.compile(cue, re.IGNORECASE) if cue else None,
        previous_cue=re.compile(previous_cue, re.IGNORECASE) if previous_cue else None,
        subject_arg=row.get("subject_arg", False),
        modality=row.get("modality"),
        future_asserted=row.get("future_asserted", False),
        host_is_agent=row.get("host_is_agent", False),
        self_argument=row.get("self_argument", False),
        scan_forms=frozenset(fold(w) for w in row["scan_forms"]) if "scan_forms" in row else None,
    )


def _with_class_qualifiers(row: dict[str, Any], classes: dict[str, Any]) -> dict[str, Any]:
    """The class row with each qualifier '@name' replaced by the forms of class name's
    lemmas: a ban is a sanction when it is on goods ('a ban on Japanese seafood'), and
    the goods are listed once, in their own class."""
    qualified = {
        noun: [
            form
            for word in words
            for form in (
                sorted(f for lemma in classes[word[1:]]["lemmas"] for f in noun_forms(lemma))
                if word.startswith("@")
                else [word]
            )
        ]
        for noun, words in row["qualified"].items()
    }
    return {**row, "qualified": qualified}


def _argument_class(name: str, row: dict[str, Any]) -> ArgumentClass:
    return ArgumentClass(
        name=name,
        lemmas=frozenset(fold(w) for w in row["lemmas"]),
        qualified={fold(k): frozenset(fold(w) for w in v) for k, v in row["qualified"].items()},
        false_friends=frozenset(fold(w) for w in row.get("false_friends", ())),
        scanned=row.get("scanned", True),
        scanned_beside=frozenset(fold(w) for w in row.get("scanned_beside", ())),
        scan_qualified={
            fold(k): frozenset(fold(w) for w in v) for k, v in row.get("scan_qualified", {}).items()
        },
    )


_IRREGULAR = {
    "withdraw": ("withdrew", "withdrawn", "withdrawal", "withdrawals"),
    "break": ("broke", "broken"),
    "give": ("gave", "given"),
    "tell": ("told",),
    "throw": ("threw", "thrown"),
    "send": ("sent",),
    "choose": ("chose", "chosen"),
    "become": ("became",),
    "shut": ("shutting",),
    "cut": ("cutting",),
    "put": ("putting",),
    "hit": ("hitting",),
    "stand": ("stood",),
    "swear": ("sworn", "swore"),
    "take": ("took", "taken"),
    "bring": ("brought",),
    "deny": ("denied", "denies"),
    "stay": ("stayed",),
    "oust": ("ouster",),
    "expel": ("expulsion", "expulsions"),
    "seek": ("sought",),
    "lead": ("led",),
    "freeze": ("froze", "frozen"),
    "ban": ("bani",),  # the lemmatizer's table has it; scanned so the cascade loses nothing
    "unfreeze": ("unfroze", "unfrozen"),
    "keep": ("kept",),
    "begin": ("began", "begun"),
    "go": ("went", "gone", "goes"),
    "get": ("got", "gotten"),
    "win": ("won", "winning"),
    "relation": ("relations",),
    "tie": ("ties",),
    "embassy": ("embassies",),
    "credential": ("credentials",),
    "penalty": ("penalties",),
    "chargé": ("charge", "chargés", "charges"),
    "attaché": ("attache", "attachés"),
    "agrément": ("agrement", "agreement"),
}


def inflections(lemma: str) -> set[str]:
    """Surface forms of an English lemma, generous rather than exact (a scan only)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "d"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ion", lemma + "ment"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", lemma):  # expel -> expelled, ship -> shipped
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms |= set(_IRREGULAR.get(lemma, ()))
    forms |= {fold(form) for form in forms}
    return forms


def _all_inflections(lemmas: frozenset[str]) -> frozenset[str]:
    return frozenset(form for lemma in lemmas for form in inflections(lemma))


def noun_forms(lemma: str) -> set[str]:
    """Singular and plural of a noun lemma: argument words are nouns, and their verb
    forms ("funding", "staffed") would only let general news through the scan."""
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y"):
        forms.add(lemma[:-1] + "ies")
    forms |= set(_IRREGULAR.get(lemma, ()))
    return forms | {fold(form) for form in forms}
