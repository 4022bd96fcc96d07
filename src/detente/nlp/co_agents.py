"""Others who did the same act as a clause's subject, however the sentence tells them:
'joined Canada in freezing', 'the fifth state to recall ..., after Chile', 'Britain,
along with France, expelled', '..., as did Bahrain', and a headline's list of subjects
('NATO, US, EU expel envoys').  ('..., followed by the UAE in 2018' is the event memory's:
nlp/anaphora.py, each state at its own time.)
"""

from __future__ import annotations

from collections.abc import Container, Mapping

from spacy.tokens import Token

from detente.nlp.arguments import bare_states

# "the fifth state to recall ..., after Chile": a bare state after these did the same.
_SAME_ACT_PREPOSITIONS = frozenset({"after", "like", "alongside"})
# "Britain, along with France, expelled": 'along with', 'together with'.
_ACCOMPANYING = frozenset({"along", "together"})
# "Norway joined Canada in freezing", "Mali followed Niger in cutting ties".
_JOINING_VERBS = frozenset({"join", "follow"})


def co_agents(trigger: Token, subject: Token | None, actor_at: Mapping[int, object]) -> list[Token]:
    """States the sentence says did the same act as the subject: 'joined Canada and
    Australia in freezing', 'the fifth state to recall ..., after Chile', 'Britain,
    along with France, expelled'."""
    found: list[Token] = []
    for verb in _clauses_of(trigger):
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _SAME_ACT_PREPOSITIONS:
                found += bare_states(child, actor_at)
            found += _accompanying(child, actor_at) + _as_did(child, actor_at)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "in":
            joining = verb.head.head  # "joined X in expelling"
            if joining.lemma_.lower() in _JOINING_VERBS:
                found += [c for c in joining.children if c.dep_ == "dobj" and c.i in actor_at]
    if subject is not None and subject.head.i == trigger.head.i and subject.i < trigger.i:
        found += _listed_before(subject, actor_at)  # headline "NATO, US, EU expel envoys"
    if subject is not None and subject.dep_ in _HEADLINE_SUBJECTS:
        found += _fellow_subjects(subject, actor_at)  # headline "Iran, Saudi Arabia restore"
    if subject is not None and subject.dep_ == "poss" and subject.head.i == trigger.i:
        found += _listed_before(subject, actor_at)  # "Seoul and Havana's establishment of"
    if subject is not None:
        for child in subject.children:
            if child.dep_ == "prep" and child.lower_ in _ACCOMPANYING:
                for nested in child.children:
                    if nested.dep_ == "prep" and nested.lower_ == "with":
                        found += bare_states(nested, actor_at)
    return found


def _accompanying(child: Token, actor_at: Container[int]) -> list[Token]:
    """'Along with Saudi Arabia, Bahrain cut ties', '..., together with Egypt': the
    states in a 'with' phrase of accompanying on the verb acted too."""
    if child.dep_ == "prep" and child.lower_ in _ACCOMPANYING:  # 'along' > 'with'
        return [s for w in child.children if w.lower_ == "with" for s in bare_states(w, actor_at)]
    if accompanying_with(child):
        return bare_states(child, actor_at)
    return []


def accompanying_with(child: Token) -> bool:
    """A 'with' phrase of company ('together with Egypt', 'along with'): no partner."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "with"
        and any(a.dep_ == "advmod" and a.lower_ in _ACCOMPANYING for a in child.children)
    )


def _as_did(child: Token, actor_at: Container[int]) -> list[Token]:
    """'Saudi Arabia cut ties with Qatar, as did Bahrain and Egypt': the subjects of an
    'as did' (or 'as have') clause on the verb did the same."""
    if child.dep_ != "advcl" or child.lemma_ not in ("do", "have"):
        return []
    if not any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children):
        return []
    return [c for c in child.children if c.dep_ == "nsubj" and c.i in actor_at]


# How a headline's list of subjects gets parsed: "Russia, China sever ties" hangs
# Russia on the verb as an adverb, "Iran, Saudi Arabia restore ties" gives two subjects.
_HEADLINE_SUBJECTS = frozenset({"nsubj", "npadvmod"})


def _fellow_subjects(subject: Token, actor_at: Mapping[int, object]) -> list[Token]:
    """States hung on the same verb as further subjects, just a comma apart from it."""
    verb = subject.head
    return [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and c != subject and c.i < verb.i and c.i in actor_at
        and _comma_apart(c, subject)
    ]  # fmt: skip


def _comma_apart(one: Token, other: Token) -> bool:
    first, second = sorted((one, other), key=lambda t: t.i)
    end = first.right_edge.i
    if end > first.i and first.doc[end].text == ",":
        end -= 1  # the parser may hang the comma on the first name
    between = first.doc[end + 1 : second.left_edge.i]
    return [t.text for t in between] == [","]


def _listed_before(word: Token, actor_at: Mapping[int, object]) -> list[Token]:
    """Named states just before ``word``, each followed by a comma or 'and'."""
    found, i = [], word.i
    while i >= 2 and word.doc[i - 1].lower_ in (",", "and"):
        start = i - 2
        if start not in actor_at or word.doc[start].dep_ == "pobj":
            break  # "after an answer from Oslo, Chile named": Oslo is no co-subject
        while start > 0 and actor_at.get(start - 1) is actor_at[start]:
            start -= 1  # the first word of a multi-word name
        found.append(word.doc[start])
        i = start
    return found


def _clauses_of(trigger: Token) -> list[Token]:
    """The trigger and the clause it completes ('became the fifth state to recall')."""
    clauses = [trigger]
    if trigger.dep_ in ("advcl", "xcomp", "acl", "relcl") and trigger.head.i != trigger.i:
        clauses.append(trigger.head)
    return clauses
