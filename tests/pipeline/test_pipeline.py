"""The study workflow end to end with the real engine on the tiny bundle and a real SQLite file: a picture
becomes a recorded study with a streamed answer; cancel keeps the partial text; a blocked picture is kept."""

from __future__ import annotations

import pytest
from PIL import Image

from pulse_desktop.cli.interpret_study import CappedEngine
from pulse_desktop.core.bundle.manifest import manifest_sha256
from pulse_desktop.core.bundle.registry import resolve_bundle
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.events import Token
from pulse_desktop.core.storage import Patient, Store
from pulse_desktop.core.study import EngineHolder, Refused, StudyRecorder, StudyWorkflow, rules
from pulse_desktop.core.study.picture import open_file
from tests.study.drive import Settings, drive
from tests.support.gpu import GPU_LAYERS
from tests.support.paths import ecg_image_files

QUESTION = "Please write a clinical report based on this ECG image."


class Shared(CappedEngine):
    """The module's engine, capped, and not closed by each workflow (it is shared by the tests)."""

    def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def engine(tiny_bundle_f32_flat):
    eng = MultimodalEngine(tiny_bundle_f32_flat, n_gpu_layers=GPU_LAYERS)
    yield eng
    eng.close()


def workflow(engine, bundle_path, max_new_tokens: int) -> StudyWorkflow:
    bundle = resolve_bundle(str(bundle_path))
    return StudyWorkflow(StudyRecorder(Store.open), EngineHolder(lambda b, s: Shared(engine, max_new_tokens)),
                         lambda _name: bundle)


def opened(wf: StudyWorkflow, path, patient: Patient) -> None:
    wf.adopt_picture(open_file(path))
    wf.set_patient(patient)
    wf.accept_warnings("Dr Test")


def test_interpret_and_follow_up_are_recorded(engine, tiny_bundle_f32_flat):
    wf = workflow(engine, tiny_bundle_f32_flat, 12)
    opened(wf, ecg_image_files()[0], Patient(name="Zoë Ødegård", patient_id="P-1"))
    streamed: list[str] = []
    run = wf.interpret(QUESTION, Settings())
    for event in run.work(CancelToken()):
        if not wf.apply(run, event) and isinstance(event, Token):
            streamed.append(event.text)
    first = wf.session.turns[0]
    wf.finish(run, "succeeded", None, "".join(streamed))
    assert drive(wf, wf.follow_up("Is the rhythm regular?")) == "succeeded"
    s = wf.session
    with Store.open() as store:
        study = store.get(s.study_id)
    assert study.patient.name == "Zoë Ødegård"
    assert [t.question for t in study.turns] == [QUESTION, "Is the rhythm regular?"]
    assert study.turns[0].answer.strip() == "".join(streamed).strip() and first.question == QUESTION
    assert study.turns[1].answer == s.turns[1].answer
    assert study.bundle.manifest_sha256 == manifest_sha256(tiny_bundle_f32_flat)
    assert study.status == "interpreted" and study.original is not None
    wf.close()


def test_cancel_keeps_the_partial_answer_marked_incomplete(engine, tiny_bundle_f32_flat):
    cancel = CancelToken()
    wf = workflow(engine, tiny_bundle_f32_flat, 64)
    opened(wf, ecg_image_files()[1], Patient(name="Cancel Me"))
    run = wf.interpret(QUESTION, Settings())
    seen = 0
    with pytest.raises(Exception) as raised:
        for event in run.work(cancel):
            if not wf.apply(run, event) and isinstance(event, Token):
                seen += 1
                if seen == 10:
                    cancel.cancel()
    assert type(raised.value).__name__ == "Cancelled"
    with Store.open() as store:
        turn = store.get(wf.session.study_id).turns[0]
    assert turn.state == "incomplete" and "cancel" in turn.incomplete_reason
    assert len(turn.answer) > 0  # the first tokens were stored before the cancel
    wf.finish(run, "cancelled")
    # the engine is still usable after a cancel: asked again, the study gets a second, complete answer
    assert drive(wf, wf.interpret(QUESTION, Settings())) == "succeeded"
    wf.close()


def test_a_blocked_picture_is_still_stored(engine, tiny_bundle_f32_flat, tmp_path):
    blank = tmp_path / "blank.png"
    Image.new("RGB", (1200, 900), "white").save(blank)
    wf = workflow(engine, tiny_bundle_f32_flat, 4)
    opened(wf, blank, Patient(name="Blank Page"))
    with pytest.raises(Refused) as refused:
        wf.interpret(QUESTION, Settings())
    assert refused.value.refusal.reason == rules.BLOCKED
    study_id = wf.save_draft()
    with Store.open() as store:
        study = store.get(study_id)
    assert study.status == "draft" and any(f.level == "blocking" for f in study.quality.findings)
    wf.close()
