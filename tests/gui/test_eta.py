"""Time-left estimates from measured speeds: learnt per bundle, remembered, blended with the live rate."""

from __future__ import annotations

from pulse_desktop.core.events import Progress, StageFinished, StageStarted
from pulse_desktop.gui.eta import EtaEstimator, SpeedBook, format_duration


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_first_run_estimates_from_the_live_rate_then_remembers():
    clock = Clock()
    book = SpeedBook("tiny")
    eta = EtaEstimator(book, clock)
    eta.feed(StageStarted("prefill"))
    assert eta.estimate().stage_seconds_left is None  # nothing known yet: no made-up figure
    clock.t += 10
    eta.feed(Progress("prefill", 500, 3000))  # 0.02 s per token
    assert abs(eta.estimate().stage_seconds_left - 2500 * 0.02) < 1e-6
    clock.t += 50
    eta.feed(StageFinished("prefill", 60.0))
    assert abs(book.rate("prefill") - 60.0 / 3000) < 1e-9
    book.save()
    again = SpeedBook.load("tiny")
    assert abs(again.rate("prefill") - 0.02) < 1e-9
    assert SpeedBook.load("other").rate("prefill") is None


def test_remembered_rates_give_an_estimate_before_the_first_chunk_and_to_the_first_token():
    book = SpeedBook("b", {"b": {"vision": 2.0, "prefill": 0.01, "first_token": 0.5}})
    clock = Clock()
    eta = EtaEstimator(book, clock)
    eta.feed(StageStarted("vision"))
    eta.feed(Progress("vision", 0, 5))
    estimate = eta.estimate()
    assert estimate.stage_seconds_left == 10.0
    # vision 10 s + prefill (5 crops x 576 + 64 tokens) x 0.01 s + first token 0.5 s
    assert abs(estimate.total_seconds_left - (10.0 + (5 * 576 + 64) * 0.01 + 0.5)) < 1e-6


def test_format_duration():
    assert format_duration(4.4) == "4 s"
    assert format_duration(185) == "3 min 05 s"
    assert format_duration(3720) == "1 h 02 min"
