"""The CPU's compute micro-batch (256 positions, half of the 512-position batches the engine feeds) halves
llama.cpp's compute buffer without changing the answer: the same tokens and log-probabilities as with
micro-batches as large as the batches, on a quantized bundle (the F32 bundles keep their exact settings)."""

from __future__ import annotations

import pytest

from pulse_desktop.core.engine.llama.params import CPU_UBATCH, LlamaTuning
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.events import Done
from tests.engine.conftest import QUESTION
from tests.support.gpu import GPU_LAYERS


def _answer(bundle, page, tuning: LlamaTuning | None):
    engine = MultimodalEngine(bundle, n_threads=1, n_gpu_layers=GPU_LAYERS, tuning=tuning)
    try:
        settings = engine.settings()
        result = [e for e in engine.ask(page, QUESTION, max_new_tokens=12) if isinstance(e, Done)][0].result
        follow = [e for e in engine.follow_up("And the rhythm?", max_new_tokens=6) if isinstance(e, Done)][0].result
    finally:
        engine.close()
    return settings, result, follow


@pytest.mark.skipif(GPU_LAYERS != 0, reason="the micro-batch default is the CPU's; a GPU keeps llama.cpp's")
def test_cpu_micro_batch_halves_the_batch_and_keeps_the_answer(tiny_bundle_q8, page):
    settings, small, small_follow = _answer(tiny_bundle_q8, page, None)
    assert settings["n_batch"] == 512 and settings["n_ubatch"] == CPU_UBATCH == 256
    big_settings, big, big_follow = _answer(tiny_bundle_q8, page, LlamaTuning(n_ubatch=512))
    assert big_settings["n_ubatch"] == 512
    assert small.image_tokens > 2 * CPU_UBATCH  # the image's batches really are split in two
    assert small.token_ids == big.token_ids and small.text == big.text
    assert small_follow.token_ids == big_follow.token_ids
    ours = {t.token_id: t.logprob for t in small.first_token_top_logprobs}
    theirs = {t.token_id: t.logprob for t in big.first_token_top_logprobs}
    assert set(ours) == set(theirs)
    assert max(abs(ours[t] - theirs[t]) for t in ours) < 1e-4
