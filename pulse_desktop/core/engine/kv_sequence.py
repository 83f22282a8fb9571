"""What the language model's KV cache holds, position by position, and how new input is fed into it.

Each cached position has a key: a token id, or ``(image digest, row)`` for a row of an image block. Feeding
a target sequence keeps the longest common prefix already cached (so a follow-up re-feeds neither the image
nor the earlier turns), removes the rest, and feeds the remainder in chunks: tokens and image rows in
separate ``llama_batch``es, positions continuing. Cancellation is checked between chunks; whatever was fed
stays cached and recorded, so the cache and this record always agree. Inside a chunk, llama.cpp's abort
callback (set from the same CancelToken) stops the computation between graph nodes on the CPU; the
partial positions are removed again.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.llama.language_model import LanguageModel
from pulse_desktop.core.events import Progress

CHUNK_TARGET_S = 1.0  # without the abort callback (full GPU offload) a chunk takes about this long: cancel < 2 s
CHUNK_MULTIPLE = 16
CALIBRATION_POSITIONS = 32


@dataclass(frozen=True)
class Segment:
    """Token ids, or an image block (float32 [n, n_embd]) identified by ``digest``."""

    tokens: tuple[int, ...] = ()
    embeddings: np.ndarray | None = None
    digest: str = ""

    def keys(self) -> list[Hashable]:
        if self.embeddings is None:
            return list(self.tokens)
        return [(self.digest, i) for i in range(int(self.embeddings.shape[0]))]


def chunk_size_for(seconds_per_position: float, n_batch: int) -> int:
    if seconds_per_position <= 0:
        return n_batch
    n = int(CHUNK_TARGET_S / seconds_per_position) // CHUNK_MULTIPLE * CHUNK_MULTIPLE
    return max(CHUNK_MULTIPLE, min(n_batch, n))


class KvSequence:
    def __init__(self, lm: LanguageModel) -> None:
        self.lm = lm
        self.keys: list[Hashable] = []
        self.chunk = min(lm.n_batch, CHUNK_MULTIPLE * 4)
        self._context_due = False  # released and not yet made again (see :meth:`released`)
        self.before_remake: Callable[[], None] = lambda: None  # the engine settles the vision session here

    def calibrate(self) -> float | None:
        """Fix the prefill chunk for this engine's life (fixed chunk boundaries keep answers bit-identical from
        one run to the next). When some layers run on the CPU, llama.cpp's abort callback stops a batch between
        graph nodes, so full ``n_batch`` chunks (fast matrix kernels) still cancel within about a node's time:
        nothing to time (None). Under full GPU offload the callback is not asked: one block of embeddings is
        timed at the start of the context and chunks are sized to about ``CHUNK_TARGET_S``; returns seconds
        per position."""
        self.keys = []
        if self.lm.n_gpu_layers <= self.lm.n_layer:
            self.chunk = self.lm.n_batch
            return None
        n = min(CALIBRATION_POSITIONS, self.lm.n_batch)
        block = np.zeros((n, self.lm.n_embd), np.float32)
        self.lm.decode(0, embeddings=block)  # warm-up: buffers, kernels
        self.lm.clear()
        start = time.perf_counter()
        self.lm.decode(0, embeddings=block)
        seconds = time.perf_counter() - start
        self.lm.clear()
        self.chunk = chunk_size_for(seconds / n, self.lm.n_batch)
        return seconds / n

    def __len__(self) -> int:
        return len(self.keys)

    @contextlib.contextmanager
    def released(self) -> Iterator[None]:
        """The KV cache's memory given back for a while (the vision session is made meanwhile): every cached
        position is forgotten, llama.cpp's context freed, and a fresh one made on leaving (also on a cancel)."""
        self.keys = []
        self.lm.release_context()
        self._context_due = True
        yield
        # made again at the next feed, not here: a cancel can leave the vision session still being made on its
        # thread, and a cache made now would sit beside it (weights + cache + session: the 7B's 7.86 GB peak)

    def ensure_context(self) -> None:
        """Make the context again after :meth:`released`, once whatever ``before_remake`` settles is gone."""
        if self._context_due:
            self.before_remake()
            self.lm.reopen_context()
            self._context_due = False

    def truncate(self, length: int) -> None:
        """Forget cached positions >= length."""
        if length >= len(self.keys):
            return
        try:
            self.lm.forget_from(length)
        except RuntimeError:
            self.keys = []
            raise
        del self.keys[length:]

    def to_feed(self, segments: Sequence[Segment]) -> int:
        """How many positions :meth:`feed` would decode for this target."""
        target = [k for s in segments for k in s.keys()]
        return len(target) - self._reusable(target)

    def _reusable(self, target: list[Hashable]) -> int:
        n = 0
        limit = min(len(self.keys), len(target) - 1)  # the last position is always fed again: its logits
        while n < limit and self.keys[n] == target[n]:
            n += 1
        return n

    def feed(self, segments: Sequence[Segment], cancel: CancelToken, stage: str = "prefill") -> Iterator[Progress]:
        """Make the cache hold exactly ``segments``; the last position's logits are then ready."""
        self.ensure_context()
        target = [k for s in segments for k in s.keys()]
        if not target:
            raise ValueError("nothing to feed")
        keep = self._reusable(target)
        self.truncate(keep)
        total = len(target) - keep
        done = 0
        offset = 0
        yield Progress(stage, 0, total)
        for segment in segments:
            keys = segment.keys()
            start = max(0, len(self.keys) - offset)
            while start < len(keys):
                cancel.check()
                n = min(self.chunk, len(keys) - start)
                pos = len(self.keys)
                try:
                    if segment.embeddings is None:
                        self.lm.decode(pos, tokens=list(segment.tokens[start:start + n]), cancel=cancel)
                    else:
                        self.lm.decode(pos, embeddings=segment.embeddings[start:start + n], cancel=cancel)
                except BaseException:
                    self._forget_unrecorded(pos)
                    raise
                self.keys += keys[start:start + n]
                start += n
                done += n
                yield Progress(stage, done, total)
            offset += len(keys)

    def append_token(self, token: int) -> None:
        """Feed one generated token at the next position."""
        self.ensure_context()
        pos = len(self.keys)
        try:
            self.lm.decode(pos, tokens=[token])
        except BaseException:
            self._forget_unrecorded(pos)
            raise
        self.keys.append(token)

    def _forget_unrecorded(self, pos: int) -> None:
        try:
            self.lm.forget_from(pos)
        except RuntimeError:
            self.keys = []
