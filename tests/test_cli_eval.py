"""``detente eval`` through typer's CliRunner.

The last test runs the real pipeline; the others put a stand-in extractor in
its place, so that the figures printed are known exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import detente.nlp.pipeline
from detente.cli import app
from detente.cli.main import UNDATED_WARNING
from detente.model import Article, Event
from handmade import gold_event, gold_record, system_event

runner = CliRunner()

# What the stand-in extractor "finds" in each document.
FOUND = {
    "oslo": [
        system_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-11", evidence="Norway expelled"),
        system_event("SUMMON_DIPLOMAT", "RUS", "NOR", evidence="Moscow summoned"),
    ],
    "minsk": [system_event("SEVER_RELATIONS", "UKR", "BLR", evidence="not cutting ties")],
}


def write_doc(folder: Path, doc: str, text: str, *events: dict) -> None:
    (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    (folder / f"{doc}.gold.json").write_text(json.dumps(gold_record(doc, *events)), "utf-8")


@pytest.fixture
def gold_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_doc(
        tmp_path,
        "oslo",
        "date 2024-03-12\nNorway expelled three Russian diplomats on Monday.\n",
        gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-11"),
        gold_event("RECALL_DIPLOMAT", "NOR", "RUS", "2024-03", evidence="Oslo recalled"),
    )
    write_doc(
        tmp_path,
        "minsk",
        "Kyiv said the move does not mean it is cutting ties with Minsk.\n",
        gold_event("SEVER_RELATIONS", "UKR", "BLR", modality="negated"),
    )

    def stand_in(article: Article) -> list[Event]:
        return FOUND[article.doc_id]

    monkeypatch.setattr(detente.nlp.pipeline, "extract_article", stand_in)
    return tmp_path


def test_eval_json(gold_dir: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold_dir), "--json"])
    assert result.exit_code == 0
    assert result.stderr == f"warning: {gold_dir / 'minsk.txt'}: {UNDATED_WARNING}\n"
    report = json.loads(result.stdout)
    # TP: the expulsion. FP: the summons (no gold) and the severance (gold negated).
    # Miss: the recall.
    assert report["documents"] == 2
    assert report["precision"] == pytest.approx(1 / 3)
    assert report["recall"] == 0.5
    assert report["f1"] == pytest.approx(0.4)
    assert (report["date_accuracy"], report["modality_accuracy"]) == (1.0, 1.0)
    assert list(report["per_type"]) == [
        "EXPEL_DIPLOMAT",
        "RECALL_DIPLOMAT",
        "SUMMON_DIPLOMAT",
        "SEVER_RELATIONS",
    ]
    assert report["per_type"]["RECALL_DIPLOMAT"]["counts"]["misses"] == 1
    assert report["misses"] == [
        {
            "doc": "oslo",
            "type": "RECALL_DIPLOMAT",
            "source": "NOR",
            "target": "RUS",
            "date": "2024-03",
            "date_precision": "month",
            "modality": "asserted",
            "evidence": "Oslo recalled",
        }
    ]
    assert [(fp["doc"], fp["type"], fp["why"]) for fp in report["false_positives"]] == [
        ("minsk", "SEVER_RELATIONS", "gold says it did not happen"),
        ("oslo", "SUMMON_DIPLOMAT", "no gold event"),
    ]
    assert report["errors"] == []


def test_eval_prints_figures_table_misses_and_false_positives(gold_dir: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold_dir)], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[:6] == [
        "documents scored   2",
        "precision          33.3%  (1 of 3)",
        "recall             50.0%  (1 of 2)",
        "F1                 40.0%",
        "date accuracy      100.0%  (1 of 1)",
        "modality accuracy  100.0%  (1 of 1)",
    ]
    cells = [[cell.strip() for cell in line.split("│")[1:-1]] for line in lines if "│" in line]
    assert ["EXPEL_DIPLOMAT", "1", "0", "0", "100.0%", "100.0%", "100.0%", "100.0%"] in cells
    assert ["RECALL_DIPLOMAT", "0", "0", "1", "-", "0.0%", "-", "-"] in cells
    assert ["oslo", "RECALL_DIPLOMAT", "NOR", "RUS", "2024-03", "asserted", "Oslo recalled"] in (
        cells
    )
    assert [
        "minsk", "SEVER_RELATIONS", "UKR", "BLR", "-", "asserted", "not cutting ties",
        "gold says it did not happen",
    ] in cells  # fmt: skip
    assert any(line.strip() == "Misses (1)" for line in lines)
    assert any(line.strip() == "False positives (2)" for line in lines)


def test_eval_reports_a_missing_gold_file_and_scores_the_rest(gold_dir: Path) -> None:
    (gold_dir / "minsk.gold.json").unlink()
    result = runner.invoke(app, ["eval", str(gold_dir), "--json"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {gold_dir / 'minsk.gold.json'}: cannot read gold file: No such file or directory\n"
    )
    report = json.loads(result.stdout)
    assert (report["documents"], report["precision"], report["recall"]) == (1, 0.5, 0.5)


def test_eval_refuses_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "nowhere")], env={"COLUMNS": "400"})
    assert result.exit_code == 2
    assert f"Invalid value for 'GOLD_DIR': dir '{tmp_path / 'nowhere'}' does not exist" in (
        result.stderr
    )


def test_eval_with_the_real_pipeline(tmp_path: Path) -> None:
    write_doc(
        tmp_path,
        "oslo",
        "date 2024-03-12\nNorway expelled three Russian diplomats on Monday, the ministry said.\n",
        gold_event("EXPEL_DIPLOMAT", "NOR", "RUS", "2024-03-11"),
    )
    result = runner.invoke(app, ["eval", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["precision"], report["recall"], report["date_accuracy"]) == (1.0, 1.0, 1.0)
