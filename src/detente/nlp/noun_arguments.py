"""The arguments of a nominal trigger: 'the expulsion of X', 'sanctions on Y', 'X's
closure', 'its decision ... by Z', and what a word of quantity or activity stands for
('copies of the credentials', 'operations at its embassy')."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.nlp.arguments import misparsed_conjoined_modifiers
from detente.nlp.envoy_lists import posts_of
from detente.nlp.lasting_breaks import own_year
from detente.nlp.lexicon import Lexicon
from detente.nlp.syntax import preposition_objects

# "expulsion of", "sanctions on", "ties with", "the nomination of X as ambassador"
_NOUN_ARGUMENT_PREPOSITIONS = ("of", "on", "against", "with", "between", "as")


_TIME_PREPOSITIONS = frozenset(
    {"after", "before", "since", "until", "till", "following", "during", "amid", "amidst"}
)


# Nouns of time an 'of' phrase makes a moment: 'at the end of last year'.
_TIME_NOUNS = frozenset(
    {"year", "month", "week", "decade", "century", "day", "summer", "winter", "spring"}
    | {"autumn", "quarter", "term", "mandate", "session"}
)


def _own_time(noun: Token, preposition: Token) -> bool:
    """'after the end of the war' (a time of its own, with its 'of'), 'at the end of last
    year' (the end of a time): no act on what the verb above acts on."""
    of_objects = preposition_objects(noun, "of")
    if any(
        o.lemma_.lower() in _TIME_NOUNS or o.like_num or o.ent_type_ == "DATE" for o in of_objects
    ):
        return True
    return preposition.lower_ in _TIME_PREPOSITIONS and bool(of_objects)


# Loose nouns of a break ('a rift over trade', 'the summer break'): they name the cut of
# relations only when dated or measured and told as the time since which relations are
# as the clause says ('no ties since the 2016 rift'), or, 'break' alone, with its
# relations in an 'in' phrase ('the 2017 break in relations').  'Restored ties after an
# 18-year break' may end a lapse of ambassadors as well as a severance: no cut told.
LOOSE_BREAKS = frozenset({"break", "rift"})


def noun_arguments(token: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The argument heads a nominal trigger governs, however the parser hung them."""
    if token.lemma_.lower() in LOOSE_BREAKS:
        yield from _break_arguments(token, lexicon)
        return
    yield from posts_of(token)  # "Biden's pick for ambassador to Japan"
    yield from _after_particle(token, lexicon)
    children, prepositions = list(token.children), _NOUN_ARGUMENT_PREPOSITIONS
    if token.lemma_ == "end":
        # "an end to sanctions"; in "put an end to relations" the parser may hang the
        # 'to' on the verb ('put X to Y')
        prepositions += ("to",)
        if token.dep_ == "dobj":
            children += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "to"]
    for child in children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from expand(pobj, lexicon)
                    yield from posts_of(pobj)  # "the nomination of Ana Ruiz as ambassador"
        elif child.dep_ in ("compound", "poss", "amod"):
            yield from expand(child, lexicon)
        elif child.dep_ == "appos" and token.doc[child.left_edge.i - 1].text == ":":
            # "approved two appointments: Ana Ruiz as ambassador to Peru and ..."
            yield from expand(child, lexicon)
            for each in (child, *child.conjuncts):
                yield from posts_of(each)
        elif child.dep_ in ("acl", "ccomp") and child.tag_ == "VB":
            # "the request that the ambassador leave": the subject of its subjunctive
            for subject in child.children:
                if subject.dep_ == "nsubj":
                    yield from expand(subject, lexicon)
    # "threatened American diplomats with expulsion": the governing verb's object.
    # Not a noun of time with an object of its own: 'normalised relations after the end
    # of the war' ('restored relations after an 11-year rupture' is theirs).
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and not _own_time(token, head):
        for sibling in head.head.children:
            if sibling.dep_ in ("dobj", "nsubjpass"):
                yield from expand(sibling, lexicon)
    # "the expulsion was announced" / "marking the resumption of operations" at the embassy
    for sibling in token.sent:
        if sibling.lemma_.lower() in ("embassy", "consulate") and sibling.i != token.i:
            yield sibling


def _break_arguments(noun: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The relations a break or rift cut: 'the break in ties', or those of the clause a
    dated or measured break is the time since of ('no ties since the 2016 rift'), or
    that a break named by its year came before ('restored ties after the 2016 rift')."""
    if noun.lemma_.lower() == "break":
        for pobj in preposition_objects(noun, "in"):
            yield from expand(pobj, lexicon)
    if not _dated_or_measured(noun):
        return
    link = noun.head
    if noun.dep_ == "pobj" and link.lower_ == "since":
        clause = link.head
    elif noun.dep_ == "pobj" and link.lower_ in ("after", "following") and own_year(noun):
        clause = link.head  # "restored ties after the 2016 rift" (not 'a 3-year break')
    else:
        return
    if clause.pos_ == "NOUN":  # "no relations since the 2016 rift": 'since' on the noun
        yield from expand(clause, lexicon)
    for sibling in clause.children:
        if sibling.dep_ in ("dobj", "nsubjpass", "nsubj") and sibling.i != noun.i:
            yield from expand(sibling, lexicon)


def _dated_or_measured(noun: Token) -> bool:
    """'the 2016 rift', 'the rift of 2016', 'a seven-year break', 'a decade-long break'."""
    words = [c for c in noun.children if c.dep_ in ("compound", "amod", "nummod", "nmod")]
    words += preposition_objects(noun, "of")
    return any(_time_word(w) or any(_time_word(c) for c in w.children) for w in words)


def _time_word(word: Token) -> bool:
    return word.like_num or word.ent_type_ == "DATE" or word.lemma_.lower() in _TIME_NOUNS


def _after_particle(token: Token, lexicon: Lexicon) -> Iterator[Token]:
    """'the breaking off of diplomatic relations', 'the cutting off of ties': the parser
    hangs the particle and its of-phrase on the verb above the noun."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or following.lower_ not in ("off", "down") or following.head.i == token.i:
        return
    for pobj in preposition_objects(following, "of"):
        yield from expand(pobj, lexicon)


# Work a mission does: "suspended operations at its embassy", "activities of the consulate".
ACTIVITIES = frozenset({"operation", "operations", "activity", "activities", "work"})


# Words for a batch of measures, named by a compound: "a sanctions package", "a new
# sanctions round" ('a credence letter' is no batch: the letter is the credentials).
_COLLECTIVES = frozenset({"package", "round", "wave", "set", "batch", "raft", "series"})


def _passes_through(head: Token, lexicon: Lexicon) -> bool:
    """A word that stands for what its 'of' phrase names: a quantity ('copies of',
    'some of') or any count, in figures or words ('41 of its diplomats', 'six of')."""
    listed = head.lemma_.lower() in lexicon.passthrough or head.lower_ in lexicon.passthrough
    return listed or head.tag_ == "CD"


def expand(token: Token, lexicon: Lexicon) -> Iterator[Token]:
    """An argument head, its conjuncts, and what a quantity word stands for ('copies of X')."""
    for head in (token, *token.conjuncts, *misparsed_conjoined_modifiers(token)):
        yield head
        if _passes_through(head, lexicon):
            activity = head.lemma_.lower() in ACTIVITIES
            linking = ("of", "at", "in") if activity else ("of",)
            for child in head.children:
                if (
                    child.dep_ == "compound" and (activity or head.lemma_.lower() in _COLLECTIVES)
                ) or (
                    child.dep_ == "poss" and activity  # "resumed the embassy's work"
                ):
                    # "suspended its embassy operations", "unveiled a sanctions package"
                    yield child
                if child.dep_ == "prep" and child.lower_ in linking:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            yield from expand(pobj, lexicon)
