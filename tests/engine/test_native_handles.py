"""Every llama.cpp handle has one owner that frees it once, deterministically; the devices ggml sees are
listed with their memory; a GPU that fails to start leaves the language model on the CPU, with a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from pulse_desktop.core.engine import placement
from pulse_desktop.core.engine.llama import language_model
from pulse_desktop.core.engine.llama.devices import list_devices
from pulse_desktop.core.engine.llama.handles import Batch, ContextHandle, ModelHandle
from pulse_desktop.core.engine.llama.language_model import LanguageModel
from pulse_desktop.core.engine.llama.params import context_params, model_params
from pulse_desktop.core.engine.memory import estimate


def _gguf(bundle: Path) -> Path:
    return next(bundle.glob("*.gguf"))


def test_handles_are_freed_once_at_the_end_of_their_block(tiny_bundle_q8: Path) -> None:
    params, keep = model_params(0, use_mmap=False, repack=None)
    with ModelHandle(_gguf(tiny_bundle_q8), params, keep) as model:
        with ContextHandle(model, context_params(128, 32, 1)) as context:
            with Batch.of(0, tokens=[model.bos, 10, 11]) as batch:
                assert context.decode(batch) == 0
            assert batch.batch is not None and context.max_position() == 2
            assert context.logits().shape == (model.n_vocab,)
        assert context.ctx is None and context.memory is None
        context.close()  # a second close frees nothing twice
    assert model.model is None


def test_a_model_that_cannot_load_frees_nothing_and_says_why(tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    params, keep = model_params(0, use_mmap=False, repack=None)
    with pytest.raises(RuntimeError, match="could not load"):
        ModelHandle(bad, params, keep)


def test_the_language_model_frees_its_context_before_its_model(tiny_bundle_q8: Path) -> None:
    with LanguageModel(_gguf(tiny_bundle_q8), n_ctx=128, n_batch=32, n_threads=1) as lm:
        lm.decode(0, tokens=[lm.bos, 10])
        lm.release_context()
        assert lm.context.ctx is None and lm.model.model is not None  # the weights stay
        lm.reopen_context()
        assert lm.cached_positions() == 0
        lm.decode(0, tokens=[lm.bos, 10])
        context, model = lm.context, lm.model
    assert context.ctx is None and model.model is None


def test_devices_are_listed_with_their_memory() -> None:
    found = list_devices()
    cpu = [d for d in found if d.kind == "CPU"]
    assert cpu and cpu[0].backend == "CPU" and cpu[0].total_bytes > 0
    assert all(d.free_bytes <= d.total_bytes for d in found)


def test_the_settings_name_the_device_used(engine_flat) -> None:
    settings = engine_flat.settings()
    assert {"device", "backend", "layers_offloaded", "gpu_choice", "device_note"} <= set(settings)
    if settings["gpu_layers"] == 0:
        assert settings["backend"] == "CPU" and settings["layers_offloaded"] == 0


def test_a_gpu_that_fails_to_start_leaves_the_model_on_the_cpu(tiny_bundle_q8: Path, monkeypatch) -> None:
    real = language_model.ModelHandle

    def refusing_gpu(path, params, keep=None):  # a driver that fails at load, as the H200's CUDA did
        if params.n_gpu_layers > 0:
            raise RuntimeError("ggml_backend_cuda_init: device failed to start")
        return real(path, params, keep)

    monkeypatch.setattr(language_model, "ModelHandle", refusing_gpu)
    with LanguageModel(_gguf(tiny_bundle_q8), n_ctx=128, n_batch=32, n_threads=1, n_gpu_layers=99) as lm:
        assert lm.n_gpu_layers == 0 and lm.layers_offloaded == 0
        assert "device failed to start" in lm.note and "CPU" in lm.note
        assert lm.device()["backend"] == "CPU" and lm.device()["note"] == lm.note


def test_memory_on_an_integrated_gpu_is_counted_once(tiny_bundle_q8: Path) -> None:
    from pulse_desktop.core.bundle.manifest import read_manifest

    m = read_manifest(tiny_bundle_q8)
    n = m.language_model.n_layers + 1
    separate = estimate(tiny_bundle_q8, m, 256, 64, False, n, 1 << 40, shares_host_memory=False)
    shared = estimate(tiny_bundle_q8, m, 256, 64, False, n, 1 << 40, shares_host_memory=True)
    assert shared.vram_needed == 0 and separate.vram_needed > 0
    assert shared.ram_needed == separate.ram_needed + (separate.vram_needed - (512 << 20))


def test_without_a_gpu_device_the_choice_says_so(tiny_bundle_q8: Path) -> None:
    from pulse_desktop.core.bundle.manifest import read_manifest

    m = read_manifest(tiny_bundle_q8)
    chosen = placement.choose(tiny_bundle_q8, m, 256, False, "auto", budget_bytes=0)
    assert chosen.gpu_layers == 0
    if not chosen.devices:
        assert chosen.choice.startswith("no GPU device found")
    else:
        assert chosen.choice.startswith("auto: 0 of")
