"""llama.cpp's parameter structs, set only through :func:`set_fields` (a field the installed llama.cpp does
not have is refused), and the speed settings the benchmark measures (:class:`LlamaTuning`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import llama_cpp

from pulse_desktop.core.engine.llama import backends

GGML_TYPE_F32 = 0
GGML_TYPE_F16 = 1
GGML_TYPE_Q8_0 = 8
GGML_TYPE_Q4_0 = 2
CPU_UBATCH = 256  # positions per compute micro-batch on the CPU (LlamaTuning.apply)
KV_TYPES = {"f32": GGML_TYPE_F32, "f16": GGML_TYPE_F16, "q8_0": GGML_TYPE_Q8_0, "q4_0": GGML_TYPE_Q4_0}


def set_fields(struct: Any, **values: Any) -> None:
    """Set fields of a llama.cpp parameter struct, refusing names it does not have: ctypes would otherwise
    accept a misspelt or renamed field as a plain attribute and llama.cpp would never see it (this is how a
    ``use_mmap`` that llama.cpp had replaced by ``load_mode`` went unnoticed)."""
    names = {field[0] for field in type(struct)._fields_}
    for name, value in values.items():
        if name not in names:
            raise AttributeError(f"llama.cpp's {type(struct).__name__} has no field {name!r}")
        setattr(struct, name, value)


def cpu_prefers_plain_kernels() -> bool:
    """True when llama.cpp's CPU backend in use has AVX-512: its repacked Q4_K GEMM was the slower path there
    (AVX2: the same or a little faster repacked); measured, docs/performance.md."""
    return "AVX512 = 1" in backends.system_info()


def default_threads() -> int:
    """Physical cores (hyper-threads slow llama.cpp down), at most 16."""
    import os

    import psutil

    return max(1, min(16, psutil.cpu_count(logical=False) or os.cpu_count() or 1))


@dataclass(frozen=True)
class LlamaTuning:
    """Speed settings of llama.cpp's context (None: llama.cpp's default). Measured by ``pulse-desktop bench``;
    docs/performance.md says what each changes. F32 bundles ignore them (reference precision)."""

    n_ubatch: int | None = None  # compute micro-batch (default: CPU_UBATCH on the CPU, else n_batch)
    flash_attn: str | None = None  # "on", "off", "auto"
    kv_type: str | None = None  # "f16", "q8_0" or "q4_0", for K and V (quantized V needs flash attention)
    use_mmap: bool | None = None  # map the GGUF instead of reading it (default: read)
    repack: bool | None = None  # llama.cpp's repacked CPU weight layouts (default: see cpu_prefers_plain_kernels)

    def apply(self, cparams: Any, on_cpu: bool) -> str:
        """Set these on llama.cpp's context parameters; returns the flash-attention setting used."""
        # The micro-batch: 256 positions on the CPU, where llama.cpp's compute buffer (the attention scores of
        # one micro-batch against the whole cache) is half that of 512 (PULSE-7B at 4096 positions: 160 vs 320
        # MiB): the 7B's peak 0.07-0.1 GB lower, within GGUF + KV cache + 0.6 GB on a quiet machine (runs 10-11,
        # docs/performance.md); the same answer, as every position's arithmetic is unchanged. llama.cpp's default
        # (n_batch) on a GPU.
        n_ubatch = self.n_ubatch if self.n_ubatch is not None else (CPU_UBATCH if on_cpu else None)
        if n_ubatch is not None:
            set_fields(cparams, n_ubatch=min(int(n_ubatch), int(cparams.n_batch)))
        # Flash attention: off on the CPU, where llama.cpp's kernel decodes at half the speed at PULSE's
        # context lengths (9.1 vs 4.6-5.9 tokens/s at 2900 positions, prefill unchanged; docs/performance.md);
        # llama.cpp's own choice (auto) when layers run on a GPU. A quantized V cache needs it on.
        flash_attn = self.flash_attn or ("off" if on_cpu else "auto")
        if self.kv_type not in (None, "f16", "f32") and flash_attn == "off":
            flash_attn = "on"
        set_fields(cparams, flash_attn_type={"on": llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED,
                                             "off": llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED,
                                             "auto": llama_cpp.LLAMA_FLASH_ATTN_TYPE_AUTO}[flash_attn])
        if self.kv_type is not None:
            set_fields(cparams, type_k=KV_TYPES[self.kv_type], type_v=KV_TYPES[self.kv_type])
        return flash_attn


def model_params(n_gpu_layers: int, use_mmap: bool | None, repack: bool | None,
                 bool_overrides: dict[str, bool] | None = None) -> tuple[Any, Any]:
    """llama_model_params, and the override array it points to (keep it alive as long as the params).
    ``use_mmap``/``repack`` None: llama.cpp's defaults (its automatic load mode, repacking on)."""
    params = llama_cpp.llama_model_default_params()
    set_fields(params, n_gpu_layers=int(n_gpu_layers))
    if use_mmap is not None:
        set_fields(params, load_mode=llama_cpp.LLAMA_LOAD_MODE_MMAP if use_mmap else llama_cpp.LLAMA_LOAD_MODE_NONE)
    if repack is not None:
        set_fields(params, use_extra_bufts=bool(repack))
    overrides = None
    if bool_overrides:
        overrides = (llama_cpp.llama_model_kv_override * (len(bool_overrides) + 1))()
        for i, (key, value) in enumerate(bool_overrides.items()):
            overrides[i].key = key.encode()
            overrides[i].tag = llama_cpp.LLAMA_KV_OVERRIDE_TYPE_BOOL
            overrides[i].value.val_bool = bool(value)
        overrides[len(bool_overrides)].key = b""
        set_fields(params, kv_overrides=overrides)
    return params, overrides


def context_params(n_ctx: int, n_batch: int, n_threads: int, exact: bool = False, **fields: Any) -> Any:
    """llama_context_params for one sequence; ``exact``: F32 KV cache and plain attention (reference
    precision)."""
    cparams = llama_cpp.llama_context_default_params()
    set_fields(cparams, n_ctx=int(n_ctx), n_batch=int(n_batch), n_ubatch=int(n_batch), n_seq_max=1,
               n_threads=int(n_threads), n_threads_batch=int(n_threads), **fields)
    if exact:
        set_fields(cparams, type_k=GGML_TYPE_F32, type_v=GGML_TYPE_F32,
                   flash_attn_type=llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED)
    return cparams
