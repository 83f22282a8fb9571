"""Which way up a page is from its printed text: characters stand on a common baseline.

In a line of Latin text the characters' feet line up on the baseline, while their heads do not: a lower-case
letter stops at the x-height, a capital, a digit or an ascender (b d f h k l t) rises above it, a full stop
or a comma sits low. Only the few descenders (g j p q y) break the baseline. So, line by line, more
characters' tops stray from the line's usual top than bottoms from its usual bottom; on a page turned by
180 degrees it is the other way round. The header, the measurements and the lead labels of an ECG page are
such text.

Found on the grid-free ink map (trace_detect.remove_grid, rows running across): text-like components (1.2 to
5 mm tall, at most 5 mm wide, dense), side by side in lines of at least MIN_LINE characters whose vertical
extents overlap; pieces of the trace are mostly too long or too sparse, and those that remain stray both
ways. A character made of pieces one above the other (i, j, :) is one character. Decides only with at least
MIN_STRAY strays and RATIO times more one way than the other.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

CHAR_MM = (1.2, 5.0)  # a character's height; at most the upper bound wide
CHAR_FILL = 0.15  # at least this share of its box is ink
INK_LEVEL = 30  # residual ink (8-bit) at or above this, and ...
RELATIVE_LEVEL = 0.35  # ... at least this share of the darkest ink's level (99.7th percentile)
GAP = 1.2  # characters of a line are at most this many character heights apart
MIN_LINE = 3  # characters in a line
STRAY = 0.15  # a top or bottom strays when it is further than this share of the character height from the line's
MIN_STRAY = 8  # strays (the larger count) needed to decide ...
RATIO = 4.0  # ... and this many times more one way than the other
LEAN_RATIO, LEAN_MIN = 2.0, 4  # a weaker reading, for a guess only (TextStrays.leaning)
SPECK = 0.3  # pieces under this share of the least character height are specks, dropped
MAX_CHARS = 4000  # a picture with more text-like pieces than this is not read (noise, not text)


@dataclass(frozen=True)
class TextStrays:
    """Characters whose top (``tops``) or bottom (``bottoms``) strays from their line's, over ``lines`` lines."""

    tops: int
    bottoms: int
    lines: int

    @property
    def verdict(self) -> int:
        """+1: the right way up; -1: upside down; 0: unsure."""
        return self.decide(RATIO, MIN_STRAY)

    @property
    def leaning(self) -> int:
        """Like :attr:`verdict` at LEAN_RATIO with LEAN_MIN strays: for a page that must be turned one way or
        the other (a sideways page), never for turning an upright-looking one."""
        return self.decide(LEAN_RATIO, LEAN_MIN)

    def decide(self, ratio: float, minimum: int) -> int:
        """+1 when the tops stray ``ratio`` times more than the bottoms, -1 the other way round, with at least
        ``minimum`` strays; else 0."""
        if max(self.tops, self.bottoms) < minimum:
            return 0
        if self.tops >= ratio * max(1, self.bottoms):
            return 1
        if self.bottoms >= ratio * max(1, self.tops):
            return -1
        return 0


def count_text_strays(resid: np.ndarray, ppm: float) -> TextStrays:
    """The strays of the text on the grid-free ink map ``resid`` (``ppm`` px per mm), rows running across."""
    chars = _characters(resid, ppm)
    tops = bottoms = lines = 0
    for line in _lines(chars):
        top, bottom = line[:, 2], line[:, 3]
        tol = max(1.0, STRAY * float(np.median(bottom - top)))
        tops += int(np.sum(np.abs(top - np.median(top)) > tol))
        bottoms += int(np.sum(np.abs(bottom - np.median(bottom)) > tol))
        lines += 1
    return TextStrays(tops, bottoms, lines)


def _characters(resid: np.ndarray, ppm: float) -> np.ndarray:
    """Boxes (x0, x1, y0, y1) of text-like components, pieces one above the other merged, sorted by x0."""
    level = max(INK_LEVEL, int(RELATIVE_LEVEL * float(np.percentile(resid, 99.7))))
    n, _, stats, _ = cv2.connectedComponentsWithStats((resid >= level).astype(np.uint8), connectivity=8)
    x, y, w, h, area = (stats[1:, k] for k in range(5))
    lo, hi = CHAR_MM[0] * ppm, CHAR_MM[1] * ppm
    small = (w <= hi) & (h <= hi)
    # dots and strokes under a character's height are kept only to be merged into the character above/below
    keep = small & (area >= CHAR_FILL * w * h) & (h >= SPECK * lo) & (area >= 3)
    boxes = np.stack([x, x + w, y, y + h], 1)[keep]
    if len(boxes) > MAX_CHARS or len(boxes) == 0:
        return np.zeros((0, 4), np.int64)
    boxes = boxes[np.argsort(boxes[:, 0], kind="stable")]
    merged: list[list[int]] = []
    for b in boxes.tolist():
        for m in reversed(merged[-4:]):  # a piece above or below: mostly the same columns, close vertically
            overlap = min(m[1], b[1]) - max(m[0], b[0])
            gap = max(m[2], b[2]) - min(m[3], b[3])
            if overlap >= 0.5 * min(m[1] - m[0], b[1] - b[0]) and gap <= 0.25 * hi and \
                    max(m[3], b[3]) - min(m[2], b[2]) <= hi:
                m[:] = [min(m[0], b[0]), max(m[1], b[1]), min(m[2], b[2]), max(m[3], b[3])]
                break
        else:
            merged.append(b)
    out = np.array(merged, np.int64).reshape(-1, 4)
    tall = out[:, 3] - out[:, 2]
    return out[(tall >= lo) & (tall <= hi)]


def _lines(chars: np.ndarray) -> list[np.ndarray]:
    """Characters grouped in lines: left to right, each at most GAP heights from the last, overlapping the
    line's vertical extent by half its own height or more."""
    used = np.zeros(len(chars), bool)
    lines = []
    for i in range(len(chars)):
        if used[i]:
            continue
        used[i] = True
        members = [i]
        end, y0, y1 = chars[i, 1], chars[i, 2], chars[i, 3]
        for j in range(i + 1, len(chars)):
            x0, x1, c0, c1 = chars[j]
            if x0 - end > GAP * (y1 - y0):
                break
            if used[j] or min(c1, y1) - max(c0, y0) < 0.5 * min(c1 - c0, y1 - y0):
                continue
            used[j] = True
            members.append(j)
            end, y0, y1 = max(end, x1), min(y0, c0), max(y1, c1)
        if len(members) >= MIN_LINE:
            lines.append(chars[members])
    return lines
