"""From whatever a file holds to the twelve standard leads at 500 Hz over one 10-s window.

The documented choices (docs/digital-ecg.md):

* Leads are matched by name (``canonical_lead_name``); other leads (Frank X/Y/Z, a 15th lead) are left out
  and said. Missing limb leads are derived when two of I, II, III are present (Einthoven/Goldberger);
  other missing leads stay blank (NaN) and are said. No standard lead at all is an error.
* Any rate from 100 Hz to 100 kHz is resampled to 500 Hz (band-limited, so no aliasing); below 100 Hz is
  an error (too coarse to time a QRS).
* A record longer than 10 s: the first 10 s are used, and said. Shorter: at least 2.5 s (one column of the
  page) is required; the rest of the page stays blank and is said.
* A flat lead (no change above 10 µV) or one that sits at its extreme value for 40 ms or more (saturated)
  is said; an implausible amplitude (median lead range above 20 mV or below 20 µV) is an error naming the
  gain or units as the likely cause.
"""

from __future__ import annotations

import numpy as np

from pulse_desktop.core.ecg_files.recording import (
    STANDARD_LEADS,
    TARGET_FS_HZ,
    WINDOW_S,
    RawRecording,
    Recording,
    canonical_lead_name,
)
from pulse_desktop.core.errors import UnreadableInputError

MIN_FS_HZ = 100.0
MAX_FS_HZ = 100_000.0
MIN_DURATION_S = 2.5
FLAT_MV = 0.01
SATURATED_RUN_S = 0.04
MAX_TYPICAL_RANGE_MV = 20.0
MIN_TYPICAL_RANGE_MV = 0.02


def prepare(raw: RawRecording, source_path: str = "") -> Recording:
    """Map, derive, resample and window ``raw``; every choice made goes into ``notes``."""
    notes = list(raw.notes)
    fs = float(raw.fs_hz)
    if not MIN_FS_HZ <= fs <= MAX_FS_HZ:
        raise UnreadableInputError(
            f"The recording is sampled at {fs:g} Hz; PULSE reads ECGs sampled between {MIN_FS_HZ:g} Hz and "
            f"{MAX_FS_HZ:g} Hz.", "Export the ECG at its original sampling rate (usually 250 to 1000 Hz).")
    by_name: dict[str, np.ndarray] = {}
    ignored = []
    for name, sig in zip(raw.lead_names, raw.samples_mv, strict=True):
        canon = canonical_lead_name(name)
        if canon == "-aVR":
            canon, sig = "aVR", -sig
        if canon is None or canon in by_name:
            ignored.append(name)
            continue
        by_name[canon] = np.asarray(sig, np.float64)
    if not by_name:
        raise UnreadableInputError(
            f"None of the file's {len(raw.lead_names)} signals is a standard ECG lead "
            f"({', '.join(raw.lead_names[:6])}{'...' if len(raw.lead_names) > 6 else ''}).",
            "Export the 12-lead ECG (leads I, II, III, aVR, aVL, aVF, V1-V6).")
    if ignored:
        notes.append(f"Signals that are not standard 12-lead leads were left out: {', '.join(ignored)}.")
    n_total = raw.samples_mv.shape[1]
    duration = n_total / fs
    if duration < MIN_DURATION_S:
        raise UnreadableInputError(
            f"The recording lasts {duration:.1f} s; at least {MIN_DURATION_S:g} s are needed to draw and measure it.",
            "Export the full 10-s recording.")
    n_win = min(n_total, int(round(WINDOW_S * fs)))
    window = (0.0, n_win / fs)
    if n_total > n_win:
        notes.append(f"The recording lasts {duration:.1f} s; the first 10 s (0.0 to 10.0 s) are used.")
    elif n_win < round(WINDOW_S * fs):
        notes.append(f"The recording lasts only {duration:.1f} s; the rest of the 10-s page is left blank.")
    _derive_limb_leads(by_name, notes)
    missing = [lead for lead in STANDARD_LEADS if lead not in by_name]
    if missing:
        notes.append(f"Leads missing from the file, drawn blank and not measured: {', '.join(missing)}.")
    n_out = int(round(window[1] * TARGET_FS_HZ))
    out = np.full((len(STANDARD_LEADS), n_out), np.nan)
    for i, lead in enumerate(STANDARD_LEADS):
        if lead in by_name:
            out[i] = _resample(by_name[lead][:n_win], fs, n_out)
    if abs(fs - TARGET_FS_HZ) > 1e-6:
        notes.append(f"Resampled from {fs:g} Hz to {TARGET_FS_HZ:g} Hz.")
    if fs < 250:
        notes.append(f"At {fs:g} Hz, intervals are timed to within {1000 / fs:.0f} ms at best.")
    _check_amplitudes(out, notes)
    present = tuple(bool(np.isfinite(row).any()) for row in out)
    return Recording(out, TARGET_FS_HZ, raw.source_format, source_path, fs, duration, window, present,
                     tuple(notes))


def _derive_limb_leads(leads: dict[str, np.ndarray], notes: list[str]) -> None:
    have = {k for k in ("I", "II", "III") if k in leads}
    derived = []
    if len(have) == 2:
        if "III" not in have:
            leads["III"] = leads["II"] - leads["I"]
            derived.append("III")
        elif "II" not in have:
            leads["II"] = leads["I"] + leads["III"]
            derived.append("II")
        else:
            leads["I"] = leads["II"] - leads["III"]
            derived.append("I")
    if {"I", "II"} <= leads.keys():
        i, ii = leads["I"], leads["II"]
        for name, sig in (("aVR", -(i + ii) / 2), ("aVL", i - ii / 2), ("aVF", ii - i / 2)):
            if name not in leads:
                leads[name] = sig
                derived.append(name)
    if derived:
        notes.append(f"Derived from leads I and II (Einthoven, Goldberger): {', '.join(derived)}.")


def _resample(sig: np.ndarray, fs: float, n_out: int) -> np.ndarray:
    """Band-limited resampling (FFT), NaN gaps filled by interpolation first and restored after."""
    if sig.size == n_out:
        return sig.copy()
    bad = ~np.isfinite(sig)
    x = sig.copy()
    if bad.all():
        return np.full(n_out, np.nan)
    if bad.any():
        idx = np.arange(x.size)
        x[bad] = np.interp(idx[bad], idx[~bad], x[~bad])
    mean = x.mean()
    spec = np.fft.rfft(x - mean)
    out_spec = np.zeros(n_out // 2 + 1, complex)
    k = min(spec.size, out_spec.size)
    out_spec[:k] = spec[:k]
    y = np.fft.irfft(out_spec, n_out) * (n_out / x.size) + mean
    if bad.any():
        pos = np.floor(np.arange(n_out) * x.size / n_out).astype(int)
        y[bad[np.clip(pos, 0, x.size - 1)]] = np.nan
    return y


def _check_amplitudes(out: np.ndarray, notes: list[str]) -> None:
    all_ranges = [float(np.ptp(row[np.isfinite(row)])) for row in out if np.isfinite(row).any()]
    if all_ranges and 0 < max(all_ranges) and float(np.median(all_ranges)) < MIN_TYPICAL_RANGE_MV:
        _implausible(float(np.median(all_ranges)))
    ranges = []
    flat, saturated = [], []
    run = max(2, int(SATURATED_RUN_S * TARGET_FS_HZ))
    for lead, row in zip(STANDARD_LEADS, out, strict=True):
        finite = row[np.isfinite(row)]
        if finite.size == 0:
            continue
        rng = float(np.ptp(finite))
        if rng < FLAT_MV:
            flat.append(lead)
            continue
        ranges.append(rng)
        for extreme in (finite.max(), finite.min()):
            at = finite == extreme
            if _longest_run(at) >= run:
                saturated.append(lead)
                break
    if not ranges:
        raise UnreadableInputError("Every lead of the recording is a flat line: there is no ECG signal in it.",
                                   "Check that the electrodes were connected and export the recording again.")
    typical = float(np.median(ranges))
    if typical > MAX_TYPICAL_RANGE_MV or typical < MIN_TYPICAL_RANGE_MV:
        _implausible(typical)
    if flat:
        notes.append(f"Flat leads (no signal), not measured: {', '.join(flat)}.")
    if saturated:
        notes.append(f"Leads that hit the recorder's limit (saturated, clipped): {', '.join(saturated)}.")


def _implausible(typical_mv: float) -> None:
    raise UnreadableInputError(
        f"The leads span {typical_mv:.3g} mV from lowest to highest, which no ECG does: the file's gain or "
        "units are probably wrong.", "Export the recording again with its calibration (gain and units).")


def _longest_run(mask: np.ndarray) -> int:
    if not mask.any():
        return 0
    padded = np.concatenate([[0], mask.astype(np.int8), [0]])
    edges = np.flatnonzero(np.diff(padded))
    return int((edges[1::2] - edges[::2]).max())
