"""Thin adapters from the core's imaging, storage and report APIs to what the window needs.

Each adapter converts the core's values into the GUI's own small values (``Review``, ``Finding``), so a
change of shape in the core touches this file only.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PIL import Image

from pulse_desktop.gui.study_session import Corners, Finding, Review

log = logging.getLogger("pulse_desktop.gui.core_adapters")


def review_image(image: Image.Image, corners: Corners | None) -> Review:
    """Straighten ``image`` (at ``corners`` when the clinician moved them) and run the quality gate."""
    from pulse_desktop.core.imaging.rectify import straighten

    result = straighten(image, corners)
    findings, is_ecg, report = _quality(image, result)
    corners_used = tuple((float(x), float(y)) for x, y in result.corners)
    straightened = None if result.method == "unchanged" else result.image
    return Review(straightened=straightened, corners=corners_used, findings=findings,  # type: ignore[arg-type]
                  is_ecg=is_ecg, px_per_mm=result.px_per_mm, report=report)


def _quality(original: Image.Image, straightened: Any) -> tuple[tuple[Finding, ...], bool, Any]:
    """The quality gate's findings (core/imaging/quality.py) as the window shows them."""
    from pulse_desktop.core.imaging.quality import assess_quality

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


def open_camera(source: int | str) -> Any:
    """A frame source over cv2.VideoCapture: a camera index (at its highest resolution) or a video file."""
    from pulse_desktop.core.imaging.camera import FrameSource

    return FrameSource(source)


def paper_watcher(fps: float) -> Any:
    """The auto-capture state machine (paper found, sharp and steady for about a second -> one capture)."""
    from pulse_desktop.core.imaging.autocapture import AutoCapture

    return AutoCapture(fps=fps)
