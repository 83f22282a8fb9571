"""Straighten a picture of an ECG into what the model was trained on: fronto-parallel, evenly lit paper.

How the method is chosen (documented in docs/image-quality.md):

1. ``manual``: the user gave four corners; the quadrilateral they enclose is mapped to a rectangle.
2. ``paper``: the whole sheet stands out from its surround (:mod:`paper_detect`) and none of its sides
   runs into the frame's edge: its quadrilateral is mapped to a rectangle.
3. ``grid``: otherwise, when the grid's local line angles converge to two vanishing points
   (:mod:`grid_perspective`) with a spread of 0.5 degrees or more, explained 1.6 times better by two
   vanishing points than by one rotation, the homography that makes both line
   families axis-parallel is applied and the whole frame is kept.
4. ``rotated``: when they are parallel but turned by 0.5 degrees or more, the picture is rotated.
5. ``unchanged``: otherwise: a clean scan or render is never resampled.

A sheet that runs off the frame but shows a stretch of each of its four sides (:mod:`paper_detect`: its
corners off the frame are where those sides meet) is straightened from its grid as above first; when
that leaves it unchanged, or its grid then reads weaker than SIDES_OVER_GRID (a faint grid, a deep
shadow, a keystone the grid's tiles could not measure), its quadrilateral is mapped to a rectangle
instead (method ``paper``; what lies outside the frame is filled with the paper's colour).

Then a sideways or upside-down page is turned (:mod:`orientation`, from the trace's direction and its
QRS spikes): ``turn`` says by how many degrees, clockwise, so that a window can show it and undo it
(call again with ``turn=0``). A picture only turned has the method ``turned``.

After a warp (1-3) the output's aspect is set so that grid squares are square (the grid period measured
in x and in y on a small copy); with no measurable grid, an output within 6 % of US Letter or A4 is snapped
to that page's aspect. Lighting is evened out (:mod:`illumination`) for photographs (methods 1-3) and for
any picture whose paper is unevenly lit or dim. Pixels per millimetre are measured on the result.

All corner coordinates are pixel-edge coordinates: (0, 0) is the top-left corner of the top-left pixel,
(W, H) the bottom-right corner of the image.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import cv2
import numpy as np
from PIL import Image

from pulse_desktop.core.imaging.grid_angle import dominant_line_angle
from pulse_desktop.core.imaging.grid_perspective import measure_grid_perspective
from pulse_desktop.core.imaging.grid_scale import GridScale, estimate_grid_scale
from pulse_desktop.core.imaging.illumination import PaperLight, estimate_paper_light, even_out_lighting
from pulse_desktop.core.imaging.orientation import assess_orientation
from pulse_desktop.core.imaging.paper_detect import Corners, PaperQuad, detect_paper, order_corners
from pulse_desktop.core.imaging.trace_detect import TraceMeasure

MIN_ROTATION_DEG = 0.5
MAX_OUTPUT_SIDE = 3000  # about 10 px/mm over a Letter page: more adds nothing the model or the checks use
ASPECT_TOLERANCE = 0.005  # squares within 0.5 % of square are left alone
PAGE_ASPECTS = {"US Letter": 279.4 / 215.9, "A4": 297.0 / 210.0}
_SNAP_TOLERANCE = 0.06
SHEET_EXACT = 0.03  # a whole sheet within 3 % of Letter or A4 is left as the grid makes it ...
SHEET_SNAP = 0.20  # ... and one within 20 % is set to that page's aspect
SHEET_FORESHORTENING = 0.12  # a whole sheet's edges give its aspect to this; a grid saying more is misread
SHEET_SQUARE_ON = 0.08  # ... and to a few % when its opposite sides differ by at most this (little perspective)
STEEP_MIN_DEG = 8.0  # left unchanged, but the lines are turned by this much or more: turn back by that first
STEEP_GRID_STRENGTH = 5.0  # ... and keep it when a grid (this comb score) shows once turned back
SIDES_OVER_GRID = 10.0  # a sheet off the frame, its four sides seen: they decide when the grid reads weaker

Matrix = tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]


@dataclass(frozen=True, eq=False)
class Straightened:
    image: Image.Image  # RGB, the picture the model will see
    method: str  # "unchanged", "rotated", "grid", "paper" or "manual"
    corners: Corners  # where the output's corners lie in the original (TL, TR, BR, BL)
    homography: Matrix  # original -> output, pixel-edge coordinates
    grid: GridScale  # grid period measured on the output
    light: PaperLight  # the paper's lighting before correction (shading and glare are read from it)
    lighting_corrected: bool
    paper: PaperQuad | None  # the sheet found in the original, if any
    notes: tuple[str, ...] = ()
    pixels: np.ndarray | None = field(default=None, repr=False)  # ``image`` as an array (read-only)
    turn: int = 0  # clockwise degrees (0, 90, 180, 270) the page was turned to be the right way up
    trace: TraceMeasure | None = field(default=None, repr=False)  # the trace on ``image`` at grid.px_per_mm
    turn_sure: bool = True  # False: a sideways page turned to run across, which way up a guess (orientation.py)
    maybe_upside_down: bool = False  # not turned, but the weaker cues lean to upside down (said in the notes)

    @property
    def array(self) -> np.ndarray:
        return self.pixels if self.pixels is not None else np.asarray(self.image)

    @property
    def px_per_mm(self) -> float | None:
        return self.grid.px_per_mm

    @property
    def changed(self) -> bool:
        return self.method != "unchanged" or self.lighting_corrected or bool(self.turn)


def straighten(
    image: Image.Image | np.ndarray, corners: Sequence[Sequence[float]] | None = None, turn: int | None = None
) -> Straightened:
    """Straighten an RGB picture of ECG paper; ``corners`` (four x, y points in the original, any order)
    overrides the automatic detection; ``turn`` (clockwise degrees: 0, 90, 180, 270) overrides the
    automatic orientation (0: do not turn)."""
    if turn is not None and turn % 360 not in (0, 90, 180, 270):
        raise ValueError("turn must be 0, 90, 180 or 270 degrees")
    rgb = np.ascontiguousarray(np.asarray(image.convert("RGB") if isinstance(image, Image.Image) else image))
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
        raise ValueError("straighten expects an 8-bit RGB image")
    h, w = rgb.shape[:2]
    notes: list[str] = []
    paper: PaperQuad | None = None
    grid_in: GridScale | None = None
    fill = _paper_colour(rgb)
    if corners is not None:
        quad = validate_corners(corners, w, h)
        hom, size, method = *_quad_to_rect(quad), "manual"
    else:
        paper = detect_paper(rgb)
        if paper is not None and paper.whole_sheet_visible:
            hom, size, method = *_quad_to_rect(np.array(paper.corners)), "paper"
        else:
            grid_in = estimate_grid_scale(rgb)
            hom, size, method = _from_grid(rgb, grid_in.channel)
            if method == "unchanged":
                steep = _from_steep_grid(rgb, fill, grid_in.strength)  # turned beyond the angle search
                if steep is not None:
                    (hom, size, method), grid_in = steep, None
            if paper is not None and method != "unchanged":
                notes.append("The sheet runs off the picture; it was straightened from its grid lines.")
    out = rgb if method == "unchanged" else _warp(rgb, hom, size, fill)
    grid = grid_in if method == "unchanged" and grid_in is not None else estimate_grid_scale(out)
    if paper is not None and not paper.whole_sheet_visible and paper.edges_seen and \
            (method == "unchanged" or grid.strength < SIDES_OVER_GRID):
        # the grid left the sheet as it was, or straightened it to a grid that cannot be read: its sides decide
        hom, size, method = *_quad_to_rect(np.array(paper.corners)), "paper"
        notes = ["The sheet runs off the picture; it was straightened from its edges."]
        out = _warp(rgb, hom, size, fill)
        grid = estimate_grid_scale(out)
    photographed = method in ("manual", "paper", "grid")
    if photographed:
        if method == "paper" and paper is not None:
            factor = _standard_sheet(size, _sheet_grid_factor(grid, size, np.array(paper.corners)))
        else:
            factor = _height_factor(grid, size)
        if factor is not None:  # squares not square: stretch the height and warp again
            size = _cap(size[0], size[1] * factor)
            hom = np.diag([size[0] / out.shape[1], size[1] / out.shape[0], 1.0]) @ hom
            out = _warp(rgb, hom, size, fill)
            grid = estimate_grid_scale(out)
    light = estimate_paper_light(out)
    corrected = photographed or light.needs_correction
    if corrected:
        out = even_out_lighting(out, light)
    trace: TraceMeasure | None = None
    sure, doubt = True, False
    if turn is None:
        orientation = assess_orientation(out, grid.px_per_mm)
        turn, sure, trace, doubt = orientation.turn, orientation.sure, orientation.trace, orientation.maybe_upside_down
    turn %= 360
    if doubt:
        notes.append("The page may be upside down (which way up could not be told for sure): check it, and turn "
                     "it by 180 degrees if so.")
    if turn:
        trace = None
        out, hom, grid, light = _turned(out, hom, grid, light, turn)
        method = "turned" if method == "unchanged" else method
        notes.append(f"The page was turned by {turn} degrees clockwise to be the right way up." if sure else
                     f"The page lay sideways and was turned by {turn} degrees clockwise so that its rows run "
                     "across; which way up could not be told for sure: check it, and turn it by 180 degrees "
                     "if it is upside down.")
    inv = np.linalg.inv(hom)
    ow, oh = out.shape[1], out.shape[0]
    back = _apply(inv, np.array([[0, 0], [ow, 0], [ow, oh], [0, oh]], np.float64))
    corners_back = tuple((float(x), float(y)) for x, y in back)
    if out is not rgb:
        out.setflags(write=False)
    return Straightened(Image.fromarray(out), method, corners_back, _as_matrix(hom), grid, light,  # type: ignore[arg-type]
                        corrected, paper, tuple(notes), out, turn, trace, sure, doubt)


def _turned(
    out: np.ndarray, hom: np.ndarray, grid: GridScale, light: PaperLight, turn: int
) -> tuple[np.ndarray, np.ndarray, GridScale, PaperLight]:
    """The output turned clockwise by ``turn`` degrees, with the homography, grid and light to match."""
    h, w = out.shape[:2]
    k = -(turn // 90)  # np.rot90 turns counter-clockwise
    edge = {90: [[0, -1, h], [1, 0, 0], [0, 0, 1]], 180: [[-1, 0, w], [0, -1, h], [0, 0, 1]],
            270: [[0, 1, 0], [-1, 0, w], [0, 0, 1]]}[turn]
    if turn in (90, 270):
        grid = GridScale(grid.y, grid.x, grid.channel)
    light = replace(light, background=np.ascontiguousarray(np.rot90(light.background, k)))
    return np.ascontiguousarray(np.rot90(out, k)), np.array(edge, np.float64) @ hom, grid, light


def validate_corners(corners: Sequence[Sequence[float]], w: int, h: int) -> np.ndarray:
    """Four user corners, ordered TL, TR, BR, BL; ValueError if they do not make a usable quadrilateral."""
    pts = np.asarray(corners, dtype=np.float64)
    if pts.shape != (4, 2) or not np.isfinite(pts).all():
        raise ValueError("give exactly four corner points (x, y)")
    pts = order_corners(pts)
    area = abs(cv2.contourArea(pts.astype(np.float32)))
    if area < 0.01 * w * h or not cv2.isContourConvex(pts.astype(np.float32).reshape(-1, 1, 2)):
        raise ValueError("the four corners must enclose the paper: a convex shape covering at least 1 % "
                         "of the picture")
    margin = 0.5 * max(w, h)
    if (pts < -margin).any() or (pts[:, 0] > w + margin).any() or (pts[:, 1] > h + margin).any():
        raise ValueError("the corners lie far outside the picture")
    return pts


def _quad_to_rect(quad: np.ndarray) -> tuple[np.ndarray, tuple[int, int]]:
    tl, tr, br, bl = quad
    ow = max(np.hypot(*(tr - tl)), np.hypot(*(br - bl)))
    oh = max(np.hypot(*(bl - tl)), np.hypot(*(br - tr)))
    ow, oh = _cap(ow, oh)
    dst = np.array([[0, 0], [ow, 0], [ow, oh], [0, oh]], np.float32)
    return cv2.getPerspectiveTransform(quad.astype(np.float32), dst).astype(np.float64), (ow, oh)


def _cap(ow: float, oh: float) -> tuple[int, int]:
    k = min(1.0, MAX_OUTPUT_SIDE / max(ow, oh, 1.0))
    return max(16, round(ow * k)), max(16, round(oh * k))


def _from_grid(rgb: np.ndarray, channel: str) -> tuple[np.ndarray, tuple[int, int], str]:
    h, w = rgb.shape[:2]
    ident = (np.eye(3), (w, h), "unchanged")
    other = "dark" if channel == "red" else "red"
    persp = measure_grid_perspective(rgb, channel) or measure_grid_perspective(rgb, other)
    if persp is None:
        return ident
    if persp.is_perspective:
        hom = np.array(persp.homography, np.float64)
        if _plausible_warp(hom, w, h):
            box = _apply(hom, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64))
            lo, hi = box.min(axis=0), box.max(axis=0)
            shift = np.array([[1, 0, -lo[0]], [0, 1, -lo[1]], [0, 0, 1]], np.float64)
            return shift @ hom, _cap(*(hi - lo)), "grid"
    if abs(persp.rotation_deg) < MIN_ROTATION_DEG:
        return ident
    hom = _rotation(persp.rotation_deg, w, h)  # turn back (counter-clockwise on screen for a positive angle)
    return hom, _cap(*_apply(hom, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)).max(axis=0)), "rotated"


def _from_steep_grid(rgb: np.ndarray, fill: tuple[int, int, int], strength: float
                     ) -> tuple[np.ndarray, tuple[int, int], str] | None:
    """A sheet turned by more than the grid's angle search covers (+-12 degrees) and running off the
    picture (no paper quad): turned back by its lines' dominant angle (grid_angle.dominant_line_angle),
    then straightened from its grid as usual. None when no such angle stands out, or when the grid once
    turned back is not clear (STEEP_GRID_STRENGTH) and twice as strong as read as it was (``strength``):
    a clean scan, whose grid is clearest as it is, is never turned."""
    angle = dominant_line_angle(rgb)
    if angle is None or abs(angle) < STEEP_MIN_DEG:
        return None
    h, w = rgb.shape[:2]
    first = _rotation(angle, w, h)
    size = _cap(*(_apply(first, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)).max(axis=0)))
    turned = _warp(rgb, first, size, fill)
    grid = estimate_grid_scale(turned)
    if grid.strength < max(STEEP_GRID_STRENGTH, 2.0 * strength):
        return None
    hom, size2, method = _from_grid(turned, grid.channel)
    if method == "unchanged":
        return first, size, "rotated"
    return hom @ first, size2, method


def _rotation(angle_deg: float, w: int, h: int) -> np.ndarray:
    """The homography that turns a w x h picture back by ``angle_deg`` (clockwise on screen) about its
    centre, shifted so that the whole turned picture has positive coordinates."""
    a = math.radians(-angle_deg)
    rot = np.array([[math.cos(a), -math.sin(a), 0], [math.sin(a), math.cos(a), 0], [0, 0, 1]])
    hom = rot @ np.array([[1, 0, -w / 2], [0, 1, -h / 2], [0, 0, 1]], np.float64)
    lo = _apply(hom, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)).min(axis=0)
    return np.array([[1, 0, -lo[0]], [0, 1, -lo[1]], [0, 0, 1]], np.float64) @ hom


def _plausible_warp(hom: np.ndarray, w: int, h: int) -> bool:
    """A perspective correction a hand-held photo can need: corners keep their order (no fold), the
    picture stays within twice its size, and the local scale nowhere changes by more than 2x."""
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    mapped = _apply(hom, corners)
    if not np.isfinite(mapped).all():
        return False
    denom = np.c_[corners, np.ones(4)] @ hom[2]
    if (denom <= 0).any():  # a corner beyond the vanishing line
        return False
    if not cv2.isContourConvex(mapped.astype(np.float32).reshape(-1, 1, 2)) or \
            cv2.contourArea(mapped.astype(np.float32)) <= 0:
        return False
    span = mapped.max(axis=0) - mapped.min(axis=0)
    if span.max() > 2.0 * max(w, h):
        return False
    centre = np.array([[w / 2, h / 2], [w / 2 + 1, h / 2], [w / 2, h / 2 + 1]])
    at = [np.array([[x, y], [x + 1, y], [x, y + 1]]) for x, y in corners * 0.98 + 0.01 * np.array([w, h])]
    def area(tri: np.ndarray) -> float:
        m = _apply(hom, tri)
        (ax, ay), (bx, by) = m[1] - m[0], m[2] - m[0]
        return abs(float(ax * by - ay * bx))
    ref = area(centre)
    return all(0.25 <= area(t) / ref <= 4.0 for t in at)


def _height_factor(grid: GridScale, size: tuple[int, int]) -> float | None:
    """How much to stretch the output's height so that grid squares are square (or, with no measurable
    grid, so that the page has a standard aspect); None when it is already right."""
    aspect = grid.aspect
    if aspect is None or not 0.6 < aspect < 1.67 or min(grid.x.strength, grid.y.strength) < 10:
        aspect = _page_aspect_correction(size[0] / size[1])
    if aspect is None or abs(aspect - 1.0) <= ASPECT_TOLERANCE:
        return None
    return aspect


def _sheet_grid_factor(grid: GridScale, size: tuple[int, int], quad: np.ndarray) -> float | None:
    """The height factor for a whole sheet (the paper method): the grid's, unless the sheet is seen nearly
    square-on (opposite sides within SHEET_SQUARE_ON, so that its edges give its aspect) and the grid's two
    axes were read from different lines (1-mm lines on one axis, only the 5-mm lines on the other: a
    blurred photo whose fine lines are lost one way, where a period is often misread by a harmonic) or its
    factor changes the sheet's own aspect by more than SHEET_FORESHORTENING; then the paper's edges
    decide, snapped to US Letter or A4 when within 6 % of one."""
    factor = _height_factor(grid, size)
    if factor is None:
        return None
    sides = [float(np.hypot(*(quad[(i + 1) % 4] - quad[i]))) for i in range(4)]
    if max(abs(math.log(sides[0] / sides[2])), abs(math.log(sides[1] / sides[3]))) > math.log1p(SHEET_SQUARE_ON):
        return factor  # strong perspective: the edges' lengths are foreshortened, the grid knows better
    if grid.x.minor_lines != grid.y.minor_lines or abs(math.log(factor)) > math.log1p(SHEET_FORESHORTENING):
        factor = _page_aspect_correction(size[0] / size[1])
        return None if factor is None or abs(factor - 1.0) <= ASPECT_TOLERANCE else factor
    return factor


def _standard_sheet(size: tuple[int, int], factor: float | None) -> float | None:
    """For a whole sheet (the paper method): the height factor, changed to give the US Letter or A4 aspect
    nearest to what the grid's factor gives when that is not a standard page but one is within
    SHEET_SNAP (a grid period misread on one axis, by a harmonic, stretches a Letter sheet by 1/6 or so;
    the paper's edges cannot tell, being foreshortened by up to about 12 %)."""
    aspect = size[0] / size[1] / (factor or 1.0)
    targets = [t for page in PAGE_ASPECTS.values() for t in (page, 1.0 / page)]
    nearest = min(targets, key=lambda t: abs(np.log(aspect / t)))
    if abs(aspect / nearest - 1.0) <= SHEET_EXACT or abs(aspect / nearest - 1.0) > SHEET_SNAP:
        return factor
    return size[0] / size[1] / nearest


def _page_aspect_correction(width_over_height: float) -> float | None:
    """Height factor that gives a standard page's aspect, when the output is close to one."""
    for target in PAGE_ASPECTS.values():
        for t in (target, 1.0 / target):
            if abs(width_over_height / t - 1.0) <= _SNAP_TOLERANCE:
                return width_over_height / t
    return None


def _warp(rgb: np.ndarray, hom: np.ndarray, size: tuple[int, int], fill: tuple[int, int, int]) -> np.ndarray:
    half = np.array([[1, 0, 0.5], [0, 1, 0.5], [0, 0, 1]], np.float64)
    m = np.linalg.inv(half) @ hom @ half  # edge coordinates -> OpenCV's pixel centres
    return cv2.warpPerspective(rgb, m, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                               borderValue=tuple(int(c) for c in fill))


def _paper_colour(rgb: np.ndarray) -> tuple[int, int, int]:
    step = max(1, max(rgb.shape[:2]) // 300)
    sample = rgb[::step, ::step].reshape(-1, 3)
    return tuple(int(v) for v in np.percentile(sample, 80, axis=0))  # type: ignore[return-value]


def _apply(hom: np.ndarray, pts: np.ndarray) -> np.ndarray:
    p = np.c_[pts, np.ones(len(pts))] @ hom.T
    return p[:, :2] / p[:, 2:3]


def _as_matrix(hom: np.ndarray) -> Matrix:
    return tuple(tuple(float(v) for v in row) for row in hom)  # type: ignore[return-value]
