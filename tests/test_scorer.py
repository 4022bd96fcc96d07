"""The scorer: matching, P/R/F1, date and modality accuracy, the negated rule, gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.evaluate import (
    GoldDocument,
    date_agrees,
    evaluate_dir,
    load_gold,
    parse_gold,
    score_document,
    summarize,
)
from detente.evaluate.report import evaluation_to_dict
from detente.evaluate.scorer import GOLD_NEGATED, NO_GOLD_EVENT
from detente.model import Article, Event, EventDate
from handmade import gold_event, gold_record, system_event


def gold_doc(doc: str, *events: dict) -> GoldDocument:
    return parse_gold(gold_record(doc, *events), where=f"{doc}.gold.json")


# --- date agreement -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "system", "agrees"),
    [
        (EventDate("2024-03-10", "day"), EventDate("2024-03-10", "day"), True),
        (EventDate("2024-03-10", "day"), EventDate("2024-03-09", "day"), False),
        (EventDate("2024-03-10", "day"), EventDate("2024-03", "month"), False),
        (EventDate("2024-03", "month"), EventDate("2024-03-10", "day"), True),
        (EventDate("2024-03", "month"), EventDate("2024-03", "month"), True),
        (EventDate("2024-03", "month"), EventDate("2024-04-01", "day"), False),
        (EventDate("2024-03", "month"), EventDate("2024", "year"), False),
        (EventDate("2024", "year"), EventDate("2024-11-30", "day"), True),
        (EventDate("2024", "year"), EventDate("2023-12", "month"), False),
        (EventDate("2024-03", "month"), EventDate(), False),
        (EventDate(), EventDate("2024-03", "month"), False),
    ],
)
def test_date_agrees_at_gold_precision(gold: EventDate, system: EventDate, agrees: bool) -> None:
    assert date_agrees(gold, system) is agrees


# --- precision, recall, F1 ------------------------------------------------------------------


def test_precision_recall_f1_are_exact() -> None:
    gold = gold_doc(
        "d1",
        gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-10"),
        gold_event("SUMMON_DIPLOMAT", "RUS", "NOR", "2024-03"),
        gold_event("RECALL_DIPLOMAT", "NOR", "RUS"),
        gold_event("IMPOSE_SANCTIONS", "EU", "RUS", "2024"),
    )
    system = [
        system_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-10"),
        system_event("SUMMON_DIPLOMAT", "RUS", "NOR", "2024-03-11"),
        # Source and target swapped: no match.
        system_event("RECALL_DIPLOMAT", "RUS", "NOR"),
    ]
    card = summarize([score_document(gold, system)])
    overall = card.overall
    assert (overall.true_positives, overall.false_positives, overall.misses) == (2, 1, 2)
    assert overall.precision == pytest.approx(2 / 3)
    assert overall.recall == pytest.approx(1 / 2)
    assert overall.f1 == pytest.approx(4 / 7)
    assert [(m.gold.type, m.gold.source) for m in card.misses] == [
        ("RECALL_DIPLOMAT", "NOR"),
        ("IMPOSE_SANCTIONS", "EU"),
    ]
    assert [(fp.system.type, fp.system.source, fp.why) for fp in card.false_positives] == [
        ("RECALL_DIPLOMAT", "RUS", NO_GOLD_EVENT)
    ]


def test_figures_are_none_when_undefined() -> None:
    card = summarize([score_document(gold_doc("empty"), [])])
    overall = card.overall
    assert (overall.precision, overall.recall, overall.f1) == (None, None, None)
    assert (overall.date_accuracy, overall.modality_accuracy) == (None, None)
    assert card.per_type == {}


def test_f1_is_zero_when_nothing_matches() -> None:
    gold = gold_doc("d1", gold_event("SEVER_RELATIONS", "MAR", "DZA"))
    card = summarize([score_document(gold, [system_event("SEVER_RELATIONS", "DZA", "MAR")])])
    assert (card.overall.precision, card.overall.recall, card.overall.f1) == (0.0, 0.0, 0.0)


# --- date and modality accuracy -------------------------------------------------------------


def test_date_accuracy_counts_only_matches_with_a_gold_date() -> None:
    gold = gold_doc(
        "d1",
        gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03"),  # system finer: correct
        gold_event("SUMMON_DIPLOMAT", "RUS", "NOR", "2024-03-10"),  # system coarser: wrong
        gold_event("RECALL_DIPLOMAT", "NOR", "RUS", "2024"),  # system unknown: wrong
        gold_event("CLOSE_MISSION", "NOR", "RUS"),  # gold unknown: not counted
        gold_event("IMPOSE_SANCTIONS", "EU", "RUS", "2024-02"),  # missed: not counted
    )
    system = [
        system_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-10"),
        system_event("SUMMON_DIPLOMAT", "RUS", "NOR", "2024-03"),
        system_event("RECALL_DIPLOMAT", "NOR", "RUS"),
        system_event("CLOSE_MISSION", "NOR", "RUS", "2024-03-10"),
    ]
    overall = summarize([score_document(gold, system)]).overall
    assert (overall.dated, overall.dates_correct) == (3, 1)
    assert overall.date_accuracy == pytest.approx(1 / 3)


def test_modality_accuracy_over_matches() -> None:
    gold = gold_doc(
        "d1",
        gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", modality="planned"),
        gold_event("SUMMON_DIPLOMAT", "RUS", "NOR", modality="asserted"),
    )
    system = [
        system_event("EXPEL_DIPLOMAT", "NOR", "RUS", modality="asserted"),
        system_event("SUMMON_DIPLOMAT", "RUS", "NOR", modality="asserted"),
    ]
    overall = summarize([score_document(gold, system)]).overall
    # A planned gold event found as asserted is still a true positive.
    assert (overall.true_positives, overall.modalities_correct) == (2, 1)
    assert overall.modality_accuracy == 0.5


# --- the negated rule -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("system_modality", "false_positives", "set_aside"),
    [("asserted", 1, 0), ("reported", 1, 0), ("planned", 0, 1), ("negated", 0, 1)],
)
def test_system_event_on_negated_gold(
    system_modality: str, false_positives: int, set_aside: int
) -> None:
    gold = gold_doc("d1", gold_event("SEVER_RELATIONS", "UKR", "BLR", modality="negated"))
    score = score_document(
        gold, [system_event("SEVER_RELATIONS", "UKR", "BLR", modality=system_modality)]
    )
    assert len(score.false_positives) == false_positives
    assert len(score.set_aside) == set_aside
    assert score.matches == () and score.misses == ()
    if false_positives:
        assert score.false_positives[0].why == GOLD_NEGATED


def test_missing_a_negated_gold_event_costs_nothing() -> None:
    gold = gold_doc(
        "d1",
        gold_event("SEVER_RELATIONS", "UKR", "BLR", modality="negated"),
        gold_event("RECALL_DIPLOMAT", "UKR", "BLR", "2024-03"),
    )
    card = summarize([score_document(gold, [system_event("RECALL_DIPLOMAT", "UKR", "BLR")])])
    assert (card.overall.true_positives, card.overall.misses) == (1, 0)
    assert card.overall.precision == 1.0 and card.overall.recall == 1.0


def test_negated_system_event_is_no_prediction_and_finds_nothing() -> None:
    gold = gold_doc("d1", gold_event("EXPEL_DIPLOMAT", "NOR", "RUS"))
    score = score_document(gold, [system_event("EXPEL_DIPLOMAT", "NOR", "RUS", modality="negated")])
    assert score.matches == () and score.false_positives == ()
    assert [miss.gold.type for miss in score.misses] == ["EXPEL_DIPLOMAT"]


def test_counted_gold_is_matched_before_negated_gold() -> None:
    # Same type and actors: "denied expelling ... in January, but expelled ... in March".
    gold = gold_doc(
        "d1",
        gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", modality="negated"),
        gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03"),
    )
    score = score_document(gold, [system_event("EXPEL_DIPLOMAT", "NOR", "RUS")])
    assert [match.gold.modality for match in score.matches] == ["asserted"]
    assert score.false_positives == () and score.misses == ()


# --- one-to-one matching --------------------------------------------------------------------


def test_each_gold_event_matches_one_system_event() -> None:
    gold = gold_doc("d1", gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03"))
    system = [
        system_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2023"),
        system_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-02"),
    ]
    score = score_document(gold, system)
    # The candidate whose date agrees is the one matched; the other is a false positive.
    assert [match.system.date.value for match in score.matches] == ["2024-03-02"]
    assert [fp.system.date.value for fp in score.false_positives] == ["2023"]


def test_matching_prefers_the_gold_event_whose_date_agrees() -> None:
    gold = gold_doc(
        "d1",
        gold_event("RECALL_DIPLOMAT", "JOR", "ISR", "2019"),
        gold_event("RECALL_DIPLOMAT", "JOR", "ISR", "2023-11-01"),
    )
    score = score_document(gold, [system_event("RECALL_DIPLOMAT", "JOR", "ISR", "2023-11-01")])
    assert [match.gold.date.value for match in score.matches] == ["2023-11-01"]
    assert [miss.gold.date.value for miss in score.misses] == ["2019"]
    assert summarize([score]).overall.date_accuracy == 1.0


def test_matching_prefers_agreeing_modality_after_date() -> None:
    gold = gold_doc(
        "d1",
        gold_event("SEVER_RELATIONS", "VEN", "PRY", modality="asserted"),
        gold_event("SEVER_RELATIONS", "VEN", "PRY", modality="planned"),
    )
    score = score_document(
        gold, [system_event("SEVER_RELATIONS", "VEN", "PRY", modality="planned")]
    )
    assert [match.gold.modality for match in score.matches] == ["planned"]
    assert [miss.gold.modality for miss in score.misses] == ["asserted"]


# --- per type and across documents ----------------------------------------------------------


def test_per_type_figures_and_micro_average_over_documents() -> None:
    first = score_document(
        gold_doc("d1", gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03")),
        [
            system_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-01"),
            system_event("SUMMON_DIPLOMAT", "RUS", "NOR", doc="d1"),
        ],
    )
    second = score_document(
        gold_doc(
            "d2",
            gold_event("EXPEL_DIPLOMAT", "RUS", "NOR", "2024-04-02"),
            gold_event("SUMMON_DIPLOMAT", "NOR", "RUS", "2024-04-01"),
        ),
        [system_event("EXPEL_DIPLOMAT", "RUS", "NOR", "2024-04-03", doc="d2")],
    )
    card = summarize([first, second])
    assert list(card.per_type) == ["EXPEL_DIPLOMAT", "SUMMON_DIPLOMAT"]
    expel, summon = card.per_type["EXPEL_DIPLOMAT"], card.per_type["SUMMON_DIPLOMAT"]
    assert (expel.true_positives, expel.false_positives, expel.misses) == (2, 0, 0)
    assert (expel.precision, expel.recall, expel.f1, expel.date_accuracy) == (1.0, 1.0, 1.0, 0.5)
    assert (summon.true_positives, summon.false_positives, summon.misses) == (0, 1, 1)
    assert (summon.precision, summon.recall, summon.f1, summon.date_accuracy) == (
        0.0,
        0.0,
        0.0,
        None,
    )
    assert (card.overall.precision, card.overall.recall) == (2 / 3, 2 / 3)
    assert [(miss.doc, miss.gold.type) for miss in card.misses] == [("d2", "SUMMON_DIPLOMAT")]
    assert [(fp.doc, fp.system.type) for fp in card.false_positives] == [("d1", "SUMMON_DIPLOMAT")]


# --- gold files -----------------------------------------------------------------------------


def write_gold(folder: Path, doc: str, *events: dict) -> Path:
    path = folder / f"{doc}.gold.json"
    path.write_text(json.dumps(gold_record(doc, *events)), encoding="utf-8")
    return path


def test_load_gold_reads_every_field(tmp_path: Path) -> None:
    path = write_gold(
        tmp_path,
        "oslo",
        gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03", evidence="Norway expelled"),
    )
    gold = load_gold(path)
    assert (gold.doc, gold.published, gold.source_url) == ("oslo", "2024-03-11", None)
    event = gold.events[0]
    assert (event.type, event.source, event.target, event.modality, event.evidence) == (
        "EXPEL_DIPLOMAT",
        "NOR",
        "RUS",
        "asserted",
        "Norway expelled",
    )
    assert event.date == EventDate("2024-03", "month")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"type": "EXPEL_ENVOY"}, "unknown event type 'EXPEL_ENVOY'"),
        ({"modality": "denied"}, "unknown modality 'denied'"),
        ({"date": "2024-03", "date_precision": "day"}, "does not have precision 'day'"),
        ({"date": "2024-02-30", "date_precision": "day"}, "date '2024-02-30'"),
        ({"date": "2024-03", "date_precision": None}, "bad date_precision None"),
        ({"source": ""}, "missing or empty 'source'"),
    ],
)
def test_bad_gold_event_is_reported_with_file_and_event(
    tmp_path: Path, change: dict, problem: str
) -> None:
    event = gold_event("EXPEL_DIPLOMAT", "NOR", "RUS") | change
    path = write_gold(tmp_path, "oslo", gold_event("SUMMON_DIPLOMAT", "RUS", "NOR"), event)
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert caught.value.where == f"{path}: event 2"
    assert problem in caught.value.problem


def test_gold_file_named_for_another_doc_is_refused(tmp_path: Path) -> None:
    path = write_gold(tmp_path, "oslo")
    path.rename(tmp_path / "bergen.gold.json")
    with pytest.raises(InputError, match="'doc' is 'oslo' but the file is named for 'bergen'"):
        load_gold(tmp_path / "bergen.gold.json")


def test_gold_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "oslo.gold.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert caught.value.where == str(path)
    assert caught.value.problem.startswith("not valid JSON")


# --- a gold folder, end to end with a stand-in extractor -------------------------------------


def write_article(folder: Path, doc: str, text: str) -> None:
    (folder / f"{doc}.txt").write_text(text, encoding="utf-8")


def test_evaluate_dir_scores_each_article_and_reports_bad_documents(tmp_path: Path) -> None:
    write_article(tmp_path, "oslo", "date 2024-03-11\nNorway expelled three Russian diplomats.\n")
    write_gold(tmp_path, "oslo", gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03"))
    write_article(tmp_path, "quiet", "Nothing diplomatic happened here today.\n")
    write_gold(tmp_path, "quiet")
    write_article(tmp_path, "crash", "date 2024-03-11\nThis article breaks the extractor.\n")
    write_gold(tmp_path, "crash")
    write_article(tmp_path, "nogold", "date 2024-03-11\nAn article without annotations.\n")
    write_gold(tmp_path, "orphan")
    seen: list[tuple[str, object]] = []

    def extractor(article: Article) -> list[Event]:
        seen.append((article.doc_id, article.published and article.published.isoformat()))
        if article.doc_id == "crash":
            raise ValueError("boom")
        if article.doc_id == "oslo":
            return [system_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-10", doc="oslo")]
        return [system_event("SUMMON_DIPLOMAT", "NOR", "RUS", doc=article.doc_id)]

    evaluation = evaluate_dir(tmp_path, extractor=extractor)
    # "nogold" is never extracted: its gold file is looked for first.
    assert seen == [("crash", "2024-03-11"), ("oslo", "2024-03-11"), ("quiet", None)]
    assert [score.doc for score in evaluation.scorecard.documents] == ["oslo", "quiet"]
    assert evaluation.undated == (str(tmp_path / "quiet.txt"),)
    assert [(Path(e.where).name, e.problem.split(":")[0]) for e in evaluation.errors] == [
        ("crash.txt", "extraction failed"),
        ("nogold.gold.json", "cannot read gold file"),
        ("orphan.gold.json", "gold file has no article NAME.txt beside it"),
    ]
    report = evaluation_to_dict(evaluation)
    assert (report["documents"], report["precision"], report["recall"]) == (2, 0.5, 1.0)
    assert report["date_accuracy"] == 1.0
    assert report["counts"] == {
        "true_positives": 1,
        "false_positives": 1,
        "misses": 0,
        "dated": 1,
        "dates_correct": 1,
        "modalities_correct": 1,
    }
    assert [error["where"] for error in report["errors"]] == [
        str(tmp_path / "crash.txt"),
        str(tmp_path / "nogold.gold.json"),
        str(tmp_path / "orphan.gold.json"),
    ]
    assert report["false_positives"] == [
        {
            "doc": "quiet",
            "type": "SUMMON_DIPLOMAT",
            "source": "NOR",
            "target": "RUS",
            "date": None,
            "date_precision": None,
            "modality": "asserted",
            "evidence": "",
            "why": NO_GOLD_EVENT,
        }
    ]
    assert report["misses"] == []
    assert report["per_type"]["EXPEL_DIPLOMAT"]["f1"] == 1.0


def test_evaluate_dir_scores_every_txt_whatever_its_language(tmp_path: Path) -> None:
    french = (
        "date 2024-03-12\nLa France a rappelé son ambassadeur à Alger pour des consultations, "
        "a annoncé mardi le ministère des Affaires étrangères dans un communiqué publié à Paris "
        "après une semaine de tensions entre les deux pays.\n"
    )
    write_article(tmp_path, "paris", french)
    write_gold(tmp_path, "paris", gold_event("RECALL_DIPLOMAT", "FRA", "DZA", "2024-03"))
    # Not the seed format: a gold folder is read as NAME.txt only.
    (tmp_path / "feed.jsonl").write_text('{"text": "Norway expelled a diplomat."}\n', "utf-8")

    evaluation = evaluate_dir(tmp_path, extractor=lambda article: [])
    assert [score.doc for score in evaluation.scorecard.documents] == ["paris"]
    assert [(miss.doc, miss.gold.type) for miss in evaluation.scorecard.misses] == [
        ("paris", "RECALL_DIPLOMAT")
    ]
    assert evaluation.errors == ()
