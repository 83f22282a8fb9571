"""Any text in any field comes back exactly as stored (property-based)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pulse_desktop.core.storage import BundleInfo, Patient, QualityFinding, QualityRecord, Store
from pulse_desktop.core.storage.records import clean_text

# every code point, including NUL, controls, lone surrogates (from undecodable command-line bytes) and markup
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40) | st.sampled_from(
    ["<b>&amp;</b>", "a\x00b", "\ud800", "محمد علي", "हिन्दी", "心电图", "Ζωή", "Ёжик", "🫀 ECG"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=ANY_TEXT, pid=ANY_TEXT, clinician=ANY_TEXT, question=ANY_TEXT,
       chunks=st.lists(ANY_TEXT, max_size=5), edit=ANY_TEXT, message=ANY_TEXT)
def test_every_field_round_trips(name, pid, clinician, question, chunks, edit, message):
    with Store.open() as store:
        sid = store.create_study(Patient(name=name, patient_id=pid, age=name, sex=pid), clinician=clinician,
                                 indication=message)
        store.record_quality(sid, QualityRecord(findings=(QualityFinding(name, "warning", 1.0, message, edit),)))
        store.set_bundle(sid, BundleInfo(name, pid, "0" * 64, "test"))
        turn = store.start_turn(sid, question)
        for chunk in chunks:
            store.append_answer(sid, turn, chunk, tokens=1)
        store.finish_turn(sid, turn)
        store.edit_turn(sid, turn, edit, editor=clinician)
        study = store.get(sid)
    c = clean_text
    assert study.patient == Patient(name=c(name), patient_id=c(pid), age=c(name), sex=c(pid))
    assert (study.clinician, study.indication) == (c(clinician), c(message))
    assert study.quality.findings[0].message == c(message) and study.quality.findings[0].name == c(name)
    assert study.bundle.name == c(name)
    t = study.turns[0]
    assert (t.question, t.answer, t.edited_text) == (c(question), "".join(c(x) for x in chunks), c(edit))
