# llama-cpp-python loads libllama and the ggml backends with ctypes from <package>/lib at run time, so
# PyInstaller's import analysis cannot see them: collect every shared library under the package, keeping
# the relative folder (llama_cpp/lib/...). GPU builds add libggml-cuda / -metal / -vulkan there too.
#
# A portable build (GGML_BACKEND_DL, GGML_CPU_ALL_VARIANTS: README, Installers) has one CPU backend library
# per instruction-set level, which pip installs into site-packages/bin: they go to llama_cpp/lib too, where
# the engine loads them (pulse_desktop/core/engine/llama/backends.py, BACKEND_DIRS).
import importlib.util
from pathlib import Path

from PyInstaller.utils.hooks import collect_dynamic_libs

binaries = collect_dynamic_libs("llama_cpp")
_bin = Path(importlib.util.find_spec("llama_cpp").origin).parent.parent / "bin"
if _bin.is_dir():
    binaries += [(str(p), "llama_cpp/lib") for p in sorted(_bin.iterdir())
                 if p.name.split(".")[0].removeprefix("lib").startswith("ggml-")]
hiddenimports = ["llama_cpp.llama_cpp", "llama_cpp._ctypes_extensions"]
