"""The one value every digital-ECG reader returns: a :class:`Recording`.

A reader gives the leads it found (any names, any rate, any length) as :class:`RawRecording`; the
preparation step (:mod:`pulse_desktop.core.ecg_files.prepare`) turns it into a :class:`Recording` with the
twelve standard leads at 500 Hz over one 10-s window, and says in ``notes`` what it assumed, resampled,
derived, cut or could not find.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

STANDARD_LEADS: tuple[str, ...] = ("I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6")
TARGET_FS_HZ = 500.0
WINDOW_S = 10.0

_ALIASES = {
    "I": "I", "II": "II", "III": "III", "AVR": "aVR", "AVL": "aVL", "AVF": "aVF",
    "-AVR": "-aVR", "1": "I", "2": "II", "3": "III", "LEADI": "I", "LEADII": "II", "LEADIII": "III",
    "V1": "V1", "V2": "V2", "V3": "V3", "V4": "V4", "V5": "V5", "V6": "V6",
}


def canonical_lead_name(name: str) -> str | None:
    """'ii', 'MDC_ECG_LEAD_II', 'ECG II', 'aVR', 'V1 ' -> the standard spelling; None for any other lead."""
    key = name.strip().upper().replace(" ", "").replace("_", "")
    for prefix in ("MDCECGLEAD", "ECGLEAD", "ECG", "LEAD"):
        if key.startswith(prefix) and key[len(prefix):] in _ALIASES:
            key = key[len(prefix):]
            break
    return _ALIASES.get(key)


@dataclass(frozen=True, eq=False)
class RawRecording:
    """What a reader found in a file: leads in millivolts (NaN where the file marks no data)."""

    lead_names: tuple[str, ...]  # as the file spells them
    samples_mv: np.ndarray  # float64 [n_leads, n_samples]
    fs_hz: float
    source_format: str  # e.g. "WFDB (format 16)"
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Recording:
    """Twelve standard leads (``STANDARD_LEADS`` order), millivolts, ``fs_hz`` (500), one 10-s window.

    A lead the file lacks is all NaN (drawn blank, not measured); ``present`` says which leads hold
    signal from the file or derived from it. ``notes`` says, in plain words, every assumption made."""

    samples_mv: np.ndarray  # float64 [12, n_samples]
    fs_hz: float
    source_format: str
    source_path: str
    source_fs_hz: float
    source_duration_s: float
    window_s: tuple[float, float]  # the part of the file used, seconds from its start
    present: tuple[bool, ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def lead_names(self) -> tuple[str, ...]:
        return STANDARD_LEADS

    @property
    def duration_s(self) -> float:
        return self.samples_mv.shape[1] / self.fs_hz

    def lead(self, name: str) -> np.ndarray:
        return self.samples_mv[STANDARD_LEADS.index(name)]
