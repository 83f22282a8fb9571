"""Global wave boundaries on the median beat of all usable leads together (as cart programs measure).

* QRS onset/offset: where the spatial velocity (root-sum-square over leads of the slope) falls below a
  fraction of its QRS peak, walking out from the QRS.
* T end: after the T peak, where the spatial velocity falls below a fraction of its steepest descent (or
  reaches a low local minimum).
* P wave: the largest spatial deflection 30-300 ms before the QRS onset. Onset by the trapezium rule on its
  spatial magnitude (``_p_onset``); offset where the magnitude falls below a fraction of the P peak, and
  never after the QRS onset. Absent when too small.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pulse_desktop.core.measure.filters import band
from pulse_desktop.core.measure.pacing import pacing_spike_onset

QRS_ON_FRAC = 0.08
QRS_OFF_FRAC = 0.05
QRS_NOISE_K = 0.0
# Constant corrections to the LUDB annotators' convention (fitted on the LUDB records; docs/measurement.md)
SHIFT_MS = {"qrs_on": -21.0, "qrs_off": 21.0, "p_on": -5.0, "p_off": 11.0, "t_end": 12.0}
QRS_HZ = 60.0
QRS_OFF_HZ = 40.0
QRS_MAG_WEIGHT = 0.5
QRS_MAG_FRAC = 0.2
QRS_ON_ABS_MV = 0.04  # spatial magnitude a visible departure from the baseline reaches (docs/measurement.md)
T_FRAC = 0.15
P_MIN_MV = 0.04
P_MAG_HZ = 25.0
P_OFF_FRAC = 0.2
P_SEARCH_S = 0.3
P_ONSET_BACK_S = 0.15  # the trapezium's far point: before any P wave (P lasts <= 120 ms)
P_GAP_S = 0.03
T_HZ = 10.0
T_PEAK_MAX_S = 0.5
T_PEAK_RR = 0.5
T_END_MAX_S = 0.7
T_END_BEFORE_NEXT_S = 0.22
T_MIN_MV = 0.05
T_VELOCITY = 1.0
T_HOLD_S = 0.02
T_LOCAL_MIN = 0.4  # also stop at a local minimum of the velocity below this fraction


@dataclass(frozen=True)
class Boundaries:
    """Sample positions in the median beat, with sub-sample precision (averaged estimates and constant
    corrections are not rounded; round them to index the beat)."""

    qrs_on: float
    qrs_off: float
    t_peak: int | None
    t_end: float | None
    p_on: float | None
    p_off: float | None
    p_reason: str
    t_reason: str
    paced: bool = False  # a QRS-locked pacing spike was found; the QRS onset is the spike's start


def spatial_velocity(med: np.ndarray, fs: float, high_hz: float = 60.0) -> np.ndarray:
    smooth = np.stack([band(x, fs, 0.0, high_hz) for x in med])
    return np.sqrt((np.gradient(smooth, axis=1) ** 2).sum(axis=0)) * fs / 1000.0  # mV per ms


def qrs_bounds(med: np.ndarray, fs: float, pre: int) -> tuple[int, int]:
    v = spatial_velocity(med, fs, QRS_HZ)
    lo, hi = pre - int(0.1 * fs), pre + int(0.1 * fs)
    peak = lo + int(np.argmax(v[lo:hi]))
    vmax = v[peak]
    floor = float(np.percentile(v[: pre - int(0.15 * fs)], 20)) if pre > int(0.2 * fs) else 0.0
    on = peak
    thr_on = max(floor * QRS_NOISE_K, QRS_ON_FRAC * vmax)
    hold = max(1, int(0.006 * fs))
    limit_on = max(0, peak - int(0.15 * fs))
    while on > limit_on and not (v[on - hold:on + 1] < thr_on).all():
        on -= 1
    v_off = spatial_velocity(med, fs, QRS_OFF_HZ)
    peak_off = lo + int(np.argmax(v_off[lo:hi]))
    off = peak_off
    thr_off = max(floor * QRS_NOISE_K, QRS_OFF_FRAC * v_off[peak_off])
    limit_off = min(v.size - 1, peak + int(0.2 * fs))
    while off < limit_off and not (v_off[off:off + hold + 1] < thr_off).all():
        off += 1
    return on, off


def delineate(med: np.ndarray, fs: float, pre: int, rr_s: float | None) -> Boundaries:
    qrs_on, qrs_off = qrs_bounds(med, fs, pre)
    base = np.nanmedian(med[:, max(0, qrs_on - int(0.03 * fs)): qrs_on - int(0.005 * fs) + 1], axis=1)
    t_peak, t_end, t_reason = _t_wave(med - base[:, None], fs, qrs_on, qrs_off, rr_s)
    p_on, p_off, p_reason = _p_wave(med - base[:, None], fs, qrs_on, rr_s)
    on_blend, off_blend = _blend_qrs(med - base[:, None], fs, qrs_on, qrs_off)

    def shift(k: float, name: str) -> float:
        return k + SHIFT_MS[name] * fs / 1000.0

    def maybe(k: int | None, name: str) -> float | None:
        return None if k is None else shift(k, name)

    on = shift(on_blend, "qrs_on")
    spike = pacing_spike_onset(med, fs, pre)
    if spike is not None:
        # A paced QRS starts abruptly at its spike: no correction for a native QRS's gradual departure.
        on = float(spike)
    p_end = maybe(p_off, "p_off")
    if p_end is not None:
        p_end = min(p_end, on)  # the P wave ends before the QRS begins
    return Boundaries(on, shift(off_blend, "qrs_off"), t_peak, maybe(t_end, "t_end"),
                      maybe(p_on, "p_on"), p_end, p_reason, t_reason, paced=spike is not None)


def _blend_qrs(med: np.ndarray, fs: float, on: int, off: int) -> tuple[float, float]:
    """Average the velocity boundaries with where the spatial magnitude (60-Hz low-pass, baseline at the
    QRS onset) crosses ``QRS_MAG_FRAC`` of its QRS peak: two estimates whose errors partly cancel. The onset
    so found is then averaged with where the magnitude first rises above ``QRS_ON_ABS_MV``: a fixed amplitude,
    as a reader sees a wave leave the baseline, whatever the QRS's own size."""
    m = _magnitude(med, fs, 60.0)
    lo, hi = max(0, on - int(0.02 * fs)), min(m.size, off + int(0.02 * fs))
    if hi - lo < 3:
        return float(on), float(off)
    peak = lo + int(np.argmax(m[lo:hi]))
    thr = QRS_MAG_FRAC * m[peak]
    k_on, k_off = peak, peak
    while k_on > max(0, on - int(0.08 * fs)) and m[k_on] > thr:
        k_on -= 1
    while k_off < min(m.size - 1, off + int(0.08 * fs)) and m[k_off] > thr:
        k_off += 1
    k_abs = peak
    while k_abs > max(0, peak - int(0.18 * fs)) and m[k_abs] >= QRS_ON_ABS_MV:
        k_abs -= 1
    w = QRS_MAG_WEIGHT
    blended_on = (1 - w) * on + w * k_on
    return 0.5 * blended_on + 0.5 * k_abs, (1 - w) * off + w * k_off


def _magnitude(med: np.ndarray, fs: float, high_hz: float) -> np.ndarray:
    smooth = np.stack([band(x, fs, 0.0, high_hz) for x in med])
    return np.sqrt((smooth ** 2).sum(axis=0))


def _t_wave(med: np.ndarray, fs: float, qrs_on: int, qrs_off: int, rr_s: float | None
            ) -> tuple[int | None, int | None, str]:
    m = _magnitude(med, fs, T_HZ)
    rr = rr_s or 1.0
    peak_limit = min(m.size - 1, qrs_on + int(min(T_PEAK_MAX_S, T_PEAK_RR * rr + 0.1) * fs))
    end_limit = min(m.size - 1, qrs_on + int(min(T_END_MAX_S, rr - T_END_BEFORE_NEXT_S) * fs))
    peak_limit = min(peak_limit, end_limit - int(0.04 * fs))
    a = qrs_off + int(0.06 * fs)
    if peak_limit - a < int(0.05 * fs):
        return None, None, "the T wave could not be separated from the next beat"
    t_peak = a + int(np.argmax(m[a:peak_limit]))
    amp = m[t_peak]
    if amp < T_MIN_MV:
        return None, None, "the T wave is too flat to find its end"
    v = spatial_velocity(med, fs, T_HZ)
    if T_VELOCITY:
        seg_end = min(end_limit, t_peak + int(0.2 * fs))
        steep = t_peak + int(np.argmax(v[t_peak:seg_end + 1]))
        thr = T_FRAC * v[steep]
        hold = int(T_HOLD_S * fs)
        k = steep
        while k < end_limit and not (v[k:k + hold] < thr).all():
            if T_LOCAL_MIN and k > steep and v[k] < T_LOCAL_MIN * v[steep] and v[k] <= v[k - 1] and v[k] <= v[k + 1]:
                break
            k += 1
    else:
        floor = float(m[t_peak:end_limit + 1].min())
        thr = floor + T_FRAC * (amp - floor)
        hold = int(0.02 * fs)
        k = t_peak
        while k < end_limit and not (m[k:k + hold] < thr).all():
            k += 1
    return t_peak, int(min(k, end_limit)), ""


def _p_wave(med: np.ndarray, fs: float, qrs_on: int, rr_s: float | None) -> tuple[int | None, int | None, str]:
    m = _magnitude(med, fs, P_MAG_HZ)
    rr = rr_s or 1.0
    lo = max(0, qrs_on - int(min(P_SEARCH_S, 0.6 * rr) * fs))
    hi = qrs_on - int(P_GAP_S * fs)
    if hi - lo < int(0.08 * fs):
        return None, None, "no room before the QRS for a P wave"
    peak = lo + int(np.argmax(m[lo:hi]))
    amp = m[peak]
    if amp < P_MIN_MV:
        return None, None, "no P wave before the QRS (atrial activity too small or absent)"
    if peak - lo < int(0.01 * fs):
        return None, None, "no distinct P wave before the QRS (no deflection that rises and falls back)"
    on = _p_onset(m, fs, peak, lo)
    off = peak
    while off < qrs_on - 1 and m[off] > P_OFF_FRAC * amp:
        off += 1
    return on, off, ""


def _p_onset(m: np.ndarray, fs: float, peak: int, lo: int) -> int:
    """P onset by the trapezium rule (Vázquez-Seisdedos et al. 2011, mirrored): from the steepest rise of
    the spatial magnitude before the P peak (x_m) back to a point well before any P wave (x_r, 150 ms
    earlier), the onset is the point x_i that maximises the trapezium area (m[x_m] - m[x_i]) ×
    (x_m + x_i - 2 x_r). It needs no amplitude threshold, so small, slow or notched P waves are timed alike."""
    a = max(1, peak - int(0.08 * fs))
    xm = a + int(np.argmax(np.gradient(m)[a:peak + 1]))
    xr = max(0, xm - int(P_ONSET_BACK_S * fs), lo - int(0.06 * fs))
    if xr >= xm:
        return xm
    xs = np.arange(xr, xm + 1)
    area = (m[xm] - m[xs]) * (xm + xs - 2 * xr)
    return int(xs[int(np.argmax(area))])
