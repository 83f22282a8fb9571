"""A cancellation token checked between tokens and between prefill chunks."""

from __future__ import annotations

import threading

from pulse_desktop.core.errors import Cancelled


class CancelToken:
    """Set from any thread; checked by the worker at its yield points."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled()

    def reset(self) -> None:
        self._event.clear()
