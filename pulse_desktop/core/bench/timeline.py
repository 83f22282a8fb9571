"""Timestamps of the engine's events: stage durations, the first token, and the longest gap between events.

The engine's long work is a generator that checks for cancellation each time it yields; the longest time
between two events is therefore the longest a cancel can wait (the figure the 2-second target is about).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pulse_desktop.core.events import Done, Progress, StageFinished, StageStarted, Token


@dataclass
class Timeline:
    start: float
    stages: dict[str, float] = field(default_factory=dict)  # summed StageFinished seconds per stage name
    stage_spans: dict[str, tuple[float, float]] = field(default_factory=dict)  # wall start, end (first/last)
    first_token_at: float | None = None
    last_token_at: float | None = None
    tokens: list[int] = field(default_factory=list)
    progress: list[tuple[float, str, int, int, float]] = field(default_factory=list)
    # (wall time, stage, done, total, this process's CPU seconds so far, all threads)
    max_gap_s: float = 0.0
    max_gap_stage: str = ""
    end: float = 0.0
    result: object = None

    @property
    def time_to_first_token_s(self) -> float | None:
        return None if self.first_token_at is None else self.first_token_at - self.start

    @property
    def total_s(self) -> float:
        return self.end - self.start

    @property
    def decode_tokens_per_s(self) -> float | None:
        if self.first_token_at is None or self.last_token_at is None or len(self.tokens) < 2:
            return None
        return (len(self.tokens) - 1) / max(self.last_token_at - self.first_token_at, 1e-9)


def record(events: Iterable[object], start: float | None = None,
           on_event: Callable[[object], None] | None = None) -> Timeline:
    """Run ``events`` to the end, timestamping each one."""
    timeline = Timeline(start=time.perf_counter() if start is None else start)
    last = time.perf_counter()  # gaps count from the generator's start (what happened before is not in it)
    current = ""
    for event in events:
        now = time.perf_counter()
        if now - last > timeline.max_gap_s:
            timeline.max_gap_s, timeline.max_gap_stage = now - last, current
        last = now
        if isinstance(event, StageStarted):
            current = event.stage
            span = timeline.stage_spans.get(event.stage)
            timeline.stage_spans[event.stage] = (span[0] if span else now, now)
        elif isinstance(event, StageFinished):
            timeline.stages[event.stage] = timeline.stages.get(event.stage, 0.0) + event.seconds
            span = timeline.stage_spans.get(event.stage, (now - event.seconds, now))
            timeline.stage_spans[event.stage] = (span[0], now)
        elif isinstance(event, Token):
            if timeline.first_token_at is None:
                timeline.first_token_at = now
            timeline.last_token_at = now
            timeline.tokens.append(event.token_id)
        elif isinstance(event, Progress):
            timeline.progress.append((now, event.stage, event.done, event.total, time.process_time()))
        elif isinstance(event, Done):
            timeline.result = event.result
            for name, seconds in (event.stages or {}).items():
                timeline.stages.setdefault(name, seconds)
        if on_event is not None:
            on_event(event)
    timeline.end = time.perf_counter()
    return timeline
