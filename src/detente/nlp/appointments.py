"""Whether an appointment trigger names someone to an envoy's post.

The verbs of appointing have other senses, and their objects are often envoys
already in post, mentioned by title:

    "The report named the Russian ambassador as one of the organisers."  (named = cited)
    "The Indian high commissioner was named in a lawsuit."                (named = cited)
    "Officials confirmed the Iranian ambassador was safe."                (confirmed a fact)
    "Kenya's ambassador to Ethiopia, Ana Ruiz, was named chair of ..."    (another post)
    "The US ambassador became the first envoy to visit the site."         (a description)
    "President Ruto appointed 20 new ambassadors on Tuesday."             (no receiving state)

An appointment gives its appointee a post: a complement ('as ambassador',
'ambassador to Peru', 'to be ambassador'), or an envoy that is new ('named a new
ambassador to Kenya').  A post that is not an envoy's (chair, head, minister), an
envoy described by a clause ('the first envoy to visit') or one said to be
'former' is no appointment of an ambassador.  A plural slate needs its posts
named, in the sentence or in the roster after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.actors import is_organisation
from detente.nlp.arguments import reciprocal
from detente.nlp.envoy_lists import slate_posts
from detente.nlp.lexicon import fold
from detente.nlp.roles import SentenceParse
from detente.nlp.syntax import (
    POST_NOUNS,
    as_complements,
    for_posts,
    preposition_objects,
)

# Verbs that also mean citing, attesting or telling: their object must be given a post,
# or be an envoy marked as new ('announced new ambassadors to China and Japan').
_CITING = frozenset({"name", "confirm", "announce", "unveil", "recommend", "propose"})
# Verbs whose object is a predecessor, and verbs of going or sending somewhere: only
# the post they give ('as ambassador') counts ('sent its envoy to the talks').
_SUCCEEDING = frozenset({"replace", "succeed"})
_MOVING = frozenset(
    {"take", "send", "return", "go", "move", "transfer", "dispatch", "deploy", "head"}
)
# What marks an envoy as the one being appointed, with no post complement.
_NEW = frozenset(
    {"new", "next", "incoming", "a", "an", "designate", "nominee", "candidate", "pick", "first"}
)
# What marks an envoy sent somewhere as one newly posted there: 'will send a new envoy'.
_NEWLY_POSTED = frozenset({"new", "next", "incoming", "first"})
_PAST = frozenset({"former", "ex", "outgoing", "late", "previous", "erstwhile", "retired"})
_DESCRIBING = frozenset({"first", "last", "only", "second", "third", "latest"})
_COMPLEMENTS = frozenset({"oprd", "attr", "xcomp", "ccomp"})


def appoints_envoy(verb: Token, arguments: tuple[Token, ...], parse: SentenceParse) -> bool:
    """Whether an APPOINT_AMBASSADOR trigger word with its envoy arguments gives
    someone an envoy's post."""
    envoys = set(arguments)
    if all(_former(a) or _described(a) for a in envoys):
        return False
    posts = list(_posts(verb))
    if posts and not envoys & _heads_around(posts) and not _renamed_posts(verb):
        return False  # "was named chair", "named the envoy as one of the organisers"
    lemma = fold(verb.lemma_)
    if lemma == "accredit" and verb.dep_ == "acl" and verb.head in envoys:
        return False  # "Venezuelan diplomats accredited in Peru": their standing, no act
    if lemma == "be":
        # "its new envoy will be Ana Ruiz", "the new Peruvian ambassador is Ana Ruiz"
        if _asks_who(verb) or not _next_in_post(
            list(envoys), _future(verb) or _named_attribute(verb)
        ):
            return False  # "it is unclear who will be the next ambassador", "were envoys"
        if any(a.dep_ == "nsubj" for a in envoys):
            return _named_attribute(verb)  # "the next envoy will be Ana Ruiz", "... is ill"
    if lemma in _SUCCEEDING and not posts:
        return False  # "replacing Igor Sokolov", "Kenya will replace its ambassador"
    if lemma in _MOVING and not posts and not _takes_up_duties(verb):
        # "sent its envoy to the talks"; not "will send a new ambassador to Beijing"
        return lemma != "take" and any(_newly_posted(a) for a in envoys)
    if lemma in _CITING and not posts and not any(_marked_new(a) for a in envoys):
        # "named in a lawsuit", "confirmed the ambassador was safe"; not the headline
        # passive "Rajesh Kumar named India's envoy to Peru"
        return _headline_passive(verb, envoys, parse)
    # "appointed 20 new ambassadors": tied to no receiving state
    return not all(a.tag_ == "NNS" for a in envoys) or _hosts_given(verb, parse)


def _headline_passive(verb: Token, envoys: set[Token], parse: SentenceParse) -> bool:
    """'Rajesh Kumar named India's envoy to Peru': a person (no state) the subject of a
    past tense whose object is a state's envoy is the one named, in a headline's passive."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i in parse.actor_at:
        return False
    if verb.tag_ != "VBD" or verb.sent[-1].text in (".", "!", "?"):
        return False  # a headline has no full stop
    return any(c.dep_ == "poss" and c.i in parse.actor_at for a in envoys for c in a.children)


def _posts(verb: Token) -> list[Token]:
    """The heads of the post a verb gives its object: 'named X ambassador' (a second
    object or a predicate), 'as envoy', 'to be ambassador', 'named chair'."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    found = objects[1:]  # "named Ana Ruiz ambassador", parsed as two objects
    found += as_complements(verb)
    found += _renamed_posts(verb)
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
        # "approved the candidacy of X for the post of ...", the 'for' hung on the verb
        found += for_posts(verb.head)
    for child in verb.children:
        if child.dep_ in ("oprd", "attr"):
            found.append(child)
        elif child.dep_ in _COMPLEMENTS and child.lemma_ == "be":
            found += [g for g in child.children if g.dep_ in ("attr", "oprd")]
    # a person's name is the appointee, not a post: "named Budi Santoso to Malaysia";
    # what 'the post of' names is a post ("for the post of Secretary-General")
    return [
        post
        for post in found
        if _of_a_post(post) or (post.ent_type_ != "PERSON" and not _bare_name(post))
    ]


def _renamed_posts(verb: Token) -> list[Token]:
    """'appointed Kenya's envoy to Uganda, Paul Otieno, high commissioner to India': an
    envoy in post, named in apposition, then given a second title, which is the new post
    (the parser hangs it as one more apposition, on the name, the envoy or his post)."""
    return [
        title
        for obj in verb.children
        if obj.dep_ == "dobj" and fold(obj.lemma_) in ENVOY_TITLES
        for title in verb.subtree
        if title.dep_ == "appos"
        and title.i > obj.i
        and fold(title.lemma_) in ENVOY_TITLES
        and _name_set_off_before(title.left_edge)
    ]


def _name_set_off_before(word: Token) -> bool:
    """Whether ', Paul Otieno,' (a proper name between commas) comes right before."""
    doc = word.doc
    if word.i < 3 or doc[word.i - 1].text != ",":
        return False
    name = []
    for before in reversed(doc[: word.i - 1]):
        if before.text == ",":
            return bool(name)
        if before.pos_ != "PROPN":
            return False
        name.append(before)
    return False


def _of_a_post(title: Token) -> bool:
    return title.head.lower_ == "of" and fold(title.head.head.lemma_) in POST_NOUNS


def _takes_up_duties(verb: Token) -> bool:
    """'took up his post', 'has taken up his duties': taking up, not taking over."""
    return fold(verb.lemma_) in ("take", "assume") and not any(
        c.dep_ == "prt" and c.lower_ == "over" for c in verb.children
    )


def _asks_who(verb: Token) -> bool:
    """'who will be the next envoy', 'whoever is the next envoy': a question, no appointee."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children)


def _next_in_post(envoys: list[Token], future: bool = False) -> bool:
    """'India's next high commissioner', 'the incoming envoy': one about to take up a
    post; with a future copula, a new one ('its new envoy will be Ana Ruiz')."""
    marks = {"next", "incoming", "new"} if future else {"next", "incoming"}
    return any(
        {fold(t.lower_) for t in envoy.subtree if t.i <= envoy.i} & marks for envoy in envoys
    )


def _future(verb: Token) -> bool:
    modals = ("will", "would", "shall", "'ll")
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _named_attribute(verb: Token) -> bool:
    """Whether the copula equates its subject with a person by name ('... will be Ana Ruiz')."""
    return any(
        c.dep_ == "attr" and (c.ent_type_ == "PERSON" or _bare_name(c)) for c in verb.children
    )


def _bare_name(word: Token) -> bool:
    """A proper name with no title before it: 'Budi Santoso', not 'Ambassador Santoso',
    nor a title capitalised ('as High Commissioner')."""
    return (
        word.pos_ == "PROPN"
        and fold(word.lower_) not in ENVOY_TITLES
        and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in word.children)
    )


ENVOY_TITLES = frozenset({"ambassador", "envoy", "commissioner", "nuncio", "representative"})


def _heads_around(posts: list[Token]) -> set[Token]:
    """The posts, their conjuncts and the nouns inside them ('head of the mission')."""
    return {word for post in posts for word in (post, *post.conjuncts, *post.subtree)}


def _former(envoy: Token) -> bool:
    return any(fold(c.lower_).strip("-") in _PAST for c in envoy.children)


def _described(envoy: Token) -> bool:
    """'the first envoy to visit the site': a description of someone, not a post."""
    ordinal = any(c.lower_ in _DESCRIBING for c in envoy.children if c.dep_ == "amod")
    infinitive = any(
        c.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in envoy.children
    )
    return ordinal and infinitive


def _marked_new(envoy: Token) -> bool:
    """'a new envoy', 'its next ambassador', 'envoys to three states', 'the nominee';
    not 'the Russian ambassador' or 'Kenya's envoy' (one in post, mentioned)."""
    words = {fold(c.lower_) for c in envoy.subtree if c.i <= envoy.i} | {fold(envoy.lemma_)}
    determined = any(c.dep_ in ("det", "poss") for c in envoy.children)
    return bool(words & _NEW) or not determined


def _newly_posted(envoy: Token) -> bool:
    return any(fold(c.lower_) in _NEWLY_POSTED for c in envoy.children if c.dep_ == "amod")


def _hosts_given(verb: Token, parse: SentenceParse) -> bool:
    """Whether a state other than the appointing one is named in the trigger's phrase,
    or a slate of posts follows ('... : A to Chad; B to Peru')."""
    words = [*verb.subtree, *(t for post in hung_on_governor(verb) for t in post.subtree)]
    named = {parse.actor_at[t.i].code for t in words if t.i in parse.actor_at}
    agents = {
        parse.actor_at[t.i].code
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for t in c.subtree
        if t.i in parse.actor_at
    }
    if named - agents or reciprocal(verb):  # "named ambassadors to each other"
        return True
    return bool(slate_posts(parse.context, parse.index, sorted(agents)))


def hung_on_governor(noun: Token) -> list[Token]:
    """The posts of a nominal appointment that the parser hung on the verb governing
    it: 'signed the nominations of ambassadors to Ukraine and Lithuania'."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    return [
        pobj
        for prep in noun.head.children
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > noun.i
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


# Nouns for the person an appointment names: their state is their own modifier's.
_APPOINTEE_NOUNS = frozenset({"nominee", "pick", "designate"})


def appointee_sender(trigger: Token, parse: SentenceParse) -> list[str] | None:
    """The sending state of a nominee told by a noun ('Biden's pick', 'the US
    ambassador-designate'), read off the noun alone: the clause around it may be
    another state's ('Algeria rejected the ambassador-designate').  None when the
    trigger is no such noun."""
    if trigger.pos_ != "NOUN" or fold(trigger.lemma_) not in _APPOINTEE_NOUNS:
        return None
    # "the nominee for Colombian ambassador": the post's own state is the nominee's
    posts = preposition_objects(trigger, "for")
    return parse.states_of(trigger, conjuncts=False) or [
        code for post in posts for code in parse.states_of(post, conjuncts=False)
    ]


# Verbs by which the sending state is given agrément: the host is who gives it.
_GIVEN_CONSENT = frozenset({"receive", "obtain", "get", "secure", "win"})


def appointment_hosts(
    verb: Token,
    arguments: tuple[Token, ...],
    places: dict[str, list[str]],
    parse: SentenceParse,
    senders: list[str],
) -> list[str]:
    """The receiving states other than the senders that an appointment's phrases name
    (``places``: preposition -> states): its post ('to Peru'), or, when the sending
    state is given agrément, the host that gives it ('received agrément from Norway',
    'obtained Egypt's agrément')."""
    # "nominated its envoy to Ukraine, A, as ambassador to Russia": the 'as' post is the
    # new one; the envoy's own is the one he leaves
    given = _given_post_hosts(verb, parse)
    hosts = given or next((places[p] for p in ("to", "in", "at", "for") if places.get(p)), [])
    hosts = hosts or _succession_posts(verb, parse) or _example_posts(verb, arguments, parse)
    hosts = [*hosts, *_concurrent_posts(verb, parse)]
    if _receives_agrement(verb, arguments):
        givers = [c for a in arguments for c in _possessors(a, parse)]
        hosts = [*hosts, *places.get("from", []), *places.get("of", []), *givers]
    return [c for c in dict.fromkeys(hosts) if c not in senders]


# Verbs by which a host consents to another state's envoy.
_CONSENTING = frozenset({"give", "grant", "approve", "accept", "endorse"})


def consenting_host(
    verb: Token, arg_class: str, agents: list[str], owners: list[str], posts: list[str]
) -> bool:
    """Whether the agents are a host consenting to an envoy that no state besides them
    is said to own ('was granted agrément by France for its nominee', 'Washington
    approved Beijing's choice of X as its ambassador to the US'): 'its' then read as
    the host's own.  ``posts``: the states the envoy's post is to or in."""
    if not agents or fold(verb.lemma_) not in _CONSENTING:
        return False
    if not set(owners) <= set(agents):
        return False  # "granted agrément to Moscow's nominee": the owner is named
    if arg_class in ("agrement", "consent"):
        return True
    return set(agents) <= set(posts)  # the post is in the approver


def agrement_withheld_by(
    verb: Token,
    arguments: tuple[Token, ...],
    places: dict[str, list[str]],
    parse: SentenceParse,
    senders: list[str],
) -> list[str]:
    """The hosts that withhold agrément the sending state has not received ('Israel has
    not received agrément from Egypt'): a nominee left unapproved (GUIDELINES: settled
    cases); none when the trigger is no receiving of agrément."""
    if not _receives_agrement(verb, arguments):
        return []
    hosts = appointment_hosts(verb, arguments, places, parse, senders)
    return hosts or the_other_party(arguments, parse, senders)


def _receives_agrement(verb: Token, arguments: tuple[Token, ...]) -> bool:
    """'received agrément from Norway', 'obtained Egypt's agrément'."""
    return fold(verb.lemma_) in _GIVEN_CONSENT and any(
        fold(a.lemma_) == "agrement" for a in arguments
    )


def _given_post_hosts(verb: Token, parse: SentenceParse) -> list[str]:
    """The hosts of the posts the verb itself gives ('as ambassador to Madagascar and the
    Comoros', 'has been named envoy to Ethiopia'), not those of a clause joined to it
    nor the post the appointee held ('its former ambassador to Somalia')."""
    posts = _posts(verb)
    # "for the envoy post in Algiers": the title compounded onto the word for a post
    posts += [post.head for post in posts if post.dep_ == "compound"]
    return [
        code
        for post in posts
        for code in parse.states_after(post, ("to", "in", "for"), conjuncts=True)
    ]


def _example_posts(verb: Token, arguments: tuple[Token, ...], parse: SentenceParse) -> list[str]:
    """'named 18 ambassadors, including envoys to France and Spain': the posts of the
    examples given of the envoys, wherever the parser hangs 'including'."""
    return [
        code
        for word in (verb, *arguments)
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("including", "among")
        for example in prep.children
        if example.dep_ == "pobj"
        for code in parse.states_after(example, ("to", "in"), conjuncts=True)
    ]


def _succession_posts(verb: Token, parse: SentenceParse) -> list[str]:
    """'named to replace him in Dhaka', 'chosen to succeed Ana Ruiz as envoy to Peru':
    the post of the envoy the appointee replaces is his."""
    return [
        code
        for clause in verb.children
        if clause.dep_ in ("xcomp", "advcl") and fold(clause.lemma_) in _SUCCEEDING
        for word, places in _succession_phrases(clause)
        for code in parse.states_after(word, places)
    ]


def _succession_phrases(clause: Token) -> list[tuple[Token, tuple[str, ...]]]:
    """Where 'replace'/'succeed' names the post: 'in Dhaka' on the verb or on the one
    replaced ('succeed Peter Kamau in Brasilia'), or the 'as' post's 'to'."""
    replaced = [c for c in clause.children if c.dep_ == "dobj"]
    posts = as_complements(clause)
    return [(w, ("in",)) for w in (clause, *replaced)] + [(p, ("to", "in", "at")) for p in posts]


def _concurrent_posts(verb: Token, parse: SentenceParse) -> list[str]:
    """'as ambassador to Ethiopia, with concurrent accreditation to Djibouti and the
    AU': an envoy accredited to further states is their ambassador too."""
    # "signed a decree appointing X as ambassador to Hungary, with concurrent
    # accreditation to Slovenia": the 'with' phrase hung on a verb above
    above = [
        word
        for ancestor in verb.ancestors
        for prep in ancestor.children
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > verb.i
        for word in prep.subtree
    ]
    return [
        code
        for word in (*verb.subtree, *above)
        if fold(word.lemma_) in ("accreditation", "accredit")
        for code in parse.states_after(word, ("to",), conjuncts=True)
    ]


def _possessors(noun: Token, parse: SentenceParse) -> list[str]:
    return [c for m in noun.children if m.dep_ == "poss" for c in parse.states_of(m)]


def _mutual_hosts(
    arguments: tuple[Token, ...], parse: SentenceParse, senders: list[str]
) -> list[str]:
    """'the appointment of Russian and U.S. ambassadors': envoys of two states, posted
    nowhere else, are posted to each other (each sender's host is the other)."""
    plural = [a for a in arguments if a.tag_ == "NNS"]
    owners = {c for a in plural for c in parse.states_of(a, conjuncts=False)}
    # "the two sides agreed to the appointment of ambassadors in Moscow and Washington"
    owners = owners or {c for a in plural for c in parse.states_after(a, ("in",), True)}
    return sorted(senders) if len(senders) == 2 and set(senders) == owners else []


def the_other_party(
    arguments: tuple[Token, ...], parse: SentenceParse, sources: list[str]
) -> list[str]:
    """The one state besides the sender that the sentence names outside the appointee's
    own phrase: the host that agrees to or rejects a nominee ('Rwanda refused the envoy
    nominated by Belgium'), not his present post ('X, ambassador to Chad, was named ...');
    or, for the envoys of two states, each other."""
    appointee = {t.i for a in arguments for t in a.subtree}
    others = {
        span.code
        for i, span in parse.actor_at.items()
        if span.code not in sources and i not in appointee and not is_organisation(span.code)
    }
    # "the appointment of Russian and U.S. ambassadors" at talks in Riyadh: each other's
    return _mutual_hosts(arguments, parse, sources) or (sorted(others) if len(others) == 1 else [])


def compound_posts(arguments: tuple[Token, ...], parse: SentenceParse) -> list[str]:
    """'U.S. names first Cuba ambassador', 'Kenya picks new Japan envoy': a state's name
    compounded onto the envoy a state appoints is his post, in headline style, not his
    state (a demonym, 'the Cuban ambassador', still is his state)."""
    return [
        parse.actor_at[word.i].code
        for envoy in arguments
        for word in envoy.children
        if word.dep_ == "compound"
        and word.i in parse.actor_at
        and parse.actor_at[word.i].kind in ("name", "capital")
    ]
