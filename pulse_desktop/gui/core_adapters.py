"""Thin adapters from the core's imaging, storage and report APIs to what the window needs.

Each adapter converts the core's values into the GUI's own small values (``Review``, ``Finding``), so a
change of shape in the core touches this file only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from pulse_desktop.gui.study_session import Corners, Review

log = logging.getLogger("pulse_desktop.gui.core_adapters")


def review_image(image: Image.Image, corners: Corners | None) -> Review:
    """Straighten ``image`` (at ``corners`` when the clinician moved them) and run the quality gate.

    TODO(integration): the imaging engineer's straightening and quality modules (issue 5): a straighten
    function taking optional corners and returning the straightened picture with the corners used, and a
    QualityReport whose findings have name/level/message/hint. Until they land, the picture is used as is.
    """
    try:
        from pulse_desktop.core.imaging import straighten as _straighten  # noqa: F401
    except ImportError:
        log.warning("straightening is not available yet; using the picture as it is")
        return Review(straightened=None, corners=None, findings=())
    raise NotImplementedError  # replaced at integration


def open_store() -> Any:
    """The study store. TODO(integration): pulse_desktop.core.storage's Store over paths.database_path()."""
    from pulse_desktop.core.storage.store import Store  # type: ignore[import-not-found]

    return Store.open()


def write_report(*args: Any, **kwargs: Any) -> Path:
    """TODO(integration): pulse_desktop.core.report's PDF writer."""
    from pulse_desktop.core.report.pdf import write_pdf  # type: ignore[import-not-found]

    return write_pdf(*args, **kwargs)


@dataclass(frozen=True)
class PaperSeen:
    corners: tuple[tuple[float, float], ...] | None  # in the frame's pixels, TL TR BR BL
    hint: str
    steady: float  # 0..1 progress of auto-capture
    capture: bool  # auto-capture says: take this frame


class _PaperWatcher:
    """Preview detection over the core's paper detector.

    TODO(integration): the imaging engineer's auto-capture state machine (paper found, sharp and steady
    for about a second -> capture). Until it lands this watcher only outlines the paper and never captures
    by itself; the Capture button works.
    """

    def update(self, rgb: Any) -> PaperSeen:
        from pulse_desktop.core.imaging.paper_detect import detect_paper_preview

        quad = detect_paper_preview(rgb)
        if quad is None:
            return PaperSeen(None, "Point the camera at the ECG paper.", 0.0, False)
        hint = "" if quad.whole_sheet_visible else "Move back: the whole sheet must be in the picture."
        return PaperSeen(quad.corners, hint, 0.0, False)


def paper_watcher() -> Any:
    return _PaperWatcher()


def open_camera(source: int | str) -> Any:
    """TODO(integration): pulse_desktop.core.imaging's frame source over cv2.VideoCapture."""
    from pulse_desktop.core.imaging.camera import FrameSource  # type: ignore[import-not-found]

    return FrameSource(source)
