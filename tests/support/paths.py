"""Where the shared real data lives, for tests."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The shared real data sits beside the checkout (../shared); PULSE_SHARED overrides it.
SHARED = Path(os.environ.get("PULSE_SHARED", REPO.parent / "shared"))
ECG_IMAGES = SHARED / "data" / "ecg-images"
PTBXL = SHARED / "data" / "ptbxl"


def ecg_image_files() -> list[Path]:
    exts = {".png", ".jpg", ".jpeg", ".bmp"}
    return sorted(p for p in ECG_IMAGES.iterdir() if p.suffix.lower() in exts)
