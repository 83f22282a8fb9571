"""Teacher-forced logits from a GGUF through llama.cpp, with token and embedding inputs.

The converter's validation (and the parity tests) need the logits of every position of a sequence made of
token pieces and image-embedding blocks, fed exactly as the spec says the app feeds them (spec section 4):
token batches, then ``llama_batch`` blocks whose ``embd`` is set, positions continuing. The native handles
(model, context, batch) and the parameter structs are the app's own (pulse_desktop/core/engine/llama/):
one owner frees each, and a struct field llama.cpp does not have is refused, not silently kept.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pulse_desktop.core.engine.llama import log
from pulse_desktop.core.engine.llama.handles import Batch, ContextHandle, ModelHandle
from pulse_desktop.core.engine.llama.params import context_params, model_params

LOG_TAIL = log.LOG_TAIL  # llama.cpp's recent warnings and errors, for error messages


def quiet_llama(verbose: bool = False) -> contextlib.AbstractContextManager[None]:
    """Keep llama.cpp's chatter off stderr (errors still show; warnings are kept in LOG_TAIL)."""
    return contextlib.nullcontext() if verbose else log.quiet(echo_errors=True)


@dataclass(frozen=True)
class Segment:
    """A run of input: token ids or embeddings [n, n_embd]; ``logits`` asks for each position's logits."""

    tokens: Sequence[int] | None = None
    embeddings: np.ndarray | None = None
    logits: bool = False

    def __len__(self) -> int:
        return len(self.tokens) if self.tokens is not None else int(self.embeddings.shape[0])


class LlamaRunner:
    """One model and one context; ``exact`` keeps the KV cache in F32 and flash attention off (for parity)."""

    def __init__(self, gguf_path: Path, n_ctx: int = 4096, n_batch: int = 512, threads: int = 2,
                 exact: bool = False, verbose: bool = False, add_space_prefix: bool | None = None) -> None:
        overrides = None if add_space_prefix is None else {"tokenizer.ggml.add_space_prefix": add_space_prefix}
        with contextlib.ExitStack() as stack:
            stack.enter_context(quiet_llama(verbose))
            params, keep = model_params(0, use_mmap=None, repack=None, bool_overrides=overrides)
            self.model = stack.enter_context(ModelHandle(gguf_path, params, keep))
            self.ctx = stack.enter_context(ContextHandle(
                self.model, context_params(n_ctx, n_batch, threads, exact=exact)))
            self._handles = stack.pop_all()  # context, model, log setting: undone in that order by close()
        self.vocab, self.n_vocab, self.n_embd = self.model.vocab, self.model.n_vocab, self.model.n_embd
        self.n_batch = n_batch

    def close(self) -> None:
        self._handles.close()

    def __enter__(self) -> LlamaRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def tokenize(self, text: str, add_bos: bool, parse_special: bool = False) -> list[int]:
        return self.model.tokenize(text.encode("utf-8"), add_bos, parse_special)

    def logits(self, segments: Sequence[Segment]) -> np.ndarray:
        """Run the segments from position 0 on a cleared cache; logits [n_marked, n_vocab] float32."""
        self.ctx.clear()
        rows: list[np.ndarray] = []
        pos = 0
        for segment in segments:
            for start in range(0, len(segment), self.n_batch):
                n = min(self.n_batch, len(segment) - start)
                rows += self._decode(segment, start, n, pos)
                pos += n
        if not rows:
            return np.zeros((0, self.n_vocab), np.float32)
        return np.stack(rows)

    def _decode(self, segment: Segment, start: int, n: int, pos: int) -> list[np.ndarray]:
        tokens = None if segment.tokens is None else list(segment.tokens[start:start + n])
        embeddings = None if segment.embeddings is None else segment.embeddings[start:start + n]
        with Batch.of(pos, tokens, embeddings, self.n_embd, all_logits=segment.logits) as batch:
            status = self.ctx.decode(batch)
        if status != 0:
            raise RuntimeError(f"llama_decode failed with status {status}")
        return [self.ctx.logits(i) for i in range(n)] if segment.logits else []
