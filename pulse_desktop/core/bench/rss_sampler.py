"""Resident memory over time, sampled on a thread, so that each stage of a run gets its own peak.

The process's high-water mark (VmHWM) gives only the peak of the whole run; this samples the resident set
every ``interval_s`` and answers "what was the most between these two moments". A peak shorter than the
interval can be missed: the run's overall VmHWM is reported beside it.
"""

from __future__ import annotations

import threading
import time

import psutil


class RssSampler:
    def __init__(self, interval_s: float = 0.01) -> None:
        self.interval_s = interval_s
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._process = psutil.Process()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append((time.perf_counter(), int(self._process.memory_info().rss)))
            self._stop.wait(self.interval_s)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def peak(self, start: float, end: float) -> int:
        """The largest sample taken from ``start`` to ``end`` (perf_counter times); for a stage shorter than
        the interval, the sample nearest to it (0 only when nothing was sampled at all)."""
        inside = [rss for when, rss in self.samples if start <= when <= end]
        if inside:
            return max(inside)
        return min(self.samples, key=lambda sample: abs(sample[0] - end), default=(0.0, 0))[1]

    def stage_peaks(self, spans: dict[str, tuple[float, float]]) -> dict[str, int]:
        return {name: self.peak(start, end) for name, (start, end) in spans.items()}
