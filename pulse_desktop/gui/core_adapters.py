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
    """The quality gate's findings (core/imaging/quality.py) as the window shows them."""
    try:
        from pulse_desktop.core.imaging.quality import assess_quality
    except ImportError:  # TODO(integration): remove once core/imaging/quality.py is committed
        log.warning("quality checks are not available in this checkout")
        return (), True, None
    report = assess_quality(original, straightened)
    findings = tuple(Finding(str(f.name), str(f.level), str(f.message), str(f.advice),
                             None if f.value is None else float(f.value)) for f in report.findings)
    return findings, bool(report.is_ecg), report  # plain Python values: numpy scalars do not go into JSON


def open_store() -> Any:
    """The study store (SQLite in the user data folder)."""
    from pulse_desktop.core.storage import Store

    return Store.open()


def write_report(store: Any, study_id: str, out: Path, settings: Any) -> Path:
    """The PDF report of a stored study (core/report; it reads the GUI settings' facility and paper)."""
    from pulse_desktop.core.report import write_study_pdf

    return write_study_pdf(store, study_id, out, settings)


def export_study(store: Any, study_id: str, folder: Path, settings: Any) -> list[Path]:
    """Pictures, study.json and report.pdf into ``folder``."""
    from pulse_desktop.core.report import export_study as export

    return export(store, study_id, folder, settings)


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
