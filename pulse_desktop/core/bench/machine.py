"""The machine the benchmark ran on: CPU, cores, load average, and this process's peak resident memory."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

import psutil


def cpu_name() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def physical_cores() -> int:
    """Physical cores (what llama.cpp's prefill scales with); logical count when unknown."""
    return psutil.cpu_count(logical=False) or os.cpu_count() or 1


def load_average() -> list[float] | None:
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except (OSError, AttributeError):  # Windows
        return None


def peak_rss_bytes() -> int:
    """The most resident memory this process has held so far.

    On Linux this is the memory map's high-water mark (``VmHWM``), which starts afresh at ``exec``; the
    ``getrusage`` figure does not (Linux carries ``ru_maxrss`` across exec, so a child started by a large
    parent would report the parent's peak)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    if sys.platform == "win32":
        return int(psutil.Process().memory_info().peak_wset)
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)  # bytes on macOS, KiB on Linux


def describe() -> dict[str, object]:
    return {"cpu": cpu_name(), "physical_cores": physical_cores(), "logical_cores": os.cpu_count(),
            "platform": platform.platform(), "python": platform.python_version(),
            "total_memory_bytes": psutil.virtual_memory().total}
