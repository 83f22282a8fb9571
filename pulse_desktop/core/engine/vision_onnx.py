"""The vision tower and projector through onnxruntime.

This is the only module of the app that imports ``onnxruntime``.
"""

from __future__ import annotations

import time
from typing import Any

import onnxruntime


def runtime_info() -> dict[str, Any]:
    """onnxruntime's version and the execution providers this install offers."""
    return {
        "onnxruntime": onnxruntime.__version__,
        "providers": list(onnxruntime.get_available_providers()),
        "device": onnxruntime.get_device(),
    }


def int8_matmul_seconds(m: int, k: int, n: int, threads: int, repeats: int = 3) -> float:
    """Best wall time of one uint8 x int8 -> int32 matrix product [m, k] x [k, n] on onnxruntime's CPU provider.

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
    best = float("inf")
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        session.run(None, feed)
        best = min(best, time.perf_counter() - start)
    return best
