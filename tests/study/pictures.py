"""Pictures and reviews for the workflow tests, made without running the imaging checks."""

from __future__ import annotations

from PIL import Image

from pulse_desktop.core.findings import Finding
from pulse_desktop.core.imaging.load_image import load_image_bytes
from pulse_desktop.core.storage import encode_png
from pulse_desktop.core.study.values import OpenedPicture, Review

OK = Finding("sharpness", "ok", 0.1, "The picture is sharp.")
GLARE = Finding("glare", "warning", 2.0, "A reflection washes out part of the ECG.", "Avoid the lamp's reflection.")
NOT_ECG_WARNING = Finding("not_ecg", "warning", None, "This may not be an ECG.", "Check the picture.")
NOT_ECG_BLOCKING = Finding("grid", "blocking", 0.0, "This does not look like an ECG.", "Open an ECG.")


def opened(*findings: Finding, straighten: bool = True, name: str = "page.png") -> OpenedPicture:
    """A real decoded picture (a small grid) with the findings given; ``straighten`` adds a straightened copy."""
    original = Image.new("RGB", (320, 240), "white")
    for x in range(0, 320, 8):
        for y in range(240):
            original.putpixel((x, y), (240, 150, 150))
    loaded = load_image_bytes(encode_png(original), name)
    straightened = loaded.image.rotate(1.0, fillcolor="white") if straighten else None
    corners = ((0.0, 0.0), (319.0, 0.0), (319.0, 239.0), (0.0, 239.0))
    return OpenedPicture(name, loaded, Review(straightened, corners, (OK, *findings), is_ecg=True, px_per_mm=8.0))
