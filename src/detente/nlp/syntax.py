"""Small facts about dependency parses that several stages ask."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.lexicon import fold

# Verbs that make an agreement: its parties act in the clause it governs, and its date
# dates that act ("an agreement to restore ties reached by the two powers in March").
AGREEING_VERBS = frozenset(
    {"reach", "sign", "conclude", "agree", "strike", "seal", "negotiate", "broker", "announce"}
)

# Words for the decision that makes an act: 'agreed to restore ties', 'the decision to
# reopen embassies', 'signed a deal to resume relations'.
_DECIDING_WORDS = frozenset({"agree", "decide", "agreement", "deal", "accord", "decision", "pact"})


def decided_act(trigger: Token) -> bool:
    """Whether the trigger is an act told as what an agreement or decision makes ('agreed
    on March 10 to restore relations'): the decision and the act, when a text tells both,
    are one event, dated when the act took effect (GUIDELINES, one event)."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in ("to", "on"):
        # "the deal to re-establish relations", "an agreement on the appointment of envoys"
        return head.head.lemma_.lower() in _DECIDING_WORDS
    if trigger.dep_ == "dobj" and head.dep_ in ("acl", "xcomp") and to_infinitive(head):
        # "an agreement to ensure the prompt appointment of ambassadors"
        return head.head.lemma_.lower() in _DECIDING_WORDS
    if trigger.dep_ == "advcl" and any(c.lower_ == "to" for c in trigger.children):
        # "signed a deal to establish ties", the infinitive hung on the verb
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _DECIDING_WORDS for c in head.children)
    return trigger.dep_ in ("xcomp", "acl") and head.lemma_.lower() in _DECIDING_WORDS


def preposition_objects(word: Token, *prepositions: str) -> list[Token]:
    """The objects of the word's prepositional phrases headed by one of ``prepositions``
    ('the nominee for Colombian ambassador' -> ambassador)."""
    return [
        pobj
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def to_infinitive(verb: Token) -> bool:
    """Whether the verb is an infinitive with 'to' ('to restore ties')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def infinitival_relative(token: Token) -> bool:
    """'discussions to restore ties', which the parser labels a relative clause."""
    return token.dep_ == "relcl" and to_infinitive(token)


def person_name(token: Token) -> str:
    """The proper name a token ends, read off the parse ('Koroglu' -> 'Burhan Koroglu'):
    the compound proper nouns just before it.  (Named entities are recognised only
    where an event's persons are listed; see ``parser.ensure_entities``.)"""
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.i != start - 1 or child.dep_ != "compound" or child.pos_ != "PROPN":
            break
        start = child.i
    return token.doc[start : token.i + 1].text


def as_complements(verb: Token) -> list[Token]:
    """The post or role an 'as' (or 'for') phrase gives a verb's object, wherever the
    parser hung it: on the verb ('appointed X as ambassador'), on the object ('posted
    Ahmed Raza as high commissioner', 'taps former senator for ambassador to Japan'), or,
    past the verb, on the verb its clause modifies ('issued a decree naming X as
    ambassador')."""
    phrases = [c for c in verb.children if _is_as(c)]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    phrases += [p for o in objects for p in o.children if _is_as(p) or _is_for(p)]
    if verb.dep_ in ("acl", "advcl", "xcomp") and objects:
        # "issued a decree naming X as ambassador": up to the verb above the decree
        above = list(verb.ancestors)[:2]
        phrases += [p for word in above for p in word.children if _is_as(p) and p.i > objects[-1].i]
    return [
        post
        for p in phrases
        for pobj in p.children
        if pobj.dep_ == "pobj"
        for post in ([pobj] if p.lower_ == "as" else post_named_for(pobj))
    ] + for_posts(verb)


def for_posts(word: Token) -> list[Token]:
    """The titles of the posts that 'for' phrases on the word name ('picked X for
    ambassador', 'for the post of envoy')."""
    return [
        post
        for p in word.children
        if _is_for(p)
        for pobj in p.children
        if pobj.dep_ == "pobj"
        for post in post_named_for(pobj)
    ]


def _is_as(word: Token) -> bool:
    return word.dep_ == "prep" and word.lower_ == "as"


def _is_for(word: Token) -> bool:
    return word.dep_ == "prep" and word.lower_ == "for"


# Envoys' titles a 'for' phrase may give as a post: 'picked X for envoy to Peru'.
_ENVOY_POSTS = frozenset({"ambassador", "envoy", "commissioner", "nuncio", "representative"})
POST_NOUNS = frozenset({"post", "position", "job", "role"})


def post_named_for(noun: Token) -> list[Token]:
    """The title of the post a 'for' phrase names: an envoy's ('for ambassador', 'for
    the envoy post'), or any title with a word for a post ('for the post of ambassador',
    'for the post of secretary-general'); none for other 'for' phrases ('recalled X for
    consultations', 'named for his role')."""
    if noun.lemma_.lower() in _ENVOY_POSTS:
        return [noun]
    if noun.lemma_.lower() not in POST_NOUNS:
        return []
    envoys = [c for c in noun.children if c.dep_ == "compound"]
    envoys = [title for title in envoys if title.lemma_.lower() in _ENVOY_POSTS]
    return envoys + preposition_objects(noun, "of")


def chargé_read_as_verb(token: Token) -> bool:
    """'downgraded to charge d'affaires level': the parser reads 'to charge' as an
    infinitive, making a clause of the title."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.pos_ == "VERB"
        and token.lower_ in ("charge", "chargé")
        and following is not None
        and following.lower_.startswith(("d'", "d’", "d"))
        and "affaire"
        in following.lower_ + (following.nbor(1).lower_ if following.i + 1 < len(token.doc) else "")
    )


def misread_as_verb(token: Token) -> bool:
    """A name the tagger read as a verb, making a clause of it: a chargé's title, or an
    organisation's acronym ('The regional bloc ECOWAS on Saturday lifted ...')."""
    acronym = token.pos_ == "VERB" and token.is_upper and token.is_alpha and len(token) > 2
    return acronym or chargé_read_as_verb(token)


def participle_object(token: Token) -> Token | None:
    """'extended its sanctions on Iran, first imposed in 2012': a past participle hung
    on the main verb as a side clause, with no subject of its own, tells of the main
    verb's object."""
    if token.dep_ != "advcl" or token.tag_ != "VBN" or token.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return None
    return next((c for c in token.head.children if c.dep_ == "dobj"), None)


def titled(name: Token, titles: frozenset[str]) -> bool:
    """'Russian businessman Oleg Deripaska', 'oligarch Roman Abramovich': a proper name
    whose title, compounded onto it, is one of ``titles``."""
    return name.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in titles
        for c in name.children
    )


def finite_after_infinitive(verb: Token) -> bool:
    """A past or present-tense verb the parser coordinated with an infinitive ('asked
    the envoy to leave and recalled its own'): it continues the main clause, not the
    infinitive, whose subject is the object of 'asked'."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and head.dep_ == "xcomp"
        and head.tag_ == "VB"
        and head.head.i != head.i
    )


def participle_after_complement(verb: Token) -> bool:
    """'told Chad to withdraw its diplomats, giving them 48 hours': a participle set off
    by a comma after an infinitive complement goes with the main clause, whose subject
    gives, though the parser hangs it on the infinitive (whose subject is 'Chad')."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > head.i
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "xcomp"
        and to_infinitive(head)
        and head.head.i != head.i
    )


def passive_adjunct_undergoer(verb: Token) -> Token | None:
    """'The envoy left two days after being declared persona non grata', 'having been
    expelled, the envoy left': a passive participle with no subject of its own, in a
    phrase or clause on a verb, is undergone by that verb's subject."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        main = verb.head.head
    elif verb.dep_ == "advcl":
        main = verb.head
    else:
        return None
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "which", "that") and main.dep_ == "relcl":
        return main.head  # "the ambassador, who left after being expelled"
    return subject


def parenthetical_participle(verb: Token) -> bool:
    """'The embassy, closed since 2015, was reopened': a participle set off by commas
    that the parser read as a past tense with the noun before as its subject (the verb
    after it its head, or coordinated with it with no 'and')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    main = _main_verb_after(verb)
    if subject is None or main is None or verb.tag_ not in ("VBD", "VBN"):
        return False
    main_start = min([c.i for c in main.children if c.dep_ in ("aux", "auxpass")] + [main.i])
    comma_before = subject.i < verb.i - 1 and verb.doc[verb.i - 1].text == ","
    return comma_before and verb.doc[main_start - 1].text == ","


def _main_verb_after(verb: Token) -> Token | None:
    if verb.dep_ == "advcl" and verb.head.i > verb.i:
        return verb.head
    if any(c.dep_ == "cc" for c in verb.children):
        return None
    return next(
        (c for c in verb.children if (c.dep_ == "conj" and c.pos_ == "VERB") or _bare_main(c)),
        None,
    )


def _bare_main(clause: Token) -> bool:
    """'The embassy, closed in 2012, reopened last month': the main verb read as an
    adverbial clause of the participle, with no subject, conjunction or -ing of its own."""
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and clause.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") for c in clause.lefts)
    )


def lent_subject(verb: Token) -> Token | None:
    """The subject a parenthetical participle took from the verb it stands before (or
    the verb after it, read as its adverbial clause)."""
    if _bare_main(verb) and parenthetical_participle(verb.head):
        return next(c for c in verb.head.children if c.dep_ == "nsubj")
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < verb.i and parenthetical_participle(clause):
            return next(c for c in clause.children if c.dep_ == "nsubj")
    return None


def described_state(verb: Token) -> bool:
    """A participle describing its noun: 'the embassy remained closed', 'the closed
    embassy', 'the embassy, closed since 2015, ...'."""
    return verb.dep_ in ("acomp", "amod") or parenthetical_participle(verb)


# Verbs that hold their object in the state their complement names.
_HOLDING_VERBS = frozenset({"keep"})


def held_in_state(verb: Token) -> bool:
    """'Has kept its embassy in Caracas closed since 2020': a participle complement of a
    verb of holding, a state in force rather than an act (the parser may read the
    participle as a past tense hung on 'kept' with no relation named)."""
    holder = verb.head
    held = [c for c in holder.children if c.dep_ == "dobj" and c.i < verb.i]
    return (
        verb.dep_ in ("xcomp", "ccomp", "oprd", "dep", "advcl")
        and verb.tag_ in ("VBN", "VBD", "JJ")
        and holder.lemma_.lower() in _HOLDING_VERBS
        and bool(held)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def passive_infinitive_object(verb: Token) -> Token | None:
    """'ordered the ambassador to be summoned': the governing verb's object undergoes a
    passive infinitive; its governor's subject is the agent, not that object."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if not to_infinitive(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


# Words that may stand between a clause's subject and its verb: "Russia in turn expelled"
_BETWEEN_SUBJECT_AND_VERB = frozenset({"prep", "pobj", "advmod", "npadvmod", "punct", "det"})


def stray_subject(verb: Token) -> Token | None:
    """'Latvia expelled the ambassador and Russia in turn expelled Latvia's envoy': the
    parser hangs the second clause's subject on the first clause's object as one more
    conjunct (a run of them: 'and Belgium, Austria and Ireland expelled four more'),
    and leaves the second verb without a subject.  The run's first name, or None."""
    if not _bare_clause(verb):
        return None
    members = [m for m in verb.head.subtree if m.i < verb.i and m.dep_ == "conj"]
    last = next((m for m in reversed(members) if opens_clause(m) == verb), None)
    return clause_run(last)[0] if last is not None else None


def clause_run(member: Token) -> list[Token]:
    """The names, listed with ``member``, that together are the subject of a clause the
    parser hung on an object list; empty when ``member`` is a true list member."""
    run = [member]
    for word in reversed(member.doc[: member.i]):  # back over "Belgium, Austria and"
        if word.dep_ in ("punct", "cc") or (word.dep_ == "compound" and word.head.i == run[0].i):
            continue
        if word.pos_ == "PROPN" and word.dep_ == "conj":
            run.insert(0, word)
            continue
        break
    for word in member.doc[member.i + 1 :]:  # on to the last of them
        if word.dep_ in ("punct", "cc") or (word.dep_ == "compound" and word.head.i > word.i):
            continue
        if word.pos_ == "PROPN" and word.dep_ == "conj":
            run.append(word)
            continue
        break
    return run if opens_clause(run[-1]) is not None else []


def _bare_clause(verb: Token) -> bool:
    """A second clause's verb left without its subject: a conjunct, or a finite verb the
    parser took for an adverbial clause ('... in Gdansk and Moscow retaliated by')."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP"))


def opens_clause(member: Token) -> Token | None:
    """The subjectless conjoined verb a proper-noun conjunct stands right before, if any."""
    if member.pos_ != "PROPN" or member.dep_ != "conj":
        return None
    for word in member.doc[member.right_edge.i + 1 :]:
        if word.pos_ == "VERB":
            return word if _bare_clause(word) else None
        if word.dep_ not in _BETWEEN_SUBJECT_AND_VERB:
            return None
    return None


def modifier_words(token: Token) -> set[str]:
    """The words that modify a phrase head, also as hyphenated pairs: 'high-level contacts'
    is parsed 'high' < 'level' < 'contacts', and 'high-level' is what the lexicon lists."""
    words = {fold(c.lower_) for c in token.children} | {fold(c.lemma_) for c in token.children}
    for child in token.children:
        words |= {
            f"{fold(g.lower_)}-{fold(child.lower_)}"
            for g in child.lefts
            if g.dep_ in ("amod", "compound")
        }
    return words


def gerund_of_time(verb: Token) -> bool:
    """A gerund with no subject after a preposition of time: its subject is the clause's."""
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ in ("after", "before", "since", "following", "until")
        and verb.head.head.pos_ in ("VERB", "AUX")
    )


def fronted_subject(verb: Token) -> Token | None:
    """'Following the request of China, the Ambassador of Lithuania was recalled': after a
    fronted phrase ending in a name, the parser hangs the clause's subject on that name as
    an apposition and leaves the verb without one.  That apposition, if the verb has no
    subject of its own and only auxiliaries stand between the apposition and the verb."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    for phrase in verb.lefts:
        if phrase.dep_ != "prep":
            continue
        for word in phrase.subtree:
            if (
                word.dep_ == "appos"
                and word.head.pos_ == "PROPN"
                and word.doc[word.left_edge.i - 1].text == ","
                and _only_auxiliaries_between(word.right_edge, verb)
            ):
                # "..., the Ambassador of Lithuania, Diana Mickeviciene, was": the title
                # and the name are both hung on the phrase's name; the subject opens at
                # the first of them
                return next(c for c in word.head.children if c.dep_ == "appos")
    return None


def _only_auxiliaries_between(end: Token, verb: Token) -> bool:
    between = end.doc[end.i + 1 : verb.i]
    return all(w.dep_ in ("aux", "auxpass", "neg", "advmod", "punct") for w in between)
