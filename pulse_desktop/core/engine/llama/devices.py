"""The devices ggml sees (CPU, GPUs, integrated GPUs), with their free memory, through ggml's device API.

Asked of the libggml that libllama uses (a portable build's GPU backend is registered only there). An
integrated GPU (or a CPU-backed Vulkan device such as lavapipe) works in system memory: its "free memory" is
the computer's, so a memory budget counts it once, not as a second pool (``shares_host_memory``).
"""

from __future__ import annotations

import ctypes
from dataclasses import asdict, dataclass
from typing import Any

import psutil

from pulse_desktop.core.engine.llama import backends

KINDS = ("CPU", "GPU", "IGPU", "ACCEL", "META")  # ggml's enum ggml_backend_dev_type, in order
HOST_MEMORY_SHARE = 0.9  # a "GPU" reporting at least this share of system memory as its own works in it


@dataclass(frozen=True)
class Device:
    index: int  # in ggml's device registry
    name: str  # ggml's name, e.g. "Vulkan0", "CUDA0", "CPU"
    description: str  # the driver's, e.g. "NVIDIA H200", "llvmpipe (LLVM 15.0.6, 256 bits)"
    kind: str  # CPU, GPU, IGPU, ACCEL
    backend: str  # the backend that registered it: CPU, Vulkan, CUDA, Metal...
    free_bytes: int
    total_bytes: int

    @property
    def is_gpu(self) -> bool:
        """A device llama.cpp offloads layers to (a discrete or an integrated GPU)."""
        return self.kind in ("GPU", "IGPU")

    @property
    def shares_host_memory(self) -> bool:
        return self.kind == "IGPU" or (
            self.is_gpu and self.total_bytes >= HOST_MEMORY_SHARE * psutil.virtual_memory().total)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "shares_host_memory": self.shares_host_memory}

    def label(self) -> str:
        return f"{self.name} ({self.description})"


def _lib() -> ctypes.CDLL:
    lib = backends.ggml_of_libllama()
    lib.ggml_backend_dev_count.restype = ctypes.c_size_t
    lib.ggml_backend_dev_get.restype = ctypes.c_void_p
    lib.ggml_backend_dev_get.argtypes = [ctypes.c_size_t]
    for name in ("ggml_backend_dev_name", "ggml_backend_dev_description"):
        getattr(lib, name).restype = ctypes.c_char_p
        getattr(lib, name).argtypes = [ctypes.c_void_p]
    lib.ggml_backend_dev_type.restype = ctypes.c_int
    lib.ggml_backend_dev_type.argtypes = [ctypes.c_void_p]
    lib.ggml_backend_dev_memory.restype = None
    lib.ggml_backend_dev_memory.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t),
                                            ctypes.POINTER(ctypes.c_size_t)]
    lib.ggml_backend_dev_backend_reg.restype = ctypes.c_void_p
    lib.ggml_backend_dev_backend_reg.argtypes = [ctypes.c_void_p]
    lib.ggml_backend_reg_name.restype = ctypes.c_char_p
    lib.ggml_backend_reg_name.argtypes = [ctypes.c_void_p]
    lib.ggml_backend_reg_count.restype = ctypes.c_size_t
    lib.ggml_backend_reg_get.restype = ctypes.c_void_p
    lib.ggml_backend_reg_get.argtypes = [ctypes.c_size_t]
    lib.ggml_backend_reg_dev_count.restype = ctypes.c_size_t
    lib.ggml_backend_reg_dev_count.argtypes = [ctypes.c_void_p]
    return lib


def _text(value: bytes | None) -> str:
    return (value or b"").decode("utf-8", "replace")


def list_devices() -> list[Device]:
    """Every device registered with llama.cpp's ggml, in registry order; [] where the API is missing."""
    backends.start()
    try:
        lib = _lib()
        found = []
        for i in range(int(lib.ggml_backend_dev_count())):
            dev = lib.ggml_backend_dev_get(i)
            kind = int(lib.ggml_backend_dev_type(dev))
            free, total = ctypes.c_size_t(0), ctypes.c_size_t(0)
            lib.ggml_backend_dev_memory(dev, ctypes.byref(free), ctypes.byref(total))
            reg = lib.ggml_backend_dev_backend_reg(dev)
            found.append(Device(i, _text(lib.ggml_backend_dev_name(dev)), _text(lib.ggml_backend_dev_description(dev)),
                                KINDS[kind] if 0 <= kind < len(KINDS) else str(kind),
                                _text(lib.ggml_backend_reg_name(reg)) if reg else "",
                                int(free.value), int(total.value)))
        return found
    except (AttributeError, OSError):
        return []


def gpu_backends() -> dict[str, int]:
    """The GPU backends this llama.cpp build has (Vulkan, CUDA, Metal...), each with the number of devices it
    found. A backend whose driver is missing (e.g. no Vulkan loader or ICD) does not register at all: it is
    known from its library beside libllama and counts 0."""
    backends.start()
    found: dict[str, int] = {}
    for folder in backends.BACKEND_DIRS:
        for path in backends.gpu_backend_libraries(folder):
            stem = path.name.split(".")[0].removeprefix("lib").removeprefix("ggml-")
            found.update({b: 0 for b in backends.GPU_BACKENDS if b.lower() == stem})
    try:
        lib = _lib()
        for reg in (lib.ggml_backend_reg_get(i) for i in range(int(lib.ggml_backend_reg_count()))):
            name = _text(lib.ggml_backend_reg_name(reg))
            if name in backends.GPU_BACKENDS:
                found[name] = int(lib.ggml_backend_reg_dev_count(reg))
    except (AttributeError, OSError):
        pass
    return found


def no_gpu_reason(found: dict[str, int]) -> str:
    """Why the language model runs on the CPU when no GPU device was found, and what to do about it."""
    silent = [name for name, count in found.items() if count == 0]
    if silent:
        return (f"this build has the {', '.join(silent)} backend but it found no device: the GPU's driver is "
                "missing or too old (Vulkan on Linux: install mesa-vulkan-drivers or the GPU maker's driver; "
                "on Windows: update the graphics driver)")
    return "this build has no GPU backend (docs/installers.md, GPU builds)"


def offload_devices(devices: list[Device] | None = None) -> list[Device]:
    """The devices llama.cpp offloads layers to when given none: the discrete GPUs, else the integrated ones
    (llama.cpp's own rule, src/llama.cpp)."""
    devices = list_devices() if devices is None else devices
    gpus = [d for d in devices if d.kind == "GPU"]
    return gpus or [d for d in devices if d.kind == "IGPU"]


def free_gpu_memory(devices: list[Device] | None = None) -> int:
    """Free bytes on the devices llama.cpp would offload to (their sum: llama.cpp splits layers across
    them); 0 when there is none."""
    return sum(d.free_bytes for d in offload_devices(devices))
