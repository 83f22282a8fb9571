"""Zero-phase filters for 10-s ECG leads, numpy only (no SciPy in the installer)."""

from __future__ import annotations

import numpy as np


def band(x: np.ndarray, fs: float, low_hz: float, high_hz: float) -> np.ndarray:
    """Zero-phase band-pass by FFT with cosine tapers (0 disables an edge); mirrors the ends first."""
    n = x.size
    pad = min(n - 1, int(fs))
    y = np.concatenate([x[pad:0:-1], x, x[-2:-pad - 2:-1]]) if pad > 0 else x
    spec = np.fft.rfft(y)
    f = np.fft.rfftfreq(y.size, 1.0 / fs)
    gain = np.ones_like(f)
    if low_hz > 0:
        gain *= _ramp(f, low_hz * 0.5, low_hz * 1.5)
    if high_hz > 0:
        gain *= 1.0 - _ramp(f, high_hz * 0.8, high_hz * 1.2)
    out = np.fft.irfft(spec * gain, y.size)
    return out[pad:pad + n]


def _ramp(f: np.ndarray, f0: float, f1: float) -> np.ndarray:
    t = np.clip((f - f0) / max(f1 - f0, 1e-9), 0.0, 1.0)
    return 0.5 - 0.5 * np.cos(np.pi * t)


def moving_average(x: np.ndarray, width: int) -> np.ndarray:
    width = max(1, width)
    kernel = np.ones(width) / width
    return np.convolve(x, kernel, mode="same")
