"""Thin adapters from the core's imaging, storage and report APIs to what the window needs.

The picture's review (straightening and the quality check) is the study workflow's
(``core/study/picture.review_picture``), the same call the command line makes.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("pulse_desktop.gui.core_adapters")


def open_store() -> Any:
    """The study store (SQLite in the user data folder)."""
    from pulse_desktop.core.storage import Store

    return Store.open()


def open_camera(source: int | str) -> Any:
    """A frame source over cv2.VideoCapture: a camera index (at its highest resolution) or a video file."""
    from pulse_desktop.core.imaging.camera import FrameSource

    return FrameSource(source)


def paper_watcher(fps: float) -> Any:
    """The auto-capture state machine (paper found, sharp and steady for about a second -> one capture)."""
    from pulse_desktop.core.imaging.autocapture import AutoCapture

    return AutoCapture(fps=fps)
