"""The camera loop as a job: frames, the detected paper outline, hints, auto-capture and manual capture.

Runs in a worker: reads a frame, asks the core's paper watcher where the paper is and whether to capture,
and yields an immutable :class:`CameraFrame` (a downscaled QImage for the preview; QImage, unlike QPixmap,
may be made off the GUI thread). A capture (automatic, or the ``capture_now`` event set by the button)
ends the job with ``Done(result=Captured)`` holding the full-resolution frame as PNG bytes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np
from PySide6.QtGui import QImage

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import UnreadableInputError
from pulse_desktop.core.events import Done
from pulse_desktop.gui.image_convert import ndarray_to_qimage

PREVIEW_MAX_SIDE = 960
MAX_PREVIEW_FPS = 30.0


@dataclass(frozen=True)
class CameraFrame:
    image: QImage  # preview, at most PREVIEW_MAX_SIDE px on its long side
    scale: float  # preview px per camera px
    corners: tuple[tuple[float, float], ...] | None  # paper outline in preview pixels
    hint: str  # what the user should do, "" when all is well
    steady: float  # 0..1: how far auto-capture has got
    frame_size: tuple[int, int]  # camera (width, height)
    index: int


@dataclass(frozen=True)
class Captured:
    png: bytes
    automatic: bool
    frame_size: tuple[int, int]


def encode_png(rgb: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    if not ok:
        raise UnreadableInputError("The camera picture could not be stored.", "Try capturing again.")
    return data.tobytes()


def run_camera(source, watcher, auto_capture: bool, capture_now: threading.Event,
               cancel: CancelToken) -> Iterator[object]:
    """Yield CameraFrame per frame until a capture (Done) or cancel. ``source`` and ``watcher`` come
    from Services (the core's frame source and paper watcher); the source is closed on every exit."""
    try:
        index = 0
        min_interval = 1.0 / MAX_PREVIEW_FPS
        while True:
            cancel.check()
            started = time.monotonic()
            read = source.read()
            frame = None if read is None else getattr(read, "image", read)  # core Frame, or a bare array
            if frame is None:
                if index == 0:
                    raise UnreadableInputError("The camera gives no picture.",
                                               "Check that it is connected and not used by another program, "
                                               "or choose another camera in Settings.")
                raise UnreadableInputError("The camera stopped giving pictures.",
                                           "Reconnect it, or open a photo file instead.")
            seen = watcher.update(frame)
            if capture_now.is_set() or (auto_capture and seen.captured):
                yield Done(result=Captured(encode_png(frame), not capture_now.is_set(),
                                           (frame.shape[1], frame.shape[0])))
                return
            yield _preview(frame, seen, index)
            index += 1
            spare = min_interval - (time.monotonic() - started)
            if spare > 0:
                time.sleep(spare)
    finally:
        source.close()


def _preview(frame: np.ndarray, seen, index: int) -> CameraFrame:
    height, width = frame.shape[:2]
    scale = min(1.0, PREVIEW_MAX_SIDE / max(width, height))
    small = frame if scale == 1.0 else cv2.resize(frame, (max(1, round(width * scale)), max(1, round(height * scale))),
                                                  interpolation=cv2.INTER_AREA)
    corners = None if seen.corners is None else tuple((x * scale, y * scale) for x, y in seen.corners)
    return CameraFrame(ndarray_to_qimage(small), scale, corners, seen.hint, seen.steady, (width, height), index)
