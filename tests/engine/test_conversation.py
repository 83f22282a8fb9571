"""Follow-ups, cancellation, the context budget and determinism on the real engine (tiny F32 bundle)."""

from __future__ import annotations

import pytest

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.answer import GenerationOptions
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.engine.prompt import Turn
from pulse_desktop.core.errors import Cancelled, ContextFullError
from pulse_desktop.core.events import Done, Message, Progress, StageFinished, StageStarted, Token
from tests.engine.conftest import QUESTION
from tests.support.gpu import GPU_LAYERS

Q2 = "What is the heart rate?"


def run(gen, cancel_when=None, cancel=None):
    events = []
    for event in gen:
        events.append(event)
        if cancel_when and cancel_when(event, events):
            cancel.cancel()
    return events


def answer_of(events):
    done = [e for e in events if isinstance(e, Done)]
    assert len(done) == 1
    return done[0].result


def fresh(engine):
    engine.kv.truncate(0)
    engine._features_cache = None


def consistent(engine):
    assert engine.lm.cached_positions() == len(engine.kv)


@pytest.fixture(scope="module")
def baseline(engine_flat, page):
    fresh(engine_flat)
    events = run(engine_flat.ask(page, QUESTION, max_new_tokens=12))
    return events, answer_of(events)


def test_events_and_answer(baseline, engine_flat):
    events, answer = baseline
    started = [e.stage for e in events if isinstance(e, StageStarted)]
    finished = [e.stage for e in events if isinstance(e, StageFinished)]
    assert started == finished == ["preprocess", "vision", "prefill", "first_token", "decode"]
    assert [e.done for e in events if isinstance(e, Progress) and e.stage == "vision"] == [1, 2, 3]
    prefill = [e for e in events if isinstance(e, Progress) and e.stage == "prefill"]
    assert prefill[-1].done == prefill[-1].total == answer.n_ctx_used - len(answer.token_ids) + 1
    tokens = [e for e in events if isinstance(e, Token)]
    assert tuple(t.token_id for t in tokens) == answer.token_ids
    assert "".join(t.text for t in tokens).strip() == answer.text
    assert answer.image_tokens == 1728  # 640x289 -> 672x336 (upscaling is capped, less waste): 3 images x 576 (flat)
    assert len(answer.first_token_top_logprobs) == 5
    assert set(answer.stages) >= {"preprocess", "vision", "prefill", "first_token", "decode"}
    consistent(engine_flat)


def test_follow_up_reuses_the_cache_and_equals_a_fresh_two_turn_run(engine_flat, page, baseline):
    _, first = baseline
    fresh(engine_flat)
    run(engine_flat.ask(page, QUESTION, max_new_tokens=12))
    events = run(engine_flat.follow_up(Q2, max_new_tokens=12))
    second = answer_of(events)
    stages = [e.stage for e in events if isinstance(e, StageStarted)]
    assert "vision" not in stages and "preprocess" not in stages
    prefill = [e for e in events if isinstance(e, Progress) and e.stage == "prefill"]
    assert prefill[-1].total < 40  # only the new turn's tokens: no image re-prefill
    assert second.turn == 2 and second.image_tokens == 1728
    consistent(engine_flat)

    fresh(engine_flat)
    events = run(engine_flat.ask(page, Q2, max_new_tokens=12, history=[(QUESTION, first.text)]))
    again = answer_of(events)
    assert [e.total for e in events if isinstance(e, Progress) and e.stage == "prefill"][-1] > 1728
    assert again.token_ids == second.token_ids and again.text == second.text


def test_cancel_during_prefill_then_the_same_answer(engine_flat, page, baseline):
    _, expected = baseline
    fresh(engine_flat)
    assert engine_flat.kv.chunk < 1728  # several chunks
    cancel = CancelToken()
    with pytest.raises(Cancelled):
        run(engine_flat.ask(page, QUESTION, cancel, max_new_tokens=12),
            lambda e, _: isinstance(e, Progress) and e.stage == "prefill" and e.done > 0, cancel)
    consistent(engine_flat)
    assert 0 < len(engine_flat.kv) < 1728
    answer = answer_of(run(engine_flat.ask(page, QUESTION, max_new_tokens=12)))
    assert answer.token_ids == expected.token_ids and answer.text == expected.text
    consistent(engine_flat)


def test_cancel_during_decode_then_the_same_answer(engine_flat, page, baseline):
    _, expected = baseline
    cancel = CancelToken()
    with pytest.raises(Cancelled):
        run(engine_flat.ask(page, QUESTION, cancel, max_new_tokens=12),
            lambda _, events: sum(isinstance(x, Token) for x in events) == 3, cancel)
    consistent(engine_flat)
    assert len(engine_flat.kv) == expected.n_ctx_used - len(expected.token_ids) + 1  # the prompt only
    answer = answer_of(run(engine_flat.ask(page, QUESTION, max_new_tokens=12)))
    assert answer.token_ids == expected.token_ids


def test_cancelled_follow_up_leaves_the_conversation_usable(engine_flat, page):
    run(engine_flat.ask(page, QUESTION, max_new_tokens=8))
    expected = answer_of(run(engine_flat.follow_up(Q2, max_new_tokens=8)))
    run(engine_flat.ask(page, QUESTION, max_new_tokens=8))
    cancel = CancelToken()
    with pytest.raises(Cancelled):
        run(engine_flat.follow_up(Q2, cancel, max_new_tokens=8),
            lambda e, _: isinstance(e, Token), cancel)
    consistent(engine_flat)
    again = answer_of(run(engine_flat.follow_up(Q2, max_new_tokens=8)))
    assert again.token_ids == expected.token_ids and again.turn == 2


def test_a_question_that_does_not_fit_is_refused_and_the_engine_goes_on(engine_flat, page):
    run(engine_flat.ask(page, QUESTION, max_new_tokens=8))
    with pytest.raises(ContextFullError) as info:
        run(engine_flat.follow_up("heart " * 3000, max_new_tokens=8))
    assert "does not fit" in info.value.message and info.value.hint
    consistent(engine_flat)
    answer = answer_of(run(engine_flat.follow_up(Q2, max_new_tokens=8)))
    assert answer.turn == 2


def test_an_answer_reaching_the_end_of_the_context_is_marked_truncated(engine_flat, page):
    n_ctx = engine_flat.n_ctx

    def prompt_len(k: int) -> int:
        head, tail = engine_flat.prompt_ids([Turn("heart " * k + "?")])
        return len(head) + 1728 + len(tail)

    lo, hi = 0, n_ctx  # the most words that leave at least 4 positions
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if prompt_len(mid) <= n_ctx - 4 else (lo, mid - 1)
    k = lo
    room = n_ctx - prompt_len(k)
    assert 4 <= room <= 12
    events = run(engine_flat.ask(page, "heart " * k + "?",
                                 options=GenerationOptions(max_new_tokens=100, ignore_eos=True)))
    answer = answer_of(events)
    assert answer.truncated and answer.stop_reason == "context_full"
    assert answer.n_ctx_used == n_ctx and len(answer.token_ids) == room + 1
    assert any(isinstance(e, Message) and "context" in e.text for e in events)
    consistent(engine_flat)


def test_max_new_tokens_is_said(engine_flat, page):
    events = run(engine_flat.ask(page, QUESTION, max_new_tokens=3))
    answer = answer_of(events)
    if answer.stop_reason == "max_new_tokens":
        assert answer.truncated and any(isinstance(e, Message) for e in events)


def test_deterministic_across_engines(tiny_bundle_f32_flat, engine_flat, page, baseline):
    _, expected = baseline
    other = MultimodalEngine(tiny_bundle_f32_flat, n_threads=1, n_gpu_layers=GPU_LAYERS)
    try:
        answer = answer_of(run(other.ask(page, QUESTION, max_new_tokens=12)))
    finally:
        other.close()
    assert answer.token_ids == expected.token_ids and answer.text == expected.text
    assert answer.first_token_top_logprobs == expected.first_token_top_logprobs


def test_sampling_only_when_chosen_and_seeded(engine_flat, page, baseline):
    _, greedy = baseline
    options = GenerationOptions(max_new_tokens=12, temperature=1.5, top_k=50, top_p=0.95, seed=7)
    a = answer_of(run(engine_flat.ask(page, QUESTION, options=options)))
    b = answer_of(run(engine_flat.ask(page, QUESTION, options=options)))
    assert a.token_ids == b.token_ids
    assert a.token_ids != greedy.token_ids
    c = answer_of(run(engine_flat.ask(page, QUESTION, max_new_tokens=12)))
    assert c.token_ids == greedy.token_ids


def test_follow_up_before_ask_is_refused(tiny_bundle_f32_unpad):
    engine = MultimodalEngine(tiny_bundle_f32_unpad, n_threads=1, n_gpu_layers=GPU_LAYERS)
    try:
        with pytest.raises(RuntimeError):
            run(engine.follow_up(Q2))
    finally:
        engine.close()


def test_cancel_inside_a_llama_decode_call_removes_its_positions(engine_flat, page):
    """llama.cpp's abort callback (set from the CancelToken) stops a batch mid-computation: status 2 becomes
    Cancelled and the batch's positions are taken out of the cache again."""
    import numpy as np

    assert engine_flat.kv.chunk == engine_flat.lm.n_batch  # CPU: full batches, cancel inside them
    answer = answer_of(run(engine_flat.ask(page, QUESTION, max_new_tokens=2)))
    n = len(engine_flat.kv)
    cancel = CancelToken()
    cancel.cancel()
    block = np.random.default_rng(0).standard_normal((256, engine_flat.lm.n_embd)).astype(np.float32)
    with pytest.raises(Cancelled):
        engine_flat.lm.decode(n, embeddings=block, cancel=cancel)
    assert engine_flat.lm.cached_positions() == n
    again = answer_of(run(engine_flat.ask(page, QUESTION, max_new_tokens=2)))
    assert again.token_ids == answer.token_ids
