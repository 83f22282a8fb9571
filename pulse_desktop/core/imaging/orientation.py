"""Which way up the ECG is: a sideways or upside-down page is turned, and the turn is reported.

Decided from the trace itself (trace_detect), on the grid-free ink map of the straightened picture:

* **Sideways**: ECG rows run along the paper's long axis. The trace is measured as it is and turned by
  90 degrees (the grid removal is the same either way, so it is done once); the page is sideways when
  the turned reading finds at least 0.6 page widths of ECG-like curves and at least three times what
  the upright reading finds.
* **Which way sideways**: of the two sideways turns, the one in which more QRS spikes point up (most
  leads and the calibration pulse are positive). This majority is weak: on the 34 real upright pages
  33-85 % of the spikes whose direction could be told point up.
* **Upside down**: so a page is turned by 180 degrees only on overwhelming evidence: at least 20 spikes
  whose direction could be told, 90 % or more of them pointing down. Otherwise the clinician turns it.

Turns are clockwise degrees: 0, 90, 180 or 270.
"""

from __future__ import annotations

import numpy as np

from pulse_desktop.core.imaging.trace_detect import TraceMeasure, best_curves, remove_grid, working_copy

SIDEWAYS_MIN = 0.6
SIDEWAYS_RATIO = 3.0
UPSIDE_DOWN_MIN_SPIKES = 20
UPSIDE_DOWN_SHARE = 0.9


def _down(m: TraceMeasure) -> bool:
    told = m.spikes_up + m.spikes_down
    return told >= UPSIDE_DOWN_MIN_SPIKES and m.spikes_down >= UPSIDE_DOWN_SHARE * told


def detect_turn(rgb: np.ndarray, px_per_mm: float | None = None) -> int:
    """Clockwise degrees (0, 90, 180, 270) that put the ECG in ``rgb`` the right way up."""
    return assess_orientation(rgb, px_per_mm)[0]


def assess_orientation(rgb: np.ndarray, px_per_mm: float | None = None) -> tuple[int, TraceMeasure]:
    """The turn (see :func:`detect_turn`) and the trace as measured on ``rgb`` unturned (the quality gate
    reuses it when the turn is 0: it is trace_detect.measure_trace(rgb, px_per_mm))."""
    dark, ppm = working_copy(rgb, px_per_mm)
    resid = remove_grid(dark, ppm)
    upright = best_curves(resid, ppm)
    turned = best_curves(np.ascontiguousarray(np.rot90(resid, -1)), ppm)  # as if turned 90 degrees clockwise
    if turned.coverage >= SIDEWAYS_MIN and turned.coverage >= SIDEWAYS_RATIO * max(upright.coverage, 0.05):
        return (90 if turned.spikes_up >= turned.spikes_down else 270), upright  # more spikes up that way
    return (180 if _down(upright) else 0), upright
