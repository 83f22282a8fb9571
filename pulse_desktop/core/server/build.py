"""``pulse-desktop server build``: llama.cpp's own llama-server, built from the llama.cpp source that
llama-cpp-python vendors (the version the desktop's local engine runs), once, into the user cache folder.

Layout under :func:`cache_root` (``PULSE_LLAMA_SERVER_CACHE`` overrides it; CI points it at its cache)::

    <version>/dl/llama_cpp_python-<version>.tar.gz     the sdist, from ``pip download --no-binary :all:``
    <version>/src/llama_cpp_python-<version>/vendor/llama.cpp    its llama.cpp tree, with source_patches applied
    <version>/build-<backend>/bin/llama-server          one build per backend: cpu, cuda, vulkan

Only the ``llama-server`` target is built (about 17 minutes on 2 cores). The build is a generator of events
(core/events.py) like every long operation; ``find_llama_server`` says whether one is there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Generator, Iterator
from pathlib import Path

import platformdirs

from pulse_desktop.core import paths
from pulse_desktop.core.events import Done, Message, Progress, StageFinished, StageStarted
from pulse_desktop.core.server.errors import ServerBuildError
from pulse_desktop.core.server.source_patches import apply_patches

LLAMA_CPP_PYTHON_VERSION = "0.3.36"
BACKEND_FLAGS: dict[str, tuple[str, ...]] = {
    "cpu": (),
    "cuda": ("-DGGML_CUDA=on", "-DGGML_CUDA_NCCL=OFF"),
    "vulkan": ("-DGGML_VULKAN=on",),
}
# the server with TLS (OpenSSL), no curl (no model downloads), no web UI download, static, nothing else
COMMON_FLAGS: tuple[str, ...] = (
    "-DCMAKE_BUILD_TYPE=Release", "-DLLAMA_BUILD_SERVER=ON", "-DLLAMA_CURL=OFF", "-DLLAMA_OPENSSL=ON",
    "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF", "-DLLAMA_BUILD_UI=OFF",
    "-DLLAMA_USE_PREBUILT_UI=OFF", "-DBUILD_SHARED_LIBS=OFF",
)
_NINJA_STEP = re.compile(r"^\[(\d+)/(\d+)\]")
_MAKE_STEP = re.compile(r"^\[\s*(\d+)%\]")


def cache_root() -> Path:
    override = os.environ.get("PULSE_LLAMA_SERVER_CACHE")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_cache_dir(paths.APP_NAME, paths.APP_AUTHOR)) / "llama-server"


def version_dir(version: str = LLAMA_CPP_PYTHON_VERSION) -> Path:
    return cache_root() / version


def llama_cpp_source(version: str = LLAMA_CPP_PYTHON_VERSION) -> Path:
    return version_dir(version) / "src" / f"llama_cpp_python-{version}" / "vendor" / "llama.cpp"


def build_dir(backend: str = "cpu", version: str = LLAMA_CPP_PYTHON_VERSION) -> Path:
    return version_dir(version) / f"build-{backend}"


def binary_path(backend: str = "cpu", version: str = LLAMA_CPP_PYTHON_VERSION) -> Path:
    name = "llama-server.exe" if sys.platform == "win32" else "llama-server"
    return build_dir(backend, version) / "bin" / name


def find_llama_server(backend: str | None = None) -> Path | None:
    """A built llama-server: ``PULSE_LLAMA_SERVER`` if set, else the cached build of ``backend`` (any:
    cuda, then vulkan, then cpu)."""
    explicit = os.environ.get("PULSE_LLAMA_SERVER")
    if explicit:
        return Path(explicit) if Path(explicit).is_file() else None
    for name in ([backend] if backend else ["cuda", "vulkan", "cpu"]):
        path = binary_path(name)
        if path.is_file() and (path.parent.parent / ".pulse-build-complete").is_file():
            return path
    return None


def build_llama_server(backend: str = "cpu", jobs: int | None = None, clean: bool = False,
                       sdist: Path | None = None) -> Iterator[object]:
    """Download (or take ``sdist``), extract, patch, configure and build; ends with ``Done(result=binary)``.
    Nothing is done again that is already there, so it can be re-run after an interruption."""
    if backend not in BACKEND_FLAGS:
        raise ServerBuildError(f"Unknown backend {backend!r}.", f"Choose one of: {', '.join(BACKEND_FLAGS)}.")
    for tool in ("cmake", "c++" if sys.platform != "win32" else "cl"):
        if shutil.which(tool) is None:
            raise ServerBuildError(f"Building llama-server needs {tool}, which is not installed.",
                                   "Install CMake and a C++ compiler (Debian/Ubuntu: cmake build-essential "
                                   "libssl-dev).")
    root = version_dir()
    if clean and root.exists():
        shutil.rmtree(root)
    tarball = yield from _download(root / "dl", sdist)
    source = llama_cpp_source()
    if not (source / "CMakeLists.txt").is_file():
        yield StageStarted("extract", tarball.name)
        started = time.perf_counter()
        with tarfile.open(tarball) as archive:
            archive.extractall(root / "src", filter="data")
        yield StageFinished("extract", time.perf_counter() - started)
    for why in apply_patches(source):
        yield Message(f"llama.cpp patched: {why}")
    out = build_dir(backend)
    (out / ".pulse-build-complete").unlink(missing_ok=True)
    generator = ["-G", "Ninja"] if shutil.which("ninja") else []
    yield from _run("configure", ["cmake", "-S", str(source), "-B", str(out), *generator, *COMMON_FLAGS,
                                  *BACKEND_FLAGS[backend]])
    jobs = jobs or max(1, os.cpu_count() or 1)
    yield from _run("compile", ["cmake", "--build", str(out), "--config", "Release", "--target", "llama-server",
                                "-j", str(jobs)])
    binary = binary_path(backend)
    if not binary.is_file():
        found = list(out.rglob("llama-server*"))
        if not found:
            raise ServerBuildError("The build ended without a llama-server program.", f"See the log in {out}.")
        binary = found[0]
    (out / ".pulse-build-complete").write_text(f"{LLAMA_CPP_PYTHON_VERSION} {backend}\n", encoding="utf-8")
    yield Done(result=binary)


def _download(folder: Path, sdist: Path | None) -> Generator[object, None, Path]:
    if sdist is not None:
        return Path(sdist)
    existing = sorted(folder.glob(f"llama_cpp_python-{LLAMA_CPP_PYTHON_VERSION}.tar.gz"))
    if existing:
        return existing[0]
    folder.mkdir(parents=True, exist_ok=True)
    yield from _run("download", [sys.executable, "-m", "pip", "download",
                                 f"llama-cpp-python=={LLAMA_CPP_PYTHON_VERSION}", "--no-binary", ":all:",
                                 "--no-deps", "-d", str(folder)])
    found = sorted(folder.glob("llama_cpp_python-*.tar.gz"))
    if not found:
        raise ServerBuildError("pip did not download llama-cpp-python's source.",
                               "Check the connection to PyPI, or pass the .tar.gz with --sdist.")
    return found[0]


def _run(stage: str, command: list[str]) -> Iterator[object]:
    """Run one build step, yielding its progress ("[12/206]" lines) and keeping its log beside the build."""
    yield StageStarted(stage, " ".join(command[:4]))
    started = time.perf_counter()
    tail: list[str] = []
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               errors="replace")
    assert process.stdout is not None
    try:
        for line in process.stdout:
            tail = (tail + [line.rstrip()])[-30:]
            step = _NINJA_STEP.match(line) or _MAKE_STEP.match(line)
            if step and _NINJA_STEP.match(line):
                yield Progress(stage, int(step.group(1)), int(step.group(2)))
            elif step:
                yield Progress(stage, int(step.group(1)), 100)
        code = process.wait()
    except BaseException:
        process.kill()
        process.wait()
        raise
    if code != 0:
        raise ServerBuildError(f"The llama-server {stage} step failed (exit code {code}):\n" + "\n".join(tail),
                               "Install what the message names (OpenSSL headers: libssl-dev; for CUDA the "
                               "CUDA toolkit; for Vulkan the Vulkan SDK), then run it again.")
    yield StageFinished(stage, time.perf_counter() - started)
