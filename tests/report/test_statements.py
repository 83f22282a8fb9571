"""Key findings: curated statements found in the text, negations left out, hedges marked possible."""

from __future__ import annotations

import json

import pytest

from pulse_desktop.core.report.statements import STATEMENTS_FILE, extract_statements, load_statements
from tests.support.paths import PTBXL


def found(text: str) -> dict[str, str]:
    return {f.id: f.certainty for f in extract_statements(text)}


@pytest.mark.parametrize("text,expected", [
    ("Sinus rhythm. Left bundle branch block.", {"sinus_rhythm": "stated", "lbbb": "stated"}),
    ("Atrial fibrillation with rapid ventricular response.", {"atrial_fibrillation": "stated"}),
    ("Incomplete right bundle branch block.", {"incomplete_rbbb": "stated"}),
    ("RBBB and LAFB, i.e. bifascicular block", {"rbbb": "stated", "lafb": "stated", "bifascicular_block": "stated"}),
    ("First degree AV block. Left ventricular hypertrophy.", {"av_block_1": "stated", "lvh": "stated"}),
    ("1st degree AV block", {"av_block_1": "stated"}),
    ("Supraventricular tachycardia.", {"svt": "stated"}),  # not ventricular tachycardia
    ("non-ST elevation myocardial infarction", {"nstemi": "stated"}),  # not ST elevation
    ("Q waves consistent with an old inferior myocardial infarction.", {"old_mi": "stated"}),  # not acute
    ("Atrial fibrillation/flutter", {"atrial_fibrillation": "stated", "atrial_flutter": "stated"}),
    ("Sinus rhythm, normal ECG.", {"sinus_rhythm": "stated", "normal_ecg": "stated"}),
    ("Abnormal ECG.", {"abnormal_ecg": "stated"}),
])
def test_statements_are_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "No evidence of atrial fibrillation.",
    "There is no atrial fibrillation.",
    "Atrial fibrillation is not seen.",
    "Atrial fibrillation has been ruled out.",
    "without left bundle branch block",
    "Negative for ST elevation.",
    "No acute ST elevation or depression.",
    "Neither atrial flutter nor atrial fibrillation.",
    "LVH is absent.",
])
def test_negated_statements_are_not_extracted(text):
    assert found(text) == {}


@pytest.mark.parametrize("text,sid", [
    ("Possible left ventricular hypertrophy.", "lvh"),
    ("Probable sinus rhythm.", "sinus_rhythm"),
    ("Anterior infarction of uncertain age cannot be excluded.", "mi_age_undetermined"),
    ("Junctional rhythm is not excluded.", "junctional_rhythm"),
    ("Suspected left ventricular hypertrophy.", "lvh"),
    ("Consider acute anterior myocardial infarction.", "acute_mi"),
    ("AF?", "atrial_fibrillation"),
])
def test_hedged_statements_are_possible(text, sid):
    assert found(text) == {sid: "possible"}


def test_negation_scope_ends_at_the_sentence_and_at_but():
    text = "No ST elevation. Atrial fibrillation. No LBBB, but right bundle branch block."
    assert found(text) == {"atrial_fibrillation": "stated", "rbbb": "stated"}


def test_stated_beats_possible_for_the_same_statement():
    assert found("Possible LVH. Left ventricular hypertrophy by voltage.") == {"lvh": "stated"}


def test_critical_findings_are_flagged():
    result = extract_statements("Acute inferior STEMI. Ventricular tachycardia. Complete heart block. "
                                "Ventricular fibrillation. Mobitz type II.")
    assert all(f.critical for f in result)
    assert {f.id for f in result} == {"acute_mi", "ventricular_tachycardia", "av_block_3",
                                      "ventricular_fibrillation", "av_block_high_grade"}
    assert not any(f.critical for f in extract_statements("Sinus rhythm. LVH. RBBB. First degree AV block."))


def test_abbreviations_are_case_sensitive_whole_words():
    assert found("AF") == {"atrial_fibrillation": "stated"}
    assert found("af, leaf, AFTER, VTE") == {}


def test_the_list_is_well_formed():
    data = json.loads(STATEMENTS_FILE.read_text(encoding="utf-8"))
    ids = [s["id"] for s in data["statements"]]
    assert len(ids) == len(set(ids)) >= 40
    rules = load_statements()
    for statement in rules.statements:
        assert statement.patterns, statement.id
    critical = {s.id for s in rules.statements if s.critical}
    assert {"acute_mi", "ventricular_tachycardia", "ventricular_fibrillation", "av_block_3"} <= critical


def test_real_ptbxl_reports_extract_without_errors_and_find_their_rhythm():
    records = json.loads((PTBXL / "records.json").read_text(encoding="utf-8"))["records"]
    english = [r["report"] for r in records if "rhythm" in r["report"].lower()]
    assert len(english) > 50
    with_rhythm = [r for r in english if any(f.category == "rhythm" for f in extract_statements(r))]
    assert len(with_rhythm) >= 0.8 * len(english)
