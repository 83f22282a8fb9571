"""Where the language model runs: how many layers go to the GPU, chosen before loading and reported.

``auto`` (or -1/None) takes as many layers as fit in the free memory ggml's device API reports for the
devices llama.cpp offloads to; a device that works in system memory (an integrated GPU, lavapipe) is the
same pool as the RAM, so the memory check counts it once. ``budget_bytes`` caps the free memory used for
the choice (a lever for tests and for machines whose GPU is shared with other work).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pulse_desktop.core.bundle.manifest import Manifest
from pulse_desktop.core.engine import memory
from pulse_desktop.core.engine.llama.devices import (
    Device,
    gpu_backends,
    list_devices,
    no_gpu_reason,
    offload_devices,
)

GIB = 1 << 30


@dataclass(frozen=True)
class Placement:
    gpu_layers: int  # asked of llama.cpp (0: CPU only)
    free_bytes: int  # free memory of the offload devices used for the choice (after any budget)
    shares_host_memory: bool
    devices: tuple[Device, ...]  # the devices llama.cpp offloads to (none on a CPU-only build)
    choice: str  # how the number was reached, for the report
    note: str = ""  # for the clinician: why layers asked for a GPU run on the CPU


def choose(bundle_dir: Path, manifest: Manifest, n_ctx: int, f32_kv: bool, requested: int | str | None,
           budget_bytes: int | None = None) -> Placement:
    found = list_devices()
    offload = tuple(offload_devices(found))
    free = sum(d.free_bytes for d in offload)
    if budget_bytes is not None:
        free = min(free, int(budget_bytes))
    shared = any(d.shares_host_memory for d in offload)
    n_layers = manifest.language_model.n_layers + 1  # the output layer counts as one
    names = ", ".join(d.name for d in offload)
    if not offload:
        asked = requested not in (None, -1, "auto", 0, "0")
        note = f"No GPU was found ({no_gpu_reason(gpu_backends())}): the language model runs on the CPU." \
            if asked else ""
        return Placement(0, 0, False, (), "no GPU device found: CPU" + (
            f" (asked for {requested} layers)" if asked else ""), note)
    if requested in (None, -1, "auto"):
        weights = (Path(bundle_dir) / manifest.language_model.file).stat().st_size
        kv = memory.kv_cache_bytes(manifest, n_ctx, f32_kv)
        layers = memory.auto_gpu_layers(manifest, weights, kv, free)
        return Placement(layers, free, shared, offload,
                         f"auto: {layers} of {n_layers} layers fit in {free / GIB:.2f} GB free on {names}")
    layers = int(requested)
    return Placement(layers, free, shared, offload, f"asked: {min(layers, n_layers)} of {n_layers} layers on {names}")
