"""The app's language model: one model, one context, one sequence, on the device chosen for it.

Feeds tokens and embedding blocks at given positions of sequence 0 and returns the last position's logits.
Its two native handles sit on one ExitStack (the context is freed before the model). Layers asked for a GPU
whose device does not start (model or context creation fails) are run on the CPU instead, with a note.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from pulse_desktop.core.engine.llama import devices, log
from pulse_desktop.core.engine.llama.handles import Batch, ContextHandle, ModelHandle
from pulse_desktop.core.engine.llama.params import (
    LlamaTuning,
    context_params,
    cpu_prefers_plain_kernels,
    default_threads,
    model_params,
)


class LanguageModel:
    """Owns a llama.cpp model and context (freed by :meth:`close` or the end of a ``with`` block). Not
    thread-safe: one owner thread."""

    def __init__(self, gguf_path: Path, n_ctx: int, n_batch: int = 512, n_threads: int | None = None,
                 n_gpu_layers: int = 0, f32_kv: bool = False, tuning: LlamaTuning | None = None) -> None:
        self.tuning = tuning or LlamaTuning()
        self.n_threads = int(n_threads or default_threads())
        self.n_batch = int(n_batch)
        self.note = ""  # why the layers asked for a GPU run on the CPU, when they do
        self._handles = contextlib.ExitStack()
        try:
            self._open(Path(gguf_path), int(n_ctx), int(n_gpu_layers), f32_kv)
        except RuntimeError as exc:
            if int(n_gpu_layers) == 0:
                raise
            # a GPU that fails to start (driver, memory) must not stop the clinician: the CPU answers the same
            self.note = (f"The GPU could not be used ({exc}); the language model runs on the CPU.")
            self._open(Path(gguf_path), int(n_ctx), 0, f32_kv)
        self._cancel: Any = None
        self._watch_cancel()

    def _watch_cancel(self) -> None:
        # Cancel inside a llama_decode call: llama.cpp asks this between graph nodes (CPU backend), so a large
        # prefill batch stops within a node's time (docs/performance.md: 1.44 s for 512 positions under load)
        self.context.set_abort(lambda: self._cancel is not None and self._cancel.cancelled)

    def _open(self, gguf_path: Path, n_ctx: int, n_gpu_layers: int, f32_kv: bool) -> None:
        tuning = self.tuning
        # Repacking (llama.cpp's "extra buffer types": Q4_K weights interleaved for its 8x8 GEMM/GEMV kernels):
        # llama.cpp's default (on), except when everything runs on an AVX-512 CPU backend, where its plain
        # kernels prefilled 20-60 % faster with decode unchanged (docs/performance.md, "Repacked weights")
        self.repack = bool(tuning.repack if tuning.repack is not None
                           else not (n_gpu_layers == 0 and cpu_prefers_plain_kernels()))
        # Read the weights into memory rather than mapping the file (unless asked): on the CPU llama.cpp repacks
        # most of them, and a mapping would keep a second, file-backed copy resident (7B: 8.8 vs 6.0 GB peak,
        # same load time); nor can a bundle file changed or deleted under a running engine crash it (SIGBUS).
        # The dummy-prefix space is added by us, piece by piece, as the reference's slow tokenizer does it.
        params, overrides = model_params(n_gpu_layers, bool(tuning.use_mmap), self.repack,
                                         {"tokenizer.ggml.add_space_prefix": False})
        with contextlib.ExitStack() as stack:
            model = stack.enter_context(ModelHandle(gguf_path, params, overrides))
            # CPU only means CPU only: with a GPU backend present llama.cpp would otherwise send large host-side
            # matrix products of a prefill to the GPU ("op offload"), neither asked for nor counted
            cparams = context_params(n_ctx, self.n_batch, self.n_threads, exact=f32_kv, no_perf=True,
                                     op_offload=n_gpu_layers > 0)
            self.flash_attn = "off" if f32_kv else tuning.apply(cparams, on_cpu=n_gpu_layers == 0)
            context = stack.enter_context(ContextHandle(model, cparams))
            self._handles = stack.pop_all()  # both opened: from now on close() frees them
        self._cparams = cparams
        self.n_ubatch = int(cparams.n_ubatch)
        self.model, self.context = model, context
        self.n_vocab, self.n_embd, self.n_layer = model.n_vocab, model.n_embd, model.n_layer
        self.eos, self.bos = model.eos, model.bos
        self.n_ctx = context.n_ctx
        self.n_gpu_layers = n_gpu_layers
        self.layers_offloaded = min(n_gpu_layers, self.n_layer + 1) if n_gpu_layers > 0 else 0

    # --- where it runs --------------------------------------------------------------------------------------
    def device(self) -> dict[str, Any]:
        """The device and backend actually used: the offload devices when layers are offloaded, else the CPU."""
        found = devices.list_devices()
        used = devices.offload_devices(found) if self.layers_offloaded else []
        if not used:
            cpu = [d for d in found if d.kind == "CPU"]
            return {"device": cpu[0].description if cpu else "CPU", "backend": "CPU", "layers_offloaded": 0,
                    "n_layers": self.n_layer + 1, "note": self.note}
        return {"device": ", ".join(d.label() for d in used),
                "backend": "+".join(dict.fromkeys(d.backend for d in used)),
                "layers_offloaded": self.layers_offloaded, "n_layers": self.n_layer + 1, "note": self.note}

    # --- lifetime -------------------------------------------------------------------------------------------
    def release_context(self) -> None:
        """Free the context (the KV cache: 2 GB for PULSE-7B at 4096 positions) and keep the weights; every
        cached position is gone. :meth:`reopen_context` makes a fresh one with the same parameters."""
        self.context.close()

    def reopen_context(self) -> None:
        if self.context.ctx is None:
            self.context = self._handles.enter_context(ContextHandle(self.model, self._cparams))
            self._watch_cancel()

    def close(self) -> None:
        self._handles.close()

    def __enter__(self) -> LanguageModel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- text -----------------------------------------------------------------------------------------------
    def tokenize(self, text: str, add_bos: bool, dummy_prefix: bool) -> list[int]:
        """SentencePiece ids of ``text`` (no special-token parsing); ``dummy_prefix`` adds the leading "▁"."""
        return self.model.tokenize(((" " if dummy_prefix else "") + text).encode("utf-8"), add_bos)

    def piece(self, token: int) -> bytes:
        return self.model.piece(token)

    def is_end(self, token: int) -> bool:
        return self.model.is_end(token)

    # --- the sequence ---------------------------------------------------------------------------------------
    def decode(self, pos: int, tokens: list[int] | None = None, embeddings: Any = None, cancel: Any = None) -> None:
        """Feed one batch (tokens, or float32 embeddings [n, n_embd]) at positions pos..pos+n-1; logits for the
        last position only. ``cancel`` (a CancelToken) aborts the computation mid-batch: the positions from
        ``pos`` on are removed and Cancelled is raised. Raises RuntimeError if llama.cpp fails (the caller
        removes partial positions)."""
        with Batch.of(pos, tokens, embeddings, self.n_embd) as batch:
            self._cancel = cancel
            try:
                status = self.context.decode(batch)
            finally:
                self._cancel = None
        if status == 2:  # aborted: processed micro-batches stay in the cache; take them out
            from pulse_desktop.core.errors import Cancelled

            self.forget_from(pos)
            raise Cancelled()
        if status != 0:
            raise RuntimeError(f"llama_decode failed with status {status}: " + log.recent())

    def last_logits(self) -> Any:
        return self.context.logits(-1)

    def forget_from(self, pos: int) -> None:
        """Drop cached positions >= pos of the sequence."""
        if not self.context.remove_from(pos):
            self.context.clear()
            raise RuntimeError("llama.cpp could not remove positions from its cache")

    def clear(self) -> None:
        self.context.clear()

    def cached_positions(self) -> int:
        """How many positions sequence 0 holds in llama.cpp's cache (its highest position + 1); 0 while the
        context is released."""
        if self.context.ctx is None:
            return 0
        return self.context.max_position() + 1
