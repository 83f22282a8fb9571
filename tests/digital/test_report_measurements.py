"""The measurement block in the report header and the notes beside contradicted words (real PDFs read back)."""

from __future__ import annotations

import io
import re

import pypdf
from PIL import Image

from pulse_desktop.core.ecg_files import read_recording
from pulse_desktop.core.ecg_render import render_page
from pulse_desktop.core.measure import VERSION, Measurements, measure
from pulse_desktop.core.report import write_pdf
from pulse_desktop.core.report.measure_block import PICTURE_TEXT
from pulse_desktop.core.report.measure_check import contradictions
from pulse_desktop.core.storage import Patient, Store
from tests.digital.wfdb_files import LUDB

ANSWER = ("Sinus rhythm at 58 bpm with sinus tachycardia. First-degree AV block. Wide QRS complex. "
          "No prolonged QT. Left axis deviation.")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _study(store: Store, picture: Image.Image, answer: str) -> str:
    sid = store.create_study(Patient(name="Test Patient", patient_id="D-1"), clinician="Dr. A")
    buf = io.BytesIO()
    picture.save(buf, "PNG")
    store.attach_images(sid, original=buf.getvalue(), straightened=buf.getvalue())
    turn = store.start_turn(sid, "Interpret this ECG.")
    store.finish_turn(sid, turn, answer=answer, token_count=20, timings={"decode": 1.0})
    return sid


def test_contradictions_are_found_and_negations_respected():
    m = Measurements(heart_rate_bpm=96.0, pr_ms=160.0, qrs_ms=92.0, qtc_ms=430.0)
    assert contradictions("Sinus rhythm, rate 58 bpm.", m) == ["the text says 58 bpm; measured 96 bpm"]
    assert contradictions("Rate 94 bpm.", m) == []  # within 10 bpm
    notes = contradictions("Sinus bradycardia. 1st degree AV block. Broad QRS. Long QT.", m)
    assert notes == ["the text says bradycardia; measured 96 bpm", "the text says 1st degree AV block; measured PR 160 ms",
                     "the text says Broad QRS; measured QRS 92 ms", "the text says Long QT; measured QTc 430 ms (Bazett)"]
    assert contradictions("No first-degree AV block. Without QT prolongation.", m) == []
    assert contradictions("Sinus tachycardia.", Measurements(heart_rate_bpm=120.0)) == []
    assert contradictions("Sinus bradycardia at 58 bpm", None) == []
    # unmeasured values do not contradict anything
    assert contradictions("First-degree AV block.", Measurements(heart_rate_bpm=70.0)) == []


def test_digital_report_has_the_block_and_notes_and_keeps_the_words(tmp_path):
    rec = read_recording(LUDB / "1.hea")  # sinus bradycardia, about 46 bpm
    m = measure(rec)
    page = Image.fromarray(render_page(rec, "3x4"))
    with Store.open(tmp_path / "s.sqlite3") as store:
        sid = _study(store, page, ANSWER)
        page.save(tmp_path / "page.png")
        pdf = write_pdf(store.get(sid), tmp_path / "r.pdf", ecg_image=tmp_path / "page.png", measurements=m)
    text = flat(" ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages))
    assert f"Measurements - measured by PULSE Desktop from the digital recording (method {VERSION}" in text
    assert f"{m.to_dict()['heart_rate_bpm']} bpm" in text and f"{m.to_dict()['qrs_ms']} ms" in text
    assert "QTc Bazett" in text and "QTc Fridericia" in text
    assert flat(ANSWER) in text  # the model's words, verbatim
    hr = m.to_dict()["heart_rate_bpm"]
    assert f"the text says 58 bpm; measured {hr} bpm" in text
    assert f"the text says tachycardia; measured {hr} bpm" in text
    assert "the text says First-degree AV block; measured PR" in text
    assert "the text says Wide QRS; measured QRS" in text
    assert "prolonged QT; measured" not in text  # negated in the answer
    assert PICTURE_TEXT.split(";")[0] not in text


def test_picture_report_says_measurements_need_a_digital_recording(tmp_path):
    picture = Image.new("RGB", (800, 600), "white")
    with Store.open(tmp_path / "s.sqlite3") as store:
        sid = _study(store, picture, ANSWER)
        pdf = write_pdf(store.get(sid), tmp_path / "r.pdf")
    text = flat(" ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages))
    assert flat(PICTURE_TEXT) in text
    assert "the text says" not in text and flat(ANSWER) in text
