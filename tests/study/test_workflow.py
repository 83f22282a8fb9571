"""The workflow's steps without Qt, against a real SQLite store: every step written as it happens."""

from __future__ import annotations

import numpy as np
import pytest

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import Done, Token
from pulse_desktop.core.storage import Patient, Store
from pulse_desktop.core.study import Refused, rules
from pulse_desktop.core.study.answer_recording import APPEND_EVERY_TOKENS
from tests.study.drive import Settings, drive, installed_bundle, workflow
from tests.study.engines import ANSWER, FOLLOW_UP, RecordingEngine
from tests.study.pictures import GLARE, NOT_ECG_BLOCKING, opened


@pytest.fixture
def bundle(tmp_path):
    return installed_bundle(tmp_path)


def stored(study_id):
    with Store.open() as store:
        return store.get(study_id)


def test_interpret_follow_up_edit_confirm_each_written(bundle):
    engine = RecordingEngine()
    wf = workflow(engine, bundle)
    wf.adopt_picture(opened(GLARE))
    wf.set_patient(Patient("Zoë Ødegård", "P-1", "1961-04-12", "", "female"), "palpitations")
    with pytest.raises(Refused) as refused:
        wf.interpret("Q?", Settings())
    assert refused.value.refusal.reason == rules.WARNINGS and wf.session.turns == []
    assert wf.accept_warnings("Dr Obi") == ("glare",)
    run = wf.interpret("Please report.", Settings())
    assert drive(wf, run) == "succeeded"
    s = wf.session
    assert s.answered and s.interpretation == ANSWER and s.bundle_name == "fake-test" and not s.unsaved
    np.testing.assert_array_equal(engine.images[0], np.asarray(s.review.straightened))

    study = stored(s.study_id)
    assert study.patient.name == "Zoë Ødegård" and study.indication == "palpitations"
    assert study.status == "interpreted" and study.turns[0].answer == ANSWER and study.turns[0].is_complete
    assert {i.role for i in study.images} == {"original", "straightened"}
    assert study.bundle.name == "fake-test"
    assert study.quality.override.who == "Dr Obi" and study.quality.override.findings == ("glare",)

    assert drive(wf, wf.follow_up("Any infarct?")) == "succeeded"
    assert [t.kind for t in s.turns] == ["ask", "follow_up"] and s.turns[1].answer == FOLLOW_UP

    assert wf.edit(ANSWER + " Normal ECG.")
    wf.edit_write()()
    wf.confirmed(s, "Dr Obi", wf.confirm_write("Dr Obi")())
    study = stored(s.study_id)
    assert study.status == "confirmed" and study.confirmed_by == "Dr Obi"
    assert study.turns[0].edited_text == ANSWER + " Normal ECG." and study.turns[0].answer == ANSWER
    assert not wf.edit("changed after confirming")  # refused: the confirmed report stays as it is
    with pytest.raises(Refused):
        wf.follow_up("More?")


def test_a_blocked_picture_is_refused_and_kept_as_a_draft(bundle):
    engine = RecordingEngine()
    wf = workflow(engine, bundle)
    wf.adopt_picture(opened(NOT_ECG_BLOCKING))
    wf.accept_warnings("Dr Obi")  # accepting warnings never lifts a blocking finding
    assert wf.check_interpret().reason == rules.BLOCKED
    with pytest.raises(Refused):
        wf.interpret("Q?", Settings())
    study_id = wf.save_draft()
    assert engine.images == [] and stored(study_id).status == "draft"
    assert [f.level for f in stored(study_id).quality.findings if f.name == "grid"] == ["blocking"]


def test_reinterpreting_on_the_other_picture_is_a_new_study(bundle):
    engine = RecordingEngine()
    wf = workflow(engine, bundle)
    wf.adopt_picture(opened())
    drive(wf, wf.interpret("Q?", Settings()))
    first = wf.session
    wf.use_straightened(False)  # the clinician prefers the original: a new interpretation
    drive(wf, wf.interpret("Q?", Settings()))
    second = wf.session
    assert second is not first and second.study_id != first.study_id
    np.testing.assert_array_equal(engine.images[1], np.asarray(first.original))
    assert stored(first.study_id).turns[0].answer == ANSWER  # the old study stays as it was
    assert stored(second.study_id).turns[0].answer == ANSWER
    assert second.patient == first.patient and len(second.turns) == 1


def test_cancel_keeps_the_partial_answer_marked_incomplete(bundle):
    words = " ".join(f"w{i}" for i in range(4 * APPEND_EVERY_TOKENS))
    cancel = CancelToken()

    class CancelMidway(RecordingEngine):
        def _decode(self, text, cancel_token, turn):
            for event in super()._decode(text, cancel_token, turn):
                if isinstance(event, Token) and event.token_id == 100 + 2 * APPEND_EVERY_TOKENS:
                    cancel.cancel()
                yield event

    wf = workflow(CancelMidway(answer=words), bundle)
    wf.adopt_picture(opened())
    assert drive(wf, wf.interpret("Q?", Settings()), cancel) == "cancelled"
    turn = wf.session.turns[0]
    assert not turn.complete and turn.answer.startswith("w0 w1")
    kept = stored(wf.session.study_id).turns[0]
    assert kept.state == "incomplete" and kept.incomplete_reason == "cancelled"
    assert kept.answer.startswith("w0 w1") and kept.token_count >= 2 * APPEND_EVERY_TOKENS
    with pytest.raises(Refused):  # no follow-up on a cut-short answer
        wf.follow_up("More?")


def test_without_a_store_the_work_goes_on_unrecorded(bundle):
    wf = workflow(RecordingEngine(), bundle, record=False)
    wf.adopt_picture(opened())
    events = list(wf.interpret("Q?", Settings()).work(CancelToken()))
    assert isinstance(events[-1], Done) and events[-1].result.text == ANSWER
    assert wf.recorder.unavailable


def test_no_bundle_records_nothing(tmp_path):
    from pulse_desktop.core.errors import BundleError
    from pulse_desktop.core.study import EngineHolder, StudyRecorder, StudyWorkflow

    def no_bundle(_name):
        raise BundleError("No model bundle is installed.", "Import one.")

    wf = StudyWorkflow(StudyRecorder(Store.open), EngineHolder(lambda b, s: RecordingEngine()), no_bundle)
    wf.adopt_picture(opened())
    with pytest.raises(BundleError):
        list(wf.interpret("Q?", Settings()).work(CancelToken()))
    with Store.open() as store:
        assert store.list_studies() == []


def test_a_failed_answer_is_closed_with_its_reason(bundle):
    class Failing(RecordingEngine):
        def _decode(self, text, cancel, turn):
            yield Token(1, "Sinus ")
            raise MemoryError("out of memory")

    wf = workflow(Failing(), bundle)
    wf.adopt_picture(opened())
    run = wf.interpret("Q?", Settings())
    with pytest.raises(MemoryError):
        list(run.work(CancelToken()))
    with Store.open() as store:
        turn = store.list_studies()[0]
        kept = store.get(turn.study_id).turns[0]
    assert kept.state == "incomplete" and "MemoryError" in kept.incomplete_reason and kept.answer == "Sinus "


def test_cancelled_before_the_engine_runs(bundle):
    cancel = CancelToken()
    cancel.cancel()
    wf = workflow(RecordingEngine(), bundle)
    wf.adopt_picture(opened())
    with pytest.raises(Cancelled):
        list(wf.interpret("Q?", Settings()).work(cancel))


def test_report_and_export_come_from_what_was_stored(bundle, tmp_path):
    import json

    from pypdf import PdfReader

    from pulse_desktop.core.errors import StorageError

    wf = workflow(RecordingEngine(), bundle)
    wf.adopt_picture(opened())
    wf.set_patient(Patient("Ana Müller", "P-0042"))
    with pytest.raises(StorageError):  # not recorded yet: nothing to report
        wf.write_report(tmp_path / "early.pdf")
    drive(wf, wf.interpret("Please report.", Settings()))
    pdf = wf.write_report(tmp_path / "report.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Ana Müller" in text and "UNCONFIRMED" in text
    folder = wf.export(tmp_path / "out")
    assert folder.name == f"study-{wf.session.study_id}" and (folder / "report.pdf").is_file()
    data = json.loads((folder / "study.json").read_text(encoding="utf-8"))
    assert data["study"]["patient"]["name"] == "Ana Müller"
