"""Teacher-forced logits from a GGUF through llama.cpp's low-level API, with token and embedding inputs.

The converter's validation (and the parity tests) need the logits of every position of a sequence made of
token pieces and image-embedding blocks, fed exactly as the spec says the app feeds them (spec section 4):
token batches, then ``llama_batch`` blocks whose ``embd`` is set, positions continuing. This is the
converter's own small runner; the app's runner is pulse_desktop/core/engine/llama_lm.py.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import llama_cpp
import numpy as np

GGML_TYPE_F32 = 0
_backend_ready = False


GGML_LOG_WARN = 3  # ggml's enum ggml_log_level: NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5
LOG_TAIL: list[str] = []  # llama.cpp's recent warnings and errors, for error messages


@llama_cpp.llama_log_callback
def _collect_log(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    if level in (GGML_LOG_WARN, GGML_LOG_WARN + 1):
        LOG_TAIL.append(text.decode("utf-8", "replace").rstrip())
        del LOG_TAIL[:-20]
        if level > GGML_LOG_WARN:
            print(LOG_TAIL[-1], file=sys.stderr)


@contextlib.contextmanager
def quiet_llama(verbose: bool = False) -> Iterator[None]:
    """Keep llama.cpp's chatter off stderr (errors still show; warnings are kept in LOG_TAIL)."""
    if verbose:
        yield
        return
    llama_cpp.llama_log_set(_collect_log, ctypes.c_void_p(0))
    try:
        yield
    finally:
        from llama_cpp import _logger

        llama_cpp.llama_log_set(_logger.llama_log_callback, ctypes.c_void_p(0))


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
        global _backend_ready
        self._quiet = quiet_llama(verbose)
        self._quiet.__enter__()
        if not _backend_ready:
            llama_cpp.llama_backend_init()
            _backend_ready = True
        params = llama_cpp.llama_model_default_params()
        params.n_gpu_layers = 0
        if add_space_prefix is not None:  # override tokenizer.ggml.add_space_prefix at load time
            self._overrides = (llama_cpp.llama_model_kv_override * 2)()
            self._overrides[0].key = b"tokenizer.ggml.add_space_prefix"
            self._overrides[0].tag = llama_cpp.LLAMA_KV_OVERRIDE_TYPE_BOOL
            self._overrides[0].value.val_bool = add_space_prefix
            self._overrides[1].key = b""
            params.kv_overrides = self._overrides
        self.model = llama_cpp.llama_model_load_from_file(str(gguf_path).encode(), params)
        if not self.model:
            self._quiet.__exit__(None, None, None)
            raise RuntimeError(f"llama.cpp could not load {gguf_path}")
        self.vocab = llama_cpp.llama_model_get_vocab(self.model)
        self.n_vocab = llama_cpp.llama_vocab_n_tokens(self.vocab)
        self.n_embd = llama_cpp.llama_model_n_embd(self.model)
        cparams = llama_cpp.llama_context_default_params()
        cparams.n_ctx = n_ctx
        cparams.n_batch = n_batch
        cparams.n_ubatch = n_batch
        cparams.n_threads = threads
        cparams.n_threads_batch = threads
        if exact:
            cparams.type_k = GGML_TYPE_F32
            cparams.type_v = GGML_TYPE_F32
            cparams.flash_attn_type = llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
        self.ctx = llama_cpp.llama_init_from_model(self.model, cparams)
        if not self.ctx:
            llama_cpp.llama_model_free(self.model)
            self._quiet.__exit__(None, None, None)
            raise RuntimeError("llama.cpp could not create a context")
        self.n_batch = n_batch

    def close(self) -> None:
        if getattr(self, "ctx", None):
            llama_cpp.llama_free(self.ctx)
            self.ctx = None
        if getattr(self, "model", None):
            llama_cpp.llama_model_free(self.model)
            self.model = None
            self._quiet.__exit__(None, None, None)

    def __enter__(self) -> LlamaRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def tokenize(self, text: str, add_bos: bool, parse_special: bool = False) -> list[int]:
        data = text.encode("utf-8")
        size = len(data) + 8
        buffer = (llama_cpp.llama_token * size)()
        n = llama_cpp.llama_tokenize(self.vocab, data, len(data), buffer, size, add_bos, parse_special)
        if n < 0:
            raise RuntimeError(f"tokenization needs {-n} tokens")
        return list(buffer[:n])

    def logits(self, segments: Sequence[Segment]) -> np.ndarray:
        """Run the segments from position 0 on a cleared cache; logits [n_marked, n_vocab] float32."""
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(self.ctx), True)
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
        embd = segment.embeddings is not None
        batch = llama_cpp.llama_batch_init(n, self.n_embd if embd else 0, 1)
        try:
            if embd:
                block = np.ascontiguousarray(segment.embeddings[start:start + n], dtype=np.float32)
                if block.shape[1] != self.n_embd:
                    raise ValueError(f"embeddings have width {block.shape[1]}, the model {self.n_embd}")
                ctypes.memmove(batch.embd, block.ctypes.data, block.nbytes)
            for i in range(n):
                if not embd:
                    batch.token[i] = int(segment.tokens[start + i])
                batch.pos[i] = pos + i
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = 0
                batch.logits[i] = 1 if segment.logits else 0
            batch.n_tokens = n
            status = llama_cpp.llama_decode(self.ctx, batch)
            if status != 0:
                raise RuntimeError(f"llama_decode failed with status {status}")
            if not segment.logits:
                return []
            out = []
            for i in range(n):
                pointer = llama_cpp.llama_get_logits_ith(self.ctx, i)
                out.append(np.ctypeslib.as_array(pointer, shape=(self.n_vocab,)).copy())
            return out
        finally:
            llama_cpp.llama_batch_free(batch)
