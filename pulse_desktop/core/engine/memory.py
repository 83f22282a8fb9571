"""Will this bundle fit? An estimate made before loading, against free RAM and free GPU memory.

weights (the GGUF's size: llama.cpp maps it, so it is resident memory on CPU) + KV cache
(2 x layers x context x hidden x bytes per value) + vision (the ONNX's size, its activations) + overhead
(compute buffers, logits, Python). Layers offloaded to a GPU move their share of weights and cache there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import psutil

from pulse_desktop.core.bundle.manifest import Manifest
from pulse_desktop.core.errors import InsufficientMemoryError

MIB = 1 << 20
GIB = 1 << 30
RUNTIME_OVERHEAD = 350 * MIB  # Python, onnxruntime and llama.cpp libraries, compute buffers of small models
VISION_ACTIVATIONS = 0.8  # onnxruntime: pre-packed weights and arena (measured CLIP-L fp32 1.2 GB file: 2.05 GB resident)
GPU_RESERVE = 512 * MIB  # kept free on the GPU: driver, other applications, compute buffers


@dataclass(frozen=True)
class MemoryEstimate:
    weights: int
    kv_cache: int
    vision: int
    overhead: int
    gpu_layers: int
    n_layers: int
    ram_needed: int
    vram_needed: int
    ram_available: int
    vram_available: int

    @property
    def fits(self) -> bool:
        return self.ram_needed <= self.ram_available and self.vram_needed <= max(self.vram_available, 0)


def kv_cache_bytes(manifest: Manifest, n_ctx: int, f32: bool) -> int:
    lm = manifest.language_model
    return 2 * lm.n_layers * n_ctx * lm.hidden_size * (4 if f32 else 2)


def overhead_bytes(manifest: Manifest, n_batch: int) -> int:
    lm = manifest.language_model
    logits = lm.vocab_size * 4 * 2
    activations = n_batch * lm.hidden_size * 4 * 12 + n_batch * 4096 * 4  # rough compute buffer of one ubatch
    heads = max(1, lm.hidden_size // 128)  # LLaMA's head width; the attention scores of one ubatch
    scores = n_batch * lm.n_ctx * heads * 4
    return RUNTIME_OVERHEAD + logits + activations + scores


def auto_gpu_layers(manifest: Manifest, weights: int, kv: int, free_vram: int) -> int:
    """As many layers (of n_layers + 1, the output layer counting as one) as fit in free GPU memory."""
    n = manifest.language_model.n_layers
    per_layer = (weights + kv) / (n + 1)
    budget = free_vram - GPU_RESERVE
    if budget <= 0 or per_layer <= 0:
        return 0
    return int(max(0, min(n + 1, budget // per_layer)))


def estimate(bundle_dir: Path, manifest: Manifest, n_ctx: int, n_batch: int, f32_kv: bool, gpu_layers: int,
             free_vram: int, shares_host_memory: bool = False) -> MemoryEstimate:
    """``shares_host_memory``: the GPU works in system memory (integrated, lavapipe): what it holds is RAM
    too, counted once, and its "free memory" is the RAM's, checked as such."""
    lm = manifest.language_model
    weights = (Path(bundle_dir) / lm.file).stat().st_size
    vision_file = (Path(bundle_dir) / manifest.vision.file).stat().st_size
    kv = kv_cache_bytes(manifest, n_ctx, f32_kv)
    vision = int(vision_file * (1 + VISION_ACTIVATIONS))
    overhead = overhead_bytes(manifest, n_batch)
    share = min(1.0, max(0, gpu_layers) / (lm.n_layers + 1))
    on_gpu = int((weights + kv) * share)
    if shares_host_memory:  # one pool: the RAM check covers it all
        return MemoryEstimate(weights, kv, vision, overhead, gpu_layers, lm.n_layers,
                              ram_needed=weights + kv + vision + overhead, vram_needed=0,
                              ram_available=int(psutil.virtual_memory().available), vram_available=0)
    return MemoryEstimate(weights, kv, vision, overhead, gpu_layers, lm.n_layers,
                          ram_needed=weights + kv + vision + overhead - on_gpu,
                          vram_needed=on_gpu + (GPU_RESERVE if on_gpu else 0),
                          ram_available=int(psutil.virtual_memory().available),
                          vram_available=int(free_vram))


def check_fits(est: MemoryEstimate, bundle_name: str) -> None:
    """InsufficientMemoryError with the figures when the estimate does not fit."""
    if est.ram_needed > est.ram_available:
        raise InsufficientMemoryError(
            f"The model {bundle_name!r} needs about {est.ram_needed / GIB:.1f} GB of memory "
            f"(weights {est.weights / GIB:.1f} GB, conversation cache {est.kv_cache / GIB:.1f} GB, vision "
            f"{est.vision / GIB:.1f} GB) but only {est.ram_available / GIB:.1f} GB is free.",
            "Close other applications, or import a smaller quantization (Q4_K_M) of the model.")
    if est.vram_needed > est.vram_available:
        raise InsufficientMemoryError(
            f"Offloading {est.gpu_layers} layers needs about {est.vram_needed / GIB:.1f} GB of GPU memory "
            f"but only {est.vram_available / GIB:.1f} GB is free.",
            "Use fewer GPU layers (--gpu-layers N or auto), or 0 to run on the CPU.")


def trim_heap() -> None:
    """Give the heap's free pages back to the system (glibc keeps them after a large free: the vision
    session's weights would otherwise stay resident after it is released). Nothing elsewhere."""
    import ctypes
    import sys

    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass
