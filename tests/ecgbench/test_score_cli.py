"""`pulse-desktop bench-ecg score`: text, JSON, the PNG plot and the judged subsets without a judge."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from pulse_desktop.cli.main import main
from pulse_desktop.core.ecgbench import f1_plot
from tests.ecgbench.bench_files import question_item, write_answers, write_questions

PTB_Q = "Which superclasses? NORM, MI, STTC, CD, HYP"


@pytest.fixture
def ptb_files(tmp_path):
    items = [question_item("p1", PTB_Q, "NORM"), question_item("p2", PTB_Q, "MI, STTC"),
             question_item("p3", PTB_Q, "CD"), question_item("p4", PTB_Q, "NORM")]
    answers = [("p1", "ABNORMAL ECG"), ("p2", "MI"), ("p3", "ABNORMAL: CD, HYP"), ("p4", "Sinus rhythm")]
    return write_questions(tmp_path / "ptb-test.json", items), write_answers(tmp_path / "ans.jsonl", answers)


def test_json_has_the_metrics_under_their_keys_beside_the_paper(ptb_files, capsys):
    q, a = ptb_files
    assert main(["bench-ecg", "score", "--subset", "ptb-test", "--questions", str(q), "--answers", str(a),
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)["ptb-test"]
    assert out["f1"] == pytest.approx(62.5) and out["auc"] == pytest.approx(75.0)
    assert out["hamming_loss"] == pytest.approx(18.75)
    assert out["paper"] == {"auc": 82.4, "f1": 74.8, "hamming_loss": 11.0}
    assert (out["answered"], out["questions"], out["complete"]) == (4, 4, True)
    assert [c["label"] for c in out["per_class"]] == ["CD", "MI", "NORM", "STTC"]


def test_text_table_and_plot(ptb_files, tmp_path, capsys):
    q, a = ptb_files
    png = tmp_path / "plots" / "f1.png"
    assert main(["bench-ecg", "score", "--subset", "ptb-test", "--questions", str(q), "--answers", str(a),
                 "--plot", str(png)]) == 0
    text = capsys.readouterr().out
    assert "F1 (macro)" in text and "62.5" in text and "74.8" in text and "lower is better" in text
    img = Image.open(png).convert("RGB")
    assert img.size[0] == f1_plot.WIDTH
    span = f1_plot.WIDTH - f1_plot.LEFT - f1_plot.RIGHT

    def red_at(row: int, fraction: float) -> bool:
        y = f1_plot.TOP + row * f1_plot.ROW + f1_plot.ROW // 2
        return img.getpixel((int(f1_plot.LEFT + span * fraction), y)) == f1_plot.BAR_RGB

    assert red_at(0, 0.98)  # CD: 100
    assert red_at(2, 0.45) and not red_at(2, 0.55)  # NORM: 50
    assert not red_at(3, 0.02)  # STTC: 0


def test_partial_and_unknown_answers_are_said(tmp_path, capsys):
    q = write_questions(tmp_path / "q.json", [question_item("s1", "Which?", "A"), question_item("s2", "Which?", "B")])
    a = write_answers(tmp_path / "a.jsonl", [("s1", "A"), ("other", "B")])
    assert main(["bench-ecg", "score", "--subset", "g12-test-no-cot", "--questions", str(q), "--answers", str(a)]) == 0
    text = capsys.readouterr().out
    assert "1 of 2 questions scored (partial" in text and "other" in text and "100.0" in text


@pytest.mark.parametrize("subset", ["ptb-test-report", "arena"])
def test_judged_subsets_need_a_judge(subset, tmp_path, capsys):
    q = write_questions(tmp_path / "q.json", [question_item("r1", "Please write a clinical report.", "Sinus rhythm.")])
    a = write_answers(tmp_path / "a.jsonl", [("r1", "Sinus rhythm.")])
    code = main(["bench-ecg", "score", "--subset", subset, "--questions", str(q), "--answers", str(a)])
    assert code == 1
    err = capsys.readouterr().err
    assert "cannot be scored offline" in err and "--judge-url" in err


def test_missing_and_malformed_files_are_clear_errors(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    a = write_answers(tmp_path / "a.jsonl", [])
    assert main(["bench-ecg", "score", "--subset", "ptb-test", "--questions", str(bad), "--answers", str(a)]) == 2
    assert "cannot be read as JSON" in capsys.readouterr().err
    q = write_questions(tmp_path / "q.json", [question_item("p1", PTB_Q, "NORM")])
    assert main(["bench-ecg", "score", "--subset", "ptb-test", "--questions", str(q),
                 "--answers", str(tmp_path / "none.jsonl")]) == 2
    assert "does not exist" in capsys.readouterr().err
