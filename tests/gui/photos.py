"""Synthetic photos of ECG paper (known corners) for the capture and review tests."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from tests.support.ecg_paper import load_ptbxl_record, place_paper, render_ecg_paper, simulate_photo

PHOTO_SIZE = (1280, 960)


@lru_cache(maxsize=1)
def paper() -> Image.Image:
    signals, _record = load_ptbxl_record(0)
    image, _truth = render_ecg_paper(signals, px_per_mm=5)
    return image


def tilted_photo(path: Path, rotate_deg: float = 6.0, tilt: tuple[float, float] = (0.12, 0.0)) -> Path:
    """A photo of the paper in perspective on a table, saved as JPEG at ``path``."""
    corners = place_paper(PHOTO_SIZE, paper().size, fill=0.8, rotate_deg=rotate_deg, tilt=tilt)
    photo, _truth = simulate_photo(paper(), corners, PHOTO_SIZE, shading=0.2, jpeg_quality=90)
    photo.save(path, quality=92)
    return path


def moving_then_still_video(path: Path, moving: int = 20, still: int = 40, fps: float = 10.0) -> Path:
    """A video of the paper sliding across the table, then lying still: what a hand-held camera sees."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, PHOTO_SIZE)
    assert writer.isOpened(), "OpenCV cannot write MJPG video here"
    try:
        for index in range(moving + still):
            shift = max(0, moving - index) / moving * 0.12
            corners = place_paper(PHOTO_SIZE, paper().size, fill=0.78, rotate_deg=3.0 + 10 * shift,
                                  offset=(shift, -shift / 2))
            photo, _ = simulate_photo(paper(), corners, PHOTO_SIZE, shading=0.15, seed=index)
            writer.write(cv2.cvtColor(np.asarray(photo), cv2.COLOR_RGB2BGR))
    finally:
        writer.release()
    return path
