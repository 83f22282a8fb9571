"""Scores of crafted answer files against figures computed by hand (worked out in the comments)."""

from __future__ import annotations

import math
import random

import pytest

from pulse_desktop.core.ecgbench.answers import read_answers
from pulse_desktop.core.ecgbench.questions import read_question_file
from pulse_desktop.core.ecgbench.scoring import score_subset
from pulse_desktop.core.ecgbench.subsets import get_subset
from tests.ecgbench.bench_files import question_item, write_answers, write_questions

PTB_Q = "Which superclasses does this ECG show? Options: NORM, MI, STTC, CD, HYP"


def _score(tmp_path, subset, items, answers, **kw):
    q = write_questions(tmp_path / f"{subset}.json", items)
    a = write_answers(tmp_path / f"{subset}.jsonl", answers)
    return score_subset(get_subset(subset), read_question_file(q), read_answers(a), **kw)


def test_ptb_xl_multi_label_figures_including_the_abnormal_trap(tmp_path):
    items = [question_item("p1", PTB_Q, "NORM"), question_item("p2", PTB_Q, "MI, STTC"),
             question_item("p3", PTB_Q, "CD"), question_item("p4", PTB_Q, "NORM")]
    answers = [("p1", "ABNORMAL ECG"),  # -> NORM (substring): counted right, by accident
               ("p2", "MI"),
               ("p3", "ABNORMAL: CD, HYP"),  # -> NORM, CD, HYP; HYP is in no gold answer: ignored
               ("p4", "Sinus rhythm")]  # -> nothing
    s = _score(tmp_path, "ptb-test", items, answers)
    # classes (gold labels, sorted): CD, MI, NORM, STTC
    #   CD   tp1 fp0 fn0 tn3: F1 1,   AUC 1
    #   MI   tp1 fp0 fn0 tn3: F1 1,   AUC 1
    #   NORM tp1 fp1 fn1 tn1: F1 2/4, AUC (1/2 + 1/2)/2 = 0.5
    #   STTC tp0 fp0 fn1 tn3: F1 0,   AUC (0 + 1)/2 = 0.5
    assert [c.label for c in s.per_class] == ["CD", "MI", "NORM", "STTC"]
    assert s.metrics["f1"] == pytest.approx(100 * (1 + 1 + 0.5 + 0) / 4)  # 62.5
    assert s.metrics["auc"] == pytest.approx(100 * (1 + 1 + 0.5 + 0.5) / 4)  # 75.0
    assert s.metrics["hamming_loss"] == pytest.approx(100 * 3 / 16)  # NORM fp+fn, STTC fn over 4x4 cells
    assert s.items[0].predicted == ["NORM"]
    assert (s.answered, s.questions) == (4, 4)


def test_code15_norm_abnormal_classes_and_answer_mark(tmp_path):
    q = "Which of 1dAVb, RBBB, LBBB, SB, ST, AF does this ECG show?"
    items = [question_item("c1", q, "NORM"), question_item("c2", q, "ABNORMAL"), question_item("c3", q, "RBBB, AF")]
    answers = [("c1", "The ECG is NORM"), ("c2", "ABNORMAL, ST"), ("c3", "I considered LBBB. Answer: RBBB")]
    s = _score(tmp_path, "code15-test", items, answers)
    # classes ABNORMAL, AF, NORM, RBBB; only AF is missed (c3): F1 0, AUC 0.5; the others are perfect
    assert [c.label for c in s.per_class] == ["ABNORMAL", "AF", "NORM", "RBBB"]
    assert s.metrics["f1"] == pytest.approx(75.0)
    assert s.metrics["auc"] == pytest.approx(100 * 3.5 / 4)
    assert s.metrics["hamming_loss"] == pytest.approx(100 / 12)
    assert s.items[2].predicted == ["RBBB"]  # LBBB before "Answer:" is not read


def test_auc_is_undefined_when_every_gold_answer_has_a_class(tmp_path):
    items = [question_item("p1", PTB_Q, "NORM"), question_item("p2", PTB_Q, "NORM, MI")]
    s = _score(tmp_path, "ptb-test", items, [("p1", "NORM"), ("p2", "MI")])
    assert math.isnan(s.per_class[1].auc)  # NORM: no negatives
    assert math.isnan(s.metrics["auc"])  # np.mean over a NaN, as in the reference
    assert any("AUC undefined for NORM" in n for n in s.notes)
    assert s.metrics["f1"] == pytest.approx(100 * (1 + 2 / 3) / 2)  # MI 1; NORM tp1 fn1: 2/3


def test_letters_with_rules_and_the_seeded_fallback_in_answer_file_order(tmp_path):
    q = "Which rhythm? A. ... H. ..."
    golds = {"s1": "B. Sinus bradycardia", "s2": "C", "s3": "A", "s4": "D", "s5": "E", "s6": "C",
             "s7": "G", "s8": "A", "s9": "B"}
    items = [question_item(k, q, v) for k, v in golds.items()]
    answers = [("s1", "B"),  # B, right
               ("s2", "The rhythm is C. Atrial flutter"),  # C, right
               ("s3", "B. or maybe A."),  # several letters: A (letter order), right
               ("s4", "The correct option is D"),  # D, right
               ("s5", "Normal sinus rhythm"),  # no letter: 1st draw
               ("s6", "Answer: The ECG shows"),  # C via "Answer:" (first of A..H in "The ECG shows"), right
               ("s7", "on the ECG."),  # G, right
               ("s8", "The correct option is "),  # no letter (the reference would crash): 2nd draw
               ("s9", "I cannot tell")]  # no letter: 3rd draw
    s = _score(tmp_path, "csn-test-no-cot", items, answers)
    random.seed(42)  # what the reference does, with the module-level generator
    draws = [random.choice("ABCDEFGH") for _ in range(3)]
    assert draws == ["B", "A", "E"]
    assert [i.predicted for i in s.items] == ["B", "C", "A", "D", draws[0], "C", "G", draws[1], draws[2]]
    # right: s1-s4, s6, s7 and the draws that hit: s5 gold E vs B (no), s8 gold A vs A (yes), s9 gold B vs E (no)
    assert s.guessed == 3
    assert s.metrics["accuracy"] == pytest.approx(100 * 7 / 9)
    # the same file scores the same every time: the fallback is seeded
    assert _score(tmp_path, "csn-test-no-cot", items, answers).metrics == s.metrics


def test_mmmu_falls_back_to_four_letters_and_is_keyed_by_its_number(tmp_path):
    items = [question_item("mmmu-1", "Which? A B C D", "C", No="1"),
             question_item("mmmu-2", "Which? A B C D", "A", No="2")]
    s = _score(tmp_path, "mmmu-ecg", items, [("1", "no idea"), ("mmmu-2", "no idea either")])
    random.seed(42)
    draws = [random.choice("ABCD") for _ in range(2)]  # A, A
    assert [i.predicted for i in s.items] == draws
    assert s.metrics["accuracy"] == pytest.approx(100 * ((draws[0] == "C") + (draws[1] == "A")) / 2)
    assert s.unknown_ids == ()


def test_ecgqa_set_matching(tmp_path):
    prompt = ("Question: Which leads show ST elevation?\nOptions: lead i, lead ii, lead v1, None\n\n"
              "Only answer based on the given Options without any explanation.")
    items = [question_item("e1", prompt, ["lead v1"]), question_item("e2", prompt, ["lead ii"]),
             question_item("e3", prompt, ["none"]), question_item("e4", prompt, ["lead i", "lead v1"])]
    answers = [{"question_id": "e1", "prompt": prompt, "text": "Lead V1"},  # {lead v1}: right
               {"question_id": "e2", "prompt": prompt, "text": "lead ii"},  # {lead i, lead ii}: wrong
               {"question_id": "e3", "prompt": prompt, "text": "none"},  # {} ("None" never matches): wrong
               {"question_id": "e4", "prompt": {"prompt": prompt}, "text": "lead v1 and lead i"}]  # right
    s = _score(tmp_path, "ecgqa-test", items, answers)
    assert [i.correct for i in s.items] == [True, False, False, True]
    assert s.metrics["accuracy"] == pytest.approx(50.0)


def test_partial_runs_unknown_ids_duplicates_and_a_cut_last_line(tmp_path):
    items = [question_item(f"p{i}", PTB_Q, "NORM" if i % 2 else "MI") for i in range(1, 5)]
    q = write_questions(tmp_path / "ptb-test.json", items)
    a = write_answers(tmp_path / "a.jsonl", [("p1", "NORM"), ("zz", "NORM"), ("p2", "MI"), ("p1", "MI")])
    with open(a, "a", encoding="utf-8") as f:
        f.write('{"question_id": "p3", "text": "NO')  # a write cut short
    s = score_subset(get_subset("ptb-test"), read_question_file(q), read_answers(a))
    assert (s.answered, s.questions, s.complete) == (2, 4, False)
    assert s.unknown_ids == ("zz",)
    assert s.metrics["f1"] == pytest.approx(100.0)  # the first answer to p1 is the one scored
    assert any("cut short" in n for n in s.notes) and any("answered twice" in n for n in s.notes)


def test_judged_subsets_are_not_scored_offline(tmp_path):
    with pytest.raises(ValueError):
        score_subset(get_subset("ptb-test-report"), [], read_answers(tmp_path / "none.jsonl"))
