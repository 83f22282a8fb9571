"""Benchmark of the intake's judgement (a command that prints figures, not a test):

    python -m tests.support.bench_intake [--n N] [--jobs J] [--show-failures] [--only TEXT]

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


def _judge(item: tuple[str, int]) -> tuple[str, int, bool, bool, str, str, float]:
    """(category, index, is_ecg truth, judged as a usable ECG, description, why, seconds)."""
    from pulse_desktop.core.imaging.intake import check_picture
    from tests.support.intake_corpus import make_item

    made = make_item(*item)
    t0 = time.process_time()
    _, report = check_picture(made.image)
    dt = time.process_time() - t0
    accepted = bool(report.is_ecg and report.usable)
    why = "; ".join(f"{f.name}={f.value if f.value is None else round(float(f.value), 2)} {f.level}"
                    for f in report.findings if f.level != "ok")
    return made.category, made.index, made.is_ecg, accepted, made.description, why, dt


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
    cpu = [r[6] for r in results]
    print(f"\nECG pictures: {n_ecg}, false rejections {fr} = {100.0 * fr / max(n_ecg, 1):.2f} % "
          f"(target <= 1 %; worst category {worst_fr:.1f} %, target <= 5 %)")
    print(f"non-ECG pictures: {n_non}, false acceptances {fa} = {100.0 * fa / max(n_non, 1):.2f} % (target <= 2 %)")
    print(f"check_picture CPU time per picture: median {1000 * float(np.median(cpu)):.0f} ms, "
          f"max {1000 * max(cpu):.0f} ms; wall time {wall:.0f} s for {len(results)} pictures")
    if not args.no_real:
        real = _real()
        bad = [r for r in real if not r[1]]
        print(f"real images (shared/data/ecg-images): {len(real) - len(bad)} of {len(real)} accepted")
        for name, _, why in bad:
            print(f"    {name}: {why}")


if __name__ == "__main__":
    main()
