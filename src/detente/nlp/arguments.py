"""Argument structure over the parse: which phrases fill an event's roles.

The parser writes one meaning in several shapes.  A list of states may come
out as conjuncts, as appositions ("The United States, Britain, Canada") or as
a compound when a comma is missing ("Italy Spain").  Others who did the same
act hang on side phrases ("joined Canada in freezing", "the fifth state to
recall ..., after Chile", "Britain, along with France, expelled").  A past
tense with a noun's spelling ("Bahrain cut relations", "and downgrade ties")
is parsed as a noun.  Each function here reads one such shape back into the
roles the grammar (``mentions.py``) expects.
"""

from __future__ import annotations

from collections.abc import Container, Mapping

from spacy.tokens import Doc, Token

from detente.nlp.actors import ActorSpan, is_organisation
from detente.nlp.context import stands_for_state
from detente.nlp.lexicon import fold, load_lexicon
from detente.nlp.syntax import clause_run

# Words between the members of a list: no meaning of their own.
_LIST_GLUE = frozenset({"conj", "cc", "punct", "det", "compound", "appos", "preconj"})
_RECIPROCALS = (("each", "other"), ("one", "another"))
# 'traded expulsions', 'tit-for-tat expulsions', 'mutual recalls': every party both ways
_EXCHANGING = frozenset({"trade", "exchange", "swap"})
_MUTUAL = frozenset({"tat", "mutual", "reciprocal"})
# A verb read as a modifier of its object: 'Bahrain cut relations', headline 'EU expel envoys'.
_MODIFIER_TAGS = frozenset({("NOUN", "compound"), ("ADJ", "amod")})
_ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "representative", "emissary"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our"})
_RELATIVE_OBJECTS = frozenset({"which", "that", "whom", "who"})


def coordinated(token: Token, actor_at: Mapping[int, object]) -> list[Token]:
    """The other members of the list ``token`` heads, however the parser attached
    them: conjuncts, appositions of a named state, a state compounded onto another
    ("Estonia Lithuania"); in reading order, ``token`` left out."""
    found: dict[int, Token] = {}
    frontier = [token]
    while frontier:
        head = frontier.pop()
        for member in _list_members(head, actor_at):
            if member.i != token.i and member.i not in found:
                found[member.i] = member
                frontier.append(member)
    return [found[i] for i in sorted(found)]


def _list_members(head: Token, actor_at: Mapping[int, object]) -> list[Token]:
    # "expelled the ambassador and Russia expelled ...": a new clause's subject, no member
    run = {t.i for t in clause_run(head)}
    members = [m for m in head.conjuncts if (m.i in run) == (head.i in run)]
    for child in head.children:
        if child.dep_ == "appos" and child.i not in actor_at and child.ent_type_ in ("", "PERSON"):
            # "Chile's ambassador Ana Ruiz and Peru's ambassador Tom Berg": the next member
            # hangs on the name in apposition
            members += [c for c in child.conjuncts if c.i > child.i]
    if head.i in actor_at:
        for child in head.children:
            if child.dep_ == "appos" and child.i in actor_at:
                members.append(child)  # "The United States, Britain, Canada and the EU"
            elif child.dep_ == "compound" and child.i in actor_at and child.i < head.i:
                members.append(child)  # "Estonia Lithuania": a comma lost
        members += _after_semicolons(head, actor_at)
    return [m for m in members if m.i != head.i]


def _after_semicolons(member: Token, actor_at: Mapping[int, object]) -> list[Token]:
    """'sanctions on Belarus, for ...; on Iran, for ...; and on North Korea': each
    stretch after a semicolon that opens with the member's own preposition (or, for a
    bare member, with a name) continues the list, however the parser attached it."""
    doc, found = member.doc, []
    preposition = member.head.lower_ if member.dep_ == "pobj" else None
    semicolons = [t for t in doc[member.i + 1 :] if t.text == ";"]
    if not semicolons or any(
        i in actor_at and actor_at[i] is not actor_at[member.i]
        for i in range(member.i + 1, semicolons[0].i)
    ):
        return []  # another name ends the member's stretch: it is not the listed one
    for semicolon in semicolons:
        i = semicolon.i + 1
        if i < len(doc) and doc[i].lower_ in ("and", "or"):
            i += 1
        if preposition is not None and i < len(doc) and doc[i].lower_ == preposition:
            i += 1
            while i < len(doc) and doc[i].i not in actor_at and doc[i].pos_ == "DET":
                i += 1
        elif preposition is None and i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        if i >= len(doc) or i not in actor_at:
            break
        head = doc[i]
        while head.head.i in actor_at and head.dep_ == "compound":
            head = head.head  # "North Korea": the name's head word
        if head.dep_ in ("nsubj", "nsubjpass"):
            break  # "ties with Qatar; Bahrain and the UAE did the same": a new clause
        found.append(head)
    return found


def listed_modifiers(modifier: Token, actor_at: Mapping[int, object]) -> list[Token]:
    """'Turkish, French, British and US representatives': every state in a list of
    modifiers, however the parser split it between modifiers and conjuncts."""
    found = [modifier, *coordinated(modifier, actor_at)]
    for sibling in modifier.head.lefts:
        listed = sibling.i + 1 < len(sibling.doc) and sibling.nbor(1).lower_ in (",", "and")
        if sibling.i in actor_at and sibling.dep_ == "amod" and listed:
            found += [sibling, *coordinated(sibling, actor_at)]
    return sorted({t.i: t for t in found if t.i in actor_at}.values(), key=lambda t: t.i)


def owning_prepositions(noun: Token) -> tuple[str, ...]:
    """Prepositions whose object owns ``noun``: 'of', and 'from' for envoys who are
    not the object of a verb ('credentials from the ambassadors from Chile and Peru';
    in 'recalled the envoy from Caracas' the place is the post)."""
    if fold(noun.lemma_) in _ENVOY_NOUNS and noun.dep_ in ("pobj", "nsubj", "nsubjpass"):
        return ("of", "from")
    return ("of",)


# "companies based in Hong Kong", "a firm registered in the UAE"
_SITED = frozenset({"base", "locate", "register", "headquarter", "incorporate"})


def designee_places(noun: Token) -> list[Token]:
    """Where a person or company that sanctions may name is: 'entities in China',
    'firms from Turkey', 'companies based in Hong Kong and the UAE'; its state.  Not
    where a subject acts ('leaders in Accra discussed ...': the place of a meeting)."""
    if noun.dep_ == "nsubj" or fold(noun.lemma_) not in load_lexicon().classes["designees"].lemmas:
        return []
    sited = [c for c in noun.children if c.dep_ == "acl" and fold(c.lemma_) in _SITED]
    places = [
        prep for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("in", "from")
    ]
    places += [
        prep for c in sited for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "in"
    ]
    return [pobj for prep in places for pobj in prep.children if pobj.dep_ == "pobj"]


def misparsed_conjoined_modifiers(noun: Token) -> list[Token]:
    """'restore full diplomatic relations and exchange ambassadors', parsed as a noun
    modifier 'relations and exchange' of 'ambassadors': the modifier that has its own
    conjunct heads an object of its own."""
    return [
        child
        for child in noun.lefts
        if child.dep_ == "nmod"
        and child.pos_ == "NOUN"
        and any(c.dep_ == "cc" for c in child.children)
    ]


def bare_states(preposition: Token, actor_at: Container[int]) -> list[Token]:
    """The object of ``preposition`` when it is a named state and nothing more ('after
    Chile', not 'after Chile's decision' or 'after talks')."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].i not in actor_at:
        return []
    head = objects[0]
    if any(t.dep_ not in _LIST_GLUE for t in head.subtree if t.i != head.i):
        return []
    return [head]


def disputed(doc: Doc, actor_at: Mapping[int, ActorSpan]) -> list[str]:
    """States a sentence names only as what a dispute is about: 'withdraws ambassadors
    over Kosovo', 'summoned the envoy over Taiwan'; no party ('over Mexico's remarks'
    names Mexico's act, and Mexico stays a candidate)."""
    over = [
        actor_at[state.i].code
        for word in doc
        if word.dep_ == "prep" and word.lower_ == "over"
        for state in bare_states(word, actor_at)
    ]
    # "recalls envoys after three European nations recognise Palestine": the state
    # recognised is what the quarrel is about, not a party to the recall
    recognised = [
        actor_at[c.i].code
        for word in doc
        if word.pos_ == "VERB" and fold(word.lemma_) in ("recognise", "recognize")
        for c in word.children
        if c.dep_ == "dobj" and c.i in actor_at
    ]
    return over + recognised


def reciprocal(trigger: Token) -> bool:
    """'recalled their ambassadors from each other's capitals', 'traded expulsions of
    diplomats', 'tit-for-tat expulsions': each party acts on the other."""
    words = [t.lower_ for t in trigger.subtree]
    if any(
        first == a and second == b
        for a, b in _RECIPROCALS
        for first, second in zip(words, words[1:], strict=False)
    ):
        return True
    if trigger.pos_ != "NOUN":
        return False
    exchanged = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _EXCHANGING
    mutual = any(
        t.lower_ in _MUTUAL
        for c in trigger.lefts
        if c.dep_ in ("amod", "compound", "nmod")
        for t in c.subtree
    )
    return exchanged or mutual


def relative_antecedents(pronoun: Token) -> list[Token]:
    """'relations with Ghana, which Mali severed': the nouns a relative pronoun object
    may stand for, nearest first (the parser often hangs the clause on the last noun
    of the phrase)."""
    clause = pronoun.head
    if pronoun.lower_ not in _RELATIVE_OBJECTS or clause.dep_ != "relcl":
        return []
    found, word = [], clause.head
    for _ in range(3):
        if word.pos_ in ("NOUN", "PROPN"):
            found.append(word)
        if word.dep_ not in ("pobj", "prep") or word.head.i == word.i:
            break
        word = word.head
    return found


def bound_possessive(phrase: Token) -> Token:
    """'Turkey announced its decision to expel': a possessive pronoun on a noun is the
    subject of the clause that noun stands in, when that subject is named."""
    if phrase.dep_ != "poss" or phrase.lower_ not in _POSSESSIVE_PRONOUNS:
        return phrase
    return governing_subject(phrase.head) or phrase


def governing_subject(word: Token) -> Token | None:
    """The named subject of the nearest clause above ``word``."""
    for governor in word.ancestors:
        for child in governor.children:
            if (
                child.dep_ in ("nsubj", "nsubjpass")
                and child.pos_ != "PRON"
                and word not in child.subtree  # "his country would break": not itself
            ):
                return child
    return None


def nominal_by_agent(noun: Token, actor_at: Container[int]) -> Token | None:
    """'the expulsion of its ambassador by Nicaragua': a 'by' phrase naming a state
    inside a nominal trigger's phrase (the parser often hangs it on the of-object)."""
    for word in noun.subtree:
        if word.dep_ == "prep" and word.lower_ == "by" and word.head.pos_ in ("NOUN", "PROPN"):
            states = bare_states(word, actor_at)
            if states:
                return states[0]
    return None


def own_envoy_type(event_type: str, agents: list[str], owners: list[str]) -> str:
    """A state that summons its own ambassador (for consultations) or orders its own
    diplomats to leave recalls them (GUIDELINES, settled cases)."""
    if (
        event_type in ("SUMMON_DIPLOMAT", "EXPEL_DIPLOMAT")
        and owners
        and set(owners) <= set(agents)
    ):
        return "RECALL_DIPLOMAT"
    return event_type


def noun_tagged_verb(token: Token, verb_forms: Container[str]) -> bool:
    """A past tense or bare verb the tagger took for a noun compounded onto its
    object: 'Saudi Arabia and Bahrain cut relations', 'expel X and downgrade ties'.
    ``verb_forms`` are the surface forms of the grammar's verb triggers."""
    if (token.pos_, token.dep_) not in _MODIFIER_TAGS or token.lower_ not in verb_forms:
        return False
    if token.head.pos_ not in ("NOUN", "PROPN") or token.head.i < token.i:
        return False
    after_link = (
        token.pos_ == "NOUN" and token.i > 0 and token.nbor(-1).lower_ in ("and", "or", "to")
    )
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in token.sent)
    return after_link or (verbless and _named_subject(token) is not None)


def adjective_tagged_verb(token: Token) -> bool:
    """A bare verb tagged as an adjective yet taking an object: 'would recall its envoy
    and downgrade relations'."""
    return (
        token.pos_ == "ADJ"
        and token.lower_ == token.lemma_.lower()
        and any(c.dep_ == "dobj" for c in token.children)
    )


def subject_of_noun_tagged_verb(token: Token) -> tuple[Token | None, Token | None]:
    """(subject, governing verb) of a verb parsed as a noun: the named phrase before
    it ('Bahrain cut relations'), or the verb whose object list it continues ('expel X
    and downgrade ties': the subject is expel's)."""
    named = _named_subject(token, own=True)
    if named is not None:
        return named, None
    first = token.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
        if first.pos_ == "VERB":  # "restored ties and reopened embassies": the object
            return None, first  # hung on the verb as its conjunct
    if first.dep_ in ("dobj", "nsubjpass") and first.head.pos_ in ("VERB", "AUX"):
        return None, first.head
    to = first.head
    if first.dep_ == "pobj" and to.lower_ == "to" and to.head.pos_ in ("VERB", "AUX"):
        return None, to.head  # "agreed to re-establish relations" read as 'to' + noun
    return None, None


def _named_subject(token: Token, own: bool = False) -> Token | None:
    """The phrase before a verb parsed as a noun: a left modifier of its object noun,
    or with ``own`` of the verb itself ('Algeria severs relations', one noun phrase;
    'Moscow summons envoy', the name its subject)."""
    own_deps = ("nmod", "compound", "poss", "nsubj")
    for child in token.lefts if own else ():
        if child.dep_ in own_deps and child.pos_ == "PROPN":
            return child
    for child in token.head.lefts:
        if (
            child.i < token.i
            and child.dep_ in ("nmod", "compound", "poss")
            and child.pos_ == "PROPN"
        ):
            return child
    return None


# Acts on one envoy that two states named together do to each other when no other
# state is named: "Both countries recalled their ambassadors", "Mali and Algeria
# expelled diplomats on Sunday, a Qatari newspaper said".
_EACH_OTHER_TYPES = frozenset({"EXPEL_DIPLOMAT", "RECALL_DIPLOMAT", "SUMMON_DIPLOMAT"})
# Words of states joining an act done before, not acting on each other.
_JOINING = frozenset({"too", "also", "likewise", "similarly"})


def repeated_act_partner(event_type: str, agents: list[str], parse) -> list[str]:
    """'Riyadh cut ties with Tehran. Bahrain and Sudan severed relations too': a bare
    act told as repeating one before ('too', 'also', 'likewise') is with that act's
    other side, not between its own subjects."""
    if not any(t.lower_ in _JOINING and t.dep_ == "advmod" for t in parse.doc):
        return []
    for kind, source, target in reversed(parse.context.extracted):
        if kind == event_type and source not in agents and target not in agents:
            return [target]
    return []


def pairs_or_each_other(
    event_type: str, sources: list[str], targets: list[str], parse
) -> list[tuple[str, str]]:
    """Every source with every target; but two or more sources act on each other when
    the sentence names no other state for them to act on: no target at all, a target
    named only as a bystander ('a Qatari newspaper'), or, when the sources are a
    description ('the two countries'), a target taken from earlier sentences."""
    joining = any(t.lower_ in _JOINING for t in parse.doc)  # "recalled their envoys too"
    if event_type in _EACH_OTHER_TYPES and len(sources) >= 2 and not joining:
        text = parse.sentence.text
        spans = list(parse.actor_at.values())
        as_states = {s.code for s in spans if stands_for_state(text, s)}
        bystanders = {s.code for s in spans} - as_states
        described = not as_states & set(sources)
        if (
            not targets
            or set(targets) <= bystanders
            or (described and not as_states & set(targets))
        ):
            # two states; three ('NATO, US, EU expel diplomats') act together on a
            # state the sentence does not name
            if len(sources) > 2 or any(is_organisation(code) for code in sources):
                return []
            return [(s, t) for s in sources for t in sources if s != t]
    return [(s, t) for s in sources for t in targets]


def reported_owner(
    trigger: Token, parse, event_type: str, roles_agents: list[str], owners: list[str]
) -> list[str]:
    """'Mexico said Ecuador had expelled its ambassador': nobody expels its own envoy, so
    'its' in a clause another state reports is the reporting state's, else the other
    state named last ('Belarus ordered its own diplomats to leave' says 'own' and stays
    a recall)."""
    if event_type != "EXPEL_DIPLOMAT" or not owners or not set(owners) <= set(roles_agents):
        return owners
    words = [t.lower_ for t in trigger.subtree]
    if "own" in words or not any(w in ("its", "their") for w in words):
        return owners
    speaker = governing_subject(trigger)
    spoken = [] if speaker is None else parse.states_of(speaker)
    return (
        [c for c in spoken if c not in roles_agents]
        or _party_before(trigger, parse, roles_agents)
        or _party_told_before(trigger, parse, roles_agents)
        or owners
    )


def _party_told_before(trigger: Token, parse, agents: list[str]) -> list[str]:
    """'Burkina Faso accused Ivory Coast of hostility. Ivory Coast had expelled three of
    its diplomats': 'its' is the other state the sentences before named last, after the
    verb 'expel' itself only (a state may order its envoys out of a country)."""
    if fold(trigger.lemma_) not in _EXPELLING:
        return []
    others = [c for c in parse.context.states_before(parse.index) if c not in agents]
    return others[:1]


_EXPELLING = frozenset({"expel", "oust", "eject"})
_MISSION_WORDS = frozenset({"embassy", "consulate", "mission", "legation"})


def _party_before(trigger: Token, parse, agents: list[str]) -> list[str]:
    """'broke off relations with Panama and expelled its diplomats', 'closed the British
    embassy and ordered the departure of its staff': 'its' is the other state named
    last before the act (an expeller's, or a mission's owner)."""
    for word in reversed(trigger.sent[: trigger.i - trigger.sent.start]):
        span = parse.actor_at.get(word.i)
        if span is None or span.code in agents:
            continue
        on_mission = fold(word.head.lemma_) in _MISSION_WORDS
        return [span.code] if on_mission or fold(trigger.lemma_) in _EXPELLING else []
    return []


def hung_too_high(preposition: Token) -> bool:
    """A phrase the parser hung on the verb or its object that belongs to the noun just
    before it: 'broke off ties in solidarity with Saudi Arabia' is solidarity with the
    kingdom, not ties with it ('in line with'); 'restored after mediation by Saudi
    Arabia' is the kingdom's mediation, not its restoring."""
    if preposition.lower_ not in ("with", "by") or preposition.i == 0:
        return False
    before = preposition.doc[preposition.i - 1]
    return (
        before.pos_ == "NOUN"
        and before.dep_ == "pobj"
        and before.head.head == preposition.head
        and not any(c.dep_ == "prep" for c in before.children)
    )
