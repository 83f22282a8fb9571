"""Reading the image ahead of the question (real engine, tiny F32 bundle): the ask that follows feeds only the
question and answers exactly as an ask alone would, also after a read-ahead cancelled part-way."""

from __future__ import annotations

import pytest

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.answer import ReadAhead
from pulse_desktop.core.engine.engine_service import EngineService
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import Done, Progress, StageStarted
from tests.engine.conftest import QUESTION, ecg
from tests.engine.test_conversation import answer_of, consistent, fresh, run
from tests.support.gpu import GPU_LAYERS

IMAGE_TOKENS = 1728  # ecg00019.bmp with the flat merge (test_conversation)


@pytest.fixture(scope="module")
def alone(engine_flat, page):
    fresh(engine_flat)
    return answer_of(run(engine_flat.ask(page, QUESTION, max_new_tokens=10)))


def prefill_total(events) -> int:
    return [e.total for e in events if isinstance(e, Progress) and e.stage == "prefill"][-1]


def same_answer(a, b) -> None:
    assert a.token_ids == b.token_ids and a.text == b.text
    assert a.first_token_top_logprobs == b.first_token_top_logprobs  # the logits, not only the argmax


def test_read_ahead_then_ask_feeds_only_the_question_and_answers_the_same(engine_flat, page, alone):
    fresh(engine_flat)
    events = run(engine_flat.read_ahead(page))
    done = [e for e in events if isinstance(e, Done)]
    assert len(done) == 1 and isinstance(done[0].result, ReadAhead)
    ahead = done[0].result
    assert ahead.image_tokens == IMAGE_TOKENS
    assert ahead.cached_positions == len(engine_flat.kv) == len(engine_flat.head) + IMAGE_TOKENS
    assert {"preprocess", "vision", "prefill"} <= set(ahead.stages)
    consistent(engine_flat)

    events = run(engine_flat.ask(page, QUESTION, max_new_tokens=10))
    assert not [e for e in events if isinstance(e, Progress) and e.stage == "vision"]  # features reused
    assert prefill_total(events) < 40  # the question's tokens only
    same_answer(answer_of(events), alone)
    consistent(engine_flat)


def test_a_read_ahead_cancelled_part_way_is_continued_by_the_ask(engine_flat, page, alone):
    fresh(engine_flat)
    cancel = CancelToken()
    with pytest.raises(Cancelled):
        run(engine_flat.read_ahead(page, cancel),
            lambda e, _: isinstance(e, Progress) and e.stage == "prefill" and e.done > 0, cancel)
    consistent(engine_flat)
    kept = len(engine_flat.kv)
    assert 0 < kept < len(engine_flat.head) + IMAGE_TOKENS
    events = run(engine_flat.ask(page, QUESTION, max_new_tokens=10))
    assert prefill_total(events) == alone.n_ctx_used - len(alone.token_ids) + 1 - kept
    same_answer(answer_of(events), alone)


def test_read_ahead_of_another_picture_is_not_reused(engine_flat, page, alone):
    fresh(engine_flat)
    run(engine_flat.read_ahead(ecg("ecg00024.jpg")))
    events = run(engine_flat.ask(page, QUESTION, max_new_tokens=10))
    assert [e for e in events if isinstance(e, Progress) and e.stage == "vision"]  # encoded anew
    assert prefill_total(events) > IMAGE_TOKENS  # the head's tokens are reused, the image is not
    same_answer(answer_of(events), alone)


def test_a_conversation_survives_a_read_ahead_in_between(engine_flat, page):
    fresh(engine_flat)
    run(engine_flat.ask(page, QUESTION, max_new_tokens=6))
    expected = answer_of(run(engine_flat.follow_up("What is the heart rate?", max_new_tokens=6)))
    fresh(engine_flat)
    run(engine_flat.ask(page, QUESTION, max_new_tokens=6))
    run(engine_flat.read_ahead(page.transpose(0)))  # the next picture, read while the clinician looks
    events = run(engine_flat.follow_up("What is the heart rate?", max_new_tokens=6))
    assert prefill_total(events) > IMAGE_TOKENS  # the conversation is fed again, not lost
    same_answer(answer_of(events), expected)
    consistent(engine_flat)


def test_through_the_engine_service(tiny_bundle_f32_flat, page):
    service = EngineService(tiny_bundle_f32_flat, n_gpu_layers=GPU_LAYERS, n_threads=1)
    try:
        events = list(service.read_ahead(page, CancelToken()))
        assert [e.stage for e in events if isinstance(e, StageStarted)] == ["preprocess", "vision", "prefill"]
        assert isinstance(events[-1], Done) and events[-1].result.image_tokens == IMAGE_TOKENS
        answer = [e for e in service.ask(page, QUESTION, max_new_tokens=4) if isinstance(e, Done)][0].result
        assert len(answer.token_ids) == 4
    finally:
        service.close()
