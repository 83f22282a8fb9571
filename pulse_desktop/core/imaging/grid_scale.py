"""Pixels per millimetre from the ECG grid's period.

ECG paper has thin lines every 1 mm and heavier lines every 5 mm. Along each axis we average the grid
signal (redness for a red/pink grid, darkness for a grey or green one) across thin bands, take the power
spectrum of each band's profile (bands are summed incoherently, so a slightly curved or rotated grid
still gives sharp peaks), whiten it by its running median, and look for the fundamental with a harmonic
comb (energy at k*f minus energy at (k-1/2)*f, which rejects octave errors). Whether that fundamental is
the 1-mm or the 5-mm period is decided by the spectrum itself (a 1-mm fundamental has the 5-mm lines'
peaks at f/5, 2f/5...; a 5-mm fundamental has the 1-mm lines' peak at 5f); when neither shows, by
the page width the two readings imply (a 12-lead page is 100-600 mm wide). The chosen peak is refined
by parabolic interpolation on its highest strong harmonic.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from pulse_desktop.core.imaging.resample import shrink

#: The profile analysis runs on a copy whose longer side is at most this (the scale is mapped back).
WORK_SIDE = 2000
MIN_PX_PER_MM = 1.0
MAX_PX_PER_MM = 40.0
_BAND_PX = 24  # height of the bands whose profiles are summed
_SEGMENT_PX = 400  # length of each profile segment
_STRONG = 4.0
_REDNESS = np.array([[1.0, -0.5, -0.5]], np.float32)
_CLEAR_GRID = 60.0  # a comb score this high on both axes settles the channel  # whitened power: a peak this many times the local median is "present"
# Plausible extent of an ECG page (or the part of it a photo shows) along x and along y, in mm. Each range
# spans exactly a factor of 5, so that the 1-mm and the 5-mm reading of a period cannot both fit.
_PLAUSIBLE_WIDTH_MM = (90.0, 450.0)
_PLAUSIBLE_HEIGHT_MM = (50.0, 250.0)


@dataclass(frozen=True)
class AxisScale:
    px_per_mm: float | None  # None when no grid period was found on this axis
    strength: float  # harmonic-comb score of the fundamental (whitened power; ~0 for no grid)
    minor_lines: bool  # were the 1-mm lines resolved (or only the 5-mm ones)?


@dataclass(frozen=True)
class GridScale:
    x: AxisScale  # from the vertical lines (period along x)
    y: AxisScale  # from the horizontal lines
    channel: str  # "red" (red/pink grid) or "dark" (grey, green, faded)

    @property
    def px_per_mm(self) -> float | None:
        vals = [a.px_per_mm for a in (self.x, self.y) if a.px_per_mm]
        return float(np.mean(vals)) if vals else None

    @property
    def strength(self) -> float:
        """The weaker axis' comb score: both line families must be periodic for a grid."""
        return min(self.x.strength, self.y.strength)

    @property
    def aspect(self) -> float | None:
        """px/mm along x divided by px/mm along y (1.0 when squares are square)."""
        if self.x.px_per_mm and self.y.px_per_mm:
            return self.x.px_per_mm / self.y.px_per_mm
        return None


def grid_signal(rgb: np.ndarray, channel: str) -> np.ndarray:
    """Per-pixel grid evidence as float32: ``"red"`` is redness R-(G+B)/2 (a red or pink grid; the trace has
    none), ``"dark"`` is darkness 255-luma capped at its 97th percentile (a grey, green or faded grid; the
    cap keeps the trace and text, darker than any grid line and not periodic, from drowning the grid)."""
    if channel == "red":
        return cv2.transform(rgb.astype(np.float32), _REDNESS)
    dark = 255.0 - cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    return np.minimum(dark, np.percentile(dark[::4, ::4], 97))


def grid_signals(rgb: np.ndarray) -> dict[str, np.ndarray]:
    """Both grid signals (see :func:`grid_signal`)."""
    return {name: grid_signal(rgb, name) for name in ("red", "dark")}


def estimate_grid_scale(rgb: np.ndarray) -> GridScale:
    """Estimate px/mm along x and y of an (ideally straightened) RGB image of ECG paper."""
    small, levels = shrink(rgb, WORK_SIDE)
    sx = sy = 0.5 ** levels
    best: GridScale | None = None
    # the page's width is its long side: a sideways page (portrait picture) has it along y
    x_range, y_range = _PLAUSIBLE_WIDTH_MM, _PLAUSIBLE_HEIGHT_MM
    if small.shape[0] > small.shape[1]:
        x_range, y_range = y_range, x_range
    for channel in ("red", "dark"):
        sig = grid_signal(small, channel)
        ax, pnx = _axis_scale(sig, page_px=small.shape[1], page_mm_range=x_range)
        ay, pny = _axis_scale(np.ascontiguousarray(sig.T), page_px=small.shape[0], page_mm_range=y_range)
        px, py = ax.px_per_mm, ay.px_per_mm
        if px and py and not 0.8 <= px / py <= 1.25:
            # the axes disagree (a harmonic taken for the fundamental): re-read the less trustworthy one (the
            # one whose 1-mm lines were not resolved, else the weaker) near the other
            if (ax.minor_lines, ax.strength) >= (ay.minor_lines, ay.strength):
                ay = _five_fold(_axis_near(pny, px, ay), ax)
            else:
                ax = _five_fold(_axis_near(pnx, py, ax), ay)
        cand = GridScale(_unscale(ax, sx), _unscale(ay, sy), channel)
        if best is None or _score(cand) > _score(best):
            best = cand
        if best.strength >= _CLEAR_GRID:
            break  # a clear red grid: no need to look at darkness
    assert best is not None
    return best


def _five_fold(a: AxisScale, ref: AxisScale) -> AxisScale:
    """An axis read 5 times off the reference (its 1-mm and 5-mm periods confused) brought in line."""
    if a.px_per_mm and ref.px_per_mm:
        r = a.px_per_mm / ref.px_per_mm
        for k in (5.0, 0.2):
            if 0.85 * k <= r <= 1.15 * k:
                return AxisScale(a.px_per_mm / k, a.strength, a.minor_lines)
    return a


def _score(g: GridScale) -> float:
    """A reading's strength, discounted when its x and y periods disagree (squares are square within
    what a perspective leaves; a harmonic taken for the period on one axis is not)."""
    aspect = g.aspect
    return g.strength * (0.25 if aspect is not None and not 0.85 <= aspect <= 1.18 else 1.0)


def _unscale(a: AxisScale, s: float) -> AxisScale:
    return AxisScale(a.px_per_mm / s if a.px_per_mm else None, a.strength, a.minor_lines)


def band_profiles(sig: np.ndarray, band_px: int = _BAND_PX, seg_px: int = _SEGMENT_PX) -> np.ndarray:
    """Profiles of ``sig`` along its second axis: the mean over bands of ``band_px`` rows, cut into
    segments of ``seg_px`` (half-overlapping) so that a period that drifts across a photo stays sharp.
    Returns [n_profiles, seg_px] (or the full width when narrower)."""
    h, w = sig.shape
    n = max(1, h // band_px)
    bands = sig[: n * band_px].reshape(n, -1, w).mean(axis=1) if h >= band_px else sig.mean(0, keepdims=True)
    if w <= seg_px:
        return bands
    starts = np.linspace(0, w - seg_px, max(2, int(np.ceil(2 * w / seg_px)) - 1)).astype(int)
    return np.concatenate([bands[:, s0:s0 + seg_px] for s0 in starts], axis=0)


def whitened_power(profiles: np.ndarray) -> tuple[np.ndarray, float]:
    """Summed power spectrum of the profiles divided by its running median; returns (Pn, bin width)."""
    n_prof, length = profiles.shape
    p = profiles.astype(np.float32)
    x = np.linspace(-1.0, 1.0, length, dtype=np.float32)
    p -= p.mean(axis=1, keepdims=True)
    p -= np.outer(p @ x / float(x @ x), x)  # remove each profile's mean and slope (lighting)
    p *= np.hanning(length).astype(np.float32)
    nfft = 1 << int(np.ceil(np.log2(max(4 * length, 256))))
    power = (np.abs(np.fft.rfft(p, n=nfft, axis=1)) ** 2).sum(axis=0)
    return power / _running_median(power, max(31, nfft // 32)), 1.0 / nfft


def _running_median(x: np.ndarray, window: int) -> np.ndarray:
    step = max(1, window // 16)
    coarse = x[::step]
    k = max(3, (window // step) | 1)
    padded = np.pad(coarse, k // 2, mode="reflect")
    med = np.median(np.lib.stride_tricks.sliding_window_view(padded, k), axis=1)
    out = np.interp(np.arange(x.size), np.arange(coarse.size) * step, med)
    return np.maximum(out, 1e-12 + 1e-9 * float(x.mean()))


def _peak(pn: np.ndarray, df: float, f: np.ndarray | float, rel_tol: float = 0.006) -> np.ndarray:
    """Largest whitened power within a small relative tolerance of frequency ``f`` (vectorised)."""
    f = np.atleast_1d(np.asarray(f, dtype=np.float64))
    centre = f / df
    half = np.maximum(2.0, centre * rel_tol)
    offs = np.arange(-8, 9)[None, :] * (half[:, None] / 8.0)
    idx = np.clip(np.rint(centre[:, None] + offs).astype(int), 0, pn.size - 1)
    vals = pn[idx].max(axis=1)
    vals[centre >= pn.size - 1] = 0.0
    return vals


def _comb_scores(pn: np.ndarray, df: float, freqs: np.ndarray, nyq: float = 0.48) -> np.ndarray:
    k = np.arange(1, 7)[None, :]
    valid = (k * freqs[:, None]) < nyq
    valid[:, 0] = True
    on = _peak(pn, df, (k * freqs[:, None]).ravel()).reshape(valid.shape)
    off = _peak(pn, df, ((k - 0.5) * freqs[:, None]).ravel()).reshape(valid.shape)
    weight = np.where(k == 1, 1.0, 0.6)
    return (np.maximum(on - off, 0.0) * valid * weight).sum(axis=1)


def _axis_scale(
    sig: np.ndarray, page_px: int, page_mm_range: tuple[float, float]
) -> tuple[AxisScale, tuple[np.ndarray, float]]:
    """Period along the second axis of ``sig`` (its rows are averaged within bands); also the whitened
    spectrum it was read from."""
    pn, df = whitened_power(band_profiles(sig))
    f_lo = 1.0 / (5.0 * MAX_PX_PER_MM)
    f_hi = 0.46
    freqs = np.geomspace(f_lo, f_hi, 900)
    scores = _comb_scores(pn, df, freqs)
    i = int(np.argmax(scores))
    f_star, strength = float(freqs[i]), float(scores[i])
    if strength < 3.0:
        return AxisScale(None, max(strength, 0.0), False), (pn, df)
    f1 = _decide_minor_frequency(pn, df, f_star, page_px, page_mm_range)
    if 1.0 / f1 > MAX_PX_PER_MM and 1.0 / (5 * f1) >= MIN_PX_PER_MM:
        f1 = 5 * f1  # a 1-mm reading beyond any camera's resolution: the period was the 5-mm one
    return _axis_from_minor(pn, df, f1, strength), (pn, df)


def _axis_from_minor(pn: np.ndarray, df: float, f1: float, strength: float) -> AxisScale:
    minor = f1 <= 0.46 and float(_peak(pn, df, f1)[0]) >= _STRONG
    ppm = 1.0 / _refine(pn, df, f1)
    if not MIN_PX_PER_MM <= ppm <= MAX_PX_PER_MM:
        return AxisScale(None, strength, False)
    return AxisScale(ppm, strength, minor)


def _axis_near(spectrum: tuple[np.ndarray, float], ppm_hint: float, fallback: AxisScale) -> AxisScale:
    """Re-read an axis near the other axis' scale: the strongest 5-mm peak within 20 % of it."""
    pn, df = spectrum
    f5 = 1.0 / (5.0 * ppm_hint)
    lo, hi = int(f5 * 0.8 / df), min(pn.size - 1, int(f5 * 1.2 / df) + 1)
    if hi <= lo:
        return fallback
    j = lo + int(np.argmax(pn[lo:hi + 1]))
    if pn[j] < _STRONG:
        return fallback
    return _axis_from_minor(pn, df, 5.0 * j * df, fallback.strength)


def _decide_minor_frequency(
    pn: np.ndarray, df: float, f: float, page_px: int, page_mm_range: tuple[float, float]
) -> float:
    """Is ``f`` the 1-mm line frequency or the 5-mm one? Returns the 1-mm frequency.

    First by the size of the page each reading implies (the ranges are exactly a factor 5 wide, so only
    one reading can fit), unless the picture would be smaller than a page and the 5-mm lines' peaks
    beneath ``f`` (all four) clearly show that ``f`` is a 1-mm period of 4 px or more (a close-up of a
    few leads); then, for
    pages outside the ranges, by the spectrum: a 1-mm fundamental has the
    5-mm lines' harmonics at f/5 ... 4f/5, a 5-mm fundamental the 1-mm lines' peak at 5f."""
    lo, hi = page_mm_range
    fits_minor = lo <= page_px * f <= hi
    fits_major = lo <= page_px * 5 * f <= hi
    sub = _peak(pn, df, f * np.arange(1, 5) / 5.0)
    beneath = float(sub.mean())
    above = float(_peak(pn, df, 5 * f)[0]) if 5 * f < 0.48 else 0.0
    if fits_major and not fits_minor and page_px * f < lo and float(sub.min()) >= 2 * _STRONG \
            and beneath > 3 * above and 1.0 / f >= 4.0:
        return f  # a close-up (a few leads): the 5-mm lines' peaks beneath f say that f is the 1-mm period
    if fits_minor != fits_major:
        return f if fits_minor else 5 * f
    if beneath >= _STRONG and beneath > above:
        return f
    return 5 * f


def _refine(pn: np.ndarray, df: float, f1: float) -> float:
    """Sub-bin estimate of the 1-mm frequency from its highest strong harmonic of the 5-mm period."""
    f5 = f1 / 5.0
    best_h, best_bin = 0, 0
    for h in range(1, 11):
        f = h * f5
        if f >= 0.48:
            break
        centre = f / df
        half = max(2, int(centre * 0.006))
        lo, hi = max(1, int(centre) - half), min(pn.size - 2, int(centre) + half)
        if hi <= lo:
            continue
        j = lo + int(np.argmax(pn[lo:hi + 1]))
        if pn[j] >= _STRONG:
            best_h, best_bin = h, j
    if not best_h:
        return f1
    y0, y1, y2 = np.log(pn[best_bin - 1: best_bin + 2] + 1e-12)
    denom = y0 - 2 * y1 + y2
    delta = 0.5 * (y0 - y2) / denom if denom < 0 else 0.0
    return (best_bin + float(np.clip(delta, -0.5, 0.5))) * df * 5.0 / best_h
