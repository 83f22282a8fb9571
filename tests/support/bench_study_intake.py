"""What the study workflow's default intake costs before the model runs: open, straighten and check every
real picture (tests/data and the shared set), against opening it as it is (``--as-is``).

    PULSE_SHARED=../shared .venv/bin/python -m tests.support.bench_study_intake
"""

from __future__ import annotations

import statistics
import time
from collections import Counter

from pulse_desktop.core.study.picture import open_file
from tests.support.paths import ecg_image_files


def main() -> None:
    files = ecg_image_files()
    checked, plain, outcome = [], [], Counter()
    for path in files:
        t0 = time.perf_counter()
        opened = open_file(path)
        checked.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        open_file(path, check=False)
        plain.append(time.perf_counter() - t0)
        review = opened.review
        level = "blocked" if review.blocked else "warnings" if review.warnings else "ok"
        outcome["straightened" if review.straightened is not None else "original", level] += 1
    print(f"{len(files)} pictures")
    print(f"open + straighten + check: median {statistics.median(checked):.2f} s, max {max(checked):.2f} s")
    print(f"open as it is (--as-is):   median {statistics.median(plain):.3f} s, max {max(plain):.3f} s")
    for (picture, level), count in sorted(outcome.items()):
        print(f"  model reads the {picture} picture, check {level}: {count}")


if __name__ == "__main__":
    main()
