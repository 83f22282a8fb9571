"""The language model through llama.cpp (llama-cpp-python's low-level API).

This is the only module of the app that imports ``llama_cpp``.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import llama_cpp

_GPU_BACKENDS = ("CUDA", "Metal", "Vulkan", "ROCm", "SYCL")
_LIB_DIR = Path(llama_cpp.__file__).parent / "lib"
# Where a portable build's backend libraries are: pip installs them with ggml's own install rule into the
# environment's site-packages/bin (not llama_cpp/lib); the frozen app keeps them in llama_cpp/lib
BACKEND_DIRS = (_LIB_DIR, Path(llama_cpp.__file__).parent.parent / "bin")


def cpu_variant_libraries(folder: Path) -> list[Path]:
    """The CPU backend libraries of a portable llama.cpp build (``GGML_BACKEND_DL`` with
    ``GGML_CPU_ALL_VARIANTS``: one ``ggml-cpu-<level>`` library per instruction-set level, e.g. haswell for
    AVX2, skylakex for AVX-512) in ``folder``; none for a build with one CPU backend linked in (the default,
    ``-march=native``: it runs only on processors with the build machine's instruction sets)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.split(".")[0].removeprefix("lib").startswith("ggml-cpu-"))


def _load_backend_libraries() -> int:
    """Register a portable build's backends before anything asks llama.cpp about devices: ggml scores every
    CPU variant against this processor and loads the best it can run (and any GPU backend library beside
    them). A build with its backends linked in needs nothing. Returns the number of variant libraries."""
    for folder in BACKEND_DIRS:
        variants = cpu_variant_libraries(folder)
        if variants:
            libggml = _ggml_of_libllama()
            libggml.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
            libggml.ggml_backend_load_all_from_path.restype = None
            libggml.ggml_backend_load_all_from_path(str(folder).encode())
            return len(variants)
    return 0


def _ggml_of_libllama() -> ctypes.CDLL:
    """The libggml that libllama was linked against: its backend registry is the one llama.cpp asks. The wheel
    holds libggml.so and libggml.so.0 as two copies (wheels have no symbolic links), and llama_cpp._ggml opens
    the first, which would be a second ggml with its own, empty registry ("no backends are loaded"). Opened
    by the name libllama needs, the dynamic loader returns the copy already in the process."""
    names = {"win32": ["ggml.dll"], "darwin": [str(_LIB_DIR / "libggml.0.dylib"), str(_LIB_DIR / "libggml.dylib")]}
    for name in names.get(sys.platform, ["libggml.so.0"]):
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    from llama_cpp._ggml import libggml

    return libggml


CPU_VARIANTS = _load_backend_libraries()  # once, at import: this module is the app's only way to llama.cpp


def backend_info() -> dict[str, Any]:
    """What this llama.cpp build is: version, system info, and which GPU backend (if any) it offloads to."""
    system_info = llama_cpp.llama_print_system_info()
    if isinstance(system_info, bytes):
        system_info = system_info.decode("utf-8", "replace")
    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    libs = sorted(p.name for p in lib_dir.glob("*")) if lib_dir.is_dir() else []
    found = [b for b in _GPU_BACKENDS if b.upper() in system_info.upper()
             or any(f"ggml-{b.lower()}" in name.lower() for name in libs)]
    gpu = bool(llama_cpp.llama_supports_gpu_offload())
    return {
        "llama_cpp_python": llama_cpp.__version__,
        "cpu_build": (f"portable ({CPU_VARIANTS} instruction-set variants; the best for this processor is used)"
                      if CPU_VARIANTS else "single (built for one processor type; see README, Installers)"),
        "gpu_offload": gpu,
        "gpu_backend": found[0] if (gpu and found) else "none",
        "system_info": system_info.strip(),
        "libraries": libs,
    }


@llama_cpp.llama_log_callback
def _silent_log(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    return None


_SILENT_LOG = _silent_log


def run_llava_chat_reference(gguf_path: Path, mmproj_path: Path, image_bytes: bytes, image_mime: str,
                             question: str, answer_tokens: int, threads: int, n_batch: int = 512,
                             n_ctx: int = 4096, n_gpu_layers: int = 0) -> dict[str, Any]:
    """llama.cpp's own multimodal path, as a user of llama-cpp-python would run it: ``Llava16ChatHandler``
    with an mmproj GGUF, one chat completion streamed, greedy, EOS suppressed so that exactly
    ``answer_tokens`` tokens are generated. For the benchmark's side-by-side comparison only; the app never
    answers through this path (it does not reproduce PULSE's preprocessing). Returns timings in seconds."""
    import base64
    import time

    import llama_cpp.mtmd_cpp as mtmd_cpp
    from llama_cpp.llama_chat_format import Llava16ChatHandler

    mtmd_cpp.mtmd_log_set(_SILENT_LOG, ctypes.c_void_p(0))  # mtmd logs every image batch to stderr
    mtmd_cpp.mtmd_helper_log_set(_SILENT_LOG, ctypes.c_void_p(0))
    start = time.perf_counter()
    handler = Llava16ChatHandler(clip_model_path=str(mmproj_path), verbose=False)
    llm = llama_cpp.Llama(str(gguf_path), chat_handler=handler, n_ctx=n_ctx, n_batch=n_batch,
                          n_threads=threads, n_threads_batch=threads, n_gpu_layers=n_gpu_layers,
                          verbose=False)
    handler._init_mtmd_context(llm)  # load the mmproj now (else the first call does): load time is not answer time
    load_s = time.perf_counter() - start
    url = f"data:{image_mime};base64," + base64.b64encode(image_bytes).decode("ascii")
    messages = [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}},
                                             {"type": "text", "text": question}]}]
    eos = llm.token_eos()
    try:
        start = time.perf_counter()
        first = None
        n_chunks = 0
        for chunk in llm.create_chat_completion(messages=messages, max_tokens=answer_tokens, temperature=0.0,
                                                top_k=1, repeat_penalty=1.0, logit_bias={eos: -1e9},
                                                stream=True):
            if chunk["choices"][0]["delta"].get("content") is not None or chunk["choices"][0].get("finish_reason"):
                n_chunks += 1
                if first is None:
                    first = time.perf_counter() - start
        total = time.perf_counter() - start
        prompt_tokens = int(llm.n_tokens) - (answer_tokens - 1)  # the last sampled token is never evaluated
    finally:
        llm.close()
    first = first if first is not None else total
    return {
        "load_s": load_s,
        "time_to_first_token_s": first,
        "total_s": total,
        "decode_tokens_per_s": (answer_tokens - 1) / max(total - first, 1e-9),
        "prompt_tokens": prompt_tokens,
        "generated_tokens": n_chunks - 1,  # the last chunk only carries the finish reason
    }


# --- the app's language model: one model, one context, one sequence -----------------------------------------

GGML_TYPE_F32 = 0
GGML_TYPE_F16 = 1
_GGML_DEV_GPU_TYPES = (1, 2)  # ggml_backend_dev_type: CPU 0, GPU 1, IGPU/ACCEL 2 (memory 0 for accelerators)
_backend_ready = False


@llama_cpp.llama_log_callback
def _quiet_log(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    # warnings and errors are kept for the message of a failure (a cancelled decode logs "errors" too)
    if level in (3, 4):  # GGML_LOG_LEVEL_WARN, GGML_LOG_LEVEL_ERROR
        LOG_TAIL.append(text.decode("utf-8", "replace").rstrip())
        del LOG_TAIL[:-20]


LOG_TAIL: list[str] = []


_QUIET_LOG = _quiet_log


def _ensure_backend() -> None:
    global _backend_ready
    if not _backend_ready:
        llama_cpp.llama_log_set(_QUIET_LOG, ctypes.c_void_p(0))
        llama_cpp.llama_backend_init()
        _backend_ready = True


def supports_gpu_offload() -> bool:
    return bool(llama_cpp.llama_supports_gpu_offload())


def free_gpu_memory() -> int:
    """Free bytes on the GPU devices ggml sees (0 when none); read through ggml's device API."""
    if not supports_gpu_offload():
        return 0
    try:
        lib = _ggml_of_libllama()  # the registry llama.cpp uses (a portable build's GPU backend is only there)
        lib.ggml_backend_dev_count.restype = ctypes.c_size_t
        lib.ggml_backend_dev_get.restype = ctypes.c_void_p
        lib.ggml_backend_dev_get.argtypes = [ctypes.c_size_t]
        lib.ggml_backend_dev_type.restype = ctypes.c_int
        lib.ggml_backend_dev_type.argtypes = [ctypes.c_void_p]
        lib.ggml_backend_dev_memory.restype = None
        lib.ggml_backend_dev_memory.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t),
                                                ctypes.POINTER(ctypes.c_size_t)]
        best = 0
        for i in range(int(lib.ggml_backend_dev_count())):
            dev = lib.ggml_backend_dev_get(i)
            if lib.ggml_backend_dev_type(dev) not in _GGML_DEV_GPU_TYPES:
                continue
            free, total = ctypes.c_size_t(0), ctypes.c_size_t(0)
            lib.ggml_backend_dev_memory(dev, ctypes.byref(free), ctypes.byref(total))
            best = max(best, int(free.value))
        return best
    except (AttributeError, OSError):
        return 0


def cpu_prefers_plain_kernels() -> bool:
    """True when llama.cpp's CPU backend in use has AVX-512: its repacked Q4_K GEMM was the slower path there
    (AVX2: the same or a little faster repacked); measured, docs/performance.md."""
    info = llama_cpp.llama_print_system_info()
    text = info.decode("utf-8", "replace") if isinstance(info, bytes) else str(info)
    return "AVX512 = 1" in text


def default_threads() -> int:
    """Physical cores (hyper-threads slow llama.cpp down), at most 16."""
    import os

    import psutil

    return max(1, min(16, psutil.cpu_count(logical=False) or os.cpu_count() or 1))


@dataclass(frozen=True)
class LlamaTuning:
    """Speed settings of llama.cpp's context (None: llama.cpp's default). Measured by ``pulse-desktop bench``;
    docs/performance.md says what each changes. F32 bundles ignore them (reference precision)."""

    n_ubatch: int | None = None  # compute micro-batch (default: n_batch)
    flash_attn: str | None = None  # "on", "off", "auto"
    kv_type: str | None = None  # "f16" or "q8_0", for K and V
    use_mmap: bool | None = None  # map the GGUF instead of reading it (default: read)
    repack: bool | None = None  # llama.cpp's repacked CPU weight layouts (default: see cpu_prefers_plain_kernels)

    def apply(self, cparams: Any, on_cpu: bool) -> str:
        """Set these on llama.cpp's context parameters; returns the flash-attention setting used."""
        if self.n_ubatch is not None:
            set_fields(cparams, n_ubatch=min(int(self.n_ubatch), int(cparams.n_batch)))
        # Flash attention: off on the CPU, where llama.cpp's kernel decodes at half the speed at PULSE's
        # context lengths (9.1 vs 4.6-5.9 tokens/s at 2900 positions, prefill unchanged; docs/performance.md);
        # llama.cpp's own choice (auto) when layers run on a GPU.
        flash_attn = self.flash_attn or ("off" if on_cpu else "auto")
        set_fields(cparams, flash_attn_type={"on": llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED,
                                             "off": llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED,
                                             "auto": llama_cpp.LLAMA_FLASH_ATTN_TYPE_AUTO}[flash_attn])
        if self.kv_type is not None:
            set_fields(cparams, type_k=_KV_TYPES[self.kv_type], type_v=_KV_TYPES[self.kv_type])
        return flash_attn


def set_fields(struct: Any, **values: Any) -> None:
    """Set fields of a llama.cpp parameter struct, refusing names it does not have: ctypes would otherwise
    accept a misspelt or renamed field as a plain attribute and llama.cpp would never see it (this is how a
    ``use_mmap`` that llama.cpp had replaced by ``load_mode`` went unnoticed)."""
    names = {field[0] for field in type(struct)._fields_}
    for name, value in values.items():
        if name not in names:
            raise AttributeError(f"llama.cpp's {type(struct).__name__} has no field {name!r}")
        setattr(struct, name, value)


_KV_TYPES = {"f16": GGML_TYPE_F16, "q8_0": 8}  # ggml_type: Q8_0 is 8


class LanguageModel:
    """Owns a llama.cpp model and context (freed by :meth:`close`); feeds tokens and embedding blocks at given
    positions of sequence 0 and returns the last position's logits. Not thread-safe: one owner thread."""

    def __init__(self, gguf_path: Path, n_ctx: int, n_batch: int = 512, n_threads: int | None = None,
                 n_gpu_layers: int = 0, f32_kv: bool = False, tuning: LlamaTuning | None = None) -> None:

        _ensure_backend()
        self.model = None
        self.ctx = None
        params = llama_cpp.llama_model_default_params()
        set_fields(params, n_gpu_layers=int(n_gpu_layers))
        tuning = tuning or LlamaTuning()
        self.tuning = tuning
        # Read the weights into memory rather than mapping the file (unless asked): on the CPU llama.cpp repacks
        # most of them, and a mapping would keep a second, file-backed copy resident (7B: 8.8 vs 6.0 GB peak,
        # same load time); nor can a bundle file changed or deleted under a running engine crash it (SIGBUS)
        set_fields(params, load_mode=llama_cpp.LLAMA_LOAD_MODE_MMAP if tuning.use_mmap
                   else llama_cpp.LLAMA_LOAD_MODE_NONE)
        # Repacking (llama.cpp's "extra buffer types": Q4_K weights interleaved for its 8x8 GEMM/GEMV kernels):
        # llama.cpp's default (on), except when everything runs on an AVX-512 CPU backend, where its plain
        # kernels prefilled 20-60 % faster with decode unchanged (docs/performance.md, "Repacked weights")
        repack = tuning.repack if tuning.repack is not None else not (
            int(n_gpu_layers) == 0 and cpu_prefers_plain_kernels())
        set_fields(params, use_extra_bufts=bool(repack))
        self.repack = bool(repack)
        # The dummy-prefix space is added by us, piece by piece, as the reference's slow tokenizer does it
        self._overrides = (llama_cpp.llama_model_kv_override * 2)()
        self._overrides[0].key = b"tokenizer.ggml.add_space_prefix"
        self._overrides[0].tag = llama_cpp.LLAMA_KV_OVERRIDE_TYPE_BOOL
        self._overrides[0].value.val_bool = False
        self._overrides[1].key = b""
        set_fields(params, kv_overrides=self._overrides)
        self.model = llama_cpp.llama_model_load_from_file(str(gguf_path).encode(), params)
        if not self.model:
            raise RuntimeError(f"llama.cpp could not load {gguf_path}: " + " | ".join(LOG_TAIL[-3:]))
        self.vocab = llama_cpp.llama_model_get_vocab(self.model)
        self.n_vocab = int(llama_cpp.llama_vocab_n_tokens(self.vocab))
        self.n_embd = int(llama_cpp.llama_model_n_embd(self.model))
        self.n_layer = int(llama_cpp.llama_model_n_layer(self.model))
        self.eos = int(llama_cpp.llama_vocab_eos(self.vocab))
        self.bos = int(llama_cpp.llama_vocab_bos(self.vocab))
        self.n_threads = int(n_threads or default_threads())
        self.n_gpu_layers = int(n_gpu_layers)
        cparams = llama_cpp.llama_context_default_params()
        set_fields(cparams, n_ctx=int(n_ctx), n_batch=int(n_batch), n_ubatch=int(n_batch), n_seq_max=1,
                   n_threads=self.n_threads, n_threads_batch=self.n_threads, no_perf=True)
        if f32_kv:  # reference precision (F32 bundles): F32 cache, plain attention
            set_fields(cparams, type_k=GGML_TYPE_F32, type_v=GGML_TYPE_F32,
                       flash_attn_type=llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED)
            self.flash_attn = "off"
        else:
            self.flash_attn = tuning.apply(cparams, on_cpu=int(n_gpu_layers) == 0)
        self.ctx = llama_cpp.llama_init_from_model(self.model, cparams)
        if not self.ctx:
            self.close()
            raise RuntimeError("llama.cpp could not create a context")
        self.n_ctx = int(llama_cpp.llama_n_ctx(self.ctx))
        self.n_batch = int(n_batch)
        self.memory = llama_cpp.llama_get_memory(self.ctx)
        # Cancel inside a llama_decode call: llama.cpp asks this between graph nodes (CPU backend), so a large
        # prefill batch stops within a node's time (docs/performance.md: 1.44 s for 512 positions under load)
        self._cancel: Any = None
        self._abort = llama_cpp.ggml_abort_callback(lambda _data: bool(self._cancel is not None
                                                                      and self._cancel.cancelled))
        llama_cpp.llama_set_abort_callback(self.ctx, self._abort, None)

    def close(self) -> None:
        if self.ctx:
            llama_cpp.llama_free(self.ctx)
            self.ctx = None
        if self.model:
            llama_cpp.llama_model_free(self.model)
            self.model = None

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass

    def tokenize(self, text: str, add_bos: bool, dummy_prefix: bool) -> list[int]:
        """SentencePiece ids of ``text`` (no special-token parsing); ``dummy_prefix`` adds the leading "▁"."""
        data = ((" " if dummy_prefix else "") + text).encode("utf-8")
        size = len(data) + 8
        buffer = (llama_cpp.llama_token * size)()
        n = llama_cpp.llama_tokenize(self.vocab, data, len(data), buffer, size, add_bos, False)
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

    def decode(self, pos: int, tokens: list[int] | None = None, embeddings: Any = None, cancel: Any = None) -> None:
        """Feed one batch (tokens, or float32 embeddings [n, n_embd]) at positions pos..pos+n-1; logits for the
        last position only. ``cancel`` (a CancelToken) aborts the computation mid-batch: the positions from
        ``pos`` on are removed and Cancelled is raised. Raises RuntimeError if llama.cpp fails (the caller
        removes partial positions)."""
        import numpy as np

        n = len(tokens) if tokens is not None else int(embeddings.shape[0])
        batch = llama_cpp.llama_batch_init(n, self.n_embd if tokens is None else 0, 1)
        try:
            if tokens is None:
                block = np.ascontiguousarray(embeddings, dtype=np.float32)
                if block.shape[1] != self.n_embd:
                    raise ValueError(f"image features have width {block.shape[1]}, the model {self.n_embd}")
                ctypes.memmove(batch.embd, block.ctypes.data, block.nbytes)
            for i in range(n):
                if tokens is not None:
                    batch.token[i] = int(tokens[i])
                batch.pos[i] = pos + i
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = 0
                batch.logits[i] = 1 if i == n - 1 else 0
            batch.n_tokens = n
            self._cancel = cancel
            try:
                status = llama_cpp.llama_decode(self.ctx, batch)
            finally:
                self._cancel = None
            if status == 2:  # aborted: processed micro-batches stay in the cache; take them out
                from pulse_desktop.core.errors import Cancelled

                self.forget_from(pos)
                raise Cancelled()
            if status != 0:
                raise RuntimeError(f"llama_decode failed with status {status}: " + " | ".join(LOG_TAIL[-3:]))
        finally:
            llama_cpp.llama_batch_free(batch)

    def last_logits(self) -> Any:
        import numpy as np

        pointer = llama_cpp.llama_get_logits_ith(self.ctx, -1)
        return np.ctypeslib.as_array(pointer, shape=(self.n_vocab,)).copy()

    def forget_from(self, pos: int) -> None:
        """Drop cached positions >= pos of the sequence."""
        if not llama_cpp.llama_memory_seq_rm(self.memory, 0, int(pos), -1):
            llama_cpp.llama_memory_clear(self.memory, True)
            raise RuntimeError("llama.cpp could not remove positions from its cache")

    def clear(self) -> None:
        llama_cpp.llama_memory_clear(self.memory, True)

    def cached_positions(self) -> int:
        """How many positions sequence 0 holds in llama.cpp's cache (its highest position + 1)."""
        return int(llama_cpp.llama_memory_seq_pos_max(self.memory, 0)) + 1
