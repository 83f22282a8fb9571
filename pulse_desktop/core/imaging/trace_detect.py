"""Find the ECG trace on a (straightened) picture, whatever the colour of the grid, the paper or the ink.

How it decides (docs/image-quality.md, "Trace detection"):

1. **Ink**: per pixel, the deepest drop of any colour channel below the paper's colour (the 90th
   percentile of each channel), 0 on paper, 1 on black. A trace in black, grey, blue or red ink is ink,
   and so is a grid of any colour: colour does not separate them.
2. **Working copy**: shrunk by an integer factor to about 3.5 px per mm (keeping each block's darkest
   pixel, so that a 1-px trace survives).
3. **Grid removal by structure**: grid lines are straight, axis-parallel and run across the whole grid;
   a grey opening with a horizontal and with a vertical line 30 mm long (at most 60 % of the picture)
   keeps exactly such lines, and is subtracted with a margin (1.35 times, plus 6 levels: the opening
   keeps a noisy line's lowest values). Where the trace crosses a line as dark as itself a gap of the
   line's width is left, bridged in step 4. Where a horizontal and a vertical line cross, a blurred photo
   adds their spread ink: the weaker line's rise above the local floor is added to the stronger one (else
   an "x" is left at every crossing, which the faint level takes for noise). An ECG never runs straight
   for 30 mm (a QRS stroke is at most about 25 mm tall and slanted; a baseline wanders), so the trace
   stays. Grid dots, speckle and JPEG noise are dropped as components under 1 mm.
4. **Curves**: the residual is thresholded at several ink levels; connected curves (after bridging gaps
   of about 0.7 mm) that are at least 12 mm and 6 % of the picture wide, thin (the median ink per
   column is under 3.5 mm: not a blob), not a lattice, and that carry at least one
   **QRS-like spike** count as trace: one solid stroke at least 2.5 mm tall, at most 3 mm and at most
   half its height wide, after which the curve comes back to within half the spike's height of where it
   was 1.5 mm before it (not a step, not a zigzag of a chart).
5. **Coverage**: the summed width of those curves over the picture's width (a 3x4 page with a rhythm
   strip: about 3-4; a close-up of two leads: about 2). The level that finds the most is kept.
6. **Faint traces** (a thin grey line blurred) are also looked for at a level just clear of the residual's
   noise; there a curve counts only when it carries a QRS spike per 50 mm, and only when the lowest
   regular level does not already show it as a long curve (a dark curve gains only scraps of grid lines
   there, which pass for spikes).

A smooth curve on graph paper, a spreadsheet line, text and tables have no spikes or are not thin, and
count nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

WORK_PPM = 3.5  # px per mm of the working copy
MAX_WORK_SIDE = 1400
MIN_WORK_SIDE = 500
LINE_MM = 30.0  # grid lines are at least this long and straight
LEVELS = (0.12, 0.2, 0.3, 0.45)  # residual ink levels tried
FAINT_LEVEL_MIN = 12  # a lower level for a faint trace is never below this (8-bit ink) ...
FAINT_MM_PER_SPIKE = 50.0  # ... and what it finds counts only with a QRS spike per 50 mm of curve or more
MIN_CURVE_MM = 12.0
MIN_CURVE_FRACTION = 0.06
MAX_BODY_MM = 3.5  # median ink per column of a trace curve (a line, even a noisy thick one; not a blob)
SPIKE_MM = 2.5  # a QRS stroke at least this tall ...
SPIKE_WIDTH_MM = 3.0  # ... and at most this wide
ASSUMED_PAGE_MM = 280.0  # without a grid scale, the picture is taken to be a page this wide
_MAX_HOLES = 40
CLOSE_UP_MM = (40.0, 150.0)  # a close-up of a few leads shows this much of the paper's width
CLOSE_UP_STEPS = 6
CLOSE_UP_MIN_COVERAGE = 0.5
CLOSE_UP_MIN_SPIKES = 4
CLOSE_UP_MIN_TOLD = 3
BEAT_WINDOW_MM = (1.5, 7.0)  # the P wave before a QRS and the T wave after it lie this far from it


@dataclass(frozen=True)
class TraceMeasure:
    coverage: float  # summed width of ECG-like curves / picture width (3x4 + rhythm strip: ~3-4)
    sides_touched: tuple[str, ...]  # picture edges that such a curve runs into
    spikes: int = 0  # QRS-like spikes on those curves
    spikes_up: int = 0  # ... of which point up (their far end lies above the baseline)
    spikes_down: int = 0  # ... and point down (spikes where trace rows touch are neither)
    beat_asymmetry: float = 0.0  # > 0: the larger wave (T) follows the spikes, as on a page the right way up


def ink(rgb: np.ndarray) -> np.ndarray:
    """Deepest channel drop below the paper's colour, as uint8 (0 paper, 255 black)."""
    step = max(1, max(rgb.shape[:2]) // 400)
    paper = np.percentile(rgb[::step, ::step].reshape(-1, 3), 90, axis=0).astype(np.float32)
    paper = np.maximum(paper, 16.0)
    rel = [cv2.convertScaleAbs(rgb[..., c], alpha=255.0 / float(paper[c])) for c in range(3)]  # 255 = paper
    return cv2.bitwise_not(cv2.min(cv2.min(rel[0], rel[1]), rel[2]))


def _max_pool(img: np.ndarray, f: int) -> np.ndarray:
    if f <= 1:
        return img
    h, w = img.shape
    dil = cv2.dilate(img, np.ones((f, f), np.uint8), anchor=(0, 0))
    return np.ascontiguousarray(dil[: h // f * f: f, : w // f * f: f])


def working_copy(rgb: np.ndarray, px_per_mm: float | None, inked: np.ndarray | None = None
                 ) -> tuple[np.ndarray, float]:
    """The ink map (``inked`` when already computed) shrunk to about WORK_PPM px/mm; returns (copy, its px
    per mm)."""
    h, w = rgb.shape[:2]
    ppm = px_per_mm if px_per_mm else w / ASSUMED_PAGE_MM
    f = max(1, int(ppm / WORK_PPM))
    f = max(1, min(f, max(h, w) // MIN_WORK_SIDE)) if max(h, w) // f < MIN_WORK_SIDE else f
    while max(h, w) // f > MAX_WORK_SIDE:
        f += 1
    return _max_pool(ink(rgb) if inked is None else inked, f), ppm / f


def remove_grid(dark: np.ndarray, ppm: float, crossings: bool = True) -> np.ndarray:
    """Subtract what long straight horizontal and vertical lines explain (a grey opening each way; with
    ``crossings``, where they cross, the two lines' spread ink added)."""
    h, w = dark.shape
    lx = max(5, min(round(LINE_MM * ppm), round(0.6 * w)))
    ly = max(5, min(round(LINE_MM * ppm), round(0.6 * h)))
    horiz = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (lx, 1)))
    vert = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, ly)))
    # where a horizontal and a vertical line cross, a blurred photo adds their spread ink (an "x" around
    # each crossing): the weaker line's rise above the local floor is added to the stronger one
    lines = cv2.max(horiz, vert)
    if crossings:
        floor = cv2.erode(horiz, cv2.getStructuringElement(cv2.MORPH_RECT, (1, ly)))
        lines = cv2.add(lines, cv2.subtract(cv2.min(horiz, vert), floor))
    return cv2.subtract(dark, cv2.add(cv2.multiply(lines, 1.35), 6))  # a margin: the opening keeps a noisy
    # line's lowest values


def measure_trace(rgb: np.ndarray, px_per_mm: float | None = None) -> TraceMeasure:
    """How much ECG-like trace the picture shows (see the module's docstring)."""
    dark, ppm = working_copy(rgb, px_per_mm)
    return best_curves(remove_grid(dark, ppm), ppm)


def _levels(resid: np.ndarray) -> list[int]:
    """LEVELS in 8-bit ink, and below them, for a faint trace (a thin grey line photographed and blurred),
    a level just clear of the residual's noise (2.5 times its 95th percentile, at least FAINT_LEVEL_MIN)."""
    levels = [round(255 * level) for level in LEVELS]
    step = max(1, int(np.sqrt(resid.size / 250_000)))
    faint = max(FAINT_LEVEL_MIN, 2.5 * float(np.percentile(resid[::step, ::step], 95.0)))
    if faint < levels[0] - 4:
        levels.insert(0, round(faint))
    return levels


def close_up_trace(rgb: np.ndarray) -> tuple[float, TraceMeasure] | None:
    """A close-up of a few leads whose grid reading gave no ECG (its 1-mm period taken for the 5-mm one, or
    a harmonic): the trace is looked for at the scales a picture CLOSE_UP_MM wide would have. Returns (px
    per mm, trace) at the scale that finds the most, when that is clearly an ECG trace (at least
    CLOSE_UP_MIN_COVERAGE and CLOSE_UP_MIN_SPIKES QRS-like spikes), else None. At these guessed scales
    the grid is removed without the crossing term and the faint level counts every curve (as before both
    rules came): at a wrong scale a fine grid shrinks to a mesh whose crossings the term misjudges, and
    close-ups, whose trace is many pixels thick, are often found only at the faint level."""
    w = rgb.shape[1]
    inked = ink(rgb)
    best: tuple[float, TraceMeasure] | None = None
    for ppm in np.geomspace(w / CLOSE_UP_MM[1], w / CLOSE_UP_MM[0], CLOSE_UP_STEPS):
        dark, work_ppm = working_copy(rgb, float(ppm), inked)
        found = best_curves(remove_grid(dark, work_ppm, crossings=False), work_ppm, only_faint=False)
        told = found.spikes_up + found.spikes_down
        if found.coverage >= CLOSE_UP_MIN_COVERAGE and found.spikes >= CLOSE_UP_MIN_SPIKES \
                and told >= CLOSE_UP_MIN_TOLD and (best is None or found.coverage > best[1].coverage):
            best = (float(ppm), found)
    return best


def best_curves(resid: np.ndarray, ppm: float, only_faint: bool = True) -> TraceMeasure:
    """find_curves at each of the levels (:func:`_levels`); the level that finds the most trace. At the
    faint level, with ``only_faint``, only curves that the lowest regular level does not already show as
    a long curve count (step 6)."""
    best = TraceMeasure(0.0, ())
    levels = _levels(resid)
    for level in levels:
        is_faint = level < levels[-len(LEVELS)]
        found = find_curves(resid >= level, ppm, resid >= levels[-len(LEVELS)] if is_faint and only_faint else None)
        if is_faint and found.coverage * resid.shape[1] > FAINT_MM_PER_SPIKE * ppm * found.spikes:
            continue  # a faint level picks up noise too: its curves count only as dense in QRS spikes as an ECG
        if found.coverage > best.coverage:
            best = found
    return best


def find_curves(binary: np.ndarray, ppm: float, seen: np.ndarray | None = None) -> TraceMeasure:
    """ECG-like curves in ``binary`` (step 4 of the module's docstring); with ``seen`` (the picture at a
    higher ink level), a curve counts only when ``seen`` does not already show it as a long curve
    (step 6)."""
    mask: np.ndarray = binary.astype(np.uint8)
    h, w = mask.shape
    band = max(1, round(0.01 * max(h, w)))  # the frame's own rim (a sliver of table, a scanner edge)
    mask[:band], mask[-band:], mask[:, :band], mask[:, -band:] = 0, 0, 0, 0
    k = max(3, round(0.7 * ppm))
    mask = cv2.dilate(mask, np.ones((k, k), np.uint8))  # bridge where the trace crossed a grid line
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    small = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) < max(2.0, 1.0 * ppm) + k
    small[0] = True
    keep = ~small
    mask = keep[labels].astype(np.uint8)  # grid dots, speckle, JPEG noise
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    holes = _holes(mask, labels, n, 6.0 * ppm)
    total, spikes, up, down, asym = 0.0, 0, 0, 0, 0.0
    touched: set[str] = set()
    edge = band + max(2, round(0.005 * max(h, w)))
    min_w = max(MIN_CURVE_MM * ppm, MIN_CURVE_FRACTION * w)
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        if bw < min_w or area > 0.33 * bw * max(bh, 1) or holes[i] > _MAX_HOLES:
            continue
        sub = labels[y:y + bh, x:x + bw] == i
        if seen is not None and _longest_run(seen[y:y + bh, x:x + bw] & sub, k) >= min_w:
            continue  # a curve the regular levels see: judged there, not with the scraps a faint level adds
        s, s_up, s_down, s_asym = _spikes(sub, ppm, k)
        if s == 0:
            continue
        total += bw
        spikes += s
        up += s_up
        down += s_down
        asym += s_asym
        if x <= edge:
            touched.add("left")
        if x + bw >= w - edge:
            touched.add("right")
        if y <= edge:
            touched.add("top")
        if y + bh >= h - edge:
            touched.add("bottom")
    order = ("top", "right", "bottom", "left")
    return TraceMeasure(total / w, tuple(s for s in order if s in touched), spikes, up, down, asym)


def _longest_run(part: np.ndarray, k: int) -> int:
    """Width of the widest connected piece of ``part`` once gaps of ``k`` px are bridged."""
    bridged = cv2.dilate(part.astype(np.uint8), np.ones((k, k), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(bridged, connectivity=8)
    return int(stats[1:, cv2.CC_STAT_WIDTH].max()) if n > 1 else 0


def _holes(mask: np.ndarray, labels: np.ndarray, n: int, max_side: float) -> np.ndarray:
    """Per component, its holes no wider or taller than ``max_side`` px (a grid's cells; the gaps
    between beats of two trace rows that touch are larger)."""
    contours, hierarchy = cv2.findContours(mask, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    holes = np.zeros(n, np.int64)
    if hierarchy is not None:
        for j, (_, _, _, parent) in enumerate(hierarchy[0]):
            if parent >= 0:
                _, _, hw, hh = cv2.boundingRect(contours[j])
                if max(hw, hh) <= max_side:
                    px, py = contours[parent][0][0]
                    holes[labels[py, px]] += 1
    return holes


def _spikes(sub: np.ndarray, ppm: float, k: int) -> tuple[int, int, int, float]:
    """QRS-like spikes of one curve (or of trace rows that touch): runs of columns whose longest vertical
    stroke is at least SPIKE_MM, at most SPIKE_WIDTH_MM and half the stroke wide, after which the curve
    comes back; zeros when the curve is not thin (a blob). Returns (spikes, pointing up, pointing down,
    beat asymmetry: summed over spikes, how much larger the wave after a spike is than the one before)."""
    h, w = sub.shape
    cols: np.ndarray = np.asarray(sub.any(axis=0))
    if not cols.any():
        return 0, 0, 0, 0.0
    idx = np.arange(h, dtype=np.int32)[:, None]
    run = idx - np.maximum.accumulate(np.where(sub, -1, idx), axis=0)  # length of the run ending here
    longest = run.max(axis=0).astype(np.float32) - (k - 1)
    ends_at = run.argmax(axis=0)
    starts_col = np.vstack([sub[:1], sub[1:] & ~sub[:-1]]).sum(axis=0)  # strokes in each column
    body = sub.sum(axis=0) / np.maximum(starts_col, 1) - (k - 1)  # thickness of each stroke
    if float(np.median(body[cols])) > MAX_BODY_MM * ppm:
        return 0, 0, 0, 0.0
    steep = np.concatenate([[0], (longest >= SPIKE_MM * ppm).astype(np.int8), [0]])
    d = np.diff(steep)
    starts, ends = np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]  # columns [start, end)
    narrow = (ends - starts) <= max(1.0, SPIKE_WIDTH_MM * ppm)
    if not narrow.any():
        return 0, 0, 0, 0.0
    centre = (sub * idx).sum(axis=0) / np.maximum(sub.sum(axis=0), 1)
    reach = max(2, round(1.5 * ppm))
    count = up = down = 0
    asym = 0.0
    for a, b in zip(starts[narrow], ends[narrow], strict=True):
        left, right = a - reach, b - 1 + reach
        if left < 0 or right >= w or not (cols[left] and cols[right]):
            continue
        height = float(longest[a:b].max())
        if b - a > 0.5 * height or abs(float(centre[left] - centre[right])) > 0.5 * height:
            continue  # a step or a chart's zigzag, not a QRS
        count += 1
        if starts_col[left] == 1 and starts_col[right] == 1:  # a single row here: which way it points
            j = a + int(np.argmax(longest[a:b]))
            bottom, top = float(ends_at[j]), float(ends_at[j] - longest[j] - (k - 1) + 1)
            base = 0.5 * float(centre[left] + centre[right])
            up += int(base - top > bottom - base)
            down += int(base - top < bottom - base)
            asym += _beat_asymmetry(centre, cols, starts_col, a, b, base, ppm)
    return count, up, down, asym


def _beat_asymmetry(centre: np.ndarray, cols: np.ndarray, starts_col: np.ndarray, a: int, b: int, base: float,
                    ppm: float) -> float:
    """Around the spike in columns [a, b): log of how much more the curve departs from ``base`` in the
    5.5 mm after it (ST segment and T wave) than in the 5.5 mm before it (P wave), by its largest departure
    and by its range, each clipped to +-1.5; 0 where either window is not a single clear row. The T wave
    is larger than the P wave in most leads: turned by 180 degrees, the page reads negative."""
    w = centre.shape[0]
    lo_a, hi_a = int(a - BEAT_WINDOW_MM[1] * ppm), int(a - BEAT_WINDOW_MM[0] * ppm)
    lo_b, hi_b = int(b + BEAT_WINDOW_MM[0] * ppm), int(b + BEAT_WINDOW_MM[1] * ppm)
    if lo_a < 0 or hi_b > w:
        return 0.0
    windows = []
    for lo, hi in ((lo_a, hi_a), (lo_b, hi_b)):
        c = cols[lo:hi]
        if hi - lo < 2 or c.mean() < 0.8 or (starts_col[lo:hi] > 1).mean() > 0.2:
            return 0.0
        y = centre[lo:hi][c]
        windows.append((float(np.abs(y - base).max()), float(np.ptp(y))))
    (dev_before, range_before), (dev_after, range_after) = windows
    floor = 0.3 * ppm
    return float(np.clip(np.log((dev_after + floor) / (dev_before + floor)), -1.5, 1.5)
                 + np.clip(np.log((range_after + floor) / (range_before + floor)), -1.5, 1.5))
