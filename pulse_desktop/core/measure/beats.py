"""Find the QRS complexes in all leads together and build the representative (median) beat."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pulse_desktop.core.measure.filters import band, moving_average

PRE_S = 0.5  # the median beat spans 500 ms before the QRS fiducial ...
POST_S = 0.75  # ... and 750 ms after it
REFRACTORY_S = 0.25


@dataclass(frozen=True, eq=False)
class Beats:
    fiducials: np.ndarray  # sample index of each detected QRS (all beats)
    dominant: np.ndarray  # bool per beat: same shape as the majority (used for the median beat)
    median: np.ndarray  # [n_leads, PRE+POST samples] median beat per lead (NaN where a lead is unusable)
    pre: int  # index of the fiducial inside ``median``
    beat_stack: np.ndarray  # [n_dominant, n_leads, window] the aligned beats


def qrs_energy(leads: np.ndarray, fs: float) -> np.ndarray:
    """Sum over leads of the absolute slope in the QRS band, smoothed over 80 ms."""
    total = np.zeros(leads.shape[1])
    for x in leads:
        y = band(x, fs, 8.0, 30.0)
        slope = np.abs(np.gradient(y))
        scale = np.percentile(slope, 99) or 1.0
        total += np.minimum(slope / scale, 2.0)
    return moving_average(total, int(0.08 * fs))


def detect_qrs(leads: np.ndarray, fs: float) -> np.ndarray:
    """Sample indices of QRS complexes (peaks of the combined energy, 250-ms refractory)."""
    e = qrs_energy(leads, fs)
    thr = 0.35 * np.percentile(e, 99)
    above = e > thr
    peaks: list[int] = []
    i = 0
    n = e.size
    refr = int(REFRACTORY_S * fs)
    while i < n:
        if above[i]:
            j = i
            while j < n and above[j]:
                j += 1
            k = i + int(np.argmax(e[i:j]))
            if peaks and k - peaks[-1] < refr:
                if e[k] > e[peaks[-1]]:
                    peaks[-1] = k
            else:
                peaks.append(k)
            i = j
        else:
            i += 1
    return np.asarray(peaks, int)


def median_beat(leads: np.ndarray, fs: float, fiducials: np.ndarray) -> Beats:
    """Align the beats on their QRS (cross-correlation refinement), keep the dominant shape, take medians."""
    pre, post = int(PRE_S * fs), int(POST_S * fs)
    win = pre + post
    n_leads, n = leads.shape

    def cut(k: int) -> np.ndarray:
        seg = np.full((n_leads, win), np.nan)
        a, b = k - pre, k + post
        sa, sb = max(a, 0), min(b, n)
        seg[:, sa - a: win - (b - sb)] = leads[:, sa:sb]
        return seg

    qrs_sl = slice(pre - int(0.08 * fs), pre + int(0.08 * fs))
    stack = np.stack([cut(int(k)) for k in fiducials])
    template = np.nanmedian(stack[:, :, qrs_sl], axis=0)
    shift_max = int(0.02 * fs)
    refined = fiducials.copy()
    corr = np.zeros(len(fiducials))
    for b, k in enumerate(fiducials):
        best, best_c = 0, -np.inf
        for s in range(-shift_max, shift_max + 1):
            a0 = int(k) + s - pre + qrs_sl.start
            a1 = a0 + (qrs_sl.stop - qrs_sl.start)
            if a0 < 0 or a1 > n:
                continue
            seg = leads[:, a0:a1]
            c = _corr(seg, template)
            if c > best_c:
                best, best_c = s, c
        refined[b] = int(k) + best
        corr[b] = best_c if np.isfinite(best_c) else 0.0
    dominant = corr >= max(0.8, float(np.median(corr)) - 0.15)
    if dominant.sum() < 1:
        dominant = corr >= np.max(corr)
    stack = np.stack([cut(int(k)) for k in refined[dominant]])
    med = np.nanmedian(stack, axis=0) if len(stack) > 1 else stack[0]
    return Beats(refined, dominant, med, pre, stack)


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    x = (a - a.mean(axis=1, keepdims=True)).ravel()
    y = (b - np.nanmean(b, axis=1, keepdims=True)).ravel()
    ok = np.isfinite(x) & np.isfinite(y)
    if ok.sum() < 10:
        return -np.inf
    x, y = x[ok], y[ok]
    d = np.sqrt((x * x).sum() * (y * y).sum())
    return float((x * y).sum() / d) if d > 0 else -np.inf
