"""Event-loop latency of the GUI thread, measured with a QTimer while something runs."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

TICK_MS = 20


class LatencyProbe:
    """A 20 ms timer; a late tick means the GUI thread was busy (or starved) for that long."""

    def __init__(self) -> None:
        self.delays_ms: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(self._timer.timerType().PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.monotonic()
        self.delays_ms.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self._last = now

    def kept_running_through(self, seconds: float) -> bool:
        """True when the event loop ran throughout ``seconds`` of work: ticks all along, no gap near the whole.
        Work on the GUI thread would leave one gap as long as the work; a busy machine only stretches both."""
        longest_gap_s = (self.worst_ms + TICK_MS) / 1000
        return len(self.delays_ms) >= 10 and longest_gap_s < seconds / 2

    def percentile_ms(self, q: float) -> float:
        d = sorted(self.delays_ms)
        return d[min(len(d) - 1, int(len(d) * q))] if d else 0.0

    @property
    def worst_ms(self) -> float:
        return max(self.delays_ms, default=0.0)

    def summary(self) -> str:
        d = sorted(self.delays_ms)
        if not d:
            return "no ticks"
        return (f"{len(d)} ticks, median late {d[len(d) // 2]:.1f} ms, p99 {d[int(len(d) * 0.99)]:.1f} ms, "
                f"worst {d[-1]:.1f} ms")
