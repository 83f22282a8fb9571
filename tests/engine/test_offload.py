"""Layers offloaded to a GPU through llama.cpp answer like the CPU (F32 tiny bundles, both merges, real pages).

Run where a GPU build of llama-cpp-python is installed (docs/performance.md, "A Vulkan build"): on lavapipe,
Mesa's CPU-backed Vulkan device, with ``GGML_VK_VISIBLE_DEVICES=0`` (llama.cpp skips CPU-type Vulkan devices
unless named) and ``GGML_VK_DISABLE_F16=1`` (the backend's default f16 arithmetic moves log-probabilities by
up to 0.33 on the F32 bundles; tests/engine/conftest.py sets both unless they are set). Checked within 1e-3:
the log-probabilities of the prompt's next token and of a 32-token teacher-forced continuation; the greedy
tokens for 32 steps are the CPU's. Cancel, read-ahead and follow-ups under offload; a forced small memory
budget gives a partial offload that answers the same. Without a GPU device these are skipped, with the reason.
"""

from __future__ import annotations

import numpy as np
import pytest

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.answer import GenerationOptions
from pulse_desktop.core.engine.llama.devices import offload_devices
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import Done, Token
from tests.engine.conftest import QUESTION, ecg

DEVICES = offload_devices()
pytestmark = pytest.mark.skipif(
    not DEVICES, reason="no GPU device: this llama.cpp build has no GPU backend, or no driver for it (make a Vulkan "
                        "build and install mesa-vulkan-drivers: docs/performance.md, 'A Vulkan build'; then run with "
                        "GGML_VK_VISIBLE_DEVICES=0 GGML_VK_DISABLE_F16=1)")

PAGES = ["ecg00019.bmp", "ecg00010.png", "ecg00012.jpg"]  # small BMP, RGBA wide, the largest JPEG
STEPS = 32
TOLERANCE = 1e-3
GREEDY = GenerationOptions(max_new_tokens=STEPS, ignore_eos=True)


def _log_softmax(rows: np.ndarray) -> np.ndarray:
    rows = rows.astype(np.float64)
    top = rows.max(axis=-1, keepdims=True)
    return rows - top - np.log(np.exp(rows - top).sum(axis=-1, keepdims=True))


def _answer(events):
    return [e for e in events if isinstance(e, Done)][0].result


@pytest.fixture(scope="module", params=["flat", "unpad"])
def pair(request, tiny_bundle_f32_flat, tiny_bundle_f32_unpad):
    bundle = tiny_bundle_f32_flat if request.param == "flat" else tiny_bundle_f32_unpad
    cpu = MultimodalEngine(bundle, n_threads=1, n_gpu_layers=0)
    gpu = MultimodalEngine(bundle, n_threads=1, n_gpu_layers=99)
    yield cpu, gpu
    gpu.close()
    cpu.close()


def test_the_settings_name_the_device_and_backend_used(pair):
    cpu, gpu = pair
    assert gpu.settings()["layers_offloaded"] == gpu.lm.n_layer + 1 == gpu.settings()["n_layers"]
    assert gpu.settings()["backend"] == DEVICES[0].backend and DEVICES[0].name in gpu.settings()["device"]
    assert cpu.settings()["backend"] == "CPU" and cpu.settings()["layers_offloaded"] == 0


@pytest.mark.parametrize("name", PAGES)
def test_every_layer_offloaded_answers_like_the_cpu(pair, name):
    cpu, gpu = pair
    page = ecg(name)
    a = _answer(list(cpu.ask(page, QUESTION, options=GREEDY)))
    b = _answer(list(gpu.ask(page, QUESTION, options=GREEDY)))
    assert len(a.token_ids) == STEPS and a.token_ids == b.token_ids  # greedy: the same 32 tokens
    continuation = list(a.token_ids)
    ours = _log_softmax(gpu.teacher_forced_logits(page, QUESTION, continuation))
    theirs = _log_softmax(cpu.teacher_forced_logits(page, QUESTION, continuation))
    assert ours.shape == (STEPS + 1, cpu.lm.n_vocab)
    assert np.abs(ours - theirs).max() < TOLERANCE


def test_follow_up_read_ahead_and_cancel_under_offload(pair):
    cpu, gpu = pair
    page = ecg(PAGES[0])
    for _ in gpu.read_ahead(page):
        pass
    first = _answer(list(gpu.ask(page, QUESTION, options=GenerationOptions(max_new_tokens=8))))
    alone = _answer(list(cpu.ask(page, QUESTION, options=GenerationOptions(max_new_tokens=8))))
    assert first.token_ids == alone.token_ids
    follow = _answer(list(gpu.follow_up("What is the heart rate?", max_new_tokens=8)))
    reference = _answer(list(cpu.follow_up("What is the heart rate?", max_new_tokens=8)))
    assert follow.token_ids == reference.token_ids
    token = CancelToken()
    with pytest.raises(Cancelled):
        for event in gpu.ask(ecg(PAGES[1]), QUESTION, token, options=GREEDY):
            if isinstance(event, Token):
                token.cancel()
    assert gpu.lm.cached_positions() == len(gpu.kv)  # the cache and its record agree after the cancel
    again = _answer(list(gpu.ask(page, QUESTION, options=GenerationOptions(max_new_tokens=8))))
    assert again.token_ids == alone.token_ids


def test_a_small_memory_budget_offloads_part_and_answers_the_same(tiny_bundle_f32_flat, engine_flat):
    from pulse_desktop.core.engine.memory import GPU_RESERVE, kv_cache_bytes

    cpu = engine_flat
    assert cpu.settings()["layers_offloaded"] == 0, "run without PULSE_TEST_GPU_LAYERS: this compares with the CPU"
    gguf = (tiny_bundle_f32_flat / cpu.manifest.language_model.file).stat().st_size
    n = cpu.manifest.language_model.n_layers + 1
    per_layer = (gguf + kv_cache_bytes(cpu.manifest, cpu.n_ctx, True)) / n
    budget = int(GPU_RESERVE + per_layer * (n // 2) + per_layer / 2)  # room for about half the layers
    part = MultimodalEngine(tiny_bundle_f32_flat, n_threads=1, n_gpu_layers="auto", gpu_memory_budget=budget)
    try:
        settings = part.settings()
        assert 0 < settings["layers_offloaded"] < n, settings
        assert settings["gpu_choice"].startswith("auto")
        page = ecg(PAGES[0])
        a = _answer(list(part.ask(page, QUESTION, options=GREEDY)))
    finally:
        part.close()
    b = _answer(list(cpu.ask(page, QUESTION, options=GREEDY)))
    assert a.token_ids == b.token_ids
    ours = {t.token_id: t.logprob for t in a.first_token_top_logprobs}
    theirs = {t.token_id: t.logprob for t in b.first_token_top_logprobs}
    assert set(ours) == set(theirs) and max(abs(ours[t] - theirs[t]) for t in ours) < TOLERANCE
