"""Posts an appointment takes from elsewhere in the article, when its own sentence
names no receiving state.

    "Japan's new ambassador to Peru, Kenji Sato, landed in Lima. Tokyo named him in March."
    "Jane Doe, the US envoy to Peru, met the president. The Senate confirmed Doe as ambassador."
    "Kenya named Ana Ruiz ambassador. She will take up her post in Lima next month."

An appointee told by a pronoun, or by the name of an envoy the article gave before
(with at most a bare title, 'as ambassador'), takes the post the article named last;
an appointment naming none may take the one the next sentence says the appointee
takes up.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.nlp.actors import is_organisation
from detente.nlp.appointments import ENVOY_TITLES
from detente.nlp.context import ArticleContext
from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.syntax import person_name

_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})


def pronoun_post(
    verb: Token, arguments: tuple[Token, ...], parse: SentenceParse, sources: list[str]
) -> tuple[list[str], list[str]] | None:
    """'Saudi Arabia's new ambassador to Iran, A, arrived. Riyadh appointed him in
    August': an appointee told only by a pronoun (or by the name of an envoy the
    article gave before: 'Mensah, who was appointed in January') takes the post of
    the envoy an earlier sentence named last (of the appointing state, when it is named).  A post
    in the same sentence is the appointee's present one ('X, ambassador to Chad, was
    named ... assigning him to the role')."""
    people = [a for a in arguments if a.lower_ in _PERSON_PRONOUNS or _known_envoy(a, parse)]
    # "confirmed Doe as ambassador": the verb's object is the envoy, its title the argument
    people += [o for o in _objects(verb) if o not in arguments and _known_envoy(o, parse)]
    # "confirmed Doe as ambassador": the bare title is the post the article told before
    if not people or not all(a in people or _bare_title(a, parse) for a in arguments):
        return None
    post = parse.context.latest_post(parse.index - 1, sources)
    if post is None:
        return None
    return [post[0]], [post[1]]


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]


def _bare_title(word: Token, parse: SentenceParse) -> bool:
    """'as ambassador', 'the next ambassador': an envoy's title naming no state."""
    return fold(word.lemma_) in ENVOY_TITLES and not (
        parse.states_of(word, conjuncts=False) or parse.states_after(word, ("to", "in", "for"))
    )


def _known_envoy(word: Token, parse: SentenceParse) -> bool:
    """'Mensah, who was appointed in January': a name the article gave an envoy before."""
    return word.pos_ == "PROPN" and parse.context.diplomat_state(person_name(word)) is not None


# "He will take up his post in London", "She arrives in Nairobi next month": the sentence
# after an appointment that names no receiving state may give the post.
_TAKES_UP_POST = re.compile(
    r"\b(?:take|takes|took|taking|assume|assumes|assumed|assuming)\s+(?:up\s+)?"
    r"(?:his|her|the)\s+(?:new\s+)?(?:post|duties|position|office)\b"
    r"|\b(?:arrive|arrives|arrived|arriving|be\s+based|is\s+expected)\s+in\b"
    r"|\b(?:head|heads|lead|leads)\s+(?:the|its|his|her)\s+(?:\w+\s+)?(?:embassy|mission)\s+in\b",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(
    r"\s*(?:He|She|The\s+(?:new\s+)?(?:ambassador|envoy|diplomat|high\s+commissioner|nominee))\b"
)


def post_told_next(
    context: ArticleContext, index: int, senders: list[str], appointees: list[str]
) -> list[str]:
    """The one state, other than the senders, that the next sentence names as where the
    appointee (a pronoun, a title, or his surname: ``appointees``' last words) takes up
    the post; none when it names no such state or several."""
    if index + 1 >= len(context.sentences):
        return []
    text = context.sentences[index + 1].text
    by_name = any(text.lstrip().startswith(name.split()[-1] + " ") for name in appointees)
    by_name |= any(text.lstrip().startswith(name.split()[-1] + ",") for name in appointees)
    if not (by_name or _REFERS_BACK.match(text)) or not _TAKES_UP_POST.search(text):
        return []
    named = dict.fromkeys(
        span.code
        for span in context.actors[index + 1]
        if not is_organisation(span.code) and span.code not in senders
    )
    return list(named) if len(named) == 1 else []
