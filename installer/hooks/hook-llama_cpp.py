# llama-cpp-python loads libllama and the ggml backends with ctypes from <package>/lib at run time, so
# PyInstaller's import analysis cannot see them: collect every shared library under the package, keeping
# the relative folder (llama_cpp/lib/...). GPU builds add libggml-cuda / -metal / -vulkan there too.
from PyInstaller.utils.hooks import collect_dynamic_libs

binaries = collect_dynamic_libs("llama_cpp")
hiddenimports = ["llama_cpp.llama_cpp", "llama_cpp._ctypes_extensions"]
