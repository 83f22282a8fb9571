"""Benchmark of the orientation decision (a command that prints figures, not a test):

    python -m tests.support.bench_orientation [--k K] [--photos P] [--jobs J] [--show-failures] [--no-real]

Each picture is turned by 0, 90, 180 and 270 degrees counter-clockwise and straightened
(core.imaging.rectify.straighten, which decides the turn with core/imaging/orientation.py); the right
answer is the clockwise turn that undoes it. Pictures: the first K scanned pages of every paper style of the
intake corpus (tests/support/intake_corpus.py: random layouts, resolutions, inks, labels, header and
calibration pulses present or not), the first P photos of a few photo categories, and the real images in
shared/data/ecg-images. Prints, per turn and per group, how many were set right, left as they were, and
turned wrongly (any other turn); for the sideways ones (90 and 270) also how many were turned to run
across at all, and how many of the turns were a guess (orientation.Orientation.sure False) and how many
of those guesses were right. Target: upright pictures never turned; turned ones set right nearly always;
sideways ones always turned to run across.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from PIL import Image

PHOTO_CATEGORIES = ("photo: plain", "photo: perspective", "photo: low light", "photo: handwriting and stamp")


def _turns(rgb: np.ndarray) -> list[tuple[int, bool, bool]]:
    """For ``rgb`` turned 0, 1, 2 and 3 quarters counter-clockwise: the turn straighten chose, whether it was
    sure of the way up, and whether it said the page may be upside down."""
    from pulse_desktop.core.imaging.rectify import straighten

    results = [straighten(np.ascontiguousarray(np.rot90(rgb, q))) for q in range(4)]
    return [(r.turn, r.turn_sure, r.maybe_upside_down) for r in results]


def _corpus(item: tuple[str, int]) -> tuple[str, str, list[tuple[int, bool, bool]]]:
    from tests.support.intake_corpus import make_item

    made = make_item(*item)
    return item[0], made.name + ": " + made.description, _turns(made.image)


def _real(path: str) -> tuple[str, str, list[tuple[int, bool, bool]]]:
    with Image.open(path) as im:
        rgb = np.asarray(im.convert("RGB"))
    return "real images", os.path.basename(path), _turns(rgb)


def _print(marked: list[tuple[str, str, list[tuple[int, bool, bool]]]], show_failures: bool) -> None:
    rows = [(group, name, [t for t, _, _ in got]) for group, name, got in marked]
    guesses = [t == 90 * q for _, _, got in marked for q, (t, sure, _) in enumerate(got) if not sure]
    doubted = [got[q][2] for _, _, got in marked for q in (0, 2) if got[q][0] == 0]  # said "may be upside down"
    groups: dict[str, list] = defaultdict(list)
    for group, name, got in rows:
        groups["scan: every style" if group.startswith("scan: ") else group].append((name, got))
        if group.startswith("scan: "):
            groups[group].append((name, got))
    groups["all"] = [(n, g) for _, n, g in rows]
    print(f"{'group':34s} {'n':>4s}   " + "   ".join(f"turned {90 * q:3d}: right/left/WRONG" for q in range(4)))
    for group, items in groups.items():
        cells = []
        for q in range(4):
            right = sum(g[q] == (90 * q) % 360 for _, g in items)
            left = sum(g[q] == 0 for _, g in items) if q else 0
            wrong = len(items) - right - left
            cells.append(f"{right:4d} /{left:4d} /{wrong:3d}{'!' if wrong else ' '}      ")
        print(f"{group[:34]:34s} {len(items):4d}   " + "   ".join(cells))
    total = len(rows)
    turned_right = sum(g[q] == 90 * q for _, _, g in rows for q in (1, 2, 3))
    upright_turned = sum(g[0] != 0 for _, _, g in rows)
    wrong = sum(g[q] not in (0, 90 * q) for _, _, g in rows for q in (1, 2, 3))
    across = sum(g[q] in (90, 270) for _, _, g in rows for q in (1, 3))
    print(f"\nupright pictures turned: {upright_turned} of {total}; turned pictures set right: {turned_right} of "
          f"{3 * total} ({100.0 * turned_right / max(1, 3 * total):.1f} %), turned wrongly: {wrong}")
    print(f"sideways pictures turned to run across: {across} of {2 * total} ({100.0 * across / max(1, 2 * total):.1f} %);"
          f" turns that were a guess: {len(guesses)}, of them right: {sum(guesses)}")
    upright_doubted = sum(got[0][2] for _, _, got in marked)
    print(f"left as they are and said to be maybe upside down: upright {upright_doubted} of {total}, upside down "
          f"{sum(doubted) - upright_doubted} of {len(doubted) - total}")
    if show_failures:
        for _, name, got in marked:
            if [t for t, _, _ in got] != [0, 90, 180, 270] or any(not sure or doubt for _, sure, doubt in got):
                shown = [f"{t}{'' if sure else '?'}{' (maybe upside down)' if doubt else ''}" for t, sure, doubt in got]
                print(f"    [{', '.join(shown)}]  {name}  (?: a guess)")


def main() -> None:
    from tests.support.intake_corpus import ECG_CATEGORIES
    from tests.support.paths import ecg_image_files

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=3, help="scanned pages per paper style (default 3)")
    parser.add_argument("--photos", type=int, default=0, help="photos per photo category (default 0)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--show-failures", action="store_true", help="list each picture not always set right")
    parser.add_argument("--no-real", action="store_true", help="skip the real images")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; {args.k} pages per style, "
          f"{args.photos} photos per category, each turned 0/90/180/270 degrees counter-clockwise")
    items = [(c, i) for c in ECG_CATEGORIES if c.startswith("scan: ") for i in range(args.k)]
    items += [(c, i) for c in PHOTO_CATEGORIES for i in range(args.photos)]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        rows = list(pool.map(_corpus, items, chunksize=1))
        if not args.no_real:
            rows += list(pool.map(_real, [str(p) for p in ecg_image_files()], chunksize=1))
    _print(rows, args.show_failures)
    print(f"({time.perf_counter() - t0:.0f} s wall)")


if __name__ == "__main__":
    main()
