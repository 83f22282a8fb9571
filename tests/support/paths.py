"""Where the real test data lives: the repository's own copy (tests/data), plus the larger shared sets.

Every file a test names is kept in ``tests/data`` (sources and licences in its README), so a clone anywhere
can run the tests. The shared sets (``../shared/data`` beside the checkout, or ``$PULSE_SHARED/data``) add
to them when present: :func:`ecg_image_files` lists both, and PTB-XL and LUDB come from the shared sets (200
and 100 records) when they are there. :func:`data_summary` says which were used (printed at the end of a pytest run).
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
# The shared real data sits beside the checkout (../shared); PULSE_SHARED overrides it.
SHARED = Path(os.environ.get("PULSE_SHARED") or REPO.parent / "shared")
SHARED_DATA = SHARED / "data"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp"}

ECG_IMAGES = DATA / "ecg-images"  # every image a test names by file name is here
SHARED_ECG_IMAGES = SHARED_DATA / "ecg-images"
REPO_PTBXL = DATA / "ptbxl"
SHARED_PTBXL = SHARED_DATA / "ptbxl"
PTBXL = SHARED_PTBXL if (SHARED_PTBXL / "signals.npz").is_file() else REPO_PTBXL
REPO_LUDB = DATA / "ludb" / "data"  # WFDB records and their annotations, as LUDB ships them
SHARED_LUDB = SHARED_DATA / "ludb" / "data"
LUDB = SHARED_LUDB if (SHARED_LUDB / "1.hea").is_file() else REPO_LUDB


def _images_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES]


def ecg_image_files() -> list[Path]:
    """Every real ECG picture available, sorted by name: the repository's, plus the shared ones it lacks."""
    found = {p.name: p for p in _images_in(SHARED_ECG_IMAGES)}
    found.update({p.name: p for p in _images_in(ECG_IMAGES)})
    return [found[name] for name in sorted(found)]


def _ptbxl_count(folder: Path) -> int:
    import numpy as np

    try:
        with np.load(folder / "signals.npz") as npz:
            return len(npz.files)
    except OSError:
        return 0


def _ludb_count(folder: Path) -> int:
    return len(list(folder.glob("*.hea"))) if folder.is_dir() else 0


def data_summary() -> str:
    """One line: which real data sets the tests used."""
    own = (f"tests/data ({len(_images_in(ECG_IMAGES))} ECG images, {_ptbxl_count(REPO_PTBXL)} PTB-XL records, "
           f"{_ludb_count(REPO_LUDB)} LUDB records)")
    shared_images = _images_in(SHARED_ECG_IMAGES)
    if not shared_images and PTBXL is REPO_PTBXL and LUDB is REPO_LUDB:
        return f"Real test data: {own}; no shared data at {SHARED_DATA} (set PULSE_SHARED to add the larger sets)."
    more = len({p.name for p in shared_images} - {p.name for p in _images_in(ECG_IMAGES)})
    ptbxl = f"{_ptbxl_count(SHARED_PTBXL)} PTB-XL records" if PTBXL is SHARED_PTBXL else "no PTB-XL"
    ludb = f"{_ludb_count(SHARED_LUDB)} LUDB records" if LUDB is SHARED_LUDB else "no LUDB"
    return f"Real test data: {own} + shared {SHARED_DATA} ({more} more ECG images, {ptbxl}, {ludb})."
