"""ECG paper in many styles, for the intake corpus: grid colours and kinds, papers, layouts, trace inks.

:func:`render_styled_paper` draws a PTB-XL record (int16 microvolts ``[12, N]`` at 500 Hz, leads in PTB-XL
order) the way different carts, monitors and printers do: a grid of lines or dots in any colour (or only
the 5-mm lines), white, grey-green, pink or thermal paper, 3x4 (with or without a rhythm strip), 6x2 or
12x1 layouts, traces from 1 px to 0.5 mm wide in black, grey, blue or red, lead labels, header and
calibration pulses present or absent. :data:`STYLES` names the paper styles the corpus uses.

Only numpy and OpenCV (text in OpenCV's Hershey font), like tests/support/ecg_paper.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np
from PIL import Image

from tests.support.ecg_paper import LEAD_NAMES

RGB = tuple[int, int, int]
LAYOUTS = {
    "3x4+1": ((("I", "aVR", "V1", "V4"), ("II", "aVL", "V2", "V5"), ("III", "aVF", "V3", "V6"), ("II",)), 10.0),
    "3x4": ((("I", "aVR", "V1", "V4"), ("II", "aVL", "V2", "V5"), ("III", "aVF", "V3", "V6")), 10.0),
    "6x2": ((("I", "V1"), ("II", "V2"), ("III", "V3"), ("aVR", "V4"), ("aVL", "V5"), ("aVF", "V6")), 10.0),
    "12x1": (tuple((n,) for n in LEAD_NAMES), 5.0),
}  # rows of leads, gain in mm/mV
PAGES_MM = {"letter": (279.4, 215.9), "a4": (297.0, 210.0)}


@dataclass(frozen=True)
class PaperStyle:
    name: str
    paper: RGB = (255, 255, 255)
    minor: RGB | None = (243, 178, 178)  # 1-mm lines (None: not printed)
    major: RGB = (226, 96, 96)  # 5-mm lines
    grid_kind: str = "lines"  # "lines" or "dots" (1-mm dots, 5-mm lines)
    trace: RGB = (0, 0, 0)
    trace_mm: float = 0.3  # trace width (at least 1 px)
    minor_mm: float = 0.08
    major_mm: float = 0.2
    fade: float = 0.0  # thermal paper: everything printed loses this fraction of its contrast


#: Paper styles the corpus draws from (grid colours and papers a clinician may bring).
STYLES: dict[str, PaperStyle] = {s.name: s for s in (
    PaperStyle("red"),
    PaperStyle("pink", minor=(252, 214, 222), major=(240, 150, 172)),
    PaperStyle("orange", minor=(252, 216, 180), major=(238, 150, 80)),
    PaperStyle("green", minor=(196, 228, 196), major=(100, 170, 110)),
    PaperStyle("blue", minor=(200, 212, 242), major=(110, 140, 215), trace=(20, 20, 30)),
    PaperStyle("blue dots", minor=(120, 140, 210), major=(160, 180, 230), grid_kind="dots"),
    PaperStyle("grey", minor=(212, 212, 212), major=(150, 150, 150)),
    PaperStyle("black on grey-green", paper=(196, 206, 190), minor=(120, 126, 118), major=(40, 42, 40),
               minor_mm=0.06, major_mm=0.15),
    PaperStyle("black", minor=(170, 170, 170), major=(60, 60, 60)),
    PaperStyle("thermal", paper=(238, 234, 214), minor=(226, 196, 176), major=(205, 150, 125),
               trace=(70, 70, 70), fade=0.3),
    PaperStyle("thermal faded", paper=(232, 226, 200), minor=(228, 214, 196), major=(214, 186, 166),
               trace=(120, 116, 106), fade=0.45),
    PaperStyle("major lines only", minor=None, major=(235, 140, 140)),
    PaperStyle("monitor grey trace", minor=(235, 235, 235), major=(200, 200, 200), trace=(110, 110, 110),
               trace_mm=0.15),
    PaperStyle("monitor blue trace", minor=(240, 215, 215), major=(225, 160, 160), trace=(30, 60, 200)),
    PaperStyle("red trace on grey grid", minor=(225, 225, 225), major=(180, 180, 180), trace=(200, 20, 20)),
)}


def with_trace(style: PaperStyle, trace: RGB | None = None, trace_mm: float | None = None) -> PaperStyle:
    return replace(style, trace=style.trace if trace is None else trace,
                   trace_mm=style.trace_mm if trace_mm is None else trace_mm)


def render_styled_paper(
    signals_uv: np.ndarray, style: PaperStyle, *, px_per_mm: float = 8.0, layout: str = "3x4+1",
    page: str = "letter", labels: bool = True, header: bool = True, calibration: bool = True,
    fs: float = 500.0, draw_trace: bool = True,
) -> Image.Image:
    """Draw a 10-s 12-lead record on a page of ``style``; returns the RGB page."""
    sig = np.asarray(signals_uv, dtype=np.float64) / 1000.0
    ppm = float(px_per_mm)
    pw, ph = PAGES_MM[page]
    w, h = round(pw * ppm), round(ph * ppm)
    img = np.empty((h, w, 3), np.uint8)
    img[:] = style.paper
    gx0, gy0, gx1, gy1 = 10.0, 30.0 if header else 12.0, pw - 10.0, ph - 8.0
    _grid(img, ppm, (gx0, gy0, gx1, gy1), style)
    rows, gain = LAYOUTS[layout]
    line_px = max(1, round(style.trace_mm * ppm))
    step = (gy1 - gy0) / len(rows)
    x_start = gx0 + (8.0 if calibration else 2.0)
    span_mm = gx1 - x_start - 2.0
    text_scale, text_thick = 2.6 * ppm / 22.0, max(1, round(0.25 * ppm))
    for r, names in enumerate(rows if draw_trace else ()):
        base = gy0 + step * (r + 0.62)
        if calibration:
            xs = np.array([gx0 + 1, gx0 + 2, gx0 + 2, gx0 + 7, gx0 + 7, gx0 + 8]) * ppm
            ys = (base - np.array([0, 0, gain, gain, 0, 0])) * ppm
            _polyline(img, np.stack([xs, ys], 1), style.trace, line_px)
        seconds = 10.0 / len(names)
        for c, name in enumerate(names):
            t0 = c * seconds
            lead = sig[LEAD_NAMES.index(name)]
            i0, i1 = int(round(t0 * fs)), min(int(round((t0 + seconds) * fs)), lead.size)
            t = np.arange(i0, i1) / fs
            xs = (x_start + t * span_mm / 10.0) * ppm
            ys = (base - lead[i0:i1] * gain) * ppm
            ys = np.clip(ys, (gy0 + 0.5) * ppm, (gy1 - 0.5) * ppm)
            _polyline(img, np.stack([xs, ys], 1), style.trace, line_px)
            if labels:
                org = (int(xs[0] + 1.0 * ppm), int((base - 0.55 * step) * ppm))
                cv2.putText(img, name, org, cv2.FONT_HERSHEY_SIMPLEX, text_scale, style.trace, text_thick,
                            cv2.LINE_AA)
    if header:
        for k, text in enumerate(("ID 0042871   62 y   M   Sinus rhythm (unconfirmed)",
                                  f"25 mm/s   {gain:g} mm/mV   0.05-150 Hz")):
            cv2.putText(img, text, (int(gx0 * ppm), int((11 + 8 * k) * ppm)), cv2.FONT_HERSHEY_SIMPLEX,
                        text_scale, (20, 20, 20), text_thick, cv2.LINE_AA)
    if style.fade:
        paper = np.array(style.paper, np.float32)
        img = np.clip(paper + (img.astype(np.float32) - paper) * (1.0 - style.fade), 0, 255).astype(np.uint8)
    return Image.fromarray(img)


def _polyline(img: np.ndarray, pts: np.ndarray, rgb: RGB, thickness: int) -> None:
    fixed = np.round(pts * 16).astype(np.int32).reshape(-1, 1, 2)
    cv2.polylines(img, [fixed], False, tuple(int(v) for v in rgb), thickness, cv2.LINE_AA, shift=4)


def _grid(img: np.ndarray, ppm: float, box: tuple[float, float, float, float], style: PaperStyle) -> None:
    x0, y0, x1, y1 = box
    nx, ny = int(x1 - x0), int(y1 - y0)
    nx -= nx % 5
    ny -= ny % 5
    x1, y1 = x0 + nx, y0 + ny
    if style.minor is not None and style.grid_kind == "dots":
        xs = np.round((x0 + np.arange(nx + 1)) * ppm).astype(int).clip(0, img.shape[1] - 1)
        ys = np.round((y0 + np.arange(ny + 1)) * ppm).astype(int).clip(0, img.shape[0] - 1)
        mask = np.zeros(img.shape[:2], np.uint8)
        mask[np.ix_(ys, xs)] = 1
        r = max(1, round(0.12 * ppm))
        mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (r, r)))
        img[mask > 0] = style.minor
    for major in (False, True):
        if not major and (style.minor is None or style.grid_kind == "dots"):
            continue
        colour = style.major if major else style.minor
        thick = max(1, round((style.major_mm if major else style.minor_mm) * ppm))
        for i in range(nx + 1):
            if (i % 5 == 0) == major:
                x = (x0 + i) * ppm
                _polyline(img, np.array([[x, y0 * ppm], [x, y1 * ppm]]), colour, thick)  # type: ignore[arg-type]
        for j in range(ny + 1):
            if (j % 5 == 0) == major:
                y = (y0 + j) * ppm
                _polyline(img, np.array([[x0 * ppm, y], [x1 * ppm, y]]), colour, thick)  # type: ignore[arg-type]
