"""Repairs of the parse of headlines whose verb the small model takes for a noun.

Headlines drop articles, and the parser then reads the verb's -s form as part of a
noun phrase:

    "Kenya names envoy to Japan"        names --compound--> envoy (the root)
    "EU names new ambassador to China"  EU --compound--> names (a plural noun, the root)
                                        ambassador --appos--> names
    "Bolivia names new ambassador"      names --dative--> Bolivia (the root)
                                        ambassador --dobj--> Bolivia

Every reader of arguments (subject, object, the object's "to" phrase) would need its
own exception; instead the arcs are put right once, after parsing, as a verb with its
subject and object.  Only short sentences without final punctuation are touched, and
only -s forms of the grammar's verbs that are not also its nouns ('sanctions').

A headline clause whose subject is a list of states takes the verb's base form, which
the parser reads as a noun or an adjective of the list ("Poland, Lithuania expel
Belarusian diplomats", "...; Jordan, Bahrain recall envoys"): a base form between such
a list and a noun phrase is made the clause's verb (nlp/headline_lists.py).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from detente.nlp.actors import resolve_actor
from detente.nlp.headline_lists import repair_listed_subjects
from detente.nlp.lexicon import fold, inflections, load_lexicon

_HEADLINE_TOKENS = 16
_SUBJECTS = frozenset({"nsubj", "compound"})
# How the parser hangs a verb it took for a noun on the noun after it: "names envoy",
# "expels German ambassador" (nmod), "severs ties" (as the subject of 'ties').
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "nsubj", "amod"})


def repair_headline_verbs(doc: Doc) -> None:
    """Give headline verbs read as nouns in ``doc`` their subject and object."""
    for sentence in doc.sents:
        if len(sentence) > _HEADLINE_TOKENS:
            continue
        # A list of names before a base form is a plural subject however the line
        # ends ('...; Chile, Colombia recall envoys.'): repaired before the shape test.
        if repair_listed_subjects(sentence) or not _headline_shaped(sentence):
            continue
        if sentence.root.pos_ == "VERB":
            _particle_objects(sentence.root)
        for token in sentence:
            if not _verb_s_form(token):
                continue
            noun = token.head
            if token.dep_ in _NOUN_MODIFIERS and noun.dep_ == "ROOT" and noun.i > token.i:
                _verb_over_its_object(token, noun)
                break
            if token.dep_ == "ROOT" and token.tag_ == "NNS":
                if any(c.dep_ == "nsubj" for c in token.children):
                    _as_verb(token)  # "Ambassador of Peru hands over credentials"
                else:
                    _plural_root_as_verb(token)
                break
            if noun.dep_ == "ROOT" and _a_name(noun) and noun.i < token.i:
                _name_root_under_verb(token, noun)
                break


def _headline_shaped(sentence: Span) -> bool:
    last = sentence[-1].text
    return last not in (".", "!", "?", '"', "”")


def _verb_s_form(token: Token) -> bool:
    return (
        token.lower_.endswith("s")
        and token.tag_ in ("VBZ", "NNS")
        and token.lower_ in _verb_s_forms()
        and any(_a_name(word) for word in token.doc[token.sent.start : token.i])
    )


def _a_name(word: Token) -> bool:
    """A proper noun, or a state's name the tagger took for a common word ('Zambia')."""
    return word.pos_ == "PROPN" or (
        (word.is_title or word.is_upper) and resolve_actor(word.text) is not None
    )


def _verb_over_its_object(verb: Token, noun: Token) -> None:
    """'Kenya names envoy to Japan', 'Algeria severs ties with Morocco': the verb becomes
    the root, the noun its object, and the name before the verb its subject."""
    subjects = [w for w in (*verb.lefts, *noun.lefts) if w.i < verb.i and w.dep_ in _SUBJECTS]
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "dobj"
    for word in subjects:
        word.head, word.dep_ = verb, "nsubj"
    _as_verb(verb)


def _plural_root_as_verb(verb: Token) -> None:
    """'EU names new ambassador to China': the compound before it is its subject, the
    apposition after it its object."""
    subjects = [w for w in verb.lefts if w.dep_ == "compound" and _a_name(w)]
    objects = [
        w for w in verb.rights if w.dep_ in ("appos", "dobj", "npadvmod") and w.pos_ == "NOUN"
    ]
    if not subjects or not objects:
        return
    subjects[-1].dep_ = "nsubj"
    objects[0].dep_ = "dobj"
    _as_verb(verb)


# Particles the parser reads as prepositions after a headline's verb.
_PARTICLES = frozenset({"over", "up", "in", "out"})


def _particle_objects(verb: Token) -> None:
    """'Envoy of Chile hands over credentials to Kenyan President': a particle read as a
    preposition right after the verb hands its object on to the verb."""
    for prep in [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _PARTICLES]:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and prep.i == verb.i + 1:
            prep.dep_ = "prt"
            for word in objects:
                word.head, word.dep_ = verb, "dobj"


def _name_root_under_verb(verb: Token, name: Token) -> None:
    """'Bolivia names new ambassador to the US', parsed with the name as the root and
    both the verb and its object hung on it: the verb becomes the root, the name its
    subject, and what followed the verb on the name its dependents."""
    after = [w for w in name.rights if w.i > verb.i]
    objects = [w for w in after if w.pos_ == "NOUN"]
    if not objects:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"
    for word in after:
        word.head = verb
    objects[0].dep_ = "dobj"
    _as_verb(verb)


def _as_verb(verb: Token) -> None:
    verb.tag_, verb.pos_ = "VBZ", "VERB"
    verb.lemma_ = _verb_s_forms()[verb.lower_]
    _particle_objects(verb)


@cache
def _verb_s_forms() -> dict[str, str]:
    """'names' -> 'name': -s forms of the grammar's verbs that are not its nouns."""
    lexicon = load_lexicon()
    forms: dict[str, str] = {}
    for rule in lexicon.rules:
        if rule.pos != "VERB":
            continue
        for lemma in rule.lemmas:
            if " " in lemma or lexicon.is_noun_of_grammar(fold(lemma)):
                continue
            for form in inflections(lemma):
                if form.endswith("s") and not form.endswith("ss"):
                    forms.setdefault(form, lemma)
    return forms
