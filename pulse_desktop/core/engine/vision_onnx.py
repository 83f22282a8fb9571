"""The vision tower and projector through onnxruntime.

This is the only module of the app that imports ``onnxruntime``.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import onnxruntime

from pulse_desktop.core.engine.memory import trim_heap


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


def session_options(threads: int | None) -> Any:
    """Options of the vision session. Pre-packing is off: MLAS would keep a packed copy of every fp32 weight
    beside the original, 0.72 GB more for PULSE's CLIP-L (2.06 vs 1.34 GB peak), for about 0.3 s less per
    336-pixel crop on 2 cores (2.3 vs 2.6 s): memory is what old clinic machines lack (docs/performance.md)."""
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    if threads:
        options.intra_op_num_threads = int(threads)
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.disable_prepacking", "1")
    return options


CANCEL_POLL_S = 0.05


class VisionEncoder:
    """The vision ONNX (CLIP up to hidden_states[-2] without CLS, then the projector) in one session.

    ``resident=False`` keeps the session only while a picture is encoded (:meth:`held`): on an 8 GB computer
    the 1.3 GB it holds must not sit beside the language model's weights and KV cache (docs/performance.md).

    onnxruntime-gpu lists CUDA even on machines without a usable GPU: a provider that fails to start is
    dropped and the next one tried; ``provider`` is the one actually running the graph. A session whose
    preferred provider did not start but which runs on a later one is kept, not rebuilt: a second session on
    the same 1.2 GB model would leave the first one's freed memory in the process (docs/performance.md).
    """

    def __init__(self, onnx_path: Path, provider: str = "auto", threads: int | None = None,
                 resident: bool = True) -> None:
        self.session: Any = None
        self._path, self._threads, self.resident = Path(onnx_path), threads, bool(resident)
        self._holders = 0
        self._loading: threading.Thread | None = None
        self._made: dict[str, Any] = {}
        errors: list[str] = []
        candidates = provider_candidates(provider)
        onnxruntime.set_default_logger_severity(4)  # a provider failing to start is handled here, not printed
        for i, name in enumerate(candidates):
            try:
                self.session = onnxruntime.InferenceSession(str(onnx_path), session_options(threads),
                                                            providers=candidates[i:])
            except Exception as exc:  # noqa: BLE001 - a provider that cannot start (no driver, no device)
                errors.append(f"{name}: {exc}")
                continue
            self._providers = candidates[i:]
            break
        if self.session is None:
            raise RuntimeError("onnxruntime could not open the vision model: " + "; ".join(errors))
        self.provider = self.session.get_providers()[0]
        running = candidates.index(self.provider) if self.provider in candidates else len(candidates)
        errors += [f"{name}: not started" for name in candidates[len(errors):running]]
        self.fallbacks = tuple(errors)
        self.input_name = self.session.get_inputs()[0].name
        if not self.resident:
            self._release()

    @contextlib.contextmanager
    def held(self, cancel: Any = None) -> Iterator[Any]:
        """The session, made if it is not resident, and released again (its memory given back) when the
        outermost ``held`` ends: a picture's crops are encoded in one hold. Re-made on the provider that
        started the first time: the same graph, the same kernels, the same features. Making it (seconds for
        CLIP-L) cannot be interrupted, so it runs on a thread while ``cancel`` is watched: a cancel returns at
        once, and the next hold takes the session when it is ready."""
        if self.session is None:
            self.session = self._make_session(cancel)
        self._holders += 1
        try:
            yield self.session
        finally:
            self._holders -= 1
            if self._holders == 0 and not self.resident:
                self._release()

    def _make_session(self, cancel: Any) -> Any:
        loader = self._loading  # a session a cancel left being made: wait for it (watching the cancel) and use it
        made = self._made
        if loader is None:
            made = self._made = {}

            def make() -> None:
                try:
                    made["session"] = onnxruntime.InferenceSession(str(self._path), session_options(self._threads),
                                                                   providers=self._providers)
                except BaseException as exc:  # noqa: BLE001 - re-raised on the caller's thread
                    made["error"] = exc

            loader = threading.Thread(target=make, name="vision-load", daemon=True)
            loader.start()
        self._loading = loader
        while loader.is_alive():
            loader.join(CANCEL_POLL_S)
            if cancel is not None and cancel.cancelled and loader.is_alive():
                from pulse_desktop.core.errors import Cancelled

                raise Cancelled()  # the session goes on being made; the next hold takes it
        self._loading, self._made = None, {}  # nothing here may keep the session alive once it is released
        if "error" in made:
            raise made["error"]
        return made.pop("session")

    def settle(self) -> None:
        """Wait for a session a cancel left being made, and drop it (not resident): before the language model's
        cache is made again, so that the two are never held together."""
        loader = self._loading
        if loader is None or self.resident or self._holders:
            return
        loader.join()
        self._loading, self._made = None, {}
        self._release()

    def _release(self) -> None:
        self.session = None
        gc.collect()
        trim_heap()

    def encode_one(self, pixels: Any, cancel: Any = None) -> Any:
        """pixel_values [1, 3, S, S] float32 -> features [1, T, C] float32. ``cancel`` (a CancelToken) stops
        the run between graph nodes (onnxruntime's RunOptions.terminate, set by a watcher thread): one CLIP-L
        crop takes 2-3 s on two cores, longer than the 2 s a cancel may take."""
        if cancel is not None:
            cancel.check()  # nothing made, nothing run
        with self.held(cancel) as session:
            return self._run(session, pixels, cancel)

    @staticmethod
    def _run(session: Any, pixels: Any, cancel: Any) -> Any:
        import numpy as np

        feed = {session.get_inputs()[0].name: pixels}
        if cancel is None:
            return np.asarray(session.run(None, feed)[0], dtype=np.float32)
        from pulse_desktop.core.errors import Cancelled

        cancel.check()
        options = onnxruntime.RunOptions()
        finished = threading.Event()

        def watch() -> None:
            while not finished.wait(CANCEL_POLL_S):
                if cancel.cancelled:
                    options.terminate = True
                    return

        watcher = threading.Thread(target=watch, name="vision-cancel", daemon=True)
        watcher.start()
        try:
            out = session.run(None, feed, options)
        except Exception as exc:  # noqa: BLE001 - onnxruntime reports a terminated run as a failure
            if cancel.cancelled:
                raise Cancelled() from exc
            raise
        finally:
            finished.set()
            watcher.join()
        return np.asarray(out[0], dtype=np.float32)

    def close(self) -> None:
        if self._loading is not None:
            self._loading.join()
            self._loading = None
        self._made = {}
        self._release()
