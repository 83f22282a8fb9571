"""A realistic synthetic study in a real store, for the report tests and the README's sample page.

``python -m tests.report.sample_study OUT.png`` writes page 1 of its report as a PNG (docs/images/sample-report.png).
The patient is invented; the picture is a real ECG from the shared data (ECG-Image-Kit sample, BSD 3-Clause).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image

from pulse_desktop.core.storage import (
    BundleInfo,
    Patient,
    QualityFinding,
    QualityRecord,
    Store,
    encode_png,
)
from tests.support.paths import ECG_IMAGES

SAMPLE_IMAGE = ECG_IMAGES / "ecg00001.png"  # the README sample (3167 x 1580)
TEST_IMAGE = ECG_IMAGES / "ecg00003.png"  # smaller, for fast tests
QUESTION = "Please write a clinical report based on this ECG image."
MODEL_TEXT = ("Sinus rhythm at a rate of about 78 bpm. Left axis deviation. Left anterior fascicular block. "
              "ST segment elevation in leads V1-V3 with reciprocal ST depression in leads II, III and aVF, "
              "consistent with acute anterior myocardial infarction. No evidence of atrial fibrillation. "
              "QT interval within normal limits.")
FOLLOW_UP = "Is there any sign of a complete heart block?"
FOLLOW_UP_ANSWER = "No, there is no complete heart block. The PR interval is normal and every P wave is conducted."
PATIENT = Patient(name="Amina Okafor-Lindqvist", patient_id="MRN-0042-1187", date_of_birth="1958-06-21",
                  sex="female")
BUNDLE = BundleInfo("pulse-7b-q4km", "Q4_K_M", "3f5a9c1e7d2b4a6f8e0c1d3b5a7f9e2c4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a",
                    "clinical", "fp16")


def make_sample_study(store: Store, *, bundle: BundleInfo = BUNDLE, confirm: str = "", edit: str | None = None,
                      image: Path = TEST_IMAGE) -> str:
    sid = store.create_study(PATIENT, acquired_at="2025-03-14T08:42:00+01:00", clinician="Dr. Jean-Paul Mbeki",
                             indication="Chest pain for 2 hours, diaphoresis")
    picture = Image.open(image).convert("RGB")
    store.attach_images(sid, original=image.read_bytes(), straightened=encode_png(picture))
    store.record_quality(sid, QualityRecord(findings=(
        QualityFinding("sharpness", "ok", 4.1, "The picture is sharp."),
        QualityFinding("glare", "warning", 0.04, "Some glare over leads V4-V6.", "Avoid direct light."),
    )))
    store.set_bundle(sid, bundle)
    turn = store.start_turn(sid, QUESTION)
    for word in MODEL_TEXT.split(" "):
        store.append_answer(sid, turn, word + " ", tokens=1)
    store.finish_turn(sid, turn, answer=MODEL_TEXT, token_count=74,
                      timings={"vision": 21.4, "prefill": 312.0, "decode": 29.6})
    turn2 = store.start_turn(sid, FOLLOW_UP)
    store.finish_turn(sid, turn2, answer=FOLLOW_UP_ANSWER, token_count=24, timings={"prefill": 3.1, "decode": 9.6})
    if edit is not None:
        store.edit_turn(sid, turn, edit, editor="Dr. Jean-Paul Mbeki")
    if confirm:
        store.confirm(sid, confirm)
    return sid


def main(argv: list[str]) -> int:
    from pulse_desktop.core.report import ReportSettings, save_page_png, write_study_pdf

    out = Path(argv[0]) if argv else Path("docs/images/sample-report.png")
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "studies.sqlite3") as store:
        sid = make_sample_study(store, image=SAMPLE_IMAGE)
        pdf = write_study_pdf(store, sid, Path(tmp) / "report.pdf",
                              ReportSettings(facility_name="St. Mary's District Hospital - Cardiology"))
        save_page_png(pdf, out, page=0, dpi=110)
        if len(argv) > 1:
            Path(argv[1]).write_bytes(pdf.read_bytes())
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
