"""ndarray / PIL <-> QImage round trips keep every pixel."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.gui.image_convert import ndarray_to_qimage, pil_to_qimage, qimage_to_ndarray, qimage_to_pil
from tests.support.paths import ecg_image_files


@pytest.mark.parametrize("width", [1, 3, 7, 101])  # odd widths exercise row padding
def test_rgb_round_trip(width):
    rng = np.random.default_rng(width)
    array = rng.integers(0, 256, (5, width, 3), dtype=np.uint8)
    assert np.array_equal(qimage_to_ndarray(ndarray_to_qimage(array)), array)


def test_bgr_and_grey():
    rng = np.random.default_rng(1)
    bgr = rng.integers(0, 256, (4, 6, 3), dtype=np.uint8)
    assert np.array_equal(qimage_to_ndarray(ndarray_to_qimage(bgr, bgr=True)), bgr[:, :, ::-1])
    grey = rng.integers(0, 256, (4, 6), dtype=np.uint8)
    assert np.array_equal(qimage_to_ndarray(ndarray_to_qimage(grey)), np.repeat(grey[:, :, None], 3, 2))


def test_qimage_is_detached_from_the_array():
    array = np.zeros((2, 2, 3), np.uint8)
    image = ndarray_to_qimage(array)
    array[:] = 255
    assert qimage_to_ndarray(image).max() == 0


def test_real_ecg_image_round_trip():
    path = ecg_image_files()[0]
    pil = Image.open(path).convert("RGB")
    back = qimage_to_pil(pil_to_qimage(pil))
    assert back.size == pil.size and np.array_equal(np.asarray(back), np.asarray(pil))


def test_rejects_bad_arrays():
    with pytest.raises(ValueError):
        ndarray_to_qimage(np.zeros((2, 2), np.float32))
    with pytest.raises(ValueError):
        ndarray_to_qimage(np.zeros((2, 2, 2), np.uint8))
