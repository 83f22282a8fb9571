"""Fast anti-aliased shrinking by halving (OpenCV's INTER_AREA is slow on large non-integer factors)."""

from __future__ import annotations

import cv2
import numpy as np


def shrink(img: np.ndarray, max_side: int) -> tuple[np.ndarray, int]:
    """Halve ``img`` with Gaussian pyramid steps until its longer side is at most ``max_side``.

    Returns (copy, levels): the copy's scale is exactly 1 / 2**levels (the input itself for 0 levels).
    A point at pixel-edge coordinate ``e`` in the copy lies at :func:`to_full` ``(e, levels)`` in the input."""
    out, levels = img, 0
    while max(out.shape[:2]) > max_side and min(out.shape[:2]) >= 2:
        out = cv2.pyrDown(out)
        levels += 1
    return out, levels


def to_full(edge_coords: np.ndarray, levels: int) -> np.ndarray:
    """Map pixel-edge coordinates in a :func:`shrink` copy back to the input (each pyrDown keeps the even
    pixels, which moves edges by a quarter of a small pixel per level)."""
    offset = 0.5 * (1.0 - 0.5 ** levels)
    return (np.asarray(edge_coords, dtype=np.float64) - offset) * (2 ** levels)
