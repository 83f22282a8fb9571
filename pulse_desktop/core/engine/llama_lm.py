"""The language model through llama.cpp (llama-cpp-python's low-level API).

This is the only module of the app that imports ``llama_cpp``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import llama_cpp

_GPU_BACKENDS = ("CUDA", "Metal", "Vulkan", "ROCm", "SYCL")


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
        "gpu_offload": gpu,
        "gpu_backend": found[0] if (gpu and found) else "none",
        "system_info": system_info.strip(),
        "libraries": libs,
    }
