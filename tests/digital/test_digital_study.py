"""A digital ECG file through the study workflow (core/study) with the real engine on the tiny bundle and a real
SQLite file: opened (read, drawn 3x4, measured, checked, not straightened), interpreted from the rendered page,
confirmed, its PDF carrying the measurement block, and the measurements still there when the study is reopened."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from pypdf import PdfReader

from pulse_desktop.cli.interpret_study import CappedEngine
from pulse_desktop.core.bundle.registry import resolve_bundle
from pulse_desktop.core.ecg_files import read_recording
from pulse_desktop.core.ecg_render import render_page
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.measure import measure
from pulse_desktop.core.report import write_study_pdf
from pulse_desktop.core.storage import Patient, Store
from pulse_desktop.core.storage.schema import MIGRATIONS, SCHEMA_VERSION
from pulse_desktop.core.study import EngineHolder, StudyRecorder, StudyWorkflow
from pulse_desktop.core.study.digital import measurements_of
from pulse_desktop.core.study.history import session_from_study
from pulse_desktop.core.study.picture import open_file
from tests.study.drive import Settings, drive
from tests.support.gpu import GPU_LAYERS
from tests.support.paths import REPO

SAMPLE = REPO / "tests" / "data" / "digital" / "hl7_aecg_example.xml"  # the real HL7 aECG example (CC0)
QUESTION = "Please write a clinical report based on this ECG image."


class SeeingEngine(CappedEngine):
    """The real engine, capped; keeps a copy of every picture it was asked about."""

    def __init__(self, engine, max_new_tokens: int) -> None:
        super().__init__(engine, max_new_tokens)
        self.images: list[np.ndarray] = []

    def ask(self, image, question, cancel):
        self.images.append(np.asarray(image.convert("RGB")).copy())
        return super().ask(image, question, cancel)

    def close(self) -> None:  # shared by the module's tests
        pass


@pytest.fixture(scope="module")
def engine(tiny_bundle_f32_flat):
    eng = MultimodalEngine(tiny_bundle_f32_flat, n_gpu_layers=GPU_LAYERS)
    yield eng
    eng.close()


def test_opening_a_digital_file_draws_measures_and_checks_it_without_straightening():
    opened = open_file(SAMPLE)
    rec = read_recording(SAMPLE)
    assert np.array_equal(np.asarray(opened.original), render_page(rec, "3x4"))
    assert opened.review.checked and opened.review.findings and opened.review.straightened is None
    assert opened.review.is_ecg and not opened.review.blocked  # the app's own check passes its page
    assert measurements_of(opened.loaded) == measure(rec)
    with pytest.raises(ValueError, match="drawn straight"):
        open_file(SAMPLE, corners=[(0, 0), (10, 0), (10, 10), (0, 10)])


@pytest.mark.parametrize("sample", ["digital/philips_1_04_ZZDEMOPTONLY.xml", "digital/waveform_ecg.dcm",
                                    "ludb/data/1.hea"])
def test_every_real_sample_opens_as_a_checked_rendered_page(sample):
    opened = open_file(REPO / "tests" / "data" / sample)
    assert opened.original.size == (2200, 1700) and opened.review.checked and opened.review.straightened is None
    assert not opened.review.blocked and measurements_of(opened.loaded) is not None


def test_digital_file_to_confirmed_pdf_with_measurements_and_reopened(engine, tiny_bundle_f32_flat, tmp_path):
    bundle = resolve_bundle(str(tiny_bundle_f32_flat))
    seeing = SeeingEngine(engine, 12)
    wf = StudyWorkflow(StudyRecorder(Store.open), EngineHolder(lambda b, s: seeing), lambda _name: bundle)
    wf.adopt_picture(open_file(SAMPLE))
    wf.set_patient(Patient(name="Digital Dora", patient_id="D-17"))
    wf.accept_warnings("Dr Test")
    s = wf.session
    assert s.picture_read == "rendered" and s.image_for_model() is s.original
    assert drive(wf, wf.interpret(QUESTION, Settings())) == "succeeded"
    assert np.array_equal(seeing.images[0], render_page(read_recording(SAMPLE), "3x4"))  # the page, as it is
    confirmed_at = wf.confirm_write("Dr Test")()
    wf.confirmed(s, "Dr Test", confirmed_at)
    m = measure(read_recording(SAMPLE)).to_dict()
    with Store.open() as store:
        study = store.get(s.study_id)
        assert study.status == "confirmed" and study.measurements == m
        assert any(f.name == "grid" for f in study.quality.findings)  # the check was recorded
        pdf = write_study_pdf(store, s.study_id, tmp_path / "report.pdf")
        reopened = session_from_study(study, store)
    wf.close()
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    text = " ".join(text.split())
    assert "measured by PULSE Desktop from the digital recording" in text
    assert f"{m['qrs_ms']} ms" in text and f"{m['heart_rate_bpm']} bpm" in text and "QTc Bazett" in text
    assert "Digital Dora" in text and "Dr Test" in text
    assert measurements_of(reopened.loaded).to_dict() == m and reopened.picture_read == "rendered"


def test_a_store_from_before_measurements_opens_and_gains_them(tmp_path):
    path = tmp_path / "old" / "studies.sqlite3"
    path.parent.mkdir()
    raw = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:  # a version-1 database, as the released app wrote it
        raw.execute(statement)
    raw.execute("INSERT INTO studies (study_id, created_at, updated_at, patient_name) "
                "VALUES ('20260101-AAAAA', '2026-01-01T10:00:00', '2026-01-01T10:00:00', 'Old Olga')")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()
    with Store.open(path) as store:
        old = store.get("20260101-AAAAA")
        assert old.patient.name == "Old Olga" and old.measurements is None
        store.record_measurements(old.study_id, {"qrs_ms": 96, "reasons": {}})
        assert store.get(old.study_id).measurements == {"qrs_ms": 96, "reasons": {}}
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
