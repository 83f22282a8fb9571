"""Which way up the ECG is: a sideways or upside-down page is turned, and the turn is reported.

Decided on the grid-free ink map of the straightened picture (trace_detect), in two steps
(docs/image-quality.md, "Pages the wrong way round"):

* **Along which side the rows run**: ECG rows run along the paper's long axis. The trace is measured as it
  is and turned by 90 degrees (the grid removal is the same either way, so it is done once); the rows run
  the other way when the turned reading finds at least 0.6 page widths of ECG-like curves, at least twice
  what the reading as it is finds (on the corpus and the real pages upright: at most half), or 1.5 times
  with two or more calibration pulses (net) read that way and none as it is, and at least 8 QRS spikes on
  single rows.
* **Which way up**, with the rows along the page: from cues that each turn sign when the page is turned by
  180 degrees (:class:`UprightEvidence`):

  - the **calibration pulses** (calibration_pulse.py): a 1-mV step up and back at the start (or end) of
    the rows, pointing down on a page upside down; never found pointing the wrong way on the corpus or the
    real pages. Two or more pulses more one way than the other decide; a lone one decides unless the
    beats below say otherwise.
  - the **beats**, weaker, and only when there is no pulse at all: the order of the waves (time runs left
    to right, and after each QRS spike comes the T wave, which in most leads departs further from the
    baseline than the P wave before it: ``TraceMeasure.beat_asymmetry`` per spike) and the direction of
    the QRS spikes (most point up in most leads: up minus down over those told) must both say so, each by
    at least BEATS_AGREE. Either alone is wrong on too many records (a record with deep S waves in most
    leads, one with flat T waves).
  - the **printed text**, only when there is no pulse and the beats are unsure (text_upright.py): the
    characters of a line stand on a common baseline, their tops stray (capitals, digits, ascenders, x-height
    letters, a full stop); at least 8 strays, 4 times more tops than bottoms or the other way round.

  Otherwise the page is unsure and left as it is; the clinician turns it in the window (``turn=``) or with
  ``--turn``. Wrongly turning a page the right way up is worse than leaving a turned one, so a page whose
  rows run across is turned by 180 degrees only on these cues.
* **A sideways page is always turned** (its rows running the other way is clear evidence on its own, and
  left sideways it cannot be read whichever way up it is): by 90 or 270 degrees as the cues above say, or,
  when they are unsure, as the weaker cues lean (:attr:`UprightEvidence.leaning`), and then the turn is
  marked as a guess (:attr:`Orientation.sure` False) for the clinician to check.
* A page whose rows run across and whose way up is unsure is left as it is (turning an upright page would
  be worse), but when the weaker cues lean to upside down it is said (:attr:`Orientation.maybe_upside_down`).

Turns are clockwise degrees: 0, 90, 180 or 270.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from pulse_desktop.core.imaging.calibration_pulse import PulseCount, count_pulses
from pulse_desktop.core.imaging.text_upright import TextStrays, count_text_strays
from pulse_desktop.core.imaging.trace_detect import TraceMeasure, best_curves, remove_grid, working_copy

SIDEWAYS_MIN = 0.6
SIDEWAYS_RATIO = 2.0
SIDEWAYS_PULSES_RATIO = 1.5  # ... or 1.5 times with calibration pulses read only that way
SIDEWAYS_MIN_TOLD = 8  # ... with at least this many QRS spikes on single rows (a turned chart's curve has none)
LEAN_BEATS = 0.3  # for a sideways page's guess: wave order plus spike direction at least this, else the text
BEATS_AGREE = 0.3  # wave order per spike and spike direction must both pass this (same sign) to decide
MIN_PER = 10  # the wave order and spike direction are divided by at least this many spikes


@dataclass(frozen=True)
class UprightEvidence:
    """Cues to which way up a page with its rows running across is; each turns sign turned by 180 degrees."""

    pulses: PulseCount
    beat_asymmetry: float  # per QRS spike (TraceMeasure.beat_asymmetry / spikes, at least MIN_PER)
    spike_direction: float  # (up - down) / told spikes (at least MIN_PER), in [-1, 1]
    text: TextStrays | None = None  # read only when there is no pulse and the beats are unsure

    @property
    def beats(self) -> int:
        """+1 / -1 when the wave order and the spike direction agree by BEATS_AGREE or more, else 0."""
        if min(self.beat_asymmetry, self.spike_direction) >= BEATS_AGREE:
            return 1
        if max(self.beat_asymmetry, self.spike_direction) <= -BEATS_AGREE:
            return -1
        return 0

    @property
    def verdict(self) -> int:
        """+1: the right way up; -1: upside down; 0: unsure."""
        up, down = self.pulses.up, self.pulses.down
        beats = self.beats
        if up + down == 0:
            return beats or (self.text.verdict if self.text is not None else 0)
        net = up - down
        if abs(net) >= 2 or (abs(net) == 1 and min(up, down) == 0 and beats != -net):
            return 1 if net > 0 else -1
        return 0

    @property
    def leaning(self) -> int:
        """Which way up the weaker cues lean (+1 / -1; 0 with no cue at all), for a page known to be sideways,
        which must be turned one way or the other: the :attr:`verdict` when there is one; else the pulses'
        net; else the beats' sum (wave order plus spike direction) when at least LEAN_BEATS; else the text
        (TextStrays.leaning); else the beats' sum's sign. On 319 bench pictures (bench_orientation_cues) it
        was right 93 times in 109 where the verdict was unsure."""
        verdict = self.verdict
        if verdict:
            return verdict
        net = self.pulses.up - self.pulses.down
        beats = self.beat_asymmetry + self.spike_direction
        if net:
            return 1 if net > 0 else -1
        if abs(beats) >= LEAN_BEATS:
            return 1 if beats > 0 else -1
        text = self.text.leaning if self.text is not None else 0
        return text or int(np.sign(beats))


@dataclass(frozen=True)
class Orientation:
    """The turn that puts the page the right way up, whether its way up is known or only a sideways page's
    best guess, and the trace as measured on the page unturned (the quality gate reuses it when the turn
    is 0: it is trace_detect.measure_trace(rgb, px_per_mm))."""

    turn: int  # clockwise degrees: 0, 90, 180 or 270
    sure: bool  # False: a sideways page turned to run across, which way up guessed from weak cues
    trace: TraceMeasure
    maybe_upside_down: bool = False  # left as it is (unsure), but the weaker cues lean to upside down


def upright_evidence(resid: np.ndarray, ppm: float, trace: TraceMeasure, lean: bool = False) -> UprightEvidence:
    """The cues on the grid-free ink map ``resid`` (rows running across), ``trace`` measured on it; the
    text is read when the pulses and beats are unsure (with ``lean``, whenever there is no verdict)."""
    told = trace.spikes_up + trace.spikes_down
    evidence = UprightEvidence(count_pulses(resid, ppm), trace.beat_asymmetry / max(MIN_PER, trace.spikes),
                               (trace.spikes_up - trace.spikes_down) / max(MIN_PER, told))
    if (evidence.pulses.up + evidence.pulses.down == 0 and evidence.beats == 0) or (lean and not evidence.verdict):
        return replace(evidence, text=count_text_strays(resid, ppm))
    return evidence


def detect_turn(rgb: np.ndarray, px_per_mm: float | None = None) -> int:
    """Clockwise degrees (0, 90, 180, 270) that put the ECG in ``rgb`` the right way up."""
    return assess_orientation(rgb, px_per_mm).turn


def assess_orientation(rgb: np.ndarray, px_per_mm: float | None = None) -> Orientation:
    """The turn (see :func:`detect_turn`), whether its way up is known, and the trace measured unturned."""
    dark, ppm = working_copy(rgb, px_per_mm)
    resid = remove_grid(dark, ppm)
    upright = best_curves(resid, ppm)
    turned_resid = np.ascontiguousarray(np.rot90(resid, -1))  # as if turned 90 degrees clockwise
    turned = best_curves(turned_resid, ppm)
    floor = max(upright.coverage, 0.05)
    if turned.coverage >= SIDEWAYS_MIN and turned.coverage >= SIDEWAYS_PULSES_RATIO * floor \
            and turned.spikes_up + turned.spikes_down >= SIDEWAYS_MIN_TOLD:
        evidence = upright_evidence(turned_resid, ppm, turned, lean=True)
        if turned.coverage >= SIDEWAYS_RATIO * floor or _pulses_only_turned(evidence.pulses, resid, ppm):
            return Orientation(270 if evidence.leaning < 0 else 90, bool(evidence.verdict), upright)
    evidence = upright_evidence(resid, ppm, upright, lean=True)
    verdict = evidence.verdict
    return Orientation(180 if verdict < 0 else 0, True, upright, maybe_upside_down=not verdict and evidence.leaning < 0)


def _pulses_only_turned(turned: PulseCount, resid: np.ndarray, ppm: float) -> bool:
    """Rows the other way although the coverage alone is not clear (a photo's leftover grid reads as curves
    both ways): calibration pulses, two or more net, read that way and none as it is."""
    if abs(turned.up - turned.down) < 2:
        return False
    as_is = count_pulses(resid, ppm)
    return as_is.up + as_is.down == 0
