"""The speed levers the benchmark can set, as one value passed to the engine (None: the engine's default)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Levers:
    threads: int | None = None  # llama.cpp and onnxruntime threads (default: physical cores)
    n_batch: int | None = None  # tokens per llama_decode call (also the cancel-check granularity of prefill)
    n_ubatch: int | None = None  # tokens per compute micro-batch inside llama.cpp
    flash_attn: str | None = None  # "on", "off", "auto"
    kv_type: str | None = None  # "f16", "q8_0" or "q4_0" for both K and V
    use_mmap: bool | None = None
    repack: bool | None = None  # llama.cpp's repacked CPU weights (its "extra buffer types")
    prefill_chunk: int | None = None  # positions per prefill decode call (default: calibrated to ~1 s)
    gpu_layers: int | None = None  # layers offloaded to a GPU (default: chosen from free GPU memory)
    n_ctx: int | None = None  # context positions (default: the bundle's); a smaller one holds a smaller KV cache
    vision_resident: bool | None = None  # keep the vision session beside the language model (default: no)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}
