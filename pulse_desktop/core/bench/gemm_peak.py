"""The machine's matrix-multiply throughput, measured in the same run as the benchmark.

llama.cpp's CPU prefill for Q4_K/Q5_K/Q8_0 weights quantizes the activations to 8 bits and runs integer dot
products (AVX2 ``maddubs``, AVX512-VNNI ``vpdpbusd`` where present): the peak that matters is an int8 GEMM's.
It is measured with onnxruntime's MatMulInteger (MLAS's u8 x s8 kernels, VNNI where the CPU has it) on
prefill-like shapes; an fp32 GEMM through numpy's BLAS is measured for reference (the class of F16/F32 bundles).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from pulse_desktop.core.engine.vision_onnx import int8_matmul_seconds

# (m, k, n): m rows of activations (a prefill micro-batch) times a k x n weight matrix of the 7B model
FULL_SHAPES = ((512, 4096, 11008), (1024, 4096, 4096))
QUICK_SHAPES = ((256, 1024, 1024),)
INT8_CLASS_QUANTS = ("Q4_K_M", "Q5_K_M", "Q8_0", "Q4_0", "Q4_K_S", "Q5_K_S", "Q6_K")


@dataclass(frozen=True)
class GemmPeak:
    int8_ops_per_s: float  # best over the shapes, 2*m*k*n / seconds
    fp32_flops_per_s: float
    int8_shape: tuple[int, int, int]
    fp32_shape: tuple[int, int, int]
    threads: int
    seconds: float  # wall time the measurement took
    int8_cpu_share: float  # CPU seconds / (wall seconds x threads) of the best int8 run (about 1.0 on an idle machine)

    def peak_for(self, quantization: str) -> tuple[float, str]:
        """The peak of the precision class llama.cpp uses for this quantization, and its name."""
        if quantization.upper() in INT8_CLASS_QUANTS:
            return self.int8_ops_per_s, "int8"
        return self.fp32_flops_per_s, "fp32"


def _fp32_flops(m: int, k: int, n: int, repeats: int) -> float:
    rng = np.random.default_rng(0)
    a = rng.standard_normal((m, k), dtype=np.float32)
    b = rng.standard_normal((k, n), dtype=np.float32)
    a @ b
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        a @ b
        best = min(best, time.perf_counter() - start)
    return 2.0 * m * k * n / best


def measure_gemm_peak(threads: int, quick: bool = False) -> GemmPeak:
    """A few seconds of GEMMs (well under a second with ``quick``, for CI on the tiny bundle)."""
    start = time.perf_counter()
    shapes = QUICK_SHAPES if quick else FULL_SHAPES
    repeats = 2 if quick else 3
    int8 = []
    for m, k, n in shapes:
        wall, cpu = int8_matmul_seconds(m, k, n, threads, repeats)
        int8.append((2.0 * m * k * n / wall, (m, k, n), cpu / max(wall * threads, 1e-9)))
    best_int8 = max(int8)
    share = best_int8[2]
    fp32_shape = shapes[-1]
    fp32 = _fp32_flops(*fp32_shape, repeats=repeats)
    return GemmPeak(int8_ops_per_s=best_int8[0], fp32_flops_per_s=fp32, int8_shape=best_int8[1],
                    fp32_shape=fp32_shape, threads=threads, seconds=time.perf_counter() - start,
                    int8_cpu_share=min(1.0, share))


def measure_gemm_peak_apart(threads: int, quick: bool = False) -> GemmPeak:
    """:func:`measure_gemm_peak` in a child process, so that its buffers and BLAS/onnxruntime pools do not
    count in the benchmark's peak RSS (which is the app path's). In a frozen app, where ``-m`` cannot start a
    module, it runs in this process."""
    import json
    import subprocess
    import sys

    if getattr(sys, "frozen", False):
        return measure_gemm_peak(threads, quick)
    args = json.dumps({"threads": threads, "quick": quick})
    done = subprocess.run([sys.executable, "-m", "pulse_desktop.core.bench.gemm_peak", args],
                          capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return measure_gemm_peak(threads, quick)
    raw = json.loads(lines[-1])
    return GemmPeak(**{**raw, "int8_shape": tuple(raw["int8_shape"]), "fp32_shape": tuple(raw["fp32_shape"])})


if __name__ == "__main__":
    import json
    import sys
    from dataclasses import asdict

    options = json.loads(sys.argv[1])
    print(json.dumps(asdict(measure_gemm_peak(int(options["threads"]), bool(options["quick"])))), flush=True)
