"""Opening a digital ECG recording (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF) for a study.

The recording is read (:mod:`pulse_desktop.core.ecg_files`), drawn as ECG-Image-Kit's 3x4 page
(:mod:`pulse_desktop.core.ecg_render`) and measured (:mod:`pulse_desktop.core.measure`). The rendered page is
the picture the model reads, as it is (never straightened); the quality check still runs on it and is recorded.
The recording's notes (what was assumed, resampled, cut) go with the study as its notes; the measurements are
stored with the study and printed in the report. Both the window and ``pulse-desktop interpret`` call
:func:`open_recording` (through :func:`pulse_desktop.core.study.picture.open_file`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PIL import Image

from pulse_desktop.core.measure.result import Measurements, measurements_from_dict
from pulse_desktop.core.study.values import OpenedPicture, Review

LAYOUT = "3x4"
SUFFIXES = (".hea", ".dat", ".xml", ".dcm", ".dicom", ".edf", ".scp")  # what the window's open dialog and drop accept
READ_AS = "rendered"  # StudySession.picture_read for a digital recording: the page drawn from the signal


@dataclass(frozen=True, eq=False)
class LoadedRecording:
    """A digital recording in the shape of a loaded picture: ``image`` is the rendered page."""

    image: Image.Image  # the page drawn from the recording (what the model reads)
    original_bytes: bytes  # that page as PNG (what the study store keeps as the study's picture)
    measurements: Measurements
    notes: tuple[str, ...] = ()  # the recording's notes (what was assumed, resampled, derived or cut)
    source_format: str = ""
    layout: str = LAYOUT


def is_recording(loaded: Any) -> bool:
    return isinstance(loaded, LoadedRecording)


def measurements_of(loaded: Any) -> Measurements | None:
    """The measurements of a digital recording, None for a picture."""
    return loaded.measurements if isinstance(loaded, LoadedRecording) else None


def load_recording(path: Path) -> LoadedRecording:
    """Read, render and measure ``path`` (UnreadableInputError, with a hint, when it cannot be read)."""
    from pulse_desktop.core.ecg_files import read_recording
    from pulse_desktop.core.ecg_render import render_page
    from pulse_desktop.core.measure import measure
    from pulse_desktop.core.storage import encode_png

    recording = read_recording(Path(path))
    page = Image.fromarray(render_page(recording, LAYOUT))
    return LoadedRecording(page, encode_png(page), measure(recording), tuple(recording.notes),
                           str(recording.source_format))


def open_recording(path: Path, *, check: bool = True) -> OpenedPicture:
    """A digital recording opened for a study: the rendered page, checked (unless ``check`` is False) but
    never straightened."""
    from pulse_desktop.core.study.picture import unchecked

    loaded = load_recording(Path(path))
    return OpenedPicture(Path(path).name, loaded, page_review(loaded.image) if check else unchecked(loaded.image))


def page_review(page: Image.Image) -> Review:
    """The quality check of the rendered page, with nothing straightened (the page goes as it is)."""
    from pulse_desktop.core.study.picture import review_picture

    return replace(review_picture(page), straightened=None)


def reopened(loaded: Any, measurements: dict | None) -> Any:
    """A stored study's picture with its stored measurements (history): a :class:`LoadedRecording` when the
    study came from a digital recording, else ``loaded`` unchanged."""
    if not measurements or loaded is None:
        return loaded
    m = measurements_from_dict(measurements)
    return LoadedRecording(loaded.image, bytes(getattr(loaded, "original_bytes", b"") or b""), m, tuple(m.notes))


def measurements_json(loaded: Any) -> dict | None:
    """What the store keeps (plain JSON values, as the report prints them), None for a picture."""
    m = measurements_of(loaded)
    return None if m is None else m.to_dict()
