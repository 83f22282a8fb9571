"""Preprocessing equals the spec's reference exactly (max abs diff 0), on every real ECG image and edge sizes."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.core.bundle.manifest import PreprocessInfo
from pulse_desktop.core.engine.preprocess import preprocess, select_best_resolution
from tests.engine.spec_reference import reference_pixels
from tests.support.paths import ecg_image_files

PULSE = PreprocessInfo("anyres", ((336, 672), (672, 336), (672, 672), (1008, 336), (336, 1008)), 336,
                       (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711))


def _check(image: Image.Image, info: PreprocessInfo = PULSE) -> np.ndarray:
    ours = preprocess(image, info)
    ref, best = reference_pixels(image, info.grid_pinpoints, info.crop_size, info.image_mean, info.image_std)
    assert ours.best_resolution == best
    assert ours.pixels.dtype == np.float32 and ours.pixels.shape == ref.shape
    assert float(np.abs(ours.pixels - ref).max()) == 0.0
    return ours.pixels


@pytest.mark.parametrize("path", ecg_image_files(), ids=lambda p: p.name)
def test_real_ecg_images_match_the_reference(path):
    with Image.open(path) as im:
        image = im.convert("RGB")
    pixels = _check(image)
    assert pixels.shape[1:] == (3, 336, 336) and pixels.shape[0] in (3, 4, 5)
    assert pixels.std() > 0.1


@pytest.mark.parametrize("size", [(336, 336), (100, 2000), (2000, 100), (1, 1), (2200, 1700), (1700, 2200),
                                  (1241, 704), (672, 336), (673, 337)])
def test_edge_sizes(size):
    rng = np.random.default_rng(sum(size))
    image = Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8))
    _check(image)


@pytest.mark.parametrize("mode", ["RGBA", "P", "L"])
def test_other_modes_are_converted_like_the_reference(mode):
    rng = np.random.default_rng(3)
    image = Image.fromarray(rng.integers(0, 256, (300, 500, 4), dtype=np.uint8), "RGBA").convert(mode)
    _check(image)


def test_spec_examples_of_best_resolution():
    pins = PULSE.grid_pinpoints
    assert select_best_resolution((2200, 1700), pins) == (672, 672)
    assert select_best_resolution((1700, 2200), pins) == (672, 672)
    assert select_best_resolution((1241, 704), pins) == (672, 672)
    assert select_best_resolution((336, 336), pins) == (336, 672)  # tie on eff: least waste, then first
    assert select_best_resolution((2000, 1000), pins) == (672, 336)  # exactly 2:1: same eff, less waste
    assert select_best_resolution((3167, 1580), pins) == (1008, 336)  # a little wider: more eff
    pixels = preprocess(Image.new("RGB", (2200, 1700), "white"), PULSE).pixels
    assert pixels.shape == (5, 3, 336, 336)


def test_parameters_come_from_the_manifest():
    info = PreprocessInfo("anyres", ((224, 448), (448, 224)), 224, (0.5, 0.5, 0.5), (0.25, 0.25, 0.25))
    image = Image.new("RGB", (400, 200), (255, 0, 0))
    pixels = _check(image, info)
    assert pixels.shape == (3, 3, 224, 224)
    assert np.isclose(pixels[0, 0].max(), 2.0)  # (1 - 0.5) / 0.25
    with pytest.raises(ValueError):
        preprocess(image, PreprocessInfo("pad", info.grid_pinpoints, 224, info.image_mean, info.image_std))


def test_padding_is_black_and_centred():
    image = Image.new("RGB", (672, 200), (255, 255, 255))  # selects 672x336: 2 crops with bands top and bottom
    ours = preprocess(image, PULSE)
    assert ours.best_resolution == (672, 336) and ours.grid == (2, 1)
    black = (0 - np.array(PULSE.image_mean)) / np.array(PULSE.image_std)
    assert np.allclose(ours.pixels[1, :, 0, 0], black, atol=1e-6)
    assert np.allclose(ours.pixels[1, :, 168, 0], (1 - np.array(PULSE.image_mean)) / np.array(PULSE.image_std),
                       atol=1e-6)
