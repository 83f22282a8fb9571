"""Perspective from the grid lines themselves, for photos in which the paper's edges are not all visible.

The grid's horizontal lines meet at one vanishing point and its vertical lines at another (at infinity
when the camera was parallel to the paper). The line angles are measured tile by tile (a 4 x 3 layout,
with :func:`grid_angle.line_angle`), each tile giving a line through its centre; each family's vanishing
point is the least-squares meeting point of its lines (the null vector of the stacked line equations).
The homography that sends the two vanishing points to the x and y directions makes both families
axis-parallel; it is scaled to keep one output pixel per input pixel at the image centre. What is left,
the ratio of x to y scale, is set afterwards from the grid's period in each direction.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pulse_desktop.core.imaging.grid_angle import line_angle
from pulse_desktop.core.imaging.grid_scale import grid_signal
from pulse_desktop.core.imaging.resample import shrink

WORK_SIDE = 1200
TILES = (4, 3)  # columns, rows
MIN_TILE_CONTRAST = 6.0  # a tile's coherent-energy ratio must reach this to count
#: Local line angles that differ by less than this (degrees, across the image) are a plain rotation.
PERSPECTIVE_SPREAD_DEG = 0.5
#: ... and the vanishing points must explain them this many times better (RMS) than a plain rotation does.
MIN_FIT_GAIN = 1.6
#: A vanishing-point fit whose angles miss the measured ones by more than this (RMS, degrees) is not a
#: perspective (a curled sheet, a mis-measured tile): then only the rotation is corrected.
MAX_FIT_RMS_DEG = 0.8
#: Tiles more than this many degrees from their family's median angle (for the rotation) or from the
#: first vanishing-point fit (for the perspective) are dropped as mis-measured.
OUTLIER_DEG = 1.5
#: Horizontal and vertical lines turned differently by more than this: no trustworthy grid.
MAX_FAMILY_DISAGREEMENT_DEG = 4.0


@dataclass(frozen=True)
class LineSample:
    x: float  # tile centre, input pixels
    y: float
    angle_deg: float  # the line's angle (for vertical lines: the rotation they show)
    weight: float


@dataclass(frozen=True)
class GridPerspective:
    horizontal: tuple[LineSample, ...]
    vertical: tuple[LineSample, ...]
    rotation_deg: float  # weighted mean over both families
    spread_deg: float  # largest max-min of the local angles within a family
    fit_rms_deg: float  # how well two vanishing points explain the local angles (inf when not fitted)
    homography: tuple[tuple[float, ...], ...] | None  # input -> axis-aligned, 1 px/px at the centre

    const_rms_deg: float = float("inf")  # RMS of the local angles about each family's mean (no perspective)

    @property
    def is_perspective(self) -> bool:
        """Angles that spread and that two vanishing points explain clearly better than one rotation."""
        return self.homography is not None and self.spread_deg >= PERSPECTIVE_SPREAD_DEG \
            and self.fit_rms_deg <= MAX_FIT_RMS_DEG and self.fit_rms_deg * MIN_FIT_GAIN <= self.const_rms_deg


def measure_grid_perspective(rgb: np.ndarray, channel: str = "red") -> GridPerspective | None:
    """Local grid angles and, when they converge, the rectifying homography. None: too little grid."""
    h, w = rgb.shape[:2]
    small, levels = shrink(rgb, WORK_SIDE)
    s = 0.5 ** levels
    sig = grid_signal(small, channel)
    sh, sw = sig.shape
    cols, rows = TILES
    hs: list[LineSample] = []
    vs: list[LineSample] = []
    for r in range(rows):
        for c in range(cols):
            y0, y1 = r * sh // rows, (r + 1) * sh // rows
            x0, x1 = c * sw // cols, (c + 1) * sw // cols
            tile = sig[y0:y1, x0:x1]
            cx, cy = (x0 + x1) / 2 / s, (y0 + y1) / 2 / s
            ah, ch = line_angle(tile.T)
            av, cv = line_angle(tile)
            if ch >= MIN_TILE_CONTRAST:
                hs.append(LineSample(cx, cy, ah, ch))
            if cv >= MIN_TILE_CONTRAST:
                vs.append(LineSample(cx, cy, -av, cv))
    hom, rms, const, spread = None, float("inf"), float("inf"), 0.0
    vh, hk = _robust_vanishing_point(hs, vertical=False)
    vv, vk = _robust_vanishing_point(vs, vertical=True)
    if vh is not None and vv is not None:
        rms = float(np.sqrt(np.mean([_angle_miss(t, vh, False) ** 2 for t in hk] +
                                    [_angle_miss(t, vv, True) ** 2 for t in vk])))
        const = float(np.sqrt(np.mean([(t.angle_deg - np.mean([u.angle_deg for u in fam])) ** 2
                                       for fam in (hk, vk) for t in fam])))
        spread = max(np.ptp([t.angle_deg for t in hk]), np.ptp([t.angle_deg for t in vk]))
        hom = _rectifying_homography(vh, vv, np.array([w / 2.0, h / 2.0]))
    hs_rot, vs_rot = _inliers(hs), _inliers(vs)
    if len(hs_rot) >= 2 and len(vs_rot) >= 2 and \
            abs(_median_angle(hs_rot) - _median_angle(vs_rot)) <= MAX_FAMILY_DISAGREEMENT_DEG:
        weights = np.log(np.array([t.weight for t in hs_rot + vs_rot]))
        rotation = float(np.average([t.angle_deg for t in hs_rot + vs_rot], weights=weights))
        if hom is None:
            spread = max(np.ptp([t.angle_deg for t in hs_rot]), np.ptp([t.angle_deg for t in vs_rot]))
    elif hom is not None and len(hk) >= 2 and len(vk) >= 2:
        rotation = 0.5 * (_median_angle(hk) + _median_angle(vk))  # a strong perspective: no common angle
    else:
        return None  # too few consistent tiles, or the two families disagree: no grid we can trust
    result = GridPerspective(tuple(hs), tuple(vs), rotation, float(spread), rms,
                             None if hom is None else tuple(tuple(float(v) for v in row) for row in hom),
                             const)
    return result


def _robust_vanishing_point(
    samples: list[LineSample], vertical: bool
) -> tuple[np.ndarray | None, list[LineSample]]:
    """Fit, drop the tiles that miss the fit by more than OUTLIER_DEG, fit again (four tiles at least)."""
    if len(samples) < 4:
        return None, samples
    vp = _vanishing_point(samples, vertical)
    keep = [t for t in samples if _angle_miss(t, vp, vertical) <= OUTLIER_DEG]
    if len(keep) < 4:
        return None, keep
    return (_vanishing_point(keep, vertical) if len(keep) < len(samples) else vp), keep


def _median_angle(samples: list[LineSample]) -> float:
    return float(np.median([t.angle_deg for t in samples]))


def _inliers(samples: list[LineSample]) -> list[LineSample]:
    """Tiles whose angle is within OUTLIER_DEG of the family's median (trace or text fooled the others)."""
    if not samples:
        return samples
    med = _median_angle(samples)
    return [t for t in samples if abs(t.angle_deg - med) <= OUTLIER_DEG]


def _direction(t: LineSample, vertical: bool) -> np.ndarray:
    a = np.radians(t.angle_deg)
    return np.array([-np.sin(a), np.cos(a)]) if vertical else np.array([np.cos(a), np.sin(a)])


def _vanishing_point(samples: list[LineSample], vertical: bool) -> np.ndarray:
    """Homogeneous meeting point of the sampled lines (least squares; at infinity for parallel lines)."""
    scale = max(max(abs(t.x), abs(t.y)) for t in samples)  # solve in coordinates of order 1
    rows = []
    for t in samples:
        d = _direction(t, vertical)
        px, py = t.x / scale, t.y / scale
        rows.append(np.array([-d[1], d[0], d[1] * px - d[0] * py]) * np.log(t.weight))
    v = np.linalg.svd(np.array(rows))[2][-1]
    v = np.array([v[0] * scale, v[1] * scale, v[2]])
    return v / np.linalg.norm(v)


def _angle_miss(t: LineSample, vp: np.ndarray, vertical: bool) -> float:
    """Degrees between the measured line direction and the direction towards the vanishing point."""
    to_vp = vp[:2] - vp[2] * np.array([t.x, t.y])
    d = _direction(t, vertical)
    cross = d[0] * to_vp[1] - d[1] * to_vp[0]
    return float(np.degrees(np.arctan2(abs(cross), abs(d @ to_vp))))


def _rectifying_homography(vh: np.ndarray, vv: np.ndarray, centre: np.ndarray) -> np.ndarray | None:
    uh = vh[:2] - vh[2] * centre
    uv = vv[:2] - vv[2] * centre
    if np.linalg.norm(uh) < 1e-12 or np.linalg.norm(uv) < 1e-12:
        return None
    alpha = np.sign(uh[0]) / np.linalg.norm(uh)
    beta = np.sign(uv[1]) / np.linalg.norm(uv)
    inv = np.column_stack([alpha * vh, beta * vv, np.array([centre[0], centre[1], 1.0])])
    if abs(np.linalg.det(inv)) < 1e-15:
        return None
    hom = np.linalg.inv(inv)
    return hom / hom[2, 2]
