"""A fake engine for fast GUI tests: the real event protocol, checked cancel points, no model.

It yields what the real engine yields (stages, Progress for vision crops and prefill chunks, Token per
decoded token, Done with an answer) with small sleeps, so the window's progress, streaming, follow-up and
cancel paths run exactly as with the real engine, in milliseconds. It never stands in for the engine's
own tests: the main flow test also runs the real engine on the tiny bundle.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.events import Done, Progress, StageFinished, StageStarted, Token

ANSWER = ("Sinus rhythm at 72 bpm. Normal axis. No acute ST-segment changes. "
          "PR and QRS intervals within normal limits.")
FOLLOW_UP_ANSWER = "No signs of acute myocardial infarction on this tracing."


@dataclass(frozen=True)
class FakeAnswer:
    text: str
    tokens: tuple[int, ...]
    stages: dict[str, float] = field(default_factory=dict)
    image_tokens: int = 0


@dataclass(frozen=True)
class FakeReadAhead:
    image_tokens: int


class FakeEngine:
    """Single-owner like the real engine service; counts calls so tests can check reuse."""

    def __init__(self, crops: int = 5, prefill_chunks: int = 20, chunk_s: float = 0.01, token_s: float = 0.005,
                 answer: str = ANSWER, follow_up_answer: str = FOLLOW_UP_ANSWER, spin: bool = False) -> None:
        self.crops, self.prefill_chunks, self.chunk_s, self.token_s = crops, prefill_chunks, chunk_s, token_s
        self.spin = spin  # burn CPU in Python (holding the GIL) instead of sleeping: a worst case for the GUI
        self.answer, self.follow_up_answer = answer, follow_up_answer
        self.asked: list[str] = []
        self.followed: list[str] = []
        self.closed = False
        self.busy = threading.Lock()
        self.images: list[object] = []
        self.read_ahead_images: list[object] = []
        self._read_image: object = None  # the picture read ahead, and how many of its prefill chunks
        self._read_chunks = 0

    def ask(self, image, question: str, cancel: CancelToken) -> Iterator[object]:
        self.asked.append(question)
        self.images.append(image)
        with self.busy:
            yield from self._stage("preprocess", 1, 0.0, cancel)
            read = self._read_chunks if image is self._read_image else 0
            if read:  # like the real engine: the features and the cached positions are reused
                yield StageStarted("vision")
                yield StageFinished("vision", 0.0)
            else:
                yield from self._stage("vision", self.crops, self.chunk_s, cancel)
            yield from self._prefill((self.prefill_chunks - read) * 144 + 40, cancel)
            self._read_image, self._read_chunks = None, 0
            yield from self._decode(self.answer, cancel)

    def read_ahead(self, image, cancel: CancelToken) -> Iterator[object]:
        """Vision and the image's prefill before the question (the real engine's protocol); a cancelled
        read-ahead keeps the chunks it finished, as the real KV cache does."""
        self.read_ahead_images.append(image)
        with self.busy:
            if image is not self._read_image:
                self._read_image, self._read_chunks = image, 0
            yield from self._stage("preprocess", 1, 0.0, cancel)
            yield from self._stage("vision", self.crops, self.chunk_s, cancel)
            t0 = time.monotonic()
            yield StageStarted("prefill")
            while self._read_chunks < self.prefill_chunks:
                cancel.check()
                self._work(self.chunk_s)
                self._read_chunks += 1
                yield Progress("prefill", self._read_chunks * 144, self.prefill_chunks * 144)
            yield StageFinished("prefill", time.monotonic() - t0)
            yield Done(result=FakeReadAhead(self.prefill_chunks * 144))

    def follow_up(self, question: str, cancel: CancelToken) -> Iterator[object]:
        if not self.asked:
            raise RuntimeError("follow_up before ask")
        self.followed.append(question)
        with self.busy:
            yield from self._prefill(40, cancel)
            yield from self._decode(self.follow_up_answer, cancel)

    def close(self) -> None:
        self.closed = True

    def _work(self, seconds: float) -> None:
        if not self.spin:
            time.sleep(seconds)
            return
        end = time.monotonic() + seconds
        x = 0
        while time.monotonic() < end:
            for i in range(2000):
                x += i * i

    def _stage(self, stage: str, units: int, unit_s: float, cancel: CancelToken) -> Iterator[object]:
        t0 = time.monotonic()
        yield StageStarted(stage)
        for i in range(units):
            cancel.check()
            time.sleep(unit_s)
            yield Progress(stage, i + 1, units)
        yield StageFinished(stage, time.monotonic() - t0)

    def _prefill(self, tokens: int, cancel: CancelToken) -> Iterator[object]:
        t0 = time.monotonic()
        yield StageStarted("prefill")
        chunk = 144
        for done in range(chunk, tokens + chunk, chunk):
            cancel.check()
            self._work(self.chunk_s)
            yield Progress("prefill", min(done, tokens), tokens)
        yield StageFinished("prefill", time.monotonic() - t0)

    def _decode(self, text: str, cancel: CancelToken) -> Iterator[object]:
        t0 = time.monotonic()
        yield StageStarted("decode")
        pieces = [w + " " for w in text.split(" ")]
        pieces[-1] = pieces[-1].rstrip()
        for i, piece in enumerate(pieces):
            cancel.check()
            time.sleep(self.token_s)
            yield Token(100 + i, piece)
        yield StageFinished("decode", time.monotonic() - t0)
        yield Done(result=FakeAnswer(text, tuple(range(100, 100 + len(pieces))), {"decode": time.monotonic() - t0}))
