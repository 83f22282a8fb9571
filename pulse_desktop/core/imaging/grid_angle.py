"""How far the grid lines are turned from the image axes.

The image is cut into thin bands across the lines; each band's profile along the lines' normal is
Fourier-transformed once. For a candidate angle, every band's profile is shifted (a phase ramp) by the
amount a line at that angle moves between bands, and the profiles are summed: at the true angle the grid
lines add up coherently and the summed profile has the most energy. A coarse search over +-12 degrees (0.4-degree
steps) is refined to 0.02 degrees. The same is done for the horizontal lines (rows) and the vertical lines (columns);
the mean is the rotation, the difference a shear (perspective left over).

Angles are in degrees, positive clockwise on screen (y grows downwards): a horizontal line at +2 degrees
descends to the right; for vertical lines the angle is that of the line turned by the same rotation.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from pulse_desktop.core.imaging.grid_scale import grid_signals
from pulse_desktop.core.imaging.resample import shrink

WORK_SIDE = 1200
MAX_ANGLE_DEG = 12.0
# Bands are 8 px apart: a 1-mm period of 2 px or more then cannot alias to an angle within +-12 degrees.
_BAND_PX = 8
_N_FREQS = 32


@dataclass(frozen=True)
class GridAngles:
    horizontal_deg: float  # angle of the horizontal grid lines
    vertical_deg: float  # rotation implied by the vertical grid lines
    contrast: float  # coherent energy at the best angle / mean over all angles (1 = no lines)

    @property
    def rotation_deg(self) -> float:
        return 0.5 * (self.horizontal_deg + self.vertical_deg)

    @property
    def shear_deg(self) -> float:
        return self.horizontal_deg - self.vertical_deg


def estimate_grid_angles(rgb: np.ndarray, channel: str | None = None) -> GridAngles:
    """Angles of the grid's line families in an RGB image (``channel``: "red", "dark" or the stronger)."""
    small, _ = shrink(rgb, WORK_SIDE)
    sigs = grid_signals(small)
    names = [channel] if channel else list(sigs)
    best: GridAngles | None = None
    for name in names:
        sig = sigs[name]
        # horizontal lines: profiles down the columns of vertical bands; a line at +a moves down to the right
        ah, ch = line_angle(sig.T)
        # vertical lines: profiles along rows of horizontal bands; under a clockwise rotation they move left
        av, cv = line_angle(sig)
        cand = GridAngles(ah, -av, min(ch, cv))
        if best is None or cand.contrast > best.contrast:
            best = cand
    assert best is not None
    return best


def line_angle(sig: np.ndarray) -> tuple[float, float]:
    """Angle (deg) at which lines crossing the profiles drift by +tan(angle) per band step; and contrast."""
    h, w = sig.shape
    n = h // _BAND_PX
    if n < 3 or w < 32:
        return 0.0, 1.0
    bands = sig[: n * _BAND_PX].reshape(n, _BAND_PX, w).mean(axis=1)
    x = np.linspace(-1.0, 1.0, w, dtype=np.float32)
    bands = bands - bands.mean(axis=1, keepdims=True)
    bands -= np.outer(bands @ x / float(x @ x), x)  # lighting: each band's mean and slope
    bands *= np.hanning(w)[None, :]
    spec = np.fft.rfft(bands, axis=1)  # [n, F]
    freqs = np.fft.rfftfreq(w)
    power = (np.abs(spec) ** 2).sum(axis=0)
    power[freqs < 1.0 / 200.0] = 0.0
    top = np.argsort(power)[-_N_FREQS:]  # the grid's harmonics carry the most power
    top = top[power[top] > 0]
    # each kept frequency counts equally (at most n when all bands add in phase)
    spec, freqs = (spec[:, top] / np.sqrt(power[top])[None, :]).astype(np.complex64), freqs[top]
    ys = (np.arange(n) + 0.5) * _BAND_PX

    def energy(angles_deg: np.ndarray) -> np.ndarray:
        shift = (ys[None, :] * np.tan(np.radians(angles_deg))[:, None]).astype(np.float32)  # [A, n]
        arg = (2 * np.pi * shift[:, :, None] * freqs[None, None, :].astype(np.float32))  # [A, n, F]
        phase = np.cos(arg) + 1j * np.sin(arg)
        return (np.abs(np.einsum("anf,nf->af", phase, spec)) ** 2).sum(axis=1)

    coarse = np.arange(-MAX_ANGLE_DEG, MAX_ANGLE_DEG + 1e-9, 0.4)
    e = energy(coarse)
    a0 = float(coarse[int(np.argmax(e))])
    fine = np.arange(a0 - 0.4, a0 + 0.4 + 1e-9, 0.02)
    ef = energy(fine)
    return float(fine[int(np.argmax(ef))]), float(ef.max() / max(float(np.median(e)), 1e-12))


def dominant_line_angle(rgb: np.ndarray) -> float | None:
    """How far the picture's straight lines (grid lines, the paper's edges) are turned, in degrees within
    (-45, 45], positive clockwise on screen, from the histogram of strong gradient directions folded modulo
    90 degrees (both line families then add up); None when no direction stands out (twice the mean).
    Works at any angle, unlike :func:`estimate_grid_angles` (+-12 degrees), but only to about a degree."""
    small, _ = shrink(rgb, 800)
    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY).astype(np.float32)
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3)
    mag = cv2.magnitude(gx, gy)
    strong = mag > max(float(np.percentile(mag, 80)), 1e-3)
    folded = np.degrees(np.arctan2(gy[strong], gx[strong])) % 90.0  # a horizontal line's gradient: 90 -> 0
    counts = np.bincount((folded * 2).astype(np.int64) % 180, weights=mag[strong], minlength=180)
    hist = np.convolve(np.r_[counts[-2:], counts, counts[:2]], np.ones(5) / 5.0, mode="valid")  # circular
    peak = int(np.argmax(hist))
    if hist[peak] < 2.0 * float(hist.mean()):
        return None
    angle = 0.5 * peak + 0.25
    return angle - 90.0 if angle > 45.0 else angle
