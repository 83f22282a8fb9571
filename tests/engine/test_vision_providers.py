"""The vision ONNX on a GPU execution provider (CUDA with onnxruntime-gpu, DirectML on Windows, CoreML on macOS)
gives the CPU provider's features, on the tiny bundle's vision model and real pages, wherever such a provider
starts. onnxruntime-gpu lists CUDA on machines without a usable GPU: there the provider does not start, the
encoder falls back to the CPU (tested here too), and the comparison is reported as skipped with the reason."""

from __future__ import annotations

import numpy as np
import onnxruntime
import pytest

from pulse_desktop.core.bundle.manifest import read_manifest
from pulse_desktop.core.engine.preprocess import preprocess
from pulse_desktop.core.engine.vision_onnx import VisionEncoder
from tests.engine.conftest import ecg

GPU_PROVIDERS = ["CUDAExecutionProvider", "DmlExecutionProvider", "CoreMLExecutionProvider"]
PAGES = ["ecg00019.bmp", "ecg00010.png"]
# GPU convolutions and matrix products sum in another order (CUDA may use TF32 on recent GPUs): relative to
# the features' scale, within 1e-3 (TF32 carries 10 mantissa bits)
RELATIVE_TOLERANCE = 1e-3


def _pixels(bundle, name):
    manifest = read_manifest(bundle)
    return preprocess(ecg(name), manifest.preprocess).pixels


@pytest.fixture(scope="module")
def vision_onnx(tiny_bundle_f32_flat):
    return tiny_bundle_f32_flat / "vision.onnx"


@pytest.mark.parametrize("provider", GPU_PROVIDERS)
def test_a_gpu_provider_gives_the_cpu_features(vision_onnx, tiny_bundle_f32_flat, provider):
    if provider not in onnxruntime.get_available_providers():
        pytest.skip(f"{provider} is not in this onnxruntime ({', '.join(onnxruntime.get_available_providers())})")
    gpu = VisionEncoder(vision_onnx, provider=provider, threads=1)
    if gpu.provider != provider:
        pytest.skip(f"{provider} is listed but did not start here (no usable device or driver): "
                    + "; ".join(gpu.fallbacks)[:300])
    cpu = VisionEncoder(vision_onnx, provider="cpu", threads=1)
    try:
        for name in PAGES:
            pixels = _pixels(tiny_bundle_f32_flat, name)
            for i in range(pixels.shape[0]):
                a = cpu.encode_one(pixels[i:i + 1])
                b = gpu.encode_one(pixels[i:i + 1])
                assert a.shape == b.shape
                scale = float(np.abs(a).max())
                assert float(np.abs(a - b).max()) <= RELATIVE_TOLERANCE * scale, (name, i)
    finally:
        gpu.close()
        cpu.close()


def test_a_provider_that_does_not_start_falls_back_to_the_cpu_and_says_so(vision_onnx):
    listed = [p for p in GPU_PROVIDERS if p in onnxruntime.get_available_providers()]
    encoder = VisionEncoder(vision_onnx, provider="auto", threads=1)
    try:
        assert encoder.provider in [*listed, "CPUExecutionProvider"]
        if encoder.provider == "CPUExecutionProvider":
            # every GPU provider this onnxruntime lists was tried first and is named with why it did not run
            assert [f.split(":")[0] for f in encoder.fallbacks] == listed
        pixels = np.zeros((1, 3, 336, 336), dtype=np.float32)
        assert np.isfinite(encoder.encode_one(pixels)).all()
    finally:
        encoder.close()
