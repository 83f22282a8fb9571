"""Is this install sound? Checks the native libraries, the data folder and the installed bundles.

Each check names what it looked at; a failed *essential* check makes ``selftest`` exit non-zero.
The Qt check lives in the GUI package and is handed in by the launcher (the core never imports Qt).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from pulse_desktop import __version__
from pulse_desktop.core import paths


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    essential: bool
    detail: str
    data: dict[str, Any] = field(default_factory=dict)


def _python_check() -> Check:
    return Check("python", True, True, f"Python {platform.python_version()} on {platform.platform()}",
                 {"version": platform.python_version(), "platform": platform.platform(),
                  "executable": sys.executable, "frozen": bool(getattr(sys, "frozen", False))})


def _llama_check() -> Check:
    try:
        from pulse_desktop.core.engine.llama.backends import backend_info

        info = backend_info()
    except Exception as exc:  # ImportError, OSError from a missing shared library...
        return Check("llama_cpp", False, True, f"llama.cpp (llama-cpp-python) cannot be loaded: {exc!s}")
    detail = (f"llama-cpp-python {info['llama_cpp_python']}, GPU offload: {info['gpu_backend']}, "
              f"CPU build: {info['cpu_build']}")
    return Check("llama_cpp", True, True, detail, info)


def _devices_check() -> Check:
    """Every device llama.cpp's ggml sees, with its free memory; which of them the language model would
    offload to. Not essential: without a GPU (or its driver) the app runs on the CPU, and says why."""
    try:
        from pulse_desktop.core.engine.llama.devices import (
            gpu_backends,
            list_devices,
            no_gpu_reason,
            offload_devices,
        )

        found = list_devices()
    except Exception as exc:  # a missing native library is the llama_cpp check's failure
        return Check("devices", False, False, f"The devices could not be listed: {exc!s}")
    gb = 1e9
    lines = [f"{d.name} ({d.kind}, {d.backend}): {d.description}, {d.free_bytes / gb:.1f} of "
             f"{d.total_bytes / gb:.1f} GB free" + (" (system memory)" if d.shares_host_memory else "")
             for d in found]
    offload = offload_devices(found)
    why = ("language model offloads to " + ", ".join(d.name for d in offload) if offload else
           f"no GPU found ({no_gpu_reason(gpu_backends())}): the language model runs on the CPU")
    return Check("devices", True, False, "; ".join(lines + [why]),
                 {"devices": [d.as_dict() for d in found], "offload_to": [d.name for d in offload]})


def _onnx_check() -> Check:
    try:
        from pulse_desktop.core.engine.vision_onnx import runtime_info

        info = runtime_info()
    except Exception as exc:
        return Check("onnxruntime", False, True, f"onnxruntime cannot be loaded: {exc!s}")
    return Check("onnxruntime", True, True,
                 f"onnxruntime {info['onnxruntime']}, providers: {', '.join(info['providers'])}", info)


def _data_folder_check() -> Check:
    home = paths.data_home()
    try:
        paths.ensure_dir(home)
        with tempfile.NamedTemporaryFile(dir=home, prefix=".selftest-", delete=True):
            pass
    except OSError as exc:
        return Check("data_folder", False, True, f"The data folder {home} is not writable: {exc!s}",
                     {"path": str(home)})
    return Check("data_folder", True, True, f"Data folder: {home}",
                 {"path": str(home), "from_env": bool(os.environ.get("PULSE_HOME"))})


def _bundles_check() -> Check:
    try:
        from pulse_desktop.core.bundle.registry import list_bundles

        bundles = list_bundles()
    except ImportError:
        bundles = []
    except Exception as exc:
        return Check("bundles", False, False, f"The installed bundles cannot be listed: {exc!s}")
    names = [b.name for b in bundles]
    detail = f"{len(names)} bundle(s) installed" + (f": {', '.join(names)}" if names else
                                                     " (import one with `pulse-desktop models import`)")
    return Check("bundles", True, False, detail, {"installed": names})


def _settings_check() -> Check:
    from pulse_desktop.core.settings import read_settings

    loaded = read_settings()
    if loaded.problems:
        return Check("settings", False, False, loaded.message(),
                     {"path": str(loaded.path), "damaged": loaded.damaged, "problems": list(loaded.problems)})
    return Check("settings", True, False, f"Settings: {loaded.path}" + ("" if loaded.path.exists() else " (defaults)"),
                 {"path": str(loaded.path), "damaged": False, "problems": []})


def run_selftest(extra_checks: list[Callable[[], Check]] | None = None) -> dict[str, Any]:
    from pulse_desktop.core.report.selfcheck import report_check

    checks = [_python_check(), _llama_check(), _devices_check(), _onnx_check(), _data_folder_check(), _settings_check(),
              _bundles_check(), report_check()]
    for extra in extra_checks or []:
        try:
            checks.append(extra())
        except Exception as exc:  # a probe that crashes is a failed check, not a crashed selftest
            checks.append(Check(getattr(extra, "__name__", "extra").strip("_"), False, True,
                                f"check crashed: {exc!r}"))
    ok = all(c.ok for c in checks if c.essential)
    return {"version": __version__, "ok": ok, "checks": [asdict(c) for c in checks]}
