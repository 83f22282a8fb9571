"""A video of a synthetic ECG strip held under a camera: moving, then still (the auto-capture's input)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from tests.support.ecg_paper import load_ptbxl_record, place_paper, render_ecg_paper


@dataclass(frozen=True)
class VideoTruth:
    fps: float
    moving_frames: int  # frames 0 .. moving_frames-1 show the sheet moving
    total_frames: int
    size: tuple[int, int]


def write_strip_video(
    path: Path, *, size: tuple[int, int] = (960, 540), fps: float = 10.0, moving_s: float = 1.5,
    still_s: float = 2.5, seed: int = 0,
) -> VideoTruth:
    """Write an MJPG AVI: the sheet slides and turns into place for ``moving_s``, then lies still."""
    rng = np.random.default_rng(seed)
    paper, _ = render_ecg_paper(load_ptbxl_record(seed)[0], px_per_mm=3.0)
    src = cv2.GaussianBlur(cv2.cvtColor(np.asarray(paper), cv2.COLOR_RGB2BGR), (0, 0), 0.8)
    sh, sw = src.shape[:2]
    w, h = size
    table = np.empty((h, w, 3), np.float32)
    table[:] = (52, 70, 92)  # BGR dark wood
    table *= 1.0 + 0.06 * cv2.resize(rng.normal(0, 1, (6, 8)).astype(np.float32), (w, h))[..., None]
    n_move, n_still = round(moving_s * fps), round(still_s * fps)
    noise = [rng.normal(0, 2.0, (h, w, 3)).astype(np.float32) for _ in range(3)]  # sensor noise, recycled
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (w, h))
    if not writer.isOpened():
        raise RuntimeError("OpenCV cannot write MJPG video here")
    for i in range(n_move + n_still):
        k = max(0.0, 1.0 - i / n_move) if i < n_move else 0.0  # 1 -> 0 while moving
        corners = place_paper(size, (sw, sh), fill=0.8, rotate_deg=8 * k, offset=(0.12 * k, 0.0))  # in the frame
        hom = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), np.float32(corners))
        sheet = cv2.warpPerspective(src, hom, size, flags=cv2.INTER_LINEAR)
        mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), hom, size)[..., None]
        frame = sheet.astype(np.float32) * mask * 0.85 + table * (1 - mask)
        if i < n_move:  # the camera smears a moving sheet
            frame = cv2.blur(frame, (11, 3))
        frame += noise[i % len(noise)]
        writer.write(np.clip(frame, 0, 255).astype(np.uint8))
    writer.release()
    return VideoTruth(fps, n_move, n_move + n_still, size)
