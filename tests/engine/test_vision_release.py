"""Fit an 8 GB computer: the vision session exists only while a picture is encoded, and the KV cache is given
back meanwhile. Answers are the same as with the session resident: token ids and log-probabilities, for a
first picture and for a second one asked on the same engine, with follow-ups."""

from __future__ import annotations

import pytest

from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.events import Done
from tests.engine.conftest import QUESTION, ecg
from tests.support.gpu import GPU_LAYERS

PAGES = ["ecg00019.bmp", "ecg00010.png"]


def _answer(events):
    return [e for e in events if isinstance(e, Done)][0].result


def _session(engine: MultimodalEngine, name: str):
    answers = [_answer(list(engine.ask(ecg(name), QUESTION, max_new_tokens=12)))]
    answers.append(_answer(list(engine.follow_up("What is the heart rate?", max_new_tokens=6))))
    return answers


@pytest.fixture(scope="module")
def resident(tiny_bundle_f32_flat):
    engine = MultimodalEngine(tiny_bundle_f32_flat, n_threads=1, n_gpu_layers=GPU_LAYERS, vision_resident=True)
    yield engine
    engine.close()


def test_the_session_is_held_only_while_encoding_and_answers_are_the_same(engine_flat, resident):
    assert engine_flat.settings()["vision_session"] == "while encoding"
    assert engine_flat.vision.session is None  # released right after the provider was chosen
    assert resident.vision.session is not None
    for name in PAGES:  # the second picture: a context made afresh on one engine, reused on the other
        released = _session(engine_flat, name)
        assert engine_flat.vision.session is None
        kept = _session(resident, name)
        for a, b in zip(released, kept, strict=True):
            assert a.token_ids == b.token_ids and a.text == b.text
            ours = {t.token_id: t.logprob for t in a.first_token_top_logprobs}
            theirs = {t.token_id: t.logprob for t in b.first_token_top_logprobs}
            assert ours.keys() == theirs.keys()
            assert max(abs(ours[t] - theirs[t]) for t in ours) < 1e-5
    assert engine_flat.lm.cached_positions() == len(engine_flat.kv)


def test_a_cancel_in_vision_leaves_a_working_engine(engine_flat):
    from pulse_desktop.core.cancel import CancelToken
    from pulse_desktop.core.errors import Cancelled
    from pulse_desktop.core.events import Progress

    engine_flat._features_cache = None
    token = CancelToken()
    with pytest.raises(Cancelled):
        for event in engine_flat.ask(ecg(PAGES[1]), QUESTION, token, max_new_tokens=4):
            if isinstance(event, Progress) and event.stage == "vision":
                token.cancel()
    assert engine_flat.vision.session is None
    # the cache is made again only at the next feed, never beside a session the cancel left being made
    assert engine_flat.lm.context.ctx is None
    assert len(engine_flat.kv) == 0 == engine_flat.lm.cached_positions()
    answer = _answer(list(engine_flat.ask(ecg(PAGES[1]), QUESTION, max_new_tokens=4)))
    assert len(answer.token_ids) == 4
    assert engine_flat.lm.context.ctx is not None


def test_a_cancel_while_the_session_is_made_never_leaves_it_beside_the_cache(engine_flat, monkeypatch):
    """Cancelled while the session is being made: it goes on being made on its thread; the cache is made again
    only after that session is settled (waited for and dropped), so the two are never held together. The real
    session is made, 1.5 s late (the tiny tower loads in milliseconds; CLIP-L takes seconds)."""
    import threading
    import time

    from pulse_desktop.core.cancel import CancelToken
    from pulse_desktop.core.engine import vision_onnx
    from pulse_desktop.core.errors import Cancelled
    from pulse_desktop.core.events import StageStarted

    real = vision_onnx.onnxruntime.InferenceSession

    def slow_session(*args, **kwargs):
        time.sleep(1.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(vision_onnx.onnxruntime, "InferenceSession", slow_session)
    engine_flat._features_cache = None
    token = CancelToken()
    with pytest.raises(Cancelled):
        for event in engine_flat.ask(ecg(PAGES[0]), QUESTION, token, max_new_tokens=4):
            if isinstance(event, StageStarted) and event.stage == "vision":
                threading.Timer(0.05, token.cancel).start()
    vision = engine_flat.vision
    assert vision._loading is not None and vision._loading.is_alive()  # the session is still being made
    assert engine_flat.lm.context.ctx is None  # and the cache was not made beside it
    engine_flat.kv.ensure_context()
    assert vision._loading is None and vision._made == {} and vision.session is None
    assert engine_flat.lm.context.ctx is not None
    monkeypatch.setattr(vision_onnx.onnxruntime, "InferenceSession", real)
    answer = _answer(list(engine_flat.ask(ecg(PAGES[0]), QUESTION, max_new_tokens=4)))
    assert len(answer.token_ids) == 4
