"""Which way up the ECG is: a sideways or upside-down page is turned, and the turn is reported.

Decided from the trace itself (trace_detect), on the grid-free ink map of the straightened picture:

* **Sideways**: ECG rows run along the paper's long axis. The trace is measured as it is and turned by
  90 degrees (the grid removal is the same either way, so it is done once); the page is sideways when
  the turned reading finds at least 0.6 page widths of ECG-like curves and at least three times what
  the upright reading finds.
* **Which way sideways**: QRS spikes point mostly up (most leads, and the calibration pulse, are
  positive; on upright synthetic pages 55-65 % of the spikes point up): of the two sideways turns, the
  one with more spikes pointing up is taken.
* **Upside down**: that majority is too weak to turn an upright-looking page by 180 degrees on its own;
  it is done only when at least twelve spikes were found and 80 % or more point down.

Turns are clockwise degrees: 0, 90, 180 or 270.
"""

from __future__ import annotations

import numpy as np

from pulse_desktop.core.imaging.trace_detect import (
    LEVELS,
    TraceMeasure,
    find_curves,
    remove_grid,
    working_copy,
)

SIDEWAYS_MIN = 0.6
SIDEWAYS_RATIO = 3.0
UPSIDE_DOWN_MIN_SPIKES = 12
UPSIDE_DOWN_SHARE = 0.8


def _best(resid: np.ndarray, ppm: float) -> TraceMeasure:
    best = TraceMeasure(0.0, ())
    for level in LEVELS:
        found = find_curves(resid >= round(255 * level), ppm)
        if found.coverage > best.coverage:
            best = found
    return best


def _down(m: TraceMeasure) -> bool:
    return m.spikes >= UPSIDE_DOWN_MIN_SPIKES and m.spikes - m.spikes_up >= UPSIDE_DOWN_SHARE * m.spikes


def detect_turn(rgb: np.ndarray, px_per_mm: float | None = None) -> int:
    """Clockwise degrees (0, 90, 180, 270) that put the ECG in ``rgb`` the right way up."""
    dark, ppm = working_copy(rgb, px_per_mm)
    resid = remove_grid(dark, ppm)
    upright = _best(resid, ppm)
    turned = _best(np.ascontiguousarray(np.rot90(resid, -1)), ppm)  # as if turned 90 degrees clockwise
    if turned.coverage >= SIDEWAYS_MIN and turned.coverage >= SIDEWAYS_RATIO * max(upright.coverage, 0.05):
        return 90 if 2 * turned.spikes_up >= turned.spikes else 270  # the way that has more spikes up
    return 180 if _down(upright) else 0
