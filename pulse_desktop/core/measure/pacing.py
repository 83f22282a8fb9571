"""Ventricular pacing spikes in the median beat.

A pacemaker's pulse lasts under 2 ms; recorded at 500 Hz it is a deflection of a few samples, far steeper and
narrower than any native QRS slope. In the median beat (beats aligned on their QRS) a spike that paces the
ventricles sits at a fixed place just before the QRS, so it survives the median; spikes not locked to the QRS
(atrial pacing, failure to capture) average out and are not reported here.

The spatial velocity (root-sum-square over leads of the slope) is searched from 150 ms before to 100 ms after
the QRS fiducial for a peak at least ``SPIKE_MIN_REL`` of the QRS's largest velocity whose width at half its
height is at most ``SPIKE_MAX_WIDTH_S``. On LUDB (docs/measurement.md) the narrowest native QRS velocity peak
is 10 ms wide at half height; the paced complexes' spikes are 6-8 ms.
"""

from __future__ import annotations

import numpy as np

SPIKE_MAX_WIDTH_S = 0.008
SPIKE_MIN_REL = 0.5
SPIKE_START_FRAC = 0.1  # the spike starts where the velocity falls below this fraction of its peak


def pacing_spike_onset(med: np.ndarray, fs: float, pre: int) -> int | None:
    """Index in ``med`` [n_leads, n] where the earliest QRS-locked pacing spike starts, or None."""
    v = np.sqrt((np.gradient(med, axis=1) ** 2).sum(axis=0))
    lo, hi = max(1, pre - int(0.15 * fs)), min(v.size - 1, pre + int(0.1 * fs))
    qrs = v[max(0, pre - int(0.1 * fs)):pre + int(0.1 * fs)]
    if lo >= hi or qrs.size == 0 or not np.isfinite(qrs).all() or qrs.max() <= 0:
        return None
    vmax = float(qrs.max())
    max_width = SPIKE_MAX_WIDTH_S * fs
    for p in range(lo, hi):
        if not (v[p] >= v[p - 1] and v[p] > v[p + 1] and v[p] >= SPIKE_MIN_REL * vmax):
            continue
        half = v[p] / 2.0
        a, b = p, p
        while a > 0 and v[a] > half:
            a -= 1
        while b < v.size - 1 and v[b] > half:
            b += 1
        if b - a <= max_width:
            start = p
            while start > 0 and v[start - 1] < v[start] and v[start] > SPIKE_START_FRAC * v[p]:
                start -= 1
            return start
    return None
