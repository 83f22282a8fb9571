"""Which way up the ECG is: a sideways or upside-down page is turned, and the turn is reported.

Decided from the trace itself (trace_detect), on the grid-free ink map of the straightened picture:

* **Sideways**: ECG rows run along the paper's long axis. The trace is measured as it is and turned by
  90 degrees (the grid removal is the same either way, so it is done once); the page is sideways when
  the turned reading finds at least 0.6 page widths of ECG-like curves, at least three times what the
  upright reading finds, and at least 8 QRS spikes on single rows (whose direction can be told).
* **Which way up**: two cues from the beats. Time runs left to right, and after each QRS spike comes
  the T wave, which in most leads departs further from the baseline than the P wave before the spike
  (``TraceMeasure.beat_asymmetry``: per spike, the log of the larger departure after over before, summed);
  turned by 180 degrees the P wave follows the spike instead. And most QRS spikes point up (most leads
  and the calibration pulse are positive), a weaker cue: on the 34 real upright pages 33-85 % of the
  spikes whose direction could be told point up.
* **Sideways**: of the two sideways turns, the one those cues favour.
* **Upside down**: a page is turned by 180 degrees on clear evidence only: the beats read backwards by
  at least 20 and by at least 0.6 per QRS spike, or at least 20 spikes whose direction could be told
  point down, 90 % or more of them. Otherwise it stays, and the clinician turns it in the window
  (``turn=180``) or with ``--turn 180``.

Turns are clockwise degrees: 0, 90, 180 or 270.
"""

from __future__ import annotations

import numpy as np

from pulse_desktop.core.imaging.trace_detect import TraceMeasure, best_curves, remove_grid, working_copy

SIDEWAYS_MIN = 0.6
SIDEWAYS_RATIO = 3.0
SIDEWAYS_MIN_TOLD = 8  # ... with at least this many QRS spikes on single rows (a turned chart's curve has none)
UPSIDE_DOWN_MIN_SPIKES = 20
UPSIDE_DOWN_SHARE = 0.9
BACKWARDS_MIN = 20.0  # beat asymmetry at or below minus this ...
BACKWARDS_PER_SPIKE = 0.6  # ... and at or below minus this per QRS spike: the beats read backwards


def _down(m: TraceMeasure) -> bool:
    told = m.spikes_up + m.spikes_down
    backwards = m.beat_asymmetry <= -max(BACKWARDS_MIN, BACKWARDS_PER_SPIKE * m.spikes)
    return backwards or (told >= UPSIDE_DOWN_MIN_SPIKES and m.spikes_down >= UPSIDE_DOWN_SHARE * told)


def _upright_score(m: TraceMeasure) -> float:
    """> 0: more likely the right way up than turned by 180 degrees."""
    return m.beat_asymmetry + 0.25 * (m.spikes_up - m.spikes_down)


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
    if turned.coverage >= SIDEWAYS_MIN and turned.coverage >= SIDEWAYS_RATIO * max(upright.coverage, 0.05) \
            and turned.spikes_up + turned.spikes_down >= SIDEWAYS_MIN_TOLD:
        return (90 if _upright_score(turned) >= 0 else 270), upright
    return (180 if _down(upright) else 0), upright
