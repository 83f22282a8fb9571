"""Small parts on their own: UTF-8-safe streaming, spatial_unpad merge vs LLaVA's torch code, sampling,
the memory estimate, vision provider choice."""

from __future__ import annotations

import numpy as np
import pytest

from pulse_desktop.core.engine.answer import GenerationOptions
from pulse_desktop.core.engine.merge import merge_features
from pulse_desktop.core.engine.sampling import Sampler, top_logprobs
from pulse_desktop.core.engine.text_stream import TextStream
from tests.engine.spec_reference import reference_merge

TEXTS = ["rare ꙮ 𝔼 ⸻ signs", "Sinus rhythm ❤️ 72 bpm 👍🏽", "心电图：窦性心律", "Größe µV, électrocardiogramme", " leading space"]


@pytest.mark.parametrize("text", TEXTS)
def test_streaming_is_utf8_safe_with_the_real_vocabulary(engine_flat, text):
    ids = engine_flat.lm.tokenize(text, False, True)
    pieces = [engine_flat.lm.piece(t) for t in ids]
    if text.startswith("rare"):  # characters outside the vocabulary: byte-fallback tokens, one byte each
        assert sum(len(p) == 1 and p[0] >= 0x80 for p in pieces) >= 4
    stream = TextStream()
    deltas = [stream.add(p) for p in pieces]
    stream.finish()
    assert "".join(deltas) == text.strip() == stream.text
    assert all("\ufffd" not in d for d in deltas)


def test_an_incomplete_character_at_the_end_is_replaced():
    stream = TextStream()
    assert stream.add(b" ok ") == "ok "
    assert stream.add("❤".encode()[:2]) == ""
    stream.finish()
    assert stream.text == "ok \ufffd"


@pytest.mark.parametrize("size,best", [((640, 289), (672, 336)), ((2200, 1700), (672, 672)),
                                       ((1700, 2200), (672, 672)), ((3167, 1580), (1008, 336)),
                                       ((300, 1000), (336, 1008)), ((500, 500), (336, 672))])
def test_spatial_unpad_equals_llava_torch_code(size, best):
    rng = np.random.default_rng(sum(size))
    n = 1 + (best[0] // 336) * (best[1] // 336)
    feats = rng.standard_normal((n, 576, 8)).astype(np.float32)
    newline = rng.standard_normal(8).astype(np.float32)
    ours = merge_features(feats, "spatial_unpad", (best[0] // 336, best[1] // 336), size, newline)
    ref = reference_merge(feats, "spatial_unpad", best, size, 336, newline)
    assert ours.shape == ref.shape and np.array_equal(ours, ref)
    flat = merge_features(feats, "flat", (best[0] // 336, best[1] // 336), size, None)
    assert np.array_equal(flat, reference_merge(feats, "flat", best, size, 336, None))
    with pytest.raises(ValueError):
        merge_features(feats, "spatial_unpad", (best[0] // 336, best[1] // 336), size, None)
    with pytest.raises(ValueError):
        merge_features(feats, "spatial", (1, 1), size, None)


def test_greedy_is_argmax_and_sampling_is_explicit_and_seeded():
    logits = np.array([0.0, 3.0, 3.0, 1.0, -2.0], np.float32)
    assert Sampler(GenerationOptions()).choose(logits) == 1  # the first of a tie
    assert Sampler(GenerationOptions()).choose(logits, banned=1) == 2
    opts = GenerationOptions(temperature=1.0, top_k=3, seed=5)
    a = [Sampler(opts).choose(logits) for _ in range(3)]
    s = Sampler(opts)
    b = [s.choose(logits) for _ in range(40)]
    assert len(set(a)) == 1 and set(b) <= {1, 2, 3} and len(set(b)) > 1
    assert set(Sampler(GenerationOptions(temperature=1.0, top_p=0.5, seed=1)).choose(logits)
               for _ in range(10)) <= {1, 2}
    top = top_logprobs(logits, 3)
    assert [t for t, _ in top] == [1, 2, 3] and abs(sum(np.exp([lp for _, lp in top_logprobs(logits, 5)])) - 1) < 1e-9


def test_memory_estimate_refuses_clearly(tiny_bundle_f32_flat, monkeypatch):
    from pulse_desktop.core.bundle.manifest import read_manifest
    from pulse_desktop.core.engine import memory
    from pulse_desktop.core.errors import InsufficientMemoryError

    manifest = read_manifest(tiny_bundle_f32_flat)
    est = memory.estimate(tiny_bundle_f32_flat, manifest, 4096, 512, True, 0, 0)
    lm = manifest.language_model
    assert est.kv_cache == 2 * lm.n_layers * 4096 * lm.hidden_size * 4
    assert est.weights == (tiny_bundle_f32_flat / lm.file).stat().st_size
    assert est.fits
    memory.check_fits(est, "tiny")

    class Tight:
        available = est.ram_needed - 1

    monkeypatch.setattr(memory.psutil, "virtual_memory", lambda: Tight)
    tight = memory.estimate(tiny_bundle_f32_flat, manifest, 4096, 512, True, 0, 0)
    with pytest.raises(InsufficientMemoryError) as info:
        memory.check_fits(tight, "tiny")
    assert "GB" in info.value.message and info.value.hint

    from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine

    with pytest.raises(InsufficientMemoryError):
        MultimodalEngine(tiny_bundle_f32_flat, n_gpu_layers=0, n_threads=1)


def test_pulse_7b_sizes_follow_the_spec():
    """Spec section 6: f16 KV is 0.5 MiB per token (2 GiB at 4096); a 4.1 GB Q4_K_M plus cache and vision fits
    in about 6.5-7 GB."""
    from pulse_desktop.core.bundle.manifest import (
        LanguageModelInfo,
        Manifest,
        PreprocessInfo,
        PromptInfo,
        VisionInfo,
    )
    from pulse_desktop.core.engine import memory

    m = Manifest("p", "synthetic", LanguageModelInfo("m.gguf", "Q4_K_M", 4096, 4096, 32, 32000, 1, 2),
                 VisionInfo("v.onnx", "fp32", 336, 14, 576, 4096), PreprocessInfo("anyres", (), 336, (0,) * 3, (1,) * 3),
                 "flat", PromptInfo("llava_v1", "", ("USER", "ASSISTANT"), " ", "</s>", "<image>"), {})
    assert memory.kv_cache_bytes(m, 4096, False) == 2 << 30
    assert memory.auto_gpu_layers(m, int(4.1e9), 2 << 30, 0) == 0
    assert memory.auto_gpu_layers(m, int(4.1e9), 2 << 30, 80 << 30) == 33
    assert 10 <= memory.auto_gpu_layers(m, int(4.1e9), 2 << 30, 4 << 30) <= 20


def test_vision_provider_choice_and_fallback(tiny_bundle_f32_flat):
    from pulse_desktop.core.engine.vision_onnx import VisionEncoder, provider_candidates
    from pulse_desktop.core.errors import PulseError

    assert provider_candidates("auto")[-1] == "CPUExecutionProvider"
    assert provider_candidates("cpu") == ["CPUExecutionProvider"]
    with pytest.raises(PulseError, match="not available"):
        provider_candidates("tensorrt-nonexistent")
    enc = VisionEncoder(tiny_bundle_f32_flat / "vision.onnx", "auto", threads=1)
    # onnxruntime-gpu lists CUDA here without a usable GPU: the provider actually running is reported
    assert enc.provider in enc.session.get_providers()
    out = enc.encode_one(np.zeros((1, 3, 336, 336), np.float32))
    assert out.shape == (1, 576, 128)
