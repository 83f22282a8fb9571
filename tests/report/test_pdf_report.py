"""The PDF report, read back with pypdf and rendered with pypdfium2."""

from __future__ import annotations

import re

import numpy as np
import pypdf
import pytest
from PIL import Image

from pulse_desktop import __version__
from pulse_desktop.core.report import (
    ReportSettings,
    export_study,
    format_time,
    render_pages,
    write_pdf,
    write_study_pdf,
)
from pulse_desktop.core.report.fonts import register_fonts
from pulse_desktop.core.storage import BundleInfo, Patient, Store
from tests.report.sample_study import BUNDLE, FOLLOW_UP_ANSWER, MODEL_TEXT, PATIENT, make_sample_study

UNCONFIRMED = ("UNCONFIRMED - computer-generated interpretation (PULSE-7B, Q4_K_M), "
               "to be reviewed by a qualified clinician")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path) -> tuple[list[str], dict]:
    reader = pypdf.PdfReader(str(path))
    return [flat(page.extract_text()) for page in reader.pages], dict(reader.metadata)


@pytest.fixture
def store():
    with Store.open() as s:
        yield s


def test_unconfirmed_report_prints_every_required_text_literally(store, tmp_path):
    sid = make_sample_study(store)
    pdf = write_study_pdf(store, sid, tmp_path / "r.pdf", ReportSettings(facility_name="Clínica São José"))
    pages, meta = pdf_text(pdf)
    text = " ".join(pages)
    first = pages[0]
    for value in (PATIENT.name, PATIENT.patient_id, PATIENT.date_of_birth, PATIENT.sex, "Dr. Jean-Paul Mbeki",
                  "Chest pain for 2 hours, diaphoresis", sid, "2025-03-14 08:42 (UTC+01:00)", "Clínica São José"):
        assert value in first, value
    assert UNCONFIRMED in first
    assert flat(MODEL_TEXT) in text and FOLLOW_UP_ANSWER in text  # verbatim
    assert "*** Poor data quality: Some glare over leads V4-V6. ***" in first
    assert "CRITICAL FINDINGS" in first and "Acute myocardial infarction / STEMI" in first
    findings = first.split("Key findings")[1].split("ECG (")[0]
    assert "Sinus rhythm" in findings and "Left anterior fascicular block" in findings
    assert "Atrial fibrillation" not in findings  # "No evidence of atrial fibrillation"
    assert "Complete heart block" not in first.split("Interpretation")[0]  # negated in the follow-up answer
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
        assert f"PULSE Desktop {__version__}" in page and BUNDLE.name in page
        assert BUNDLE.manifest_sha256[:12] in page and f"Study {sid}" in page
        assert UNCONFIRMED in page  # the status is on every page
        assert PATIENT.name in page  # and so is the patient
    assert "NOT A CLINICAL MODEL" not in text and "Confirmed by" not in text
    assert meta["/Title"] == f"ECG report - {PATIENT.name} - {sid}"
    assert meta["/Author"] == "Clínica São José"
    assert "unconfirmed" in meta["/Subject"] and meta["/Creator"] == f"PULSE Desktop {__version__}"


def test_confirmed_report_names_the_clinician_and_marks_the_edit(store, tmp_path):
    edit = "Sinus rhythm. Anterior STEMI. Atrial flutter."
    sid = make_sample_study(store, edit=edit, confirm="Dr. Ngozi Adeyemi")
    study = store.get(sid)
    pdf = write_study_pdf(store, sid, tmp_path / "r.pdf", ReportSettings(paper="letter"))
    pages, meta = pdf_text(pdf)
    text = " ".join(pages)
    assert f"Confirmed by Dr. Ngozi Adeyemi, {format_time(study.confirmed_at)}" in pages[0]
    assert "UNCONFIRMED" not in text
    assert flat(MODEL_TEXT) in text  # the model's words stay beside the edit
    assert "CLINICIAN'S EDIT by Dr. Jean-Paul Mbeki" in text and edit in text
    findings = pages[0].split("Key findings")[1].split("ECG (")[0]
    assert "clinician's edited text" in findings and "Atrial flutter" in findings
    assert "Left anterior fascicular block" not in findings  # findings follow the edit, not the model
    assert meta["/Author"] == "Dr. Ngozi Adeyemi" and "confirmed" in meta["/Subject"]
    box = pypdf.PdfReader(str(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_long_answers_flow_over_pages_numbered_x_of_y(store, tmp_path):
    sid = store.create_study(Patient(name="Many Pages", patient_id="MP-1"))
    sentences = [f"Sentence {i}: sinus rhythm with a normal axis and no acute change." for i in range(400)]
    turn = store.start_turn(sid, "Q")
    store.finish_turn(sid, turn, answer=" ".join(sentences))
    pages, _ = pdf_text(write_study_pdf(store, sid, tmp_path / "r.pdf"))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page and "Many Pages" in page
    text = " ".join(pages)
    found = [s in text for s in sentences]
    # a sentence cut by a page break reads back with the page's footer and header inside it
    assert sum(found) >= len(sentences) - (len(pages) - 1) and found[0] and found[-1]


def test_a4_is_a4(store, tmp_path):
    sid = make_sample_study(store)
    box = pypdf.PdfReader(str(write_study_pdf(store, sid, tmp_path / "a4.pdf", ReportSettings(paper="a4")))).pages[0]
    assert (round(float(box.mediabox.width)), round(float(box.mediabox.height))) == (595, 842)


@pytest.mark.parametrize("kind", ["test", "synthetic"])
def test_test_and_synthetic_bundles_carry_a_banner_on_every_page(store, tmp_path, kind):
    sid = make_sample_study(store, bundle=BundleInfo("tiny-random", "Q8_0", "0" * 64, kind))
    pages, _ = pdf_text(write_study_pdf(store, sid, tmp_path / "r.pdf"))
    for page in pages:
        assert f"NOT A CLINICAL MODEL - made with a {kind} model bundle" in page
    assert "(PULSE-7B, Q8_0)" in pages[0]


def test_markup_characters_print_literally(store, tmp_path):
    patient = Patient(name="<b>Bob</b> & <i>Alice</i> &amp; <br/>", patient_id="<font size=40>X</font>")
    sid = store.create_study(patient, indication="rule out <para> & a > b")
    turn = store.start_turn(sid, "Q <?>")
    store.finish_turn(sid, turn, answer="QRS < 120 ms & QTc > 480 ms <b>not bold</b>")
    pages, _ = pdf_text(write_study_pdf(store, sid, tmp_path / "r.pdf"))
    text = " ".join(pages)
    for value in (patient.name, patient.patient_id, "rule out <para> & a > b", "QRS < 120 ms & QTc > 480 ms <b>not bold</b>"):
        assert flat(value) in text, value


def test_pages_render_and_are_not_blank(store, tmp_path):
    sid = make_sample_study(store)
    pdf = write_study_pdf(store, sid, tmp_path / "r.pdf")
    images = render_pages(pdf, dpi=60)
    assert len(images) == len(pypdf.PdfReader(str(pdf)).pages)
    for image in images:
        grey = np.asarray(image.convert("L"))
        assert (grey < 128).mean() > 0.002  # text and lines, not an empty page
    rgb = np.asarray(images[0]).astype(int)
    # the ECG picture (red grid) is on page 1, and so is the red critical box
    reddish = (rgb[..., 0] > 180) & (rgb[..., 1] < 140) & (rgb[..., 2] < 140)
    assert reddish.mean() > 0.001


def test_ecg_is_embedded_at_its_native_resolution(store, tmp_path):
    sid = make_sample_study(store)
    ref = store.get(sid).straightened
    reader = pypdf.PdfReader(str(write_study_pdf(store, sid, tmp_path / "r.pdf")))
    sizes = [(img.image.width, img.image.height) for img in reader.pages[0].images]
    assert (ref.width, ref.height) in sizes


def test_logo_is_drawn_and_a_bad_logo_is_skipped(store, tmp_path):
    sid = make_sample_study(store)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (20, 90, 160)).save(logo)
    good = pypdf.PdfReader(str(write_study_pdf(store, sid, tmp_path / "a.pdf", {"facility_logo": str(logo)})))
    assert (300, 120) in [(i.image.width, i.image.height) for i in good.pages[0].images]
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not a picture")
    pages, _ = pdf_text(write_study_pdf(store, sid, tmp_path / "b.pdf", ReportSettings(facility_logo=bad)))
    assert PATIENT.name in pages[0]


def test_study_without_picture_or_answer_still_prints(store, tmp_path):
    sid = store.create_study(Patient(name="Draft Only"))
    pages, _ = pdf_text(write_study_pdf(store, sid, tmp_path / "r.pdf"))
    assert "No picture is stored with this study." in pages[0] and "No interpretation yet." in pages[0]
    assert "UNCONFIRMED - computer-generated interpretation (PULSE-7B, unknown quantization)" in pages[0]


def test_incomplete_answer_is_marked(store, tmp_path):
    sid = store.create_study(Patient(name="Cut Short"))
    turn = store.start_turn(sid, "Q")
    store.append_answer(sid, turn, "Sinus rhythm. Left ax")
    store.finish_turn(sid, turn, complete=False, reason="cancelled")
    pages, _ = pdf_text(write_study_pdf(store, sid, tmp_path / "r.pdf"))
    assert "Sinus rhythm. Left ax" in pages[0]
    assert "[Answer incomplete - cancelled." in pages[0]


def test_failed_write_leaves_no_file(store, tmp_path):
    sid = make_sample_study(store)
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    from pulse_desktop.core.errors import StorageError
    with pytest.raises(StorageError):
        write_study_pdf(store, sid, blocker / "r.pdf")
    out = tmp_path / "ok.pdf"
    write_pdf(store.get(sid), out)  # no picture given: still a report
    assert out.is_file() and not list(tmp_path.glob(".*.tmp"))


def test_export_writes_pictures_json_and_pdf(store, tmp_path):
    sid = make_sample_study(store)
    files = export_study(store, sid, tmp_path / "export")
    assert sorted(p.name for p in files) == ["original.png", "report.pdf", "straightened.png", "study.json"]
    pages, _ = pdf_text(tmp_path / "export" / "report.pdf")
    assert PATIENT.name in pages[0]


def test_missing_fonts_fall_back_to_builtin_latin(tmp_path):
    fonts = register_fonts(tmp_path)  # an empty folder: a damaged install
    assert fonts.builtin and fonts.regular == "Helvetica"
    from pulse_desktop.core.report.fonts import rich_text
    assert rich_text("Zoë <Ж>", fonts) == "Zoë &lt;?&gt;"
