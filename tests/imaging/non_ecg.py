"""Pictures that are not ECGs, made on the spot: a text page, a blank page, a natural-scene-like picture."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

_WORDS = ("the patient was seen in clinic today and reports chest pain on exertion for two weeks "
          "no fever blood pressure normal follow up in one month").split()


def _jpeg(a: np.ndarray, quality: int = 85) -> Image.Image:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def text_page(seed: int = 0, size: tuple[int, int] = (1700, 2200)) -> Image.Image:
    """A typed letter: lines of words on white paper."""
    rng = np.random.default_rng(seed)
    w, h = size
    a = np.full((h, w, 3), 250, np.uint8)
    y = 150
    while y < h - 150:
        x = 150
        while x < w - 300:
            word = _WORDS[int(rng.integers(len(_WORDS)))]
            cv2.putText(a, word, (x, y), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (20, 20, 20), 2, cv2.LINE_AA)
            x += cv2.getTextSize(word, cv2.FONT_HERSHEY_SIMPLEX, 1.0, 2)[0][0] + 20
        y += 48
    return _jpeg(a)


def blank_page(seed: int = 0, size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """An empty sheet, photographed: flat grey-white with sensor noise."""
    rng = np.random.default_rng(seed)
    w, h = size
    a = np.full((h, w, 3), 235, np.float32) + rng.normal(0, 3, (h, w, 3))
    return _jpeg(np.clip(a, 0, 255).astype(np.uint8))


def natural_scene(seed: int = 0, size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """Something like a photo of a room: colour gradients, overlapping shapes, texture and noise."""
    rng = np.random.default_rng(seed)
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = np.stack([60 + 120 * xx / w, 80 + 100 * yy / h, 150 - 80 * xx / w], -1)
    for _ in range(25):
        colour = tuple(int(v) for v in rng.integers(0, 255, 3))
        if rng.random() < 0.5:
            centre = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            cv2.circle(a, centre, int(rng.integers(20, 250)), colour, -1)
        else:
            p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            p2 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            cv2.rectangle(a, p1, p2, colour, -1)
    a += rng.normal(0, 12, a.shape)
    a = cv2.GaussianBlur(a, (0, 0), 1.2)
    return _jpeg(np.clip(a, 0, 255).astype(np.uint8))
