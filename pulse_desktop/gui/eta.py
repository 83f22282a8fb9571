"""Time-remaining estimates from speeds measured on this very machine.

Each finished stage teaches :class:`SpeedBook` how many seconds one unit takes here (a vision crop, a
prefill token, a decoded token; a whole model load), per bundle, smoothed over runs and kept in
``measured-speeds.json`` in the data folder. While a stage runs, :class:`EtaEstimator` blends the live rate
(from Progress events) with the remembered one, so that the first estimate is right before the first chunk
finishes and later ones follow what this run actually does.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass

from pulse_desktop.core import paths
from pulse_desktop.core.events import Progress, StageFinished, StageStarted, Token

SPEEDS_FILE = "measured-speeds.json"
SMOOTHING = 0.5  # weight of the newest run in the remembered rate
# Stages whose remaining time we announce, in the order they run. "load" is measured as a whole.
TIMED_STAGES = ("load", "preprocess", "vision", "prefill", "first_token", "decode")
IMAGE_TOKENS_PER_CROP = 576  # the prefill after vision holds about this many tokens per crop (+ the prompt)
PROMPT_TOKENS = 64


class SpeedBook:
    """Seconds per unit for each stage, per bundle, remembered between runs."""

    def __init__(self, bundle: str, rates: dict[str, dict[str, float]] | None = None) -> None:
        self.bundle = bundle or "default"
        self._all: dict[str, dict[str, float]] = rates or {}

    @classmethod
    def load(cls, bundle: str) -> SpeedBook:
        try:
            data = json.loads((paths.data_home() / SPEEDS_FILE).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        clean = {b: {k: float(v) for k, v in r.items() if isinstance(v, int | float) and v > 0}
                 for b, r in data.items() if isinstance(r, dict)}
        return cls(bundle, clean)

    def save(self) -> None:
        path = paths.data_home() / SPEEDS_FILE
        try:
            paths.ensure_dir(path.parent)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._all, indent=1), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # an estimate is a convenience; never fail the interpretation for it

    def rate(self, stage: str) -> float | None:
        """Seconds per unit of ``stage`` measured here, or None when never measured."""
        return self._all.get(self.bundle, {}).get(stage)

    def learn(self, stage: str, seconds: float, units: int) -> None:
        if units <= 0 or seconds <= 0:
            return
        new = seconds / units
        old = self.rate(stage)
        blended = new if old is None else SMOOTHING * new + (1 - SMOOTHING) * old
        self._all.setdefault(self.bundle, {})[stage] = blended


@dataclass(frozen=True)
class Estimate:
    stage: str
    done: int
    total: int
    stage_seconds_left: float | None  # None when nothing is known yet
    total_seconds_left: float | None  # to the first token of the answer
    measured: bool  # True when based on this machine's measurements (remembered or live)


class EtaEstimator:
    """Feed it the events of one interpretation; ask :meth:`estimate` whenever the label refreshes."""

    def __init__(self, book: SpeedBook, clock=time.monotonic) -> None:
        self.book = book
        self._clock = clock
        self.stage = ""
        self._stage_start = 0.0
        self._done = 0
        self._total = 0
        self._units: dict[str, int] = {}
        self.crops = 0  # vision units seen: predicts the prefill length
        self.tokens = 0

    def feed(self, event: object) -> None:
        if isinstance(event, StageStarted):
            self.stage, self._stage_start, self._done, self._total = event.stage, self._clock(), 0, 0
        elif isinstance(event, Progress):
            if event.stage != self.stage:
                self.stage, self._stage_start = event.stage, self._clock()
            self._done, self._total = event.done, event.total
            self._units[event.stage] = max(event.total, event.done)
            if event.stage == "vision":
                self.crops = max(self.crops, event.total)
        elif isinstance(event, Token):
            self.tokens += 1
            self._units["decode"] = self.tokens
        elif isinstance(event, StageFinished):
            if event.stage in ("load", "preprocess", "first_token"):
                self.book.learn(event.stage, event.seconds, 1)
            elif event.stage in self._units:  # no units seen: nothing was computed (features or cache reused)
                self.book.learn(event.stage, event.seconds, self._units.pop(event.stage))

    def _live_rate(self) -> float | None:
        if self._done <= 0:
            return None
        return (self._clock() - self._stage_start) / self._done

    def estimate(self) -> Estimate:
        stage, done, total = self.stage, self._done, self._total
        remembered = self.book.rate(stage)
        live = self._live_rate()
        if live is not None and remembered is not None:
            weight = min(1.0, done / max(1, total) * 4)  # trust the live rate more as the stage advances
            rate: float | None = weight * live + (1 - weight) * remembered
        else:
            rate = live if live is not None else remembered
        stage_left = None if rate is None or total <= 0 else max(0.0, (total - done) * rate)
        if stage in ("load", "preprocess", "first_token") and remembered is not None:
            stage_left = max(0.0, remembered - (self._clock() - self._stage_start))
        return Estimate(stage, done, total, stage_left, self._to_first_token(stage, stage_left),
                        rate is not None)

    def _to_first_token(self, stage: str, stage_left: float | None) -> float | None:
        """The current stage's time left plus the remembered time of the stages after it."""
        if stage not in TIMED_STAGES or stage == "decode" or stage_left is None:
            return None
        left = stage_left
        for later in TIMED_STAGES[TIMED_STAGES.index(stage) + 1:]:
            if later == "decode":
                break
            rate = self.book.rate(later)
            if rate is None:
                continue
            if later == "vision":
                left += rate * max(1, self.crops or 5)
            elif later == "prefill":
                left += rate * (max(1, self.crops or 5) * IMAGE_TOKENS_PER_CROP + PROMPT_TOKENS)
            else:
                left += rate
        return left


def format_duration(seconds: float) -> str:
    """'45 s', '3 min 05 s', '1 h 02 min' (language-neutral figures; the caller translates the sentence)."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, sec = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {sec:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
