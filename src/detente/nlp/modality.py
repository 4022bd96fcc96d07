"""Modality of an event mention: asserted, reported, planned or negated.

Read off the trigger's own clause and the clauses that govern it: negation
("does not mean it is cutting off"), denial and refusal verbs, future and
modal auxiliaries ("will recall"), intention and threat verbs ("threatened ...
with expulsion", "expected to reopen"), hedges ("reportedly", "according to
media reports").  An appeal ("called for sanctions") is no event at all: the
caller drops those (``None``).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.anniversaries import commemorated, counted_back
from detente.nlp.infinitive_futures import for_a_time_ahead, headline_infinitive
from detente.nlp.lexicon import Lexicon, TriggerRule, fold
from detente.nlp.syntax import finite_after_infinitive, infinitival_relative, to_infinitive

# Clause links through which the governing verb's modality reaches the trigger.
# A relative clause states a fact about its noun ("relations, which were severed in
# 2019"), so the intention of the clause around it does not reach it.
_EMBEDDING = frozenset(
    {
        "xcomp",
        "ccomp",
        "acl",
        "pcomp",
        "csubj",
        "dobj",
        "pobj",
        "prep",
        "nsubjpass",
        "nsubj",
        "attr",
        "oprd",
        "advcl",
        "prt",  # a preposition read as a particle: "taken on reopening the embassy"
    }
)
_SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "state",
        "announce",
        "add",
        "confirm",
        "report",
        "write",
        "note",
        "explain",
        "claim",
        "insist",
        "stress",
        "declare",
    }
)


def modality_of(trigger: Token, rule: TriggerRule, lexicon: Lexicon) -> str | None:
    """The mention's modality, or None for an appeal that reports no event."""
    if rule.modality:
        return rule.modality
    if commemorated(trigger) is not None or counted_back(trigger) or _time_since(trigger):
        # "will mark the 50th anniversary of ties", "will reopen, five years after they
        # broke off relations": what lies years back happened
        return "asserted"
    if _never_before(trigger):
        return None
    words = lexicon.modality
    if (
        _negated(
            _below_result_participle(
                _told_as_fact(_within_relative(_governing_chain(trigger, through_subjects=False)))
            ),
            words,
            rule,
        )
        or _ruled_out(_governing_chain(trigger))
        or _denied_rumour(trigger, words)
    ):
        return "negated"
    # "demanding it annul the treaty and close the embassy": intentions and appeals
    # govern every verb they coordinate.
    chain = _told_as_fact(_governing_chain(trigger, through_coordination=True))
    lemmas = [_lemma(t) for t in chain]
    if _own_pursuit(rule, chain):
        return "planned"
    if (
        any(lemma in words["appeal_governors"] for lemma in lemmas[1:])
        or _hypothetical(chain)
        or _condition_only(chain, words)
        or _undecided_draft(chain, words)
        or _only_pursued(rule, lemmas)
        or _wished_of_another(chain)
        or _pressed_to(chain)
    ):
        return None
    if _planned(trigger, chain, lemmas, words, rule):
        return "planned"
    if _reported(trigger, chain, lemmas, words):
        return "reported"
    return "asserted"


def _time_since(trigger: Token) -> bool:
    """'no relations since the 2016 rift', 'have not met since the severance of ties':
    an act named as the time since which a state holds happened, whatever the state."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "since"


# Adverbs that, negated, deny only earlier times: 'has never before recalled its envoy'.
_EARLIER = frozenset({"before", "previously", "earlier"})


def _never_before(trigger: Token) -> bool:
    """'has never before recalled its envoy', 'had not previously expelled a diplomat': the
    act is told as a first, whose own mention the article gives elsewhere; denying the
    earlier times is no event of its own."""
    adverbs = [c for c in trigger.children if c.dep_ == "advmod" and c.lower_ in _EARLIER]
    negations = [c for c in trigger.children if c.dep_ == "neg"]
    return any(any(c.dep_ == "neg" for c in a.children) for a in adverbs) or bool(
        adverbs and negations
    )


_PRESSING = frozenset({"pressure", "pressurise", "pressurize"})


def _pressed_to(chain: list[Token]) -> bool:
    """'under pressure from its minority to recognise Kosovo', 'pressured Seoul to impose
    sanctions': pressure to act is an appeal ('the pressure that sanctions put on it' is
    none: the sanctions are no infinitive of the pressure)."""
    return any(
        _lemma(governor) in _PRESSING and to_infinitive(below)
        for below, governor in zip(chain, chain[1:], strict=False)
    )


# Marks of an adverbial clause that tells a fact beside the main clause: 'has had no
# ambassador since relations were cut', 'will respond after Austria expelled'.
_FACT_MARKS = frozenset({"since", "after", "because", "as", "when", "before"})
# Answers to an act: the act answered happened ('will respond to the expulsion').
_ANSWERING = frozenset({"respond", "react", "retaliate", "reply", "protest", "condemn"})


def _told_as_fact(chain: list[Token]) -> list[Token]:
    """The chain up to a clause or noun that the text tells as a fact, whatever the
    clause above it plans or denies."""
    for position, token in enumerate(chain[:-1]):
        marked = any(c.dep_ == "mark" and c.lower_ in _FACT_MARKS for c in token.children)
        if token.dep_ == "advcl" and marked:
            return chain[: position + 1]
        answered = token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.dep_ == "prep"
        if position == 0 and answered and fold(token.head.head.lemma_) in _ANSWERING:
            return chain[:1]
    return chain


def _within_relative(chain: list[Token]) -> list[Token]:
    """The chain up to a participle that describes its noun: 'rejected the envoy
    named by France' denies no naming; the naming is a fact about the envoy."""
    for position, token in enumerate(chain):
        reduced = not any(c.dep_ in ("nsubj", "mark", "aux") for c in token.children)
        if token.dep_ == "acl" and token.tag_ == "VBN" and reduced:
            return chain[: position + 1]
    return chain


def _governing_chain(
    trigger: Token, through_coordination: bool = False, through_subjects: bool = True
) -> list[Token]:
    """The trigger and the tokens above it, up to the first verb of saying.

    Negation of a verb does not reach its subject ("the recall does not mean it is
    cutting off relations" negates the cutting off, not the recall).
    """
    links = _EMBEDDING | {"conj"} if through_coordination else _EMBEDDING
    if not through_subjects:
        links = links - {"nsubj", "nsubjpass", "csubj"}
    chain = [trigger]
    token = trigger
    while (
        (
            token.dep_ in links
            or infinitival_relative(token)
            or (through_coordination and _intention_clause(token))
            # "in talks to normalise relations": a verb the parser took for a compound
            or (token.i == trigger.i and token.dep_ == "compound")
        )
        and token.head.i != token.i
        and not _across_semicolon(token)
        and not _juxtaposed_clause(token)
    ):
        if finite_after_infinitive(token) or _finite_conjunct(token):
            # "asked the envoy to leave and recalled its own", "asked for an apology and
            # recalled its envoy": a second act of the main clause, which the request
            # does not govern
            token = token.head.head if finite_after_infinitive(token) else token.head
            continue
        token = token.head
        chain.append(token)
        if fold(token.lemma_) in _SPEECH_VERBS:
            break
    return chain


def _finite_conjunct(verb: Token) -> bool:
    """A past-tense verb coordinated with another past-tense verb: two acts told side by
    side ('demanded an apology and recalled'), neither the other's intention."""
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ == "VBD"


def _juxtaposed_clause(clause: Token) -> bool:
    """'Estonia expels Russian envoy, Moscow vows retaliation': a headline's clause the
    parser hangs as the complement of a later verb that has an object of its own; the
    vow is of that object, and the first clause tells its own fact."""
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and clause.i < head.i
        and any(c.dep_ == "dobj" for c in head.children)
        and any(t.text == "," for t in clause.doc[clause.right_edge.i : head.i])
    )


def _across_semicolon(clause: Token) -> bool:
    """Whether a semicolon parts the clause from its head: 'Ecuador restored ties;
    Mexico has not responded' joins two statements, whatever the parser hung on which."""
    low, high = sorted((clause.i, clause.head.i))
    return any(t.text == ";" for t in clause.doc[low:high])


# A rapprochement worked towards or aimed at is no decision yet (talks between the
# parties themselves are a plan: "in advanced discussions to restore ties").
_PURSUITS = frozenset(
    {"toward", "towards", "process", "aim", "effort", "development", "try", "attempt"}
    | {"work", "step", "bid", "way", "path", "road", "strive"}
)


def _only_pursued(rule: TriggerRule, lemmas: list[str]) -> bool:
    """'working towards normalisation', 'the decision aims to re-establish normal
    relations', 'is expected to try to normalise ties', 'have been working to restore
    relations', 'took steps to normalise ties', 'paving the way for restoring ties'."""
    return rule.type == "RESTORE_RELATIONS" and any(lemma in _PURSUITS for lemma in lemmas[1:])


def _lemma(token: Token) -> str:
    """The folded lemma, mended where the lemmatizer misreads a verb ('hopes' -> 'hop')."""
    lemma = fold(token.lemma_)
    return "hope" if lemma == "hop" and token.lower_.startswith("hope") else lemma


# Wishes: a state hoping that another acts reports no decision of the other.
_WISHES = frozenset({"hope", "wish"})


def _wished_of_another(chain: list[Token]) -> bool:
    """'Israel hopes that Saudi Arabia will normalise relations', 'he hoped the two
    sides would exchange ambassadors': a hope for another's act (a clause with its own
    subject) is no plan of it; 'hopes to reopen' is the hoper's own plan."""
    for below, token in zip(chain, chain[1:], strict=False):
        if fold(token.lemma_) in _SPEECH_VERBS:
            return False
        if _lemma(token) in _WISHES and below.dep_ == "ccomp":
            return True
    return False


# Types whose act a party pursues for itself: one cannot seek another's relations.
_BILATERAL_TYPES = frozenset(
    {"RESTORE_RELATIONS", "UPGRADE_RELATIONS", "OPEN_MISSION", "SEVER_RELATIONS"}
)


def _own_pursuit(rule: TriggerRule, chain: list[Token]) -> bool:
    """'Nauru is seeking a resumption of relations with China', 'Syria seeks to reopen
    its embassy': a state seeking a change of its own relations announces a plan; an
    appeal asks someone else to act."""
    return (
        rule.type in _BILATERAL_TYPES
        and len(chain) > 1
        and fold(chain[1].lemma_) == "seek"
        and chain[0].dep_ in ("dobj", "xcomp")
    )


def _hypothetical(chain: list[Token]) -> bool:
    """'Moscow would respond in kind if Berlin expelled Russian diplomats': the
    condition of a threat reports nothing that happened or was decided."""
    for token in chain:
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in token.children
        ):
            return True
        if fold(token.lemma_) in _SPEECH_VERBS:
            return False
    return False


def _condition_only(chain: list[Token], words: dict[str, frozenset[str]]) -> bool:
    """'Sanctions could be eased if prisoners are freed': a possibility under a
    condition is no decision (GUIDELINES, Settled cases)."""
    for token in chain:
        weak = any(
            c.dep_ == "aux" and fold(c.lower_) in words["weak_modals"] for c in token.children
        )
        if weak and any(
            c.dep_ == "advcl"
            # 'once the situation allows': the parser may hang 'once' as an adverb
            and any(
                m.dep_ in ("mark", "advmod") and fold(m.lower_) in words["conditions"]
                for m in c.children
            )
            for c in token.children
        ):
            return True
        if fold(token.lemma_) in _SPEECH_VERBS:
            return False
    return False


def _undecided_draft(chain: list[Token], words: dict[str, frozenset[str]]) -> bool:
    """'debated a draft resolution that would impose sanctions': a draft decides
    nothing until it is adopted."""
    for token in chain[1:]:
        if any(fold(c.lemma_) == "draft" for c in token.children if c.dep_ in ("amod", "compound")):
            return fold(token.head.lemma_) not in words["decided_drafts"]
    return False


def _denied_rumour(trigger: Token, words: dict[str, frozenset[str]]) -> bool:
    """'The rumour that the US plans to close its embassy is untrue', '... could not be
    further from the truth': what a claim said to be false reports did not happen."""
    for claim in trigger.ancestors:
        if fold(claim.lemma_) in _SPEECH_VERBS and claim.pos_ == "VERB":
            return False
        if fold(claim.lemma_) not in words["claim_nouns"] or not claim.dep_.startswith("nsubj"):
            continue
        verdict = claim.head
        if fold(verdict.lemma_) in words["negated_governors"]:
            return True  # "the report was denied"
        said = {
            fold(t.lemma_)
            for c in verdict.children
            if c.dep_ in ("acomp", "attr", "prep")
            for t in c.subtree
        }
        negated = any(c.dep_ == "neg" for c in verdict.children)
        return bool(said & words["false_words"]) or (negated and "truth" in said)
    return False


def _intention_clause(token: Token) -> bool:
    """'a resolution that aims to tighten sanctions': a relative clause not in the past
    carries its noun's purpose (unlike 'relations, which were severed in 2019')."""
    return token.dep_ == "relcl" and token.tag_ not in ("VBD", "VBN")


def _below_result_participle(chain: list[Token]) -> list[Token]:
    """The chain up to a trailing participle that tells what came of its clause: in 'did
    not renew the licence, reimposing sanctions', the reimposing happened."""
    for position, token in enumerate(chain):
        if (
            token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and token.i > token.head.i
            and not any(c.dep_ in ("mark", "aux", "neg") for c in token.children)
        ):
            return chain[: position + 1]
    return chain


def _negated(chain: list[Token], words: dict[str, frozenset[str]], rule: TriggerRule) -> bool:
    for position, token in enumerate(chain):
        if token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
            continue
        if fold(token.lemma_) in _SPEECH_VERBS and position > 0:
            return _denied_claim(token, words)
        if any(c.dep_ == "neg" for c in token.children):
            return True
        if (
            position > 0
            and fold(token.lemma_) in words["negated_governors"]
            and fold(token.lemma_) not in rule.governed_by
        ):
            return True
        if fold(token.lemma_) == "have" and any(c.lower_ == "yet" for c in token.children):
            return True
        if position > 0 and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return True  # "there are no grounds for severing relations"
        if position > 0 and _no_subject(token):
            return True  # "no decision has been taken on reopening the embassy"
    argument_determiners = {fold(c.lower_) for c in chain[0].children if c.dep_ == "det"}
    return "no" in argument_determiners


def _no_subject(verb: Token) -> bool:
    """A verb whose subject is denied by 'no': 'no decision has been taken on it'."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _denied_claim(speech: Token, words: dict[str, frozenset[str]]) -> bool:
    """'Belarus rejected claims that it had expelled the consul': what a denied claim
    or report says did not happen."""
    return (
        speech.pos_ == "NOUN"
        and speech.dep_ in ("dobj", "nsubjpass")
        and fold(speech.head.lemma_) in words["negated_governors"]
    )


def _ruled_out(chain: list[Token]) -> bool:
    """'removing the sanctions is out of the question': the subject is ruled out."""
    return any(
        c.dep_ == "prep" and c.lower_ == "out" and any(t.lower_ == "question" for t in c.subtree)
        for token in chain[1:]
        for c in token.children
    )


# 'close to', 'closer to', 'nearer to' an act not yet done
_NEARNESS = frozenset({"close", "near"})


def _planned(
    trigger: Token,
    chain: list[Token],
    lemmas: list[str],
    words: dict[str, frozenset[str]],
    rule: TriggerRule,
) -> bool:
    if _immediate(chain, words):
        return False
    for token in chain:
        for child in token.children:
            if child.dep_ == "aux" and fold(child.lower_) in words["planned_auxiliaries"]:
                return not rule.future_asserted
        if fold(token.lemma_) in _SPEECH_VERBS and token.i != trigger.i:
            break
    if any(lemma in words["planned_governors"] for lemma in lemmas[1:]):
        return True
    if any(t.pos_ in ("ADJ", "ADV") and fold(t.lemma_) in _NEARNESS for t in chain[1:]):
        return True  # "moved closer to restoring ties": not done yet
    if headline_infinitive(trigger):
        return True  # headline style: "EU to lift sanctions on Belarus"
    # "is set to", "is due to", "in the coming days"
    if any(fold(t.lower_) in ("coming", "upcoming") for t in trigger.subtree):
        return True
    return for_a_time_ahead(trigger)


def _immediate(chain: list[Token], words: dict[str, frozenset[str]]) -> bool:
    return any(
        fold(c.lower_) in words["immediacy"]
        for t in chain[:3]
        for c in t.subtree
        if c.dep_ in ("advmod", "amod", "npadvmod", "pobj")
    )


def _reported(
    trigger: Token, chain: list[Token], lemmas: list[str], words: dict[str, frozenset[str]]
) -> bool:
    for token in chain:
        if any(fold(c.lower_) in words["reported_adverbs"] for c in token.children):
            return True
    if any(lemma in words["reported_governors"] for lemma in lemmas[1:]):
        return True
    if any(_said_by_sources(token, words) for token in chain[1:]):
        return True
    return _according_to_reports(trigger, words)


def _said_by_sources(token: Token, words: dict[str, frozenset[str]]) -> bool:
    """'Sources said Jordan had recalled its envoy', 'media said': unnamed third parties."""
    return fold(token.lemma_) in _SPEECH_VERBS and any(
        c.dep_ == "nsubj" and fold(c.lemma_) in words["reported_sources"] for c in token.children
    )


def _according_to_reports(trigger: Token, words: dict[str, frozenset[str]]) -> bool:
    sentence = trigger.sent
    for token in sentence:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "to"
        ):
            following = {fold(t.lower_) for t in token.doc[token.i + 2 : token.i + 7]}
            if following & words["reported_sources"]:
                return True
    return False
