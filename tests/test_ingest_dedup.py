"""Wire copies: near-duplicate grouping, bounded memory, and each copy's own evidence offsets."""

from __future__ import annotations

from datetime import date

import pytest

from detente.errors import InputError
from detente.ingest import (
    ArticleGroup,
    NearDuplicateGrouper,
    events_in_copy,
    group_near_duplicates,
    locate_evidence,
)
from detente.model import Article, Event, EventDate, Mention
from wire_story import (
    BODY,
    COPY_EDITED,
    COPY_WITH_INTRO,
    EDITED_LEAD,
    LEAD,
    OTHER_STORY,
    OWN_REPORT,
    WIRE,
)


def article(doc_id: str, text: str, outlet: str | None = None) -> Article:
    return Article(doc_id, text, date(2023, 4, 4), "metadata", outlet=outlet)


def doc_ids(groups) -> list[tuple[str, ...]]:
    return [tuple(a.doc_id for a in g.articles) for g in groups if isinstance(g, ArticleGroup)]


def test_three_copies_of_a_wire_story_make_one_group_led_by_the_longest():
    stream = [
        article("agency", WIRE, "Agency"),
        article("own", OWN_REPORT, "Riga Post"),
        article("intro", COPY_WITH_INTRO, "Baltic Desk"),
        article("other", OTHER_STORY, "Agency"),
        article("edited", COPY_EDITED, "Evening Star"),
    ]
    groups = list(group_near_duplicates(stream))
    # The copy with an added intro is the longest: it holds every sentence of the others.
    assert doc_ids(groups) == [("intro", "agency", "edited"), ("own",), ("other",)]
    wire = groups[0]
    assert wire.representative.doc_id == "intro"
    assert [a.outlet for a in wire.copies] == ["Agency", "Evening Star"]


def test_exact_repeat_is_a_copy_and_threshold_one_keeps_edited_copies_apart():
    stream = [article("a", WIRE), article("b", WIRE), article("c", COPY_EDITED)]
    assert doc_ids(group_near_duplicates(stream)) == [("a", "b", "c")]
    assert doc_ids(group_near_duplicates(stream, threshold=1.0)) == [("a", "b"), ("c",)]


def test_errors_pass_through_at_once_and_groups_follow():
    error = InputError("dump.jsonl:2", "malformed JSON: Expecting value (col 1)")
    items = list(group_near_duplicates([article("a", WIRE), error, article("b", COPY_WITH_INTRO)]))
    assert items[0] is error
    assert doc_ids(items[1:]) == [("b", "a")]


def test_window_bounds_what_is_held_and_a_late_copy_starts_its_own_group():
    grouper = NearDuplicateGrouper(window=2)
    assert grouper.add(article("a", WIRE)) == []
    assert grouper.add(article("x", OTHER_STORY)) == []
    # A third article pushes the oldest group out, complete.
    [closed] = grouper.add(article("y", OWN_REPORT))
    assert closed == ArticleGroup(article("a", WIRE), ())
    assert grouper.add(article("b", COPY_WITH_INTRO)) == [ArticleGroup(article("x", OTHER_STORY))]
    assert doc_ids(grouper.flush()) == [("y",), ("b",)]
    assert grouper.flush() == []


def test_a_copy_keeps_its_group_in_the_window():
    grouper = NearDuplicateGrouper(window=3)
    grouper.add(article("a", WIRE))
    grouper.add(article("x", OTHER_STORY))
    assert grouper.add(article("b", COPY_WITH_INTRO)) == []
    # Holding 3 articles; the next one evicts the least recently joined group, "x".
    assert doc_ids(grouper.add(article("y", OWN_REPORT))) == [("x",)]
    assert doc_ids(grouper.flush()) == [("b", "a"), ("y",)]  # in the order they began


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="threshold 0 is not in"):
        NearDuplicateGrouper(threshold=0)
    with pytest.raises(ValueError, match="window 0 must be at least 1"):
        NearDuplicateGrouper(window=0)


# --- evidence offsets in each copy ----------------------------------------------------------

PNG_SENTENCE = "had been declared persona non grata and given five days to leave the country."
LAST_SENTENCE = "the number of Russian diplomats in Riga has already been reduced twice."


def mention(evidence: str, text: str) -> Mention:
    start = text.index(evidence)
    return Mention(
        "EXPEL_DIPLOMAT",
        "LVA",
        "RUS",
        "asserted",
        EventDate("2023-04-04", "day"),
        evidence,
        start,
        start + len(evidence),
    )


def expulsion(*mentions: Mention) -> Event:
    lead = mentions[0]
    return Event(
        "agency",
        "EXPEL_DIPLOMAT",
        "LVA",
        "RUS",
        lead.date,
        "asserted",
        (),
        lead.evidence,
        lead.start,
        lead.end,
        0.9,
        "1623",
        -5.0,
        "REDUCE",
        "expel",
        mentions,
    )


def test_copy_offsets_point_at_the_same_sentence_in_the_copy_text():
    event = expulsion(mention(LEAD, WIRE), mention(PNG_SENTENCE, WIRE))
    [copied] = events_in_copy([event], article("agency", WIRE), article("intro", COPY_WITH_INTRO))
    assert copied.doc == "intro"
    assert [(m.evidence, COPY_WITH_INTRO[m.start : m.end]) for m in copied.mentions] == [
        (LEAD, LEAD),
        (PNG_SENTENCE, PNG_SENTENCE),
    ]
    assert (copied.evidence, copied.start, copied.end) == (
        LEAD,
        COPY_WITH_INTRO.index(LEAD),
        COPY_WITH_INTRO.index(LEAD) + len(LEAD),
    )
    assert (copied.type, copied.source, copied.target, copied.date) == (
        "EXPEL_DIPLOMAT",
        "LVA",
        "RUS",
        EventDate("2023-04-04", "day"),
    )


def test_an_edited_sentence_is_quoted_as_the_copy_words_it():
    event = expulsion(mention(LEAD, WIRE))
    [copied] = events_in_copy([event], article("agency", WIRE), article("edited", COPY_EDITED))
    [lead] = copied.mentions
    assert (lead.evidence, lead.start, lead.end) == (EDITED_LEAD, 0, len(EDITED_LEAD))
    assert copied.evidence == EDITED_LEAD


def test_an_edited_sentence_is_found_whole_when_the_alignment_splits_it():
    # Aligned with the intro copy, "on Tuesday" of the intro pairs with the edited lead's
    # "on Tuesday", leaving its first word "Latvia" unmatched: the span is widened back
    # to the start of the sentence.
    event = expulsion(mention(LEAD, COPY_WITH_INTRO))
    [copied] = events_in_copy(
        [event], article("intro", COPY_WITH_INTRO), article("edited", COPY_EDITED)
    )
    assert (copied.evidence, copied.start, copied.end) == (EDITED_LEAD, 0, len(EDITED_LEAD))


def test_a_sentence_the_copy_cut_is_no_mention_and_an_event_it_cut_is_not_reported():
    kept = expulsion(mention(PNG_SENTENCE, WIRE), mention(LAST_SENTENCE, WIRE))
    cut = expulsion(mention(LAST_SENTENCE, WIRE))
    copied = events_in_copy([kept, cut], article("agency", WIRE), article("edited", COPY_EDITED))
    assert len(copied) == 1
    assert [m.evidence for m in copied[0].mentions] == [PNG_SENTENCE]
    assert COPY_EDITED[copied[0].start : copied[0].end] == PNG_SENTENCE


def test_locate_evidence_prefers_the_nearest_repeat_and_tolerates_new_line_breaks():
    text = "Envoy recalled. Filler text here. Envoy recalled."
    assert locate_evidence("Envoy recalled.", 30, text) == (34, 49)
    assert locate_evidence("Envoy recalled.", 0, text) == (0, 15)
    wrapped = "Intro.\nThe envoy was\n  recalled for consultations."
    assert locate_evidence("The envoy was recalled for consultations.", 0, wrapped) == (7, 50)
    assert locate_evidence("Nothing like this.", 0, wrapped) is None
    assert BODY in WIRE  # the copies above really share the body
