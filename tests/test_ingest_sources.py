"""What the user gave is what offsets point into, and every copy of a story is a source."""

from __future__ import annotations

from datetime import date

from detente.ingest import group_near_duplicates, iter_articles
from detente.model import Article
from detente.pipeline import ingest_articles
from detente.store.store import Store

STORY = (
    "Norway expelled Russia's ambassador yesterday, the foreign ministry in Oslo said.\n\n"
    "The ministry gave no reason for the decision.\n"
)


def test_offsets_index_the_file_as_given_including_its_date_header(tmp_path):
    raw = "date 2024-03-12\n" + STORY
    path = tmp_path / "oslo.txt"
    path.write_text(raw, encoding="utf-8")
    [article] = list(iter_articles([path]))
    assert article.published == date(2024, 3, 12)
    from detente.nlp.pipeline import extract_article

    [event] = extract_article(article)
    assert raw[event.start : event.end] == event.evidence
    assert event.evidence.startswith("Norway expelled")
    for mention in event.mentions:
        assert raw[mention.start : mention.end] == mention.evidence


def test_the_header_may_share_its_line_with_the_body(tmp_path):
    raw = "  date 2024-03-12 " + STORY
    path = tmp_path / "oslo.txt"
    path.write_text(raw, encoding="utf-8")
    [article] = list(iter_articles([path]))
    start = raw.index("Norway")
    assert article.text[start:].startswith("Norway expelled")
    assert article.text.strip() == STORY.strip()


def _write(folder, name, published, body=STORY):
    path = folder / name
    path.write_text(f"date {published}\n{body}", encoding="utf-8")
    return path


def test_identical_bodies_under_other_names_are_more_sources(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    _write(folder, "a-later.txt", "2024-03-14")
    _write(folder, "b-first.txt", "2024-03-12")
    with Store(f"sqlite:///{tmp_path / 'd.db'}") as store:
        summary = ingest_articles(store, iter_articles([folder]))
        assert (summary.articles_new, summary.articles_known) == (2, 0)
        [event] = store.events()
        assert event.n_articles == 2
        assert event.known_by == date(2024, 3, 12)
        # The same files again are known.
        again = ingest_articles(store, iter_articles([folder]))
        assert (again.articles_new, again.articles_known) == (0, 2)


def test_the_earliest_publication_of_a_group_dates_its_events(tmp_path):
    # "yesterday" is the day before the story was first published, whatever sorts first.
    folder = tmp_path / "news"
    folder.mkdir()
    _write(folder, "a-reprint.txt", "2024-03-20")
    _write(folder, "b-original.txt", "2024-03-12")
    with Store(f"sqlite:///{tmp_path / 'd.db'}") as store:
        ingest_articles(store, iter_articles([folder]))
        [event] = store.events()
    assert event.date == "2024-03-11"


def test_the_representative_of_equal_copies_is_the_earliest():
    later = Article("a", STORY, date(2024, 3, 20))
    first = Article("b", STORY, date(2024, 3, 12))
    undated = Article("c", STORY)
    [group] = list(group_near_duplicates([undated, later, first]))
    assert group.representative is first
