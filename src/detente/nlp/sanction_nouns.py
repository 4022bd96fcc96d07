"""Sanctions named by their noun alone: "U.S. sanctions on Iran have cut its exports",
"new EU sanctions target Russian banks", "the UN arms embargo on Libya".

A sanctions noun no verb takes as argument is an event only when its phrase names
both sides itself: the sanctioning state as a modifier ("U.S.", "Britain's") or a
``by``/``from`` phrase, and the target after ``on``/``against`` or as the object of
the verb the sanctions are subject of ("target", "hit").  Without both, "sanctions"
is talk about sanctions in general, and nothing is filled from the article.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.arguments import governing_subject, nominal_by_agent
from detente.nlp.lexicon import fold, load_lexicon
from detente.nlp.roles import SentenceParse
from detente.nlp.syntax import preposition_objects
from detente.nlp.trigger_roles import Roles
from detente.nlp.triggers import Trigger

_TARGET_PREPOSITIONS = frozenset({"on", "against", "targeting"})
_SOURCE_PREPOSITIONS = frozenset({"by", "from"})
# "new sanctions target Russian banks", "Venezuela was hit by U.S. sanctions",
# "U.S. sanctions have crippled Iran's economy"
_STRIKING_VERBS = frozenset(
    {
        "target",
        "hit",
        "strike",
        "cripple",
        "hurt",
        "hobble",
        "squeeze",
        "batter",
        "weaken",
        "isolate",
        "punish",
        "choke",
        "cut",
        "strangle",
        "devastate",
        "ravage",
    }
)
# "Iran has been under US sanctions", "Russia is subject to EU sanctions", "North
# Korea has faced UN sanctions", "Venezuela has been the target of US sanctions"
_UNDERGOING_NOUNS = frozenset({"subject", "target", "object"})
_UNDERGOING_VERBS = frozenset({"face", "endure", "suffer", "weather", "incur"})
_PHRASE_HEADS = frozenset({"package", "regime", "round", "wave", "list", "programme", "program"})


def named_sanction_dyads(noun: Token, parse: SentenceParse) -> list[tuple[str, str]]:
    """(sanctioning state, sanctioned state) pairs the noun's own phrase names."""
    phrases = [noun]
    if noun.dep_ == "compound" and fold(noun.head.lemma_) in _PHRASE_HEADS:
        phrases.append(noun.head)  # "the EU's sanctions package against Russia"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and _heads_phrase(noun.head.head):
        phrases.append(noun.head.head)  # "a new round of US sanctions"
    targets = [code for phrase in phrases for code in _phrase_targets(phrase, parse)]
    if not targets and headline_verb(noun, parse):
        targets = _headline_object(noun, parse)
    sources: list[str] = []
    for phrase in phrases:
        sources += _modifying_states(phrase, parse) + _holders(phrase, parse)
        for word in _prepositional_objects(phrase, _SOURCE_PREPOSITIONS):
            sources += parse.states_of(word)
        sources += _included_senders(phrase, parse)
    if not targets and _restates_sanctions(noun, phrases):
        # 'Iranian sanctions' may be sanctions on Iran: only a name or 'by' says who imposes
        sources = [c for c in sources if c not in _adjective_states(phrases, parse)]
        targets = _article_target(parse) if sources else []
    targets = list(dict.fromkeys(t for t in targets if t not in sources))
    sources = list(dict.fromkeys(sources))
    return [(s, t) for s in sources for t in targets]


def _included_senders(phrase: Token, parse: SentenceParse) -> list[str]:
    """States listed as some of the senders: 'sanctions from Western powers, including
    Britain and France', 'pressure and sanctions from abroad, including the United
    States', 'Western sanctions, including those of the US'.  An 'including' phrase
    names senders only beside (or on) a 'from'/'by' phrase, or as 'those of X':
    'sanctions on Iran, including Iranian banks' lists targets."""
    while phrase.dep_ == "conj":  # "pressure and sanctions from abroad": shared phrases
        phrase = phrase.head
    senders = _prepositional_objects(phrase, _SOURCE_PREPOSITIONS)
    sent = any(c.dep_ == "prep" and c.lower_ in _SOURCE_PREPOSITIONS for c in phrase.children)
    holders = [*senders, phrase]
    found: list[str] = []
    for holder in holders:
        for listed in preposition_objects(holder, "including"):
            if listed.lower_ in ("those", "that"):
                listed_senders = preposition_objects(listed, "of", "by")
            else:
                listed_senders = [listed] if sent else []
            found += [c for word in listed_senders for c in parse.states_of(word)]
    return found


def _phrase_targets(phrase: Token, parse: SentenceParse) -> list[str]:
    """The states a sanctions phrase says it is aimed at: 'on Iran', 'sanctions hit X',
    'X has been under sanctions'."""
    targets = [
        code
        for word in _prepositional_objects(phrase, _TARGET_PREPOSITIONS)
        for code in parse.states_of(word)
    ]
    return targets + _struck(phrase, parse) + _undergoers(phrase, parse)


def undergoing_antecedent(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """'Tehran's economy has struggled under the sanctions Washington reimposed': the
    sanctions a relative clause imposes are aimed at whoever lives under them."""
    if trigger.token.dep_ != "relcl":
        return []
    return [
        c for a in trigger.arguments if a.i == trigger.token.head.i for c in _undergoers(a, parse)
    ]


def antecedent_targets(trigger: Trigger, parse: SentenceParse) -> list[str]:
    """'Sudan was under U.S. sanctions until Washington lifted them in 2017': a pronoun
    standing for sanctions named earlier in the sentence is aimed where they were (the
    nearest earlier noun of the sanctions class)."""
    sanctions = load_lexicon().classes["sanctions"].lemmas
    for pronoun in trigger.arguments:
        if pronoun.lower_ not in ("it", "them"):
            continue
        for earlier in reversed(pronoun.doc[: pronoun.i]):
            if earlier.pos_ == "NOUN" and fold(earlier.lemma_) in sanctions:
                return _phrase_targets(earlier, parse)
    return []


def _restates_sanctions(noun: Token, phrases: list[Token]) -> bool:
    """Whether the noun speaks of sanctions in force ('U.S. sanctions', 'the EU's sanctions
    package'), not of something about them ('an EU sanctions announcement', 'removed
    from its sanctions list')."""
    if len(phrases) == 1:
        return noun.dep_ != "compound"
    return fold(phrases[1].lemma_) != "list"


def _adjective_states(phrases: list[Token], parse: SentenceParse) -> list[str]:
    return [
        code
        for phrase in phrases
        for child in phrase.children
        if child.dep_ == "amod" and child.pos_ == "ADJ"
        for code in parse.states_of(child, conjuncts=False)
    ]


def _heads_phrase(word: Token) -> bool:
    return fold(word.lemma_) in _PHRASE_HEADS


def _article_target(parse: SentenceParse) -> list[str]:
    """'U.S. and European Union sanctions have hit its oil exports' in an article on the
    Arab League's sanctions on Syria: sanctions whose phrase names only who imposes them
    are aimed at the state the article's last sanctions were aimed at."""
    for kind, _, target in reversed(parse.context.extracted):
        if kind in ("IMPOSE_SANCTIONS", "LIFT_SANCTIONS"):
            return [target]
    return []


def reacting_side(trigger: Trigger, roles: Roles, parse: SentenceParse) -> bool:
    """Whether a nominal trigger's agent is only the subject of the clause governing it
    ('Iran condemned the lifting of U.S. sanctions') while the sanctions are another
    state's: the noun has no agent of its own ('its', 'by X')."""
    if trigger.rule.pos != "NOUN" or not roles.owners or not roles.agents:
        return False
    if set(roles.owners) & set(roles.agents):
        return False
    own = any(c.dep_ == "poss" for c in trigger.token.children)
    return not own and nominal_by_agent(trigger.token, parse.actor_at) is None


def aimed_at(arguments: tuple[Token, ...], parse: SentenceParse) -> list[str]:
    """States a sanctions argument is aimed at by a participle ('a blacklist targeting
    the US defense sector') or by a relative clause it is the subject of ('lifted
    sanctions that had crippled Iran's economy'); prepositions are the roles' places."""
    return [
        code
        for argument in arguments
        for child in argument.children
        if (child.dep_ == "acl" and fold(child.lower_) in _TARGET_PREPOSITIONS)
        or _striking_relative(child)
        for word in child.children
        if word.dep_ == "dobj"
        for code in parse.states_of(word)
    ]


def _striking_relative(clause: Token) -> bool:
    """'(sanctions) that hit Russian banks', 'which have crippled Iran's economy'."""
    return (
        clause.dep_ == "relcl"
        and fold(clause.lemma_) in _STRIKING_VERBS
        and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children)
    )


def aimed_elsewhere(arguments: tuple[Token, ...]) -> bool:
    """Whether a sanctions argument says whom it aims at ('sanctions on the potash
    industry'), so that a state modifying it is the sanctioning one."""
    return any(_prepositional_objects(a, _TARGET_PREPOSITIONS) for a in arguments)


def _prepositional_objects(phrase: Token, prepositions: frozenset[str]) -> list[Token]:
    found = []
    for child in phrase.children:
        if child.dep_ in ("prep", "acl") and fold(child.lower_) in prepositions:
            found += [c for c in child.children if c.dep_ in ("pobj", "dobj")]
        elif child.dep_ == "prep" and child.lower_ == "in":
            for place in child.children:  # "sanctions in place on X"
                if place.dep_ == "pobj" and place.lower_ == "place":
                    found += _prepositional_objects(place, prepositions)
    return found


def _holders(phrase: Token, parse: SentenceParse) -> list[str]:
    """'The UK had sanctions in place on X', 'Canada has had sanctions against Iran'."""
    if phrase.dep_ != "dobj" or fold(phrase.head.lemma_) != "have":
        return []
    return [code for c in phrase.head.children if c.dep_ == "nsubj" for code in parse.states_of(c)]


def _modifying_states(phrase: Token, parse: SentenceParse) -> list[str]:
    """'U.S. sanctions', 'Britain's sanctions', 'its sanctions' (the clause's subject)."""
    found: list[str] = []
    for child in phrase.children:
        if child.dep_ not in ("compound", "amod", "poss", "nmod") or child.i > phrase.i:
            continue
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            speaker = governing_subject(phrase)
            found += parse.states_of(speaker) if speaker is not None else []
        elif child.i in parse.actor_at:
            found += parse.states_of(child)
    return found + _listed_before(phrase, parse)


def _listed_before(phrase: Token, parse: SentenceParse) -> list[str]:
    """'under EU and US sanctions', parsed as the list 'EU and sanctions': the state
    the noun is conjoined to, when only 'and' and the noun's modifiers lie between."""
    head = phrase.head
    if phrase.dep_ != "conj" or head.i not in parse.actor_at or head.i > phrase.i:
        return []
    between = phrase.doc[head.i + 1 : phrase.i]
    modifiers = {c.i for c in phrase.lefts} | {t.i for c in phrase.lefts for t in c.subtree}
    if all(t.dep_ == "cc" or t.i in modifiers for t in between):
        return parse.states_of(head, conjuncts=False)
    return []


def _struck(phrase: Token, parse: SentenceParse) -> list[str]:
    """The object of the verb the sanctions are subject of ('sanctions target X'), or
    the subject of the passive they are agent of ('X was hit by sanctions')."""
    verb = phrase.head
    if phrase.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
        roles = ("nsubjpass",)
    elif phrase.dep_ == "nsubj":
        roles = ("dobj",)
    else:
        return []
    if fold(verb.lemma_) not in _STRIKING_VERBS:
        return []
    return [code for c in verb.children if c.dep_ in roles for code in parse.states_of(c)]


def _undergoers(phrase: Token, parse: SentenceParse) -> list[str]:
    """The subject of the clause that says a state lives under the sanctions: 'Iran has
    been under US sanctions', 'Belarus remains under EU and US sanctions', 'Russia is
    subject to EU sanctions', 'Cuba has been the target of a US embargo', 'North Korea
    has faced UN sanctions' (done: 'could face' threatens and is left)."""
    while phrase.dep_ == "conj":  # "under EU and US sanctions", parsed as a list
        phrase = phrase.head
    holder = phrase.head
    if phrase.dep_ == "dobj":
        if fold(holder.lemma_) not in _UNDERGOING_VERBS or holder.tag_ not in ("VBD", "VBN"):
            return []
    elif phrase.dep_ != "pobj":
        return []
    elif holder.lower_ == "under":
        holder = holder.head
    elif holder.lower_ in ("to", "of") and fold(holder.head.lemma_) in _UNDERGOING_NOUNS:
        holder = holder.head.head if holder.head.dep_ in ("acomp", "attr", "amod") else holder
    elif holder.lower_ == "to" and fold(holder.head.lemma_) == "subject":
        holder = holder.head  # "has been subjected to sanctions"
    else:
        return []
    if holder.pos_ not in ("VERB", "AUX"):
        return []
    return [
        code
        for c in holder.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for code in parse.states_of(c)
    ]


def headline_verb(noun: Token, parse: SentenceParse) -> bool:
    """'US sanctions Iranian oil network', 'Britain sanctions Russian oligarchs': in a
    headline without a verb, 'sanctions' between a state and a noun phrase is the verb
    the tagger read as a noun (whatever noun it then hung the phrase on)."""
    doc = noun.doc
    if noun.lower_ != "sanctions" or noun.i == 0 or noun.i + 1 >= len(doc):
        return False
    if noun.i - 1 not in parse.actor_at or doc[noun.i + 1].pos_ in ("ADP", "PUNCT", "PART"):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in noun.sent)


def _headline_object(noun: Token, parse: SentenceParse) -> list[str]:
    """The states named in the noun phrase after a headline's verb, up to a preposition."""
    found: list[str] = []
    for word in noun.doc[noun.i + 1 :]:
        if word.pos_ in ("ADP", "PUNCT", "VERB", "AUX"):
            break
        if word.i in parse.actor_at:
            found.append(parse.actor_at[word.i].code)
    return found
