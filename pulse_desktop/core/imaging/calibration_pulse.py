"""Calibration pulses on the grid-free ink map: which way up a page is, from the 1-mV step each row starts with.

An ECG cart prints at the start (sometimes the end) of each row a rectangular pulse: the trace steps up by
1 mV (10 mm at 10 mm/mV, 5 mm at 5 mm/mV, 20 mm at 20 mm/mV), stays there for 200 ms (5 mm at 25 mm/s),
and steps back down. The pulse always points up, so a page turned by 180 degrees shows it pointing down.

Found as two vertical strokes at least PULSE_MIN_MM tall, PULSE_GAP_MM apart (centre to centre), whose
tops and bottoms agree within PULSE_TOL_MM, joined by ink along the top (a pulse the right way up) or along
the bottom (turned), with nothing between them in the middle and none along the other end. Ink just outside
the strokes, where present, must lie at the level the pulse starts from (its foot, or the trace it is
joined to). Two R waves of a fast rhythm with a flat baseline between them look like a pulse pointing
down, but the trace outside them runs at their foot, not at their tips: rejected. The strokes are bridged
across the gaps that the grid removal leaves where they crossed grid lines.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

PULSE_MIN_MM = 4.5  # a pulse at 5 mm/mV (5 mm) less a little
PULSE_GAP_MM = (2.8, 6.5)  # 200 ms at 25 mm/s = 5 mm; a fast rhythm's R-R interval stays above 6.5 mm
PULSE_TOL_MM = 0.8  # the two strokes' tops (and bottoms) agree within this
STROKE_MAX_WIDTH_MM = 1.5
MIDDLE_EMPTY = 0.15  # at most this share of the columns between the strokes has ink in the middle
JOINED = 0.85  # at least this share has ink along the joining end ...
OPEN = 0.2  # ... and at most this share along the open end
FOOT_MM = 1.2
SLANT = 0.12  # ... or within this share of their height
BRIDGE_MM, BRIDGE_MIN_PX = 0.7, 3  # gaps bridged in the strokes (where they crossed grid lines; at 2 px a
# thin pulse on a low-resolution page stays broken, at 4 px a beat's strokes join into wrong-way pulses)
SPECK_MM = 0.6  # ink specks smaller than this are dropped first
PULSE_LEVEL = 40  # residual ink levels (8-bit) at which pulses are looked for: this, and ...
RELATIVE_LEVEL = 0.35  # ... this share of the darkest ink's level (99.7th percentile), and ...
FAINT_LEVEL, FAINT_FLOOR = 0.15, 15  # ... this share, at least this (a thin grey pulse the grid removal thinned)
HALF_PULSE_MM = (1.5, 6.5)  # a plateau cut by the picture's edge is this long ...
EDGE_GAP_MM = 2.0  # ... and ends at most this far from the edge (a margin, the straightening's fill)


@dataclass(frozen=True)
class PulseCount:
    up: int  # pulses pointing up (the page the right way up)
    down: int  # pulses pointing down (turned by 180 degrees)

    def reversed(self) -> PulseCount:
        """The count on the same ink map turned by 180 degrees."""
        return PulseCount(self.down, self.up)


def count_pulses(resid: np.ndarray, ppm: float) -> PulseCount:
    """Calibration pulses pointing up and down in the grid-free ink map ``resid`` (8-bit, ``ppm`` px per mm),
    read at PULSE_LEVEL and at two levels relative to its darkest ink (a pulse printed lighter than the trace,
    a photo's leftover grid; a thin grey pulse that the grid removal thinned to dashes): the most found each
    way at any level."""
    darkest = float(np.percentile(resid[::2, ::2], 99.7))
    levels = {PULSE_LEVEL, round(max(PULSE_LEVEL, RELATIVE_LEVEL * darkest)),
              round(max(FAINT_FLOOR, FAINT_LEVEL * darkest))}
    counts = [_pulses_in(resid >= level, ppm) for level in sorted(levels)]
    return PulseCount(max(c.up for c in counts), max(c.down for c in counts))


def _pulses_in(mask: np.ndarray, ppm: float) -> PulseCount:
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    speck = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) < max(2.0, SPECK_MM * ppm)
    speck[0] = True
    m8: np.ndarray = (~speck)[labels].astype(np.uint8)  # grid dots and noise, which the bridging below would join up
    bridge = max(BRIDGE_MIN_PX, round(BRIDGE_MM * ppm))
    for shape in ((1, bridge), (bridge, 1)):  # the gaps left where the strokes crossed grid lines
        m8 = cv2.morphologyEx(m8, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, shape))
    tall = max(3, round(PULSE_MIN_MM * ppm))
    vert = cv2.morphologyEx(m8, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, tall)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(vert, connectivity=8)
    strokes = sorted(tuple(int(v) for v in stats[i][:4]) for i in range(1, n)
                     if stats[i][2] <= STROKE_MAX_WIDTH_MM * ppm + 1)
    tol = max(2, round(PULSE_TOL_MM * ppm))
    margin = max(1, round(0.4 * ppm))
    foot = max(2, round(FOOT_MM * ppm))
    candidates: list[tuple[int, int, int]] = []  # (stroke, stroke, +1 up / -1 down)
    for i, (x1, t1, w1, h1) in enumerate(strokes):
        for j in range(i + 1, len(strokes)):
            x2, t2, w2, h2 = strokes[j]
            gap = (x2 + 0.5 * w2 - x1 - 0.5 * w1) / ppm
            if gap > PULSE_GAP_MM[1]:
                break
            b1, b2 = t1 + h1 - 1, t2 + h2 - 1
            agree = max(tol, SLANT * max(h1, h2))  # a photo's perspective slants a pulse a little
            if gap < PULSE_GAP_MM[0] or abs(t1 - t2) > agree or abs(b1 - b2) > agree:
                continue
            top, bottom = min(t1, t2), max(b1, b2)
            thick = max(w1, w2) - 1  # the joining line is about as thick as the strokes: the middle starts past it
            lo, hi = x1 + w1 + margin, x2 - margin
            if hi - lo < 2 or bottom - top <= 2 * (tol + thick) + 2:
                continue
            inner = m8[:, lo:hi] > 0
            if inner[top + tol + thick + 1: bottom - tol - thick].any(axis=0).mean() > MIDDLE_EMPTY:
                continue
            at_top = _share_at(inner, top, tol)
            at_bottom = _share_at(inner, bottom, tol)
            outside = (m8[:, max(0, x1 - foot): x1] > 0, m8[:, x2 + w2: x2 + w2 + foot] > 0)
            if at_top >= JOINED and at_bottom <= OPEN:
                if not any(_share_at(o, top, tol) > 0.6 >= _share_at(o, bottom, tol) for o in outside):
                    candidates.append((i, j, 1))
            elif at_bottom >= JOINED and at_top <= OPEN:
                if not any(_share_at(o, bottom, tol) > 0.6 >= _share_at(o, top, tol) for o in outside):
                    candidates.append((i, j, -1))
    # a stroke that would close pulses pointing both ways (a QRS beside a pulse, joined by the trace) is
    # no evidence either way; otherwise each stroke belongs to one pulse at most
    signs: dict[int, set[int]] = {}
    for i, j, sign in candidates:
        signs.setdefault(i, set()).add(sign)
        signs.setdefault(j, set()).add(sign)
    up = down = 0
    used: set[int] = {k for k, v in signs.items() if len(v) > 1}
    for i, j, sign in candidates:
        if i not in used and j not in used:
            used.update((i, j))
            up, down = up + (sign > 0), down + (sign < 0)
    for i, stroke in enumerate(strokes):
        if i not in used:
            sign = _half_pulse(m8, stroke, ppm, tol, margin, foot)
            up, down = up + (sign > 0), down + (sign < 0)
    return PulseCount(up, down)


def _half_pulse(m8: np.ndarray, stroke: tuple[int, ...], ppm: float, tol: int, margin: int, foot: int) -> int:
    """A pulse cut by the picture's edge: one vertical stroke near the edge, a flat plateau from one of its
    ends running into the edge (HALF_PULSE_MM long, ending at most EDGE_GAP_MM before it), and the trace (or the pulse's foot) leaving its other
    end on the other side. +1: the plateau at the top (a pulse pointing up), -1: at the bottom, 0: not such
    a stroke."""
    x, t, w, h = stroke
    b = t + h - 1
    thick = w - 1
    width = m8.shape[1]
    if h <= 2 * (tol + thick) + 2:
        return 0
    edge_gap = round(EDGE_GAP_MM * ppm)
    if x - margin <= HALF_PULSE_MM[1] * ppm + edge_gap:  # the plateau would run to the left edge
        cols, other = m8[:, max(0, x - margin) - 1:: -1] > 0, m8[:, x + w: x + w + 2 * foot] > 0  # outward
    elif width - (x + w + margin) <= HALF_PULSE_MM[1] * ppm + edge_gap:
        cols, other = m8[:, x + w + margin:] > 0, m8[:, max(0, x - 2 * foot): x] > 0
    else:
        return 0
    if x - margin <= 0:
        return 0
    inked = np.flatnonzero(cols[max(0, t - tol): b + tol + 1].any(axis=0))
    end = int(inked[-1]) + 1 if inked.size else 0
    if cols.shape[1] - end > edge_gap:
        return 0  # the plateau stops short of the edge: not cut by it
    cols = cols[:, :end]
    if cols.shape[1] < HALF_PULSE_MM[0] * ppm or other.shape[1] == 0:
        return 0
    middle = cols[t + tol + thick + 1: b - tol - thick].any(axis=0).mean()
    at_top, at_bottom = _share_at(cols, t, tol), _share_at(cols, b, tol)
    if middle > MIDDLE_EMPTY:
        return 0
    wide = round(1.5 * tol)  # the trace may leave the stroke a little above its foot
    if at_top >= JOINED and at_bottom <= OPEN and _share_at(other, b, wide) >= 0.5 and _share_at(other, t, tol) <= OPEN:
        return 1
    if at_bottom >= JOINED and at_top <= OPEN and _share_at(other, t, wide) >= 0.5 and _share_at(other, b, tol) <= OPEN:
        return -1
    return 0


def _share_at(cols: np.ndarray, y: int, tol: int) -> float:
    """Share of the columns of ``cols`` with ink within ``tol`` rows of row ``y``."""
    if cols.shape[1] == 0:
        return 0.0
    return float(cols[max(0, y - tol): y + tol + 1].any(axis=0).mean())
