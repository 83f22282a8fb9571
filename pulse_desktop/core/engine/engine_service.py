"""The engine behind a serialising wrapper: one worker thread owns it; callers anywhere submit jobs.

``EngineService(bundle, ...)`` loads the engine on its own thread (the constructor waits and re-raises a
load error). ``ask`` and ``follow_up`` return generators that the caller iterates on any thread: the job
runs on the worker, its events cross through a queue, its exception is re-raised in the caller. Jobs run
one at a time in submission order. Cancel with the CancelToken passed in, from any thread; abandoning a
generator (``close()`` or dropping it) cancels its job too.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PIL import Image

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import Cancelled

_STOP = object()


class _JobCancel(CancelToken):
    """The caller's token, or-ed with the job's own (set when the caller abandons the job)."""

    def __init__(self, caller: CancelToken | None) -> None:
        super().__init__()
        self._caller = caller

    @property
    def cancelled(self) -> bool:
        return super().cancelled or bool(self._caller and self._caller.cancelled)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


class _Job:
    def __init__(self, work: Callable[[CancelToken], Any], cancel: CancelToken | None, streams: bool) -> None:
        self.work, self.cancel, self.streams = work, _JobCancel(cancel), streams
        self.events: queue.Queue = queue.Queue()


class EngineService:
    """Same calls as :class:`MultimodalEngine` (ask, read_ahead, follow_up, close, settings), safe from any
    thread."""

    def __init__(self, bundle: Any, n_gpu_layers: int | str | None = -1, n_threads: int | None = None,
                 vision_provider: str = "auto", **engine_options: Any) -> None:
        self._jobs: queue.Queue = queue.Queue()
        self._loaded: queue.Queue = queue.Queue()
        self._engine: Any = None
        self._closed = False
        self._thread = threading.Thread(
            target=self._run, name="pulse-engine", daemon=True,
            args=(bundle, dict(n_gpu_layers=n_gpu_layers, n_threads=n_threads, vision_provider=vision_provider,
                               **engine_options)))
        self._thread.start()
        error = self._loaded.get()
        if error is not None:
            self._thread.join()
            raise error

    # --- the worker -----------------------------------------------------------------------------------------
    def _run(self, bundle: Any, options: dict[str, Any]) -> None:
        from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine

        try:
            self._engine = MultimodalEngine(bundle, **options)
        except BaseException as exc:  # noqa: BLE001 - handed to the constructor's caller
            self._loaded.put(exc)
            return
        self._loaded.put(None)
        try:
            while True:
                job = self._jobs.get()
                if job is _STOP:
                    return
                self._execute(job)
        finally:
            self._engine.close()

    @staticmethod
    def _execute(job: _Job) -> None:
        try:
            if job.streams:
                generator = job.work(job.cancel)
                while True:
                    try:
                        event = next(generator)
                    except StopIteration as stop:
                        job.events.put(("end", stop.value))
                        return
                    job.events.put(("event", event))
            else:
                job.events.put(("end", job.work(job.cancel)))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            job.events.put(("error", exc))

    # --- callers --------------------------------------------------------------------------------------------
    def _submit(self, work: Callable[[CancelToken], Any], cancel: CancelToken | None, streams: bool) -> _Job:
        if self._closed:
            raise RuntimeError("the engine service is closed")
        job = _Job(work, cancel, streams)
        self._jobs.put(job)
        return job

    def _stream(self, work: Callable[[CancelToken], Iterator[object]], cancel: CancelToken | None
                ) -> Iterator[object]:
        job = self._submit(work, cancel, True)
        finished = False
        try:
            while True:
                kind, value = job.events.get()
                if kind == "event":
                    yield value
                    continue
                finished = True
                if kind == "error":
                    raise value
                return value
        finally:
            if not finished:
                job.cancel.cancel()

    def call(self, work: Callable[[Any], Any]) -> Any:
        """Run ``work(engine)`` on the worker thread and return its result."""
        job = self._submit(lambda _cancel: work(self._engine), None, False)
        kind, value = job.events.get()
        if kind == "error":
            raise value
        return value

    def ask(self, image: Image.Image, question: str, cancel: CancelToken | None = None,
            **options: Any) -> Iterator[object]:
        return self._stream(lambda token: self._engine.ask(image, question, token, **options), cancel)

    def read_ahead(self, image: Image.Image, cancel: CancelToken | None = None) -> Iterator[object]:
        return self._stream(lambda token: self._engine.read_ahead(image, token), cancel)

    def follow_up(self, question: str, cancel: CancelToken | None = None, **options: Any) -> Iterator[object]:
        return self._stream(lambda token: self._engine.follow_up(question, token, **options), cancel)

    def settings(self) -> dict[str, Any]:
        return self.call(lambda engine: engine.settings())

    @property
    def manifest(self) -> Any:
        return self._engine.manifest

    @property
    def manifest_sha256(self) -> str:
        return self._engine.manifest_sha256

    @property
    def bundle_name(self) -> str:
        return self._engine.bundle_name

    def close(self) -> None:
        """Finish the queued jobs, free the engine (on its thread), stop the worker."""
        if self._closed:
            return
        self._closed = True
        self._jobs.put(_STOP)
        self._thread.join()
