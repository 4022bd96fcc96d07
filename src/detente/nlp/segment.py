"""Article body -> sentences with character offsets, boilerplate dropped.

News pages carry text that reports nothing: photo captions and credits,
embedded tweets, bylines and "About the writer" blocks, share prompts.  These
are dropped here so that no event is read from them.  Splitting is a cheap
rule-based pass (the parser only ever sees candidate sentences).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

# The longest sentence the parser is given. The steps after it look at every token for
# every trigger, so their cost grows with the square of a sentence's length; news
# sentences stay well under this (the gold sets' longest is about 600 characters).
MAX_SENTENCE_CHARS = 1000


@dataclass(frozen=True)
class Sentence:
    index: int  # position among the article's kept sentences
    start: int  # character offsets in the article text
    end: int
    text: str
    cut: bool = False  # a part of a sentence over MAX_SENTENCE_CHARS, cut at a clause or word


# A block from which everything after is author/outlet boilerplate.  A bare "Read more"
# is not one: pages put it under every teaser headline, ahead of the article too.
_TRAILER = re.compile(
    r"^\s*(?:About the (?:writer|author)|Related (?:Articles|Stories|Coverage)"
    r"|Recommended|Sign up for|Subscribe to|Copyright ©|©\s*\d{4}|More from)",
    re.IGNORECASE,
)
# Blocks that are not article prose.
_TWEET = re.compile(r"pic\.twitter\.com/|\(@\w{1,15}\)\s+\w+ \d{1,2}, \d{4}")  # embedded
_NOT_PROSE = (
    _TWEET,  # first: skipped where the whole text has none
    # A byline is a line of names only: "By Jane Doe and John Roe", "Reporting by Jane Doe".
    re.compile(
        r"^\s*(?:By|Written by|Reporting by|Editing by|Additional reporting by)\s+"
        r"(?!(?:January|February|March|April|May|June|July|August|September|October"
        r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
        r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*;\s*)[A-Z][\w.'’-]*){0,7}"
        r"\s*(?:\||–|-|,)?\s*(?:[A-Z][\w ]{0,30})?$"
    ),
    re.compile(r"^\s*(?:Update|Updated|Correction)\b.*?:\s*This (?:story|article)", re.IGNORECASE),
    re.compile(r"^\s*(?:Share|Tweet|Email|Read more:?)\s*$", re.IGNORECASE),
)
# A read-aloud player's note, in any case.
_VOICE_NOTES = ("voice is ai-generated", "inconsistencies may occur")
_VOICE_NOTE = re.compile("|".join(map(re.escape, _VOICE_NOTES)), re.IGNORECASE)
# A caption ends in a photo credit; only a block's last characters are searched for one
# (a pattern anchored at the end would be tried at every character of every block).
_PHOTO_CREDIT = re.compile(
    r"(?:via Getty Images|/AFP|/Reuters|/AP|/EPA|Photo:|Photograph:|Image:|"
    r"\(Photo by |Credit:|Getty Images|Shutterstock|/ Anadolu|/Sipa)\s*\.?\s*$",
    re.IGNORECASE,
)
_CREDIT_TAIL = 40

# "LONDON, Oct 18 (Reuters) -", "GENEVA, Switzerland, May 3 -", "MOSCOW (Sputnik - 02nd
# April, 2023)", "KYIV —", and in title case "Rabat -", "Beijing, May 6 (Xinhua) --",
# "Islamabad:": a dateline names where the story was filed, not an actor (a capital stands
# for its government).
_DATELINE = re.compile(
    # a syndication credit may come first: "(UrduPoint / WAM - 30th Sep, 2019) ABU DHABI, ..."
    r"\A\s*(?:\([^()]{1,120}\)\s*)?"
    r"(?P<place>[A-Z][A-Z.'’-]{2,}(?:[ /-]+[A-Z][A-Z.'’-]{2,})*"
    r"|[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2})"
    # the place's country or region before a date: "AL-ULA, Saudi Arabia, Jan 5 -"
    r"(?:\s*,\s*[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2}(?=\s*,\s*[A-Z][a-z]{2,}\.?\s+\d))?"
    r"(?:\s*,\s*(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?(?:,?\s+\d{4})?))?"
    r"\s*(?:\([^()]{1,80}\)\s*[-–—:]*|[-–—:]+)\s+(?=[A-Z\"“])"
)

# A liveblog entry's time stamp: "10:05 GMT -", "1405 GMT:", "[09.30] ", "3:42 p.m. ET -",
# "15:20 (local time) --".  Like a dateline it is no part of the entry's first sentence:
# left in, the parser makes "GMT" the subject and the entry's actor is lost.
_TIME_STAMP = re.compile(
    r"\A\s*\[?(?:\d{1,2}[:.]\d{2}|\d{4}(?=\s*(?:GMT|UTC)))(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|IST|local time)\)?)?\]?"
    r"\s*(?:[-–—:|]+\s+|(?<=\])\s*)(?=[A-Z\"“])"
)

_ABBREVIATIONS = (
    "a.i.",  # "the Chargé d'Affaires a.i. of Belarus" (ad interim)
    "U.S.",
    "U.K.",
    "U.N.",
    "E.U.",
    # honorifics of envoys and heads of state in protocol releases: "H.E. Mr. Ali Khan"
    "H.E.",
    "H.M.",
    "H.H.",
    "Amb.",
    "Hon.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "Gen.",
    "Lt.",
    "Col.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Prof.",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "No.",
    "Jr.",
    "Sr.",
    "Inc.",
    "Co.",
    "Corp.",
    "Ltd.",
    "vs.",
    "etc.",
    "p.m.",
    "a.m.",
    "D.C.",
    "Amb.",
    "approx.",
)
_SPACES = re.compile(r"\s*")
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")  # "J. Smith"
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]+)?(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def sentences(text: str) -> list[Sentence]:
    """The article's prose sentences, in order, with offsets into ``text``."""
    found: list[Sentence] = []
    for block_start, block in _prose_blocks(text):
        for sentence_start, sentence_end in _split_block(block):
            parts = list(_parts(block, sentence_start, sentence_end))
            for start, end in parts:
                found.append(
                    Sentence(
                        len(found),
                        block_start + start,
                        block_start + end,
                        block[start:end],
                        cut=len(parts) > 1,
                    )
                )
    return found


def filed_in(text: str) -> str | None:
    """The place a dateline at the head of the article names ("TALLINN, May 8 -",
    "Vilnius, 7 May 2024 -"), as written; None without one."""
    for _, block in islice(_prose_blocks(text), _DATELINE_BLOCKS):
        dateline = _dateline(block)
        if dateline:
            return dateline.group("place")
    return None


_DATELINE_BLOCKS = 3  # a headline and a standfirst may come before the dateline
_CLAUSE_BREAKS = ("; ", ", ", " ")


def _parts(block: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A sentence's span, or spans of at most MAX_SENTENCE_CHARS when it is longer, each
    cut after the last clause break (semicolon, comma, else space) in its second half."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = limit
        for mark in _CLAUSE_BREAKS:
            found = block.rfind(mark, start + MAX_SENTENCE_CHARS // 2, limit)
            if found >= 0:
                cut = found + 1  # keep the comma or semicolon with its clause
                break
        part_end = cut
        while part_end > start and block[part_end - 1].isspace():
            part_end -= 1
        yield start, part_end
        start = _SPACES.match(block, cut).end()
    if end > start:
        yield start, end


def _prose_blocks(text: str) -> Iterator[tuple[int, str]]:
    # A block is a stretch of the text: a note or tweet the whole text lacks, no block has.
    noted, tweets = _has_voice_note(text), _TWEET.search(text) is not None
    for start, block in _blocks(text):
        if _TRAILER.match(block):
            return
        if block.strip() and _is_prose(block, noted, tweets):
            yield start, block


def _is_prose(block: str, noted: bool = True, tweets: bool = True) -> bool:
    """Whether the block is article prose; ``noted``, ``tweets``: False where the text
    holding the block has no voice note, no embedded tweet."""
    if _ends_with_credit(block):
        return False
    if noted and _has_voice_note(block):
        return False
    rules = _NOT_PROSE if tweets else _NOT_PROSE[1:]
    return not any(rule.search(block) for rule in rules)


# Each photo credit holds one of these: an ASCII tail without any has none (IGNORECASE
# differs from lower() only on a few non-ASCII letters).
_CREDIT_CUES = ("/", ":", "getty", "(photo by", "shutterstock")


def _ends_with_credit(block: str) -> bool:
    tail = block.rstrip()[-_CREDIT_TAIL:]
    if tail.isascii():
        lowered = tail.lower()
        if not any(cue in lowered for cue in _CREDIT_CUES):
            return False
    return _PHOTO_CREDIT.search(tail) is not None


def _has_voice_note(block: str) -> bool:
    """A case-blind regex is tried at every character of every block; on ASCII text
    (nearly all) looking for the lowered phrases answers the same, many times faster."""
    if block.isascii():
        lowered = block.lower()
        return any(note in lowered for note in _VOICE_NOTES)
    return _VOICE_NOTE.search(block) is not None


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """Lines, with a line that breaks mid-sentence joined to the next one
    ("... followed a China-brokered agreement" + "to restore ties ...")."""
    lines = text.splitlines(keepends=True)
    offset, start, parts = 0, 0, []
    for position, line in enumerate(lines):
        if not parts:
            start = offset
        parts.append(line)
        offset += len(line)
        stripped = line.rstrip()
        following = lines[position + 1] if position + 1 < len(lines) else ""
        first = following[:1]
        if (
            stripped
            and stripped[-1] not in ".!?:\"”'’)"
            and (first.islower() or (first.isalnum() and _open_ending(stripped)))
        ):
            continue  # the sentence goes on on the next line (keep its newline inside)
        yield start, "".join(parts).rstrip("\r\n")
        parts = []


# Words no sentence or headline ends on: a line ending on one was wrapped mid-sentence,
# even before a capital ("... relations with the People's" + "Republic of China ...").
_OPEN_ENDINGS = frozenset(
    {"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from"}
    | {"its", "their", "his", "her", "our", "between", "into", "that"}
)
_LAST_WORD = re.compile(r"(\w+)(['’]s)?,?$")


def _open_ending(line: str) -> bool:
    """Whether the line stops on a word or mark that cannot end a sentence: an article,
    a preposition, a conjunction, a possessive, a comma."""
    if line.endswith(","):
        return True
    last = _LAST_WORD.search(line)
    return last is not None and (bool(last.group(2)) or last.group(1) in _OPEN_ENDINGS)


def _dateline(block: str) -> re.Match[str] | None:
    """The dateline opening ``block``, if what follows it is a story, not the rest of a
    list line ("Ravi Perera - Japan": a nominee and his post)."""
    dateline = _DATELINE.match(block)
    if dateline and len(block[dateline.end() :].split()) < _STORY_WORDS:
        return None
    return dateline


_STORY_WORDS = 4


def _split_block(block: str) -> Iterator[tuple[int, int]]:
    start = _story_start(block)
    for match in _SENTENCE_END.finditer(block):
        end = match.end()
        if _ends_with_abbreviation(block, match.start() + 1):
            continue
        yield start, end
        start = _SPACES.match(block, end).end()  # not block[end:]: a block may be a whole article
    end = len(block.rstrip())
    if end > start:
        yield start, end


def _story_start(block: str) -> int:
    """Where the block's prose begins: after a liveblog time stamp and a dateline."""
    stamp = _TIME_STAMP.match(block)
    start = stamp.end() if stamp else 0
    dateline = _dateline(block[start:])
    if dateline:
        return start + dateline.end()
    return start + len(block[start:]) - len(block[start:].lstrip())


def _ends_with_abbreviation(block: str, dot_end: int) -> bool:
    head = block[max(0, dot_end - 8) : dot_end]
    if head.endswith(_ABBREVIATIONS):
        # "the U.S. Embassy" continues; "... to the U.S. The next" would split wrongly,
        # but a capitalised word after an abbreviation is more often a name than a new sentence.
        return True
    return bool(_INITIAL.search(head))
