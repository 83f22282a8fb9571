"""The llama.cpp build and its backends: which libraries it has, registering a portable build's backend
libraries (CPU variants, a GPU backend) with the ggml that libllama uses, and starting llama.cpp once."""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from pathlib import Path
from typing import Any

import llama_cpp

from pulse_desktop.core.engine.llama import log

GPU_BACKENDS = ("CUDA", "Metal", "Vulkan", "ROCm", "SYCL")
LIB_DIR = Path(llama_cpp.__file__).parent / "lib"
# Where a portable build's backend libraries are: pip installs them with ggml's own install rule into the
# environment's site-packages/bin (not llama_cpp/lib); the frozen app keeps them in llama_cpp/lib
BACKEND_DIRS = (LIB_DIR, Path(llama_cpp.__file__).parent.parent / "bin")


def cpu_variant_libraries(folder: Path) -> list[Path]:
    """The CPU backend libraries of a portable llama.cpp build (``GGML_BACKEND_DL`` with
    ``GGML_CPU_ALL_VARIANTS``: one ``ggml-cpu-<level>`` library per instruction-set level, e.g. haswell for
    AVX2, skylakex for AVX-512) in ``folder``; none for a build with one CPU backend linked in (the default,
    ``-march=native``: it runs only on processors with the build machine's instruction sets)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.split(".")[0].removeprefix("lib").startswith("ggml-cpu-"))


def gpu_backend_libraries(folder: Path) -> list[Path]:
    """A portable build's GPU backend libraries (``ggml-vulkan``, ``ggml-cuda``, ...) in ``folder``."""
    if not folder.is_dir():
        return []
    names = tuple(f"ggml-{b.lower()}" for b in GPU_BACKENDS)
    return sorted(p for p in folder.iterdir() if p.name.split(".")[0].removeprefix("lib").startswith(names))


@cache
def ggml_of_libllama() -> ctypes.CDLL:
    """The libggml that libllama was linked against: its backend registry is the one llama.cpp asks. The wheel
    holds libggml.so and libggml.so.0 as two copies (wheels have no symbolic links), and llama_cpp._ggml opens
    the first, which would be a second ggml with its own, empty registry ("no backends are loaded"). Opened
    by the name libllama needs, the dynamic loader returns the copy already in the process."""
    names = {"win32": ["ggml.dll"], "darwin": [str(LIB_DIR / "libggml.0.dylib"), str(LIB_DIR / "libggml.dylib")]}
    for name in names.get(sys.platform, ["libggml.so.0"]):
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    from llama_cpp._ggml import libggml

    return libggml


def _load_backend_libraries() -> int:
    """Register a portable build's backends before anything asks llama.cpp about devices: ggml scores every
    CPU variant against this processor and loads the best it can run, and every GPU backend library beside
    them (one whose driver is missing registers no device). A build with its backends linked in needs
    nothing (its libraries are not loadable backends). Returns the number of CPU variant libraries."""
    for folder in BACKEND_DIRS:
        variants = cpu_variant_libraries(folder)
        if variants:  # a GGML_BACKEND_DL build (a build with backends linked in registers them itself)
            libggml = ggml_of_libllama()
            libggml.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
            libggml.ggml_backend_load_all_from_path.restype = None
            libggml.ggml_backend_load_all_from_path(str(folder).encode())
            return len(variants)
    return 0


CPU_VARIANTS = _load_backend_libraries()  # once, at import: this package is the app's only way to llama.cpp
_started = [False]


def start() -> None:
    """llama.cpp's one-time start (its log kept, not printed); every handle calls it first."""
    if not _started[0]:
        log.keep_log()
        llama_cpp.llama_backend_init()
        _started[0] = True


def supports_gpu_offload() -> bool:
    return bool(llama_cpp.llama_supports_gpu_offload())


def system_info() -> str:
    info = llama_cpp.llama_print_system_info()
    return (info.decode("utf-8", "replace") if isinstance(info, bytes) else str(info)).strip()


def backend_info() -> dict[str, Any]:
    """What this llama.cpp build is: version, system info, and which GPU backend (if any) it offloads to."""
    from pulse_desktop.core.engine.llama.devices import list_devices

    info = system_info()
    libs = sorted(p.name for p in LIB_DIR.glob("*")) if LIB_DIR.is_dir() else []
    found = [b for b in GPU_BACKENDS if b.upper() in info.upper()
             or any(f"ggml-{b.lower()}" in name.lower() for name in libs)]
    gpu = supports_gpu_offload()
    devices = list_devices()
    gpu_devices = [d for d in devices if d.is_gpu]
    return {
        "llama_cpp_python": llama_cpp.__version__,
        "cpu_build": (f"portable ({CPU_VARIANTS} instruction-set variants; the best for this processor is used)"
                      if CPU_VARIANTS else "single (built for one processor type; see README, Installers)"),
        "gpu_offload": gpu,
        "gpu_backend": (gpu_devices[0].backend if gpu_devices else found[0] if (gpu and found) else "none"),
        "devices": [d.as_dict() for d in devices],
        "system_info": info,
        "libraries": libs,
    }
