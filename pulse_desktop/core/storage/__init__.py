"""Study records and their storage (no Qt).

- :mod:`.records`: the frozen values (``Patient``, ``Study``, ``Turn``, ``ImageRef``, ``QualityRecord``,
  ``BundleInfo``, ``StudySummary``) and converters from other modules' objects (``quality_from_report``,
  ``bundle_info``).
- :mod:`.store`: :class:`Store`, SQLite in ``paths.database_path()``, one committed step per call
  (create, attach pictures, quality, bundle, start / append / finish an answer, edit, confirm, delete).
  The example below shows the whole life of a study; then write its report with
  ``pulse_desktop.core.report.write_study_pdf(store, sid, Path("out.pdf"))``.
- :mod:`.image_files`: pictures as files named by sha256, written atomically (``encode_png`` for PIL images).
- :mod:`.export`: a study's folder copy (pictures + ``study.json``).

Every failure is a :class:`~pulse_desktop.core.errors.StorageError` with a hint; nothing committed is lost.

Use::

    from pulse_desktop.core.storage import Patient, Store, bundle_info, encode_png

    with Store.open() as store:                      # paths.database_path(); PULSE_HOME moves it
        sid = store.create_study(Patient(name="Ana Díaz", patient_id="H-204", sex="female"),
                                 acquired_at="2025-01-14T09:30:00+01:00", clinician="Dr Okafor",
                                 indication="palpitations")
        store.attach_images(sid, original=open("ecg.jpg", "rb").read(), straightened=encode_png(image))
        store.record_quality(sid, quality_report)     # any object with .findings (see quality_from_report)
        store.set_bundle(sid, bundle_info(manifest, manifest_sha256))
        turn = store.start_turn(sid, "Please write a clinical report based on this ECG image.")
        for chunk in chunks:                          # every few tokens: one small UPDATE, committed
            store.append_answer(sid, turn, chunk, tokens=4)
        store.finish_turn(sid, turn, answer=answer.text, token_count=len(answer.token_ids),
                          timings=answer.stages)      # or complete=False, reason="cancelled"
        store.edit_turn(sid, turn, "Sinus rhythm. ...", editor="Dr Okafor")
        store.confirm(sid, "Dr Okafor")
        study = store.get(sid)                        # a frozen Study (records.py)
"""

from pulse_desktop.core.storage.image_files import encode_png
from pulse_desktop.core.storage.records import (
    CONFIRMED,
    DRAFT,
    INTERPRETED,
    BundleInfo,
    ImageRef,
    Patient,
    QualityFinding,
    QualityOverride,
    QualityRecord,
    Study,
    StudySummary,
    Turn,
    bundle_info,
    quality_from_report,
)
from pulse_desktop.core.storage.store import Store

__all__ = [
    "CONFIRMED", "DRAFT", "INTERPRETED", "BundleInfo", "ImageRef", "Patient", "QualityFinding", "QualityOverride",
    "QualityRecord", "Store", "Study", "StudySummary", "Turn", "bundle_info", "encode_png", "quality_from_report",
]
