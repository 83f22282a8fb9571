"""Fast anti-aliased shrinking by halving (OpenCV's INTER_AREA is slow on large non-integer factors).

Several steps of the pipeline shrink the same picture; the last picture's pyramid is kept (per thread,
holding a reference to the picture so that it cannot be confused with another), so each level is
computed once. Pictures are never modified in place in this package.
"""

from __future__ import annotations

import threading

import cv2
import numpy as np

_cache = threading.local()


def _pyramid(img: np.ndarray) -> list[np.ndarray]:
    levels = getattr(_cache, "levels", None)
    if levels is None or levels[0] is not img:
        levels = [img]
        _cache.levels = levels
    return levels


def shrink(img: np.ndarray, max_side: int) -> tuple[np.ndarray, int]:
    """Halve ``img`` with Gaussian pyramid steps until its longer side is at most ``max_side``.

    Returns (copy, levels): the copy's scale is exactly 1 / 2**levels (the input itself for 0 levels).
    A point at pixel-edge coordinate ``e`` in the copy lies at :func:`to_full` ``(e, levels)`` in the input."""
    levels = _pyramid(img)
    n = 0
    while max(levels[n].shape[:2]) > max_side and min(levels[n].shape[:2]) >= 2:
        if n + 1 == len(levels):
            levels.append(cv2.pyrDown(levels[n]))
        n += 1
    return levels[n], n


def forget() -> None:
    """Drop the kept pyramid (frees its memory)."""
    _cache.levels = None


def to_full(edge_coords: np.ndarray, levels: int) -> np.ndarray:
    """Map pixel-edge coordinates in a :func:`shrink` copy back to the input (each pyrDown keeps the even
    pixels, which moves edges by a quarter of a small pixel per level)."""
    offset = 0.5 * (1.0 - 0.5 ** levels)
    return (np.asarray(edge_coords, dtype=np.float64) - offset) * (2 ** levels)
