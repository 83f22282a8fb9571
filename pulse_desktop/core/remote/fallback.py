"""The server first, this computer when the server fails and the clinician allows it.

:class:`FallbackEngine` has the engine's generators. Each question goes to the clinic server; a server
failure *before the first word* (unreachable, key refused, certificate changed, model differs, busy, time-out,
a malformed answer) is said in a ``Message`` and, when fallback is allowed, the same question is answered by
the local engine (loaded then, once). A failure *after* words have come ends the answer as the local engine's
failures do: the partial text is kept and recorded incomplete with the reason, and the next question tries
the server again. A follow-up goes where its conversation is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PIL import Image

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.events import Message, Token
from pulse_desktop.core.server.errors import ServerError

LOCAL = "this computer"


class FallbackEngine:
    def __init__(self, open_remote: Callable[[], Any], open_local: Callable[[], Any] | None,
                 max_new_tokens: int | None = None) -> None:
        """``open_remote()`` returns a RemoteEngine (may raise ServerError); ``open_local()`` the local engine,
        or None when the clinician chose the server only."""
        self._open_remote, self._open_local = open_remote, open_local
        self.max_new_tokens = max_new_tokens
        self.remote: Any = None
        self.local: Any = None
        self._conversation: Any = None  # the engine holding the current conversation
        self.last_failure: ServerError | None = None

    @property
    def computed_on(self) -> str:
        return LOCAL if self._conversation is self.local else str(getattr(self._conversation, "computed_on", ""))

    def settings(self) -> dict[str, Any]:
        engine = self._conversation or self.remote or self.local
        settings = getattr(engine, "settings", None)
        return settings() if callable(settings) else {}

    def ask(self, image: Image.Image, question: str, cancel: CancelToken | None = None, **kw: Any) -> Iterator[object]:
        yield from self._run(lambda e: e.ask(image, question, cancel, **self._limits(kw)))

    def read_ahead(self, image: Image.Image, cancel: CancelToken | None = None) -> Iterator[object]:
        yield from self._run(lambda e: e.read_ahead(image, cancel))

    def follow_up(self, question: str, cancel: CancelToken | None = None, **kw: Any) -> Iterator[object]:
        if self._conversation is None:
            raise RuntimeError("follow_up before ask")
        yield from self._conversation.follow_up(question, cancel, **self._limits(kw))

    def close(self) -> None:
        for engine in (self.remote, self.local):
            if engine is not None:
                engine.close()
        self.remote = self.local = self._conversation = None

    def _limits(self, kw: dict[str, Any]) -> dict[str, Any]:
        if self.max_new_tokens is not None and kw.get("max_new_tokens") is None:
            kw = {**kw, "max_new_tokens": self.max_new_tokens}
        return kw

    def _run(self, call: Callable[[Any], Iterator[object]]) -> Iterator[object]:
        words = 0
        try:
            if self.remote is None:
                self.remote = self._open_remote()
                self.remote.wait_when_busy = self._open_local is None  # else: busy means "answer here"
            self._conversation = self.remote
            for event in call(self.remote):
                if isinstance(event, Token):
                    words += 1
                yield event
            return
        except ServerError as exc:
            self.last_failure = exc
            self.remote = None  # looked at afresh next time (it may be back)
            if words or self._open_local is None:
                raise
            yield Message(f"{exc.message} Answering on this computer instead.", "warning")
        if self.local is None:
            self.local = self._open_local()
        self._conversation = self.local
        yield from call(self.local)
