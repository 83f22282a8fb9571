"""Tiny checkpoints and model bundles made by the real toolchain (pulse-quantize), for any test that needs a model.

Loaded for every test module by ``pytest_plugins = ["tests.support.bundles"]`` in tests/conftest.py.

Fixtures (session-scoped: built once per session under ``tmp_path_factory``, about a second each):

    tiny_checkpoint_flat     Path  checkpoint folder from ``pulse-quantize tiny`` (merge ``flat``, seed 0)
    tiny_checkpoint_unpad    Path  the same with ``--merge spatial_unpad``
    tiny_bundle_f32_flat     Path  bundle: F32 GGUF + fp32 ONNX, merge flat
    tiny_bundle_f32_unpad    Path  bundle: F32 GGUF + fp32 ONNX, merge spatial_unpad (with image_newline.npy)
    tiny_bundle_q8           Path  bundle: Q8_0 GGUF + fp32 ONNX, merge flat

The tiny model has PULSE-7B's layout and image geometry (336 px, patch 14, 576 tokens per image, anyres
pinpoints, llava_v1 prompt) with tiny widths: language model hidden 128, 2 layers, 4 heads, vocab 1024
(a SentencePiece BPE trained on the spot with LLaMA's settings: ``▁`` + ``<0x0A>`` after the image, BOS 1,
EOS 2); vision hidden 32, 3 layers. Its weights are random: outputs mean nothing, but every number is
reproducible and the bundles are validated like real ones (manifest kind ``"test"``).

The session fixtures are shared: treat them as read-only. A test that alters a bundle (a flipped byte,
a removed file) copies it first with :func:`copy_bundle`.

Plain functions, for tests that need their own variant:

    build_tiny_checkpoint(folder, merge="flat", seed=0, dtype="float16", vocab_size=None) -> Path
    build_tiny_bundle(tmp_dir, merge="flat", quant="F32", vision="fp32", seed=0, validate=True) -> Path
    copy_bundle(bundle, dest) -> Path
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pulse_desktop.core.events import run_to_result
from quantize.convert import convert
from quantize.tiny import make_tiny_checkpoint


def build_tiny_checkpoint(folder: Path, merge: str = "flat", seed: int = 0, dtype: str = "float16",
                          vocab_size: int | None = None) -> Path:
    """``pulse-quantize tiny folder --merge merge --seed seed``; returns ``folder``."""
    return make_tiny_checkpoint(Path(folder), merge=merge, seed=seed, dtype=dtype, vocab_size=vocab_size)


def build_tiny_bundle(tmp_dir: Path, merge: str = "flat", quant: str = "F32", vision: str = "fp32",
                      seed: int = 0, validate: bool = True) -> Path:
    """A tiny checkpoint converted by ``pulse-quantize convert``; returns the bundle folder inside ``tmp_dir``."""
    tmp_dir = Path(tmp_dir)
    tag = f"tiny-{merge}-s{seed}"
    checkpoint = tmp_dir / f"{tag}-checkpoint"
    if not (checkpoint / "config.json").is_file():
        build_tiny_checkpoint(checkpoint, merge=merge, seed=seed)
    bundle = tmp_dir / f"{tag}-{quant}-{vision}"
    events = convert(checkpoint, bundle, quant, vision, name=f"{tag}-{quant}-{vision}", validate=validate)
    return run_to_result(events, stop_at_done=True).bundle  # NoResult: the converter ended without a result


def copy_bundle(bundle: Path, dest: Path) -> Path:
    """A private, writable copy of a (shared) bundle."""
    shutil.copytree(bundle, dest)
    return Path(dest)


@pytest.fixture(scope="session")
def tiny_checkpoint_flat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_checkpoint(tmp_path_factory.mktemp("tiny_ckpt") / "tiny-flat", merge="flat")


@pytest.fixture(scope="session")
def tiny_checkpoint_unpad(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_checkpoint(tmp_path_factory.mktemp("tiny_ckpt") / "tiny-unpad", merge="spatial_unpad")


@pytest.fixture(scope="session")
def tiny_bundle_f32_flat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bundle(tmp_path_factory.mktemp("tiny_bundle"), merge="flat", quant="F32")


@pytest.fixture(scope="session")
def tiny_bundle_f32_unpad(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bundle(tmp_path_factory.mktemp("tiny_bundle"), merge="spatial_unpad", quant="F32")


@pytest.fixture(scope="session")
def tiny_bundle_q8(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bundle(tmp_path_factory.mktemp("tiny_bundle"), merge="flat", quant="Q8_0")
