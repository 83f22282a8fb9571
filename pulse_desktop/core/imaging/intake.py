"""One call from a file (or a picture) to what the model may read: load, straighten, check quality.

Both shells use this: the CLI's ``straighten`` command and the GUI's review page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image

from pulse_desktop.core.imaging.load_image import LoadedImage, load_image
from pulse_desktop.core.imaging.quality import QualityReport, assess_quality
from pulse_desktop.core.imaging.rectify import Straightened, straighten


@dataclass(frozen=True, eq=False)
class Intake:
    loaded: LoadedImage | None  # None when the picture did not come from a file (camera frames)
    straightened: Straightened
    report: QualityReport

    @property
    def image_for_model(self) -> Image.Image:
        return self.straightened.image


def check_picture(
    image: Image.Image | np.ndarray, corners: Sequence[Sequence[float]] | None = None, turn: int | None = None
) -> tuple[Straightened, QualityReport]:
    """Straighten an RGB picture (at ``corners`` when given; turned by ``turn`` clockwise degrees when
    given, else as the orientation detection decides) and run the quality gate on the result."""
    result = straighten(image, corners, turn)
    return result, assess_quality(image, result)


def intake_file(
    path: str | Path, corners: Sequence[Sequence[float]] | None = None, page: int = 0, turn: int | None = None
) -> Intake:
    """Load an image or PDF file (``page``: 0-based page of a PDF or multi-page TIFF; the count is in
    ``Intake.loaded.page_count``), straighten it and check its quality.

    Raises UnreadableInputError for a file that cannot be read; quality problems are in the report."""
    loaded = load_image(path, page=page)
    result, report = check_picture(loaded.image, corners, turn)
    if loaded.notes:
        report = _with_notes(report, loaded.notes)
    return Intake(loaded, result, report)


def _with_notes(report: QualityReport, notes: tuple[str, ...]) -> QualityReport:
    return replace(report, notes=tuple(notes) + report.notes)
