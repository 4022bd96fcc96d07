"""What the article has said so far: who is salient, which diplomats belong to whom.

Sentences often leave an actor to the reader: "it expelled", "the ministry
said", "withdrew its envoy to the country", "the two countries".  The context
answers those from earlier sentences, using only the cheap actor matches (no
parse), so it is built for every sentence of the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from detente.nlp.actors import ActorSpan, find_actors, is_organisation
from detente.nlp.article_actors import settle
from detente.nlp.descriptors import descriptor_spans
from detente.nlp.diplomat_titles import DIPLOMAT as _DIPLOMAT
from detente.nlp.organisation_descriptors import organisation_spans
from detente.nlp.segment import Sentence

# "Abdullah al-Anazi": a lower-case particle may be joined to the next name by a hyphen
_NAME = r"(?:[A-Z][\w'’.-]+(?:\s+(?:de|van|von|der|al|el|bin|da|del|la|le)\b-?)?\s*){2,4}"
# "France's ambassador", "the French envoy, Nicolas de Lacoste", "Rwandan ambassador Vincent Karega"
_OWNER_BEFORE = re.compile(
    rf"\A(?:['’]s?)?\s+(?:(?:new|top|former|acting|then|current|outgoing|incoming|interim|"
    rf"first|resident|non-resident)\s+){{0,2}}"
    rf"(?P<noun>{_DIPLOMAT})\b(?:\s*,)?(?:\s+(?:to|in)\s+[\w .'-]+?,)?\s*(?P<name>{_NAME})?"
)
# "Saudi Arabia's new ambassador to Iran", "the Kenyan envoy-designate in Tokyo": the post
_POST_BEFORE_HOST = re.compile(
    rf"\A(?:['’]s?)?\s+(?:(?:new|incoming|next|acting|interim)\s+)?{_DIPLOMAT}"
    rf"(?:[- ]designate)?\s+(?:to|in)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# "Türkiye's embassy", "the French embassy"
_MISSION_AFTER = re.compile(
    r"\A(?:['’]s?)?\s+(?P<kind>embassy|consulate|diplomatic mission)\b", re.IGNORECASE
)
# "Türkiye's embassy in Damascus", "the French embassy, located near X Square in Minsk"
_MISSION_TO_HOST = (
    r"(?:['’]s?)?\s+(?:embassy|consulate|diplomatic mission)\b[^.;]{0,60}?"
    r"\b(?:in|to)\s+(?:the\s+)?"
)
# A sentence whose subject refers back: "It said ...", "The country has ...".
_OPENS_ON_REFERENCE = re.compile(
    r"\s*(?:It|Its|They|The (?:country|government|nation|state|kingdom|island))\b"
)
# "the ambassador of Mauritania", "Ambassador of Mauritania to Ghana, Mohamed Khattra"
_OWNER_AFTER = re.compile(rf"(?P<noun>{_DIPLOMAT})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
# "Vincent Karega, Rwanda's ambassador"
# "Ana Ruiz, the Peruvian ambassador", "Ruiz is Peru's first resident ambassador"
_NAME_BEFORE_OWNER = re.compile(
    rf"(?P<name>{_NAME})(?:,\s+|\s+(?:is|was|became|becomes)\s+)(?:the\s+)?\Z"
)
# "the credentials of John Doe as Ambassador of Peru", "John Doe, the new Ambassador of
# Peru": the name the title is given
_NAME_AS_TITLE = re.compile(rf"(?P<name>{_NAME})(?:\s+as|,)\s+(?:the\s+)?(?:new\s+)?\Z")
# "Ambassador of Peru to Chile": the post after the owner a title 'of' names
_HOST_AFTER_OWNER = re.compile(r"\A\s+to\s+(?:the\s+)?\Z")


@dataclass
class ArticleContext:
    """Actors of every sentence, and what earlier sentences make salient."""

    sentences: list[Sentence]
    actors: list[list[ActorSpan]]  # per sentence, offsets relative to the sentence
    diplomat_states: dict[str, str] = field(default_factory=dict)  # person name -> state
    diplomat_owners: list[tuple[int, str]] = field(default_factory=list)  # (sentence, state)
    # (sentence, state, kind of mission)
    mission_owners: list[tuple[int, str, str]] = field(default_factory=list)
    mission_hosts: list[tuple[int, str]] = field(default_factory=list)  # (sentence, state)
    # Envoys' posts named so far (sentence, sending state, host): "appointed him" later
    # gives the post of the envoy the article has just named.
    diplomat_posts: list[tuple[int, str, str]] = field(default_factory=list)
    # Dyads already extracted, in order: a later mention that leaves a role implicit
    # ("the withdrawal of Belarus' ambassador") most likely continues one of them.
    extracted: list[tuple[str, str, str]] = field(default_factory=list)
    # The same dyads by sentence (sentence, source, target): 'the two countries' most
    # likely means the pair of the act told last, not bystanders named since.
    pairs_told: list[tuple[int, str, str]] = field(default_factory=list)
    # The state of the dateline's place ("TALLINN, May 8 -"): whose ministry a press
    # release means when it names no state of its own ("The Ministry summoned ...").
    filed_in: str | None = None

    @classmethod
    def build(cls, sentences: list[Sentence], filed_in: str | None = None) -> ArticleContext:
        context = cls(sentences, [], filed_in=filed_in)
        named = settle([find_actors(sentence.text) for sentence in sentences])
        introduced: list[tuple[frozenset[str], str]] = []  # "the island nation of Nauru"
        for sentence, spans in zip(sentences, named, strict=True):
            # descriptors resolve against what came before
            spans += descriptor_spans(
                sentence.text,
                spans,
                lambda i=sentence.index: context.states_before(i),
                introduced,
            )
            spans += organisation_spans(
                sentence.text, spans, lambda i=sentence.index: context.actors_before(i)
            )
            context.actors.append(sorted(spans, key=lambda span: span.start))
        for sentence, spans in zip(sentences, context.actors, strict=True):
            context._register_diplomats(sentence, spans)
        return context

    def states_before(self, index: int, venues: bool = True) -> list[str]:
        """Distinct states (not organisations) mentioned before sentence ``index``, newest
        first; ``venues=False`` leaves out places where something happened ('a summit in
        Accra')."""
        seen: list[str] = []
        for sentence, spans in zip(
            reversed(self.sentences[:index]), reversed(self.actors[:index]), strict=True
        ):
            for span in reversed(spans):
                if is_organisation(span.code) or span.code in seen:
                    continue
                if venues or not is_venue(sentence.text, span):
                    seen.append(span.code)
        return seen

    def _parties_before(self, index: int) -> list[str]:
        """States before sentence ``index``, newest first, but those named only as the
        scene of something ('remarks about the war in Yemen') after the others: a
        scene is no party the sentences are about."""
        scenes: set[str] = set()
        parties: set[str] = set()
        for sentence, spans in zip(self.sentences[:index], self.actors[:index], strict=True):
            for span in spans:
                is_scene = bool(_SCENE.search(sentence.text[: span.start]))
                (scenes if is_scene else parties).add(span.code)
        found = self.states_before(index)
        only_scenes = scenes - parties
        return [c for c in found if c not in only_scenes] + [c for c in found if c in only_scenes]

    def _topics_before(self, index: int) -> list[str]:
        """States before sentence ``index``, the newest sentence first and, within a
        sentence, in the order named (its subject usually first).  A sentence opening
        on a reference ('It switched recognition to Beijing') continues the topic of the
        one before, so its states come after that one's."""
        seen: list[str] = []
        carried: list[str] = []
        for sentence, spans in zip(
            reversed(self.sentences[:index]), reversed(self.actors[:index]), strict=True
        ):
            named = [span.code for span in spans if not is_organisation(span.code)]
            if _OPENS_ON_REFERENCE.match(sentence.text):
                carried = named + carried
                continue
            seen += [code for code in named + carried if code not in seen]
            carried = []
        return seen + [code for code in carried if code not in seen]

    def actors_before(self, index: int) -> list[str]:
        """Distinct actors (states and organisations) before sentence ``index``, newest first."""
        seen: list[str] = []
        for spans in reversed(self.actors[:index]):
            for span in reversed(spans):
                if span.code not in seen:
                    seen.append(span.code)
        return seen

    def opening_subject(self, index: int) -> str | None:
        """The state a sentence opens on ('Taiwan's foreign ministry reacted', 'The
        Kuwaiti government said'), if it opens on one within its first two words."""
        if index < 0 or not self.actors[index]:
            return None
        first = self.actors[index][0]
        opening = self.sentences[index].text[: first.start].split()
        if len(opening) > 2 or is_organisation(first.code):
            return None
        return first.code

    def salient_actor(
        self, index: int, exclude: tuple[str, ...] = (), organisations: bool = False
    ) -> str | None:
        """The actor a bare 'it', 'the ministry' or 'the government' most likely means.

        Salience is how often an actor was named before sentence ``index``, recent
        sentences weighing more, and the first actor of a sentence (usually its
        subject) counting extra.  An article that names no other actor before it
        means the state it was filed in (a ministry's press release).
        """
        scores: dict[str, float] = {}
        others = False
        for distance, spans in enumerate(reversed(self.actors[:index]), start=1):
            weight = 1.0 / distance
            sentence = self.sentences[index - distance].text
            for position, span in enumerate(spans):
                others = others or span.code not in exclude
                if span.code in exclude or (is_organisation(span.code) and not organisations):
                    continue
                if is_venue(sentence, span):
                    continue
                bonus = 1.5 if position == 0 else 1.0
                scores[span.code] = scores.get(span.code, 0.0) + weight * bonus
        if not others and self.filed_in not in (None, *exclude):
            return self.filed_in
        return max(scores, key=scores.__getitem__) if scores else None

    def remembered(
        self, event_type: str, source: str | None = None, target: str | None = None
    ) -> list[tuple[str, str]]:
        """Dyads of earlier mentions of this type matching the known role, newest first."""
        return [
            (s, t)
            for kind, s, t in reversed(self.extracted)
            if kind == event_type and source in (None, s) and target in (None, t)
        ]

    def relations_partner(self, kinds: frozenset[str], party: str) -> str | None:
        """The other side of the relations last told with ``party`` as one side: 'X
        established relations with China in 1985, but China suspended ties in 1989' cuts
        the ties just told, with X, whoever is named after."""
        for kind, source, target in reversed(self.extracted):
            if kind in kinds and party in (source, target) and source != target:
                return target if source == party else source
        return None

    def relations_told(self, kinds: frozenset[str]) -> tuple[str, str] | None:
        """The two sides of the relations told last: what bare 'relations' that a passive
        says were restored or cut are."""
        for kind, source, target in reversed(self.extracted):
            if kind in kinds and source != target:
                return source, target
        return None

    def counterpart(
        self,
        index: int,
        exclude: tuple[str, ...],
        before: int | None = None,
        fits: Callable[[str], bool] = lambda code: True,
        as_subject: bool = False,
    ) -> str | None:
        """The most recently mentioned state other than ``exclude`` ('the country');
        ``before``: only what this sentence names ahead of that offset counts (a
        description refers back: 'It said the country had recalled its envoy from Mexico');
        ``fits``: which states the description can mean ('the kingdom': a monarchy);
        ``as_subject``: the description is a subject, which continues the topic, so an
        earlier sentence's first-named state comes before its later ones ('South Korea
        named X ambassador to the US. The government also named ...': South Korea)."""
        own = [
            span.code
            for span in reversed(self.actors[index])
            if (before is None or span.end <= before) and not is_organisation(span.code)
        ]
        earlier = self._topics_before(index) if as_subject else self._parties_before(index)
        for code in dict.fromkeys(own + earlier):
            if code not in exclude and fits(code):
                return code
        return None

    def group(
        self,
        index: int,
        size: int | None,
        named_here: tuple[str, ...] = (),
        members: frozenset[str] | None = None,
    ) -> list[str]:
        """The latest coordinated list of actors ('Mali, Burkina Faso and Guinea'),
        this sentence included ('recalled its diplomats from A, B and C and demanded
        that these countries ...'); else the latest ``size`` parties, counting first
        those this sentence names as parties before the description, newest first
        ('Paraguay reopened its embassy in Venezuela, five years after the two
        countries broke off relations').  ``members``: the states a description can
        take in ('the two Gulf states' are two of SAU, KWT, ...: not Lebanon)."""

        def fit(codes: list[str]) -> bool:
            return members is None or set(codes) <= members

        for i in range(min(index, len(self.sentences) - 1), -1, -1):
            for group in reversed(_coordinated_groups(self.sentences[i].text, self.actors[i])):
                if (size is None or len(group) == size) and fit(group):
                    return group
            if size == 2 and i < index:
                told = self._pair_told_in(i)
                if told and fit(told):
                    return told
        if size:
            own = [code for code in named_here if not is_organisation(code)]
            recent = [c for c in dict.fromkeys(own + self.parties_before(index)) if fit([c])]
            return recent[:size] if len(recent) >= size else []
        return []

    def plural_referent(self, index: int, reach: int = 3) -> list[str]:
        """What 'they' most likely means in sentence ``index``: the latest coordinated
        list of states ('Mali and Algeria') or pair of an act told ('Mexico broke off
        relations with Ecuador') in the last ``reach`` sentences; nothing when a list
        acted on a third state ('Bahrain and the UAE restored relations with Qatar':
        'they' is the list, but the act on Qatar is not between its members)."""
        for i in range(index, max(-1, index - reach - 1), -1):
            groups = _coordinated_groups(self.sentences[i].text, self.actors[i])
            group = next((g for g in reversed(groups) if not any(map(is_organisation, g))), [])
            told = self._pair_told_in(i) if i < index else []
            if group and told and not set(told) <= set(group):
                return []
            if group or told:
                return group or told
        return []

    def _pair_told_in(self, index: int) -> list[str]:
        """The two states of the last act told in sentence ``index``, if any."""
        for sentence, source, target in reversed(self.pairs_told):
            if (
                sentence == index
                and source != target
                and not any(map(is_organisation, (source, target)))
            ):
                return [source, target]
        return []

    def parties_before(self, index: int) -> list[str]:
        """States that could be parties, newest first: named as states, or by a
        nationality word on a state's agent ('Russian diplomats'), never by one on
        anybody else ('a French journalist')."""
        seen: list[str] = []
        for sentence, spans in zip(
            reversed(self.sentences[:index]), reversed(self.actors[:index]), strict=True
        ):
            for span in reversed(spans):
                if is_organisation(span.code) or span.code in seen or is_venue(sentence.text, span):
                    continue
                if stands_for_state(sentence.text, span):
                    seen.append(span.code)
        return seen

    def diplomat_state(self, name: str) -> str | None:
        """The sending state of a diplomat named earlier ('ambassador Vincent Karega')."""
        for known, state in self.diplomat_states.items():
            if known == name or known.endswith(" " + name) or name.endswith(" " + known):
                return state
        return None

    def latest_diplomat_owner(self, index: int) -> str | None:
        return _latest(self.diplomat_owners, index)

    def latest_mission_host(self, index: int) -> str | None:
        """Where 'the embassy' is: the host the article has named most often so far."""
        hosts = [state for sentence_index, state in self.mission_hosts if sentence_index <= index]
        return max(reversed(hosts), key=hosts.count) if hosts else None

    def latest_mission_owner(self, index: int, kind: str = "embassy") -> str | None:
        """Whose is 'the embassy': the owner of that kind of mission the article has
        named most often so far."""
        owners = [
            state
            for sentence_index, state, named in self.mission_owners
            if sentence_index <= index and named == kind
        ]
        return max(reversed(owners), key=owners.count) if owners else None

    def _register_diplomats(self, sentence: Sentence, spans: list[ActorSpan]) -> None:
        text = sentence.text
        for span in spans:
            mission = _MISSION_AFTER.match(text[span.end :])
            if mission and not is_organisation(span.code):
                kind = mission.group("kind").lower().split()[-1]
                self.mission_owners.append((sentence.index, span.code, kind))
                host = next(
                    (
                        h
                        for h in spans
                        if h.start > span.end
                        and re.fullmatch(_MISSION_TO_HOST, text[span.end : h.start])
                    ),
                    None,
                )
                if host is not None:
                    self.mission_hosts.append((sentence.index, host.code))
            self._note_post(sentence.index, text, span, spans)
            after = _OWNER_BEFORE.match(text[span.end :])
            if after:
                self._note(sentence.index, span.code, after.group("name"))
                before = _NAME_BEFORE_OWNER.search(text[: span.start])
                if before:
                    self._note(sentence.index, span.code, before.group("name"))
            of_owner = _OWNER_AFTER.search(text[: span.start])
            if of_owner:
                tail = re.match(rf"\A[^,]*,\s*(?P<name>{_NAME})", text[span.end :])
                given = _NAME_AS_TITLE.search(text[: of_owner.start()])
                name = tail or given
                self._note(sentence.index, span.code, name.group("name") if name else None)

    def _note_post(
        self, sentence_index: int, text: str, owner: ActorSpan, spans: list[ActorSpan]
    ) -> None:
        if is_organisation(owner.code):
            return
        titled = _OWNER_AFTER.search(text[: owner.start]) is not None  # "Ambassador of Peru"
        for host in spans:
            if host.start <= owner.end or host.code == owner.code:
                continue
            between = text[owner.end : host.start]
            if _POST_BEFORE_HOST.match(between) or (titled and _HOST_AFTER_OWNER.match(between)):
                self.diplomat_posts.append((sentence_index, owner.code, host.code))
                return

    def latest_post(self, index: int, senders: list[str]) -> tuple[str, str] | None:
        """The envoy's post (sender, host) named last up to sentence ``index``, of one of
        ``senders`` when any are given."""
        for sentence_index, sender, host in reversed(self.diplomat_posts):
            if sentence_index <= index and (not senders or sender in senders):
                return sender, host
        return None

    def _note(self, sentence_index: int, state: str, name: str | None) -> None:
        if is_organisation(state):
            return
        self.diplomat_owners.append((sentence_index, state))
        if name:
            self.diplomat_states[name.strip().rstrip(".,")] = state


# What a nationality word modifies when it stands for its state.
_STATE_AGENT = re.compile(
    r"\A\s+(?:[a-z]+\s+)?(?:government|authorities|officials?|ministry|minister|president|"
    r"leader|side|diplomats?|ambassador|envoy|embassy|consulate|mission|delegation|"
    r"counterparts?|state|regime|administration|foreign|prime|spokes)",
)


def stands_for_state(sentence: str, span: ActorSpan) -> bool:
    """A state's name, or a nationality word on a state's agent ('Russian diplomats'),
    not on anybody else ('a French journalist', 'a Qatari newspaper')."""
    return span.kind != "demonym" or bool(_STATE_AGENT.match(sentence[span.end :]))


_VENUE = re.compile(r"(?:\b(?:in|at|near|from|visit(?:ed|ing)? to)\s+(?:the\s+)?|\bcapital,?\s+)\Z")


# A state named as where something happens: 'the war in Yemen', 'the crisis in Sudan'.
_SCENE = re.compile(
    r"\b(?:war|wars|conflict|crisis|fighting|violence|unrest|situation|coup|famine|"
    r"offensive|clashes|election|elections)\s+in\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


_MISSION_HOST = re.compile(
    r"\b(?:embass(?:y|ies)|consulates?(?:[- ]general)?|missions?|chancery)\s+(?:in|at)\s+\Z",
    re.IGNORECASE,
)


def is_venue(sentence: str, span: ActorSpan) -> bool:
    """A capital named as a place ('a summit in Accra', 'the Ghanaian capital'), not
    as a government."""
    if span.kind == "capital":
        before = sentence[: span.start]
        # "its embassy in Riyadh": the host of a mission is a party, not a venue
        return bool(_VENUE.search(before)) and not _MISSION_HOST.search(before)
    return span.kind == "demonym" and sentence[span.end : span.end + 9].strip().startswith(
        "capital"
    )


def _latest(owners: list[tuple[int, str]], index: int) -> str | None:
    for sentence_index, state in reversed(owners):
        if sentence_index <= index:
            return state
    return None


def _coordinated_groups(text: str, spans: list[ActorSpan]) -> list[list[str]]:
    """Runs of actors joined by commas and 'and'/'or' ("A, B and C")."""
    groups: list[list[str]] = []
    current: list[ActorSpan] = []
    for span in spans:
        if (
            current
            # "Britain and France", "French and British", not "in Madrid and the French minister"
            and (span.kind == "demonym") == (current[-1].kind == "demonym")
            and re.fullmatch(
                r"(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)(?:the\s+)?",
                text[current[-1].end : span.start],
            )
        ):
            current.append(span)
            continue
        if len(current) > 1:
            groups.append(_distinct(current))
        current = [span]
    if len(current) > 1:
        groups.append(_distinct(current))
    return [g for g in groups if len(g) > 1]


def _distinct(spans: list[ActorSpan]) -> list[str]:
    return list(dict.fromkeys(span.code for span in spans))
