"""The vision tower and projector through onnxruntime.

This is the only module of the app that imports ``onnxruntime``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import onnxruntime


def runtime_info() -> dict[str, Any]:
    """onnxruntime's version and the execution providers this install offers."""
    return {
        "onnxruntime": onnxruntime.__version__,
        "providers": list(onnxruntime.get_available_providers()),
        "device": onnxruntime.get_device(),
    }


def int8_matmul_seconds(m: int, k: int, n: int, threads: int, repeats: int = 3) -> tuple[float, float]:
    """Best wall time of one uint8 x int8 -> int32 matrix product [m, k] x [k, n] on onnxruntime's CPU provider,
    and the process CPU time (all threads) that run used.

    For the benchmark's hardware peak: MatMulInteger runs on onnxruntime's MLAS int8 kernels (VNNI where the
    CPU has it), the same precision class as llama.cpp's quantized CPU matrix products.
    """
    import numpy as np
    from onnx import TensorProto, helper

    rng = np.random.default_rng(0)
    weights = rng.integers(-127, 127, size=(k, n), dtype=np.int8)
    graph = helper.make_graph(
        [helper.make_node("MatMulInteger", ["A", "B"], ["Y"])], "int8_gemm",
        [helper.make_tensor_value_info("A", TensorProto.UINT8, [m, k])],
        [helper.make_tensor_value_info("Y", TensorProto.INT32, [m, n])],
        initializer=[helper.make_tensor("B", TensorProto.INT8, [k, n], weights.tobytes(), raw=True)])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = max(1, threads)
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    feed = {"A": rng.integers(0, 255, size=(m, k), dtype=np.uint8)}
    session.run(None, feed)  # warm-up: packing, thread pool start
    best, best_cpu = float("inf"), 0.0
    for _ in range(max(1, repeats)):
        start, cpu = time.perf_counter(), time.process_time()
        session.run(None, feed)
        wall = time.perf_counter() - start
        if wall < best:
            best, best_cpu = wall, time.process_time() - cpu
    return best, best_cpu


# --- the app's vision encoder ------------------------------------------------------------------------------

PROVIDER_ALIASES = {
    "cpu": "CPUExecutionProvider",
    "cuda": "CUDAExecutionProvider",
    "coreml": "CoreMLExecutionProvider",
    "directml": "DmlExecutionProvider",
    "dml": "DmlExecutionProvider",
}
AUTO_ORDER = ("CUDAExecutionProvider", "CoreMLExecutionProvider", "DmlExecutionProvider", "CPUExecutionProvider")


def provider_candidates(choice: str = "auto") -> list[str]:
    """Providers to try, best first, among those this install offers; CPU always last."""
    available = set(onnxruntime.get_available_providers())
    choice = (choice or "auto").strip()
    if choice.lower() == "auto":
        wanted = [p for p in AUTO_ORDER if p in available]
    else:
        name = PROVIDER_ALIASES.get(choice.lower(), choice)
        if name not in available:
            from pulse_desktop.core.errors import PulseError

            raise PulseError(f"The vision provider {choice!r} is not available in this installation.",
                             f"Use auto or one of: {', '.join(sorted(available))}.")
        wanted = [name]
    if "CPUExecutionProvider" not in wanted:
        wanted.append("CPUExecutionProvider")
    return wanted


class VisionEncoder:
    """The vision ONNX (CLIP up to hidden_states[-2] without CLS, then the projector) in one session.

    onnxruntime-gpu lists CUDA even on machines without a usable GPU: a provider that fails to start is
    dropped and the next one tried; ``provider`` is the one actually running the graph.
    """

    def __init__(self, onnx_path: Path, provider: str = "auto", threads: int | None = None) -> None:
        self.session = None
        errors: list[str] = []
        candidates = provider_candidates(provider)
        onnxruntime.set_default_logger_severity(4)  # a provider failing to start is handled here, not printed
        for i, name in enumerate(candidates):
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3
            if threads:
                options.intra_op_num_threads = int(threads)
            options.inter_op_num_threads = 1
            try:
                session = onnxruntime.InferenceSession(str(onnx_path), options, providers=candidates[i:])
            except Exception as exc:  # noqa: BLE001 - a provider that cannot start (no driver, no device)
                errors.append(f"{name}: {exc}")
                continue
            if session.get_providers()[0] == name or name == "CPUExecutionProvider":
                self.session = session
                break
            errors.append(f"{name}: not started")
        if self.session is None:
            raise RuntimeError("onnxruntime could not open the vision model: " + "; ".join(errors))
        self.provider = self.session.get_providers()[0]
        self.fallbacks = tuple(errors)
        self.input_name = self.session.get_inputs()[0].name

    def encode_one(self, pixels: Any) -> Any:
        """pixel_values [1, 3, S, S] float32 -> features [1, T, C] float32."""
        import numpy as np

        return np.asarray(self.session.run(None, {self.input_name: pixels})[0], dtype=np.float32)

    def close(self) -> None:
        self.session = None
