"""Who a phrase stands for: noun phrases of a parsed sentence -> state codes.

"France's ambassador", "the French ambassador", "the Ambassador of Mauritania",
"the authorities in Minsk", "Latvia's embassy", "its envoy", "the two
countries": each resolves to the state(s) it names, from the gazetteer
matches inside the phrase, or, for pronouns and bare descriptions, from the
clause and the article context.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import partial

from spacy.tokens import Doc, Token

from detente.nlp.actors import ActorSpan
from detente.nlp.arguments import (
    coordinated,
    designee_places,
    governing_subject,
    listed_modifiers,
    owning_prepositions,
)
from detente.nlp.context import ArticleContext
from detente.nlp.descriptors import described_members, head_fits
from detente.nlp.segment import Sentence
from detente.nlp.syntax import preposition_objects, to_infinitive

# Nouns that stand for a state's government and take its identity from a modifier.
GOVERNMENT_NOUNS = frozenset(
    {
        "government",
        "ministry",
        "authority",
        "authorities",
        "presidency",
        "president",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "cabinet",
        "regime",
        "office",
        "department",
        "administration",
        "state",
        "country",
        "kremlin",
        "embassy",
        "side",
        "diplomacy",
        "council",
        "parliament",
        "prime",
        "premier",
        "chancellor",
        "king",
        "emir",
        "junta",
        "statement",
        "decree",
        "capital",
        "nation",
    }
)
PLURAL_REFERENCES = {
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "these": None,
    "those": None,
    "all": None,
}
# An envoy's post, which stands for the state it is placed in: 'his post in Rome'.
_POSTS = frozenset({"post", "posting", "duty", "duties", "station"})
# Words that stand for the two parties by themselves: "the two", "the pair", "both".
_PAIRS = frozenset({"two", "pair", "both"})
_STATE_WORDS = frozenset(
    {"country", "countries", "nation", "nations", "state", "states", "power", "powers",
     "side", "sides", "government", "governments", "capital", "capitals", "kingdom",
     "emirate", "sultanate", "principality", "neighbour", "neighbours", "neighbor",
     "neighbors", "rival", "rivals", "foe", "foes", "adversaries"}
)  # fmt: skip
_MODIFIER_DEPS = frozenset(
    {
        "compound",
        "amod",
        "poss",
        "nmod",
        "npadvmod",
        "det",
        "nummod",
        "case",
        "punct",
        "quantmod",
        "appos",
    }
)
_PRONOUNS_OF_STATES = frozenset({"it", "its", "they", "their", "them", "we", "our", "us", "itself"})
_PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_RELATIVE_PLACES = frozenset({"which", "where", "whom"})
_MISSION_WORDS = frozenset({"embassy", "consulate", "mission"})
# Nouns for one envoy, whom 'he' or 'his' may stand for.
_ENVOY_LEMMAS = frozenset(
    {"ambassador", "envoy", "diplomat", "staffer", "official", "attaché", "attache", "consul",
     "chargé", "charge", "counsellor", "counselor", "emissary", "employee", "a.i."}
)  # fmt: skip
# Nouns that describe a state and may stand before its name: 'its ally Qatar'.
_DESCRIPTIVE_NOUNS = frozenset(
    {"ally", "partner", "rival", "foe", "adversary", "enemy", "neighbour", "neighbor",
     "republic", "monarchy", "archipelago", "island"}
)  # fmt: skip
# Participles whose own agent a compound names: 'a China-brokered deal', 'Oman-mediated
# talks', 'a Saudi-led coalition'.  That state helped; it is no party to the act.
_MEDIATING = frozenset(
    {"broker", "brokered", "mediate", "mediated", "host", "hosted", "sponsor", "sponsored",
     "facilitate", "facilitated", "lead", "led", "back", "backed", "arrange", "arranged"}
)  # fmt: skip
# "countries including Chad and Peru", "states such as Chad" ('as' of 'such as')
_EXAMPLE_PREPOSITIONS = frozenset({"including", "like", "as"})


@dataclass
class SentenceParse:
    """A parsed candidate sentence with its actor matches mapped onto tokens."""

    doc: Doc
    sentence: Sentence  # as it stands in the article (the parser saw line breaks as spaces)
    actor_at: dict[int, ActorSpan]  # token index -> actor covering it
    context: ArticleContext

    @property
    def index(self) -> int:
        """The sentence's position in the article."""
        return self.sentence.index

    @classmethod
    def build(
        cls, doc: Doc, sentence: Sentence, actors: list[ActorSpan], context: ArticleContext
    ) -> SentenceParse:
        actor_at: dict[int, ActorSpan] = {}
        for span in actors:
            for token in doc:
                if span.start <= token.idx < span.end:
                    actor_at[token.i] = span
        return cls(doc, sentence, actor_at, context)

    def states_after(
        self, word: Token, prepositions: Collection[str], conjuncts: bool = False
    ) -> list[str]:
        """The states that ``word``'s phrases opened by ``prepositions`` name: 'the
        embassy in Sofia' with ('in',) -> BGR; ``conjuncts``: with those listed beside
        each ('to Madagascar and the Comoros')."""
        return [
            code
            for pobj in preposition_objects(word, *prepositions)
            for code in self.states_of(pobj, conjuncts=conjuncts)
        ]

    def states_of(
        self,
        token: Token,
        clause_agents: list[str] | None = None,
        exclude: tuple[str, ...] = (),
        conjuncts: bool = True,
        depth: int = 0,
    ) -> list[str]:
        """The state(s) a noun phrase headed by ``token`` stands for.

        ``clause_agents`` resolve 'its'/'their'; ``exclude`` keeps 'the country'
        from meaning an actor the clause already has.
        """
        codes = self._states_of_head(token, clause_agents, exclude, depth)
        if conjuncts:
            for member in coordinated(token, self.actor_at):
                if member.i > token.i or member.dep_ == "compound":
                    codes += [
                        c
                        for c in self._states_of_head(member, clause_agents, exclude, depth)
                        if c not in codes
                    ]
        return codes

    def _states_of_head(
        self, token: Token, clause_agents: list[str] | None, exclude: tuple[str, ...], depth: int
    ) -> list[str]:
        if depth > 3:
            return []
        if token.i in self.actor_at:
            return [self.actor_at[token.i].code]
        lower = token.lower_
        if lower in _PRONOUNS_OF_STATES:
            return self._pronoun_states(token, clause_agents)
        if lower in _RELATIVE_PLACES:
            return self._antecedent_state(token)
        if lower in _PERSONAL_PRONOUNS:
            return self._envoy_named_before(token, depth)
        named = _named_in_apposition(token, self.actor_at)
        if named is not None:  # "its neighbour Morocco": the name, not the owner 'its'
            return self.states_of(named, clause_agents, exclude, depth=depth + 1)
        if owned_relation(token):
            return []  # "Estonia and its Baltic neighbours", "Ukraine's allies": not the owner
        if token.lemma_.lower() in _POSTS and self.states_after(token, ("in", "at")):
            return self.states_after(token, ("in", "at"))  # 'his post in Rome': not his own
        for child in self._modifiers(token):
            if child.i in self.actor_at:  # "the German, French and British ambassadors"
                members = listed_modifiers(child, self.actor_at)
                return list(dict.fromkeys(self.actor_at[m.i].code for m in members))
            if child.dep_ == "poss" and child.lower_ in _PERSONAL_PRONOUNS:
                speaker = governing_subject(token)  # "Petro said his country would ..."
                if speaker is not None:
                    return self.states_of(speaker, clause_agents, exclude, False, depth + 1)
            if child.dep_ == "poss":
                found = self.states_of(child, clause_agents, exclude, depth=depth + 1)
                if found:
                    return found
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in owning_prepositions(token):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.states_of(pobj, clause_agents, exclude, depth=depth + 1)
                        if found:
                            return found
        for place in designee_places(token):  # "entities in China, Turkey and the UAE"
            found = self.states_of(place, clause_agents, exclude, depth=depth + 1)
            if found:
                return found
        if token.lemma_.lower() in GOVERNMENT_NOUNS or token.lower_ in GOVERNMENT_NOUNS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                    for pobj in child.children:
                        if pobj.i in self.actor_at:
                            return [self.actor_at[pobj.i].code]
        if (  # "the pair restored ties", "both agreed to reopen embassies"
            token.lower_ in _PAIRS
            and token.dep_ in ("nsubj", "nsubjpass")
            and (token.lower_ == "both" or _definite(token))
        ):
            return self.context.group(self.index, 2, self._parties_named_before(token))
        if _pair_of_officials(token):  # "the two foreign ministers", "both leaders"
            named = self._parties_named_before(token)
            return self.context.group(self.index, 2, named, _region_members(token))
        if token.lower_ in _STATE_WORDS or token.lemma_ in _STATE_WORDS:
            listed = [c for c in token.children if c.dep_ == "appos" and c.i in self.actor_at]
            listed += [  # "12 countries, including Germany, France and Japan"
                pobj
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in _EXAMPLE_PREPOSITIONS
                for pobj in c.children
                if pobj.dep_ == "pobj" and pobj.i in self.actor_at
            ]
            if listed:  # "three countries: Somalia, Eritrea and Sudan"
                return self.states_of(listed[0], clause_agents, exclude, depth=depth + 1)
            return self._described_states(token, tuple(clause_agents or ()) + exclude)
        for post in token.children:  # "Ambassador Maria Lopez, head of the EU delegation"
            if post.dep_ == "appos" and post.lemma_.lower() in _ENVOY_LEMMAS | {"head", "chief"}:
                return self.states_of(post, clause_agents, exclude, False, depth + 1)
        if (
            token.lemma_.lower() in _MISSION_WORDS
            and token.tag_ == "NN"
            and any(c.lower_ == "the" for c in token.children)
        ):  # "the embassy" named before
            owner = self.context.latest_mission_owner(self.index, token.lemma_.lower())
            return [owner] if owner else []
        return []

    def _envoy_named_before(self, pronoun: Token, depth: int) -> list[str]:
        """'expelled a Tanzanian diplomat, ordering his departure': 'his' is the envoy
        the sentence named last, whose state is known; nobody when none is."""
        for word in reversed(pronoun.doc[: pronoun.i]):
            if word.lemma_.lower() in _ENVOY_LEMMAS:
                speakers = self._clause_subject_states(word, depth)  # "Paris said its envoy"
                return self.states_of(word, speakers, conjuncts=False, depth=depth + 1)
        return []

    def _clause_subject_states(self, word: Token, depth: int) -> list[str] | None:
        """The states of the nearest subject above ``word``: whom its 'its' means; an
        infinitive's is the object that controls it ('ordered Algeria to withdraw its
        envoy': Algeria's)."""
        for verb in word.ancestors:
            if verb.dep_ == "xcomp" and to_infinitive(verb):
                controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                if controller is not None and controller.i != word.i:
                    return self.states_of(controller, depth=depth + 1) or None
            for child in verb.children:
                if child.dep_ == "nsubj" and child.i != word.i and child.pos_ != "PRON":
                    return self.states_of(child, depth=depth + 1) or None
        return None

    def _antecedent_state(self, token: Token) -> list[str]:
        """'from where he was expelled', 'which': the nearest actor named before."""
        before = [span for i, span in sorted(self.actor_at.items()) if i < token.i]
        return [before[-1].code] if before else []

    def _modifiers(self, token: Token) -> list[Token]:
        """Left modifiers of a noun, nearest first, through compound chains; not those
        of a mediating participle ('a US-brokered deal' is no American deal)."""
        found: list[Token] = []
        frontier = [token]
        while frontier:
            head = frontier.pop()
            for child in head.lefts:
                if child.dep_ in _MODIFIER_DEPS:
                    found.append(child)
                    if child.lemma_.lower() not in _MEDIATING:
                        frontier.append(child)
        return sorted(found, key=lambda t: -t.i)

    def _pronoun_states(self, token: Token, clause_agents: list[str] | None) -> list[str]:
        if token.lower_ in ("its", "their", "our", "itself") and clause_agents:
            return list(clause_agents)
        antecedent = _plural_antecedent(token)
        if antecedent is not None:  # "the companies' assets ... bar their executives"
            return self.states_of(antecedent, conjuncts=False, depth=2)
        if _they_of_relations(token):
            # "Mexico broke off relations with Ecuador. [...] They had last cut ties in
            # 1980": the states of the act told last, not one salient state
            pair = self.context.plural_referent(self.index)
            if pair:
                return pair
        if self._continues_opening_it(token):
            # "Taiwan's foreign ministry reacted angrily. It said it had ...": a sentence
            # that opens on 'it' continues the subject of the sentence before
            subject = self.context.opening_subject(self.index - 1)
            if subject:
                return [subject]
        salient = self.context.salient_actor(self.index)
        return [salient] if salient else []

    def _continues_opening_it(self, token: Token) -> bool:
        """'It' that opens the sentence, or a later 'it' with no state named before it
        ('It said it had terminated ...')."""
        opening = token.doc[0]
        if opening.lower_ != "it" or opening.dep_ != "nsubj" or token.lower_ != "it":
            return False
        return not any(i < token.i for i in self.actor_at)

    def _described_states(self, token: Token, exclude: tuple[str, ...]) -> list[str]:
        """'the country', 'the two countries', 'both sides', 'these countries'."""
        size: int | None = 1 if token.tag_ in ("NN", "NNP") else None
        if size is None and _unnumbered_group(token):
            return []  # "all EU member states", "several countries": not the ones named
        for child in token.lefts:
            if child.lower_ in PLURAL_REFERENCES:
                size = PLURAL_REFERENCES[child.lower_]
            elif child.like_num and child.lower_.isdigit():
                size = int(child.lower_)
        if not _definite(token):
            return []  # "from two dozen countries", "a country": no particular ones
        if size == 1:
            found = self.context.counterpart(
                self.index,
                exclude,
                before=token.idx,
                fits=partial(head_fits, token.lemma_),
                as_subject=token.dep_ in ("nsubj", "nsubjpass"),
            )
            return [found] if found else []
        named = self._parties_named_before(token)
        members = _region_members(token)
        found = self.context.group(self.index, size, named, members)
        if size is None and not found:  # "the neighbours restored ties": the pair told last
            return self.context.group(self.index, 2, named, members)
        return found

    def _parties_named_before(self, token: Token) -> tuple[str, ...]:
        """States this sentence names ahead of ``token`` as a phrase of their own (not a
        modifier: 'a China-brokered agreement'), newest first."""
        heads = [
            t
            for t in token.doc[: token.i]
            if t.i in self.actor_at and t.head.i not in self.actor_at
        ]
        return tuple(
            dict.fromkeys(
                self.actor_at[t.i].code
                for t in reversed(heads)
                if t.dep_ != "npadvmod" and t.head.pos_ != "VERB" or t.dep_.startswith("nsubj")
            )
        )


# People who act for a state, whom 'the two' or 'both' make the two parties.
_OFFICIALS = GOVERNMENT_NOUNS | {"leader", "delegation", "head"}


def _pair_of_officials(token: Token) -> bool:
    """'the two foreign ministers', 'both presidents': one official of each party."""
    return (
        token.tag_ == "NNS"
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.lemma_.lower() in _OFFICIALS
        and _definite(token)
        and any(c.lower_ in ("two", "both") for c in token.children)
    )


# Objects of acts that two states do together: "they cut ties", "they opened embassies".
_RELATION_NOUNS = frozenset(
    {"ties", "relations", "embassies", "missions", "consulates", "ambassadors", "envoys"}
)


def _plural_antecedent(pronoun: Token) -> Token | None:
    """'their' after a plural possessor in its sentence ('froze the companies' assets and
    barred their executives'): that noun, not the state the article is about."""
    if pronoun.lower_ != "their":
        return None
    for word in reversed(pronoun.doc[: pronoun.i]):
        if word.tag_ == "NNS" and word.dep_ == "poss":
            return word
    return None


def _they_of_relations(token: Token) -> bool:
    """'they' as the subject of an act on relations or on missions of both ('they cut
    ties', 'they restored diplomatic relations', 'they opened embassies'): two or more
    states acting together."""
    verb = token.head
    return (
        token.lower_ == "they"
        and token.dep_ == "nsubj"
        and any(c.dep_ == "dobj" and c.lower_ in _RELATION_NOUNS for c in verb.children)
    )


_SOME = frozenset({"all", "several", "some", "many", "most", "other", "few", "various"})


def _named_in_apposition(token: Token, actor_at: dict[int, ActorSpan]) -> Token | None:
    """The state a descriptive noun names right after it: 'its neighbour Morocco', 'its
    former ally Qatar', 'the Gulf state Qatar'.  The noun's own owner ('its') is the other
    party, so the name decides."""
    if token.lower_ not in _STATE_WORDS and token.lemma_.lower() not in _DESCRIPTIVE_NOUNS:
        return None
    for child in token.rights:
        if child.dep_ == "appos" and child.i in actor_at and child.i == token.i + 1:
            return child
    return None


# Nouns of a state's relation to another: whoever owns one ('its allies') is the other party.
_RELATIONAL_NOUNS = frozenset(
    {"ally", "partner", "rival", "foe", "adversary", "enemy", "neighbour", "neighbor"}
)


def owned_relation(token: Token) -> bool:
    """'its neighbours', 'Ukraine's allies', 'their Western partners': a relational noun
    with an owner and no name beside it stands for states the sentence leaves unnamed."""
    return (
        token.lemma_.lower() in _RELATIONAL_NOUNS
        and any(c.dep_ == "poss" for c in token.children)
        and not any(c.dep_ == "appos" for c in token.children)  # "Russia's ally, Belarus,"
    )


def _unnumbered_group(token: Token) -> bool:
    """A plural of states given by a quantity word or as members of a body, with no
    number: 'all EU member states', 'several other countries', 'most Arab states'."""
    lefts = list(token.lefts)
    if any(c.like_num for c in lefts):
        return False  # "all three countries" are the three named
    return any(c.lower_ in _SOME or c.lower_ == "member" for c in lefts)


def _region_members(group: Token) -> frozenset[str] | None:
    """The states a group's regional modifier admits: 'the two Gulf states' are two of
    the Gulf's, not a partner named beside them; None with no such modifier."""
    modifiers = [c.lower_ for c in group.lefts if c.dep_ in ("compound", "amod")]
    return described_members(" ".join(modifiers)) if modifiers else None


def _definite(noun: Token) -> bool:
    """'the countries', 'these states', 'their governments': particular ones, named before."""
    return any(
        c.lower_ in ("the", "these", "those", "both", "all", "their", "its")
        for c in noun.children
        if c.dep_ in ("det", "predet", "poss", "amod", "nummod")
    )
