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

A sheet that runs off the frame often still shows a stretch of each of its four sides (a sheet turned on
the table with its corners cut off, or held close). Then the outline is cut where it runs along the
frame's border, each remaining piece is split into straight stretches (Douglas-Peucker), a line is
fitted to each stretch (collinear neighbours merged) and, when exactly four lines remain, meeting at
corners of 45-135 degrees, neighbouring lines are intersected: the corners may lie outside the frame.
Such a quad is kept when each side is crisp where it is seen, the bright region fills the part of the
quad inside the frame and at least half the sheet is in the frame; ``edges_seen`` is then true although
``touches`` names the sides the sheet runs into.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from pulse_desktop.core.imaging.resample import shrink, to_full

WORK_SIDE = 800
PREVIEW_SIDE = 400
MIN_AREA_FRACTION = 0.12  # the paper must cover at least this much of the frame
_BORDER_MARGIN = 0.015
OPENING_FRACTION = 0.035  # the bright mask is opened with a square this fraction of the frame wide
OFF_FRAME_MIN_SIDE = 0.06  # a sheet running off the frame: each side seen along this fraction of the frame ...
OFF_FRAME_MIN_SEEN = 0.5  # ... this fraction of the sheet inside the frame ...
OFF_FRAME_REACH = 0.5  # ... and no corner further off the frame than this fraction of its size
OFF_FRAME_MAX_COS = math.cos(math.radians(45.0))  # neighbouring sides meet at 45-135 degrees

Corners = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class PaperQuad:
    corners: Corners  # TL, TR, BR, BL in the input image's pixel coordinates
    area_fraction: float  # quad area / image area
    fill: float  # bright-component area / quad area (1.0: the outline is exactly a quadrilateral)
    contrast: float  # paper brightness minus surround brightness, 0..255
    touches: tuple[str, ...]  # image sides the paper runs into: "top", "right", "bottom", "left"
    edges_seen: bool = False  # the quad's four sides are the sheet's own edges (corners may lie off the frame)

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
                     float(quad.fill), float(quad.contrast), quad.touches, quad.edges_seen)


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
    comp = cv2.drawContours(np.zeros_like(comp), [contour], -1, 1, thickness=cv2.FILLED)  # a shadow inside is paper
    hull = cv2.convexHull(contour)
    area = float(cv2.contourArea(hull))
    if area < MIN_AREA_FRACTION * h * w or area > 0.985 * h * w:
        return None  # too small to be the sheet, or the "paper" is the whole frame
    off_frame = _sheet_off_frame(raw, comp, contour.reshape(-1, 2), bright - dark)
    if off_frame is not None:
        return off_frame
    coarse = _coarse_quad(hull)
    corners = _refine_corners(contour.reshape(-1, 2).astype(np.float64), coarse)
    if corners is None:
        corners = coarse
    quad_area = float(cv2.contourArea(corners.astype(np.float32)))
    if quad_area <= 0 or not cv2.isContourConvex(corners.astype(np.float32).reshape(-1, 1, 2)):
        return None
    fill = float(cv2.countNonZero(comp)) / quad_area
    if fill < 0.85:
        return None  # the bright region is not a quadrilateral (a hand, a lamp, a crumpled sheet)
    touches = _touching_sides(corners, w, h)
    if not _edges_are_crisp(raw, corners, touches):
        return None  # a soft "edge" is a shadow or a fold across the sheet, not the sheet's edge
    return PaperQuad(tuple(map(tuple, corners)), quad_area / (h * w), min(fill, 1.0), bright - dark,  # type: ignore
                     touches, not touches)


def _edges_are_crisp(v: np.ndarray, corners: np.ndarray, touches: tuple[str, ...]) -> bool:
    """Every side inside the frame must be a sharp step from surround to paper: at least 60 % of the
    brightness change within 3 px of the fitted line (a shadow's penumbra spreads over tens of px).
    A side whose corners lie off the frame is looked at where it is seen."""
    names = ("top", "right", "bottom", "left")
    offsets = np.arange(-8, 9, dtype=np.float32)
    vf = v.astype(np.float32)
    for i in range(4):
        if names[i] in touches:
            continue
        a, b = corners[i], corners[(i + 1) % 4]
        u = (b - a) / max(float(np.hypot(*(b - a))), 1e-9)
        n = np.array([-u[1], u[0]])  # points into the sheet for corners ordered TL, TR, BR, BL
        seen = _span_in_frame(a, b, v.shape[1], v.shape[0])
        if seen is None:
            return False
        ts = seen[0] + np.linspace(0.15, 0.85, 24) * (seen[1] - seen[0])
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


def _sheet_off_frame(v: np.ndarray, comp: np.ndarray, outline: np.ndarray, contrast: float) -> PaperQuad | None:
    """The whole sheet's quad from its four sides seen inside the frame, when the sheet runs off the frame
    (see the module's docstring); None when it does not, or when its four sides are not all seen."""
    h, w = comp.shape
    lines = _frame_free_sides(outline.astype(np.float64), w, h)
    if lines is None:
        return None
    corners = []
    for i in range(4):
        (_, d1), (_, d2) = lines[i - 1], lines[i]
        if abs(float(d1 @ d2)) > OFF_FRAME_MAX_COS:
            return None  # neighbouring sides must meet at 45-135 degrees
        p = _intersect(lines[i - 1], lines[i])
        if p is None:
            return None
        corners.append(p)
    quad = order_corners(np.array(corners))
    if (quad < -OFF_FRAME_REACH * np.array([w, h])).any() or (quad > (1 + OFF_FRAME_REACH) * np.array([w, h])).any():
        return None
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return None
    inside = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(inside, np.round(quad * 16 - 8).astype(np.int32), 1, shift=4)
    seen_area, quad_area = float(inside.sum()), float(cv2.contourArea(quad.astype(np.float32)))
    if seen_area < OFF_FRAME_MIN_SEEN * quad_area or seen_area < MIN_AREA_FRACTION * h * w:
        return None  # most of the sheet is outside the picture: its corners are guesses
    paper = float(cv2.countNonZero(comp & inside))
    if paper < 0.9 * seen_area or float(cv2.countNonZero(comp)) - paper > 0.05 * paper:
        return None  # the bright region is not this quadrilateral
    if not _edges_are_crisp(v, quad, ()):
        return None
    touches = tuple(name for name, edge in (("top", comp[0]), ("right", comp[:, -1]), ("bottom", comp[-1]),
                                            ("left", comp[:, 0])) if edge.any())
    return PaperQuad(tuple(map(tuple, quad)), quad_area / (h * w), min(paper / seen_area, 1.0), contrast,  # type: ignore
                     touches, True)


def _frame_free_sides(outline: np.ndarray, w: int, h: int) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """The straight sides of an outline that runs along the frame's border, fitted where it does not, in
    the outline's order: exactly four (point, unit direction) lines, else None."""
    on_frame = (outline[:, 0] <= 1) | (outline[:, 0] >= w - 2) | (outline[:, 1] <= 1) | (outline[:, 1] >= h - 2)
    if not on_frame.any() or on_frame.all():
        return None
    start = int(np.argmax(on_frame))  # start on the border: each piece off it is then contiguous
    outline, on_frame = np.roll(outline, -start, axis=0), np.roll(on_frame, -start)
    edges = np.flatnonzero(np.diff(on_frame.astype(np.int8)))
    if not on_frame[-1]:
        edges = np.r_[edges, len(outline) - 1]  # the last piece runs to the end
    min_len = OFF_FRAME_MIN_SIDE * min(w, h)
    pieces: list[np.ndarray] = []
    for a, b in zip(edges[::2] + 1, edges[1::2] + 1, strict=False):
        pieces += _straight_stretches(outline[a:b], min_len, 0.01 * max(w, h))
    merged: list[np.ndarray] = []
    for pts in pieces:  # a side interrupted (a thumb, the frame's corner) is one side
        if merged and _collinear(merged[-1], pts, 0.01 * max(w, h)):
            merged[-1] = np.concatenate([merged[-1], pts])
        else:
            merged.append(pts)
    if len(merged) > 1 and _collinear(merged[-1], merged[0], 0.01 * max(w, h)):
        merged[0] = np.concatenate([merged.pop(), merged[0]])
    if len(merged) != 4:
        return None
    centre = outline.mean(axis=0)
    lines = []
    for pts in merged:  # outline points are the outermost paper pixels' centres: the edge is half a px out
        p, d = _fit_line(pts)
        normal = np.array([-d[1], d[0]])
        lines.append((p - 0.5 * normal * np.sign(float((centre - p) @ normal)), d))
    return lines


def _straight_stretches(chain: np.ndarray, min_len: float, eps: float) -> list[np.ndarray]:
    """The outline points of each straight stretch at least ``min_len`` long in an open chain of points
    (its middle 80 %, within 2 % of its length of the chord)."""
    if len(chain) < 2:
        return []
    approx = cv2.approxPolyDP(chain.reshape(-1, 1, 2).astype(np.float32), eps, False).reshape(-1, 2)
    out = []
    for a, b in zip(approx[:-1], approx[1:], strict=True):
        d = (b - a).astype(np.float64)
        length = float(np.hypot(*d))
        if length < min_len:
            continue
        u = d / length
        rel = chain - a
        t, dist = rel @ u, np.abs(rel @ np.array([-u[1], u[0]]))
        near = (t > 0.1 * length) & (t < 0.9 * length) & (dist < max(2.0, 0.02 * length))
        if near.sum() >= 10:
            out.append(chain[near])
    return out


def _fit_line(pts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    vx, vy, x0, y0 = cv2.fitLine(pts.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    return np.array([x0, y0], np.float64), np.array([vx, vy], np.float64)


def _collinear(a: np.ndarray, b: np.ndarray, tol: float) -> bool:
    """Do two stretches of outline lie on one line (within 3 degrees and ``tol`` px)?"""
    (pa, da), (pb, db) = _fit_line(a), _fit_line(b)
    normal = np.array([-da[1], da[0]])
    return abs(float(da @ db)) >= math.cos(math.radians(3.0)) and abs(float((pb - pa) @ normal)) <= tol


def _span_in_frame(a: np.ndarray, b: np.ndarray, w: int, h: int, margin: float = 3.0) -> tuple[float, float] | None:
    """The part (t0, t1 along a -> b, 0..1) of a segment that lies inside the frame less ``margin``."""
    t0, t1 = 0.0, 1.0
    d = b - a
    for p, q in ((-d[0], a[0] - margin), (d[0], w - margin - a[0]), (-d[1], a[1] - margin), (d[1], h - margin - a[1])):
        if abs(p) < 1e-12:
            if q < 0:
                return None
            continue
        r = q / p
        t0, t1 = (max(t0, r), t1) if p < 0 else (t0, min(t1, r))
    return (t0, t1) if t1 - t0 > 1e-3 else None


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
