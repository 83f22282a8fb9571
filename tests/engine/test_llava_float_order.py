"""LLaVA computes a scale first and multiplies after; the other order rounds differently on some sizes.

`resize_and_pad_image` does ``scale_w = Tw / W; new_h = ceil(H * scale_w)`` and `unpad_image` does
``int(W * (map_h / H))``. ``ceil(H * Tw / W)`` disagrees on thousands of (W, H, pinpoint) triples, e.g. a
19x19 picture into 336x672. These cases pin the reference's order.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

from pulse_desktop.core.engine.merge import unpad
from pulse_desktop.core.engine.preprocess import resize_and_pad


def _content_box(canvas: Image.Image) -> tuple[int, int]:
    a = np.asarray(canvas).max(axis=2) > 0
    rows, cols = np.where(a.any(axis=1))[0], np.where(a.any(axis=0))[0]
    return cols[-1] - cols[0] + 1, rows[-1] - rows[0] + 1


def test_resize_uses_the_scale_first_order():
    W, H, Tw, Th = 19, 19, 336, 672  # noqa: N806
    assert math.ceil(H * (Tw / W)) != math.ceil(H * Tw / W)  # the case really separates the two orders
    canvas = resize_and_pad(Image.new("RGB", (W, H), (200, 10, 10)), (Tw, Th))
    assert _content_box(canvas) == (Tw, math.ceil(H * (Tw / W)))


def test_unpad_uses_the_scale_first_order():
    W, H, map_h, map_w = 220, 704, 48, 48  # noqa: N806 - taller than the map: the column branch
    assert int(W * (map_h / H)) != int(W * map_h / H)
    features = np.arange(map_h * map_w * 2, dtype=np.float32).reshape(2, map_h, map_w)
    out = unpad(features, (W, H))
    new_w = int(W * (map_h / H))
    pad = (map_w - new_w) // 2
    assert out.shape[2] == map_w - 2 * pad
