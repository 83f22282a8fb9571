"""Opening a picture for a study: load it, straighten it and check its quality (or take it as it is).

One function per source; each returns an :class:`OpenedPicture` and may run on a worker thread. Both the
window and ``pulse-desktop interpret`` call these, so the same file gives the model the same pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PIL import Image

from pulse_desktop.core.findings import Finding
from pulse_desktop.core.study.values import Corners, OpenedPicture, Review


def review_picture(original: Image.Image, corners: Sequence[Sequence[float]] | None = None,
                   turn: int | None = None) -> Review:
    """Straighten ``original`` (at ``corners`` when the clinician moved them; turned by ``turn`` clockwise
    degrees when the clinician chose, else as the orientation detection decides) and run the quality check
    (:func:`pulse_desktop.core.imaging.intake.check_picture`)."""
    from pulse_desktop.core.imaging.intake import check_picture

    result, report = check_picture(original, corners, turn)
    corners_used: Corners = tuple((float(x), float(y)) for x, y in result.corners)  # type: ignore[assignment]
    straightened = None if result.method == "unchanged" else result.image
    findings = tuple(Finding(str(f.name), str(f.level), None if f.value is None else float(f.value),
                             str(f.message), str(f.advice)) for f in report.findings)  # plain floats: JSON-ready
    ppm = None if report.px_per_mm is None else float(report.px_per_mm)
    return Review(straightened=straightened, corners=corners_used, findings=findings, is_ecg=bool(report.is_ecg),
                  px_per_mm=ppm, report=report, turn=int(result.turn),
                  turn_sure=bool(result.turn_sure), maybe_upside_down=bool(result.maybe_upside_down))


def unchecked(original: Image.Image) -> Review:
    """The picture as it is: not straightened, not checked (``--as-is``)."""
    del original
    return Review(straightened=None, corners=None, findings=(), checked=False)


def open_file(path: Path, *, page: int = 0, check: bool = True,
              corners: Sequence[Sequence[float]] | None = None, turn: int | None = None) -> OpenedPicture:
    """Read an image or PDF page (``page``: 0-based; UnreadableInputError when it cannot be read), then
    review it (straightened at ``corners``, the paper's corners in the original, when given; turned by
    ``turn`` degrees clockwise when given). A digital ECG recording is read, drawn and measured instead
    (:func:`pulse_desktop.core.study.digital.open_recording`)."""
    from pulse_desktop.core.ecg_files import is_digital_ecg_file
    from pulse_desktop.core.imaging.load_image import load_image

    if is_digital_ecg_file(path):
        if corners is not None:
            raise ValueError("a digital recording is drawn straight, so it has no paper corners to give")
        from pulse_desktop.core.study.digital import open_recording

        return open_recording(Path(path), check=check)

    loaded = load_image(Path(path), page=page)
    review = review_picture(loaded.image, corners, turn) if check else unchecked(loaded.image)
    return OpenedPicture(Path(path).name, loaded, review)


def open_page(loaded: object, name: str, page: int, *, turn: int | None = None) -> OpenedPicture:
    """Another page (0-based) of the PDF or multi-page TIFF already opened as ``loaded`` (a LoadedImage),
    read from its original bytes and reviewed the same way: how the clinician picks the page."""
    from pulse_desktop.core.imaging.load_image import load_image_bytes

    other = load_image_bytes(bytes(loaded.original_bytes), str(getattr(loaded, "name", "") or name),  # type: ignore[attr-defined]
                             page=page)
    return OpenedPicture(name, other, review_picture(other.image, None, turn))


def open_bytes(data: bytes, name: str, *, check: bool = True) -> OpenedPicture:
    """A picture from memory (pasted, dropped, captured by the camera)."""
    from pulse_desktop.core.imaging.load_image import load_image_bytes

    loaded = load_image_bytes(bytes(data), name)
    review = review_picture(loaded.image) if check else unchecked(loaded.image)
    return OpenedPicture(name, loaded, review)


def open_loaded(loaded: object, name: str, *, check: bool = True) -> OpenedPicture:
    """A picture another loader already read (the window's services), reviewed the same way."""
    image = loaded.image  # type: ignore[attr-defined]
    return OpenedPicture(name, loaded, review_picture(image) if check else unchecked(image))
