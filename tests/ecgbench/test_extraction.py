"""The reference's reading rules, one rule (and one trap) per case."""

from __future__ import annotations

import pytest

from pulse_desktop.core.ecgbench import extraction as ex

PTB = ("NORM", "MI", "STTC", "CD", "HYP")
CODE15 = ("1dAVb", "RBBB", "LBBB", "SB", "ST", "AF")


@pytest.mark.parametrize(("text", "expected"), [
    ("NORM", ["NORM"]),
    ("ABNORMAL", ["NORM"]),  # the substring trap, kept as the reference has it
    ("MI, STTC", ["MI", "STTC"]),
    ("STTC, MI", ["MI", "STTC"]),  # label-space order, not text order
    ("norm", []),  # case-sensitive
    ("Sinus rhythm.", []),
])
def test_ptb_labels_are_case_sensitive_substrings(text, expected):
    assert ex.labels_in(text, PTB) == expected


def test_code15_gold_is_norm_or_abnormal_only_when_it_is_exactly_that():
    assert ex.code15_gold_labels("NORM", CODE15) == ["NORM"]
    assert ex.code15_gold_labels("ABNORMAL", CODE15) == ["ABNORMAL"]
    assert ex.code15_gold_labels("RBBB, AF", CODE15) == ["RBBB", "AF"]
    assert ex.code15_gold_labels("NORM.", CODE15) == []  # not exactly NORM, and NORM is not in the label space


def test_code15_answers_keep_what_follows_the_last_answer_mark():
    assert ex.code15_predicted_labels("Looks like LBBB. Answer: RBBB", CODE15) == ["RBBB"]
    assert ex.code15_predicted_labels("ABNORMAL, ST", CODE15) == ["ABNORMAL", "ST"]
    assert ex.code15_predicted_labels("NORM", CODE15) == ["NORM"]
    # ST is inside STD, SB inside SBP: substrings count
    assert ex.code15_predicted_labels("STD", CODE15) == ["ST"]


@pytest.mark.parametrize(("text", "expected"), [
    ("B", "B"),  # the whole answer is a letter
    (" B", None),  # ... exactly: no stripping (the runner strips answers before they are written)
    ("I", None),  # only A..H
    ("The rhythm is C. Atrial flutter", "C"),
    ("B. or maybe A.", "A"),  # several letters: letter order, not text order
    ("Sinus rhythm seen on the ECG.", "G"),  # "G." inside "ECG."
    ("The correct option is D", "D"),
    ("The correct option is x. Answer: E", None),  # the phrase wins and its character is not a letter
    ("The correct option is ", None),  # the reference would crash here (tail[0] of an empty string)
    ("Answer: The ECG shows", "C"),  # the first of A..H found after "Answer:", in letter order
    ("Answer: none", None),
    ("Normal sinus rhythm", None),
    ("", None),
])
def test_option_letter_rules(text, expected):
    assert ex.option_letter(text) == expected


def test_ecgqa_options_come_from_the_prompt_and_lower_cased_answer():
    prompt = ("Question: Which leads show ST elevation?\nOptions: lead i, lead ii, lead v1, None\n\n"
              "Only answer based on the given Options without any explanation.")
    assert ex.ecgqa_candidates(prompt) == ["lead i", "lead ii", "lead v1", "None"]
    assert ex.ecgqa_predicted(prompt, "Lead V1") == ["lead v1"]
    assert ex.ecgqa_predicted(prompt, "lead ii") == ["lead i", "lead ii"]  # substring: lead i is in lead ii
    assert ex.ecgqa_predicted(prompt, "None") == []  # the capitalised option never matches the lowered answer


def test_ecgqa_without_options_splits_the_whole_prompt():
    assert ex.ecgqa_candidates("yes, no") == ["yes", "no"]
