"""An engine with the real event protocol and the real ``Answer`` value that records what it was given.

For the workflow's rules and the pixel-identity check: what matters there is what reaches the engine and
what the workflow records, not the model's words (the engine's own tests run the real model).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.answer import Answer, TopToken
from pulse_desktop.core.events import Done, Progress, StageFinished, StageStarted, Token

ANSWER = "Sinus rhythm at 72 bpm. Normal axis. No acute ST-segment changes."
FOLLOW_UP = "No signs of acute myocardial infarction."


class RecordingEngine:
    def __init__(self, answer: str = ANSWER, follow_up_answer: str = FOLLOW_UP,
                 stop_after: int | None = None) -> None:
        self.answer, self.follow_up_answer = answer, follow_up_answer
        self.images: list[np.ndarray] = []  # a copy of every picture asked about, as the model would read it
        self.questions: list[str] = []
        self.stop_after = stop_after  # tokens after which it waits for ``release`` (a crash point)
        self.release = threading.Event()
        self.closed = False

    def ask(self, image, question: str, cancel: CancelToken | None = None, **_options) -> Iterator[object]:
        self.images.append(np.asarray(image.convert("RGB")).copy())
        self.questions.append(question)
        yield StageStarted("vision")
        yield Progress("vision", 1, 1)
        yield StageFinished("vision", 0.0)
        yield from self._decode(self.answer, cancel, turn=1)

    def follow_up(self, question: str, cancel: CancelToken | None = None, **_options) -> Iterator[object]:
        self.questions.append(question)
        yield from self._decode(self.follow_up_answer, cancel, turn=2)

    def settings(self) -> dict:
        return {"engine": "recording"}

    def close(self) -> None:
        self.closed = True

    def _decode(self, text: str, cancel: CancelToken | None, turn: int) -> Iterator[object]:
        words = text.split(" ")
        pieces = [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]
        yield StageStarted("decode")
        for i, piece in enumerate(pieces):
            if cancel is not None:
                cancel.check()
            if self.stop_after is not None and i == self.stop_after:
                self.release.wait()
            yield Token(100 + i, piece)
        yield StageFinished("decode", 0.0)
        ids = tuple(range(100, 100 + len(pieces)))
        yield Done(result=Answer(text, ids, {"decode": 0.0}, (TopToken(100, pieces[0], -0.1),), 1728, 2000,
                                 False, "eos", turn))
