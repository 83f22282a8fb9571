"""Cancelling stops a vision run inside onnxruntime (between graph nodes), not only between crops."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from onnx import TensorProto, helper, save

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.vision_onnx import VisionEncoder
from pulse_desktop.core.errors import Cancelled


def _slow_model(path: Path, layers: int = 400, width: int = 1024) -> Path:
    """A chain of MatMul+Tanh nodes on [64, width]: a few seconds on one thread, many nodes to stop between."""
    rng = np.random.default_rng(0)
    weight = (rng.standard_normal((width, width)) / np.sqrt(width)).astype(np.float32)
    nodes, name = [], "x"
    for i in range(layers):
        nodes.append(helper.make_node("MatMul", [name, "w"], [f"m{i}"]))
        nodes.append(helper.make_node("Tanh", [f"m{i}"], [f"t{i}"]))
        name = f"t{i}"
    graph = helper.make_graph(nodes, "slow", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [64, width])],
                              [helper.make_tensor_value_info(name, TensorProto.FLOAT, [64, width])],
                              initializer=[helper.make_tensor("w", TensorProto.FLOAT, [width, width],
                                                              weight.tobytes(), raw=True)])
    save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8), str(path))
    return path


def test_a_cancel_stops_the_run_mid_graph(tmp_path: Path) -> None:
    encoder = VisionEncoder(_slow_model(tmp_path / "slow.onnx"), "cpu", threads=1)
    x = np.ones((64, 1024), np.float32)
    start = time.perf_counter()
    encoder.encode_one(x)
    full = time.perf_counter() - start
    token = CancelToken()
    fired: list[float] = []
    timer = threading.Timer(full / 4, lambda: (fired.append(time.perf_counter()), token.cancel()))
    timer.start()
    with pytest.raises(Cancelled):
        encoder.encode_one(x, token)
    latency = time.perf_counter() - fired[0]
    assert latency < max(0.5, full / 2), (latency, full)  # well before the run would have ended
    out = encoder.encode_one(x, CancelToken())  # reusable afterwards
    assert out.shape == (64, 1024)


def test_an_already_cancelled_token_runs_nothing(tmp_path: Path) -> None:
    encoder = VisionEncoder(_slow_model(tmp_path / "slow.onnx", layers=4), "cpu", threads=1)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        encoder.encode_one(np.ones((64, 1024), np.float32), token)
