"""Engine fixtures: module-scoped engines on the tiny F32 bundles (one thread: the machine is shared)."""

from __future__ import annotations

import os

import pytest

# A Vulkan build (tests/engine/test_offload.py): lavapipe, Mesa's CPU-backed device, is used only when named, and
# the F32 bundles are compared with the CPU within 1e-3 only with the backend's f16 arithmetic off. Set before
# llama.cpp starts its Vulkan backend (it reads them then); nothing else reads them.
os.environ.setdefault("GGML_VK_VISIBLE_DEVICES", "0")
os.environ.setdefault("GGML_VK_DISABLE_F16", "1")

from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.imaging.load_image import load_image
from tests.support.gpu import GPU_LAYERS
from tests.support.paths import ECG_IMAGES

QUESTION = "Please write a clinical report based on this ECG image."


def ecg(name: str):
    return load_image(ECG_IMAGES / name).image


@pytest.fixture(scope="module")
def engine_flat(tiny_bundle_f32_flat):
    engine = MultimodalEngine(tiny_bundle_f32_flat, n_threads=1, n_gpu_layers=GPU_LAYERS)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def engine_unpad(tiny_bundle_f32_unpad):
    engine = MultimodalEngine(tiny_bundle_f32_unpad, n_threads=1, n_gpu_layers=GPU_LAYERS)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def page():
    return ecg("ecg00019.bmp")  # 640x289 -> 672x336: 1728 image tokens, the smallest real page (fast prefill)
