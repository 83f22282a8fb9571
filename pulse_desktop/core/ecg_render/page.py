"""Draw a :class:`Recording` as ECG-Image-Kit's default page: an RGB array (1700 × 2200 at 200 dpi)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pulse_desktop.core.ecg_files.recording import Recording
from pulse_desktop.core.ecg_render import layout as L

FONT_FILE = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "DejaVuSans.ttf"  # matplotlib's default
PX_PER_IN = L.DPI
PT = PX_PER_IN / 72.0


def page_size_px() -> tuple[int, int]:
    return round(L.PAGE_IN[0] * PX_PER_IN), round(L.PAGE_IN[1] * PX_PER_IN)


def _x(t_s: np.ndarray | float) -> np.ndarray:
    return np.asarray(t_s) * L.SPEED_MM_S / 25.4 * PX_PER_IN


def _y(mv: np.ndarray | float) -> np.ndarray:
    h = page_size_px()[1]
    return h - np.asarray(mv) * L.GAIN_MM_MV / 25.4 * PX_PER_IN


def render_page(recording: Recording, layout: str = "3x4") -> np.ndarray:
    """The page as an RGB uint8 array [1700, 2200, 3]; leads the file lacks are left blank."""
    strips = L.strips(layout)
    w, h = page_size_px()
    img = np.empty((h, w, 3), np.uint8)
    img[:] = L.PAPER_RGB
    _grid(img)
    trace_px = _thickness(L.LINE_PT)
    fs = recording.fs_hz
    for s in strips:
        if s.pulse:
            _pulse(img, s.x_s - L.PULSE_S, s.baseline_mv, _thickness(1.5 * L.LINE_PT))
        sig = recording.lead(s.lead)
        i0, i1 = int(round(s.t0_s * fs)), min(int(round(s.t1_s * fs)), sig.size)
        if i1 > i0:
            seg = sig[i0:i1] - _level(sig)
            t = s.x_s + np.arange(i1 - i0) / fs
            _trace(img, t, s.baseline_mv + seg, trace_px)
        if s.separator_after:
            x = s.x_s + (s.t1_s - s.t0_s)
            pts = np.array([[_x(x), _y(s.baseline_mv - L.SEPARATOR_HALF_MV)],
                            [_x(x), _y(s.baseline_mv + L.SEPARATOR_HALF_MV)]])
            _polyline(img, pts, _thickness(3 * L.LINE_PT))
    pil = Image.fromarray(img)
    draw = ImageDraw.Draw(pil)
    font = _font()
    for s in strips:
        draw.text((float(_x(s.label_xy[0])), float(_y(s.label_xy[1]))), s.lead, fill=L.TRACE_RGB, font=font,
                  anchor="ls")
    for x_s, text in ((2.0, "25mm/s"), (4.0, "10mm/mV")):  # ecg_plot: ax.text(2, 0.5, ...), ax.text(4, 0.5, ...)
        draw.text((float(_x(x_s)), float(_y(0.5))), text, fill=L.TRACE_RGB, font=font, anchor="ls")
    return np.asarray(pil)


def _thickness(points: float) -> int:
    """OpenCV's anti-aliased lines come out about one pixel wider than their thickness."""
    return max(1, round(points * PT - 1.0))


def _level(sig: np.ndarray) -> float:
    """The lead's median over the recording: a DC offset would put the trace off its row."""
    finite = sig[np.isfinite(sig)]
    return float(np.median(finite)) if finite.size else 0.0


@lru_cache(maxsize=1)
def _font() -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    size = round(L.LEAD_FONT_PT * PT)
    try:
        return ImageFont.truetype(str(FONT_FILE), size)
    except OSError:
        return ImageFont.load_default(size)


def _grid(img: np.ndarray) -> None:
    h, w = img.shape[:2]
    thick = max(1, round(L.GRID_LINE_PT * PT))
    for major in (False, True):
        colour = L.MAJOR_RGB if major else L.MINOR_RGB
        n_x = int(L.X_MAX_S / 0.04) + 1
        for i in range(n_x):
            if (i % 5 == 0) != major:
                continue
            x = int(round(float(_x(i * 0.04))))
            cv2.line(img, (x, 0), (x, h - 1), colour, thick)
        n_y = int(L.Y_MAX_MV / 0.1) + 1
        for j in range(n_y):
            if (j % 5 == 0) != major:
                continue
            y = int(round(float(_y(j * 0.1))))
            cv2.line(img, (0, y), (w - 1, y), colour, thick)


def _pulse(img: np.ndarray, x0_s: float, base_mv: float, thick: int) -> None:
    """ECG-Image-Kit's DC pulse: 0.2 s of 1 mV with two zero samples each side (at 500 Hz)."""
    xs = x0_s + np.array([0.0, 0.002, 0.004, 0.202, 0.204, 0.206])
    ys = base_mv + np.array([0.0, 0.0, 1.0, 1.0, 0.0, 0.0])
    _polyline(img, np.stack([_x(xs), _y(ys)], 1), thick)


def _trace(img: np.ndarray, t_s: np.ndarray, mv: np.ndarray, thick: int) -> None:
    ok = np.isfinite(mv)
    if not ok.any():
        return
    pts = np.stack([_x(t_s), np.clip(_y(np.where(ok, mv, 0.0)), 0, img.shape[0] - 1)], 1)
    # split at missing samples
    edges = np.flatnonzero(np.diff(np.concatenate([[0], ok.astype(np.int8), [0]])))
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        if b - a >= 2:
            _polyline(img, pts[a:b], thick)


def _polyline(img: np.ndarray, pts: np.ndarray, thick: int) -> None:
    fixed = np.round(np.asarray(pts) * 16).astype(np.int32).reshape(-1, 1, 2)
    cv2.polylines(img, [fixed], False, L.TRACE_RGB, thick, cv2.LINE_AA, shift=4)
