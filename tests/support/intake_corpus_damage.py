"""Synthetic photo damage for the intake corpus, written after reading what ECG-Image-Kit's augmentations
do (creases, wrinkles, handwriting, stamps, lighting) but our own code: each function takes and returns an
RGB uint8 array and draws its randomness from the generator it is given.

The photographing itself (perspective, table, exposure, shading, colour cast, glare, blur, noise, JPEG) is
tests/support/ecg_paper.simulate_photo; these add what lies on or over the paper.
"""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
from PIL import Image


def jpeg(a: np.ndarray, quality: int) -> np.ndarray:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "JPEG", quality=int(quality))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def hard_shadow(a: np.ndarray, rng: np.random.Generator, depth: float = 0.45) -> np.ndarray:
    """The shadow of a phone or a head: a polygon over one side, darker by ``depth``, with a soft edge."""
    h, w = a.shape[:2]
    side = int(rng.integers(4))
    reach = rng.uniform(0.2, 0.45)
    pts = {0: [(0, 0), (w, 0), (w * rng.uniform(0.5, 1), h * reach), (w * rng.uniform(0, 0.5), h * reach * 0.7)],
           1: [(w, 0), (w, h), (w * (1 - reach), h * rng.uniform(0.5, 1)), (w * (1 - reach * 0.7), 0)],
           2: [(0, h), (w, h), (w * rng.uniform(0.5, 1), h * (1 - reach)), (0, h * (1 - reach * 0.8))],
           3: [(0, 0), (0, h), (w * reach, h * rng.uniform(0.4, 1)), (w * reach * 0.6, 0)]}[side]
    mask = np.zeros((h, w), np.float32)
    cv2.fillPoly(mask, [np.array(pts, np.int32)], 1.0)
    mask = cv2.GaussianBlur(mask, (0, 0), max(2.0, 0.01 * w * rng.uniform(0.5, 3)))
    return np.clip(a * (1.0 - depth * mask)[..., None], 0, 255).astype(np.uint8)


def crease(a: np.ndarray, rng: np.random.Generator, folds: int = 1) -> np.ndarray:
    """Fold lines across the sheet: a bright and a dark flank (the paper bends towards and away from the
    light), a thin dark line, and the halves shifted by a few pixels."""
    h, w = a.shape[:2]
    out = a.astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(folds):
        vertical = rng.random() < 0.6
        pos = rng.uniform(0.3, 0.7) * (w if vertical else h)
        tilt = rng.uniform(-0.05, 0.05)
        d = (xx - pos - tilt * yy) if vertical else (yy - pos - tilt * xx)
        width = rng.uniform(4, 14)
        flank = np.exp(-(d / width) ** 2) * np.sign(d)
        out *= (1.0 + 0.12 * flank)[..., None]
        out *= (1.0 - 0.35 * np.exp(-(d / 1.2) ** 2))[..., None]
        out *= np.where(d > 0, 1.0 - rng.uniform(0.0, 0.12), 1.0)[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def wrinkles(a: np.ndarray, rng: np.random.Generator, amp_px: float = 3.0) -> np.ndarray:
    """A crumpled sheet: a smooth random displacement field and the shading it makes."""
    h, w = a.shape[:2]
    field = [cv2.resize(rng.normal(0, 1, (6, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
             for _ in range(2)]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out = cv2.remap(a, xx + amp_px * field[0], yy + amp_px * field[1], cv2.INTER_LINEAR,
                    borderMode=cv2.BORDER_REFLECT)
    shade = 1.0 + 0.06 * cv2.Sobel(field[0], cv2.CV_32F, 1, 0, ksize=3) * (w / 8.0)
    return np.clip(out * np.clip(shade, 0.75, 1.2)[..., None], 0, 255).astype(np.uint8)


def handwriting(a: np.ndarray, rng: np.random.Generator, strokes: int = 4) -> np.ndarray:
    """Pen notes: a few cursive-like scribbles and an underline in blue or black ink."""
    h, w = a.shape[:2]
    out = a.copy()
    ink = [(25, 40, 150), (20, 20, 20)][int(rng.integers(2))]
    thick = max(1, round(0.002 * w))
    for _ in range(strokes):
        x0, y0 = rng.uniform(0.05, 0.7) * w, rng.uniform(0.05, 0.9) * h
        n = int(rng.integers(40, 120))
        t = np.arange(n)
        xs = x0 + t * 0.004 * w + 0.008 * w * np.sin(t * rng.uniform(0.6, 1.2))
        ys = y0 + 0.012 * h * np.sin(t * rng.uniform(0.3, 0.9) + rng.uniform(0, 6)) + rng.normal(0, 0.001 * h, n)
        cv2.polylines(out, [np.stack([xs, ys], 1).astype(np.int32).reshape(-1, 1, 2)], False, ink, thick,
                      cv2.LINE_AA)
    return out


def stamp(a: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A round rubber stamp with text, half-transparent, in red or blue."""
    h, w = a.shape[:2]
    out = a.copy()
    ink = [(190, 30, 40), (40, 60, 170)][int(rng.integers(2))]
    c = (int(rng.uniform(0.2, 0.8) * w), int(rng.uniform(0.2, 0.8) * h))
    r = int(rng.uniform(0.05, 0.09) * w)
    layer = out.copy()
    cv2.circle(layer, c, r, ink, max(2, r // 12), cv2.LINE_AA)
    cv2.circle(layer, c, int(r * 0.8), ink, max(1, r // 25), cv2.LINE_AA)
    cv2.putText(layer, "REVIEWED", (c[0] - int(0.7 * r), c[1] + r // 10), cv2.FONT_HERSHEY_SIMPLEX, r / 110.0,
                ink, max(1, r // 30), cv2.LINE_AA)
    return cv2.addWeighted(layer, 0.75, out, 0.25, 0)


def stain(a: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A coffee stain: a brownish translucent blob with a darker rim."""
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(0.04, 0.1) * w
    ang = np.arctan2(yy - cy, xx - cx)
    rr = np.hypot(xx - cx, yy - cy) / (r * (1 + 0.1 * np.sin(3 * ang + rng.uniform(0, 6))))
    body = np.clip(1.2 - rr, 0, 1) * 0.25 + np.exp(-((rr - 1) / 0.05) ** 2) * 0.25
    tint = np.array([0.85, 0.65, 0.4], np.float32)
    factor = 1.0 - body[..., None] * (1.0 - tint)
    return np.clip(a * factor, 0, 255).astype(np.uint8)


def hand_at_edge(a: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A thumb and fingers holding the sheet at one edge (skin-coloured, shaded blobs)."""
    h, w = a.shape[:2]
    out = a.copy()
    skin = np.array([rng.uniform(170, 230), rng.uniform(120, 170), rng.uniform(90, 140)])
    side = int(rng.integers(4))
    pos = rng.uniform(0.3, 0.7)
    size = rng.uniform(0.08, 0.14) * min(w, h)
    for k in range(int(rng.integers(1, 4))):
        along = pos + (k - 1) * 0.06
        if side in (0, 2):
            c = (int(along * w), int(0 if side == 0 else h))
            axes = (int(size * 0.45), int(size * 1.6))
        else:
            c = (int(0 if side == 3 else w), int(along * h))
            axes = (int(size * 1.6), int(size * 0.45))
        layer = np.zeros((h, w), np.float32)
        cv2.ellipse(layer, c, axes, 0, 0, 360, 1.0, -1)
        layer = cv2.GaussianBlur(layer, (0, 0), 3)
        shade = skin * (0.8 + 0.2 * rng.random())
        out = (out * (1 - layer[..., None]) + shade * layer[..., None]).astype(np.uint8)
    return out


def pen_at_edge(a: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A pen lying across a corner of the picture."""
    h, w = a.shape[:2]
    out = a.copy()
    x0 = rng.uniform(0.6, 0.95) * w
    ang = math.radians(rng.uniform(20, 70))
    length, width = 0.5 * w, max(6, int(0.018 * w))
    p0 = np.array([x0, h + 5.0])
    p1 = p0 + length * np.array([math.cos(ang), -math.sin(ang)]) * np.array([-1, 1])
    colour = [(20, 20, 25), (30, 50, 150), (180, 180, 185)][int(rng.integers(3))]
    cv2.line(out, tuple(int(v) for v in p0), tuple(int(v) for v in p1), colour, width, cv2.LINE_AA)
    cv2.line(out, tuple(int(v) for v in p0), tuple(int(v) for v in p1), tuple(min(255, c + 70) for c in colour),
             max(1, width // 5), cv2.LINE_AA)
    return out


def low_light(a: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Dim light: exposure 30-50 %, a warm cast and strong sensor noise."""
    gain = rng.uniform(0.3, 0.5) * np.array([1.0, 0.92, 0.78], np.float32)
    noisy = a * gain + rng.normal(0, rng.uniform(4, 8), a.shape).astype(np.float32)
    return np.clip(noisy, 0, 255).astype(np.uint8)
