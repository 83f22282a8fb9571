"""A report in each language: the PDF's text layer reads back what was written (Latin scripts exactly; for
Arabic and Devanagari the Latin parts exactly, every letter present, nothing unmapped, and HarfBuzz finds every
glyph in the shipped font); the model's English words verbatim; the same language through the CLI and the
study workflow; one page per language rendered to PNG (to ``PULSE_REPORT_SCREENSHOTS_DIR`` when set)."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import numpy as np
import pypdf
import pypdfium2
import pytest
import uharfbuzz

from pulse_desktop.cli.main import main
from pulse_desktop.core.report import ReportSettings, render_pages, write_pdf, write_study_pdf
from pulse_desktop.core.report.fonts import FONT_DIR
from pulse_desktop.core.report.language import LANGUAGES, report_language
from pulse_desktop.core.settings import Settings
from pulse_desktop.core.storage import Store
from tests.report.sample_study import FOLLOW_UP_ANSWER, MODEL_TEXT, PATIENT, make_sample_study

LATIN = ["en", "fr", "es", "pt", "sw"]
SHAPED = {"ar": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
          "hi": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")}


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def read_back(pdf: Path) -> list[str]:
    return [flat(page.extract_text()) for page in pypdf.PdfReader(str(pdf)).pages]


@pytest.fixture
def store():
    with Store.open() as s:
        yield s


def report(store, tmp_path, code: str, **study) -> tuple[str, Path]:
    sid = make_sample_study(store, **study)
    return sid, write_study_pdf(store, sid, tmp_path / f"{code}.pdf", ReportSettings(language=code))


def printed(code: str, sid: str, store) -> list[str]:
    """The report's own sentences for the sample study, as the table words them."""
    t = report_language(code)
    study = store.get(sid)
    return [t.t("unconfirmed", model="PULSE-7B", quantization="Q4_K_M"), t.t("critical_heading"),
            t.t("key_heading_model"), t.t("ecg_heading_picture"), t.t("interpretation_heading", model="PULSE-7B"),
            t.t("label_patient_id"), t.t("label_born"), t.t("label_indication"), t.t("sex_female"),
            t.t("details_heading"), t.statement("sinus_rhythm", ""), t.statement("left_axis", ""),
            t.statement("acute_mi", ""), t.t("quality_poor", message="Some glare over leads V4-V6."),
            t.t("page_x_of_y", page="1", total="2"), t.date_time(study.acquired_at), t.date(PATIENT.date_of_birth)] + \
        ([] if t.is_source else [t.t("model_language_note")])


@pytest.mark.parametrize("code", LATIN)
def test_latin_script_reports_read_back_exactly(store, tmp_path, code):
    sid, pdf = report(store, tmp_path, code)
    pages = read_back(pdf)
    text = " ".join(pages)
    for sentence in printed(code, sid, store):
        assert flat(sentence) in text, sentence
    assert flat(MODEL_TEXT) in text and FOLLOW_UP_ANSWER in text  # the model's English, verbatim
    assert "\ufffd" not in text and not any(0xE000 <= ord(c) <= 0xF8FF for c in text)
    if code != "en":
        english = report_language("en")
        for key in ("critical_heading", "key_heading_model", "details_heading", "model_language_note"):
            assert english.t(key) not in text, key  # nothing left in English but the model's words
        meta = pypdf.PdfReader(str(pdf)).metadata
        assert meta["/Title"] == report_language(code).t("meta_title", patient=PATIENT.name, study_id=sid)


def _hb_missing(font_file: str, text: str) -> list[str]:
    """Characters of ``text`` HarfBuzz shapes to glyph 0 (.notdef, a missing-glyph box) in the shipped font."""
    blob = uharfbuzz.Blob.from_file_path(str(FONT_DIR / font_file))
    font = uharfbuzz.Font(uharfbuzz.Face(blob))
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(font, buf)
    return [text[info.cluster] for info in buf.glyph_infos if info.codepoint == 0]


def pdfium_text(pdf: Path) -> str:
    """The text as PDFium (Chrome's and Edge's PDF engine) extracts it: it honours /ActualText."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.mark.parametrize("code", sorted(SHAPED))
def test_shaped_script_reports_read_back_and_every_glyph_is_in_the_font(store, tmp_path, code):
    sid, pdf = report(store, tmp_path, code)
    text = " ".join(read_back(pdf))  # pypdf: ToUnicode only
    for latin in (flat(MODEL_TEXT), FOLLOW_UP_ANSWER, PATIENT.name, PATIENT.patient_id, sid, "PULSE-7B",
                  "Q4_K_M", "Some glare over leads V4-V6."):
        assert latin in text, latin
    assert "\ufffd" not in text and not any(0xE000 <= ord(c) <= 0xF8FF for c in text)
    exact = flat(pdfium_text(pdf))
    assert flat(MODEL_TEXT) in exact and PATIENT.name in exact
    for sentence in printed(code, sid, store):
        for run in re.findall(r"[\u0620-\u065F\u0670-\u06D3]+" if code == "ar" else
                              r"[\u0900-\u097F\u200c\u200d][\u0900-\u097F\u200c\u200d ]*[\u0900-\u097F]|"
                              r"[\u0900-\u097F]", sentence):
            for font_file in SHAPED[code]:
                assert _hb_missing(font_file, run) == [], (font_file, run)  # no missing-glyph box
            # every word reads back exactly, conjuncts and joined letters included; Arabic without its optional
            # vowel marks (drawn, left out of the text layer as Arabic is typed and searched without them)
            word = "".join(c for c in run if unicodedata.category(c) != "Mn") if code == "ar" else run
            assert word in exact, (sentence, word)
    fonts = {str(f.get_object()["/BaseFont"]) for page in pypdf.PdfReader(str(pdf)).pages
             for f in page["/Resources"]["/Font"].values()}
    face = "NotoSansArabic" if code == "ar" else "NotoSansDevanagari"
    assert any(f"{face}-Regular" in f for f in fonts) and any(f"{face}-Bold" in f for f in fonts), fonts


def test_the_cli_and_the_workflow_print_the_language_asked(store, tmp_path, pulse_home, capsys):
    sid = make_sample_study(store)
    out = tmp_path / "es.pdf"
    assert main(["studies", "report", sid, "--pdf", str(out), "--language", "es"]) == 0
    assert report_language("es").t("critical_heading") in " ".join(read_back(out))
    assert main(["studies", "export", sid, str(tmp_path / "x"), "--language", "pt_BR"]) == 0
    assert report_language("pt").t("critical_heading") in " ".join(read_back(tmp_path / "x" / "report.pdf"))
    (pulse_home / "settings.json").write_text('{"language": "sw"}')
    assert main(["studies", "report", sid, "--pdf", str(out)]) == 0  # the setting
    assert report_language("sw").t("critical_heading") in " ".join(read_back(out))
    with pytest.raises(SystemExit) as exit_:
        main(["studies", "report", sid, "--pdf", str(out), "--language", "xx"])
    assert exit_.value.code == 2 and "choose one of en, fr, es, pt, ar, hi, sw" in capsys.readouterr().err


def test_the_window_s_path_takes_the_language_from_its_settings(tmp_path):
    """The window hands its Settings to the study workflow (core/study), which writes the report."""
    from pulse_desktop.core.study import StudyRecorder, StudyWorkflow
    from pulse_desktop.core.study.engine_holder import EngineHolder

    with Store.open() as store:
        sid = make_sample_study(store)
    workflow = StudyWorkflow(StudyRecorder(Store.open), EngineHolder(lambda b, s: None), lambda name: None)
    try:
        pdf = workflow.write_report(tmp_path / "fr.pdf", Settings(language="fr"), sid)
        assert report_language("fr").t("critical_heading") in " ".join(read_back(pdf))
        folder = workflow.export(tmp_path / "out", Settings(language="sw"), sid)
        assert report_language("sw").t("label_sex") in " ".join(read_back(folder / "report.pdf"))
    finally:
        workflow.close()


def test_one_page_per_language_renders(store, tmp_path):
    """Page 1 of each language's report as PNG: saved for a person to look at (docs/screenshots/reports/ holds
    a few); here checked to be a real page with ink on it, its header at the right in Arabic, else at the left."""
    sid = make_sample_study(store, confirm="Dr. Ngozi Adeyemi")
    folder = Path(os.environ.get("PULSE_REPORT_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        pdf = write_study_pdf(store, sid, tmp_path / f"{code}.pdf", ReportSettings(language=code))
        page = render_pages(pdf, dpi=60)[0]
        page.save(folder / f"report-{code}.png")
        ink = np.asarray(page.convert("L")) < 128
        assert 0.01 < ink.mean() < 0.5, (code, ink.mean())
        header = ink[: int(ink.shape[0] * 0.07)]  # facility name and subtitle: at the start of the line
        middle = np.nonzero(header)[1].mean() / ink.shape[1]
        assert (middle > 0.6) if code == "ar" else (middle < 0.4), (code, middle)


def test_interpret_writes_its_report_in_the_language_asked(tmp_path, monkeypatch, capsys):
    """`pulse-desktop interpret ... --pdf --language`: through the study workflow, like the window."""
    from pulse_desktop.cli import interpret_study
    from tests.study.drive import installed_bundle
    from tests.study.engines import ANSWER, RecordingEngine
    from tests.support.paths import ecg_image_files

    installed_bundle(tmp_path)
    monkeypatch.setattr(interpret_study, "open_engine", lambda bundle, settings: RecordingEngine())
    out = tmp_path / "r.pdf"
    code = main(["interpret", str(ecg_image_files()[0]), "--accept-warnings-by", "Dr Obi", "--patient-name", "Ana",
                 "--pdf", str(out), "--language", "fr"])
    assert code == 0, capsys.readouterr().err
    text = " ".join(read_back(out))
    fr = report_language("fr")
    assert fr.t("model_language_note") in text and fr.t("not_clinical_test") in text
    assert flat(ANSWER) in text  # the model's words, verbatim


@pytest.mark.parametrize("code", ["en", "fr", "sw"])
def test_quality_caveats_in_the_language_including_a_picture_stated_to_be_an_ecg(tmp_path, code):
    from pulse_desktop.core.storage.records import QualityFinding, QualityOverride, QualityRecord, Study, Turn

    lang = report_language(code)
    grid = QualityFinding("grid", "warning", 1.0, "This does not look like an ECG. No ECG grid was found.")
    glare = QualityFinding("glare", "warning", 3.4, "A reflection washes out part of the ECG (3.4 %).")
    when = "2025-03-14T08:45:00+01:00"
    for override, expected in ((None, lang.t("quality_not_ecg")),
                               (QualityOverride("Dr Obi", when, ("grid", "glare")),
                                lang.t("quality_stated_ecg", who="Dr Obi", when=lang.date_time(when)))):
        study = Study(study_id="20250101-ABCDE", created_at="2025-01-01T10:00:00+00:00", patient=PATIENT,
                      quality=QualityRecord((grid, glare), is_ecg=False, override=override),
                      turns=(Turn(0, "Q", "Sinus rhythm.", "complete", "2025-01-01T10:00:00+00:00"),))
        text = " ".join(read_back(write_pdf(study, tmp_path / f"{code}.pdf", ReportSettings(language=code))))
        assert flat(expected) in text
        reflection = lang.optional("quality", "glare_warning").format(pct=lang.number("3.4"))
        assert reflection in text  # the imaging module's English message, translated, with a local number
