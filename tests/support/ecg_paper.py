"""Synthetic 12-lead ECG paper with known truth, and simulated photos of it.

Two steps, each returning the picture and its truth:

* :func:`render_ecg_paper` draws a record (int16 microvolts, ``[12, N]``, leads in PTB-XL order) on
  US-Letter landscape paper as a cart prints it: 25 mm/s, 10 mm/mV, a 3x4 layout (I, II, III / aVR, aVL,
  aVF / V1-V3 / V4-V6, 2.5 s each) with a 10-s lead II rhythm strip, 1-mV calibration pulses, a pink 1-mm
  and red 5-mm grid, a black trace, lead labels and a header line. ``px_per_mm`` sets the resolution.
  The truth (:class:`PaperTruth`) gives the scale, the paper corners, the grid area and where each lead is.
* :func:`simulate_photo` puts that paper on a darker table under a known homography (use
  :func:`place_paper` to make the corners) and adds shading, a colour cast, glare, blur, noise and JPEG.
  The truth (:class:`PhotoTruth`) gives the paper corners in the photo.

Example::

    signals, record = load_ptbxl_record(0)
    paper, truth = render_ecg_paper(signals, px_per_mm=8)
    corners = place_paper((1600, 1200), paper.size, rotate_deg=5, tilt=(0.1, 0.0))
    photo, photo_truth = simulate_photo(paper, corners, (1600, 1200), shading=0.3, jpeg_quality=85)

Only numpy, OpenCV and Pillow: no font files or other resources (text uses OpenCV's Hershey font).
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image

from tests.support.paths import PTBXL

PAPER_MM = (279.4, 215.9)  # US Letter, landscape
LEAD_NAMES = ("I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6")
LAYOUT_3X4 = (("I", "aVR", "V1", "V4"), ("II", "aVL", "V2", "V5"), ("III", "aVF", "V3", "V6"))
RHYTHM_LEAD = "II"
SPEED_MM_S = 25.0
GAIN_MM_MV = 10.0
GRID_MM = (10.0, 35.0, 270.0, 205.0)  # x0, y0, x1, y1 of the printed grid on the paper
TRACE_X0_MM = 18.0  # where the leads start (calibration pulse at 11-18 mm)
ROW_BASELINES_MM = (61.0, 103.5, 146.0, 188.5)  # three 3x4 rows, then the rhythm strip

PAPER_RGB = (255, 255, 255)
MINOR_RGB = (243, 178, 178)  # 1-mm lines
MAJOR_RGB = (226, 96, 96)  # 5-mm lines
TRACE_RGB = (0, 0, 0)

Corners = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class LeadBox:
    """Where one lead's trace was drawn: x range and baseline in pixels, and its time window."""

    name: str
    x0_px: float
    x1_px: float
    baseline_px: float
    t0_s: float
    t1_s: float


@dataclass(frozen=True)
class PaperTruth:
    px_per_mm: float  # exact, both axes
    size_px: tuple[int, int]  # (width, height) of the rendered paper
    paper_corners: Corners  # TL, TR, BR, BL in pixel-edge coordinates: (0, 0) ... (W, H)
    grid_box: tuple[float, float, float, float]  # x0, y0, x1, y1 of the grid in pixels
    leads: tuple[LeadBox, ...]
    speed_mm_s: float = SPEED_MM_S
    gain_mm_mv: float = GAIN_MM_MV


@dataclass(frozen=True)
class PhotoTruth:
    corners: Corners  # the paper's TL, TR, BR, BL in the photo, pixel-edge coordinates
    homography: tuple[tuple[float, ...], ...]  # 3x3, paper pixels -> photo pixels
    paper_px_per_mm: float  # the scale of the paper image that was photographed


@lru_cache(maxsize=1)
def _ptbxl_records() -> list[dict]:
    return json.loads((PTBXL / "records.json").read_text(encoding="utf-8"))["records"]


def load_ptbxl_record(index: int) -> tuple[np.ndarray, dict]:
    """Record ``index`` (0..199) of the shared PTB-XL sample: (int16 microvolts [12, 5000] at 500 Hz, and its
    entry in records.json: ``record``, ``ptbxl_ecg_id``, ``report``)."""
    with np.load(PTBXL / "signals.npz") as npz:
        # the repository's copy (tests/data) holds the signals of 12 of the 200 records: without the shared set
        # an index stands for one of those (the same ones every time), so the corpus is made from any clone
        present = [r for r in _ptbxl_records() if r["record"] in npz.files]
        record = present[index % len(present)]
        return np.asarray(npz[record["record"]]), record


def render_ecg_paper(
    signals_uv: np.ndarray,
    *,
    fs: float = 500.0,
    px_per_mm: float = 8.0,
    header: str = "25 mm/s   10 mm/mV   synthetic test ECG",
    paper_rgb: tuple[int, int, int] = PAPER_RGB,
    minor_rgb: tuple[int, int, int] = MINOR_RGB,
    major_rgb: tuple[int, int, int] = MAJOR_RGB,
    draw_trace: bool = True,
) -> tuple[Image.Image, PaperTruth]:
    """Draw a 10-s 12-lead record as a 3x4 + rhythm-strip printout; returns (RGB image, truth)."""
    sig = np.asarray(signals_uv, dtype=np.float64) / 1000.0  # mV
    if sig.shape[0] != 12:
        raise ValueError(f"expected 12 leads, got shape {sig.shape}")
    ppm = float(px_per_mm)
    w, h = round(PAPER_MM[0] * ppm), round(PAPER_MM[1] * ppm)
    img = np.empty((h, w, 3), np.uint8)
    img[:] = paper_rgb
    _draw_grid(img, ppm, minor_rgb, major_rgb)
    leads: list[LeadBox] = []
    line_px = max(1, round(0.3 * ppm))
    text_scale = 3.0 * ppm / 22.0
    text_thick = max(1, round(0.3 * ppm))
    rows = [list(r) for r in LAYOUT_3X4] + [[RHYTHM_LEAD]]
    for r, names in enumerate(rows):
        base = ROW_BASELINES_MM[r] * ppm
        if draw_trace:
            _calibration_pulse(img, base, ppm, line_px)
        span_s = 10.0 / len(names)
        for c, name in enumerate(names):
            t0, t1 = c * span_s, (c + 1) * span_s
            x0 = (TRACE_X0_MM + t0 * SPEED_MM_S) * ppm
            x1 = (TRACE_X0_MM + t1 * SPEED_MM_S) * ppm
            leads.append(LeadBox(name, x0, x1, base, t0, t1))
            if not draw_trace:
                continue
            lead = sig[LEAD_NAMES.index(name)]
            i0, i1 = int(round(t0 * fs)), min(int(round(t1 * fs)) + 1, lead.size)
            t = np.arange(i0, i1) / fs
            xs = (TRACE_X0_MM + t * SPEED_MM_S) * ppm
            ys = base - lead[i0:i1] * GAIN_MM_MV * ppm
            ys = np.clip(ys, GRID_MM[1] * ppm, GRID_MM[3] * ppm)
            _polyline(img, np.stack([xs, ys], 1), TRACE_RGB, line_px)
            if c:  # the short separator a cart prints between leads
                _polyline(img, np.array([[x0, base - 2.5 * ppm], [x0, base + 2.5 * ppm]]), TRACE_RGB, line_px)
            org = (int(x0 + 1.5 * ppm), int(base - 7.0 * ppm))
            cv2.putText(img, name, org, cv2.FONT_HERSHEY_SIMPLEX, text_scale, TRACE_RGB, text_thick, cv2.LINE_AA)
    if header:
        cv2.putText(img, header, (int(GRID_MM[0] * ppm), int(22 * ppm)), cv2.FONT_HERSHEY_SIMPLEX,
                    text_scale, TRACE_RGB, text_thick, cv2.LINE_AA)
    gx0, gy0, gx1, gy1 = (v * ppm for v in GRID_MM)
    truth = PaperTruth(ppm, (w, h), ((0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))),
                       (gx0, gy0, gx1, gy1), tuple(leads))
    return Image.fromarray(img), truth


def _polyline(img: np.ndarray, pts: np.ndarray, rgb: tuple[int, int, int], thickness: int) -> None:
    fixed = np.round(pts * 16).astype(np.int32).reshape(-1, 1, 2)  # 4 fractional bits
    cv2.polylines(img, [fixed], False, rgb, thickness, cv2.LINE_AA, shift=4)


def _draw_grid(img: np.ndarray, ppm: float, minor: tuple[int, int, int], major: tuple[int, int, int]) -> None:
    x0, y0, x1, y1 = GRID_MM
    minor_px = max(1, round(0.08 * ppm))
    major_px = max(1, round(0.2 * ppm))
    for step_major in (False, True):
        colour, thick = (major, major_px) if step_major else (minor, minor_px)
        for i in range(int(round(x1 - x0)) + 1):
            if (i % 5 == 0) == step_major:
                x = (x0 + i) * ppm
                _polyline(img, np.array([[x, y0 * ppm], [x, y1 * ppm]]), colour, thick)
        for j in range(int(round(y1 - y0)) + 1):
            if (j % 5 == 0) == step_major:
                y = (y0 + j) * ppm
                _polyline(img, np.array([[x0 * ppm, y], [x1 * ppm, y]]), colour, thick)


def _calibration_pulse(img: np.ndarray, base: float, ppm: float, thickness: int) -> None:
    xs = np.array([11.0, 12.0, 12.0, 17.0, 17.0, 18.0]) * ppm
    ys = base - np.array([0.0, 0.0, GAIN_MM_MV, GAIN_MM_MV, 0.0, 0.0]) * ppm
    _polyline(img, np.stack([xs, ys], 1), TRACE_RGB, thickness)


def place_paper(
    photo_size: tuple[int, int],
    paper_size: tuple[int, int],
    *,
    fill: float = 0.8,
    rotate_deg: float = 0.0,
    tilt: tuple[float, float] = (0.0, 0.0),
    offset: tuple[float, float] = (0.0, 0.0),
) -> Corners:
    """Corners (TL, TR, BR, BL) of the paper in a photo: fitted to ``fill`` of the frame, then keystoned
    (``tilt[0]`` shortens the top edge by that fraction, ``tilt[1]`` the right edge), rotated about the
    centre and moved by ``offset`` (fractions of the photo size)."""
    pw, ph = photo_size
    aspect = paper_size[0] / paper_size[1]
    w = min(pw * fill, ph * fill * aspect)
    h = w / aspect
    pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]])
    pts[0, 0] += tilt[0] * w / 2
    pts[1, 0] -= tilt[0] * w / 2
    pts[1, 1] += tilt[1] * h / 2
    pts[2, 1] -= tilt[1] * h / 2
    a = math.radians(rotate_deg)
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    pts = pts @ rot.T + [pw / 2 + offset[0] * pw, ph / 2 + offset[1] * ph]
    return tuple((float(x), float(y)) for x, y in pts)  # type: ignore[return-value]


def simulate_photo(
    paper: Image.Image,
    corners: Corners,
    photo_size: tuple[int, int],
    *,
    paper_px_per_mm: float = 0.0,
    table_rgb: tuple[int, int, int] = (92, 70, 52),
    exposure: float = 0.85,
    shading: float = 0.0,
    colour_cast: tuple[float, float, float] = (1.0, 1.0, 1.0),
    glare: tuple[float, float, float, float] | None = None,
    blur_sigma_px: float = 0.0,
    noise_sigma: float = 0.0,
    jpeg_quality: int | None = None,
    seed: int = 0,
) -> tuple[Image.Image, PhotoTruth]:
    """Photograph ``paper`` lying on a table with its corners at ``corners``.

    ``exposure``: the level white paper is photographed at (a camera rarely saturates paper).
    ``shading``: the light falls off linearly by this fraction across the frame (0.4 = far side at 60 %).
    ``colour_cast``: per-channel gains of the light. ``glare``: (x, y, radius, strength) of a specular spot,
    x/y/radius as fractions of the photo width, strength 0..1 (1 = fully white at its centre).
    ``blur_sigma_px``: Gaussian defocus in photo pixels. ``noise_sigma``: sensor noise in 8-bit levels.
    """
    rng = np.random.default_rng(seed)
    src = np.asarray(paper.convert("RGB"))
    sh, sw = src.shape[:2]
    dst = np.array(corners, np.float32)
    hom = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    pw, ph = photo_size
    scale = math.sqrt(abs(cv2.contourArea(dst)) / (sw * sh))
    if scale < 1.0:  # a camera integrates over its pixels: low-pass before shrinking, no aliasing
        src = cv2.GaussianBlur(src, (0, 0), 0.45 / scale)
    # warpPerspective samples pixel centres; shift so that edges map to edges
    half = np.array([[1, 0, 0.5], [0, 1, 0.5], [0, 0, 1]])
    warp = np.linalg.inv(half) @ hom @ half
    photo_paper = cv2.warpPerspective(src, warp, (pw, ph), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), warp, (pw, ph), flags=cv2.INTER_LINEAR)
    table = _table(pw, ph, table_rgb, rng)
    out = photo_paper.astype(np.float32) * mask[..., None] + table * (1.0 - mask[..., None])
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    if shading:
        ang = rng.uniform(0, 2 * math.pi)
        ramp = (xx - pw / 2) * math.cos(ang) + (yy - ph / 2) * math.sin(ang)
        ramp = (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1.0)
        out *= (1.0 - shading * ramp)[..., None]
    out *= np.array(colour_cast, np.float32) * exposure
    if glare:
        gx, gy, gr, gs = glare
        spot = np.exp(-((xx - gx * pw) ** 2 + (yy - gy * pw) ** 2) / (2 * (gr * pw) ** 2))
        out += (255.0 - out) * np.clip(gs * 1.6 * spot, 0, 1)[..., None]
    if blur_sigma_px:
        out = cv2.GaussianBlur(out, (0, 0), blur_sigma_px)
    if noise_sigma:
        out += rng.normal(0, noise_sigma, out.shape).astype(np.float32)
    image = Image.fromarray(np.clip(np.rint(out), 0, 255).astype(np.uint8))
    if jpeg_quality:
        buf = io.BytesIO()
        image.save(buf, "JPEG", quality=jpeg_quality)
        image = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    truth = PhotoTruth(tuple((float(x), float(y)) for x, y in dst),  # type: ignore[arg-type]
                       tuple(tuple(float(v) for v in row) for row in hom), paper_px_per_mm)
    return image, truth


def _table(w: int, h: int, rgb: tuple[int, int, int], rng: np.random.Generator) -> np.ndarray:
    """A dark, slightly uneven, grainy table top (wood-like streaks along x)."""
    low = cv2.resize(rng.normal(0, 1, (8, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    streaks = cv2.resize(rng.normal(0, 1, (h // 4 + 1, 1)).astype(np.float32), (w, h))
    field = 1.0 + 0.08 * low + 0.05 * streaks
    return np.array(rgb, np.float32) * field[..., None]
