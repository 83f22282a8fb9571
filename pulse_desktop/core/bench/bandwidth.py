"""The machine's memory bandwidth, measured in the benchmark's own run: decode is bandwidth-bound (every
weight is read once per generated token), so this is its physical limit, as the GEMM peak is the prefill's.

Every thread sums its own slice of one large float32 buffer (numpy releases the GIL inside the reduction),
so the figure is the read bandwidth ``threads`` cores reach together, as llama.cpp's decode threads do.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

MIB = 1 << 20


def read_bandwidth(threads: int, size_bytes: int = 256 * MIB, repeats: int = 5) -> float:
    """Best bytes per second read by ``threads`` threads over a buffer far larger than the caches."""
    data = np.ones(size_bytes // 4, np.float32)
    slices = np.array_split(data, max(1, threads))
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        list(pool.map(np.add.reduce, slices))  # warm-up: pages touched, threads started
        best = float("inf")
        for _ in range(max(1, repeats)):
            start = time.perf_counter()
            list(pool.map(np.add.reduce, slices))
            best = min(best, time.perf_counter() - start)
    return data.nbytes / best
