"""Auto-capture for the live preview: take exactly one picture once the paper is found, sharp and steady.

Each preview frame goes through :func:`paper_detect.detect_paper_preview` (a copy of at most 400 px) and
a cheap sharpness measure inside the sheet. The state machine counts consecutive "good" frames (sheet
found whole, sharp, and no corner moved more than ``max_motion`` of the frame diagonal since the previous
frame); after ``steady_seconds`` of them it captures once and disarms. It re-arms only after the sheet is
lost or moved again for a few frames, so holding still longer never takes a second picture. A manual
capture (the button) is always possible.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from pulse_desktop.core.imaging.paper_detect import Corners, PaperQuad, detect_paper_preview
from pulse_desktop.core.imaging.resample import shrink

STEADY_SECONDS = 1.0
MAX_MOTION = 0.004  # corner movement per frame, as a fraction of the frame's diagonal
MIN_SHARPNESS = 0.25  # 1 / edge spread in preview pixels (sharp ~0.5; a blurred or shaken frame less)
REARM_FRAMES = 3  # frames of lost or moving paper that re-arm the trigger after a capture


@dataclass(frozen=True)
class PreviewState:
    corners: Corners | None  # the sheet in the frame's pixels (TL, TR, BR, BL), None when not found
    whole_sheet: bool
    sharpness: float  # 1 / edge spread in preview pixels; 0 when no sheet
    motion: float  # largest corner movement since the previous frame / frame diagonal (inf: none before)
    steady: float  # 0..1: progress towards the auto-capture
    captured: bool  # this frame is the automatic capture
    hint: str  # what the user should do now ("" when all is well)


@dataclass(frozen=True, eq=False)
class Capture:
    image: np.ndarray  # the full-resolution RGB frame
    corners: Corners | None  # the sheet's corners in it, from the preview detection
    automatic: bool


def preview_sharpness(frame_rgb: np.ndarray, quad: PaperQuad) -> float:
    """Steepest-edge / contrast inside the sheet on a small copy: 1 / (edge spread in preview pixels)."""
    small, levels = shrink(frame_rgb, 400)
    f = 0.5 ** levels
    pts = np.array(quad.corners) * f
    x0, y0 = np.clip(pts.min(axis=0).astype(int), 0, None)
    x1, y1 = pts.max(axis=0).astype(int)
    grey = cv2.cvtColor(small[y0:y1, x0:x1], cv2.COLOR_RGB2GRAY).astype(np.float32)
    if grey.shape[0] < 8 or grey.shape[1] < 8:
        return 0.0
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3) / 8.0
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3) / 8.0
    lo, hi = np.percentile(grey, [1, 90])
    if hi - lo < 20:
        return 0.0
    return float(np.percentile(np.hypot(gx, gy), 99.5) / (hi - lo))


class AutoCapture:
    """Feed it every preview frame with :meth:`update`; it says when to capture (once)."""

    def __init__(
        self,
        fps: float = 30.0,
        steady_seconds: float = STEADY_SECONDS,
        max_motion: float = MAX_MOTION,
        min_sharpness: float = MIN_SHARPNESS,
        detector: Callable[[np.ndarray], PaperQuad | None] = detect_paper_preview,
    ) -> None:
        self.needed = max(1, math.ceil(steady_seconds * fps))
        self.max_motion = max_motion
        self.min_sharpness = min_sharpness
        self.detector = detector
        self._good = 0
        self._unsteady = 0
        self._armed = True
        self._last: np.ndarray | None = None
        self.captures: list[Capture] = []

    @property
    def armed(self) -> bool:
        return self._armed

    def update(self, frame_rgb: np.ndarray) -> PreviewState:
        quad = self.detector(frame_rgb)
        h, w = frame_rgb.shape[:2]
        if quad is None:
            self._last = None
            self._reset_steady(lost=True)
            return PreviewState(None, False, 0.0, math.inf, 0.0, False, "Point the camera at the ECG paper.")
        pts = np.array(quad.corners)
        motion = math.inf if self._last is None else float(
            np.max(np.hypot(*(pts - self._last).T)) / math.hypot(w, h))
        self._last = pts
        sharp = preview_sharpness(frame_rgb, quad)
        good = quad.whole_sheet_visible and sharp >= self.min_sharpness and motion <= self.max_motion
        hint = self._hint(quad, sharp, motion)
        if not good:
            self._reset_steady(lost=False)
            return PreviewState(quad.corners, quad.whole_sheet_visible, sharp, motion, 0.0, False, hint)
        self._unsteady = 0
        self._good += 1
        captured = False
        if self._armed and self._good >= self.needed:
            self.captures.append(Capture(frame_rgb.copy(), quad.corners, automatic=True))
            self._armed, captured = False, True
        steady = 1.0 if not self._armed else min(1.0, self._good / self.needed)
        return PreviewState(quad.corners, True, sharp, motion, steady, captured, hint)

    def capture_now(self, frame_rgb: np.ndarray) -> Capture:
        """A manual capture of this frame (always possible)."""
        quad = self.detector(frame_rgb)
        capture = Capture(frame_rgb.copy(), None if quad is None else quad.corners, automatic=False)
        self.captures.append(capture)
        return capture

    def _reset_steady(self, lost: bool) -> None:
        self._good = 0
        self._unsteady += 1
        if not self._armed and self._unsteady >= REARM_FRAMES:
            self._armed = True  # the sheet was lost or moved: the next steady spell may capture again

    def _hint(self, quad: PaperQuad, sharp: float, motion: float) -> str:
        if not quad.whole_sheet_visible:
            return "Move back: the whole sheet must be in the picture."
        if sharp < self.min_sharpness:
            return "Hold still and let the camera focus."
        if motion > self.max_motion:
            return "Hold still."
        return ""
