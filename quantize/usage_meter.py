"""Peak memory and wall time of a conversion, measured honestly.

``getrusage``'s peak RSS counts pages of memory-mapped files (the safetensors shards, the GGUF that
llama.cpp's quantizer maps) that the kernel can drop at any time. What has to fit in RAM is the private
(anonymous) memory, so a sampling thread records both: peak anonymous memory and peak resident memory
(from /proc/self/status on Linux; psutil's RSS elsewhere, where only the total is known).
"""

from __future__ import annotations

import resource
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

_STATUS = Path("/proc/self/status")


@dataclass(frozen=True)
class Usage:
    seconds: float
    peak_anon_bytes: int | None  # private memory; None where the OS does not say
    peak_rss_bytes: int  # resident memory including mapped file pages
    stages: dict[str, dict[str, float | None]] = field(default_factory=dict)  # per stage: seconds, peaks

    def as_dict(self) -> dict[str, Any]:
        return {"seconds": round(self.seconds, 2), "peak_anon_gib": _gib(self.peak_anon_bytes),
                "peak_rss_gib": _gib(self.peak_rss_bytes), "stages": self.stages}

    def describe(self) -> str:
        gb = 1 << 30
        anon = "" if self.peak_anon_bytes is None else f"{self.peak_anon_bytes / gb:.2f} GiB private, "
        return (f"{self.seconds:.1f} s; peak memory {anon}{self.peak_rss_bytes / gb:.2f} GiB resident "
                "(resident includes memory-mapped model files, which the system can evict)")


def _gib(value: int | None) -> float | None:
    return None if value is None else round(value / (1 << 30), 3)


def _sample() -> tuple[int | None, int]:
    if _STATUS.exists():
        fields = {}
        for line in _STATUS.read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("RssAnon", "VmRSS"):
                fields[key] = int(value.split()[0]) * 1024
        return fields.get("RssAnon"), fields.get("VmRSS", 0)
    return None, psutil.Process().memory_info().rss


class UsageMeter:
    """Start, do the work, ``stop()`` -> :class:`Usage`. Samples every ``interval`` seconds."""

    def __init__(self, interval: float = 0.1) -> None:
        self._interval = interval
        self._start = time.monotonic()
        self._peak_anon: int | None = None
        self._peak_rss = 0
        self._stage: str | None = None
        self._stage_start = self._start
        self._stage_anon: int | None = None
        self._stage_rss = 0
        self._stages: dict[str, dict[str, float | None]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="usage-meter", daemon=True)
        self._thread.start()

    def _record(self) -> None:
        anon, rss = _sample()
        with self._lock:
            if anon is not None:
                self._peak_anon = max(self._peak_anon or 0, anon)
                self._stage_anon = max(self._stage_anon or 0, anon)
            self._peak_rss = max(self._peak_rss, rss)
            self._stage_rss = max(self._stage_rss, rss)

    def stage(self, name: str | None) -> None:
        """Start measuring a named stage (ending the previous one); None ends it."""
        self._record()
        now = time.monotonic()
        with self._lock:
            if self._stage is not None:
                self._stages[self._stage] = {"seconds": round(now - self._stage_start, 2),
                                             "peak_anon_gib": _gib(self._stage_anon),
                                             "peak_rss_gib": _gib(self._stage_rss)}
            self._stage, self._stage_start, self._stage_anon, self._stage_rss = name, now, None, 0

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self._record()

    def stop(self) -> Usage:
        self.stage(None)
        self._stop.set()
        self._thread.join()
        rss = self._peak_rss
        if sys.platform.startswith("linux"):  # ru_maxrss in KiB on Linux: the true peak, between samples too
            rss = max(rss, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
        return Usage(time.monotonic() - self._start, self._peak_anon, rss, dict(self._stages))
