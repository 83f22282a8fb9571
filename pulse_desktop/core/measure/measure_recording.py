"""The measurement program: usable leads -> beats -> median beat -> boundaries -> intervals and axes."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from pulse_desktop.core.ecg_files.recording import STANDARD_LEADS, Recording
from pulse_desktop.core.measure.beats import detect_qrs, median_beat
from pulse_desktop.core.measure.delineate import delineate
from pulse_desktop.core.measure.filters import band
from pulse_desktop.core.measure.result import Measurements

MIN_BEATS = 3
FLAT_MV = 0.02
RR_IRREGULAR_CV = 0.10
HIGH_PASS_HZ = 0.5
P_CONSISTENCY = 0.7  # median correlation of each beat's P segment with the median beat's


def measure(recording: Recording) -> Measurements:
    return measure_array(recording.samples_mv, recording.fs_hz, STANDARD_LEADS)


def measure_array(samples_mv: np.ndarray, fs: float, names: tuple[str, ...] = STANDARD_LEADS) -> Measurements:
    """Measure ``samples_mv`` [n_leads, n] (NaN = lead missing) sampled at ``fs``."""
    reasons: dict[str, str] = {}
    notes: list[str] = []
    usable, clean = [], []
    for name, x in zip(names, samples_mv, strict=True):
        if not np.isfinite(x).all():
            continue
        y = band(x, fs, HIGH_PASS_HZ, 100.0)
        if np.ptp(y) < FLAT_MV:
            notes.append(f"lead {name} is flat and was not used")
            continue
        usable.append(name)
        clean.append(y)
    if not clean:
        return _nothing("no lead holds an ECG signal (all missing or flat)", notes)
    leads = np.stack(clean)
    fid = detect_qrs(leads, fs)
    if len(fid) < MIN_BEATS:
        return _nothing(f"only {len(fid)} QRS complex(es) found in the recording; at least {MIN_BEATS} are needed", notes,
                        beats=len(fid))
    rr = np.diff(fid) / fs
    rr_mean = float(rr.mean())
    cv = float(rr.std() / rr_mean)
    regular = cv < RR_IRREGULAR_CV
    beats = median_beat(leads, fs, fid)
    rr_s = float(np.median(rr))
    b = delineate(beats.median, fs, beats.pre, rr_s)
    ms = 1000.0 / fs
    if b.paced:
        notes.append("pacing spikes precede the QRS complexes (paced beats): QRS measured from the spike")
    qrs_ms = (b.qrs_off - b.qrs_on) * ms
    values: dict[str, float | None] = {
        "heart_rate_bpm": 60.0 / rr_mean, "rr_ms": rr_mean * 1000.0, "qrs_ms": qrs_ms,
    }
    p_present = b.p_on is not None
    if b.p_on is not None and b.p_off is not None:
        values["p_ms"] = (b.p_off - b.p_on) * ms
        values["pr_ms"] = (b.qrs_on - b.p_on) * ms
    else:
        reasons["p_ms"] = reasons["pr_ms"] = reasons["p_axis_deg"] = b.p_reason
    if p_present and _p_inconsistent(beats.beat_stack, b, fs):
        p_present = False
        values.pop("p_ms", None)
        values.pop("pr_ms", None)
        reasons["p_ms"] = reasons["pr_ms"] = reasons["p_axis_deg"] = (
            "no P wave precedes the QRS complexes consistently beat after beat")
    if b.t_end is not None:
        qt = (b.t_end - b.qrs_on) * ms
        values["qt_ms"] = qt
        values["qtc_ms"] = qt / math.sqrt(rr_mean)
        values["qtc_fridericia_ms"] = qt / rr_mean ** (1.0 / 3.0)
        if not regular:
            notes.append("QTc from the mean RR of an irregular rhythm: read it with caution")
    else:
        for key in ("qt_ms", "qtc_ms", "qtc_fridericia_ms"):
            reasons[key] = b.t_reason
    _axes(values, reasons, beats.median, usable, b, p_present)
    for key in ("heart_rate_bpm", "rr_ms", "qrs_ms"):
        values.setdefault(key, None)
    fields: dict[str, Any] = dict(values)
    return Measurements(
        **fields, rhythm_regular=regular, p_waves_present=p_present,
        beats_detected=len(fid), beats_used=int(beats.dominant.sum()), reasons=reasons, notes=tuple(notes))


def _p_inconsistent(stack: np.ndarray, b, fs: float) -> bool:
    """A P wave must be seen beat by beat, not only in the median (fibrillatory waves average out)."""
    if b.p_on is None or b.p_off is None or len(stack) < 3:
        return True
    seg = stack[:, :, round(b.p_on):round(b.p_off) + 1]
    med = np.nanmedian(seg, axis=0)
    cs = []
    for s in seg:
        x, y = (s - np.nanmean(s, axis=1, keepdims=True)).ravel(), (med - med.mean(axis=1, keepdims=True)).ravel()
        ok = np.isfinite(x)
        d = math.sqrt(float((x[ok] ** 2).sum() * (y[ok] ** 2).sum())) or 1.0
        cs.append(float((x[ok] * y[ok]).sum()) / d)
    return float(np.median(cs)) < P_CONSISTENCY


def _axes(values: dict, reasons: dict, med: np.ndarray, usable: list[str], b, p_present: bool) -> None:
    if "I" not in usable or "aVF" not in usable:
        for key in ("p_axis_deg", "qrs_axis_deg", "t_axis_deg"):
            reasons.setdefault(key, "leads I and aVF are needed for the frontal axis")
        return
    li, lf = med[usable.index("I")], med[usable.index("aVF")]
    on = round(b.qrs_on)
    base_i = float(np.nanmedian(li[max(0, on - 15):on - 2]))
    base_f = float(np.nanmedian(lf[max(0, on - 15):on - 2]))

    def axis(start: float, end: float) -> float:
        a, z = round(start), round(end)
        x = float(np.nansum(li[a:z + 1] - base_i))
        y = float(np.nansum(lf[a:z + 1] - base_f)) * 2.0 / math.sqrt(3.0)
        return math.degrees(math.atan2(y, x))

    values["qrs_axis_deg"] = axis(b.qrs_on, b.qrs_off)
    if p_present and b.p_on is not None and b.p_off is not None:
        values["p_axis_deg"] = axis(b.p_on, b.p_off)
    if b.t_end is not None:
        values["t_axis_deg"] = axis(b.qrs_off, b.t_end)
    else:
        reasons.setdefault("t_axis_deg", b.t_reason)


def _nothing(reason: str, notes: list[str], beats: int = 0) -> Measurements:
    from pulse_desktop.core.measure.result import FIELDS

    return Measurements(beats_detected=beats, reasons={k: reason for k in FIELDS}, notes=tuple(notes))
