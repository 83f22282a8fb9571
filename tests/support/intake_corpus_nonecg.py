"""Pictures that are not ECGs but come close, for the intake corpus: each a function of a random generator
returning an RGB uint8 array. Blank ECG grid paper is made in intake_corpus (it needs the paper renderer).
"""

from __future__ import annotations

import cv2
import numpy as np

_WORDS = ("patient seen today chest pain exertion two weeks no fever blood pressure normal follow up one "
          "month history medication aspirin dose daily review results laboratory glucose").split()
_FONT = cv2.FONT_HERSHEY_SIMPLEX


def _words(rng: np.random.Generator, n: int) -> str:
    return " ".join(_WORDS[int(i)] for i in rng.integers(0, len(_WORDS), n))


def graph_paper_with_curve(rng: np.random.Generator, size: tuple[int, int] = (1600, 1200)) -> np.ndarray:
    """Engineering graph paper (1-mm and 10-mm lines, green, blue or grey) with a smooth pencil curve
    and axes: a maths exercise, not an ECG."""
    w, h = size
    ppm = rng.uniform(4, 8)
    a = np.full((h, w, 3), 250, np.uint8)
    col = [(150, 200, 160), (150, 170, 225), (180, 180, 180), (235, 160, 160)][int(rng.integers(4))]
    light = tuple(int(255 - (255 - c) * 0.45) for c in col)
    for i in range(int(w / ppm) + 1):
        cv2.line(a, (int(i * ppm), 0), (int(i * ppm), h), col if i % 10 == 0 else light, 1)
    for j in range(int(h / ppm) + 1):
        cv2.line(a, (0, int(j * ppm)), (w, int(j * ppm)), col if j % 10 == 0 else light, 1)
    xs = np.linspace(0.08 * w, 0.92 * w, 400)
    u = (xs - xs[0]) / (xs[-1] - xs[0])
    kind = int(rng.integers(3))
    if kind == 0:
        ys = 0.5 * h - 0.3 * h * np.sin(2 * np.pi * u * rng.uniform(1, 3))
    elif kind == 1:
        ys = 0.85 * h - 0.7 * h * u ** rng.uniform(1.5, 3)
    else:
        ys = 0.5 * h - 0.35 * h * np.exp(-((u - 0.5) / 0.12) ** 2) + 0.1 * h * np.sin(9 * u)
    cv2.polylines(a, [np.stack([xs, ys], 1).astype(np.int32).reshape(-1, 1, 2)], False, (60, 60, 70), 2,
                  cv2.LINE_AA)
    cv2.line(a, (int(0.08 * w), int(0.9 * h)), (int(0.95 * w), int(0.9 * h)), (30, 30, 30), 2)
    cv2.line(a, (int(0.08 * w), int(0.05 * h)), (int(0.08 * w), int(0.9 * h)), (30, 30, 30), 2)
    cv2.putText(a, "f(x)", (int(0.1 * w), int(0.08 * h)), _FONT, 1.0, (40, 40, 40), 2, cv2.LINE_AA)
    return a


def eeg_chart(rng: np.random.Generator, size: tuple[int, int] = (1600, 1200)) -> np.ndarray:
    """An EEG page: 16-21 channels of wiggly traces, channel names, thin one-second lines."""
    w, h = size
    a = np.full((h, w, 3), 252, np.uint8)
    for x in np.arange(0.08 * w, w, w / 10):
        cv2.line(a, (int(x), 0), (int(x), h), (200, 200, 215), 1)
    n = int(rng.integers(16, 22))
    xs = np.arange(int(0.08 * w), int(0.98 * w))
    for k in range(n):
        base = (k + 0.8) * h / (n + 0.6)
        noise = rng.normal(0, 1, xs.size + 64)
        sig = np.convolve(noise, np.hanning(9), "same")[32:-32]
        sig += 1.5 * np.sin(xs * rng.uniform(0.05, 0.15))
        ys = base + sig * 0.18 * h / n
        cv2.polylines(a, [np.stack([xs, ys], 1).astype(np.int32).reshape(-1, 1, 2)], False, (20, 20, 20), 1,
                      cv2.LINE_AA)
        cv2.putText(a, ["Fp1-F7", "F7-T3", "T3-T5", "C3-P3", "Fz-Cz"][k % 5], (5, int(base)), _FONT, 0.45,
                    (30, 30, 30), 1, cv2.LINE_AA)
    return a


def spreadsheet_chart(rng: np.random.Generator, size: tuple[int, int] = (1600, 1200)) -> np.ndarray:
    """A spreadsheet line chart: cell grid, a plot with horizontal gridlines, 2-3 series and a legend."""
    w, h = size
    a = np.full((h, w, 3), 255, np.uint8)
    for x in range(0, w, 96):
        cv2.line(a, (x, 0), (x, h), (218, 218, 218), 1)
    for y in range(0, h, 24):
        cv2.line(a, (0, y), (w, y), (218, 218, 218), 1)
    x0, y0, x1, y1 = int(0.15 * w), int(0.2 * h), int(0.9 * w), int(0.85 * h)
    cv2.rectangle(a, (x0 - 40, y0 - 60), (x1 + 30, y1 + 50), (255, 255, 255), -1)
    cv2.rectangle(a, (x0 - 40, y0 - 60), (x1 + 30, y1 + 50), (160, 160, 160), 1)
    for y in np.linspace(y0, y1, 6):
        cv2.line(a, (x0, int(y)), (x1, int(y)), (210, 210, 210), 1)
    for s, colour in enumerate([(68, 114, 196), (237, 125, 49), (112, 173, 71)][: int(rng.integers(2, 4))]):
        n = int(rng.integers(8, 30))
        xs = np.linspace(x0, x1, n)
        ys = y1 - (y1 - y0) * np.clip(np.cumsum(rng.normal(0.03, 0.1, n)) + 0.3 + 0.15 * s, 0.02, 0.98)
        pts = np.stack([xs, ys], 1).astype(np.int32)
        cv2.polylines(a, [pts.reshape(-1, 1, 2)], False, colour, 3, cv2.LINE_AA)
        for p in pts:
            cv2.circle(a, tuple(int(v) for v in p), 5, colour, -1)
        cv2.putText(a, f"Series {s + 1}", (x1 - 150, y0 - 30 + 0 * s), _FONT, 0.6, colour, 2)
    return a


def printed_form(rng: np.random.Generator, size: tuple[int, int] = (1700, 2200)) -> np.ndarray:
    """A hospital form: title, boxes with labels, a table with ruled lines, tick boxes and text."""
    w, h = size
    a = np.full((h, w, 3), 250, np.uint8)
    cv2.putText(a, "PATIENT ADMISSION FORM", (150, 150), _FONT, 1.6, (10, 10, 10), 3, cv2.LINE_AA)
    y = 230
    while y < h - 200:
        if rng.random() < 0.3:  # a table
            rows, cols = int(rng.integers(4, 9)), int(rng.integers(3, 6))
            for r in range(rows + 1):
                cv2.line(a, (150, y + r * 50), (w - 150, y + r * 50), (40, 40, 40), 2)
            for c in range(cols + 1):
                x = 150 + c * (w - 300) // cols
                cv2.line(a, (x, y), (x, y + rows * 50), (40, 40, 40), 2)
            for r in range(rows):
                cv2.putText(a, _words(rng, 2), (165, y + r * 50 + 35), _FONT, 0.8, (20, 20, 20), 2, cv2.LINE_AA)
            y += rows * 50 + 60
        else:
            cv2.putText(a, _words(rng, 2) + ":", (150, y + 35), _FONT, 0.9, (20, 20, 20), 2, cv2.LINE_AA)
            cv2.rectangle(a, (600, y), (w - 150, y + 50), (40, 40, 40), 2)
            if rng.random() < 0.4:
                cv2.putText(a, _words(rng, 3), (620, y + 35), _FONT, 0.9, (60, 60, 150), 2, cv2.LINE_AA)
            y += 80
    return a


def xray_like(rng: np.random.Generator, size: tuple[int, int] = (1400, 1700)) -> np.ndarray:
    """A chest radiograph look-alike: dark field, bright blurred lung fields, spine and rib arcs."""
    w, h = size
    g = np.full((h, w), 25, np.float32)
    cv2.ellipse(g, (w // 2, int(h * 0.55)), (int(w * 0.42), int(h * 0.45)), 0, 0, 360, 120, -1)
    for side in (-1, 1):
        cv2.ellipse(g, (w // 2 + side * int(w * 0.2), int(h * 0.5)), (int(w * 0.15), int(h * 0.3)), 0, 0, 360,
                    70, -1)
        for k in range(9):
            yc = int(h * (0.25 + 0.06 * k))
            cv2.ellipse(g, (w // 2, yc), (int(w * 0.36), int(h * 0.06)), 0, 180 if side > 0 else 270,
                        270 if side > 0 else 360, 170, int(rng.uniform(6, 12)))
    cv2.rectangle(g, (w // 2 - 30, 0), (w // 2 + 30, h), 190, -1)
    g = cv2.GaussianBlur(g, (0, 0), 9) + rng.normal(0, 6, g.shape).astype(np.float32)
    g8 = np.clip(g, 0, 255).astype(np.uint8)
    cv2.putText(g8, "R", (60, 120), _FONT, 3, 240, 6)
    return np.repeat(g8[..., None], 3, axis=2)


def face_like(rng: np.random.Generator, size: tuple[int, int] = (1200, 1600)) -> np.ndarray:
    """A portrait look-alike: background, hair, skin-coloured face with eyes, brows, nose and mouth."""
    w, h = size
    a = np.zeros((h, w, 3), np.float32)
    a[:] = rng.uniform(60, 200, 3)
    cx, cy = w // 2, int(h * 0.45)
    skin = (rng.uniform(170, 235), rng.uniform(120, 180), rng.uniform(90, 150))
    cv2.ellipse(a, (cx, cy - 80), (int(w * 0.34), int(h * 0.32)), 0, 0, 360, (50, 35, 25), -1)
    cv2.ellipse(a, (cx, cy), (int(w * 0.28), int(h * 0.3)), 0, 0, 360, skin, -1)
    for s in (-1, 1):
        cv2.ellipse(a, (cx + s * int(w * 0.11), cy - 60), (45, 22), 0, 0, 360, (250, 250, 250), -1)
        cv2.circle(a, (cx + s * int(w * 0.11), cy - 60), 16, (50, 40, 30), -1)
        cv2.line(a, (cx + s * int(w * 0.06), cy - 120), (cx + s * int(w * 0.17), cy - 125), (60, 40, 30), 10)
    cv2.line(a, (cx, cy - 30), (cx - 15, cy + 60), tuple(c * 0.8 for c in skin), 6)
    cv2.ellipse(a, (cx, cy + 140), (90, 30), 0, 0, 180, (150, 60, 60), 8)
    a = cv2.GaussianBlur(a, (0, 0), 2.0) + rng.normal(0, 5, a.shape).astype(np.float32)
    return np.clip(a, 0, 255).astype(np.uint8)


def text_screen(rng: np.random.Generator, size: tuple[int, int] = (1600, 1000)) -> np.ndarray:
    """A photo or screenshot of a screen of text: window bar, dark or light theme, lines of words."""
    w, h = size
    dark = rng.random() < 0.5
    a = np.full((h, w, 3), 30 if dark else 248, np.uint8)
    cv2.rectangle(a, (0, 0), (w, 40), (60, 60, 70) if dark else (225, 225, 230), -1)
    ink = (210, 210, 210) if dark else (30, 30, 30)
    y = 90
    while y < h - 20:
        indent = 40 + 40 * int(rng.integers(0, 4))
        cv2.putText(a, _words(rng, int(rng.integers(3, 9))), (indent, y), cv2.FONT_HERSHEY_PLAIN, 1.6, ink, 1,
                    cv2.LINE_AA)
        y += 32
    return a
