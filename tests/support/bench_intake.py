"""Benchmark of the intake's judgement (a command that prints figures, not a test):

    python -m tests.support.bench_intake [--n N] [--jobs J] [--show-failures] [--only TEXT] [--turns K]

Runs straighten + the quality checks (core.imaging.intake.check_picture) on the generated corpus
(tests/support/intake_corpus.py: N items in each category) and on the 35 real images in
shared/data/ecg-images, and prints, by category, the false rejections (an ECG that is doubted as "not an
ECG" or blocked) and the false acceptances (a non-ECG picture taken for an ECG). Targets (issue 20): every
real image accepted; false rejections at most 1 % overall and 5 % in any category; false acceptances at
most 2 %.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from PIL import Image

ASPECT_TARGET = 0.03  # restored page: aspect within 3 % ...
CORNER_TARGET = 0.01  # ... and corners within 1 % of the paper's diagonal (issue 20)


def restoration_error(corners_found, turn: int, size: tuple[int, int], true_corners, true_aspect: float
                      ) -> tuple[float, float]:
    """(aspect error, corner error): |output aspect / true aspect - 1| (the output turned back by ``turn``),
    and the largest distance of a found corner from the true one over the paper's diagonal in the photo."""
    found, truth = np.asarray(corners_found, float), np.asarray(true_corners, float)
    diagonal = 0.5 * (np.linalg.norm(truth[2] - truth[0]) + np.linalg.norm(truth[3] - truth[1]))
    corner = min(float(np.linalg.norm(np.roll(found, k, axis=0) - truth, axis=1).max()) for k in range(4))
    w, h = size
    aspect = (h / w) if turn in (90, 270) else (w / h)
    return abs(aspect / true_aspect - 1.0), corner / diagonal


def _judge(item: tuple[str, int]) -> tuple:
    """(category, index, is_ecg truth, judged as a usable ECG, description, why, seconds, restoration) where
    restoration is None or (aspect error, corner error, method, whole sheet in the frame) for a photo whose
    sheet is wholly in the frame, or that was straightened from its sheet's edges while running off it."""
    from pulse_desktop.core.imaging.intake import check_picture
    from tests.support.intake_corpus import make_item

    made = make_item(*item)
    t0 = time.process_time()
    result, report = check_picture(made.image)
    dt = time.process_time() - t0
    accepted = bool(report.is_ecg and report.usable)
    why = "; ".join(f"{f.name}={f.value if f.value is None else round(float(f.value), 2)} {f.level}"
                    for f in report.findings if f.level != "ok")
    restored = None
    if made.paper_aspect and (made.edges_visible or result.method == "paper"):
        restored = (*restoration_error(result.corners, result.turn, result.image.size, made.paper_corners,
                                       made.paper_aspect), result.method, made.edges_visible)
    return made.category, made.index, made.is_ecg, accepted, made.description, why, dt, restored


def _print_restoration(results: list[tuple], show_failures: bool) -> None:
    """Page restoration on photos whose sheet is wholly in the frame, by category."""
    by_cat: dict[str, list] = defaultdict(list)
    for r in results:
        if r[7] is not None and r[7][3]:
            by_cat[r[0]].append(r)
    if not by_cat:
        return
    print(f"\npage restoration (photos with the sheet's edges in the frame; aspect within {ASPECT_TARGET:.0%}, "
          f"corners within {CORNER_TARGET:.0%} of the diagonal)")
    print(f"{'category':40s} {'n':>4s} {'missed':>6s}  worst aspect  worst corner")
    total = missed = 0
    for cat, rows in by_cat.items():
        bad = [r for r in rows if r[7][0] > ASPECT_TARGET or r[7][1] > CORNER_TARGET]
        total, missed = total + len(rows), missed + len(bad)
        print(f"{cat:40s} {len(rows):4d} {len(bad):6d}  {100 * max(r[7][0] for r in rows):9.2f} %"
              f"  {100 * max(r[7][1] for r in rows):9.2f} %")
        if show_failures:
            for r in bad:
                print(f"    #{r[1]}: {r[7][2]}, aspect {100 * r[7][0]:.2f} %, corners {100 * r[7][1]:.2f} %: {r[4]}")
    print(f"page restored: {total - missed} of {total} photos ({100.0 * (total - missed) / total:.1f} %)")


def _print_off_frame(rows: list[tuple], show_failures: bool) -> None:
    """Photos whose sheet runs off the frame, straightened from its four sides (corners off the frame)."""
    if not rows:
        return
    bad = [r for r in rows if r[7][0] > ASPECT_TARGET or r[7][1] > CORNER_TARGET]
    print(f"\nsheets running off the frame, straightened from their four sides: {len(rows) - len(bad)} of "
          f"{len(rows)} restored (same targets); worst aspect {100 * max(r[7][0] for r in rows):.2f} %, "
          f"worst corner {100 * max(r[7][1] for r in rows):.2f} %")
    if show_failures:
        for r in bad:
            print(f"    {r[0]} #{r[1]}: aspect {100 * r[7][0]:.2f} %, corners {100 * r[7][1]:.2f} %: {r[4]}")


def _turn_item(item: tuple[str, int]) -> tuple[str, int, list[int]]:
    """A scanned corpus page turned by 0, 90, 180 and 270 degrees counter-clockwise: the turn the intake
    chose for each (right: 0, 90, 180, 270)."""
    from pulse_desktop.core.imaging.rectify import straighten
    from tests.support.intake_corpus import make_item

    made = make_item(*item)
    return item[0], item[1], [straighten(np.ascontiguousarray(np.rot90(made.image, q))).turn for q in range(4)]


def _print_turns(k: int, jobs: int, show_failures: bool) -> None:
    from tests.support.intake_corpus import ECG_CATEGORIES

    items = [(c, i) for c in ECG_CATEGORIES if c.startswith("scan: ") for i in range(k)]
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        rows = list(pool.map(_turn_item, items, chunksize=1))
    print(f"\npages turned ({len(rows)} scanned pages of every style, each turned 0/90/180/270 degrees "
          "counter-clockwise)")
    for q in range(4):
        right = sum(r[2][q] == 90 * q for r in rows)
        landscape = sum(r[2][q] in ((90 * q) % 360, (90 * q + 180) % 360) for r in rows)
        wrong = sum(r[2][q] not in (0, (90 * q) % 360) for r in rows)
        print(f"  turned {90 * q:3d}: set right {right} of {len(rows)} ({100.0 * right / len(rows):.0f} %), "
              f"rows along the page {landscape}, turned wrongly {wrong}")
    if show_failures:
        for cat, i, got in rows:
            if got != [0, 90, 180, 270]:
                print(f"    {cat} #{i}: {got}")


def _real() -> list[tuple[str, bool, str]]:
    from pulse_desktop.core.imaging.intake import check_picture
    from tests.support.paths import ecg_image_files

    out = []
    for path in ecg_image_files():
        with Image.open(path) as im:
            _, report = check_picture(im.convert("RGB"))
        why = "; ".join(f"{f.name} {f.level}" for f in report.findings if f.level != "ok")
        out.append((path.name, bool(report.is_ecg and report.usable), why))
    return out


def main() -> None:
    from tests.support.intake_corpus import ECG_CATEGORIES, corpus_index

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8, help="items per category (default 8)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--show-failures", action="store_true", help="list each wrong judgement")
    parser.add_argument("--only", default="", help="only categories whose name contains this")
    parser.add_argument("--no-real", action="store_true", help="skip the 35 real images")
    parser.add_argument("--turns", type=int, default=0, metavar="K",
                        help="also turn the first K scanned pages of each style 90/180/270 degrees and report")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; {args.n} per category")
    items = [it for it in corpus_index(args.n) if args.only.lower() in it[0].lower()]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(_judge, items, chunksize=2))
    wall = time.perf_counter() - t0
    by_cat: dict[str, list] = defaultdict(list)
    for r in results:
        by_cat[r[0]].append(r)
    fr = fa = n_ecg = n_non = 0
    worst_fr = 0.0
    print(f"\n{'category':40s} {'n':>4s} {'wrong':>6s}   rate")
    for cat, rows in by_cat.items():
        ecg = cat in ECG_CATEGORIES
        wrong = [r for r in rows if r[3] != ecg]
        rate = 100.0 * len(wrong) / len(rows)
        kind = "false rejections" if ecg else "false acceptances"
        print(f"{cat:40s} {len(rows):4d} {len(wrong):6d}   {rate:5.1f} % {kind}")
        if ecg:
            fr, n_ecg, worst_fr = fr + len(wrong), n_ecg + len(rows), max(worst_fr, rate)
        else:
            fa, n_non = fa + len(wrong), n_non + len(rows)
        if args.show_failures:
            for r in wrong:
                print(f"    #{r[1]}: {r[4]}\n        -> {r[5] or 'accepted'}")
    _print_restoration(results, args.show_failures)
    _print_off_frame([r for r in results if r[7] is not None and not r[7][3]], args.show_failures)
    cpu = [r[6] for r in results]
    print(f"\nECG pictures: {n_ecg}, false rejections {fr} = {100.0 * fr / max(n_ecg, 1):.2f} % "
          f"(target <= 1 %; worst category {worst_fr:.1f} %, target <= 5 %)")
    print(f"non-ECG pictures: {n_non}, false acceptances {fa} = {100.0 * fa / max(n_non, 1):.2f} % (target <= 2 %)")
    print(f"check_picture CPU time per picture: median {1000 * float(np.median(cpu)):.0f} ms, "
          f"max {1000 * max(cpu):.0f} ms; wall time {wall:.0f} s for {len(results)} pictures")
    if args.turns:
        _print_turns(args.turns, args.jobs, args.show_failures)
    if not args.no_real:
        real = _real()
        bad = [r for r in real if not r[1]]
        print(f"real images (shared/data/ecg-images): {len(real) - len(bad)} of {len(real)} accepted")
        for name, _, why in bad:
            print(f"    {name}: {why}")


if __name__ == "__main__":
    main()
