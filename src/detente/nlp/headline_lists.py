"""Headline clauses whose subject is a list of states: "Poland, Lithuania expel
Belarusian diplomats", "Niger cuts ties with Ukraine; Mali, Burkina Faso recall envoys".

The plural subject takes the verb's base form, which the small model reads as a noun or
an adjective ('Bahrain recall' as a compound, 'expel' as a modifier of 'diplomats'),
and the clause then has no verb.  A grammar verb's base form that stands right after a
list of two or more names opening a clause, and right before a noun phrase, is made the
clause's verb: the names its subjects, the noun phrase its object.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import DEP, HEAD
from spacy.tokens import Span, Token

from detente.nlp.actors import resolve_actor
from detente.nlp.lexicon import load_lexicon

_CLAUSE_BREAKS = frozenset({";", ":"})
_LIST_MARKS = frozenset({",", "and", "&"})
_NOUN_PHRASE_STARTS = frozenset({"DET", "ADJ", "NOUN", "NUM", "PROPN"})


def repair_listed_subjects(sentence: Span) -> bool:
    """Put right each clause of ``sentence`` that opens on a list of names before a
    grammar verb's base form; whether any was."""
    repaired = False
    for token in sentence:
        if token.lower_ not in _base_forms() or token.dep_ in ("aux", "auxpass"):
            continue  # "Poland and Belarus have traded expulsions": 'have' is no verb here
        names = _listed_names_before(token, sentence)
        if _has_object(token) and _subjects_of(token, names):
            continue
        noun = _object_after(token, sentence)
        if len(names) >= 2 and noun is not None:
            _verb_of_clause(token, names, noun, sentence)
            repaired = True
    if repaired:  # heads set one by one can leave spaCy's child lists stale: rebuild them
        doc = sentence.doc
        doc.from_array([HEAD, DEP], doc.to_array([HEAD, DEP]))
    return repaired


def _has_object(verb: Token) -> bool:
    """A verb already read as one, with its object."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)


def _subjects_of(verb: Token, names: list[list[Token]]) -> bool:
    """Whether the parse already has each listed name as a subject of ``verb`` (a list
    opening a clause after a semicolon can hang as an adverbial: 'Chile' npadvmod)."""
    heads = [run[-1] for run in names]
    return all(
        head.dep_ == "nsubj" and head.head == verb or head.dep_ == "conj" and head.head == heads[0]
        for head in heads
    )


def _listed_names_before(verb: Token, sentence: Span) -> list[list[Token]]:
    """The names (each a run of words) listed from the clause's start up to ``verb``,
    or none where anything else stands between."""
    names: list[list[Token]] = []
    i = verb.i - 1
    while i >= sentence.start:
        run: list[Token] = []
        while i >= sentence.start and _name_word(verb.doc[i]):
            run.insert(0, verb.doc[i])
            i -= 1
        if not run or resolve_actor(" ".join(w.text for w in run)) is None:
            return []
        names.insert(0, run)
        if i < sentence.start or verb.doc[i].text in _CLAUSE_BREAKS:
            return names
        if verb.doc[i].lower_ not in _LIST_MARKS:
            return []
        i -= 1
    return []


def _name_word(word: Token) -> bool:
    return word.is_title or word.is_upper


def _object_after(verb: Token, sentence: Span) -> Token | None:
    """The head noun of the noun phrase just after the verb ('Belarusian diplomats')."""
    found = None
    for word in verb.doc[verb.i + 1 : sentence.end]:
        if word.pos_ not in _NOUN_PHRASE_STARTS and not _argument_word(word):
            break
        if word.pos_ in ("NOUN", "PROPN") or _argument_word(word):
            found = word
    if found is None or verb.i + 1 > found.i:
        return None
    return found


def _verb_of_clause(verb: Token, names: list[list[Token]], noun: Token, sentence: Span) -> None:
    """Hang the clause on ``verb``: names as subjects, the noun phrase as its object,
    the rest of the clause on the verb; the clause on the sentence's root, or the verb
    as the root where the old root stood in the clause."""
    end = _clause_end(verb, sentence)
    start = names[0][0].i
    clause = range(start, end)
    root = sentence.root
    if root.i in clause:
        verb.head, verb.dep_ = verb, "ROOT"
        for word in sentence:
            if word.i not in clause and word.head.i in clause:
                word.head = verb
    else:
        verb.head, verb.dep_ = root, "conj"
    first = names[0][-1]
    first.head, first.dep_ = verb, "nsubj"
    for run in names:
        for word in run[:-1]:
            word.head, word.dep_ = run[-1], "compound"
        if run[-1] != first:  # the others coordinated with the first, as parsed in prose
            run[-1].head, run[-1].dep_ = first, "conj"
        mark = verb.doc[run[0].i - 1] if run[0].i > start else None
        if mark is not None:  # the comma or 'and' on the name before it
            mark.head, mark.dep_ = verb.doc[mark.i - 1], ("punct" if mark.is_punct else "cc")
    for word in verb.doc[verb.i + 1 : noun.i]:
        word.head = noun
    noun.head, noun.dep_ = verb, "dobj"
    for word in verb.doc[noun.i + 1 : end]:
        if word.head.i not in range(noun.i + 1, end):
            word.head = verb
    verb.tag_, verb.pos_, verb.lemma_ = "VBP", "VERB", verb.lower_


def _clause_end(verb: Token, sentence: Span) -> int:
    for word in verb.doc[verb.i : sentence.end]:
        if word.text in _CLAUSE_BREAKS:
            return word.i
    return sentence.end


def _argument_word(word: Token) -> bool:
    """A word of the grammar's argument classes, whatever its tag ('envoys' read as a
    verb in 'Chad, Bolivia recall envoys from Israel')."""
    return any(word.lemma_.lower() in cls.lemmas for cls in load_lexicon().classes.values())


@cache
def _base_forms() -> frozenset[str]:
    """The grammar's verbs in their base form ('expel', 'recall', 'cut')."""
    return frozenset(
        lemma
        for rule in load_lexicon().rules
        if rule.pos == "VERB"
        for lemma in rule.lemmas
        if " " not in lemma
    )
