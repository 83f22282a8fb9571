"""Find the sheet of ECG paper in a photo: four corners, or None.

Paper is the large bright region: on a copy of at most 800 px, the brightness (max of R, G, B, so that
pink or green paper counts as bright) is closed with a kernel wider than the trace and the grid lines,
split by Otsu's threshold, and the largest bright component that does not swallow the whole frame is
kept. Its outline is reduced to a quadrilateral (Douglas-Peucker with a growing tolerance, else the
minimum-area rectangle); each side is then refitted to the outline points that lie along it (a robust
line fit), and adjacent sides are intersected, which places the corners to a fraction of a pixel of the
small copy even when the paper's corners are rounded or blurred.

``touches`` lists the image sides that the paper runs into (a side of the quad within 1.5 % of the
frame's edge): then that "edge" is the frame, not the paper, and the caller should not trust the quad
for perspective.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from pulse_desktop.core.imaging.resample import shrink, to_full

WORK_SIDE = 800
PREVIEW_SIDE = 400
MIN_AREA_FRACTION = 0.12  # the paper must cover at least this much of the frame
_BORDER_MARGIN = 0.015
OPENING_FRACTION = 0.035  # the bright mask is opened with a square this fraction of the frame wide

Corners = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class PaperQuad:
    corners: Corners  # TL, TR, BR, BL in the input image's pixel coordinates
    area_fraction: float  # quad area / image area
    fill: float  # bright-component area / quad area (1.0: the outline is exactly a quadrilateral)
    contrast: float  # paper brightness minus surround brightness, 0..255
    touches: tuple[str, ...]  # image sides the paper runs into: "top", "right", "bottom", "left"

    @property
    def whole_sheet_visible(self) -> bool:
        return not self.touches


def order_corners(pts: np.ndarray) -> np.ndarray:
    """Four points ordered TL, TR, BR, BL (by angle around their centroid, starting top-left)."""
    pts = np.asarray(pts, dtype=np.float64).reshape(4, 2)
    c = pts.mean(axis=0)
    ang = np.arctan2(pts[:, 1] - c[1], pts[:, 0] - c[0])
    pts = pts[np.argsort(ang)]  # clockwise on screen, starting from the left-most angle (-pi)
    start = int(np.argmin(pts.sum(axis=1)))  # top-left has the smallest x + y
    return np.roll(pts, -start, axis=0)


def detect_paper(rgb: np.ndarray, work_side: int = WORK_SIDE) -> PaperQuad | None:
    """The paper's quadrilateral in an RGB photo, or None when no sheet stands out from its surround."""
    small, levels = shrink(rgb, work_side)
    quad = _detect_small(small)
    if quad is None:
        return None
    pts = to_full(np.array(quad.corners), levels)
    return PaperQuad(tuple((float(x), float(y)) for x, y in pts), float(quad.area_fraction),  # type: ignore
                     float(quad.fill), float(quad.contrast), quad.touches)


def detect_paper_preview(frame_rgb: np.ndarray) -> PaperQuad | None:
    """A faster detection for live preview frames (works on a copy of at most 400 px)."""
    return detect_paper(frame_rgb, PREVIEW_SIDE)


def _detect_small(img: np.ndarray) -> PaperQuad | None:
    h, w = img.shape[:2]
    v = cv2.max(cv2.max(img[..., 0], img[..., 1]), img[..., 2])
    raw = v
    k = max(3, (round(max(h, w) * 0.012) | 1))
    v = cv2.morphologyEx(v, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    v = cv2.medianBlur(v, 5)
    _, mask = cv2.threshold(v, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    for _ in range(2):  # light falling off across the scene: divide it out, then split again
        if (mask > 0).all() or (mask == 0).all():
            return None
        v = _flatten_lighting(v, mask > 0)
        _, mask = cv2.threshold(v, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    if (mask > 0).all() or (mask == 0).all():
        return None
    bright = float(cv2.mean(v, mask=mask)[0])
    dark = float(cv2.mean(v, mask=cv2.bitwise_not(mask))[0])
    if bright - dark < 35:
        return None
    opening = max(k, round(max(h, w) * OPENING_FRACTION) | 1)  # cuts off thin bright things (a pen, a cable)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (opening, opening)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
    if n < 2:
        return None
    best = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    comp = (labels == best).astype(np.uint8)
    contours, _ = cv2.findContours(comp, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    contour = max(contours, key=cv2.contourArea)
    hull = cv2.convexHull(contour)
    area = float(cv2.contourArea(hull))
    if area < MIN_AREA_FRACTION * h * w or area > 0.985 * h * w:
        return None  # too small to be the sheet, or the "paper" is the whole frame
    coarse = _coarse_quad(hull)
    corners = _refine_corners(contour.reshape(-1, 2).astype(np.float64), coarse)
    if corners is None:
        corners = coarse
    quad_area = float(cv2.contourArea(corners.astype(np.float32)))
    if quad_area <= 0 or not cv2.isContourConvex(corners.astype(np.float32).reshape(-1, 1, 2)):
        return None
    fill = float(stats[best, cv2.CC_STAT_AREA]) / quad_area
    if fill < 0.85:
        return None  # the bright region is not a quadrilateral (a hand, a lamp, a crumpled sheet)
    touches = _touching_sides(corners, w, h)
    if not _edges_are_crisp(raw, corners, touches):
        return None  # a soft "edge" is a shadow or a fold across the sheet, not the sheet's edge
    return PaperQuad(tuple(map(tuple, corners)), quad_area / (h * w), min(fill, 1.0), bright - dark,  # type: ignore
                     touches)


def _edges_are_crisp(v: np.ndarray, corners: np.ndarray, touches: tuple[str, ...]) -> bool:
    """Every side inside the frame must be a sharp step from surround to paper: at least 60 % of the
    brightness change within 3 px of the fitted line (a shadow's penumbra spreads over tens of px)."""
    names = ("top", "right", "bottom", "left")
    offsets = np.arange(-8, 9, dtype=np.float32)
    vf = v.astype(np.float32)
    for i in range(4):
        if names[i] in touches:
            continue
        a, b = corners[i], corners[(i + 1) % 4]
        u = (b - a) / max(float(np.hypot(*(b - a))), 1e-9)
        n = np.array([-u[1], u[0]])  # points into the sheet for corners ordered TL, TR, BR, BL
        ts = np.linspace(0.15, 0.85, 24)
        base = a[None, :] + ts[:, None] * (b - a)[None, :]
        pts = base[:, None, :] + offsets[None, :, None] * n[None, None, :] - 0.5  # edge -> centre coords
        prof = cv2.remap(vf, pts[..., 0].astype(np.float32), pts[..., 1].astype(np.float32), cv2.INTER_LINEAR,
                         borderMode=cv2.BORDER_REPLICATE)
        prof = np.median(prof, axis=0)
        outside, inside = float(prof[:4].mean()), float(prof[-4:].mean())
        step = inside - outside
        if step < 15:
            return False
        if float(prof[8 + 3] - prof[8 - 3]) < 0.6 * step:
            return False
    return True


def _flatten_lighting(v: np.ndarray, paper: np.ndarray) -> np.ndarray:
    """Fit log-brightness = quadratic lighting + a paper/table step, and remove the lighting part."""
    h, w = v.shape
    step = max(1, min(h, w) // 120)
    ys, xs = np.mgrid[0:h:step, 0:w:step]
    x, y = xs.ravel() / w - 0.5, ys.ravel() / h - 0.5
    m = paper[::step, ::step].ravel().astype(np.float64)
    logv = np.log(v[::step, ::step].ravel().astype(np.float64) + 8.0)
    design = np.stack([np.ones_like(x), m, x, y, x * x, y * y, x * y], axis=1)
    coef = np.linalg.solve(design.T @ design + 1e-9 * np.eye(7), design.T @ logv)
    gy, gx = np.meshgrid(np.linspace(-0.5, 0.5, 33), np.linspace(-0.5, 0.5, 33), indexing="ij")
    light = coef[2] * gx + coef[3] * gy + coef[4] * gx * gx + coef[5] * gy * gy + coef[6] * gx * gy
    gain = cv2.resize(np.exp(-light).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    out = (v.astype(np.float32) + 8.0) * gain - 8.0
    return np.clip(out * (255.0 / max(float(out.max()), 1.0)), 0, 255).astype(np.uint8)


def _coarse_quad(hull: np.ndarray) -> np.ndarray:
    peri = cv2.arcLength(hull, True)
    for eps in (0.01, 0.02, 0.03, 0.045, 0.06, 0.08):
        approx = cv2.approxPolyDP(hull, eps * peri, True)
        if len(approx) == 4:
            return order_corners(approx.reshape(4, 2))
    return order_corners(cv2.boxPoints(cv2.minAreaRect(hull)))


def _refine_corners(points: np.ndarray, coarse: np.ndarray) -> np.ndarray | None:
    """Refit each side to the outline points near it, then intersect neighbouring sides."""
    lines = []
    for i in range(4):
        a, b = coarse[i], coarse[(i + 1) % 4]
        d = b - a
        length = float(np.hypot(*d))
        if length < 8:
            return None
        u = d / length
        n = np.array([-u[1], u[0]])
        rel = points - a
        t = rel @ u
        dist = np.abs(rel @ n)
        near = (t > 0.1 * length) & (t < 0.9 * length) & (dist < max(2.0, 0.02 * length))
        if near.sum() < 10:
            return None
        vx, vy, x0, y0 = cv2.fitLine(points[near].astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
        # outline points are the centres of the outermost paper pixels: the edge lies half a pixel outwards
        lines.append((np.array([x0, y0], np.float64) - 0.5 * n, np.array([vx, vy], np.float64)))
    out = []
    for i in range(4):
        p = _intersect(lines[(i - 1) % 4], lines[i])
        if p is None or np.hypot(*(p - coarse[i])) > 0.1 * max(np.ptp(coarse, axis=0)):
            return None
        out.append(p)
    return np.array(out)


def _intersect(l1: tuple[np.ndarray, np.ndarray], l2: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    (p, r), (q, s) = l1, l2
    den = r[0] * s[1] - r[1] * s[0]
    if abs(den) < 1e-9:
        return None
    t = ((q - p)[0] * s[1] - (q - p)[1] * s[0]) / den
    return p + t * r


def _touching_sides(corners: np.ndarray, w: int, h: int) -> tuple[str, ...]:
    mx, my = _BORDER_MARGIN * w, _BORDER_MARGIN * h
    sides = []
    for name, hit in (
        ("top", lambda p: p[1] <= my),
        ("right", lambda p: p[0] >= w - mx),
        ("bottom", lambda p: p[1] >= h - my),
        ("left", lambda p: p[0] <= mx),
    ):
        if sum(bool(hit(p)) for p in corners) >= 2:
            sides.append(name)
    return tuple(sides)
