"""The loaded engine, one at a time, reused across studies; loading happens inside a job.

The engine service is owned by its own worker thread and serialises calls (core/engine/engine_service.py);
this holder only decides when to (re)load it: when the bundle or the GPU/thread settings change. Loading is
announced as the ``load`` stage so that the progress panel shows it and learns its duration. A job that
needs the engine while another job is loading it (the interpretation while the read-ahead loads) waits for
that load, announced as the same stage, and cancellable.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator, Iterator
from typing import Any, Protocol

from PIL import Image

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.events import StageFinished, StageStarted
from pulse_desktop.core.study.answer_recording import answer_stages, answer_text

__all__ = ["EngineHolder", "EngineLike", "EngineSettings", "answer_stages", "answer_text", "engine_key"]


class EngineSettings(Protocol):
    """The settings that decide which engine is loaded (the window's settings, or the command's options)."""

    @property
    def default_bundle(self) -> str: ...

    @property
    def gpu_layers(self) -> int: ...

    @property
    def threads(self) -> int: ...


def engine_key(settings: EngineSettings) -> tuple:
    """The settings whose change reloads the engine (and stops a read-ahead made with the old ones)."""
    server = tuple(str(getattr(settings, name, "")) for name in
                   ("server_use", "server_url", "server_api_key", "server_fingerprint"))
    return (settings.default_bundle, settings.gpu_layers, settings.threads, *server)


class EngineLike(Protocol):
    def ask(self, image: Image.Image, question: str, cancel: CancelToken) -> Iterator[object]: ...

    def follow_up(self, question: str, cancel: CancelToken) -> Iterator[object]: ...

    def close(self) -> None: ...

    # Optional: read_ahead(image, cancel) -> Iterator[object] (vision and the image's prefill before the
    # question; the real engine service has it). Without it, reading ahead only loads the engine.


LOCK_POLL_S = 0.2  # a job waiting for another's load checks its cancel this often
EngineOpener = Callable[[Any, Any], EngineLike]  # (InstalledBundle, settings) -> engine


class EngineHolder:
    def __init__(self, opener: EngineOpener) -> None:
        self._opener = opener
        self._lock = threading.Lock()
        self._engine: EngineLike | None = None
        self._key: tuple | None = None

    @staticmethod
    def _key_for(bundle: Any, settings: EngineSettings) -> tuple:
        return (str(getattr(bundle, "path", bundle)), settings.gpu_layers, settings.threads)

    @property
    def loaded(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> EngineLike | None:
        """The loaded engine (None before the first load or after close)."""
        return self._engine

    def ensure(self, bundle: Any, settings: EngineSettings,
               cancel: CancelToken) -> Generator[object, None, EngineLike]:
        """Yield the load stage if a (re)load is needed; returns the engine (``yield from``)."""
        key = self._key_for(bundle, settings)
        announced = None
        if not self._lock.acquire(blocking=False):  # another job is loading (or closing) the engine
            announced = time.monotonic()
            yield StageStarted("load", "waiting for the model to finish loading")
            while not self._lock.acquire(timeout=LOCK_POLL_S):
                cancel.check()
        try:
            if self._engine is not None and self._key == key:
                if announced is not None:
                    yield StageFinished("load", time.monotonic() - announced)
                return self._engine
            self._close_locked()
            cancel.check()
            started = time.monotonic()
            if announced is None:
                yield StageStarted("load", str(getattr(bundle, "name", bundle)))
            self._engine = self._opener(bundle, settings)
            self._key = key
            yield StageFinished("load", time.monotonic() - (announced or started))
            cancel.check()
            return self._engine
        finally:
            self._lock.release()

    def ask(self, bundle: Any, settings: EngineSettings, image: Image.Image, question: str,
            cancel: CancelToken) -> Iterator[object]:
        engine = yield from self.ensure(bundle, settings, cancel)
        yield from engine.ask(image, question, cancel)

    def read_ahead(self, bundle: Any, settings: EngineSettings, image: Image.Image,
                   cancel: CancelToken) -> Iterator[object]:
        """Load the engine if needed and read ``image`` before the question is known (see the engine's
        ``read_ahead``); an ask on the same picture afterwards starts from what was done."""
        engine = yield from self.ensure(bundle, settings, cancel)
        read_ahead = getattr(engine, "read_ahead", None)
        if read_ahead is not None:
            yield from read_ahead(image, cancel)

    def follow_up(self, question: str, cancel: CancelToken) -> Iterator[object]:
        engine = self._engine
        if engine is None:
            raise RuntimeError("follow-up without a loaded engine")
        yield from engine.follow_up(question, cancel)

    def close(self) -> None:
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        if self._engine is not None:
            try:
                self._engine.close()
            finally:
                self._engine, self._key = None, None
