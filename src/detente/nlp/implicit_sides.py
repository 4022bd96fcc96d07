"""The sides a sentence leaves implicit, filled from the article: a 'by' phrase, the
government that speaks for the act, an earlier mention of the same event, the most
salient actor, or the state named most recently.  Every fill counts against the
mention's confidence (``Roles.from_context``).
"""

from __future__ import annotations

from detente.nlp.arguments import disputed
from detente.nlp.roles import SentenceParse
from detente.nlp.trigger_roles import Roles


def or_context(
    found: list[str],
    parse: SentenceParse,
    roles: Roles,
    exclude: list[str],
    event_type: str,
    organisations: bool = False,
) -> list[str]:
    """The acting side the sentence leaves implicit: a 'by X' phrase, an earlier
    mention of the same event, else the article's most salient actor."""
    if found:
        return found
    roles.from_context += 1
    by_phrase = [
        span.code
        for i, span in parse.actor_at.items()
        if parse.doc[i].head.lower_ == "by" and span.code not in exclude
    ]
    if by_phrase:
        return by_phrase[:1]
    speaker = _speaker(parse, exclude)
    if speaker:
        return [speaker]
    # "The president also named B to Peru": the appointing state of the appointments before
    again = event_type == "APPOINT_AMBASSADOR"
    for target in [*exclude, None] if again else exclude or [None]:
        earlier = parse.context.remembered(event_type, target=target)
        if earlier and not (again and earlier[0][0] in exclude):
            return [earlier[0][0]]
    if again:  # "A, ambassador to Chad, was named ...": a post is no sender
        exclude = [*exclude, *_posts_in_sentence(parse)]
    salient = parse.context.salient_actor(
        parse.index + 1, exclude=tuple(exclude), organisations=organisations
    )
    return [salient] if salient else []


def _posts_in_sentence(parse: SentenceParse) -> list[str]:
    """The states the sentence names as where someone goes or serves ('to Chad', 'in
    Lima'): the appointing state is never one of them."""
    return [
        span.code
        for i, span in parse.actor_at.items()
        if parse.doc[i].dep_ == "pobj" and parse.doc[i].head.lower_ in ("to", "in")
    ]


def _speaker(parse: SentenceParse, exclude: list[str]) -> str | None:
    """'..., the White House said Tuesday': the government that speaks for the act."""
    for token in parse.doc:
        if token.lemma_ in ("say", "announce", "state", "confirm") and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj":
                    states = [c for c in parse.states_of(child) if c not in exclude]
                    if states:
                        return states[0]
    return None


def or_counterpart(
    found: list[str],
    parse: SentenceParse,
    roles: Roles,
    exclude: list[str],
    event_type: str,
) -> list[str]:
    """The other side the sentence leaves implicit: an earlier mention of the same
    event, else the state named most recently."""
    if found:
        return found
    roles.from_context += 1
    for source in exclude or [None]:
        # an earlier event of one of the sources, whose other side is not itself a source
        # ('the envoys of Peru and Chile' after 'Peru's envoy presented ... to Chile')
        earlier = [
            dyad
            for kind in _same_dyad_types(event_type)
            for dyad in parse.context.remembered(kind, source=source)
            if dyad[1] not in exclude
        ]
        if earlier:
            return [earlier[0][1]]
    excluded = (*exclude, *disputed(parse.doc, parse.actor_at))
    other = parse.context.counterpart(parse.index, excluded)
    return [other] if other else []


_MISSION_EVENTS = ("OPEN_MISSION", "CLOSE_MISSION")


def _same_dyad_types(event_type: str) -> tuple[str, ...]:
    """The event type, then those that tell of the same owner's mission in the same host:
    'its consulate in Erbil was shut in 2014 ... it reopened on Sunday'."""
    if event_type in _MISSION_EVENTS:
        return (event_type, *(t for t in _MISSION_EVENTS if t != event_type))
    return (event_type,)
