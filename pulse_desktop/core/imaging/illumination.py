"""Even out lighting, shadows and colour cast on photographed ECG paper.

The paper's own colour under the scene's light (the "background") is estimated on a small copy: a grey
dilation removes everything darker than the paper (trace, text and grid lines, all thin), a median and a
Gaussian smooth what is left. Dividing the photo by that background, channel by channel, makes the paper
white everywhere while the grid keeps its colour relative to the paper (pink stays pink, because its green
and blue are still lower than its red) and the trace stays dark. The background is also what the
quality checks read shading and glare from.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from pulse_desktop.core.imaging.resample import shrink

WORK_SIDE = 480
#: Lighting is corrected when the paper's brightness varies more than this across the sheet (p95-p5 over
#: the median), or when the paper is dimmer than ``DIM_PAPER`` (8-bit), or when it was photographed.
UNEVEN_LIGHTING = 0.12
DIM_PAPER = 200.0


@dataclass(frozen=True)
class PaperLight:
    """The paper's background light, summarised."""

    background: np.ndarray  # small uint8 RGB image of the paper colour without lines (for display/checks)
    median_level: float  # median brightness (max channel) of the paper, 0..255
    unevenness: float  # (p95 - p5) / median of the paper brightness
    darkest_ratio: float  # p2 / median: how dark the worst shadow is relative to the paper (1.0 = none)

    @property
    def needs_correction(self) -> bool:
        return self.unevenness > UNEVEN_LIGHTING or self.median_level < DIM_PAPER


def estimate_paper_light(rgb: np.ndarray) -> PaperLight:
    """Estimate the paper's background colour and how even it is."""
    small, _ = shrink(rgb, WORK_SIDE)
    k = max(3, (round(max(small.shape[:2]) * 0.012) | 1))
    bg = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    bg = cv2.medianBlur(bg, k)
    bg = cv2.GaussianBlur(bg, (0, 0), k)
    level = cv2.max(cv2.max(bg[..., 0], bg[..., 1]), bg[..., 2]).astype(np.float32)
    inner = level[level.shape[0] // 20: -max(1, level.shape[0] // 20), level.shape[1] // 20: -max(1, level.shape[1] // 20)]
    p2, p5, p50, p95 = np.percentile(inner if inner.size else level, [2, 5, 50, 95])
    p50 = max(float(p50), 1.0)
    return PaperLight(bg, p50, float(p95 - p5) / p50, float(p2) / p50)


def even_out_lighting(rgb: np.ndarray, light: PaperLight | None = None) -> np.ndarray:
    """Divide the image by the paper's background colour: white paper, same grid and trace."""
    light = light or estimate_paper_light(rgb)
    h, w = rgb.shape[:2]
    small = np.maximum(light.background, 8)  # no division by (almost) nothing in black surroundings
    bg = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(rgb, bg, scale=255.0)
