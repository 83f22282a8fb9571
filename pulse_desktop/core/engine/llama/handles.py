"""Owners of llama.cpp's native handles: a model, a context, a batch. Each owner frees its handle exactly
once, deterministically: on ``close()`` or at the end of its ``with`` block (an ``ExitStack`` holds the free
call, as llama-cpp-python's ``_internals`` does), and only as a last resort when collected. Whoever makes
a context from a model closes the context first (an ``ExitStack`` entering the model, then the context,
does that by itself)."""

from __future__ import annotations

import contextlib
import ctypes
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np

from pulse_desktop.core.engine.llama import backends, log


class _Owner:
    """The free call of one handle, on an ExitStack: run once, by close() or the with-block's end."""

    def __init__(self) -> None:
        self._exit = contextlib.ExitStack()

    def close(self) -> None:
        self._exit.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown: the library may be gone already
            pass


class ModelHandle(_Owner):
    """A loaded llama_model (weights, vocabulary)."""

    def __init__(self, gguf_path: Path, params: Any, keep_alive: Any = None) -> None:
        super().__init__()
        backends.start()
        self._params, self._keep_alive = params, keep_alive  # the overrides array params points to
        model = llama_cpp.llama_model_load_from_file(str(gguf_path).encode(), params)
        if not model:
            raise RuntimeError(f"llama.cpp could not load {gguf_path}: " + log.recent())
        self.model = model
        self._exit.callback(self._free)
        self.vocab = llama_cpp.llama_model_get_vocab(model)
        self.n_vocab = int(llama_cpp.llama_vocab_n_tokens(self.vocab))
        self.n_embd = int(llama_cpp.llama_model_n_embd(model))
        self.n_layer = int(llama_cpp.llama_model_n_layer(model))
        self.eos = int(llama_cpp.llama_vocab_eos(self.vocab))
        self.bos = int(llama_cpp.llama_vocab_bos(self.vocab))

    def _free(self) -> None:
        llama_cpp.llama_model_free(self.model)
        self.model = None

    def tokenize(self, data: bytes, add_bos: bool, parse_special: bool = False) -> list[int]:
        size = len(data) + 8
        buffer = (llama_cpp.llama_token * size)()
        n = llama_cpp.llama_tokenize(self.vocab, data, len(data), buffer, size, add_bos, parse_special)
        if n < 0:
            raise RuntimeError(f"tokenization needs {-n} tokens")
        return list(buffer[:n])

    def piece(self, token: int) -> bytes:
        """The bytes a token adds to the text (special tokens render as nothing)."""
        buffer = ctypes.create_string_buffer(64)
        n = llama_cpp.llama_token_to_piece(self.vocab, int(token), buffer, 64, 0, False)
        if n < 0:
            buffer = ctypes.create_string_buffer(-n)
            n = llama_cpp.llama_token_to_piece(self.vocab, int(token), buffer, -n, 0, False)
        return bytes(buffer.raw[:n])

    def is_end(self, token: int) -> bool:
        return bool(llama_cpp.llama_vocab_is_eog(self.vocab, int(token)))


class Batch(_Owner):
    """A llama_batch for one sequence: ``n`` tokens, or ``n`` rows of embeddings [n, n_embd]."""

    def __init__(self, n: int, n_embd: int = 0) -> None:
        super().__init__()
        self.batch = llama_cpp.llama_batch_init(int(n), int(n_embd), 1)
        self.n, self.n_embd = int(n), int(n_embd)
        self._exit.callback(llama_cpp.llama_batch_free, self.batch)

    @classmethod
    def of(cls, pos: int, tokens: Sequence[int] | None = None, embeddings: np.ndarray | None = None,
           n_embd: int = 0, all_logits: bool = False) -> Batch:
        """Positions pos..pos+n-1 of sequence 0; logits for every position or the last only."""
        if tokens is None and embeddings is None:
            raise ValueError("a batch needs tokens or embeddings")
        n = len(tokens) if tokens is not None else int(embeddings.shape[0])  # type: ignore[union-attr]
        batch = cls(n, n_embd if tokens is None else 0)
        try:
            b = batch.batch
            if tokens is None:
                block = np.ascontiguousarray(embeddings, dtype=np.float32)
                if block.shape[1] != n_embd:
                    raise ValueError(f"image features have width {block.shape[1]}, the model {n_embd}")
                ctypes.memmove(b.embd, block.ctypes.data, block.nbytes)
            for i in range(n):
                if tokens is not None:
                    b.token[i] = int(tokens[i])
                b.pos[i] = pos + i
                b.n_seq_id[i] = 1
                b.seq_id[i][0] = 0
                b.logits[i] = 1 if (all_logits or i == n - 1) else 0
            b.n_tokens = n
        except BaseException:
            batch.close()
            raise
        return batch


class ContextHandle(_Owner):
    """A llama_context on a model: the KV cache of sequence 0, decoding, logits. Close it before its model."""

    def __init__(self, model: ModelHandle, cparams: Any) -> None:
        super().__init__()
        ctx = llama_cpp.llama_init_from_model(model.model, cparams)
        if not ctx:
            raise RuntimeError("llama.cpp could not create a context: " + log.recent())
        self.ctx, self.n_vocab = ctx, model.n_vocab
        self._exit.callback(self._free)
        self.n_ctx = int(llama_cpp.llama_n_ctx(ctx))
        self.memory = llama_cpp.llama_get_memory(ctx)
        self._abort: Any = None

    def _free(self) -> None:
        llama_cpp.llama_free(self.ctx)
        self.ctx = self.memory = None

    def set_abort(self, should_abort: Callable[[], bool]) -> None:
        """llama.cpp asks ``should_abort`` between graph nodes (CPU backend) during a decode."""
        self._abort = llama_cpp.ggml_abort_callback(lambda _data: bool(should_abort()))
        llama_cpp.llama_set_abort_callback(self.ctx, self._abort, None)

    def decode(self, batch: Batch) -> int:
        """llama_decode's status: 0 done, 2 aborted (the processed micro-batches stay cached), else failed."""
        return int(llama_cpp.llama_decode(self.ctx, batch.batch))

    def logits(self, i: int = -1) -> np.ndarray:
        """A copy of the logits of batch row ``i`` (-1: the last with logits)."""
        pointer = llama_cpp.llama_get_logits_ith(self.ctx, int(i))
        return np.ctypeslib.as_array(pointer, shape=(self.n_vocab,)).copy()

    def remove_from(self, pos: int) -> bool:
        return bool(llama_cpp.llama_memory_seq_rm(self.memory, 0, int(pos), -1))

    def clear(self) -> None:
        llama_cpp.llama_memory_clear(self.memory, True)

    def max_position(self) -> int:
        return int(llama_cpp.llama_memory_seq_pos_max(self.memory, 0))
