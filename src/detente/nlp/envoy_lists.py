"""Lists of envoys: a ceremony's roster, an appointment's slate of posts.

A credentials ceremony where a head of state receives several envoys is reported with a
roster, in the sentence of the ceremony or in one of the next three:

    "... received credentials from the ambassadors of Chad, Peru and Fiji."
    "The envoys were Ana Ruiz (Peru), Tom Berg (Norway) and Ali Musa (Chad)."
    "The new ambassadors are Ana Ruiz from Peru and Tom Berg from Norway."
    "... the Ambassadors of Peru, Ana Ruiz; Norway, Tom Berg; and Chad, Ali Musa."

The roster is read from the cheap actor matches, without a parse (the
sentences after a ceremony carry no trigger and need not reach the parser):
states follow one another with only names, list punctuation and a few
function words between them.  A sentence counts as a roster only if it speaks
of envoys in the plural; every state of its list except the host is a sender.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from detente.nlp.actors import ActorSpan
from detente.nlp.context import ArticleContext
from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.syntax import person_name, post_named_for, to_infinitive

_LOOKAHEAD = 3  # sentences after the ceremony that may hold its roster
_MAX_GAP_WORDS = 8  # a person's name with titles, or a state's "the"
_PLURAL_ENVOYS = re.compile(
    r"\b(?:ambassadors|envoys|representatives|diplomats|heads of mission|ambassadors-designate)\b",
    re.IGNORECASE,
)
# A roster may name each envoy by title instead: "Ambassador of Korea Park Ji-ho;
# Ambassador of Brazil Ana Reis", "Ambassador Ana Ruiz (Peru), High Commissioner Tom
# Berg (Kenya)".
_ENVOY_TITLE = re.compile(
    r"\b(?:ambassador|envoy|high commissioner|charg[eé] d['’]affaires)\b", re.IGNORECASE
)
_TITLES_OF_A_ROSTER = 2
# "A to the Republic of Chad", "B for the Union of the Comoros": a nominee's post.
# "A (Chad), B (Peru)": a nominee's post in brackets after the name; "A - Chad" (a
# list line) after a dash.
_POSTED = re.compile(
    r"(?:\b(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?)?"
    r"|[A-Z][\w.-]*\s\(|[A-Z][\w.'-]*\s+[-–—]\s+(?:the\s+)?)\Z"
)
_POST_REACH = 40
# "nominated its envoy to Ukraine, A, as ambassador to Russia": a post an envoy holds,
# told by his title after a possessive or article, is no nominee's post of a slate.
_HELD_POST = re.compile(
    r"\b(?:its|his|her|their|the|\w+['’]s)\s+(?:\w+\s+)?"
    r"(?:ambassador|envoy|high\s+commissioner)\s+(?:to|in)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"[,;\n]|\band\b|&")  # a newline ends a list line
_GAP_WORD = re.compile(r"[\w.'’-]+")
# Words of a list that are neither a name nor a separator: "Name from Chad", "of the".
_LIST_WORDS = frozenset(
    {
        "and",
        "as",  # "A as ambassador to Chad; B as high commissioner to India"
        "high",
        "commissioner",
        "from",
        "of",
        "the",
        "to",
        "for",
        "finally",
        "lastly",
        "ambassador",
        "envoy",
        "h.e.",
        "he",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        # particles inside names: "Hamad bin Saad", "Luis de la Vega"
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "de",
        "del",
        "della",
        "da",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "y",
        # "Chile's Ana Ruiz, Nepal's Ram Thapa"
        "'s",
        "’s",
    }
)


def roster_senders(context: ArticleContext, index: int, exclude: list[str]) -> list[str]:
    """The sending states listed in sentence ``index`` (the ceremony's) or in the
    roster that follows it, leaving out those in ``exclude`` (the hosts, the senders
    already known)."""
    senders: list[str] = []
    last = min(index + _LOOKAHEAD, len(context.sentences) - 1)
    for at in range(index, last + 1):
        for code in listed_states(context.sentences[at].text, context.actors[at]):
            if code not in exclude and code not in senders:
                senders.append(code)
    lines = _roster_lines(context, index)
    if len(lines) >= 2:  # one envoy a line: "- Ambassador Ana Ruiz, Peru"
        senders += [code for code in lines if code not in exclude and code not in senders]
    return senders


_ROSTER_REACH = 20  # sentences back that 'the ambassadors' may find their roster in
_THE_ENVOYS = re.compile(
    r"\b(?:the|these|all)\s+(?:new\s+|newly\s+accredited\s+)?(?:ambassadors|envoys)\b",
    re.IGNORECASE,
)


def earlier_roster(context: ArticleContext, index: int, exclude: list[str]) -> list[str]:
    """'Earlier, the ambassadors handed copies of their credentials to the minister':
    the envoys of the latest roster before sentence ``index``."""
    if not _THE_ENVOYS.search(context.sentences[index].text):
        return []
    for at in range(index - 1, max(-1, index - 1 - _ROSTER_REACH), -1):
        found = listed_states(context.sentences[at].text, context.actors[at])
        if len(found) >= 2:
            return [code for code in found if code not in exclude]
    return []


def slate_posts(context: ArticleContext, index: int, senders: list[str]) -> list[str]:
    """The posts of a slate of nominees in sentence ``index`` (the appointment's) or the
    next ones: 'A to the Republic of Chad; B for Malawi; and C to Peru' -> TCD, MWI, PER."""
    posts: list[str] = []
    last = min(index + _LOOKAHEAD, len(context.sentences) - 1)
    for at in range(index, last + 1):
        text, spans = context.sentences[at].text, context.actors[at]
        for code in _longest_list(text, spans, posted=True):
            if code not in senders and code not in posts:
                posts.append(code)
    lines = _post_lines(context, index)
    if len(lines) >= 2:  # one line a nominee: "- Jane Wanjiru, Ambassador to Ethiopia"
        posts += [code for code in lines if code not in senders and code not in posts]
    return posts


# A list line is names and titles; prose has more small words: "Jane Doe, of Texas, to
# be Ambassador Extraordinary and Plenipotentiary of the United States to Chile" is a line.
_MAX_LINE_WORDS = 12
_MAX_LINE_SMALL_WORDS = 10
_MAX_LINE_NAME_WORDS = 30
# A list item's number or letter alone: "1.", "(2)", "b)", "iv."
_ENUMERATOR = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]")


def _post_lines(context: ArticleContext, index: int, as_posts: bool = True) -> list[str]:
    """The posts of the lines after sentence ``index`` that each give one nominee's
    post and nothing more ('Paul Otieno, High Commissioner to India;', 'Japan: Jose
    Santos'), up to the first line that does not; ``as_posts=False``: the state of each
    line of a roster of envoys ('Ambassador Ana Ruiz, Peru')."""
    posts: list[str] = []
    for at in range(index + 1, len(context.sentences)):
        for line, spans in _lines(context.sentences[at].text, context.actors[at]):
            if not line.strip() or _ENUMERATOR.fullmatch(line.strip()):
                continue  # "1." cut off its line by the segmenter
            if not posts and not spans and _heads_the_list(line):
                continue  # "The new envoys are:", "| Country | Ambassador |"
            posted = [span for span in spans if _posted_on_line(line, span, as_posts)]
            if len(posted) != 1 or not _short_line(line):
                return posts
            posts.append(posted[0].code)
    return posts


def _roster_lines(context: ArticleContext, index: int) -> list[str]:
    """The states of a roster given one envoy a line under a colon, the ceremony's own
    ('... from the following envoys:') or a line's ('They were:')."""
    if context.sentences[index].text.rstrip().endswith(":"):
        return _post_lines(context, index, as_posts=False)
    heading = index + 1
    if heading >= len(context.sentences) or context.actors[heading]:
        return []
    if context.sentences[heading].text.rstrip().endswith(":"):
        return _post_lines(context, heading, as_posts=False)
    return []


def _lines(text: str, spans: list[ActorSpan]) -> Iterator[tuple[str, list[ActorSpan]]]:
    """The lines of a sentence the segmenter left whole, each with its own actors."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        inside = [s for s in spans if start <= s.start and s.end <= end]
        yield line, [replace(s, start=s.start - start, end=s.end - start) for s in inside]
        start = end + 1


def _heads_the_list(line: str) -> bool:
    """A list's own heading ('The new envoys are:'), or a table's ('| Country | Name |')."""
    return line.rstrip().endswith(":") or "|" in line or "\t" in line.strip()


# "Japan: Jose Santos", "- Kenya – Elena Garcia", "| Chile | Ana Ruiz |": a list line
# (or a table's row) that opens on the post.
_LEADING_POST = re.compile(r"\A[\s\-–—•*\d.)(|]*\Z")
_POST_THEN_NAME = re.compile(
    r"\A\s*[:–—|\t-]\s*(?:H\.E\.\s*|Mr\.?\s|Ms\.?\s|Mrs\.?\s|Dr\.?\s)?[A-Z]"
)


# "Ambassador Ana Ruiz, Peru": a roster line's state after its envoy's name.
_NAME_THEN_STATE = re.compile(r"[A-Z][\w.'’-]*,\s+(?:the\s+)?\Z")


def _posted_on_line(line: str, span: ActorSpan, as_posts: bool = True) -> bool:
    """Whether the line gives ``span`` as a nominee's post (``as_posts``) or as the
    state of the envoy it names."""
    before = line[max(0, span.start - _POST_REACH) : span.start]
    if _POSTED.search(before) or (not as_posts and _NAME_THEN_STATE.search(before)):
        return True
    return bool(_LEADING_POST.match(line[: span.start]) and _POST_THEN_NAME.match(line[span.end :]))


def list_heading(trigger: Token) -> Token | None:
    """'announced the following appointments:', 'to nominate the following individuals:':
    a sentence that ends on a colon heads a list of nominees, one a line; the plural
    noun that stands for them (the lines give their posts: :func:`slate_posts`)."""
    if not trigger.doc.text.rstrip().endswith(":"):
        return None
    if trigger.pos_ == "NOUN":
        return trigger if trigger.tag_ == "NNS" else None
    return next((c for c in trigger.children if c.dep_ == "dobj" and c.tag_ == "NNS"), None)


def _short_line(text: str) -> bool:
    words = _GAP_WORD.findall(text)
    if len(words) <= _MAX_LINE_WORDS:
        return True
    small = [word for word in words if not word[0].isupper()]
    return len(words) <= _MAX_LINE_NAME_WORDS and len(small) <= _MAX_LINE_SMALL_WORDS


def listed_states(text: str, spans: list[ActorSpan]) -> list[str]:
    """The states of the longest list in ``text``, if it speaks of envoys in the plural
    or gives several envoys their titles."""
    titled = len(_ENVOY_TITLE.findall(text)) >= _TITLES_OF_A_ROSTER
    if not titled and not _PLURAL_ENVOYS.search(text):
        return []
    return _longest_list(text, spans, posted=False)


def _longest_list(text: str, spans: list[ActorSpan], posted: bool) -> list[str]:
    """The states of the longest list in ``text``; ``posted``: each named as a post
    ('Name to Chad; Name for Peru')."""
    best: list[ActorSpan] = []
    run: list[ActorSpan] = []
    for span in spans:
        before = text[max(0, span.start - _POST_REACH) : span.start]
        if posted and (not _POSTED.search(before) or _HELD_POST.search(before)):
            run = []
            continue
        if run and _is_list_gap(text[run[-1].end : span.start]):
            run.append(span)
        else:
            run = [span]
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return []
    return list(dict.fromkeys(span.code for span in best))


def _is_list_gap(gap: str) -> bool:
    """Whether the text between two states is list punctuation, names and list words:
    ", ", " and ", "), Ana Ruiz (", ", Tom Berg from ", ", Ali Musa; "."""
    if not _SEPARATOR.search(gap):
        return False
    words = _GAP_WORD.findall(gap)
    if len(words) > _MAX_GAP_WORDS:
        return False
    return all(word[0].isupper() or word.lower() in _LIST_WORDS for word in words)


_ENVOY_NOUNS = frozenset(
    {"ambassador", "envoy", "commissioner", "representative", "ambassador-designate"}
)


def posts_of(person: Token) -> Iterator[Token]:
    """The post a person is named to: 'Ana Ruiz as ambassador' -> 'ambassador'; a
    nominee's: 'the nominee for ambassador', 'the pick to be envoy to Peru'."""
    for child in person.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            yield from (pobj for pobj in child.children if pobj.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "for":  # "for the post of envoy"
            yield from (p for o in child.children if o.dep_ == "pobj" for p in post_named_for(o))
        elif child.dep_ in ("acl", "relcl") and child.lemma_ == "be":
            yield from (g for g in child.children if g.dep_ in ("attr", "oprd"))


def posts_named(trigger: Token, parse: SentenceParse) -> list[str]:
    """The host of every post an appointment names: 'named A as ambassador to Kenya
    and B as ambassador to Peru' -> Kenya, Peru.  Only posts given with 'as' count,
    not a past post in an apposition ('A, formerly ambassador to Chile') nor in a
    relative clause ('A, who served as ambassador to Qatar, was named ...')."""
    hosts: list[str] = []
    for word in trigger.subtree:
        if fold(word.lemma_) not in _ENVOY_NOUNS or word.head.lower_ != "as":
            continue
        if _in_relative_clause(word, trigger):
            continue
        holder = word.head.head  # "Ali as Ambassador to Italy", 'to Italy' hung on Ali
        holders = (word, holder) if holder.pos_ == "PROPN" and holder != trigger else (word,)
        for each in holders:
            hosts += parse.states_after(each, ("to", "in", "for"))
    return list(dict.fromkeys(hosts))


def _in_relative_clause(word: Token, governor: Token) -> bool:
    """In a relative clause, or in a participle of serving ('A, currently serving as
    its ambassador in Paris, as envoy to Washington'): the post held, not the new one
    ('to serve as ambassador to Peru' is the new one)."""
    for ancestor in word.ancestors:
        if ancestor == governor:
            return False
        if ancestor.dep_ == "relcl" or _serving(ancestor):
            return True
    return False


def _serving(verb: Token) -> bool:
    return (
        fold(verb.lemma_) in ("serve", "work", "act")
        and verb.tag_ in ("VBG", "VBN")
        and not to_infinitive(verb)
    )


# Verbs by which a host consents to a nominee (agrément): withheld, they refuse him.
_CONSENTING = frozenset({"approve", "accept", "agree", "grant", "endorse", "clear", "give"})


def withheld_consent(trigger: Token) -> Token | None:
    """'Bangladesh did not approve her nomination': a negated consent to a nominee is
    agrément refused (REVOKE_AGREMENT), not an appointment that did not happen.  The
    word of consenting, whose subject is the host that refuses, or None."""
    words = (trigger, *trigger.ancestors)
    return next((word for word in words if fold(word.lemma_) in _CONSENTING), None)


_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation", "high commission"})


def mission_post(trigger: Token, parse: SentenceParse) -> tuple[list[str], list[str]]:
    """'appointed to Turkey's embassy in Gabon': the mission's owner sends, the state it
    stands in receives (owner, host); empty when the appointment names no such post."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "at"):
            continue
        for mission in prep.children:
            if mission.dep_ != "pobj" or fold(mission.lemma_) not in _MISSIONS:
                continue
            owners = [
                code
                for c in mission.children
                if c.dep_ in ("poss", "compound", "amod")
                for code in parse.states_of(c, conjuncts=False)
            ]
            hosts = [
                code
                for inner in mission.children
                if inner.dep_ == "prep" and inner.lower_ in ("in", "at")
                for pobj in inner.children
                for code in parse.states_of(pobj, conjuncts=False)
            ]
            return owners, hosts
    return [], []


_RECEIVING = frozenset({"receive", "accept", "welcome", "host", "greet"})


def received_presentation(trigger: Token) -> bool:
    """'During a ceremony for the presentation of credentials, King Abdullah received the
    ambassador of Japan': a nominal presentation in the phrase of a verb of receiving is
    the receiver's to accept, so the subject that acts is the host."""
    if trigger.pos_ != "NOUN":
        return False
    verb = next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and fold(verb.lemma_) in _RECEIVING


def named_presenters(trigger: Token, parse: SentenceParse) -> list[str]:
    """'received letters of credence from Ana Ruiz', 'the credentials of Ana Ruiz, the new
    Ambassador of Peru': the states of envoys a 'from' or 'of' phrase names, as the
    article tells them ('Ana Ruiz is Peru's first resident ambassador')."""
    found: list[str] = []
    for prep in (w for w in trigger.subtree if w.dep_ == "prep" and w.lower_ in ("from", "of")):
        for name in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            state = parse.context.diplomat_state(person_name(name))
            if state is not None and state not in found:
                found.append(state)
    return found
