"""Frames from a camera (a device index) or a video file, as RGB arrays, over ``cv2.VideoCapture``.

A camera is asked for its highest resolution: OpenCV passes an oversized request to the driver, which
settles on the largest mode it has (read back in :attr:`FrameSource.size`); MJPG is requested first, since
most webcams only deliver their large modes compressed. A video file is played as recorded (this is how
the tests drive the capture logic). Not thread-safe: one reader at a time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from pulse_desktop.core.errors import PulseError

_HUGE = 10_000  # "as large as you can" for the driver
_DEFAULT_FPS = 30.0


class CameraUnavailableError(PulseError):
    """No camera at that index, or it is in use, or the video file cannot be decoded."""

    exit_code = 2


@dataclass(frozen=True, eq=False)
class Frame:
    image: np.ndarray  # H x W x 3, RGB, uint8
    index: int  # 0 for the first frame read
    time_s: float  # seconds since the first frame (the file's clock for a video, the wall clock for a camera)


class FrameSource:
    """Read frames from ``source``: a camera index (0 is the default camera) or a video file path."""

    def __init__(self, source: int | str | Path, max_resolution: bool = True) -> None:
        self.source = source
        self.is_file = not isinstance(source, int)
        if self.is_file and not Path(str(source)).is_file():
            raise CameraUnavailableError(f"There is no video file at '{source}'.", "Check the path.")
        self._cap = cv2.VideoCapture(source if isinstance(source, int) else str(source))
        if not self._cap.isOpened():
            self._cap.release()
            if self.is_file:
                raise CameraUnavailableError(f"The video '{source}' cannot be played.",
                                             "Use a common format such as MP4 or AVI.")
            raise CameraUnavailableError(
                f"Camera {source} cannot be opened.",
                "Check that the camera is connected and not in use by another program (video calls), and that "
                "this program may use the camera in the system's privacy settings.")
        if not self.is_file and max_resolution:
            self._cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
            self._cap.set(cv2.CAP_PROP_FRAME_WIDTH, _HUGE)
            self._cap.set(cv2.CAP_PROP_FRAME_HEIGHT, _HUGE)
        self._index = 0
        self._t0: float | None = None

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) the source delivers."""
        return int(self._cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(self._cap.get(cv2.CAP_PROP_FRAME_HEIGHT))

    @property
    def fps(self) -> float:
        fps = float(self._cap.get(cv2.CAP_PROP_FPS) or 0.0)
        return fps if 1.0 <= fps <= 240.0 else _DEFAULT_FPS

    def read(self) -> Frame | None:
        """The next frame, or None at the end of a video (or when a camera stops delivering)."""
        ok, bgr = self._cap.read()
        if not ok or bgr is None:
            return None
        if self.is_file:
            t = self._index / self.fps
        else:
            now = time.monotonic()
            self._t0 = now if self._t0 is None else self._t0
            t = now - self._t0
        frame = Frame(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), self._index, t)
        self._index += 1
        return frame

    def __iter__(self):
        while (frame := self.read()) is not None:
            yield frame

    def close(self) -> None:
        self._cap.release()

    def __enter__(self) -> FrameSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
