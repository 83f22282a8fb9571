"""Build the frozen app for this platform and package it.

    python installer/build.py [--flavour cpu|gpu] [--skip-freeze] [--allow-single-cpu-build] [--allow-cpu-only]

llama.cpp must be the portable build (one CPU library per instruction-set level, the best loaded at run
time), or the installed app would crash with "illegal instruction" on any processor older than the build
machine's. Build it before freezing:
    CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON -DGGML_VULKAN=ON" \
        pip install --no-cache-dir --force-reinstall llama-cpp-python==<the pinned version>
The GPU backends are loadable libraries beside the CPU variants (GGML_BACKEND_DL): Vulkan on Windows and Linux
(any GPU with a Vulkan driver, integrated ones too; a machine without one runs on the CPU), Metal on macOS,
and for the gpu flavour CUDA too (add -DGGML_CUDA=ON -DGGML_CUDA_NCCL=OFF: a system NCCL picked up at build
time crashed the CUDA backend at device start; installer/gpu/cuda_check.sh checks ldd). GPU_CMAKE_ARGS below.
The engine registers whatever is present at start (pulse_desktop/core/engine/llama/backends.py).

Linux: build/dist/pulse-desktop/ (PyInstaller one-folder), then build/packages/pulse-desktop_<v>_<arch>.deb
(desktop entry, icon, /usr/bin/pulse-desktop) and pulse-desktop-<v>-linux-<arch>.tar.gz.
Windows: the same folder, then Inno Setup (installer/windows/pulse-desktop.iss) makes a setup .exe.
macOS: "PULSE Desktop.app", then hdiutil makes a .dmg.
Prints sizes and timings, and writes them to build/packages/build-report.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = Path(os.environ.get("PULSE_BUILD_DIR", ROOT / "build"))  # the tests build in a temp dir
DIST = BUILD / "dist"
PACKAGES = BUILD / "packages"
APP = "pulse-desktop"
PORTABLE_CMAKE_ARGS = "-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON"
GPU_CMAKE_ARGS = {  # added to PORTABLE_CMAKE_ARGS, per platform and flavour
    ("linux", "cpu"): "-DGGML_VULKAN=ON", ("win32", "cpu"): "-DGGML_VULKAN=ON", ("darwin", "cpu"): "-DGGML_METAL=ON",
    ("linux", "gpu"): "-DGGML_VULKAN=ON -DGGML_CUDA=ON -DGGML_CUDA_NCCL=OFF",
    ("win32", "gpu"): "-DGGML_VULKAN=ON -DGGML_CUDA=ON -DGGML_CUDA_NCCL=OFF", ("darwin", "gpu"): "-DGGML_METAL=ON",
}
GPU_BACKENDS = ("cuda", "vulkan", "metal", "hip", "sycl")


def llama_lib_dirs() -> list[Path]:
    """llama_cpp/lib, and site-packages/bin where pip puts a portable build's backend libraries."""
    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or spec.origin is None:
        raise SystemExit("llama-cpp-python is not installed in this environment.")
    package = Path(spec.origin).parent
    return [package / "lib", package.parent / "bin"]


def llama_cpu_build(lib_dirs: list[Path]) -> str:
    """"portable" when llama.cpp carries a CPU library per instruction-set level (ggml-cpu-haswell,
    ggml-cpu-skylakex...), "single" when one CPU backend is built in (by default for the build machine's
    own processor)."""
    names = [p.name.split(".")[0].removeprefix("lib") for d in lib_dirs if d.is_dir() for p in d.glob("*")]
    return "portable" if any(n.startswith("ggml-cpu-") for n in names) else "single"


def llama_gpu_backends(lib_dirs: list[Path]) -> list[str]:
    """The GPU backends the build carries (ggml-vulkan, ggml-cuda... libraries, or Metal built into a macOS
    build's libggml, which cannot be told from the files: reported by selftest on the machine)."""
    names = {p.name.split(".")[0].removeprefix("lib") for d in lib_dirs if d.is_dir() for p in d.glob("*")}
    return [b for b in GPU_BACKENDS if f"ggml-{b}" in names]


def check_llama_gpu_build(lib_dirs: list[Path], flavour: str, allow_missing: bool) -> list[str]:
    """The installers carry a GPU backend (Vulkan; CUDA too in the gpu flavour); a build without is refused
    with the command that makes one, unless told to package it anyway."""
    found = llama_gpu_backends(lib_dirs)
    wanted = ["cuda"] if flavour == "gpu" and sys.platform != "darwin" else []
    wanted += ["vulkan"] if sys.platform in ("linux", "win32") else []
    missing = [b for b in wanted if b not in found]
    if missing and not allow_missing:
        args = f"{PORTABLE_CMAKE_ARGS} {GPU_CMAKE_ARGS.get((sys.platform, flavour), '')}".strip()
        raise SystemExit(
            f"llama-cpp-python here has no {', '.join(missing)} backend: the installed app could not use the GPU.\n"
            f"Rebuild it:  CMAKE_ARGS=\"{args}\" pip install --no-cache-dir --force-reinstall "
            "llama-cpp-python==<pinned version>   (docs/performance.md, 'A Vulkan build', says what it needs)\n"
            "or pass --allow-cpu-only for a package that runs on the CPU alone.")
    return found


def check_llama_cpu_build(lib_dirs: list[Path], allow_single: bool) -> str:
    build = llama_cpu_build(lib_dirs)
    if build == "single" and not allow_single:
        raise SystemExit(
            "llama-cpp-python here has a single CPU backend, compiled for this machine's processor: the "
            "installed app would stop with 'illegal instruction' on older processors (many clinic computers "
            "have no AVX-512, some no AVX2).\n"
            f"Rebuild it portable:  CMAKE_ARGS=\"{PORTABLE_CMAKE_ARGS}\" pip install --no-cache-dir "
            "--force-reinstall llama-cpp-python==<pinned version>\n"
            "or pass --allow-single-cpu-build for a package meant only for machines like this one.")
    return build


def _version() -> str:
    for line in (ROOT / "pyproject.toml").read_text().splitlines():
        if line.startswith("version = "):
            return line.split('"')[1]
    raise SystemExit("no version in pyproject.toml")


def _tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def freeze(flavour: str) -> Path:
    from pulse_desktop.gui.translations import compile_all  # the .qm files are built here, never committed

    compile_all()  # resources/i18n/pulse_desktop_<lang>.qm, frozen with resources/
    env = dict(os.environ, PULSE_FLAVOUR=flavour)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(BUILD / "work"), str(ROOT / "installer" / "pulse_desktop.spec")]
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    return DIST / APP


def _deb_arch() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def package_linux(app_dir: Path, version: str) -> list[Path]:
    arch = _deb_arch()
    stage = BUILD / "deb" / f"{APP}_{version}_{arch}"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(app_dir, stage / "opt" / APP, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/opt/{APP}/{APP}", stage / "usr" / "bin" / APP)
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(ROOT / "installer" / "linux" / f"{APP}.desktop", apps / f"{APP}.desktop")
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / f"{APP}.png", icons / f"{APP}.png")
    control = (ROOT / "installer" / "linux" / "control.in").read_text()
    installed_kb = _tree_size(stage) // 1024
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        control.format(version=version, arch=arch, installed_size=installed_kb))
    PACKAGES.mkdir(parents=True, exist_ok=True)
    deb = PACKAGES / f"{APP}_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(deb)], check=True)
    tgz = PACKAGES / f"{APP}-{version}-linux-{arch}.tar.gz"
    with tarfile.open(tgz, "w:gz", compresslevel=3) as tar:
        tar.add(app_dir, arcname=f"{APP}-{version}")
    return [deb, tgz]


def package_windows(app_dir: Path, version: str) -> list[Path]:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    PACKAGES.mkdir(parents=True, exist_ok=True)
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DSourceDir={app_dir}", f"/O{PACKAGES}",
                    str(ROOT / "installer" / "windows" / "pulse-desktop.iss")], check=True)
    return sorted(PACKAGES.glob("*.exe"))


def package_macos(version: str) -> list[Path]:
    app = DIST / "PULSE Desktop.app"
    PACKAGES.mkdir(parents=True, exist_ok=True)
    dmg = PACKAGES / f"PULSE-Desktop-{version}.dmg"
    dmg.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", "PULSE Desktop", "-srcfolder", str(app),
                    "-ov", "-format", "UDZO", str(dmg)], check=True)
    return [dmg]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--flavour", choices=["cpu", "gpu"], default="cpu",
                        help="cpu leaves out onnxruntime's CUDA providers (default); gpu keeps them")
    parser.add_argument("--skip-freeze", action="store_true", help="package an existing build/dist")
    parser.add_argument("--allow-cpu-only", action="store_true",
                        help="package a llama.cpp without GPU backends (it runs on the CPU alone)")
    parser.add_argument("--allow-single-cpu-build", action="store_true",
                        help="package a llama.cpp built for this machine's processor only (tests, in-house use)")
    args = parser.parse_args(argv)
    cpu_build = check_llama_cpu_build(llama_lib_dirs(), args.allow_single_cpu_build)
    gpu_backends = check_llama_gpu_build(llama_lib_dirs(), args.flavour, args.allow_cpu_only)
    version = _version()
    started = time.perf_counter()
    app_dir = DIST / APP if args.skip_freeze else freeze(args.flavour)
    frozen_s = time.perf_counter() - started
    if sys.platform.startswith("linux"):
        packages = package_linux(app_dir, version)
    elif sys.platform == "win32":
        packages = package_windows(app_dir, version)
    elif sys.platform == "darwin":
        packages = package_macos(version)
    else:
        raise SystemExit(f"no packaging for {sys.platform}")
    report = {
        "version": version, "platform": sys.platform, "flavour": args.flavour, "llama_cpu_build": cpu_build,
        "llama_gpu_backends": gpu_backends,
        "freeze_seconds": round(frozen_s, 1), "total_seconds": round(time.perf_counter() - started, 1),
        "unpacked_mb": round(_tree_size(app_dir) / 2**20, 1),
        "packages": {p.name: round(p.stat().st_size / 2**20, 1) for p in packages},
    }
    PACKAGES.mkdir(parents=True, exist_ok=True)
    (PACKAGES / "build-report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
