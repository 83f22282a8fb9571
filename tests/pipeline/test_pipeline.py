"""The pipeline: picture -> study -> streamed, recorded answer, with the real engine and a real SQLite file."""

from __future__ import annotations

import pytest

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.errors import Cancelled, QualityBlockedError
from pulse_desktop.core.events import Done, Token
from pulse_desktop.core.pipeline import follow_up_study, interpret_study, open_study_from_file
from pulse_desktop.core.storage import Patient, Store
from tests.support.gpu import GPU_LAYERS
from tests.support.paths import ecg_image_files

QUESTION = "Please write a clinical report based on this ECG image."


@pytest.fixture(scope="module")
def engine(tiny_bundle_f32_flat):
    eng = MultimodalEngine(tiny_bundle_f32_flat, n_gpu_layers=GPU_LAYERS)
    yield eng
    eng.close()


def _run(gen):
    events = list(gen)
    assert isinstance(events[-1], Done)
    return events


def test_interpret_and_follow_up_are_recorded(engine):
    with Store.open() as store:
        sid, intake = open_study_from_file(store, ecg_image_files()[0], Patient(name="Zoë Ødegård", patient_id="P-1"))
        events = _run(interpret_study(store, sid, intake.image_for_model, QUESTION, engine, max_new_tokens=12))
        first = events[-1].result
        streamed = "".join(e.text for e in events if isinstance(e, Token))
        events2 = _run(follow_up_study(store, sid, "Is the rhythm regular?", engine, max_new_tokens=6))
        second = events2[-1].result
    with Store.open() as store:  # a fresh connection reads what was committed
        study = store.get(sid)
    assert study.patient.name == "Zoë Ødegård"
    assert [t.question for t in study.turns] == [QUESTION, "Is the rhythm regular?"]
    assert study.turns[0].answer == first.answer.text
    assert first.answer.text == streamed.strip()
    assert study.turns[1].answer == second.answer.text
    assert study.bundle.manifest_sha256 == engine.manifest_sha256
    assert study.status == "interpreted"
    assert {ref.role for ref in study.images} == {"original", "straightened"}


def test_cancel_keeps_the_partial_answer_marked_incomplete(engine):
    cancel = CancelToken()
    with Store.open() as store:
        sid, intake = open_study_from_file(store, ecg_image_files()[1], Patient(name="Cancel Me"))
        seen = 0
        with pytest.raises(Cancelled):
            for event in interpret_study(store, sid, intake.image_for_model, QUESTION, engine, cancel,
                                         max_new_tokens=64):
                if isinstance(event, Token):
                    seen += 1
                    if seen == 10:
                        cancel.cancel()
        turn = store.get(sid).turns[0]
    assert turn.state == "incomplete" and "cancel" in turn.incomplete_reason
    assert len(turn.answer) > 0  # the first tokens were stored before the cancel
    cancel.reset()
    # the engine is still usable after a cancel
    with Store.open() as store:
        sid2, intake2 = open_study_from_file(store, ecg_image_files()[1], Patient(name="Again"))
        assert isinstance(_run(interpret_study(store, sid2, intake2.image_for_model, QUESTION, engine,
                                               max_new_tokens=4))[-1], Done)


def test_a_blocked_picture_is_still_stored(tmp_path):
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("RGB", (1200, 900), "white").save(blank)
    with Store.open() as store:
        sid, intake = open_study_from_file(store, blank, Patient(name="Blank Page"))
        assert not intake.report.usable
        with pytest.raises(QualityBlockedError):
            intake.report.raise_if_blocked()
        studies = store.list_studies("Blank Page")
        assert len(studies) == 1
        study = store.get(studies[0].study_id)
    assert study.quality is not None and any(f.level == "blocking" for f in study.quality.findings)
