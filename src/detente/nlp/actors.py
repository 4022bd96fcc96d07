"""Actor mentions: the states and organisations a text names, including the
heads of state, heads of government and foreign ministers who act for a state
("Lukashenko ordered ...": Belarus).

The gazetteer is data (``detente/data/gazetteer/*.tsv``, whose headers state
the matching and ambiguity rules).  It is loaded once and every surface form is
compiled into one trie-shaped regular expression, so a sentence is scanned in a
single left-to-right pass: this runs on every sentence of a news stream as a
cheap pre-filter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from detente.errors import InputError
from detente.nlp.person_names import is_person_name

KINDS = ("name", "demonym", "capital", "seat", "organisation", "leader")

# Column of states.tsv -> kind of the forms listed in it.
_STATE_COLUMNS = {"names": "name", "demonyms": "demonym", "capitals": "capital", "seats": "seat"}
_AMBIGUOUS_MARK = "?"
_SHOUTED_MARK = "^"
_APOSTROPHES = ("'", "\u2019")
_MIN_SHOUTED_LENGTH = 4


@dataclass(frozen=True)
class ActorSpan:
    """One mention of an actor in a text."""

    start: int  # char offset in the text given
    end: int
    text: str  # the matched text
    code: str  # ISO3 or organisation code, e.g. "BLR", "EU"
    kind: str  # one of KINDS


@dataclass(frozen=True)
class _Form:
    """What one surface form stands for; ``code`` is None for a not-actor phrase."""

    code: str | None
    kind: str
    ambiguous: bool = False
    shouted_guard: bool = False


@dataclass(frozen=True)
class _Gazetteer:
    forms: dict[str, _Form]  # every spelling variant, case-sensitive
    display: dict[str, str]  # code -> display name
    organisations: frozenset[str]
    lookup: dict[str, str]  # folded user input -> code


def find_actors(text: str) -> list[ActorSpan]:
    """Non-overlapping, longest-match, left-to-right actor mentions in text.

    Offsets index ``text`` as given; a possessive ("France's") is left out of
    the span.  Accented forms are matched in composed (NFC) spelling only.
    """
    gazetteer = _gazetteer()
    spans = []
    # a name wrapped over two lines ("the People's\nRepublic of China"); same offsets
    text = text.replace("\n", " ")
    for match in _pattern().finditer(text):
        form = gazetteer.forms[match.group()]
        if form.code is None or (form.shouted_guard and _shouted(text, match.start())):
            continue
        if form.code in gazetteer.organisations and _MEMBERS.match(text, match.end()):
            continue  # "EU countries", "NATO allies": some members, not the body (GUIDELINES)
        if is_person_name(text, match.start(), match.end(), _is_actor_form):
            continue  # "Michael Jordan", "Chad Smith": a person, not the state
        if form.kind == "seat" and form.ambiguous and _owned_by_previous(text, spans, match):
            continue  # "Pakistan Foreign Office", "the German Treasury": not London's
        spans.append(ActorSpan(match.start(), match.end(), match.group(), form.code, form.kind))
    return spans


def _owned_by_previous(text: str, spans: list[ActorSpan], match: re.Match) -> bool:
    """Whether the actor just before a generic seat name owns it ("India's Foreign Office")."""
    return bool(spans) and bool(_OWNER_GAP.fullmatch(text, spans[-1].end, match.start()))


_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+")


def _is_actor_form(word: str) -> bool:
    """A state's or organisation's form; a leader's surname is a person's ("Georgia Meloni")."""
    form = _gazetteer().forms.get(word)
    return form is not None and form.code is not None and form.kind != "leader"


def is_ambiguous(span: ActorSpan) -> bool:
    """Whether the span's form is also common as a person's name or another place.

    "Jordan", "Chad", "Georgia", "Kingston" are such forms; callers may weigh
    them lower than an unambiguous mention.
    """
    form = _gazetteer().forms.get(span.text)
    return form is not None and form.ambiguous


def fuller_namesakes(span: ActorSpan) -> frozenset[str]:
    """For an ambiguous short name, the other states a longer name of which holds it as a
    word: bare "Congo" -> {"COD"} ("DR Congo"), bare "Korea" -> {"PRK"} ("North Korea")."""
    if not is_ambiguous(span):
        return frozenset()
    word = re.compile(rf"\b{re.escape(span.text)}\b")
    return frozenset(
        form.code
        for text, form in _gazetteer().forms.items()
        if form.code not in (None, span.code)
        and form.kind in ("name", "demonym")
        and text != span.text
        and word.search(text)
    )


def resolve_actor(name_or_code: str) -> str | None:
    """User input -> code, case-insensitive; None if unknown.

    'belarus', 'Belarus', 'BLR', 'blr', 'Belarusian', 'minsk' -> 'BLR'; 'eu' -> 'EU'.
    Accents, a leading "the" and the kind of apostrophe do not matter.
    """
    lookup = _gazetteer().lookup
    key = _fold(name_or_code)
    if key not in lookup and key.startswith("the "):
        key = key[4:]  # "the Kremlin"; "The Hague" is found whole above
    return lookup.get(key)


def user_forms() -> dict[str, str]:
    """Every form :func:`resolve_actor` knows, folded (lower case, no accents) -> code."""
    return dict(_gazetteer().lookup)


def actor_name(code: str) -> str:
    """Display name for a code: 'BLR' -> 'Belarus', 'EU' -> 'European Union'.

    A code the gazetteer does not know is returned as given, so a page or a
    report can always show something for a stored code.
    """
    return _gazetteer().display.get(code, code)


def all_actor_codes() -> list[str]:
    """Every state and organisation code in the gazetteer, sorted."""
    return sorted(_gazetteer().display)


def is_organisation(code: str) -> bool:
    """Whether ``code`` is an international organisation (EU, UN, NATO, ...), not a state."""
    return code in _gazetteer().organisations


_MEMBERS = re.compile(
    r"(?:[-\s]+member)?\s+(?:countries|states|nations|allies)\b",
    re.IGNORECASE,
)


def _shouted(text: str, start: int) -> bool:
    """Whether the word before ``start`` is in capitals and no actor: 'LET US KNOW'."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if previous is None:
        return False
    word = previous.group(1)
    return len(word) > 1 and word.isupper() and word not in _gazetteer().forms


_PREVIOUS_WORD = re.compile(r"(\w+)\W*\Z")


# --- loading the data files -------------------------------------------------


@cache
def _gazetteer() -> _Gazetteer:
    forms: dict[str, _Form] = {}
    display: dict[str, str] = {}
    for where, row in _rows("states.tsv", ("code", "display", *_STATE_COLUMNS)):
        display[row["code"]] = row["display"]
        for column, kind in _STATE_COLUMNS.items():
            _add_cell(forms, where, row["code"], kind, row[column])
    organisations = set()
    for where, row in _rows("organisations.tsv", ("code", "display", "names")):
        display[row["code"]] = row["display"]
        organisations.add(row["code"])
        _add_cell(forms, where, row["code"], "organisation", row["names"])
    for where, row in _rows("leaders.tsv", ("code", "person", "forms", "role")):
        if row["code"] not in display:
            raise InputError(where, f"unknown state code {row['code']!r}")
        _add_cell(forms, where, row["code"], "leader", row["forms"])
    for where, row in _rows("not_actors.tsv", ("phrase", "why")):
        _add_form(forms, where, row["phrase"], _Form(None, ""))
    return _Gazetteer(forms, display, frozenset(organisations), _lookup(forms, display))


def _rows(file_name: str, columns: tuple[str, ...]):
    """(where, row) for each data row of a gazetteer TSV file, checked against ``columns``."""
    resource = files("detente") / "data" / "gazetteer" / file_name
    lines = resource.read_text(encoding="utf-8").splitlines()
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{file_name}:{number}"
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != len(columns):
            raise InputError(
                where, f"expected {len(columns)} tab-separated columns, found {len(cells)}"
            )
        if not header_seen:
            if tuple(cells) != columns:
                raise InputError(where, f"header must be {' | '.join(columns)}")
            header_seen = True
            continue
        yield where, dict(zip(columns, cells, strict=True))


def _add_cell(forms: dict[str, _Form], where: str, code: str, kind: str, cell: str) -> None:
    for written in filter(None, (variant.strip() for variant in cell.split("|"))):
        surface = written.lstrip(_AMBIGUOUS_MARK + _SHOUTED_MARK)
        form = _Form(
            code,
            kind,
            ambiguous=written.startswith(_AMBIGUOUS_MARK),
            shouted_guard=written.startswith(_SHOUTED_MARK),
        )
        _add_form(forms, where, surface, form)


def _add_form(forms: dict[str, _Form], where: str, surface: str, form: _Form) -> None:
    if not surface or not surface[0].isalnum():
        raise InputError(where, f"form {surface!r} must start with a letter or digit")
    # The form as written first, so that a clash is reported in the data's own spelling.
    for variant in sorted(_spellings(surface, form.kind), key=lambda v: (v != surface, v)):
        known = forms.get(variant)
        if known is not None and known.code != form.code:
            raise InputError(where, f"{variant!r} is already {known.code or 'a not-actor phrase'}")
        # The first listing wins, so a name also listed as a demonym keeps kind "name".
        forms.setdefault(variant, form)


def _spellings(surface: str, kind: str) -> set[str]:
    """The written form, its unaccented spelling, both apostrophes, demonym plurals, capitals."""
    spellings = {surface, _strip_accents(surface)}
    if kind == "demonym" and (surface.endswith("an") or surface.endswith("i")):
        spellings |= {spelling + "s" for spelling in spellings}
    if len(surface) >= _MIN_SHOUTED_LENGTH and not surface.isupper() and kind != "capital":
        # Headlines in capitals ("BELARUS EXPELS FRENCH ENVOY").  Short forms in
        # capitals are too often acronyms; a capital city in capitals is
        # nearly always a dateline ("MOSCOW, July 30 -"), where news was filed.
        spellings |= {spelling.upper() for spelling in spellings}
    return {
        spelling.replace("'", apostrophe) for spelling in spellings for apostrophe in _APOSTROPHES
    }


def _lookup(forms: dict[str, _Form], display: dict[str, str]) -> dict[str, str]:
    """Folded code, display name and every form -> code, for user input."""
    lookup = {_fold(code): code for code in display}
    for code, name in display.items():
        lookup.setdefault(_fold(name), code)
    for surface, form in forms.items():
        if form.code is not None and form.kind != "leader":  # a person is not a place
            lookup.setdefault(_fold(surface), form.code)
    return lookup


def _fold(text: str) -> str:
    return _strip_accents(text.strip()).replace("\u2019", "'").casefold()


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# --- compiling the matcher --------------------------------------------------


@cache
def _pattern() -> re.Pattern[str]:
    """One regular expression for all forms, shaped as a trie so each position is cheap.

    Longer continuations are tried before a form may end, so the first match at
    a position is the longest; a form ending in a letter or digit must end on a
    word boundary, one ending in punctuation ("U.S.") need not.
    """
    trie: dict = {}
    for surface in _gazetteer().forms:
        node = trie
        for char in surface:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(r"(?<!\w)" + _trie_pattern(trie, previous=""))


def _trie_pattern(node: dict, previous: str) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child, char) for char, child in sorted(node.items()) if char
    ]
    if "" in node:
        branches.append(r"(?!\w)" if previous.isalnum() or previous == "_" else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
