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

from pulse_desktop.gui.study_session import Corners, Finding, Review

log = logging.getLogger("pulse_desktop.gui.core_adapters")


def review_image(image: Image.Image, corners: Corners | None) -> Review:
    """Straighten ``image`` (at ``corners`` when the clinician moved them) and run the quality gate."""
    try:
        from pulse_desktop.core.imaging.rectify import straighten
    except ImportError:  # TODO(integration): remove once core/imaging/rectify.py is committed
        log.warning("straightening is not available in this checkout; using the picture as it is")
        return Review(straightened=None, corners=None)
    result = straighten(image, corners)
    findings, is_ecg, report = _quality(image, result)
    corners_used = tuple((float(x), float(y)) for x, y in result.corners)
    straightened = None if result.method == "unchanged" else result.image
    return Review(straightened=straightened, corners=corners_used, findings=findings,  # type: ignore[arg-type]
                  is_ecg=is_ecg, px_per_mm=result.px_per_mm, report=report)


def _quality(original: Image.Image, straightened: Any) -> tuple[tuple[Finding, ...], bool, Any]:
    """The quality gate's findings as the window shows them.

    TODO(integration): the imaging engineer's quality module (issue 5): a QualityReport with ``is_ecg`` and
    checks/findings carrying name, level ("blocking"/"warning"/"ok"), value, message and hint. Read
    defensively here until it lands; without it there are no findings.
    """
    try:
        from pulse_desktop.core.imaging import quality  # type: ignore[attr-defined]
    except ImportError:
        log.warning("quality checks are not available yet")
        return (), True, None
    report = quality.assess_quality(original, straightened)
    items = getattr(report, "findings", None) or getattr(report, "checks", ())
    findings = tuple(Finding(str(getattr(f, "name", "")), str(getattr(f, "level", "warning")),
                             str(getattr(f, "message", "")), str(getattr(f, "hint", "")),
                             str(getattr(f, "value", ""))) for f in items)
    return findings, bool(getattr(report, "is_ecg", True)), report


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
