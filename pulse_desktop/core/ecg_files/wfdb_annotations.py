"""WFDB (MIT-format) annotation files, enough for LUDB's wave delineations: (sample, symbol) pairs."""

from __future__ import annotations

from pathlib import Path

import numpy as np

# The WFDB annotation codes (ecgcodes.h) that matter here; others read as "?"
_SYMBOLS = {1: "N", 2: "L", 3: "R", 4: "a", 5: "V", 6: "F", 7: "J", 8: "A", 9: "S", 10: "E", 11: "j",
            12: "/", 13: "Q", 14: "~", 24: "p", 27: "t", 28: "+", 29: "u", 39: "(", 40: ")", 41: "r"}
_SKIP, _NUM, _SUB, _CHN, _AUX = 59, 60, 61, 62, 63


def read_annotations(path: str | Path) -> list[tuple[int, str]]:
    """(sample index, symbol) for each annotation in a WFDB annotation file, in order."""
    words = np.fromfile(Path(path), dtype="<u2")
    out: list[tuple[int, str]] = []
    t = 0
    i = 0
    while i < words.size:
        w = int(words[i])
        code, n = w >> 10, w & 0x3FF
        if code == 0 and n == 0:
            break
        if code == _SKIP:
            if i + 2 >= words.size:
                break
            hi, lo = int(words[i + 1]), int(words[i + 2])
            skip = (hi << 16) | lo
            t += skip - (1 << 32) if skip >= 1 << 31 else skip
            i += 3
            continue
        if code == _AUX:
            i += 1 + (n + 1) // 2
            continue
        if code in (_NUM, _SUB, _CHN):
            i += 1
            continue
        t += n
        out.append((t, _SYMBOLS.get(code, "?")))
        i += 1
    return out


def waves(annotations: list[tuple[int, str]]) -> list[tuple[str, int, int, int]]:
    """Group '(' peak ')' triplets into (kind, onset, peak, offset); kind is 'p', 'qrs' or 't'."""
    out = []
    for k in range(1, len(annotations) - 1):
        (t0, s0), (t1, s1), (t2, s2) = annotations[k - 1], annotations[k], annotations[k + 1]
        if s0 == "(" and s2 == ")" and s1 not in "()":
            kind = "p" if s1 == "p" else "t" if s1 == "t" else "qrs"
            out.append((kind, t0, t1, t2))
    return out
