"""The measurements behind the quality gate (levels and messages live in :mod:`quality`).

All of them run on the straightened picture; see docs/image-quality.md for what each number means.
"""

from __future__ import annotations

import cv2
import numpy as np

from pulse_desktop.core.imaging.grid_scale import grid_signal
from pulse_desktop.core.imaging.illumination import PaperLight
from pulse_desktop.core.imaging.resample import shrink
from pulse_desktop.core.imaging.trace_detect import TraceMeasure, close_up_trace
from pulse_desktop.core.imaging.trace_detect import measure_trace as _measure_trace

_SHARP_TILE = 192  # full-resolution tiles on which the edge spread is measured
_SHARP_TILES = 8


def darkness(rgb: np.ndarray) -> np.ndarray:
    """Per pixel, the lighter of luma and red relative to the paper's (90th percentile), as uint8 (255 =
    paper). Trace and text are dark in both; a red or pink grid line is dark in luma only."""
    luma = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    red = np.ascontiguousarray(rgb[..., 0])
    paper = max(float(np.percentile(luma[::5, ::5], 90)), 1.0)
    paper_red = max(float(np.percentile(red[::5, ::5], 90)), 1.0)
    return cv2.max(cv2.convertScaleAbs(luma, alpha=255.0 / paper), cv2.convertScaleAbs(red, alpha=255.0 / paper_red))


def dark_mask(rgb: np.ndarray, level: float = 0.6) -> np.ndarray:
    """Pixels darker than ``level`` of the paper in luma and in red (uint8 0/1)."""
    return (darkness(rgb) < 255 * level).view(np.uint8)


__all__ = ["close_up_trace"]  # re-exported for the quality gate


def measure_trace(rgb: np.ndarray, px_per_mm: float | None = None) -> TraceMeasure:
    """How much ECG-like trace there is (trace_detect.measure_trace: independent of the grid's colour)."""
    return _measure_trace(rgb, px_per_mm)


def blur_sigma_px(rgb: np.ndarray) -> float:
    """Gaussian blur (sigma, in pixels of ``rgb``) that explains the sharpest dark edges.

    On full-resolution tiles with the most trace, the edge spread is contrast / steepest gradient; a
    perfectly sharp, pixel-sampled edge spreads over about 2 px and a Gaussian blur adds 2.5 sigma
    (in quadrature). Returns 0.0 when there are no dark edges to measure."""
    h, w = rgb.shape[:2]
    small, levels = shrink(rgb, 600)
    dens = cv2.blur(dark_mask(small).astype(np.float32), (9, 9))  # where the trace and text are
    f = 2 ** levels
    t = _SHARP_TILE
    candidates: list[tuple[float, int, int]] = []
    step = max(1, t // f)
    for sy in range(0, max(1, dens.shape[0] - step + 1), step):
        for sx in range(0, max(1, dens.shape[1] - step + 1), step):
            candidates.append((float(dens[sy:sy + step, sx:sx + step].mean()), sy * f, sx * f))
    candidates.sort(reverse=True)
    spreads = []
    for d, y, x in candidates[:_SHARP_TILES]:
        if d <= 0.002:
            break
        tile = cv2.cvtColor(rgb[y:min(h, y + t), x:min(w, x + t)], cv2.COLOR_RGB2GRAY).astype(np.float32)
        if tile.shape[0] < 16 or tile.shape[1] < 16:
            continue
        gx = cv2.Sobel(tile, cv2.CV_32F, 1, 0, ksize=3) / 8.0
        gy = cv2.Sobel(tile, cv2.CV_32F, 0, 1, ksize=3) / 8.0
        grad = float(np.percentile(np.hypot(gx, gy), 99.7))
        lo, hi = np.percentile(tile, [0.5, 95])
        if hi - lo < 40 or grad <= 1e-3:
            continue
        spreads.append((hi - lo) / grad)
    if not spreads:
        return 0.0
    spread = float(np.median(spreads))
    return float(np.sqrt(max(0.0, spread ** 2 - 2.0 ** 2)) / 2.5)


def glare_fraction(rgb: np.ndarray, light: PaperLight, channel: str = "red") -> float:
    """Share of the grid area washed out by a reflection.

    A reflection is light the paper throws back like a mirror: it must be *brighter than the paper* in
    the light map (6 % and 12 levels above the paper's median), reach near-saturation somewhere (a
    specular highlight: 25 levels above the paper or 250), and the grid's local contrast must be mostly
    gone there (under 35 % of its typical value). Only the box spanned by the rows and columns that are
    mostly grid counts, so white margins and header text are never glare. Paper already at full white (a
    flatbed scan, a screenshot) cannot show a reflection brighter than itself: a white patch there is a
    gap in the print, not glare, and counts nothing."""
    bg = light.background
    level = cv2.max(cv2.max(bg[..., 0], bg[..., 1]), bg[..., 2]).astype(np.float32)
    paper = light.median_level
    if paper >= 243.0:
        return 0.0
    bright = level >= max(1.06 * paper, paper + 12.0)
    if not bright.any():
        return 0.0
    small, _ = shrink(rgb, 4 * max(bg.shape[:2]))
    sig = grid_signal(small, channel)
    k = np.ones((7, 7), np.uint8)
    contrast: np.ndarray = cv2.dilate(sig, k) - cv2.erode(sig, k)
    contrast = cv2.resize(cv2.blur(contrast, (9, 9)), (bg.shape[1], bg.shape[0]), interpolation=cv2.INTER_AREA)
    rich = contrast >= 0.5 * float(np.median(contrast))
    rows = np.nonzero(rich.mean(axis=1) >= 0.5)[0]  # rows and columns mostly covered by grid
    cols = np.nonzero(rich.mean(axis=0) >= 0.5)[0]
    if rows.size < 4 or cols.size < 4:
        return 0.0
    y0, y1, x0, x1 = rows[0], rows[-1], cols[0], cols[-1]
    inner = np.zeros_like(rich)
    inner[y0:y1 + 1, x0:x1 + 1] = True
    typical = float(np.median(contrast[inner]))
    washed: np.ndarray = (bright & inner & (contrast < 0.35 * max(typical, 1e-3))).astype(np.uint8)
    washed = cv2.morphologyEx(washed, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))  # blobs, not speckles
    n, labels = cv2.connectedComponents(washed)
    if n < 2:
        return 0.0
    peak = np.zeros(n, np.float32)
    np.maximum.at(peak, np.asarray(labels, np.intp).ravel(), level.ravel())
    specular = peak >= min(250.0, paper + 25.0)
    specular[0] = False
    return float(specular[labels].sum()) / float(inner.sum())


def is_blank(rgb: np.ndarray, contrast: float = 0.12) -> bool:
    """Nothing on the picture: its darkest marks (0.1st percentile, after a light blur against noise) are
    within ``contrast`` of the paper's brightness (90th percentile). A white page, a wall, a black frame."""
    small, _ = shrink(rgb, 800)
    grey = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), (0, 0), 1.0)
    h, w = grey.shape
    m = max(1, round(0.03 * min(h, w)))
    inner = grey[m:-m, m:-m] if h > 2 * m + 4 and w > 2 * m + 4 else grey
    paper, darkest = np.percentile(inner, [90, 0.1])
    return bool(paper < 8.0 or paper - darkest < contrast * paper)
