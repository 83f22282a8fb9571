"""Benchmark of the way-up cues on a large sample (a command that prints figures, not a test):

    python -m tests.support.bench_orientation_cues [--k K] [--photos P] [--jobs J] [--no-real]

Each picture (the first K scanned pages of every paper style of the intake corpus, the first P photos of six
photo categories, the real images in shared/data/ecg-images) is straightened without turning, and the cues
of core/imaging/orientation.py are read on its grid-free ink map as it is and turned by 180 degrees (the
same map: only the cues are measured, not the straightening). Prints, per group: readings where the
calibration pulses decide and where a pulse points the wrong way; the verdict (sure) right / wrong; where
it is unsure, the lean (a sideways page's guess, and the "may be upside down" note) right / wrong / none.
Target: the verdict never wrong.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from PIL import Image

PHOTO_CATEGORIES = ("photo: plain", "photo: perspective", "photo: low light", "photo: handwriting and stamp",
                    "photo: blur", "photo: shadow")


def _readings(rgb: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(pulses up, pulses down, verdict, lean) read upright (+1 right) and turned by 180 (sign flipped)."""
    from pulse_desktop.core.imaging.orientation import upright_evidence
    from pulse_desktop.core.imaging.rectify import straighten
    from pulse_desktop.core.imaging.trace_detect import best_curves, remove_grid, working_copy

    s = straighten(rgb, turn=0)
    dark, ppm = working_copy(s.array, s.grid.px_per_mm)
    resid = remove_grid(dark, ppm)
    out = []
    for sign, r in ((1, resid), (-1, np.ascontiguousarray(resid[::-1, ::-1]))):
        e = upright_evidence(r, ppm, best_curves(r, ppm), lean=True)
        up, down = (e.pulses.up, e.pulses.down) if sign > 0 else (e.pulses.down, e.pulses.up)
        out.append((up, down, sign * e.verdict, sign * e.leaning))
    return out


def _corpus(item: tuple[str, int]) -> tuple[str, list]:
    from tests.support.intake_corpus import make_item

    return item[0].split(" #")[0], _readings(make_item(*item).image)


def _real(path: str) -> tuple[str, list]:
    with Image.open(path) as im:
        return "real images", _readings(np.asarray(im.convert("RGB")))


def main() -> None:
    from tests.support.intake_corpus import ECG_CATEGORIES
    from tests.support.paths import ecg_image_files

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=15, help="scanned pages per paper style (default 15)")
    parser.add_argument("--photos", type=int, default=10, help="photos per photo category (default 10)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--no-real", action="store_true", help="skip the real images")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; {args.k} scans per style, "
          f"{args.photos} photos per category; each read upright and turned by 180 degrees")
    items = [(c, i) for c in ECG_CATEGORIES if c.startswith("scan: ") for i in range(args.k)]
    items += [(c, i) for c in PHOTO_CATEGORIES if c in ECG_CATEGORIES for i in range(args.photos)]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        rows = list(pool.map(_corpus, items, chunksize=1))
        if not args.no_real:
            rows += list(pool.map(_real, [str(p) for p in ecg_image_files()], chunksize=1))
    groups: dict[str, list] = defaultdict(list)
    for group, readings in rows:
        groups["scans" if group.startswith("scan: ") else "photos" if group.startswith("photo: ") else group] += readings
        groups["all"] += readings
    print(f"{'group':12s} {'readings':>8s}  pulses decide / wrong-way  verdict right / WRONG  unsure: lean right / wrong / none")
    for group, rs in groups.items():
        decide = sum(u - d >= 2 or (u == 1 and d == 0) for u, d, _, _ in rs)
        wrong_way = sum(d > 0 for u, d, _, _ in rs)
        right, wrong = sum(v > 0 for *_, v, _ in rs), sum(v < 0 for *_, v, _ in rs)
        unsure = [lean for *_, v, lean in rs if v == 0]
        print(f"{group:12s} {len(rs):8d}  {decide:13d} / {wrong_way:9d}  {right:13d} / {wrong:5d}  "
              f"{sum(x > 0 for x in unsure):17d} / {sum(x < 0 for x in unsure):5d} / {sum(x == 0 for x in unsure):4d}")
    print(f"({time.perf_counter() - t0:.0f} s wall)")


if __name__ == "__main__":
    main()
